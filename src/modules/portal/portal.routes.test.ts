import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';
import { seedDemo } from '../demo/demo.load';

const { app, db } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
await seedDemo(db, { scale: 0.2, today: '2026-11-30', onlyIfEmpty: true });

describe('GET /api/v1/publicity/{licenses,penalties}', () => {
  it('lists licences in publicity, newest first, without natural persons', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/publicity/licenses?pageSize=50' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(100);
    const dates = body.items.map((i: { decisionDate: string }) => i.decisionDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    const { rows } = await db.query<{ kind: string }>(
      `SELECT DISTINCT s.kind FROM credit_records r JOIN subjects s ON s.id = r.subject_id WHERE r.id = ANY($1::bigint[])`,
      [body.items.map((i: { id: number }) => i.id)],
    );
    expect(rows.map((r) => r.kind)).not.toContain('natural_person');
  });

  it('filters by department, date range and category', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/publicity/penalties?department=scjgj&from=2025-01-01&to=2026-11-30&category=罚款&pageSize=100',
    });
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    for (const i of body.items) {
      expect(i.department.code).toBe('scjgj');
      expect(i.decisionDate >= '2025-01-01' && i.decisionDate <= '2026-11-30').toBe(true);
      expect(i.category).toContain('罚款');
      expect(i.publicityEnd > '2026-12-01').toBe(true);
    }
  });

  it('rejects a malformed date with the parameter named', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/publicity/penalties?from=2025/01/01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('查询参数无效：from 日期格式应为 YYYY-MM-DD');
  });
});

describe('GET /api/v1/lists/{listType}', () => {
  it('lists the court list with natural persons masked', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/lists/SXBZXR?pageSize=100' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.list).toEqual({ code: 'SXBZXR', name: expect.any(String), flag: 'black' });
    const personCodes = body.items.map((i: { subject: { code: string } }) => i.subject.code).filter((c: string) => c.includes('*'));
    expect(personCodes.length).toBeGreaterThan(0);
    const { rows } = await db.query<{ code: string }>(
      `SELECT s.code FROM list_entries e JOIN subjects s ON s.id = e.subject_id WHERE e.list_type = 'SXBZXR' AND s.kind = 'natural_person'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(JSON.stringify(body)).not.toContain(r.code);
  });

  it('lists only entries in force', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/lists/AJNSR?pageSize=100' });
    for (const i of res.json().items) expect(i.endDate === null || i.endDate > '2026-12-01').toBe(true);
  });

  it('answers 404 for something that is not a public list', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/lists/XZCF' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/lists/NOPE' })).statusCode).toBe(404);
  });
});
