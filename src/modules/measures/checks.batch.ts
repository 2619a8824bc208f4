import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Queryable } from '../../db/db';
import { chinaDate } from '../../shared/clock';
import { AppError, forbidden, invalidInput, notFound } from '../../shared/errors';
import { recordAudit } from '../audit';
import { actorOf, findDepartment, requirePermission, type Ctx, type DepartmentRow } from '../auth';
import { validateCode, type CodeKind } from '../codes';
import { openSource, toCsvLine, type SourceRow } from '../intake';
import { findInForce, listListTypes, type InForceRow, type ListType } from '../lists';
import { CODE_KIND_LABELS, maskIdNumber, normalizeName, presentSubjectRef, searchKey, searchSubjects } from '../subjects';
import {
  addCheckBatchCounts,
  countCheckBatchOutcomes,
  findCheckBatch,
  findCheckBatchByRequest,
  findCheckBatchLines,
  findCheckBatchRequest,
  findOrganisationsByNameKeys,
  findSubjectsByCodes,
  insertBatchChecks,
  insertCheckBatch,
  signCheckBatch,
  type BatchCheckRow,
  type CheckBatchRow,
  type SubjectMatchRow,
} from './checks.batch.repository';
import { takeCheckSerials } from './checks.repository';
import { applicableMeasures, checkSummary, scoreName, type ApplicableMeasure } from './checks.rules';
import { hitOf, type CheckAnswer, type CheckHit } from './checks.service';
import { activeSigningKey, sha256Hex, signReceipt, type SignedReceipt } from './checks.signing';
import { SCENARIOS, type Scenario } from './data/scenarios';
import { findCurrentMeasures, findCurrentMemoranda } from './measures.repository';

// Batch credit checks (批量核查): a department uploads a file of subjects (codes and/or names) before a
// procurement, a licensing round or an award; each row is answered like a single check, and the results
// file is signed by the platform as a whole. Rows are read from the stream, answered and stored in chunks
// with set-based SQL: one lookup of all identifiers, one of all exact names, one of the entries in force,
// one insert of the chunk's check rows; measures are computed in memory once per set of list types.

/** Rows answered and stored per transaction. */
export const BATCH_CHUNK_ROWS = 2000;
/** Rows looked up by name without an exact match: at most this many fuzzy candidates each. */
const FUZZY_CANDIDATES = 3;
/** Fuzzy name searches run side by side (they are the slow path). */
const FUZZY_CONCURRENCY = 4;
const MAX_NAME_CHARS = 200;
/** Width of the row number in a row's receipt number: HC20261201000007-00000012. */
const ROW_DIGITS = 8;

/** Identifier columns, in order of preference; a row takes the first one it fills. */
const CODE_HEADERS = ['统一社会信用代码', '证件号码', '身份证号码', '代码', '主体代码', 'subject', 'code'];
const CODE_HEADER_PARTS = ['统一社会信用代码', '证件号码', '身份证号'];
const NAME_HEADERS = ['主体名称', '名称', '企业名称', '单位名称', 'name'];

export const RESULT_HEADERS = [
  '行号',
  '输入代码',
  '输入名称',
  '主体名称',
  '统一社会信用代码',
  '核查结果',
  '名单',
  '适用措施',
  '说明',
] as const;

export type RowResult = 'hit' | 'clear' | 'not_found' | 'candidates' | 'error';
export const RESULT_LABELS: Record<RowResult, string> = {
  hit: '有名单',
  clear: '无名单',
  not_found: '未收录',
  candidates: '候选',
  error: '错误',
};

export interface BatchCheckInput {
  /** The uploaded file: CSV (UTF-8 or GBK, with or without BOM) or XLSX; one subject per row. */
  source: { path: string } | { buffer: Buffer; filename?: string };
  scenario: Scenario;
  caseNo: string;
  fileName?: string | null | undefined;
  /** The day the checks apply to; today when absent. */
  checkDate?: string | undefined;
  /** Rows per transaction (tests); default BATCH_CHUNK_ROWS. */
  chunkRows?: number | undefined;
}

export interface BatchCounts {
  total: number;
  hit: number;
  clear: number;
  notFound: number;
  candidates: number;
  error: number;
}

export interface BatchCheckSummary {
  id: number;
  receiptNo: string;
  status: 'processing' | 'completed';
  department: { code: string; name: string };
  scenario: { code: string; name: string };
  caseNo: string;
  checkDate: string;
  fileName: string | null;
  fileSha256: string | null;
  counts: BatchCounts;
  /** SHA-256 of the results CSV (the receipt's answerHash). */
  resultsSha256: string | null;
  receipt: SignedReceipt | null;
  createdAt: string;
  /** True when an identical earlier request (same department, case, scenario, date and file) is answered again. */
  replayed: boolean;
}

// ---------------------------------------------------------------------------------------------
// Input rows (pure)

export interface ColumnPlan {
  code: string[];
  name: string[];
}

const foldHeader = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Which columns hold identifiers and names: the known headers in order of preference, then headers that
 * contain 统一社会信用代码 / 证件号码 (identifiers) or end in 名称 (names). Pure.
 */
export function planBatchColumns(headers: readonly string[]): ColumnPlan {
  const folded = headers.map((h) => ({ header: h, key: foldHeader(h) }));
  const pick = (exact: readonly string[], loose: (key: string) => boolean) => {
    const out: string[] = [];
    for (const name of exact) for (const h of folded) if (h.key === foldHeader(name) && !out.includes(h.header)) out.push(h.header);
    for (const h of folded) if (loose(h.key) && !out.includes(h.header)) out.push(h.header);
    return out;
  };
  const code = pick(CODE_HEADERS, (k) => CODE_HEADER_PARTS.some((p) => k.includes(p)));
  const name = pick(NAME_HEADERS, (k) => k.endsWith('名称') && !code.some((c) => foldHeader(c) === k));
  return { code, name };
}

/** One input row, classified: looked up by identifier, by name, or refused with the reason. */
export type InputRow =
  | { rowNo: number; code: string; name: string; by: 'code'; lookup: { code: string; kind: CodeKind }; notes: string[] }
  | { rowNo: number; code: string; name: string; by: 'name'; key: string; notes: string[] }
  | { rowNo: number; code: string; name: string; by: 'error'; codeKind?: CodeKind | undefined; message: string };

const firstFilled = (values: Record<string, string>, columns: readonly string[]) => {
  for (const c of columns) {
    const v = values[c]?.trim();
    if (v) return v;
  }
  return '';
};

/**
 * Classifies one row (pure): an identifier wins over a name. A code whose only fault is its check character
 * is still looked up (some issued codes fail it) and the answer says so; any other malformed code, a name
 * that normalises to fewer than 2 characters, or an empty row is refused with the reason.
 */
export function classifyRow(row: SourceRow, plan: ColumnPlan, today: Date): InputRow {
  const code = firstFilled(row.values, plan.code);
  const name = firstFilled(row.values, plan.name);
  const base = { rowNo: row.rowNo, code, name };
  if (row.error) return { ...base, by: 'error', message: `本行无法读取：${row.error.message}` };
  if (code) {
    const v = validateCode(code, { today });
    if (v.ok && v.kind) return { ...base, by: 'code', lookup: { code: v.normalized, kind: v.kind }, notes: [] };
    if (v.reasonCode === 'CHECK_CHAR' && v.kind) {
      const note = `代码校验位不正确（${v.reason ?? '校验位不符'}），仍按所填代码查询`;
      return { ...base, by: 'code', lookup: { code: v.normalized, kind: v.kind }, notes: [note] };
    }
    return { ...base, by: 'error', codeKind: v.kind, message: `代码无效：${v.reason ?? '格式不正确'}，未核查` };
  }
  if (!name) return { ...base, by: 'error', message: '未填写主体代码或名称' };
  if (Array.from(name).length > MAX_NAME_CHARS) return { ...base, by: 'error', message: `名称超过 ${MAX_NAME_CHARS} 个字，未核查` };
  const key = searchKey(name);
  if (Array.from(key).length < 2) return { ...base, by: 'error', message: '名称规范化后不足 2 个字，无法核查' };
  return { ...base, by: 'name', key, notes: [] };
}

// ---------------------------------------------------------------------------------------------
// Answers (pure, given what the chunk's queries found)

interface Env {
  dept: DepartmentRow;
  scenario: Scenario;
  caseNo: string;
  checkDate: string;
  listTypes: Map<string, ListType>;
  measuresFor: (listTypes: readonly string[]) => ApplicableMeasure[];
}

type Candidate = CheckAnswer['candidates'][number];

interface Answered {
  input: InputRow;
  result: RowResult;
  subjectId: number;
  answer: CheckAnswer & { batch: { row: number; result: RowResult; line: string } };
  line: string;
}

const isPersonCode = (kind: CodeKind | undefined) => kind === 'resident_id';
const inputKind = (r: InputRow) => (r.by === 'code' ? r.lookup.kind : r.by === 'error' ? r.codeKind : undefined);

/** The row's line of the results CSV (without the line end); identifiers of natural persons are masked. */
function resultLine(
  r: InputRow,
  result: RowResult,
  subject: { name: string; code: string } | null,
  hits: readonly CheckHit[],
  measures: readonly ApplicableMeasure[],
  note: string,
): string {
  return toCsvLine([
    r.rowNo,
    isPersonCode(inputKind(r)) ? maskIdNumber(r.code) : r.code,
    r.name,
    subject?.name ?? '',
    subject?.code ?? '',
    RESULT_LABELS[result],
    hits.map((h) => `${h.listType.name}（${h.docNo ?? '无文号'}）`).join('；'),
    measures.map((m) => `${m.code} ${m.text}`).join('；'),
    note,
  ]);
}

function slimAnswer(a: Answered['answer']): Record<string, unknown> {
  const { checkDate: _date, scenario: _scenario, caseNo: _case, department: _dept, ...rest } = a;
  return rest as unknown as Record<string, unknown>;
}

function answer(
  env: Env,
  r: InputRow,
  result: RowResult,
  a: Omit<CheckAnswer, 'checkDate' | 'scenario' | 'caseNo' | 'department' | 'outcome'>,
  note: string,
): Answered {
  const line = resultLine(r, result, a.subject, a.hits, a.measures, note);
  return {
    input: r,
    result,
    subjectId: a.subject?.id ?? 0,
    line,
    answer: {
      checkDate: env.checkDate,
      scenario: { code: env.scenario, name: SCENARIOS[env.scenario] },
      caseNo: env.caseNo,
      department: { code: env.dept.code, name: env.dept.name },
      outcome: result,
      ...a,
      batch: { row: r.rowNo, result, line },
    },
  };
}

function answerSubject(env: Env, r: InputRow, s: SubjectMatchRow, entries: readonly InForceRow[], notes: string[]): Answered {
  const hits = entries.map((e) => hitOf(e, env.listTypes));
  const measures = hits.length ? env.measuresFor(hits.map((h) => h.listType.code)) : [];
  const summary = checkSummary(hits.length > 0 ? 'hit' : 'clear', hits, measures, env.scenario);
  const nameNote =
    r.by === 'code' && r.name && normalizeName(r.name) !== s.name_norm && searchKey(r.name) !== searchKey(s.name)
      ? ['所填名称与平台记录的现名称不一致，请核对']
      : [];
  const note = [...notes, ...nameNote, summary].join('；');
  return answer(
    env,
    r,
    hits.length ? 'hit' : 'clear',
    { summary: note, subject: presentSubjectRef(s), hits, measures, candidates: [] },
    note,
  );
}

function answerCandidates(env: Env, r: InputRow, candidates: Candidate[], lead: string): Answered {
  const list = candidates.map((c) => `${c.subject.name}（${c.subject.code}）`).join('；');
  const note = `${lead}：${list}`;
  return answer(env, r, 'candidates', { summary: note, subject: null, hits: [], measures: [], candidates }, note);
}

function answerNone(env: Env, r: InputRow, result: 'not_found' | 'error', note: string): Answered {
  return answer(env, r, result, { summary: note, subject: null, hits: [], measures: [], candidates: [] }, note);
}

// ---------------------------------------------------------------------------------------------
// One chunk: the set-based lookups

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Answers a chunk of rows: one identifier query, one exact-name query, fuzzy names one by one, one in-force query. */
async function answerChunk(ctx: Ctx, env: Env, rows: readonly InputRow[]): Promise<Answered[]> {
  const pairs = new Map<string, { code: string; kind: string }>();
  const keys = new Set<string>();
  for (const r of rows) {
    if (r.by === 'code') pairs.set(`${r.lookup.kind}:${r.lookup.code}`, r.lookup);
    else if (r.by === 'name') keys.add(r.key);
  }
  const [byCode, byName] = await Promise.all([
    findSubjectsByCodes(ctx.db, [...pairs.values()]),
    findOrganisationsByNameKeys(ctx.db, [...keys]),
  ]);
  const codeHits = new Map(byCode.map((s) => [`${s.key_kind}:${s.key_code}`, s]));
  const nameHits = new Map<string, (SubjectMatchRow & { is_current: boolean })[]>();
  for (const s of byName) nameHits.set(s.key, [...(nameHits.get(s.key) ?? []), s]);

  // Names with no exact match: fuzzy candidates through name search (the slow path), once per distinct name.
  const fuzzyNames = [...new Set(rows.filter((r) => r.by === 'name' && !nameHits.has(r.key)).map((r) => r.name))];
  const fuzzy = new Map(
    await mapLimit(fuzzyNames, FUZZY_CONCURRENCY, async (name): Promise<[string, Candidate[] | Error]> => {
      try {
        const found = await searchSubjects(ctx, { q: name, page: 1, pageSize: FUZZY_CANDIDATES });
        const asked = searchKey(name);
        const scored = found.items.map((h) => ({ subject: presentSubjectRef(h), ...scoreName(asked, searchKey(h.name), name, h.name) }));
        return [name, scored.sort((a, b) => b.score - a.score)];
      } catch (err) {
        if (err instanceof AppError) return [name, err];
        throw err;
      }
    }),
  );

  const subjectOf = (r: InputRow): SubjectMatchRow | undefined => {
    if (r.by === 'code') return codeHits.get(`${r.lookup.kind}:${r.lookup.code}`);
    if (r.by === 'name') {
      const found = nameHits.get(r.key);
      return found?.length === 1 ? found[0] : undefined;
    }
    return undefined;
  };
  const ids = [
    ...new Set(
      rows
        .map(subjectOf)
        .filter((s): s is SubjectMatchRow => s !== undefined)
        .map((s) => s.id),
    ),
  ];
  const entries = new Map<number, InForceRow[]>();
  for (const e of await findInForce(ctx.db, ids, env.checkDate)) entries.set(e.subject_id, [...(entries.get(e.subject_id) ?? []), e]);

  return rows.map((r): Answered => {
    if (r.by === 'error') return answerNone(env, r, 'error', r.message);
    const subject = subjectOf(r);
    if (r.by === 'code') {
      if (subject) {
        const legacy =
          r.lookup.kind !== 'uscc' && r.lookup.kind !== 'resident_id'
            ? [`按${CODE_KIND_LABELS[r.lookup.kind] ?? r.lookup.kind}匹配到主体`]
            : [];
        return answerSubject(env, r, subject, entries.get(subject.id) ?? [], [...r.notes, ...legacy]);
      }
      if (r.notes.length > 0)
        return answerNone(env, r, 'error', `${r.notes[0]!.replace(/，仍按所填代码查询$/, '')}；平台未收录该代码，请核对`);
      return answerNone(env, r, 'not_found', '平台未收录该代码；请核对代码是否正确。');
    }
    if (subject) {
      const former = nameHits.get(r.key)![0]!.is_current ? '' : '（曾用名）';
      return answerSubject(env, r, subject, entries.get(subject.id) ?? [], [...r.notes, `名称规范化后唯一匹配${former}`]);
    }
    const exact = nameHits.get(r.key);
    if (exact) {
      const candidates = exact.map((s) => ({ subject: presentSubjectRef(s), ...scoreName(r.key, r.key, r.name, s.name) }));
      return answerCandidates(
        env,
        r,
        candidates.sort((a, b) => b.score - a.score || a.subject.id - b.subject.id),
        `名称规范化后匹配到 ${exact.length} 个主体，请按统一社会信用代码核查`,
      );
    }
    const found = fuzzy.get(r.name);
    if (found instanceof Error) return answerNone(env, r, 'error', `名称无法核查：${found.message}`);
    if (!found || found.length === 0) return answerNone(env, r, 'not_found', '平台未收录该名称或相近名称的主体；请核对名称或按代码核查。');
    return answerCandidates(env, r, found, '未找到名称一致的主体，近似主体如下，请核对后按统一社会信用代码核查');
  });
}

// ---------------------------------------------------------------------------------------------
// The use case

/** The department the caller acts for; checks are always made by a department. */
async function callerDepartment(ctx: Ctx): Promise<DepartmentRow> {
  const code = ctx.principal.departmentCode;
  const dept = code ? await findDepartment(ctx.db, code) : undefined;
  if (!dept) throw forbidden('信用核查须以部门身份（部门用户或部门接口客户端）进行');
  return dept;
}

function sourceSha256(source: BatchCheckInput['source']): string {
  const hash = crypto.createHash('sha256');
  if ('buffer' in source) return hash.update(source.buffer).digest('hex');
  const fd = fs.openSync(source.path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

const RESULTS_HEAD = '\uFEFF' + toCsvLine(RESULT_HEADERS) + '\r\n';
const rowReceipt = (receiptNo: string, rowNo: number) => `${receiptNo}-${String(rowNo).padStart(ROW_DIGITS, '0')}`;

/**
 * Checks every subject of a file for the caller's department (permission checks.run, a department
 * principal): per row the entries in force on the check date and the measures this department applies in
 * this scenario, as a single check answers, stored as one credit_checks row each (batch_id set, unsigned).
 * The results CSV (UTF-8 with BOM) is signed as a whole: the receipt covers the SHA-256 of the request
 * (department, scenario, case number, check date, file SHA-256) and of the results file. Bad rows get their
 * reason and never stop the batch. One transaction per chunk; an identical request (same department, case,
 * scenario, check date and file) returns the earlier batch, and one cut off by a crash is finished where it
 * stopped. Audited once (check.batch) with the counts. Throws INVALID_INPUT (date, case number, no rows),
 * MISSING_COLUMNS, the readers' file errors (400), FORBIDDEN (no department).
 */
export async function runBatchCheck(ctx: Ctx, input: BatchCheckInput): Promise<BatchCheckSummary> {
  requirePermission(ctx.principal, 'checks.run');
  const dept = await callerDepartment(ctx);
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const checkDate = input.checkDate ?? today;
  if (checkDate > today) throw invalidInput('核查日期不能晚于今天', { field: 'checkDate' });
  const caseNo = input.caseNo.trim();
  if (!caseNo) throw invalidInput('请填写审批事项编号（案号）', { field: 'caseNo' });
  if (!(input.scenario in SCENARIOS)) throw invalidInput(`核查场景不存在：${input.scenario}`, { field: 'scenario' });
  const scenario = input.scenario;
  const fileName = input.fileName ?? ('path' in input.source ? input.source.path.split(/[\\/]/).pop()! : (input.source.filename ?? null));
  const fileSha256 = sourceSha256(input.source);
  const requestHash = sha256Hex({ department: dept.code, scenario, caseNo, checkDate, fileSha256 });
  const request = { departmentId: dept.id, caseNo, scenario, requestHash };

  const earlier = await findCheckBatchByRequest(ctx.db, request);
  if (earlier?.signature) return presentBatch(ctx.db, earlier, true);

  const source = await openSource(input.source);
  const plan = planBatchColumns(source.info.headers);
  if (plan.code.length === 0 && plan.name.length === 0) {
    await source.rows[Symbol.asyncIterator]().return?.();
    throw new AppError('MISSING_COLUMNS', '文件中没有主体代码列（统一社会信用代码、证件号码、代码）或主体名称列（主体名称、名称）', 400, {
      headers: source.info.headers,
    });
  }
  const env = await loadEnv(ctx, dept, scenario, caseNo, checkDate);
  const key = await activeSigningKey(ctx.db, now);

  let batch = earlier ? { id: earlier.id, receiptNo: earlier.receipt_no!, stored: earlier.total } : undefined;
  let finishedElsewhere = false;
  let resumed = false;
  const counts: BatchCounts = { total: 0, hit: 0, clear: 0, notFound: 0, candidates: 0, error: 0 };
  const results = crypto.createHash('sha256').update(RESULTS_HEAD);
  const size = input.chunkRows ?? BATCH_CHUNK_ROWS;
  const todayDate = new Date(`${today}T00:00:00Z`);

  /** Stores one answered chunk in its transaction (the first one creates the batch); chunks commit in file order. */
  const write = async (rows: readonly InputRow[], answered: readonly Answered[], start: number) => {
    const at = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      if (!batch) {
        // Two identical requests at once: the second waits here and then continues the first one's batch.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`check-batch:${requestHash}`]);
        const found = await findCheckBatchByRequest(tx, request);
        if (found) batch = { id: found.id, receiptNo: found.receipt_no!, stored: found.total };
        else {
          const serial = await takeCheckSerials(tx, today);
          const receiptNo = `HC${today.replaceAll('-', '')}${String(serial).padStart(6, '0')}`;
          const id = await insertCheckBatch(
            tx,
            { departmentId: dept.id, actor: ctx.principal.name, caseNo, scenario, fileName, receiptNo },
            at,
          );
          batch = { id, receiptNo, stored: 0 };
        }
      }
      const locked = (await findCheckBatch(tx, batch.id, true))!;
      batch.stored = locked.total;
      if (locked.signature) {
        finishedElsewhere = true;
        return;
      }
      // Rows of this chunk a crashed or concurrent run already stored are kept, not stored twice.
      const from = locked.total - start;
      if (from < 0) throw new Error(`check batch ${batch.id}: ${locked.total} rows stored, chunk starts at ${start}`);
      if (from > 0) resumed = true;
      const fresh = answered.slice(from);
      if (fresh.length === 0) return;
      const b = batch;
      const common = { batchId: b.id, departmentId: dept.id, actor: ctx.principal.name, caseNo, scenario, checkDate, requestHash, at };
      await insertBatchChecks(
        tx,
        common,
        fresh.map((a): BatchCheckRow => ({
          subject_id: a.subjectId,
          receipt_no: rowReceipt(b.receiptNo, a.input.rowNo),
          query: {
            file: fileSha256,
            row: a.input.rowNo,
            ...(a.input.code ? { code: a.input.code } : {}),
            ...(a.input.name ? { name: a.input.name } : {}),
          },
          outcome: a.answer.outcome,
          // The date, scenario, case and department are columns of the row: the stored answer leaves them out
          // (presentCheck puts them back), which keeps one row per subject small.
          answer: slimAnswer(a.answer),
          answer_hash: sha256Hex(a.line),
          measure_count: a.answer.measures.length,
        })),
      );
      const tally = { total: fresh.length, hits: 0, notFound: 0, rejected: 0 };
      for (const a of fresh) {
        if (a.result === 'hit') tally.hits++;
        else if (a.result === 'not_found') tally.notFound++;
        else if (a.result === 'error') tally.rejected++;
      }
      await addCheckBatchCounts(tx, b.id, tally);
      b.stored = start + rows.length;
    });
    for (const a of answered) {
      results.update(a.line + '\r\n');
      counts.total++;
      counts[a.result === 'not_found' ? 'notFound' : a.result]++;
    }
  };

  // While one chunk is written, the next is read and answered (its lookups run beside the write on
  // PostgreSQL's pool). Writes stay one after another, in file order.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (rows: InputRow[], start: number) => {
    if (batch && batch.stored >= start + rows.length) {
      resumed = true;
      return;
    }
    const answering = answerChunk(ctx, env, rows);
    answering.catch(() => undefined); // observed below
    await writing;
    if (finishedElsewhere) return;
    const answered = await answering;
    writing = write(rows, answered, start);
    writing.catch(() => undefined); // observed by the next flush or the final await
  };

  let chunk: InputRow[] = [];
  let index = 0;
  for await (const row of source.rows) {
    chunk.push(classifyRow(row, plan, todayDate));
    if (chunk.length >= size) {
      await flush(chunk, index);
      index += chunk.length;
      chunk = [];
      if (finishedElsewhere) break;
    }
  }
  if (chunk.length > 0 && !finishedElsewhere) {
    await flush(chunk, index);
    index += chunk.length;
  }
  await writing;
  if (!batch) throw invalidInput('文件中没有待核查的数据行（表头之后没有内容）', { field: 'file' });

  const done = batch;
  return ctx.db.transaction(async (tx) => {
    const b = (await findCheckBatch(tx, done.id, true))!;
    if (b.signature) return presentBatch(tx, b, true);
    if (b.total !== index) throw new Error(`check batch ${b.id}: ${b.total} rows stored, the file has ${index}`);
    const resultsHash = resumed ? await hashStoredResults(tx, b) : results.digest('hex');
    const receipt = signReceipt(key, {
      receiptNo: b.receipt_no!,
      issuedAt: b.created_at.toISOString(),
      requestHash,
      answerHash: resultsHash,
    });
    await signCheckBatch(tx, b.id, { resultsHash, keyId: key.keyId, signature: receipt.signature });
    const final = resumed ? countsOf(b, await countCheckBatchOutcomes(tx, b.id)) : counts;
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'check.batch',
        targetKind: 'check_batch',
        targetId: b.receipt_no!,
        details: { batchId: b.id, caseNo, scenario, checkDate, fileName, fileSha256, counts: final },
      },
      ctx.clock.now(),
    );
    return {
      ...summaryBase(b, { request_hash: requestHash, check_date: checkDate, file_sha256: fileSha256 }),
      status: 'completed' as const,
      counts: final,
      resultsSha256: resultsHash,
      receipt,
      replayed: false,
    };
  });
}

async function loadEnv(ctx: Ctx, dept: DepartmentRow, scenario: Scenario, caseNo: string, checkDate: string): Promise<Env> {
  const [types, memoranda, measures] = [await listListTypes(ctx.db), await findCurrentMemoranda(ctx.db), await findCurrentMeasures(ctx.db)];
  // Measures depend only on the set of list types a subject is on: computed once per set.
  const cache = new Map<string, ApplicableMeasure[]>();
  return {
    dept,
    scenario,
    caseNo,
    checkDate,
    listTypes: new Map(types.map((t) => [t.code, t])),
    measuresFor(listTypes) {
      const set = [...new Set(listTypes)].sort();
      const k = set.join(',');
      let found = cache.get(k);
      if (!found) {
        found = applicableMeasures(set, scenario, dept.functions, memoranda, measures);
        cache.set(k, found);
      }
      return found;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading batches back

function countsOf(b: CheckBatchRow, outcomes: Record<string, number>): BatchCounts {
  const candidates = outcomes.candidates ?? 0;
  return {
    total: b.total,
    hit: b.hits,
    clear: b.total - b.hits - b.not_found - b.rejected - candidates,
    notFound: b.not_found,
    candidates,
    error: b.rejected,
  };
}

function summaryBase(b: CheckBatchRow, request: { request_hash: string; check_date: string; file_sha256: string | null } | undefined) {
  return {
    id: b.id,
    receiptNo: b.receipt_no!,
    department: { code: b.department_code, name: b.department_name },
    scenario: { code: b.scenario, name: SCENARIOS[b.scenario as Scenario] ?? b.scenario },
    caseNo: b.case_no,
    checkDate: request?.check_date ?? chinaDate(b.created_at),
    fileName: b.file_name,
    fileSha256: request?.file_sha256 ?? null,
    createdAt: b.created_at.toISOString(),
  };
}

async function presentBatch(q: Queryable, b: CheckBatchRow, replayed: boolean): Promise<BatchCheckSummary> {
  const request = await findCheckBatchRequest(q, b.id);
  const receipt: SignedReceipt | null =
    b.signature && b.key_id && b.results_hash && request
      ? {
          v: 1,
          receiptNo: b.receipt_no!,
          issuedAt: b.created_at.toISOString(),
          keyId: b.key_id,
          requestHash: request.request_hash,
          answerHash: b.results_hash,
          algorithm: 'Ed25519',
          signature: b.signature,
        }
      : null;
  return {
    ...summaryBase(b, request),
    status: b.signature ? 'completed' : 'processing',
    counts: countsOf(b, await countCheckBatchOutcomes(q, b.id)),
    resultsSha256: b.results_hash,
    receipt,
    replayed,
  };
}

async function visibleBatch(ctx: Ctx, id: number): Promise<CheckBatchRow> {
  requirePermission(ctx.principal, 'checks.stats');
  const b = await findCheckBatch(ctx.db, id);
  const operator = ctx.principal.roles.includes('platform_operator');
  if (!b || (!operator && b.department_id !== ctx.principal.departmentId)) throw notFound(`批量核查不存在：${id}`);
  return b;
}

/** A batch's summary and receipt, for the department that ran it (others: not found) or the platform operator. */
export async function getBatchCheck(ctx: Ctx, id: number): Promise<BatchCheckSummary> {
  return presentBatch(ctx.db, await visibleBatch(ctx, id), false);
}

const PAGE_ROWS = 5000;

/** The stored results lines of a batch in row order (without line ends), page by page. */
async function* storedLines(q: Queryable, b: CheckBatchRow): AsyncGenerator<string> {
  const last = rowReceipt(b.receipt_no!, 10 ** ROW_DIGITS - 1);
  let after = rowReceipt(b.receipt_no!, 0);
  for (;;) {
    const page = await findCheckBatchLines(q, b.id, { after, last }, PAGE_ROWS);
    for (const r of page) yield r.line;
    if (page.length < PAGE_ROWS) return;
    after = page[page.length - 1]!.receipt_no;
  }
}

async function hashStoredResults(q: Queryable, b: CheckBatchRow): Promise<string> {
  const hash = crypto.createHash('sha256').update(RESULTS_HEAD);
  for await (const line of storedLines(q, b)) hash.update(line + '\r\n');
  return hash.digest('hex');
}

/**
 * The signed results file of a finished batch, streamed: UTF-8 with BOM, CRLF, one line per input row,
 * byte for byte what the receipt's answerHash covers. Throws NOT_FOUND (another department's or unknown)
 * and BATCH_NOT_FINISHED (409) while the batch is still running.
 */
export async function batchCheckResults(ctx: Ctx, id: number): Promise<{ batch: BatchCheckSummary; lines: AsyncIterable<Buffer> }> {
  const b = await visibleBatch(ctx, id);
  if (!b.signature) throw new AppError('BATCH_NOT_FINISHED', '批量核查尚未完成，请稍后再下载结果', 409);
  const batch = await presentBatch(ctx.db, b, false);
  // The results say, for identity numbers too, whether and how a subject is listed: each download is audited.
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      actorOf(ctx),
      { action: 'check.read', targetKind: 'check_batch', targetId: b.receipt_no!, details: { rows: b.total } },
      ctx.clock.now(),
    ),
  );
  async function* lines(): AsyncGenerator<Buffer> {
    yield Buffer.from(RESULTS_HEAD, 'utf8');
    let buf: string[] = [];
    for await (const line of storedLines(ctx.db, b)) {
      buf.push(line + '\r\n');
      if (buf.length >= 500) {
        yield Buffer.from(buf.join(''), 'utf8');
        buf = [];
      }
    }
    if (buf.length > 0) yield Buffer.from(buf.join(''), 'utf8');
  }
  return { batch, lines: lines() };
}
