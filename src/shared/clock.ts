/** The platform's notion of "now": overridable in tests so date rules are checked at their boundaries. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}

/** The calendar date in China Standard Time (UTC+8), as YYYY-MM-DD: decision dates and publicity windows are local dates. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
