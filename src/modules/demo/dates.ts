import { dayToIso, isoToDay, type Random } from './prng';

/** 'YYYY-MM-DD' plus n days (n may be negative). */
export function addDays(iso: string, n: number): string {
  return dayToIso(isoToDay(iso) + n);
}

/** Same month and day n years later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4)) + n;
  const md = iso.slice(5);
  if (md === '02-29' && !isLeap(y)) return `${y}-02-28`;
  return `${String(y).padStart(4, '0')}-${md}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The later of two ISO dates (string order is date order for 'YYYY-MM-DD'). */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two ISO dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Calendar year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Whole years between two dates (age at `on` of someone born on `birth`). */
export function yearsBetween(birth: string, on: string): number {
  const years = yearOf(on) - yearOf(birth);
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * A date in [from, to] whose density grows toward `to` like t^(power−1): power 1 is uniform,
 * 2 makes recent years about twice as common as the middle of the range. Decisions and new
 * registrations in real data pile up in recent years, which is what this imitates.
 */
export function recentDate(rng: Random, from: string, to: string, power = 2): string {
  const a = isoToDay(from);
  const b = Math.max(a, isoToDay(to));
  const t = Math.pow(rng.next(), 1 / power);
  return dayToIso(a + Math.min(b - a, Math.floor(t * (b - a + 1))));
}
