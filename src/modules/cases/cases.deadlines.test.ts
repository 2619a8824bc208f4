import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import type { Clock } from '../../shared/clock';
import { ANONYMOUS, SYSTEM_PRINCIPAL } from '../auth';
import { submitBatch } from '../intake/intake.service';
import { getPublicProfile } from '../portal';
import { fileObjection, fileRepair, transitionCase } from './cases.service';

// Deadlines run in working days from receipt over the shipped holiday calendar (调休 Saturdays count).
const db = await createTestDb();
let now = new Date('2026-02-13T02:00:00Z');
const clock: Clock = { now: () => now };
const system = { db, clock, principal: SYSTEM_PRINCIPAL };
const publicCtx = { db, clock, principal: ANONYMOUS };
const operator = { db, clock, principal: { ...SYSTEM_PRINCIPAL, name: '平台运营管理员' } };
const CODE = '91350100M000100Y43';
const HEADER =
  '行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,当前状态';
const row = (doc: string, date: string) =>
  `泰安市宏达建材有限公司,法人及非法人组织,${CODE},,,${doc},超标排放,超标排放,《中华人民共和国大气污染防治法》第九十九条,罚款,罚款2万元,2,${date},泰安市生态环境局,`;
await submitBatch(system, {
  department: 'sthjj',
  origin: 'cli',
  source: { buffer: Buffer.from([HEADER, row('泰环罚〔2025〕1号', '2025/12/01'), row('泰环罚〔2025〕2号', '2025/12/02')].join('\n')) },
});
const recordId = async (doc: string) =>
  (await getPublicProfile(publicCtx, CODE)).sections.flatMap((s) => s.items).find((i) => i.docNo === doc)!.id;
const applicant = { name: '王经理', phone: '0538-6201234' };

describe('case deadlines in working days', () => {
  it('objection received on the Friday before 春节 2026: 3 working days → 2-25, 7 → 3-02 (2-14 Saturday worked)', async () => {
    now = new Date('2026-02-13T02:00:00Z');
    const filed = await fileObjection(publicCtx, {
      subject: CODE,
      recordId: await recordId('泰环罚〔2025〕1号'),
      grounds: 'wrong',
      description: '处罚决定已被复议机关撤销。',
      applicant,
    });
    expect(filed).toMatchObject({ receivedOn: '2026-02-13', deadline: '2026-02-25' });
    await transitionCase(operator, filed.caseNo, { action: 'accept' });
    now = new Date('2026-02-24T02:00:00Z');
    const routed = await transitionCase(operator, filed.caseNo, { action: 'route' });
    // The 7-day clock also runs from receipt, not from routing.
    expect(routed.deadline).toBe('2026-03-02');
    expect(routed.overdue).toBe(false);
    // Routed, the case is the provider's to decide; the platform cannot decide it any more.
    await expect(
      transitionCase(operator, filed.caseNo, { action: 'decide', outcome: 'upheld', note: '原处罚决定有效' }),
    ).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: '“作出处理决定”应由承办部门办理',
    });
  });

  it('repair received the day before 国庆 2026: 10 working days counting the worked Saturday 10-10', async () => {
    now = new Date('2026-09-30T02:00:00Z');
    const filed = await fileRepair(publicCtx, {
      subject: CODE,
      recordId: await recordId('泰环罚〔2025〕2号'),
      description: '已缴纳罚款并完成整改。',
      applicant,
      commitment: true,
      evidence: [{ fileName: '凭证.pdf', content: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') }],
    });
    // 10-08, 10-09, 10-10 (Saturday worked), 10-12 … 10-16, 10-19, 10-20.
    expect(filed).toMatchObject({ receivedOn: '2026-09-30', deadline: '2026-10-20' });
  });
});
