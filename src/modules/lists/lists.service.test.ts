import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import type { Clock } from '../../shared/clock';
import { ANONYMOUS, SYSTEM_PRINCIPAL, createUser, findDepartment, type Principal } from '../auth';
import { makeUscc, seededRandom } from '../codes/generate';
import { submitBatch } from '../intake/intake.service';
import { getPublicProfile } from '../portal';
import { findOrCreateSubject } from '../subjects';
import { expireEntries, getEntry, listEntries, proposeEntry, transitionEntry } from './lists.service';

const db = await createTestDb();
let now = new Date('2026-12-01T04:00:00Z');
const clock: Clock = { now: () => now };
const rand = seededRandom(11);

async function deptPrincipal(code: string): Promise<Principal> {
  const dept = (await findDepartment(db, code))!;
  const id = await createUser(
    { db, system: true },
    {
      username: `op-${code}`,
      displayName: `${dept.short_name}经办人`,
      password: 'Test-Passw0rd!',
      roles: ['dept_operator'],
      department: code,
    },
  );
  return { kind: 'user', id, name: `${dept.short_name}经办人`, roles: ['dept_operator'], departmentId: dept.id, departmentCode: code };
}
const tax = { db, clock, principal: await deptPrincipal('swj') };
const market = { db, clock, principal: await deptPrincipal('scjgj') };
const system = { db, clock, principal: SYSTEM_PRINCIPAL };

async function subject(name: string): Promise<string> {
  const code = makeUscc({ rand });
  await db.transaction((tx) => findOrCreateSubject(tx, { code, name }));
  return code;
}

async function auditActions(n: number): Promise<string[]> {
  const { rows } = await db.query<{ action: string }>('SELECT action FROM audit_events ORDER BY seq DESC LIMIT $1', [n]);
  return rows.map((r) => r.action);
}

describe('red list: announcement before publication', () => {
  it('announces for 5 working days, publishes after, and keeps the history', async () => {
    now = new Date('2026-12-01T04:00:00Z');
    const code = await subject('泰安市守信机械有限公司');
    const entry = await proposeEntry(tax, {
      listType: 'AJNSR',
      subject: code,
      docNo: '泰税A〔2026〕1号',
      reason: '2025 年度纳税信用评价为 A 级',
      legalBasis: '纳税信用管理办法',
    });
    expect(entry).toMatchObject({ status: 'proposed', endDate: '2027-12-01', actions: ['announce', 'end'] });
    await expect(
      transitionEntry(tax, entry.id, { action: 'notify', notice: { servedOn: '2026-12-01', method: '直接送达', measures: '—' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: '拟列入的名单条目不能书面告知：红名单应公示，不适用书面告知',
    });
    const announced = await transitionEntry(tax, entry.id, { action: 'announce' });
    expect(announced).toMatchObject({ status: 'announced', announceFrom: '2026-12-01', announceTo: '2026-12-08' });
    now = new Date('2026-12-08T04:00:00Z');
    await expect(transitionEntry(tax, entry.id, { action: 'publish' })).rejects.toMatchObject({ code: 'OBJECTION_PERIOD_OPEN' });
    now = new Date('2026-12-09T01:00:00Z');
    const published = await transitionEntry(tax, entry.id, { action: 'publish' });
    expect(published).toMatchObject({ status: 'published', actions: ['end'] });
    expect(await auditActions(1)).toEqual(['list.transition']);
    const full = await getEntry(tax, entry.id);
    expect(full.history.map((h) => `${h.action}:${h.from ?? '-'}→${h.to}`)).toEqual([
      'propose:-→proposed',
      'announce:proposed→announced',
      'publish:announced→published',
    ]);
  });

  it('refuses lists another department decides', async () => {
    const code = await subject('泰安市某商贸有限公司');
    await expect(
      proposeEntry(market, { listType: 'AJNSR', subject: code, docNo: 'x', reason: 'x', legalBasis: 'x' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '本部门不是“A级纳税人名单”的认定部门',
    });
  });
});

describe('black list: written notice, objection period, publication, exit', () => {
  it('counts the objection period in working days across a weekend and ends the entry after repair', async () => {
    now = new Date('2026-12-04T04:00:00Z'); // a Friday
    const code = await subject('泰安市失信建材有限公司');
    const input = {
      listType: 'ZDSSWF',
      subject: code,
      docNo: '泰税稽罚〔2026〕20号',
      reason: '偷税',
      legalBasis: '税收征收管理法第六十三条',
    };
    const entry = await proposeEntry(tax, input);
    expect((await proposeEntry(tax, input)).id).toBe(entry.id); // a retried proposal is the same entry
    const notified = await transitionEntry(tax, entry.id, {
      action: 'notify',
      notice: { servedOn: '2026-12-04', method: '邮寄送达', measures: '禁止参加政府采购活动' },
    });
    // 5 working days after Friday 4 December: Mon 7 … Fri 11.
    expect(notified.notice).toMatchObject({ objectBy: '2026-12-11', basis: '税收征收管理法第六十三条', reasons: '偷税' });
    now = new Date('2026-12-14T02:00:00Z');
    expect(await transitionEntry(tax, entry.id, { action: 'publish' })).toMatchObject({ status: 'published' });
    await expect(transitionEntry(tax, entry.id, { action: 'end' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const ended = await transitionEntry(tax, entry.id, { action: 'end', reason: 'repaired', note: '已缴清税款' });
    expect(ended).toMatchObject({ status: 'ended', endReason: 'repaired', endedOn: '2026-12-14', actions: [] });
    await expect(transitionEntry(tax, entry.id, { action: 'publish' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it("hides other departments' entries from the console", async () => {
    const mine = await listEntries(tax, { page: 1, pageSize: 100 });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.department === '国家税务总局泰安市税务局')).toBe(true);
    expect((await listEntries(market, { page: 1, pageSize: 100 })).total).toBe(0);
    const any = mine.items[0]!;
    await expect(getEntry(market, any.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('expiry job', () => {
  it('ends entries on their end date, not the day before, once', async () => {
    now = new Date('2026-12-01T04:00:00Z');
    const code = await subject('泰安市到期物流有限公司');
    const entry = await proposeEntry(tax, {
      listType: 'ZDSSWF',
      subject: code,
      docNo: '泰税稽罚〔2026〕30号',
      reason: '逃避追缴欠税',
      legalBasis: '税收征收管理法第六十五条',
      startDate: '2023-12-20',
      endDate: '2026-12-20',
    });
    await transitionEntry(tax, entry.id, {
      action: 'notify',
      notice: { servedOn: '2026-12-01', method: '直接送达', measures: '限制取得政府供应土地' },
    });
    now = new Date('2026-12-10T04:00:00Z');
    await transitionEntry(tax, entry.id, { action: 'publish' });
    now = new Date('2026-12-19T15:00:00Z'); // 23:00 on the 19th in Beijing
    await expireEntries(db, now);
    expect((await getEntry(system, entry.id)).status).toBe('published');
    now = new Date('2026-12-19T16:00:00Z'); // midnight: the 20th in Beijing
    expect(await expireEntries(db, now)).toBeGreaterThanOrEqual(1);
    const ended = await getEntry(system, entry.id);
    expect(ended).toMatchObject({ status: 'ended', endReason: 'expired', endedOn: '2026-12-20' });
    expect(ended.history.at(-1)).toMatchObject({ action: 'expire', actor: '系统（定时任务）' });
    expect(await auditActions(1)).toEqual(['list.expire']);
    expect(await expireEntries(db, now)).toBe(0);
  });
});

describe('entries from intake', () => {
  it('ends the entry when the department reports the removal', async () => {
    now = new Date('2026-12-01T04:00:00Z');
    const code = makeUscc({ rand });
    const header = 'ZTMC,TYSHXYDM,AJXZ,LRYY,RDYJ,JDWSH,LRRQ,RDBM,MDZT,YCRQ';
    const send = (status: string, removed: string) =>
      submitBatch(system, {
        department: 'swj',
        item: 'ZDSSWF',
        origin: 'cli',
        source: {
          buffer: Buffer.from(
            `${header}\n泰安市报送商贸有限公司,${code},偷税,偷税,法,泰税稽罚〔2026〕40号,2026-03-01,国家税务总局泰安市税务局,${status},${removed}`,
          ),
        },
      });
    expect(await send('在列', '')).toMatchObject({ accepted: 1 });
    const find = async () =>
      (
        await db.query<{ id: number; status: string; end_reason: string | null; ended_on: string | null }>(
          `SELECT e.id, e.status, e.end_reason, e.ended_on FROM list_entries e JOIN subjects s ON s.id = e.subject_id WHERE s.code = $1`,
          [code],
        )
      ).rows;
    expect(await find()).toEqual([expect.objectContaining({ status: 'published', end_reason: null })]);
    // The profile shows the decision once, through its entry, not also as a record.
    const shown = async () => (await getPublicProfile({ ...system, principal: ANONYMOUS }, code)).sections.flatMap((x) => x.items);
    expect((await shown()).map((i) => `${i.kind}:${i.item}`)).toEqual(['list_entry:ZDSSWF']);
    expect(await send('已移出', '2026-11-20')).toMatchObject({ updated: 1 });
    const [after] = await find();
    expect(after).toMatchObject({ status: 'ended', end_reason: 'removed', ended_on: '2026-11-20' });
    expect(await shown()).toEqual([]);
    const history = await getEntry(system, after!.id);
    expect(history.history.map((h) => h.action)).toEqual(['intake', 'end']);
  });
});
