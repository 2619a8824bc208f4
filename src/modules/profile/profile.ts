import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Profile } from './profile.schemas';

const PROFILES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../profiles');

/**
 * Reads and validates `profiles/<key>.json`. Throws with every problem listed when the file does not
 * describe a consistent deployment (unknown region of a department, duplicate codes, missing operator).
 */
export function readProfile(key: string, dir = PROFILES_DIR): Profile {
  const file = path.join(dir, `${key}.json`);
  if (!/^[a-z][a-z0-9-]*$/.test(key) || !fs.existsSync(file)) {
    throw new Error(`profile "${key}" not found (expected ${path.relative(process.cwd(), file)})`);
  }
  return parseProfile(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Validates a profile object (see readProfile). */
export function parseProfile(raw: unknown): Profile {
  const profile = Profile.parse(raw);
  const problems: string[] = [];
  const regions = new Set([profile.region.code, ...profile.subUnits.map((u) => u.code)]);
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const d of profile.departments) {
    if (!regions.has(d.region)) problems.push(`department ${d.code}: unknown region ${d.region}`);
    if (codes.has(d.code)) problems.push(`department code ${d.code} appears twice`);
    if (names.has(d.name)) problems.push(`department name ${d.name} appears twice`);
    codes.add(d.code);
    names.add(d.name);
  }
  for (const ref of [profile.operatorDepartment, profile.creditLeadDepartment]) {
    if (!codes.has(ref)) problems.push(`department ${ref} named by the profile is not in its department list`);
  }
  if (problems.length > 0) throw new Error(`invalid profile ${profile.key}:\n  ${problems.join('\n  ')}`);
  return profile;
}
