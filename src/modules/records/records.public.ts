/**
 * What the public may see of a subject's records, at a given day. Pure rules, tested without a database:
 * the disclosure mode of the item for the subject's kind, the record's status and its publicity window.
 */
import { disclosureFor, NO_EXPIRY_DATE, type CatalogField, type CatalogItem } from '../catalog';
import type { RecordStatus } from './records.repository';

export interface PublicityFacts {
  isCurrent: boolean;
  status: RecordStatus;
  publicityStart: string | null;
  publicityEnd: string | null;
}

/**
 * Shown on public pages: the current version, disclosure mode 公开公示 for this subject kind, status normal or
 * under objection (shown with its badge), and inside its publicity window (the end day itself is no longer
 * shown). Revoked, repaired and expired records stay in the database and out of public view.
 */
export function isShownPublicly(
  item: CatalogItem,
  subjectKind: 'legal_person' | 'non_enterprise' | 'natural_person',
  r: PublicityFacts,
  today: string,
): boolean {
  if (!r.isCurrent) return false;
  if (disclosureFor(item, subjectKind) !== 'public') return false;
  if (r.status !== 'normal' && r.status !== 'objection') return false;
  if (r.publicityStart && r.publicityStart > today) return false;
  if (r.publicityEnd && r.publicityEnd <= today) return false;
  return true;
}

// Personal data never leaves on a public path, whatever the item says (documents of natural persons,
// the legal representative's identity document).
const PERSONAL_ROLES = new Set(['id_number', 'id_type', 'legal_rep_id_number', 'legal_rep_id_type']);

/** The fields of a record that may be shown publicly, in catalogue order, with their Chinese names. */
export function publicFields(
  item: CatalogItem,
  fields: Readonly<Record<string, unknown>>,
): { code: string; name: string; value: string }[] {
  const out: { code: string; name: string; value: string }[] = [];
  for (const f of item.fields as readonly CatalogField[]) {
    if (f.role && PERSONAL_ROLES.has(f.role)) continue;
    const v = fields[f.code];
    if (v === undefined || v === null || v === '') continue;
    // 2099/12/31 is the standard's way of writing "no expiry": say so.
    const value = f.type === 'date' && v === NO_EXPIRY_DATE ? '长期' : String(v);
    out.push({ code: f.code, name: f.name, value });
  }
  return out;
}

export const PUBLICITY_LABELS: Record<string, string> = {
  normal: '公示中',
  objection: '异议处理中',
};
