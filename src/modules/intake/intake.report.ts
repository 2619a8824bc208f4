import type { Queryable } from '../../db/db';
import { csvWithBom } from './intake.csv';
import { findBatch, listResults } from './intake.repository';

/**
 * The rejection report of a batch: one line per problem (行号, 字段, 错误代码, 错误说明) followed by the
 * row's original cells, as UTF-8 CSV with BOM (opens in Excel). Cells are escaped against formula
 * injection by the CSV writer.
 */
export async function rejectionReport(q: Queryable, batchId: number): Promise<{ csv: Buffer; rows: number }> {
  const lines: (string | number | null)[][] = [];
  // The file's own column order, then any key only some rows carried (JSON records).
  const headers: string[] = [...((await findBatch(q, batchId))?.headers ?? [])];
  const seen = new Set<string>(headers);
  const pages: Awaited<ReturnType<typeof listResults>>['rows'][] = [];
  for (let offset = 0; ; offset += 5000) {
    const { rows } = await listResults(q, batchId, { status: 'rejected', limit: 5000, offset });
    if (rows.length === 0) break;
    pages.push(rows);
    for (const r of rows) {
      for (const k of Object.keys(r.raw ?? {})) {
        if (seen.has(k)) continue;
        seen.add(k);
        headers.push(k);
      }
    }
  }
  let count = 0;
  for (const rows of pages) {
    for (const r of rows) {
      count++;
      const original = headers.map((h) => r.raw?.[h] ?? '');
      for (const e of r.errors) lines.push([r.row_no, e.fieldName ?? e.field ?? '', e.code, e.message, ...original]);
    }
  }
  return { csv: csvWithBom([['行号', '字段', '错误代码', '错误说明', ...headers.map((h) => `原数据：${h}`)], ...lines]), rows: count };
}
