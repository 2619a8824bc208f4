import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCode } from '../codes';
import {
  DEMO_DEFAULTS,
  LICENSE_TYPES,
  LIST_FUNCTIONS,
  PENALTY_TYPES,
  demoCounts,
  generateDemo,
  generateDemoChunks,
  toWan,
  type DemoData,
  type DemoDepartment,
  type DemoSubject,
} from './index';

const profile = JSON.parse(readFileSync(new URL('../../../profiles/taian.json', import.meta.url), 'utf8')) as {
  departments: DemoDepartment[];
  subUnits: { code: string }[];
};
const departments = profile.departments;
const TODAY = DEMO_DEFAULTS.today;
const REGIONS = new Set(profile.subUnits.map((u) => u.code));

let data: DemoData;
let subjects: Map<string, DemoSubject>;

beforeAll(() => {
  data = generateDemo({ departments });
  subjects = new Map(data.subjects.map((s) => [s.ref, s]));
});

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  let n = 0;
  for (const x of items) if (pred(x)) n++;
  return n;
}

describe('generateDemo determinism', () => {
  it('gives identical output for the same seed and scale, quickly', () => {
    const t = performance.now();
    const again = generateDemo({ departments });
    // Generous bound: the machines are shared; typical is 150–400 ms.
    expect(performance.now() - t).toBeLessThan(2000);
    expect(again).toEqual(data);
  });

  it('gives different output for another seed', () => {
    const other = generateDemo({ departments, seed: 7, scale: 0.1 });
    const same = generateDemo({ departments, scale: 0.1 });
    expect(other.subjects.map((s) => s.name)).not.toEqual(same.subjects.map((s) => s.name));
  });

  it('yields chunks that concatenate to the one-shot result', () => {
    const opts = { departments, scale: 0.3, seed: 99 };
    const whole = generateDemo(opts);
    const joined: DemoData = { subjects: [], licenses: [], penalties: [], listEntries: [] };
    let chunks = 0;
    for (const chunk of generateDemoChunks(opts, 333)) {
      chunks++;
      expect(chunk.subjects.length).toBeLessThanOrEqual(333);
      joined.subjects.push(...chunk.subjects);
      joined.licenses.push(...chunk.licenses);
      joined.penalties.push(...chunk.penalties);
      joined.listEntries.push(...chunk.listEntries);
    }
    expect(chunks).toBe(Math.ceil(whole.subjects.length / 333));
    expect(joined).toEqual(whole);
  });

  it('keeps each chunk’s records with its subjects', () => {
    for (const chunk of generateDemoChunks({ departments, scale: 0.2 }, 250)) {
      const refs = new Set(chunk.subjects.map((s) => s.ref));
      for (const r of [...chunk.licenses, ...chunk.penalties, ...chunk.listEntries]) expect(refs.has(r.subjectRef)).toBe(true);
    }
  });
});

describe('subjects', () => {
  it('has the scale-1 counts and mix', () => {
    const byKind = (k: string): DemoSubject[] => data.subjects.filter((s) => s.kind === k);
    const enterprises = byKind('legal_person');
    expect(enterprises).toHaveLength(2000);
    expect(byKind('non_enterprise')).toHaveLength(400);
    expect(byKind('natural_person')).toHaveLength(3000);
    const share = (c: string): number => count(enterprises, (s) => s.category === c) / enterprises.length;
    expect(share('91')).toBeGreaterThan(0.65);
    expect(share('91')).toBeLessThan(0.75);
    expect(share('92')).toBeGreaterThan(0.18);
    expect(share('92')).toBeLessThan(0.26);
    expect(share('93')).toBeGreaterThan(0.05);
    expect(share('93')).toBeLessThan(0.11);
    const nonCategories = new Set(byKind('non_enterprise').map((s) => s.category));
    for (const c of ['11', '12', '51', '52']) expect(nonCategories.has(c as DemoSubject['category'])).toBe(true);
    expect(count(enterprises, (s) => s.status !== 'active')).toBeGreaterThan(50);
  });

  it('gives every subject a valid code of the right kind, unique across the data', () => {
    const today = new Date(`${TODAY}T12:00:00+08:00`);
    const seen = new Set<string>();
    for (const s of data.subjects) {
      const r = validateCode(s.code, { today });
      expect(r.ok, `${s.ref} ${s.code} ${r.reason ?? ''}`).toBe(true);
      expect(r.kind).toBe(s.codeKind);
      expect(r.subjectKind).toBe(s.kind);
      // Only the 54 prefix (村居委会) is outside the GB 32100 table and warned about.
      if (s.category !== '54') expect(r.warnings, `${s.ref} ${s.code}`).toEqual([]);
      if (s.codeKind === 'uscc') expect(s.code.startsWith(s.category)).toBe(true);
      expect(seen.has(s.code)).toBe(false);
      seen.add(s.code);
      for (const legacy of s.legacyCodes ?? []) {
        const lr = validateCode(legacy.code, { today });
        expect(lr.ok, `${s.ref} ${legacy.code}`).toBe(true);
        expect(lr.kind).toBe(legacy.kind);
        if (legacy.kind === 'org_code') expect(legacy.code).toBe(s.code.slice(8, 17));
        expect(seen.has(legacy.code)).toBe(false);
        seen.add(legacy.code);
      }
    }
  });

  it('never gives a natural person a USCC, and ID details match the subject', () => {
    for (const s of data.subjects.filter((x) => x.kind === 'natural_person')) {
      expect(s.codeKind).toBe('resident_id');
      expect(s.category).toBe('resident');
      const r = validateCode(s.code, { today: new Date(`${TODAY}T12:00:00+08:00`) });
      expect(r.kind).toBe('resident_id');
      const d = r.details;
      if (d?.kind !== 'resident_id') throw new Error('no ID details');
      expect(d.birthDate).toBe(s.info.birthDate);
      expect(d.sex).toBe(s.info.sex);
    }
  });

  it('links legacy codes to enterprises founded before the reform only', () => {
    for (const s of data.subjects) {
      if (s.kind !== 'legal_person') continue;
      const old = (s.info.establishedOn ?? '') < '2015-10-01';
      expect(s.legacyCodes !== undefined).toBe(old);
      if (old) expect(s.legacyCodes?.some((c) => c.kind === 'reg_no')).toBe(true);
    }
  });

  it('uses historic division codes for some older residents', () => {
    const persons = data.subjects.filter((s) => s.kind === 'natural_person');
    const historic = persons.filter((s) => !s.code.startsWith('3709') && !/^8[123]/.test(s.code));
    expect(historic.length).toBeGreaterThan(50);
    for (const s of historic) expect((s.info.birthDate ?? '') < '1993-01-01').toBe(true);
    for (const s of persons) {
      expect(/^(3709|3726|3790|8[123]0000)/.test(s.code)).toBe(true);
      const age = Number(TODAY.slice(0, 4)) - Number((s.info.birthDate ?? '').slice(0, 4));
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(86);
    }
  });

  it('keeps organisation names unique, former names included', () => {
    const names = new Set<string>();
    for (const s of data.subjects) {
      if (s.kind === 'natural_person') continue;
      for (const n of [s.name, ...(s.formerNames ?? []).map((f) => f.name)]) {
        expect(names.has(n), n).toBe(false);
        names.add(n);
      }
    }
    expect(count(data.subjects, (s) => (s.formerNames?.length ?? 0) > 0)).toBeGreaterThan(40);
  });

  it('puts every subject in a profile region with sane info', () => {
    for (const s of data.subjects) {
      expect(REGIONS.has(s.region), s.region).toBe(true);
      expect(s.name).toMatch(/^[\u4e00-\u9fff（）A-Za-z0-9—“”]+$/);
      if (s.kind !== 'natural_person') {
        expect(s.info.legalRepresentative).toBeTruthy();
        expect(s.info.registrationAuthority).toBeTruthy();
        expect(s.info.address).toMatch(/^山东省泰安市/);
      }
      if (s.info.registeredCapital !== undefined) expect(s.info.registeredCapital).toMatch(/^\d+(\.\d+)?$/);
    }
  });
});

describe('records', () => {
  it('never dates anything after today, and decisions not before 2019 or before the subject existed', () => {
    // Collected rather than asserted one by one: thousands of expect() calls are slow.
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok) problems.push(what);
    };
    for (const s of data.subjects) {
      for (const d of [s.info.establishedOn, s.info.birthDate, ...(s.formerNames ?? []).map((f) => f.validTo)]) {
        if (d !== undefined) check(d <= TODAY, `${s.ref} ${d}`);
      }
    }
    for (const r of [...data.licenses, ...data.penalties]) {
      check(r.decisionDate <= TODAY && r.decisionDate >= '2019-01-01', `${r.ref} ${r.decisionDate}`);
      const s = subjects.get(r.subjectRef);
      check(s !== undefined, `${r.ref} has no subject`);
      if (s?.info.establishedOn) check(r.decisionDate >= s.info.establishedOn, `${r.ref} before founding`);
    }
    for (const l of data.licenses) {
      check(l.fields.XK_JDRQ === l.decisionDate, `${l.ref} XK_JDRQ`);
      check(l.fields.XK_YXQZI > l.fields.XK_YXQZ, `${l.ref} validity`);
    }
    for (const p of data.penalties) check(p.fields.CF_JDRQ === p.decisionDate, `${p.ref} CF_JDRQ`);
    for (const e of data.listEntries) {
      check(e.startDate <= TODAY, `${e.ref} start`);
      if (e.endDate !== undefined) check(e.endDate > e.startDate, `${e.ref} end`);
    }
    expect(problems).toEqual([]);
  });

  it('assigns every record to an existing department with a fitting function', () => {
    const byCode = new Map(departments.map((d) => [d.code, d]));
    const fits = (code: string, functions: readonly string[]): boolean =>
      byCode.get(code)?.functions.some((f) => functions.includes(f)) ?? false;
    const licenseFns = new Map(LICENSE_TYPES.map((t) => [t.key, t.functions]));
    const penaltyFns = new Map(PENALTY_TYPES.map((t) => [t.key, t.functions]));
    for (const l of data.licenses) {
      expect(fits(l.departmentCode, licenseFns.get(l.licenseType) ?? []), `${l.ref} ${l.licenseType} ${l.departmentCode}`).toBe(true);
      expect(l.fields.XK_XKJG).toBe(byCode.get(l.departmentCode)?.name);
    }
    for (const p of data.penalties) {
      expect(fits(p.departmentCode, penaltyFns.get(p.penaltyType) ?? []), `${p.ref} ${p.penaltyType} ${p.departmentCode}`).toBe(true);
      expect(p.fields.CF_CFJG).toBe(byCode.get(p.departmentCode)?.name);
    }
    for (const e of data.listEntries) expect(fits(e.departmentCode, LIST_FUNCTIONS[e.listType]), `${e.ref} ${e.listType}`).toBe(true);
  });

  it('has the expected volumes at scale 1', () => {
    const enterprises = 2000;
    const enterpriseLicenses = count(data.licenses, (l) => l.subjectRef.startsWith('E'));
    expect(enterpriseLicenses / enterprises).toBeGreaterThan(3.2);
    expect(enterpriseLicenses / enterprises).toBeLessThan(4.8);
    const enterprisePenalties = count(data.penalties, (p) => p.subjectRef.startsWith('E'));
    expect(enterprisePenalties / enterprises).toBeGreaterThan(0.45);
    expect(enterprisePenalties / enterprises).toBeLessThan(0.8);
    const punishedPersons = new Set(data.penalties.filter((p) => p.subjectRef.startsWith('P')).map((p) => p.subjectRef)).size;
    expect(punishedPersons / 3000).toBeGreaterThan(0.03);
    expect(punishedPersons / 3000).toBeLessThan(0.07);
    const simplified = count(data.penalties, (p) => p.procedure === 'simplified') / data.penalties.length;
    expect(simplified).toBeGreaterThan(0.06);
    expect(simplified).toBeLessThan(0.18);
    const revoked = count(data.penalties, (p) => p.status === 'revoked') / data.penalties.length;
    expect(revoked).toBeGreaterThan(0.005);
    expect(revoked).toBeLessThan(0.06);
    expect(count(data.penalties, (p) => p.severity === 'serious')).toBeGreaterThan(20);
    expect(count(data.penalties, (p) => p.sectors.length > 0)).toBeGreaterThan(100);
  });

  it('has list entries of every type in plausible numbers', () => {
    const companies = count(data.subjects, (s) => s.category === '91');
    const of = (t: string): number => count(data.listEntries, (e) => e.listType === t);
    const court = data.listEntries.filter((e) => e.listType === 'court_dishonest_debtor');
    expect(count(court, (e) => e.subjectRef.startsWith('P'))).toBeGreaterThan(10);
    expect(count(court, (e) => e.subjectRef.startsWith('E'))).toBeGreaterThan(5);
    expect(court.length).toBeLessThan(100);
    expect(of('business_abnormal') / companies).toBeGreaterThan(0.015);
    expect(of('business_abnormal') / companies).toBeLessThan(0.06);
    for (const year of ['2023', '2024', '2025']) {
      const a = count(data.listEntries, (e) => e.listType === 'a_grade_taxpayer' && e.details['评价年度'] === year);
      expect(a / companies).toBeGreaterThan(0.06);
      expect(a / companies).toBeLessThan(0.15);
    }
    expect(of('contract_honoring')).toBeGreaterThan(10);
    // Rare lists: present at scale 2 (one scale-1 run may miss one of them).
    const bigger = generateDemo({ departments, scale: 2, seed: 11 });
    for (const t of Object.keys(LIST_FUNCTIONS))
      expect(
        bigger.listEntries.some((e) => e.listType === t),
        t,
      ).toBe(true);
  });

  it('writes court entries with case numbers and the published fields', () => {
    const court = data.listEntries.filter((e) => e.listType === 'court_dishonest_debtor');
    const caseNos = new Set<string>();
    for (const e of court) {
      expect(e.docNo).toMatch(/^\(\d{4}\)鲁09(02|11|21|23|82|83)?执\d+号$/);
      expect(caseNos.has(e.docNo)).toBe(false);
      caseNos.add(e.docNo);
      expect(e.details['案号']).toBe(e.docNo);
      expect(e.details['执行依据文号']).toBeTruthy();
      expect(e.details['被执行人的履行情况']).toMatch(/未履行/);
      expect(e.details['失信被执行人行为具体情形']).toBe(e.reason);
      // The public list never needs the ID number inside details.
      for (const v of Object.values(e.details)) expect(v).not.toMatch(/\d{17}[\dX]/);
    }
  });

  it('fills the 双公示 fields consistently with the subject', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok) problems.push(what);
    };
    const wsh = new Set<string>();
    for (const l of data.licenses) {
      const s = subjects.get(l.subjectRef);
      if (!s) throw new Error('missing subject');
      const f = l.fields;
      check(f.XK_XDR_MC === s.name, `${l.ref} name`);
      const lb = s.kind === 'natural_person' ? '自然人' : s.category === '92' ? '个体工商户' : '法人及非法人组织';
      check(f.XK_XDR_LB === lb, `${l.ref} XK_XDR_LB`);
      if (s.kind === 'natural_person') check(f.XK_XDR_SHXYM === undefined && f.XK_XDR_ZJHM === s.code, `${l.ref} person code`);
      else check(f.XK_XDR_SHXYM === s.code, `${l.ref} USCC`);
      check(['普通', '特许', '认可', '核准', '登记', '其他'].includes(f.XK_XKLB), `${l.ref} XK_XKLB`);
      check(f.XK_ZT === '1', `${l.ref} XK_ZT`);
      check(!wsh.has(f.XK_WSH), `duplicate ${f.XK_WSH}`);
      wsh.add(f.XK_WSH);
    }
    expect(count(data.licenses, (l) => l.fields.XK_YXQZI === '2099-12-31')).toBeGreaterThan(100);

    const cwsh = new Set<string>();
    for (const p of data.penalties) {
      const s = subjects.get(p.subjectRef);
      if (!s) throw new Error('missing subject');
      const f = p.fields;
      check(f.CF_XDR_MC === s.name, `${p.ref} name`);
      if (s.kind === 'natural_person') {
        check(
          f.CF_XDR_SHXYM === undefined && f.CF_XDR_ZJHM === s.code && /身份证|居住证/.test(f.CF_XDR_ZJLX ?? ''),
          `${p.ref} person code`,
        );
      } else check(f.CF_XDR_SHXYM === s.code, `${p.ref} USCC`);
      check(!cwsh.has(f.CF_WSH), `duplicate ${f.CF_WSH}`);
      cwsh.add(f.CF_WSH);
      check(f.CF_YJ.startsWith('《'), `${p.ref} CF_YJ`);
      if (f.CF_NR_FK !== undefined) {
        const yuan = Math.round(Number(f.CF_NR_FK) * 10000);
        check(/^\d+(\.\d+)?$/.test(f.CF_NR_FK) && f.CF_CFLB.includes('罚款') && f.CF_NR.includes(`罚款人民币${yuan}元`), `${p.ref} fine`);
        // 简易程序 caps: 200 yuan for citizens, 3,000 for organisations.
        if (p.procedure === 'simplified') check(yuan <= (s.kind === 'natural_person' ? 200 : 3000), `${p.ref} simplified fine ${yuan}`);
      } else {
        check(!f.CF_CFLB.includes('罚款'), `${p.ref} 罚款 without amount`);
      }
      if (p.procedure === 'simplified') check(p.severity === 'general', `${p.ref} simplified but serious`);
    }
    expect(problems).toEqual([]);
  });

  it('gives unique record refs', () => {
    const refs = [...data.licenses, ...data.penalties, ...data.listEntries].map((r) => r.ref);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('skips what the departments cannot decide', () => {
    const noTax = departments.filter((d) => !d.functions.includes('tax') && !d.functions.includes('court'));
    const d = generateDemo({ departments: noTax, scale: 0.3 });
    expect(d.penalties.some((p) => p.penaltyType === 'tax_late_filing')).toBe(false);
    expect(d.listEntries.some((e) => e.listType === 'a_grade_taxpayer' || e.listType === 'court_dishonest_debtor')).toBe(false);
    const n = demoCounts(0.3);
    expect(d.subjects).toHaveLength(n.enterprises + n.nonEnterprise + n.persons);
  });

  it('respects an earlier today', () => {
    const d = generateDemo({ departments, scale: 0.2, today: '2022-06-30' });
    for (const r of [...d.licenses, ...d.penalties]) expect(r.decisionDate <= '2022-06-30').toBe(true);
    for (const e of d.listEntries) expect(e.startDate <= '2022-06-30').toBe(true);
    for (const s of d.subjects) expect((s.info.establishedOn ?? '') <= '2022-06-30').toBe(true);
  });
});

describe('toWan', () => {
  it('writes yuan as 万元 without trailing zeros', () => {
    expect(toWan(2000)).toBe('0.2');
    expect(toWan(125000)).toBe('12.5');
    expect(toWan(50)).toBe('0.005');
    expect(toWan(30000)).toBe('3');
    expect(toWan(1234567)).toBe('123.4567');
  });
});
