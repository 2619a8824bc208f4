import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';
import { verifyAuditChain } from '../audit';
import { DEMO_API_CLIENT, DEMO_PASSWORD } from './demo.accounts';
import { seedDemo } from './demo.load';

const { app, db } = await createTestApp();
const result = await seedDemo(db, { scale: 0.2, today: '2026-12-01', onlyIfEmpty: true });

describe('seedDemo', () => {
  it('fills the three databases, the 双公示 records and the lists', async () => {
    expect(result).toBeDefined();
    const { rows } = await db.query<{ kind: string; n: number }>(
      'SELECT kind, count(*)::bigint AS n FROM subjects GROUP BY kind ORDER BY kind',
    );
    const counts = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(counts.legal_person).toBeGreaterThan(300);
    expect(counts.non_enterprise).toBeGreaterThan(40);
    expect(counts.natural_person).toBeGreaterThan(400);
    const items = await db.query<{ item_code: string; n: number }>(
      'SELECT item_code, count(*)::bigint AS n FROM credit_records GROUP BY item_code',
    );
    const byItem = Object.fromEntries(items.rows.map((r) => [r.item_code, r.n]));
    expect(byItem.XZXK).toBeGreaterThan(500);
    expect(byItem.XZCF).toBeGreaterThan(50);
    expect(result!.listEntries).toBeGreaterThan(10);
  });

  it('computes publicity windows from the rule in force on the decision date', async () => {
    const { rows } = await db.query<{ rule_version: string; decision_date: string; repair_from: string; publicity_end: string }>(
      `SELECT rule_version, decision_date, repair_from, publicity_end FROM credit_records WHERE item_code = 'XZCF' AND rule_version IS NOT NULL`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.rule_version).toBe(r.decision_date >= '2023-05-01' ? '2023-58' : '2019-527');
      expect(r.repair_from > r.decision_date).toBe(true);
      expect(r.publicity_end >= r.repair_from).toBe(true);
    }
  });

  it('links every record and entry to a subject of a fitting kind', async () => {
    const orphans = await db.query<{ n: number }>(
      `SELECT count(*)::bigint AS n FROM credit_records r LEFT JOIN subjects s ON s.id = r.subject_id WHERE s.id IS NULL`,
    );
    expect(orphans.rows[0]!.n).toBe(0);
    const persons = await db.query<{ n: number }>(
      `SELECT count(*)::bigint AS n FROM list_entries e JOIN subjects s ON s.id = e.subject_id
       WHERE s.kind = 'natural_person' AND e.list_type NOT IN ('SXBZXR')`,
    );
    expect(persons.rows[0]!.n).toBe(0);
  });

  it('creates demo accounts that can sign in, and a working API client', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.roles).toEqual(['platform_operator']);
    const basic = Buffer.from(`${DEMO_API_CLIENT.clientId}:${DEMO_API_CLIENT.secret}`).toString('base64');
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Basic ${basic}` } });
    expect(me.json()).toMatchObject({ kind: 'api_client', departmentCode: 'scjgj' });
  });

  it('serves a seeded enterprise publicly and keeps the audit chain intact', async () => {
    const { rows } = await db.query<{ code: string }>(`SELECT code FROM subjects WHERE kind = 'legal_person' ORDER BY id LIMIT 1`);
    const res = await app.inject({ method: 'GET', url: `/api/v1/subjects/${rows[0]!.code}` });
    expect(res.statusCode).toBe(200);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('does nothing the second time', async () => {
    expect(await seedDemo(db, { scale: 0.2, onlyIfEmpty: true })).toBeUndefined();
  });
});
