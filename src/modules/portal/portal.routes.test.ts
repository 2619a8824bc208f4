import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app';
import { seedDemo } from '../demo/demo.load';

const { app, db } = await createTestApp({ now: '2026-12-01T04:00:00Z' });
await seedDemo(db, { scale: 0.2, today: '2026-11-30', onlyIfEmpty: true });

const TODAY = '2026-12-01';

async function sqlCount(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: number }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

describe('GET /api/v1/stats/headline', () => {
  // Counted here independently of the portal's repository, straight from the tables of the demo seed.
  const inPublicity = (item: string) =>
    sqlCount(
      `SELECT count(*) AS n FROM credit_records r JOIN subjects s ON s.id = r.subject_id
       WHERE r.item_code = $1 AND r.is_current AND r.is_public AND r.status IN ('normal', 'objection')
         AND (r.publicity_start IS NULL OR r.publicity_start <= $2) AND (r.publicity_end IS NULL OR r.publicity_end > $2)
         AND s.kind <> 'natural_person'`,
      [item, TODAY],
    );
  const listsInForce = (flag: string) =>
    sqlCount(
      `SELECT count(*) AS n FROM list_entries e JOIN subjects s ON s.id = e.subject_id
         JOIN catalog_items c ON c.code = e.list_type AND c.is_current
       WHERE c.list_flag = $1 AND c.disclosure = 'public' AND e.status = 'published'
         AND e.start_date <= $2 AND (e.end_date IS NULL OR e.end_date > $2)
         AND (s.kind <> 'natural_person' OR c.definition->>'naturalPersonDisclosure' = 'public')`,
      [flag, TODAY],
    );

  it('counts the public figures live from the database, as the listings count them', async () => {
    // Two reports issued before the first request, so the count is not trivially zero.
    const { rows: firms } = await db.query<{ code: string }>(`SELECT code FROM subjects WHERE kind = 'legal_person' ORDER BY id LIMIT 2`);
    for (const f of firms)
      expect((await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { subject: f.code } })).statusCode).toBe(201);

    const res = await app.inject({ method: 'GET', url: '/api/v1/stats/headline' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    const kinds = (k: string) => sqlCount(`SELECT count(*) AS n FROM subjects WHERE kind = $1`, [k]);
    expect(body).toEqual({
      asOf: TODAY,
      subjects: {
        legalPerson: await kinds('legal_person'),
        nonEnterprise: await kinds('non_enterprise'),
        naturalPerson: await kinds('natural_person'),
      },
      publicity: { licenses: await inPublicity('XZXK'), penalties: await inPublicity('XZCF') },
      lists: { red: await listsInForce('red'), black: await listsInForce('black') },
      reportsIssued: await sqlCount(`SELECT count(*) AS n FROM credit_reports`),
      providingDepartments: await sqlCount(
        `SELECT count(DISTINCT id) AS n FROM departments d
         WHERE EXISTS (SELECT 1 FROM credit_records r WHERE r.provider_id = d.id) OR EXISTS (SELECT 1 FROM list_entries e WHERE e.department_id = d.id)`,
      ),
    });
    expect(body.reportsIssued).toBe(2);
    for (const n of [body.subjects.legalPerson, body.subjects.nonEnterprise, body.publicity.licenses, body.publicity.penalties])
      expect(n).toBeGreaterThan(0);
    expect(body.lists.red).toBeGreaterThan(0);
    expect(body.lists.black).toBeGreaterThan(0);
    expect(body.providingDepartments).toBeGreaterThan(1);
  });

  it('agrees with the totals of the 双公示 and list pages', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/v1/stats/headline' })).json();
    const total = async (url: string) => (await app.inject({ method: 'GET', url })).json().total as number;
    expect(body.publicity.licenses).toBe(await total('/api/v1/publicity/licenses?pageSize=1'));
    expect(body.publicity.penalties).toBe(await total('/api/v1/publicity/penalties?pageSize=1'));
    const { rows: lists } = await db.query<{ code: string; list_flag: string }>(
      `SELECT code, list_flag FROM catalog_items WHERE is_current AND list_flag IN ('red', 'black') AND disclosure = 'public'`,
    );
    let red = 0;
    let black = 0;
    for (const l of lists) {
      const n = await total(`/api/v1/lists/${l.code}?pageSize=1`);
      if (l.list_flag === 'red') red += n;
      else black += n;
    }
    expect(body.lists).toEqual({ red, black });
  });

  it('is documented in Chinese in the OpenAPI reference', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const op = doc.paths['/api/v1/stats/headline'].get;
    expect(op.summary).toBe('首页数据概况');
    const schema = op.responses['200'].content['application/json'].schema;
    expect(schema.properties.publicity.properties.licenses.description).toContain('正在公示的行政许可');
    expect(schema.properties.subjects.properties.naturalPerson.description).toContain('仅统计数量');
  });
});

describe('GET /api/v1/regions', () => {
  it('lists the counties and zones of the profile under the city', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.region).toEqual({ code: '370900', name: '泰安市', level: 'city' });
    expect(body.items.map((r: { name: string }) => r.name)).toEqual([
      '泰山区',
      '岱岳区',
      '新泰市',
      '肥城市',
      '宁阳县',
      '东平县',
      '泰安高新技术产业开发区',
      '泰山景区',
    ]);
    expect(body.items.filter((r: { level: string }) => r.level === 'zone').map((r: { code: string }) => r.code)).toEqual([
      'TA-GXQ',
      'TA-TSJQ',
    ]);
  });
});

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

  it('filters by the region of the subject', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/publicity/licenses?region=370982&pageSize=100' });
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    const all = (await app.inject({ method: 'GET', url: '/api/v1/publicity/licenses?pageSize=1' })).json();
    expect(body.total).toBeLessThan(all.total);
    const { rows } = await db.query<{ region_code: string }>(`SELECT DISTINCT region_code FROM subjects WHERE id = ANY($1::bigint[])`, [
      body.items.map((i: { subject: { id: number } }) => i.subject.id),
    ]);
    expect(rows.map((r) => r.region_code)).toEqual(['370982']);
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
