import { createContext, useContext } from 'react';
import type { Abilities, User } from './session';
import type { ConsoleDepartment, ListType } from './types';

export interface ConsoleSession {
  user: User;
  department: ConsoleDepartment | null;
  departments: ConsoleDepartment[];
  listTypes: ListType[];
  can: Abilities;
}

export const SessionContext = createContext<ConsoleSession | null>(null);

/** The signed-in user, their department and abilities; only inside the console shell. */
export function useSession(): ConsoleSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the console');
  return s;
}

// The API names department functions by code only; these words tell apart the functions of one department.
const FUNCTION_WORDS: Record<string, string> = {
  natural_resources: '自然资源',
  forestry: '林业',
};

/**
 * A department function in words: the short name of the (member) department that has it, with the function
 * when that department has several; * is every department.
 */
export function functionLabel(departments: readonly ConsoleDepartment[], fn: string): string {
  if (fn === '*') return '所有部门';
  const d = departments.find((x) => x.member && x.functions.includes(fn)) ?? departments.find((x) => x.functions.includes(fn));
  if (!d) return fn;
  return d.functions.length > 1 ? `${d.shortName}（${FUNCTION_WORDS[fn] ?? fn}）` : d.shortName;
}

/** The list types this user may manage: every type for the platform operator, else those their department decides. */
export function manageableListTypes(s: ConsoleSession): ListType[] {
  if (s.can.operator) return s.listTypes;
  const fns = s.department?.functions ?? [];
  return s.listTypes.filter((t) => t.deciders.some((d) => fns.includes(d)));
}

/** A list type's validity in words: 3 年, 1 年 6 个月; null = until removed. */
export function termLabel(term: ListType['term']): string {
  if (!term) return '长期（至移出）';
  return (
    [term.years ? `${term.years} 年` : '', term.months ? `${term.months} 个月` : '', term.days ? `${term.days} 天` : ''].join('') ||
    '长期（至移出）'
  );
}
