import { describe, expect, it } from 'vitest';
import { addYears, recentDate, yearsBetween } from './dates';
import { createRandom, dayToIso, deriveSeed, isoToDay } from './prng';
import { SeenSet } from './seen';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int covers both ends and nothing outside', () => {
    const r = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('weighted follows the weights and skips zero weights', () => {
    const r = createRandom(7);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20000; i++)
      counts[
        r.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
    expect(() => r.weighted([])).toThrow(RangeError);
  });

  it('pick, chance and date behave', () => {
    const r = createRandom(9);
    expect(() => r.pick([])).toThrow(RangeError);
    expect(['x', 'y']).toContain(r.pick(['x', 'y']));
    let hits = 0;
    for (let i = 0; i < 10000; i++) if (r.chance(0.25)) hits++;
    expect(hits).toBeGreaterThan(2200);
    expect(hits).toBeLessThan(2800);
    for (let i = 0; i < 500; i++) {
      const d = r.date('2024-02-27', '2024-03-02');
      expect(d >= '2024-02-27' && d <= '2024-03-02').toBe(true);
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(r.date('2024-05-01', '2024-01-01')).toBe('2024-05-01');
  });

  it('deriveSeed separates streams', () => {
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3));
    expect(new Set([deriveSeed(1, 1, 0), deriveSeed(1, 1, 1), deriveSeed(1, 2, 0), deriveSeed(2, 1, 0)]).size).toBe(4);
  });
});

describe('dates', () => {
  it('round-trips days and handles leap days', () => {
    expect(dayToIso(isoToDay('2020-02-29'))).toBe('2020-02-29');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(yearsBetween('2000-06-15', '2018-06-14')).toBe(17);
    expect(yearsBetween('2000-06-15', '2018-06-15')).toBe(18);
  });

  it('recentDate stays in range and leans toward the end', () => {
    const r = createRandom(3);
    let late = 0;
    for (let i = 0; i < 4000; i++) {
      const d = recentDate(r, '2019-01-01', '2026-12-31', 2);
      expect(d >= '2019-01-01' && d <= '2026-12-31').toBe(true);
      if (d >= '2023-01-01') late++;
    }
    // Density ∝ t: the second half holds about three quarters.
    expect(late / 4000).toBeGreaterThan(0.68);
  });
});

describe('SeenSet', () => {
  it('never forgets and rarely imagines', () => {
    const s = new SeenSet(5000);
    // A false "seen" on a new string is allowed (the caller just tries another name), but rare.
    let refused = 0;
    for (let i = 0; i < 5000; i++) if (!s.claim(`名称${i}`)) refused++;
    expect(refused).toBeLessThan(10);
    for (let i = 0; i < 5000; i++) expect(s.has(`名称${i}`)).toBe(true);
    let falsePositives = 0;
    for (let i = 5000; i < 15000; i++) if (s.has(`名称${i}`)) falsePositives++;
    expect(falsePositives).toBeLessThan(30);
    expect(s.claim('名称1')).toBe(false);
  });
});
