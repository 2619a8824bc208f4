import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import { fixedClock } from '../../shared/clock';
import { ANONYMOUS, SYSTEM_PRINCIPAL } from '../auth';
import { submitBatch } from '../intake/intake.service';
import { insertEntries, publishedEntry } from '../lists';
import { findOrCreateSubject } from '../subjects';
import { getPublicProfile } from './portal.profile';

const db = await createTestDb();
const clock = fixedClock('2026-12-01T04:00:00Z');
const system = { db, principal: SYSTEM_PRINCIPAL, clock };
const visitor = { db, principal: ANONYMOUS, clock };

const HEADER =
  '行政相对人名称,行政相对人类别,行政相对人代码_1（统一社会信用代码）,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚机关,当前状态,失信程度';
const row = (doc: string, date: string, status = '', who = '泰安市宏达建材有限公司,法人及非法人组织,91350100M000100Y43,,') =>
  `${who},${doc},违反价格管理规定,未明码标价,《中华人民共和国价格法》第四十二条,罚款;警告,罚款0.5万元,0.5,${date},泰安市市场监督管理局,${status},一般`;

await submitBatch(system, {
  department: 'scjgj',
  origin: 'cli',
  source: {
    buffer: Buffer.from(
      [
        HEADER,
        row('泰市监罚〔2026〕1号', '2026/11/02'),
        row('泰市监罚〔2026〕2号', '2026/10/02', '撤销'),
        row('泰市监罚〔2020〕3号', '2020/03/02'),
        row('泰市监罚〔2026〕4号', '2026/11/03', '', '李秀英,自然人,,身份证,11010519491231002X'),
      ].join('\n'),
    ),
  },
});
const person = await db.transaction((tx) => findOrCreateSubject(tx, { code: '120103198806018241', name: '赵敏' }));
const { rows: courts } = await db.query<{ id: number }>(`SELECT id FROM departments WHERE code = 'zy'`);
await db.transaction((tx) =>
  insertEntries(
    tx,
    [
      publishedEntry(
        {
          subjectId: person.subject.id,
          listType: 'SXBZXR',
          departmentId: courts[0]!.id,
          docNo: '(2026)鲁0902执123号',
          reason: '有履行能力而拒不履行生效法律文书确定义务',
          legalBasis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条',
          startDate: '2026-06-01',
          endDate: '2028-06-01',
          details: {},
        },
        '2026-12-01',
      ),
    ],
    new Date(),
  ),
);

describe('getPublicProfile', () => {
  it('shows the penalties in publicity, with provider, status and publicity end; not the revoked or expired ones', async () => {
    const profile = await getPublicProfile(visitor, '91350100M000100Y43');
    expect(profile.sections.map((s) => s.title)).toEqual([
      '行政管理信息',
      '诚实守信相关荣誉信息',
      '严重失信主体名单',
      '经营异常名录',
      '信用承诺',
      '信用评价',
      '司法判决及执行',
      '职称和职业资格',
      '其他',
    ]);
    const admin = profile.sections.find((s) => s.key === 'administration')!;
    expect(admin.items.map((i) => i.docNo)).toEqual(['泰市监罚〔2026〕1号']);
    expect(admin.items[0]).toMatchObject({
      itemName: '行政处罚信息',
      provider: '泰安市市场监督管理局',
      decisionDate: '2026-11-02',
      publicityStatus: '公示中',
      publicityEnd: '2029-11-02',
    });
    expect(admin.items[0]!.fields).toContainEqual({ code: 'CF_NR_FK', name: '罚款金额（万元）', value: '0.5' });
  });

  it('shows enumerated fields by their Chinese labels, not the stored codes', async () => {
    const profile = await getPublicProfile(visitor, '91350100M000100Y43');
    const fields = profile.sections.find((s) => s.key === 'administration')!.items[0]!.fields;
    expect(fields).toContainEqual({ code: 'CF_SXCD', name: '失信程度', value: '一般' });
    expect(fields).toContainEqual({ code: 'CF_CFLB', name: '处罚类别', value: '罚款、警告' });
  });

  it("never shows a natural person's penalty, and hides the person entirely", async () => {
    await expect(getPublicProfile(visitor, '11010519491231002X')).rejects.toThrow('未找到该信用主体');
  });

  it('shows a person named by the court list, with the identifier masked and only that entry', async () => {
    const profile = await getPublicProfile(visitor, '120103198806018241');
    expect(profile.code).toBe('120103********8241');
    expect(JSON.stringify(profile)).not.toContain('120103198806018241');
    const items = profile.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.item)).toEqual(['SXBZXR']);
    expect(items[0]).toMatchObject({ provider: '泰安市中级人民法院', docNo: '(2026)鲁0902执123号' });
  });

  it('stops showing the court entry once it has ended', async () => {
    const later = { ...visitor, clock: fixedClock('2028-06-02T04:00:00Z') };
    await expect(getPublicProfile(later, '120103198806018241')).rejects.toThrow('未找到该信用主体');
  });
});
