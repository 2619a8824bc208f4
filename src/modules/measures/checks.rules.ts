import { SCENARIOS, type Scenario } from './data/scenarios';
import type { MeasureRow, MemorandumRow } from './measures.repository';

/** A measure as a check answer carries it: what to do, under which document, triggered by which lists. */
export interface ApplicableMeasure {
  code: string;
  version: number;
  kind: 'reward' | 'punishment';
  text: string;
  legalBasis: string;
  memorandum: { code: string; docNo: string | null; title: string };
  triggeredBy: string[];
}

/**
 * The measures a department applies in a scenario to a subject on the given lists: active measures whose
 * memorandum covers one of the lists, listing the scenario, and naming one of the department's functions
 * (or every department, '*'). Rewards come from red lists, punishments from black and focus lists, as the
 * memorandum's kind says. Pure; ordered punishments first, then by measure code.
 */
export function applicableMeasures(
  listTypes: readonly string[],
  scenario: string,
  departmentFunctions: readonly string[],
  memoranda: readonly MemorandumRow[],
  measures: readonly MeasureRow[],
): ApplicableMeasure[] {
  if (listTypes.length === 0) return [];
  const memos = new Map(memoranda.map((m) => [m.code, m]));
  const out: ApplicableMeasure[] = [];
  for (const m of measures) {
    if (m.status !== 'active' || !m.scenarios.includes(scenario)) continue;
    if (!m.implementers.includes('*') && !m.implementers.some((f) => departmentFunctions.includes(f))) continue;
    const memo = memos.get(m.memorandum_code);
    if (!memo) continue;
    const triggeredBy = listTypes.filter((t) => memo.list_types.includes(t));
    if (triggeredBy.length === 0) continue;
    out.push({
      code: m.code,
      version: m.version,
      kind: m.kind,
      text: m.text,
      legalBasis: m.legal_basis,
      memorandum: { code: memo.code, docNo: memo.doc_no, title: memo.title },
      triggeredBy: [...new Set(triggeredBy)],
    });
  }
  const rank = (k: string) => (k === 'punishment' ? 0 : 1);
  return out.sort((a, b) => rank(a.kind) - rank(b.kind) || a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** How well a candidate's name matches the name asked for, with the reason in words. Pure. */
export function scoreName(
  askedKey: string,
  candidateKey: string,
  askedRaw: string,
  candidateRaw: string,
): { score: number; explanation: string } {
  if (askedRaw.trim() === candidateRaw.trim()) return { score: 1, explanation: '名称完全一致' };
  if (askedKey === candidateKey) return { score: 0.95, explanation: '名称在统一全半角、括号、空格、公司组织形式和“泰安市”前缀后一致' };
  if (candidateKey.startsWith(askedKey)) return { score: 0.8, explanation: '所填名称是该主体名称的开头部分' };
  if (candidateKey.includes(askedKey)) return { score: 0.7, explanation: '所填名称包含在该主体名称中' };
  const dice = bigramDice(askedKey, candidateKey);
  return {
    score: Math.round(dice * 0.65 * 100) / 100,
    explanation: `名称近似（字符相似度 ${Math.round(dice * 100)}%），请核对统一社会信用代码`,
  };
}

function bigramDice(a: string, b: string): number {
  const grams = (s: string) => {
    const chars = Array.from(s);
    const out: string[] = [];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.length === 0 || gb.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (ga.length + gb.length);
}

/** `error`: a batch row that could not be checked (empty, unreadable); never the outcome of a single check. */
export type CheckOutcome = 'hit' | 'clear' | 'not_found' | 'candidates' | 'error';

/** The conclusion of a check in one Chinese sentence (single and batch checks alike). Pure. */
export function checkSummary(
  outcome: CheckOutcome,
  hits: readonly { listType: { flag: string } }[],
  measures: readonly Pick<ApplicableMeasure, 'kind'>[],
  scenario: string,
): string {
  const scene = SCENARIOS[scenario as Scenario] ?? scenario;
  switch (outcome) {
    case 'not_found':
      return '平台未收录该主体，未发现名单信息；请核对代码是否正确。';
    case 'error':
      return '该行无法核查，请按说明更正后重新提交。';
    case 'candidates':
      return '按名称核查不作结论：请从候选主体中确认统一社会信用代码后再次核查。';
    case 'clear':
      return `核查日该主体不在任何有效名单中，“${scene}”场景无适用的联合奖惩措施。`;
    case 'hit': {
      const red = hits.filter((h) => h.listType.flag === 'red').length;
      const black = hits.length - red;
      const p = measures.filter((m) => m.kind === 'punishment').length;
      const r = measures.length - p;
      const lists = [black ? `${black} 条失信类名单` : '', red ? `${red} 条红名单` : ''].filter(Boolean).join('、');
      const acts = [p ? `${p} 项惩戒措施` : '', r ? `${r} 项激励措施` : ''].filter(Boolean).join('、');
      return `核查日该主体有 ${lists}在有效期内；本部门在“${scene}”场景${acts ? `适用 ${acts}` : '无适用措施'}。`;
    }
  }
}
