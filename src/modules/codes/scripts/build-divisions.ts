/**
 * Builds `../data/divisions.json` from the reference `divisions.csv` (every PRC division code since
 * 1981; source: yescallop/areacodes result.csv, CC0 1.0, compiled from 民政部 publications).
 *
 *   npx tsx src/modules/codes/scripts/build-divisions.ts /work/shared/reference/divisions.csv
 *
 * Output: one code per line (readable diffs), value = one row, or an array of rows when the CSV has
 * several rows for the code (a code re-used or renamed). Row = [name, since, until | null, successors?,
 * parent?]: `successors` is the CSV's 新代码 field as written (`370923[1996];370832`, null when empty);
 * `parent` is the prefecture name at the time, stored only where it differs from the name the runtime
 * would derive (the latest name of code XXXX00, '' for 直辖), which keeps the file small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DivisionData, DivisionRow } from '../divisions';

interface CsvRow {
  code: string;
  prefecture: string;
  name: string;
  since: number;
  until: number | null;
  successors: string;
}

const HEADER = '代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码';

/** Parses the reference CSV (BOM optional). Throws on a header or row it does not understand. */
export function parseDivisionsCsv(text: string): CsvRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (lines[0] !== HEADER) throw new Error(`divisions.csv: unexpected header: ${lines[0] ?? ''}`);
  return lines.slice(1).map((line, i) => {
    // The file has no quoted fields; fail loudly rather than mis-split if that ever changes.
    const f = line.split(',');
    const [code = '', , prefecture = '', name = '', , status = '', since = '', until = '', successors = ''] = f;
    if (f.length !== 9 || line.includes('"') || !/^\d{6}$/.test(code) || !/^\d{4}$/.test(since)) {
      throw new Error(`divisions.csv line ${i + 2}: cannot parse: ${line}`);
    }
    if ((status === '在用') !== (until === '')) throw new Error(`divisions.csv line ${i + 2}: status/years disagree`);
    return { code, prefecture, name, since: Number(since), until: until ? Number(until) : null, successors };
  });
}

/** The compact JSON structure of the CSV rows (see the file comment), in CSV order. */
export function buildDivisions(rows: readonly CsvRow[]): DivisionData {
  // Latest name of each code: the row in use, else the one retired last (what the runtime derives).
  const latest = new Map<string, CsvRow>();
  for (const r of rows) {
    const seen = latest.get(r.code);
    if (!seen || rank(r) > rank(seen)) latest.set(r.code, r);
  }
  const data: DivisionData = {};
  for (const r of rows) {
    const row: DivisionRow = [r.name, r.since, r.until];
    const isCounty = !r.code.endsWith('00');
    const parent = r.prefecture === '直辖' ? '' : r.prefecture;
    const derived = latest.get(`${r.code.slice(0, 4)}00`)?.name ?? '';
    if (r.successors || (isCounty && parent !== derived)) row.push(r.successors || null);
    if (isCounty && parent !== derived) row.push(parent);
    const prev = data[r.code];
    if (prev === undefined) data[r.code] = row;
    else data[r.code] = isRowList(prev) ? [...prev, row] : [prev, row];
  }
  return data;
}

/** Serialises with one code per line so that regenerating shows meaningful diffs. */
export function serializeDivisions(data: DivisionData): string {
  const lines = Object.entries(data).map(([code, v]) => `${JSON.stringify(code)}:${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function rank(r: CsvRow): number {
  return r.until ?? Number.MAX_SAFE_INTEGER;
}

function isRowList(v: DivisionRow | DivisionRow[]): v is DivisionRow[] {
  return Array.isArray(v[0]);
}

export const DIVISIONS_JSON_PATH = fileURLToPath(new URL('../data/divisions.json', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const csvPath = process.argv[2];
  if (!csvPath) {
    console.error('usage: tsx build-divisions.ts <divisions.csv> [out.json]');
    process.exit(1);
  }
  const out = process.argv[3] ?? DIVISIONS_JSON_PATH;
  const data = buildDivisions(parseDivisionsCsv(readFileSync(csvPath, 'utf8')));
  writeFileSync(out, serializeDivisions(data));
  console.log(`wrote ${Object.keys(data).length} codes to ${out}`);
}
