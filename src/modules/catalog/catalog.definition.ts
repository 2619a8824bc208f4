import crypto from 'node:crypto';
import type { CatalogItem, CodeTable, PublicityRule } from './catalog.types';

// What is stored and checksummed for an item: its definition with the code tables it uses frozen
// inside, so a record validated against version n can be re-read with exactly the tables of version n,
// and a change to a shared code table makes a new version of every item using it.

/** The stored definition of an item: the item plus the code tables its fields reference, sorted by code. */
export function itemDefinition(item: CatalogItem, tables: readonly CodeTable[]): CatalogItem & { codeTables: CodeTable[] } {
  const used = new Set(item.fields.flatMap((f) => (f.codeTable ? [f.codeTable] : [])));
  const codeTables = tables.filter((t) => used.has(t.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
  return { ...item, codeTables };
}

/** JSON with object keys sorted at every level and undefined members dropped: equal values, equal text. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** sha256 of the stable JSON of a definition (hex). */
export function checksumOf(definition: CatalogItem | PublicityRule | object): string {
  return crypto.createHash('sha256').update(stableJson(definition)).digest('hex');
}
