import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import { recordAudit, verifyAuditChain } from './audit.service';

const db = await createTestDb();
const actor = { kind: 'user' as const, id: '7', name: '审计测试', ip: '127.0.0.1' };

async function appendFive(): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < 5; i++) {
    seqs.push(
      await db.transaction((tx) =>
        recordAudit(tx, actor, { action: 'subject.read_private', subjectId: 100 + i, details: { purpose: `核查 ${i}`, n: i } }),
      ),
    );
  }
  return seqs;
}

describe('audit hash chain', () => {
  it('appends gapless events and verifies the whole chain', async () => {
    const before = (await verifyAuditChain(db)).headSeq;
    const seqs = await appendFive();
    expect(seqs).toEqual([before + 1, before + 2, before + 3, before + 4, before + 5]);
    const res = await verifyAuditChain(db, 2);
    expect(res).toEqual({ ok: true, checked: before + 5, headSeq: before + 5 });
  });

  it('rolls the event back with the transaction it belongs to', async () => {
    const head = (await verifyAuditChain(db)).headSeq;
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, actor, { action: 'user.create' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifyAuditChain(db)).headSeq).toBe(head);
  });

  it('names the first event whose content was changed by hand', async () => {
    const [, second] = await appendFive();
    await db.query(`UPDATE audit_events SET details = '{"purpose":"改过了","n":1}'::jsonb WHERE seq = $1`, [second]);
    const res = await verifyAuditChain(db);
    expect(res.ok).toBe(false);
    expect(res.broken).toEqual({ seq: second, reason: `第 ${second} 条审计记录的内容与其哈希不符（记录被改动）` });
  });

  it('detects a deleted event', async () => {
    const tdb = await createTestDb();
    for (let i = 0; i < 3; i++) await tdb.transaction((tx) => recordAudit(tx, actor, { action: 'audit.read' }));
    const head = (await verifyAuditChain(tdb)).headSeq;
    await tdb.query('DELETE FROM audit_events WHERE seq = $1', [head - 1]);
    const res = await verifyAuditChain(tdb);
    expect(res.broken).toEqual({ seq: head - 1, reason: `第 ${head - 1} 条审计记录缺失` });
  });

  it('detects an event whose hash was recomputed without relinking the next one', async () => {
    const tdb = await createTestDb();
    for (let i = 0; i < 3; i++) await tdb.transaction((tx) => recordAudit(tx, actor, { action: 'audit.read' }));
    const head = (await verifyAuditChain(tdb)).headSeq;
    await tdb.query(`UPDATE audit_events SET hash = repeat('a', 64) WHERE seq = $1`, [head - 1]);
    const res = await verifyAuditChain(tdb);
    expect(res.ok).toBe(false);
    expect(res.broken?.seq).toBe(head - 1);
  });
});
