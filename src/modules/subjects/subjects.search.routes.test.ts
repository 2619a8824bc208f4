import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';
import { makeRegNo, makeResidentId, makeUscc, seededRandom } from '../codes';
import { insertSubjects } from './subjects.repository';
import { QUERY_TOO_SHORT_MESSAGE, searchKey } from './subjects.search';
import type { NewSubject } from './subjects.types';

const { app, db } = await createTestApp({ now: '2025-06-30T04:00:00Z' });
const rand = seededRandom(20250630);
const uscc = (region = '370902') => makeUscc({ region, rand });

const regNo = makeRegNo('370902', rand);
const hongda: NewSubject = {
  kind: 'legal_person',
  name: '泰安市宏达建材有限公司',
  code: uscc(),
  codeKind: 'uscc',
  region: '370902',
  legacyCodes: [{ code: regNo, kind: 'reg_no' }],
  formerNames: [{ name: '泰安市宏达砖瓦厂', validTo: '2015-01-01' }],
};
const subjects: NewSubject[] = [
  hongda,
  { kind: 'legal_person', name: '泰安鲁岳食品股份有限公司', code: uscc('370911'), codeKind: 'uscc', region: '370911' },
  { kind: 'legal_person', name: '鲁岳（泰安）物流有限责任公司', code: uscc('370982'), codeKind: 'uscc', region: '370982' },
  { kind: 'legal_person', name: '山东宏达建材有限公司泰山分公司', code: uscc(), codeKind: 'uscc', region: '370902' },
  {
    kind: 'non_enterprise',
    name: '泰安市泰山区宏达幼儿园',
    code: makeUscc({ authority: '5', category: '2', region: '370902', rand }),
    codeKind: 'uscc',
    region: '370902',
  },
  ...Array.from({ length: 12 }, (_, i): NewSubject => ({
    kind: 'legal_person',
    name: `泰安岱宗${'甲乙丙丁戊己庚辛壬癸子丑'[i]}商贸有限公司`,
    code: uscc('370921'),
    codeKind: 'uscc',
    region: '370921',
  })),
];
const debtorCode = makeResidentId({ addressCode: '370902', birthDate: '1978-02-03', sex: 'M', rand });
const plainCode = makeResidentId({ addressCode: '370902', birthDate: '1985-07-08', sex: 'F', rand });
const ids = await db.transaction((tx) =>
  insertSubjects(tx, [
    ...subjects,
    { kind: 'natural_person', name: '王宏达', code: debtorCode, codeKind: 'resident_id', region: '370902' },
    { kind: 'natural_person', name: '李宏达', code: plainCode, codeKind: 'resident_id', region: '370902' },
  ]),
);
const idOf = (name: string) => ids[[...subjects.map((s) => s.name), '王宏达', '李宏达'].indexOf(name)]!;
// 王宏达 is on the published 失信被执行人 list; 李宏达 only on an ended one.
await db.query(
  `INSERT INTO list_entries (subject_id, list_type, start_date, end_date, status) VALUES
   ($1, 'SXBZXR', '2024-01-10', NULL, 'published'), ($2, 'SXBZXR', '2020-01-10', '2023-01-10', 'ended')`,
  [idOf('王宏达'), idOf('李宏达')],
);

async function search(query: Record<string, string | number>) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return app.inject({ method: 'GET', url: `/api/v1/subjects?${qs}` });
}
async function names(q: string, extra: Record<string, string | number> = {}) {
  const res = await search({ q, ...extra });
  expect(res.statusCode).toBe(200);
  return (res.json().items as { name: string }[]).map((i) => i.name);
}

describe('GET /api/v1/subjects', () => {
  it('answers 400 with the exact message for an empty or one-character query', async () => {
    for (const q of ['', ' ', '宏', '（宏）']) {
      const res = await search({ q });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', message: QUERY_TOO_SHORT_MESSAGE });
    }
    const noQuery = await app.inject({ method: 'GET', url: '/api/v1/subjects' });
    expect(noQuery.json().error.message).toBe(QUERY_TOO_SHORT_MESSAGE);
  });

  it('answers 400 naming the parameter for a page size over 50', async () => {
    const res = await search({ q: '宏达', pageSize: 51 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^查询参数无效：pageSize/);
  });

  it('finds a subject by any form of any of its identifiers, alone', async () => {
    const spaced = `${hongda.code.slice(0, 6)} ${hongda.code.slice(6)}`
      .toLowerCase()
      .replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    for (const q of [hongda.code, spaced, `${hongda.code.slice(0, 8)}-${hongda.code.slice(8)}`, regNo]) {
      const res = await search({ q });
      expect(res.json()).toMatchObject({
        total: 1,
        items: [{ id: idOf(hongda.name), name: hongda.name, code: hongda.code, highlights: [] }],
      });
    }
  });

  it('matches names across width, brackets, spaces, company-form suffix and city prefix variants', async () => {
    for (const q of [
      '泰安市宏达建材有限公司',
      '泰安宏达建材有限责任公司',
      '宏达建材有限公司',
      '宏达建材',
      '泰安市 宏达 建材',
      '泰安市（宏达）建材有限公司',
      '泰安市　宏达建材　有限公司',
    ]) {
      expect((await names(q))[0]).toBe('泰安市宏达建材有限公司');
    }
    expect((await names('泰安鲁岳物流有限公司'))[0]).toBe('鲁岳（泰安）物流有限责任公司');
    expect((await names('鲁岳(泰安)物流有限公司'))[0]).toBe('鲁岳（泰安）物流有限责任公司');
    expect(await names('鲁岳食品股份公司')).toEqual(['泰安鲁岳食品股份有限公司']);
  });

  it('ranks exact before prefix before substring, and returns highlights of the original name', async () => {
    const res = await search({ q: '宏达建材' });
    const items = res.json().items as { name: string; highlights: { start: number; end: number }[] }[];
    expect(items.map((i) => i.name).slice(0, 2)).toEqual(['泰安市宏达建材有限公司', '山东宏达建材有限公司泰山分公司']);
    expect(items[0]!.highlights.map((r) => items[0]!.name.slice(r.start, r.end))).toEqual(['宏达建材']);
  });

  it('answers a two-character query through the bigram index', async () => {
    expect(await names('宏达', { kind: 'legal_person' })).toEqual(['泰安市宏达建材有限公司', '山东宏达建材有限公司泰山分公司']);
    expect(await names('建材')).toContain('泰安市宏达建材有限公司');
  });

  it('finds the company for a query with one typo', async () => {
    expect((await names('泰安宏达建才有限公司'))[0]).toBe('泰安市宏达建材有限公司');
    expect(await names('宏达建才')).toContain('泰安市宏达建材有限公司');
  });

  it('finds a former name and says which one matched', async () => {
    const res = await search({ q: '宏达砖瓦厂' });
    expect(res.json().items[0]).toMatchObject({ name: '泰安市宏达建材有限公司', matchedName: '泰安市宏达砖瓦厂' });
  });

  it('filters by kind and by region (a city code includes its districts)', async () => {
    expect(await names('宏达', { kind: 'non_enterprise' })).toEqual(['泰安市泰山区宏达幼儿园']);
    expect(await names('鲁岳', { region: '370911' })).toEqual(['泰安鲁岳食品股份有限公司']);
    expect((await names('鲁岳', { region: '370900' })).sort()).toEqual(['泰安鲁岳食品股份有限公司', '鲁岳（泰安）物流有限责任公司'].sort());
  });

  it('pages with a stable order and the total', async () => {
    const first = (await search({ q: '岱宗', pageSize: 5 })).json();
    const third = (await search({ q: '岱宗', pageSize: 5, page: 3 })).json();
    const beyond = (await search({ q: '岱宗', pageSize: 5, page: 9 })).json();
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect(third.items).toHaveLength(2);
    expect(beyond).toMatchObject({ total: 12, items: [] });
    const all = (await search({ q: '岱宗', pageSize: 50 })).json().items.map((i: { id: number }) => i.id);
    expect([...first.items, ...third.items].map((i: { id: number }) => i.id)).toEqual([...all.slice(0, 5), ...all.slice(10)]);
  });

  it('never shows a natural person, except a published 失信被执行人 with the ID number masked', async () => {
    const res = await search({ q: '宏达', kind: 'natural_person' });
    expect(res.json()).toMatchObject({ total: 1, items: [{ name: '王宏达', kindLabel: '自然人（失信被执行人）' }] });
    expect(res.json().items[0].code).toBe(`${debtorCode.slice(0, 6)}********${debtorCode.slice(-4)}`);
    expect(res.body).not.toContain(debtorCode);
    expect(await names('李宏达')).toEqual([]);
    expect((await search({ q: plainCode })).json().total).toBe(0);
    const byCode = await search({ q: debtorCode });
    expect(byCode.json().items.map((i: { name: string }) => i.name)).toEqual(['王宏达']);
    expect(byCode.body).not.toContain(debtorCode);
  });

  it('stores the same search key as the application computes (migration 0003 mirrors searchKey)', async () => {
    await db.transaction((tx) =>
      insertSubjects(tx, [
        {
          kind: 'legal_person',
          name: '山东省泰安市 “宏达”·建材〔有限〕责任公司',
          code: uscc(),
          codeKind: 'uscc',
          formerNames: [{ name: '泰安市' }, { name: '泰安（泰安市）宏' }, { name: 'ＡＢＣ　股份有限公司（泰安）' }],
        },
      ]),
    );
    const { rows } = await db.query<{ name: string; name_core: string }>('SELECT name, name_core FROM subject_names');
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) expect(r.name_core, r.name).toBe(searchKey(r.name));
  });
});
