import type { DemoDepartment } from './demo.types';
import type { Random } from './prng';

/** A department chosen for a decision and the function it acted under (for document abbreviations). */
export interface Chosen {
  dept: DemoDepartment;
  fn: string;
}

/**
 * The caller's departments indexed by function. Decisions go to a department with a fitting
 * function; one in the subject's own county is preferred when the profile has it, since county
 * offices decide most local cases, else a city-level one.
 */
export class DepartmentIndex {
  private readonly byFunction = new Map<string, DemoDepartment[]>();

  constructor(departments: readonly DemoDepartment[]) {
    for (const d of departments) {
      for (const fn of d.functions) {
        const list = this.byFunction.get(fn) ?? [];
        list.push(d);
        this.byFunction.set(fn, list);
      }
    }
  }

  /** True when some department has one of `functions`. */
  has(functions: readonly string[]): boolean {
    return functions.some((fn) => (this.byFunction.get(fn)?.length ?? 0) > 0);
  }

  /** A department with one of `functions`, preferring one in `region`; undefined when none exists. */
  pick(functions: readonly string[], region: string, rng: Random): Chosen | undefined {
    const all: Chosen[] = [];
    for (const fn of functions) for (const dept of this.byFunction.get(fn) ?? []) all.push({ dept, fn });
    if (all.length === 0) return undefined;
    const local = all.filter((c) => c.dept.region === region);
    if (local.length > 0 && rng.chance(0.85)) return rng.pick(local);
    const city = all.filter((c) => c.dept.region === '370900');
    return rng.pick(city.length > 0 ? city : all);
  }
}
