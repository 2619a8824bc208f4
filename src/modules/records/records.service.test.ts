import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import { fixedClock } from '../../shared/clock';
import { SYSTEM_PRINCIPAL } from '../auth';
import { submitBatch } from '../intake/intake.service';
import { expirePublicity } from './records.service';

const db = await createTestDb();
const HEADER =
  '行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,当前状态';
await submitBatch(
  { db, principal: SYSTEM_PRINCIPAL, clock: fixedClock('2026-11-30T04:00:00Z') },
  {
    department: 'sthjj',
    origin: 'cli',
    source: {
      buffer: Buffer.from(
        `${HEADER}\n泰安市宏达建材有限公司,法人及非法人组织,91350100M000100Y43,,,泰环罚〔2023〕7号,超标排放,超标排放,《中华人民共和国大气污染防治法》第九十九条,罚款,罚款2万元,2,2023/12/01,泰安市生态环境局,`,
      ),
    },
  },
);
const status = async () =>
  (
    await db.query<{ status: string; publicity_end: string }>(
      `SELECT status, publicity_end FROM credit_records WHERE doc_no = '泰环罚〔2023〕7号'`,
    )
  ).rows[0];

describe('expirePublicity', () => {
  it('ends publicity on the end date (three years under the 2023 rule), not before, once', async () => {
    expect(await status()).toEqual({ status: 'normal', publicity_end: '2026-12-01' });
    expect(await expirePublicity(db, new Date('2026-11-30T15:59:00Z'))).toBe(0); // 23:59 on 30 November in Beijing
    expect((await status())!.status).toBe('normal');
    expect(await expirePublicity(db, new Date('2026-11-30T16:00:00Z'))).toBe(1); // midnight: 1 December
    expect((await status())!.status).toBe('expired');
    const { rows } = await db.query<{ action: string }>('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1');
    expect(rows[0]!.action).toBe('records.expire');
    expect(await expirePublicity(db, new Date('2026-12-02T00:00:00Z'))).toBe(0);
  });
});
