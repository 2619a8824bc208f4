import type { CatalogItem } from '../catalog';
import type { DemoData } from './demo.types';

export interface ExportedTable {
  /** Chinese field names of the current 双公示 standard, as departments' spreadsheets carry them. */
  headers: string[];
  rows: string[][];
}

const toSlashDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v.replace(/-/g, '/') : v);

/**
 * The demo's licences or penalties as a department would export them: one row per decision, Chinese
 * headers, dates as YYYY/MM/DD. Used by the format-equivalence tests and the intake benchmark.
 */
export function exportDemoTable(data: DemoData, item: CatalogItem, kind: 'licenses' | 'penalties'): ExportedTable {
  const records = kind === 'licenses' ? data.licenses.map((l) => l.fields) : data.penalties.map((p) => p.fields);
  const used = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) used.add(k);
  const fields = item.fields.filter((f) => used.has(f.code));
  return {
    headers: fields.map((f) => f.name),
    rows: records.map((r) => fields.map((f) => toSlashDate(String((r as Record<string, string | undefined>)[f.code] ?? '')))),
  };
}
