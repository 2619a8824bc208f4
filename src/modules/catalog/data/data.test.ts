import { describe, expect, it } from 'vitest';
import { disclosureFor, mapCodeValue, normalizeHeader, resolveHeader } from '../catalog.rules';
import { CatalogItemSchema, CodeTableSchema, PublicityRuleSchema } from '../catalog.schemas';
import { FUNCTION_CODES, type CatalogItem } from '../catalog.types';
import { CATALOG_ITEMS, CATALOG_RELEASE, CODE_TABLES, PUBLICITY_RULES } from '.';

// The catalogue is data other modules trust blindly: these checks keep it consistent as it grows.

const tables = new Map(CODE_TABLES.map((t) => [t.code, t]));
const item = (code: string) => CATALOG_ITEMS.find((i) => i.code === code)!;

describe('catalogue data', () => {
  it('has a release label and unique item codes', () => {
    expect(CATALOG_RELEASE).toMatch(/^\d{4}\.\d+$/);
    const codes = CATALOG_ITEMS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('matches its schemas (strict: no key the schema does not know)', () => {
    for (const i of CATALOG_ITEMS) {
      const parsed: CatalogItem = CatalogItemSchema.parse(i);
      expect(parsed.code).toBe(i.code);
    }
    for (const t of CODE_TABLES) CodeTableSchema.parse(t);
    for (const r of PUBLICITY_RULES) PublicityRuleSchema.parse(r);
  });

  it.each(CATALOG_ITEMS.map((i) => [i.code, i] as const))('%s is internally consistent', (_code, i) => {
    const fieldCodes = i.fields.map((f) => f.code);
    expect(new Set(fieldCodes).size, 'field codes unique').toBe(fieldCodes.length);

    // No header may point at two fields of one item.
    const owner = new Map<string, string>();
    for (const f of i.fields) {
      for (const h of [f.code, f.name, ...f.aliases]) {
        const key = normalizeHeader(h);
        const other = owner.get(key);
        expect(other === undefined || other === f.code, `${h} → ${other} and ${f.code}`).toBe(true);
        owner.set(key, f.code);
      }
    }

    for (const f of i.fields) {
      expect(f.type === 'enum', `${f.code}: enum iff code table`).toBe(f.codeTable !== undefined);
      if (f.codeTable) expect(tables.has(f.codeTable), `${f.code}: table ${f.codeTable}`).toBe(true);
      // Every published code and name of either generation resolves to this field.
      for (const s of f.standard ?? []) {
        expect(resolveHeader(i, s.code)?.code, s.code).toBe(f.code);
        expect(resolveHeader(i, s.name)?.code, s.name).toBe(f.code);
      }
    }
    for (const k of i.keyFields) expect(fieldCodes).toContain(k);
    expect(
      i.fields.some((f) => f.role === 'subject_name'),
      'a subject name field',
    ).toBe(true);
    expect(
      i.fields.some((f) => f.role === 'decision_date'),
      'a decision date field',
    ).toBe(true);
    expect(
      i.fields.some((f) => f.role === 'uscc' || f.role === 'id_number'),
      'a subject code field',
    ).toBe(true);
    for (const p of i.providers) expect(p === 'any' || FUNCTION_CODES.includes(p)).toBe(true);
    expect(i.basis.length).toBeGreaterThan(5);

    for (const rule of i.natureRules) {
      const f = i.fields.find((x) => x.code === rule.field);
      expect(f?.codeTable, rule.field).toBeDefined();
      for (const v of rule.values) expect(mapCodeValue(tables.get(f!.codeTable!)!, v)).toBe(v);
    }
    // Shandong's 5-year limit is for 失信 information only.
    if (i.publicity.hardLimit) expect(i.nature).toBe('dishonest');
    expect(i.publicity.mode === 'penalty_rule').toBe(i.doublePublicity === 'penalty');
  });

  it('never publishes natural persons except the court list', () => {
    const publicForPersons = CATALOG_ITEMS.filter(
      (i) => i.subjectKinds.includes('natural_person') && disclosureFor(i, 'natural_person') === 'public',
    ).map((i) => i.code);
    expect(publicForPersons).toEqual(['SXBZXR']);
    for (const code of ['ZYZG', 'CYRYSX', 'NHXYDA']) expect(item(code).disclosure).not.toBe('public');
  });

  it('flags lists and double publicity as specified', () => {
    const flags = Object.fromEntries(CATALOG_ITEMS.map((i) => [i.code, [i.doublePublicity, i.listFlag]]));
    expect(flags).toMatchObject({
      XZXK: ['license', null],
      XZCF: ['penalty', null],
      SXBZXR: [null, 'black'],
      ZDSSWF: [null, 'black'],
      YZWFSX: [null, 'black'],
      ZFCGSX: [null, 'black'],
      TQNMGGZ: [null, 'black'],
      AQSCSX: [null, 'black'],
      JYYC: [null, 'focus'],
      AJNSR: [null, 'red'],
      SHTXY: [null, 'red'],
    });
    expect(item('JYYC').section).toBe('abnormal');
    expect(item('XYC').subjectKinds).toEqual(['non_enterprise']);
    expect(item('GGXYPJ').providers).toEqual(['credit_center']);
  });

  it('keeps the current standard mandatory fields and units of the double-publicity items', () => {
    const required = (code: string) =>
      item(code)
        .fields.filter((f) => f.required)
        .map((f) => f.code);
    expect(required('XZXK')).toEqual(expect.arrayContaining(['XK_XDR_MC', 'XK_XDR_LB', 'XK_WSH', 'XK_XKLB', 'XK_JDRQ', 'XK_XKJG']));
    expect(required('XZCF')).toEqual(expect.arrayContaining(['CF_XDR_MC', 'CF_XDR_LB', 'CF_WSH', 'CF_CFLB', 'CF_JDRQ', 'CF_CFJG']));
    const fine = item('XZCF').fields.find((f) => f.code === 'CF_NR_FK')!;
    expect(fine).toMatchObject({ type: 'decimal', name: '罚款金额（万元）' });
    expect(item('XZXK').fields.find((f) => f.code === 'XK_YXQZI')?.description).toContain('2099/12/31');
  });

  it('code tables have no colliding spellings and rules name known values', () => {
    for (const t of CODE_TABLES) {
      const seen = new Map<string, string>();
      for (const e of t.entries) {
        for (const s of [e.value, e.label, ...e.aliases]) {
          const key = s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
          const other = seen.get(key);
          expect(other === undefined || other === e.value, `${t.code}: ${s}`).toBe(true);
          seen.set(key, e.value);
        }
      }
    }
    const sectors = tables.get('HYLY')!;
    for (const r of PUBLICITY_RULES) {
      for (const m of r.sectorMinimums) for (const s of m.sectors) expect(mapCodeValue(sectors, s), s).toBe(s);
      for (const p of r.penaltyTypes) for (const t of p.types) expect(mapCodeValue(tables.get('CFLB')!, t), t).toBe(t);
    }
    for (const i of CATALOG_ITEMS) for (const s of i.publicity.sectors ?? []) expect(mapCodeValue(sectors, s), s).toBe(s);
  });

  it('ships one default period rule per date and keeps 2025 selectable', () => {
    const versions = PUBLICITY_RULES.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    const r2025 = PUBLICITY_RULES.find((r) => r.version === '2025-22')!;
    expect(r2025).toMatchObject({ selectable: true, default: false });
    const defaults = PUBLICITY_RULES.filter((r) => r.kind === 'penalty_periods' && r.default);
    for (const a of defaults) {
      for (const b of defaults) {
        if (a === b) continue;
        const overlap = a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');
        expect(overlap, `${a.version} overlaps ${b.version}`).toBe(false);
      }
    }
  });
});
