import ExcelJS from '../../shared/exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/harness';
import { fixedClock } from '../../shared/clock';
import { SYSTEM_PRINCIPAL } from '../auth';
import { CATALOG_ITEMS } from '../catalog';
import { exportDemoTable } from '../demo/demo.export';
import { generateDemo } from '../demo';
import { listDepartments } from '../auth';
import { toCsvLine } from './intake.csv';
import { submitBatch } from './intake.service';

const clock = fixedClock('2026-12-01T04:00:00Z');
const template = await createTestDb();
const departments = (await listDepartments(template)).map((d) => ({
  code: d.code,
  name: d.name,
  functions: d.functions,
  region: d.region_code,
}));
const demo = generateDemo({ scale: 0.05, today: '2026-11-30', departments });
// One department's decisions (a department sends its own): 市场监管's licences.
const scjgj = { ...demo, licenses: demo.licenses.filter((l) => l.departmentCode === 'scjgj') };
const table = exportDemoTable(
  scjgj,
  CATALOG_ITEMS.find((i) => i.code === 'XZXK')!,
  'licenses',
);

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('行政许可');
  ws.addRow(table.headers);
  for (const r of table.rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvText = [table.headers, ...table.rows].map((r) => toCsvLine(r)).join('\r\n');
const files: [string, Buffer][] = [
  ['licences-utf8.csv', Buffer.from(csvText)],
  ['licences-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText)])],
  ['licences-gbk.csv', iconv.encode(csvText, 'gbk')],
  ['licences.xlsx', await xlsx()],
  [
    'licences.jsonl',
    Buffer.from(table.rows.map((r) => JSON.stringify(Object.fromEntries(table.headers.map((h, i) => [h, r[i]])))).join('\n')),
  ],
];

async function importAndSnapshot(name: string, buffer: Buffer) {
  const db = await createTestDb();
  const res = await submitBatch(
    { db, principal: SYSTEM_PRINCIPAL, clock },
    { department: 'scjgj', source: { buffer, filename: name }, origin: 'api_file' },
  );
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT r.record_key, r.content_hash, r.fields, r.status, r.decision_date, r.publicity_end, s.code, s.name, s.kind
     FROM credit_records r JOIN subjects s ON s.id = r.subject_id ORDER BY r.record_key`,
  );
  return { res, rows };
}

describe('the same export in every format', () => {
  it('has rows to compare', () => {
    expect(table.rows.length).toBeGreaterThan(50);
  });

  it('gives identical database contents from UTF-8, UTF-8 with BOM, GBK CSV, XLSX and JSONL', async () => {
    const snapshots = [];
    for (const [name, buffer] of files) snapshots.push({ name, ...(await importAndSnapshot(name, buffer)) });
    const [first, ...rest] = snapshots;
    expect(first!.res).toMatchObject({ status: 'completed', rejected: 0, accepted: table.rows.length });
    for (const s of rest) {
      expect(s.res, s.name).toMatchObject({ status: 'completed', rejected: 0, accepted: table.rows.length });
      expect(s.rows, s.name).toEqual(first!.rows);
    }
  }, 120_000);
});
