import { describe, expect, it } from 'vitest';
import { createTestApp, latestAudit, signInAs } from '../../../test/app';
import { findOrCreateSubject } from './subjects.service';

const { app, db } = await createTestApp();

const company = await db.transaction((tx) =>
  findOrCreateSubject(tx, {
    code: '91350100M000100Y43',
    name: '泰安市宏达建材有限公司',
    region: '370902',
    info: { legalRepresentative: '王建国', establishedOn: '2016-03-01', registeredCapital: '500' },
  }),
);
const person = await db.transaction((tx) => findOrCreateSubject(tx, { code: '11010519491231002X', name: '李秀英' }));

describe('GET /api/v1/subjects/{codeOrId}', () => {
  it('returns the public basic information of an enterprise', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/subjects/91350100M000100Y43' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: company.subject.id,
      kind: 'legal_person',
      database: '企业法人库',
      name: '泰安市宏达建材有限公司',
      code: '91350100M000100Y43',
      codeKindLabel: '统一社会信用代码',
      categoryLabel: '企业',
      region: { code: '370902', name: '泰山区' },
      registration: { legalRepresentative: '王建国', establishedOn: '2016-03-01', registeredCapital: '500' },
    });
    expect(res.json().sections.map((s: { title: string }) => s.title)).toContain('行政管理信息');
  });

  it('normalises the code as typed by a person (spaces, lower case, full width)', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/subjects/${encodeURIComponent(' ９１３５０１００m000100y43 ')}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(company.subject.id);
  });

  it('answers a natural person exactly like an unknown code', async () => {
    const hidden = await app.inject({ method: 'GET', url: '/api/v1/subjects/11010519491231002X' });
    const byId = await app.inject({ method: 'GET', url: `/api/v1/subjects/${person.subject.id}` });
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/subjects/91110000600037341L' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(unknown.json());
    expect(byId.json()).toEqual(unknown.json());
    expect(hidden.body).not.toContain('李秀英');
  });
});

describe('GET /api/v1/admin/subjects/{codeOrId} (non-public)', () => {
  it('answers 401 without credentials', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/admin/subjects/11010519491231002X?purpose=核查' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 400 naming the parameter for an over-long purpose', async () => {
    const { authorization } = await signInAs(db, ['platform_operator']);
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/admin/subjects/1?purpose=${'长'.repeat(201)}`,
      headers: { authorization },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^查询参数无效：purpose/);
  });

  it('answers 403 for a department operator and an auditor', async () => {
    for (const [roles, dept] of [
      [['dept_operator'], 'scjgj'],
      [['auditor'], undefined],
    ] as const) {
      const { authorization } = await signInAs(db, [...roles], dept);
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/admin/subjects/11010519491231002X?purpose=核查',
        headers: { authorization },
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('returns the full record to a platform operator and audits the read in the same transaction', async () => {
    const { authorization } = await signInAs(db, ['platform_operator']);
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/admin/subjects/11010519491231002X?purpose=异议核查',
      headers: { authorization },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'natural_person', database: '自然人库', code: '11010519491231002X', name: '李秀英' });
    const [event] = await latestAudit(db, 1);
    expect(event).toMatchObject({ action: 'subject.read_private', subject_id: person.subject.id, details: { purpose: '异议核查' } });
  });
});
