import { describe, expect, it } from 'vitest';
import { createTestApp, latestAudit, signInAs } from '../../../test/app';
import { MEMORANDA } from './data/memoranda';

const { app, db } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
const operator = await signInAs(db, ['platform_operator']);
const deptUser = await signInAs(db, ['dept_operator'], 'czj');

describe('the measures catalogue', () => {
  it('is public and holds the shipped memoranda with their measures', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/measures' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.memoranda.map((m: { code: string }) => m.code).sort()).toEqual(MEMORANDA.map((m) => m.code).sort());
    const sd30 = body.memoranda.find((m: { code: string }) => m.code === 'SD-30');
    expect(sd30).toMatchObject({ docNo: '山东省社会信用条例第三十条', kind: 'punishment', version: 1 });
    expect(sd30.measures).toHaveLength(5);
    expect(body.scenarios).toContainEqual({ code: 'gov_procurement', name: '政府采购' });
  });

  it('is loaded once: a second start adds nothing', async () => {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM measures');
    expect(rows[0]!.n).toBe(MEMORANDA.reduce((s, m) => s + m.measures.length, 0));
  });
});

describe('PUT /api/v1/measures/{code}', () => {
  const body = {
    text: '限制失信被执行人参与政府采购活动（含框架协议采购）',
    legalBasis: '《中华人民共和国政府采购法》第二十二条',
    implementers: ['finance', 'public_resources_trading'],
    scenarios: ['gov_procurement'],
  };

  it('401 anonymous, 403 department user, 400 with the message', async () => {
    expect((await app.inject({ method: 'PUT', url: '/api/v1/measures/SXBZXR-2016-1', payload: body })).statusCode).toBe(401);
    const forbidden = await app.inject({
      method: 'PUT',
      url: '/api/v1/measures/SXBZXR-2016-1',
      payload: body,
      headers: { authorization: deptUser.authorization },
    });
    expect(forbidden.statusCode).toBe(403);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/v1/measures/SXBZXR-2016-1',
      payload: { ...body, scenarios: [] },
      headers: { authorization: operator.authorization },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'scenarios', message: '至少一个适用场景' })]);
  });

  it('adds a version, keeps the old one, audits the change, and ignores an identical retry', async () => {
    const headers = { authorization: operator.authorization };
    const res = await app.inject({ method: 'PUT', url: '/api/v1/measures/SXBZXR-2016-1', payload: body, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: 'SXBZXR-2016-1',
      version: 2,
      text: body.text,
      changedBy: expect.stringContaining('测试用户'),
    });
    const [event] = await latestAudit(db, 1);
    expect(event).toMatchObject({ action: 'measures.change', details: { version: 2 } });
    const again = await app.inject({ method: 'PUT', url: '/api/v1/measures/SXBZXR-2016-1', payload: body, headers });
    expect(again.json().version).toBe(2);
    const history = await app.inject({ method: 'GET', url: '/api/v1/measures/SXBZXR-2016-1/history', headers });
    expect(history.json().versions.map((v: { version: number; text: string }) => v.version)).toEqual([1, 2]);
    expect(history.json().versions[0].text).toBe('限制失信被执行人参与政府采购活动');
  });

  it('adds measures to a memorandum and retires them', async () => {
    const headers = { authorization: operator.authorization };
    const added = await app.inject({
      method: 'POST',
      url: '/api/v1/measures/memoranda/SD-28/measures',
      payload: {
        text: '暂停适用信用承诺制办理',
        legalBasis: '《山东省社会信用条例》第二十八条',
        implementers: ['administrative_approval'],
        scenarios: ['administrative_license'],
      },
      headers,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ code: 'SD-28-5', version: 1, kind: 'punishment' });
    const retired = await app.inject({
      method: 'PUT',
      url: '/api/v1/measures/SD-28-5',
      payload: {
        text: '暂停适用信用承诺制办理',
        legalBasis: '《山东省社会信用条例》第二十八条',
        implementers: ['administrative_approval'],
        scenarios: ['administrative_license'],
        status: 'retired',
      },
      headers,
    });
    expect(retired.json()).toMatchObject({ version: 2, status: 'retired' });
    const memo = await app.inject({
      method: 'PUT',
      url: '/api/v1/measures/memoranda/SD-28',
      payload: { title: '山东省社会信用条例——失信惩戒措施', kind: 'reward', listTypes: ['JYYC'] },
      headers,
    });
    expect(memo.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '备忘录的奖惩类别不能修改；如需变更请新建备忘录' });
  });
});
