// Calendar-date arithmetic on 'YYYY-MM-DD' strings via day numbers (days since 1970-01-01, proleptic
// Gregorian). Pure integer maths: no Date objects, so no time zone or DST can shift a day.

/** First and last day numbers accepted: 0001-01-01 and 9999-12-31 (four-digit years only). */
export const MIN_DAY = -719162;
export const MAX_DAY = 2932896;

const CHAR_0 = 48;
const CHAR_DASH = 45;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - CHAR_0;
  return d >= 0 && d <= 9 ? d : -1;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a civil date (H. Hinnant's days_from_civil). */
export function dayFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Parses a strict 'YYYY-MM-DD' date (year 0001–9999, real month and day) into a day number.
 * Hand-rolled rather than a regex because it sits on the hot path of every calendar call.
 */
export function parseDay(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== CHAR_DASH || date.charCodeAt(7) !== CHAR_DASH) {
    throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected 'YYYY-MM-DD'`);
  }
  const y0 = digit(date, 0);
  const y1 = digit(date, 1);
  const y2 = digit(date, 2);
  const y3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const d0 = digit(date, 8);
  const d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) {
    throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected 'YYYY-MM-DD'`);
  }
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Invalid date ${JSON.stringify(date)}: no such calendar day`);
  }
  return dayFromCivil(y, m, d);
}

/** Year of a day number (H. Hinnant's civil_from_days, year part only). */
export function yearOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const y = yoe + era * 400;
  return mp >= 10 ? y + 1 : y;
}

/** Formats a day number as 'YYYY-MM-DD'; throws RangeError outside years 0001–9999. */
export function formatDay(day: number): string {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    throw new RangeError(`Date out of range: day ${day} is outside 0001-01-01..9999-12-31`);
  }
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True for Saturday and Sunday. */
export function isWeekendDay(day: number): boolean {
  const w = dayOfWeek(day);
  return w === 0 || w === 6;
}

/**
 * Number of Monday–Friday days among all days before `day`, counted from an arbitrary anchor (the
 * Monday 1970-01-05). Only differences are meaningful; it is closed-form, so ranges of any length
 * cost the same.
 */
export function weekdaysBefore(day: number): number {
  const x = day - 4;
  const weeks = Math.floor(x / 7);
  const rest = x - weeks * 7;
  return weeks * 5 + (rest < 5 ? rest : 5);
}
