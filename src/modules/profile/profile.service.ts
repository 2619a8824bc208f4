import crypto from 'node:crypto';
import type { Queryable } from '../../db/db';
import type { Profile } from './profile.schemas';
import { getMeta, setMeta, upsertDepartment, upsertRegion } from './profile.repository';

/**
 * Writes the profile's regions, sub-units and departments into the database (idempotent: run at
 * every start, so editing the profile file and restarting updates them). Departments are never
 * deleted here, because records and accounts refer to them. Returns the profile's checksum when
 * something was written (the caller audits it), undefined when the stored profile was already current.
 */
export async function applyProfile(q: Queryable, profile: Profile): Promise<string | undefined> {
  const stored = await getMeta<{ key: string; checksum?: string }>(q, 'profile');
  if (stored && stored.key !== profile.key) {
    throw new Error(`this database belongs to profile "${stored.key}", not "${profile.key}"`);
  }
  const checksum = crypto.createHash('sha256').update(JSON.stringify(profile)).digest('hex');
  if (stored?.checksum === checksum) return undefined;
  const parent = profile.region.parent;
  if (parent) {
    await upsertRegion(q, { code: parent.code, name: parent.name, level: parent.level, parentCode: null, isGb2260: true, sortOrder: 0 });
  }
  await upsertRegion(q, {
    code: profile.region.code,
    name: profile.region.name,
    level: profile.region.level,
    parentCode: parent?.code ?? null,
    isGb2260: true,
    sortOrder: 0,
  });
  let order = 1;
  for (const u of profile.subUnits) {
    await upsertRegion(q, {
      code: u.code,
      name: u.name,
      level: u.level,
      parentCode: profile.region.code,
      isGb2260: /^\d{6}$/.test(u.code),
      sortOrder: order++,
    });
  }
  order = 1;
  for (const d of profile.departments) await upsertDepartment(q, d, order++);
  await setMeta(q, 'profile', {
    key: profile.key,
    siteName: profile.siteName,
    platformName: profile.platformName,
    region: profile.region.code,
    node: profile.node,
    checksum,
  });
  await setMeta(q, 'indicator_denominators', profile.indicators);
  return checksum;
}
