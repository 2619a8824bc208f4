import crypto from 'node:crypto';

/** The fields of an audit event that the hash covers (everything but the hash itself). */
export interface ChainedEvent {
  seq: number;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  departmentId: number | null;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  subjectId: number | null;
  ip: string | null;
  details: unknown;
  prevHash: string;
}

/** The hash that precedes the first event of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 over the previous hash and the canonical event: changing any field of any event breaks the chain from there on. */
export function hashEvent(event: ChainedEvent): string {
  return crypto.createHash('sha256').update(event.prevHash).update('\n').update(canonicalJson(event)).digest('hex');
}
