/**
 * Seeded pseudo-random numbers for the demo data. sfc32 (Chris Doty-Humphrey's small fast counting
 * generator) seeded through splitmix32: tiny, fast, and good enough statistically that 1 M subjects
 * do not show visible patterns. Not for anything security-related.
 */

/** A deterministic random source with the helpers the demo generator needs. */
export interface Random {
  /** A number in [0, 1), like Math.random; bound, so it can be passed around as `() => number`. */
  readonly next: () => number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. Throws RangeError on an empty one. */
  pick<T>(items: readonly T[]): T;
  /** One value from `[value, weight]` pairs, proportionally to the (non-negative) weights. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A uniformly random calendar date in [fromISO, toISO] as 'YYYY-MM-DD' (to < from gives from). */
  date(fromISO: string, toISO: string): string;
}

const DAY_MS = 86_400_000;

// splitmix32: spreads a small integer seed over 32 bits so seeds 1, 2, 3 give unrelated streams.
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A new generator for `seed` (any number; non-integers are truncated to 32 bits). */
export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Warm up: the first outputs of sfc32 still correlate with the seed words.
  for (let i = 0; i < 12; i++) next();

  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(pairs: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of pairs) total += w;
      if (pairs.length === 0 || !(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
      let x = next() * total;
      for (const [value, w] of pairs) {
        x -= w;
        if (x < 0) return value;
      }
      // Floating-point leftovers land on the last positive entry.
      for (let i = pairs.length - 1; i >= 0; i--) {
        const p = pairs[i];
        if (p && p[1] > 0) return p[0];
      }
      throw new RangeError('unreachable');
    },
    chance(p) {
      return next() < p;
    },
    date(fromISO, toISO) {
      const from = isoToDay(fromISO);
      const to = Math.max(from, isoToDay(toISO));
      return dayToIso(from + Math.floor(next() * (to - from + 1)));
    },
  };
}

/**
 * A 32-bit seed derived from several integers (FNV-style mixing), so each subject gets its own
 * stream: subject i's data does not depend on how many numbers subject i−1 happened to draw.
 */
export function deriveSeed(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/** Days since 1970-01-01 for 'YYYY-MM-DD' (UTC, so no daylight-saving surprises). */
export function isoToDay(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

/** 'YYYY-MM-DD' for days since 1970-01-01. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
