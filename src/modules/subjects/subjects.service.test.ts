import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import { findSubjectByCode, insertSubjects, searchSubjectNames } from './subjects.repository';
import { planNameSearch } from './subjects.search';
import { findOrCreateSubject } from './subjects.service';

const db = await createTestDb();

describe('findOrCreateSubject', () => {
  it('files each identifier into the right database', async () => {
    const cases = [
      ['91110000600037341L', '某企业有限公司', 'legal_person', '91'],
      ['11230500001755309F', '某市某局', 'non_enterprise', '11'],
      ['360426199101010071', '赵敏', 'natural_person', 'resident'],
    ] as const;
    for (const [code, name, kind, category] of cases) {
      const { subject, created } = await db.transaction((tx) => findOrCreateSubject(tx, { code, name }));
      expect(created).toBe(true);
      expect(subject).toMatchObject({ kind, category, code, code_checksum_ok: true });
    }
  });

  it('is idempotent: the same identifier, in any typed form, finds the same subject', async () => {
    const a = await db.transaction((tx) => findOrCreateSubject(tx, { code: '91110000101623741K', name: '全聚德' }));
    const b = await db.transaction((tx) => findOrCreateSubject(tx, { code: '９１１１００００１０１６２３７４１ｋ', name: '全聚德' }));
    expect(b.created).toBe(false);
    expect(b.subject.id).toBe(a.subject.id);
  });

  it('keeps a well-formed code whose check character fails, flagged for review', async () => {
    const { subject } = await db.transaction((tx) =>
      findOrCreateSubject(tx, { code: '91350211M0000XUF46', name: '厦门云上晴空航空科技有限公司' }),
    );
    expect(subject.code_checksum_ok).toBe(false);
    expect(subject.kind).toBe('legal_person');
  });

  it('rejects a malformed code with the reason and writes nothing', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM subjects');
    await expect(db.transaction((tx) => findOrCreateSubject(tx, { code: '91I10000600037341L', name: '坏代码' }))).rejects.toThrow(
      /主体标识无效：.*I/,
    );
    const after = await db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM subjects');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('finds a subject by a legacy identifier and keeps its name history', async () => {
    const [id] = await db.transaction((tx) =>
      insertSubjects(tx, [
        {
          kind: 'legal_person',
          name: '泰安市鲁泰商贸有限公司',
          code: '91350200776049653A',
          codeKind: 'uscc',
          legacyCodes: [{ code: '370900018012345', kind: 'reg_no' }],
          formerNames: [{ name: '泰安鲁泰商店', validTo: '2016-05-01' }],
        },
      ]),
    );
    const found = await findSubjectByCode(db, '370900018012345');
    expect(found?.id).toBe(id);
    const names = await db.query<{ name: string }>('SELECT name FROM subject_names WHERE subject_id = $1 ORDER BY name', [id]);
    expect(names.rows.map((r) => r.name)).toEqual(['泰安市鲁泰商贸有限公司', '泰安鲁泰商店'].sort());
    const byGram = await db.query<{ subject_id: number }>(`SELECT DISTINCT subject_id FROM subject_names WHERE grams @> ARRAY['商贸']`);
    expect(byGram.rows.map((r) => r.subject_id)).toContain(id);
    const quoted = await db.query<{ grams: string[] }>(`SELECT grams FROM subject_names WHERE subject_id = $1 AND name = '泰安鲁泰商店'`, [
      id,
    ]);
    expect(quoted.rows[0]?.grams).toEqual(['泰安', '安鲁', '鲁泰', '泰商', '商店']);
  });

  it('serialises concurrent creation of one identity', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        db.transaction((tx) => findOrCreateSubject(tx, { code: '91330000755918469E', name: '并发测试有限公司' })),
      ),
    );
    expect(new Set(results.map((r) => r.subject.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });
});

/** The repository search for a query, as the service plans it (first page, no fuzzy matches). */
async function searchNames(query: string, kinds: string[]) {
  const plan = planNameSearch(query);
  if (plan.mode === 'too_short') return [];
  const { rows } = await searchSubjectNames(db, { ...plan, fuzzy: false, kinds, region: null, today: '2025-06-30', limit: 10, offset: 0 });
  return rows;
}

describe('searchSubjectNames', () => {
  it('answers two-character terms through the bigram index and longer ones through trigrams', async () => {
    await db.transaction((tx) =>
      insertSubjects(tx, [
        { kind: 'legal_person', name: '泰安市岱宗建材有限公司', code: '91440101MA5CJQ4N59', codeKind: 'uscc' },
        { kind: 'legal_person', name: '泰安鲁泰食品有限公司', code: '911101066976941872', codeKind: 'uscc' },
        { kind: 'natural_person', name: '建材', code: '120103198806018241', codeKind: 'resident_id' },
      ]),
    );
    const two = await searchNames('建材', ['legal_person', 'non_enterprise']);
    expect(two.map((r) => r.name)).toContain('泰安市岱宗建材有限公司');
    expect(two.map((r) => r.kind)).not.toContain('natural_person');
    const three = await searchNames('岱宗建材', ['legal_person']);
    expect(three.map((r) => r.name)).toEqual(['泰安市岱宗建材有限公司']);
    const wildcard = await searchNames('%%%', ['legal_person']);
    expect(wildcard).toEqual([]);
  });

  it('does not mistake a first-generation ID number for a company registration number with the same digits', async () => {
    const [companyId] = await db.transaction((tx) =>
      insertSubjects(tx, [
        {
          kind: 'legal_person',
          name: '泰安某旧企业有限公司',
          code: '91350200MA31E12PXF',
          codeKind: 'uscc',
          legacyCodes: [{ code: '610104620927690', kind: 'reg_no' }],
        },
      ]),
    );
    const { subject, created } = await db.transaction((tx) => findOrCreateSubject(tx, { code: '610104620927690', name: '张三' }));
    expect(created).toBe(true);
    expect(subject.kind).toBe('natural_person');
    expect(subject.id).not.toBe(companyId);
  });
});
