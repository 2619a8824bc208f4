import { USCC_ALPHABET, makeRegNo, makeResidentId, makeUscc, orgCodeCheckChar, usccCheckChar } from '../codes';
import { addDays, addYears, maxDate, minDate, recentDate, yearOf } from './dates';
import { DepartmentIndex, type Chosen } from './departments';
import { Counters, departmentAbbr, type DocContext } from './doc-numbers';
import type {
  DemoData,
  DemoFormerName,
  DemoLegacyCode,
  DemoLicense,
  DemoLicenseFields,
  DemoOptions,
  DemoPartyCategory,
  DemoPenalty,
  DemoPenaltyFields,
  DemoSubject,
  DemoSubjectStatus,
} from './demo.types';
import { INDUSTRIES, SCOPE_TAIL } from './industries';
import { licenseType } from './licenses.data';
import { ListBuilder } from './lists';
import {
  DISTINGUISHING_CHARS,
  companyNameParts,
  composeCompanyName,
  composeCoopName,
  composeShopName,
  coopNameParts,
  nonEnterpriseName,
  personName,
  shopBranch,
  shopNameParts,
  tradeName,
  type CompanyNameParts,
  type NonEnterpriseCategory,
  type NonEnterpriseName,
} from './names';
import { basisOn, penaltyType, REDUCTION_CLAUSE } from './penalties.data';
import { ENTERPRISE_REGIONS, HISTORIC_ID_CODES, PERSON_REGIONS, PLACES, placeOf, villageName, type Place } from './places';
import { createRandom, deriveSeed, type Random } from './prng';
import { SeenSet } from './seen';

/** Defaults of generateDemo. */
export const DEMO_DEFAULTS = { seed: 20161231, scale: 1, today: '2026-12-01' } as const;

/** Subjects per unit of scale. */
export const PER_SCALE = { enterprises: 2000, nonEnterprise: 400, persons: 3000 } as const;

/** How many subjects of each kind a scale yields (rounded; at least one of each for scale > 0). */
export function demoCounts(scale: number): { enterprises: number; nonEnterprise: number; persons: number } {
  const n = (per: number): number => (scale > 0 ? Math.max(1, Math.round(per * scale)) : 0);
  return { enterprises: n(PER_SCALE.enterprises), nonEnterprise: n(PER_SCALE.nonEnterprise), persons: n(PER_SCALE.persons) };
}

// 双公示 data in this platform starts with the 2019-era standard.
const FIRST_DECISION = '2019-01-01';
// Codes issued before the USCC reform came with a 注册号 and an organisation code.
const USCC_REFORM = '2015-10-01';
const NO_EXPIRY = '2099-12-31';

const ENTERPRISE_CATEGORIES = [
  ['91', 70],
  ['92', 22],
  ['93', 8],
] as const;
const NON_ENTERPRISE_CATEGORIES: readonly (readonly [NonEnterpriseCategory, number])[] = [
  ['11', 14],
  ['12', 34],
  ['51', 18],
  ['52', 22],
  ['54', 8],
  ['N2', 4],
];
const STATUS: Readonly<Record<'91' | '92' | '93', readonly (readonly [DemoSubjectStatus, number])[]>> = {
  '91': [
    ['active', 90],
    ['cancelled', 7],
    ['revoked', 3],
  ],
  '92': [
    ['active', 85],
    ['cancelled', 14],
    ['revoked', 1],
  ],
  '93': [
    ['active', 84],
    ['cancelled', 10],
    ['revoked', 6],
  ],
};
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 29], 18],
  [[30, 39], 20],
  [[40, 49], 20],
  [[50, 59], 20],
  [[60, 69], 14],
  [[70, 85], 8],
];
const OCCUPATIONS = [
  ['教师', 30],
  ['医务人员', 25],
  ['公务员', 15],
  ['会计', 15],
  ['律师', 3],
  ['导游', 3],
  ['统计人员', 3],
  ['保险经纪人', 6],
] as const;
const PERSON_PENALTIES = [
  ['tax_late_filing', 3],
  ['overload', 3],
  ['fire_person', 2],
  ['construction_waste', 1],
  ['unlicensed_transport', 2],
  ['illegal_felling', 1],
  ['illegal_homestead', 1],
] as const;
const WAGE_RISK_INDUSTRIES = new Set(['建筑工程', '装饰工程', '钢结构', '劳务']);
const BUILDINGS = ['金融大厦', '国际商务中心', '财富广场', '创业大厦', '科技大厦', '中心广场', '商务楼'] as const;
const NICE_CAPITAL = [3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 3000, 5000, 10000, 20000] as const;

/** A subject as records need it. */
interface Party {
  subject: DemoSubject;
  place: Place;
  /** Earliest possible decision date about it (founding, or 18th birthday). */
  activeFrom: string;
  category: DemoPartyCategory;
  /** ID document type for natural persons (身份证, 港澳居民居住证 …). */
  idType?: string;
  licenses: number;
  penalties: number;
}

/**
 * Generates demo subjects and their records subject by subject. Each subject draws from its own
 * random stream (seed, kind, index), and the only state shared between subjects — used names and
 * codes, document-number series — is updated in the same order however the output is chunked,
 * so chunked and one-shot generation give identical data.
 */
class DemoGenerator {
  private readonly seed: number;
  private readonly today: string;
  private readonly depts: DepartmentIndex;
  private readonly counters = new Counters();
  private readonly names: SeenSet;
  private readonly codes: SeenSet;
  readonly counts: ReturnType<typeof demoCounts>;

  constructor(opts: DemoOptions) {
    this.seed = opts.seed ?? DEMO_DEFAULTS.seed;
    this.today = opts.today ?? DEMO_DEFAULTS.today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.today)) throw new RangeError(`today must be YYYY-MM-DD: ${this.today}`);
    this.depts = new DepartmentIndex(opts.departments);
    this.counts = demoCounts(opts.scale ?? DEMO_DEFAULTS.scale);
    const orgs = this.counts.enterprises * 1.1 + this.counts.nonEnterprise;
    this.names = new SeenSet(orgs);
    this.codes = new SeenSet(orgs * 2 + this.counts.persons);
  }

  /** Appends subject number `index` (0-based over enterprises, then organisations, then persons). */
  emit(index: number, sink: DemoData): void {
    const { enterprises, nonEnterprise } = this.counts;
    if (index < enterprises) this.enterprise(index, sink);
    else if (index < enterprises + nonEnterprise) this.organisation(index - enterprises, sink);
    else this.person(index - enterprises - nonEnterprise, sink);
  }

  get total(): number {
    return this.counts.enterprises + this.counts.nonEnterprise + this.counts.persons;
  }

  // ───────────── enterprises (91 / 92 / 93) ─────────────

  private enterprise(i: number, sink: DemoData): void {
    const rng = createRandom(deriveSeed(this.seed, 1, i));
    const today = this.today;
    const ref = `E${String(i + 1).padStart(7, '0')}`;
    const category = rng.weighted(ENTERPRISE_CATEGORIES);
    const place = placeOf(rng.weighted(ENTERPRISE_REGIONS));
    const established = minDate(
      today,
      category === '91'
        ? recentDate(rng, '1990-01-01', today, 3)
        : category === '92'
          ? recentDate(rng, '1998-01-01', today, 2.5)
          : rng.date('2007-07-01', today),
    );
    const status = rng.weighted(STATUS[category]);
    const repSex = rng.chance(category === '92' ? 0.62 : 0.8) ? 'M' : 'F';
    const rep = personName(rng, repSex, rng.int(1955, Math.min(1998, yearOf(established) - 20)));

    let name: string;
    let scope: string;
    let sector: string;
    let capital: string | undefined;
    let licenseWeights: readonly (readonly [string, number])[];
    let penaltyWeights: readonly (readonly [string, number])[];
    let industryName = '';
    let rural = false;
    let formerNames: DemoFormerName[] = [];

    if (category === '91') {
      const parts = this.claimCompany(rng, place, i);
      name = composeCompanyName(parts);
      industryName = parts.industry.name;
      scope = parts.industry.scope + SCOPE_TAIL;
      sector = parts.industry.sector;
      rural = parts.industry.rural === true;
      capital =
        parts.form === '分公司'
          ? undefined
          : capitalOf(rng, parts.form === '集团有限公司' || parts.form === '股份有限公司' ? [3000, 50000] : parts.industry.capital);
      licenseWeights = [...parts.industry.licenses, ['change_registration', 2]];
      penaltyWeights = parts.industry.penalties;
      if (parts.form !== '分公司' && rng.chance(0.08) && established < addDays(today, -400))
        formerNames = this.renames(rng, parts, established);
    } else if (category === '92') {
      let parts = shopNameParts(rng, place, rep);
      for (let attempt = 0; ; attempt++) {
        if (this.names.claim(composeShopName(parts))) break;
        if (attempt >= 30) {
          // Practically unreachable: the subject's ref keeps the name unique.
          parts = { ...parts, branch: `${ref}号店` };
          this.names.add(composeShopName(parts));
          break;
        }
        // Another branch of the same shop, then another shop type or style, then both.
        if (attempt < 7) parts = { ...parts, branch: shopBranch(rng, place) };
        else if (attempt < 14) parts = shopNameParts(rng, place, rep);
        else parts = { ...shopNameParts(rng, place, rep), branch: shopBranch(rng, place) };
      }
      name = composeShopName(parts);
      scope = parts.shop.scope + SCOPE_TAIL;
      sector = parts.shop.sector;
      capital = rng.chance(0.6) ? rng.pick(['1', '2', '3', '5', '8', '10', '20', '30', '50']) : undefined;
      licenseWeights = [...parts.shop.licenses, ['change_registration', 1]];
      penaltyWeights = parts.shop.penalties;
    } else {
      let parts = coopNameParts(rng, place);
      for (let attempt = 0; ; attempt++) {
        if (this.names.claim(composeCoopName(parts))) break;
        if (attempt >= 14) {
          parts = { ...parts, lead: parts.lead + ref };
          this.names.add(composeCoopName(parts));
          break;
        }
        parts = attempt < 8 ? { ...parts, lead: villageName(rng) } : coopNameParts(rng, place);
      }
      name = composeCoopName(parts);
      scope = parts.kind.scope;
      sector = '农、林、牧、渔业';
      rural = true;
      capital = capitalOf(rng, [30, 1000]);
      licenseWeights = [...parts.kind.licenses, ['change_registration', 1]];
      penaltyWeights = parts.kind.penalties;
    }

    // Zones and about one company in eight register with the city; the rest with their county.
    const regRegion = category === '91' && rng.chance(place.code.startsWith('TA-') ? 0.7 : 0.12) ? '370900' : place.division;
    const legacy = established < USCC_REFORM;
    const code = this.uscc(rng, '9', category.charAt(1), regRegion, legacy && category !== '92' ? yearOf(established) : null, null);
    const legacyCodes: DemoLegacyCode[] = [];
    if (legacy) {
      legacyCodes.push({ code: this.regNo(rng, regRegion), kind: 'reg_no' });
      // 个体工商户 had no organisation code before the reform.
      if (category !== '92') legacyCodes.push({ code: code.slice(8, 17), kind: 'org_code' });
    }

    const subject: DemoSubject = {
      ref,
      kind: 'legal_person',
      name,
      code,
      codeKind: 'uscc',
      category,
      region: place.code,
      status,
      info: {
        legalRepresentative: rep,
        establishedOn: established,
        address: address(rng, place, rural),
        businessScope: scope,
        ...(capital !== undefined && { registeredCapital: capital }),
        registrationAuthority: registrationAuthority(rng, regRegion, '9'),
        industry: sector,
      },
      ...(legacyCodes.length > 0 && { legacyCodes }),
      ...(formerNames.length > 0 && { formerNames }),
    };
    sink.subjects.push(subject);

    const party: Party = {
      subject,
      place,
      activeFrom: established,
      category: category === '92' ? '个体工商户' : '法人及非法人组织',
      licenses: 0,
      penalties: 0,
    };

    // Licences: the registration itself when it falls in the 双公示 era, renames, then typical ones.
    if (established >= FIRST_DECISION) this.license(rng, party, 'establish_registration', sink, established);
    for (const f of formerNames) {
      const changed = addDays(f.validTo, 1);
      if (changed >= FIRST_DECISION && changed <= today)
        this.license(rng, party, 'change_registration', sink, changed, `名称变更：原名称“${f.name}”`);
    }
    const usable = licenseWeights.filter(([key]) => this.depts.has(licenseType(key).functions));
    const nLicenses = category === '91' ? zeroInflated(rng, 0.8, 5.5) : zeroInflated(rng, 0.5, category === '92' ? 1.6 : 1.5);
    for (let k = 0; k < nLicenses && usable.length > 0; k++) this.license(rng, party, rng.weighted(usable), sink);

    const usablePenalties = penaltyWeights.filter(([key]) => this.depts.has(penaltyType(key).functions));
    const nPenalties =
      category === '91' ? zeroInflated(rng, 0.3, 2.3) : category === '92' ? zeroInflated(rng, 0.22, 1.6) : zeroInflated(rng, 0.12, 1.3);
    for (let k = 0; k < nPenalties && usablePenalties.length > 0; k++) this.penalty(rng, party, rng.weighted(usablePenalties), sink);

    // Lists. Every draw happens whatever the outcome, so one subject's lists never shift another's.
    const lists = new ListBuilder({ today, depts: this.depts, counters: this.counters }, subject, place, rng);
    if (rng.chance(0.01)) lists.courtDebtor(established);
    const abnormalDraw = rng.chance(category === '91' ? 0.035 : category === '93' ? 0.05 : 0);
    const abnormal = abnormalDraw ? lists.businessAbnormal(established) : undefined;
    const seriousDraw = rng.chance(0.5);
    if (abnormal && seriousDraw && (!abnormal.endDate || abnormal.endDate > addYears(abnormal.startDate, 3)))
      lists.seriousIllegal(abnormal);
    else if (category === '91' && rng.chance(0.001)) lists.seriousIllegal(undefined);
    if (category !== '93' && rng.chance(category === '91' ? 0.003 : 0.001)) lists.majorTaxViolation(established);
    if (category === '91' && rng.chance(WAGE_RISK_INDUSTRIES.has(industryName) ? 0.015 : 0.001)) lists.wageArrears(established);
    if (category === '91' && rng.chance(0.0015)) lists.govProcurement(established);
    const aGrade = rng.chance(0.19);
    const honoring = rng.chance(0.035);
    if (category === '91' && status === 'active' && !lists.hasBlack()) {
      if (aGrade) lists.aGradeTaxpayer(established);
      if (honoring) lists.contractHonoring(established);
    }
    for (const e of lists.entries) sink.listEntries.push(e);
  }

  /** A company name nobody has: the drawn one, else with a distinguishing character, else redrawn. */
  private claimCompany(rng: Random, place: Place, i: number): CompanyNameParts {
    let parts = companyNameParts(rng, place);
    if (this.names.claim(composeCompanyName(parts))) return parts;
    const base = parts;
    const offset = rng.int(0, DISTINGUISHING_CHARS.length - 1);
    for (let k = 0; k < 8; k++) {
      const ch = DISTINGUISHING_CHARS[(offset + k) % DISTINGUISHING_CHARS.length] ?? '';
      parts = { ...base, trade: base.trade + ch };
      if (this.names.claim(composeCompanyName(parts))) return parts;
    }
    for (let k = 0; k < 10; k++) {
      parts = companyNameParts(rng, place);
      if (this.names.claim(composeCompanyName(parts))) return parts;
    }
    // Practically unreachable: a number keeps the name unique when all the above were taken.
    parts = { ...base, trade: `${base.trade}${i + 1}` };
    this.names.add(composeCompanyName(parts));
    return parts;
  }

  /** One or two earlier names (different industry word, form, prefix or 字号), oldest first. */
  private renames(rng: Random, parts: CompanyNameParts, established: string): DemoFormerName[] {
    const count = rng.chance(0.85) ? 1 : 2;
    const dates: string[] = [];
    for (let k = 0; k < count; k++) dates.push(rng.date(addDays(established, 120), addDays(this.today, -30)));
    dates.sort();
    const result: DemoFormerName[] = [];
    for (const validTo of dates) {
      for (let attempt = 0; attempt < 4; attempt++) {
        const variant = formerVariant(rng, parts);
        const name = composeCompanyName(variant);
        if (name !== composeCompanyName(parts) && this.names.claim(name)) {
          result.push({ name, validTo });
          break;
        }
      }
    }
    // Two renames on one day would make the older name's period empty.
    return result.filter((f, k) => k === 0 || f.validTo !== result[k - 1]?.validTo);
  }

  // ───────────── non-enterprise organisations ─────────────

  private organisation(i: number, sink: DemoData): void {
    const rng = createRandom(deriveSeed(this.seed, 2, i));
    const today = this.today;
    const ref = `N${String(i + 1).padStart(7, '0')}`;
    let category = rng.weighted(NON_ENTERPRISE_CATEGORIES);
    const place = placeOf(rng.weighted(ENTERPRISE_REGIONS));
    let named: NonEnterpriseName | undefined;
    for (let attempt = 0; attempt < 40 && !named; attempt++) {
      // Government bodies, associations and village committees are finite; at large scales they run
      // out and the organisation becomes a 民办非企业单位, whose names (with a town) are plentiful.
      if (attempt === 20) category = '52';
      const candidate = nonEnterpriseName(rng, category, place, attempt >= 25);
      if (this.names.claim(candidate.name)) named = candidate;
    }
    if (!named) {
      const candidate = nonEnterpriseName(rng, '52', place);
      named = { ...candidate, name: `${candidate.name}（${ref}）` };
      this.names.add(named.name);
    }

    const established = minDate(today, organisationFounded(rng, category));
    const status: DemoSubjectStatus = rng.chance(category === '51' || category === '52' ? 0.05 : 0.01) ? 'cancelled' : 'active';
    const authority = category === 'N2' ? 'N' : category.charAt(0);
    const regRegion =
      (category === '11' || category === '12') && established < '1990-01-01' && rng.chance(0.05)
        ? (HISTORIC_ID_CODES[place.division]?.[0]?.code ?? place.division)
        : category === '51' && named.name.startsWith('泰安市')
          ? '370900'
          : place.division;
    // Organisations founded after the reform got MB (事业单位) / MJ (社会组织) style bodies.
    const modernPrefix =
      established >= '2016-01-01'
        ? category === '12' || category === '11'
          ? 'MB'
          : category === '51' || category === '52'
            ? 'MJ'
            : null
        : null;
    const code = this.uscc(rng, authority, category.charAt(1), regRegion, null, modernPrefix);
    const legacyCodes: DemoLegacyCode[] =
      established < USCC_REFORM && category !== '54' && category !== 'N2' ? [{ code: code.slice(8, 17), kind: 'org_code' }] : [];
    const rep = personName(rng, rng.chance(0.7) ? 'M' : 'F', rng.int(1958, 1992));
    const capital =
      category === '12'
        ? capitalOf(rng, [10, 2000])
        : category === '51'
          ? capitalOf(rng, [3, 10])
          : category === '52'
            ? capitalOf(rng, [3, 300])
            : undefined;
    const scope = organisationScope(category, named);

    const subject: DemoSubject = {
      ref,
      kind: 'non_enterprise',
      name: named.name,
      code,
      codeKind: 'uscc',
      category,
      region: place.code,
      status,
      info: {
        legalRepresentative: rep,
        establishedOn: established,
        address: address(rng, place, category === '54' || category === 'N2'),
        ...(scope !== undefined && { businessScope: scope }),
        ...(capital !== undefined && { registeredCapital: capital }),
        registrationAuthority: registrationAuthority(rng, regRegion, authority),
        industry: named.sector,
      },
      ...(legacyCodes.length > 0 && { legacyCodes }),
    };
    sink.subjects.push(subject);

    const party: Party = { subject, place, activeFrom: established, category: '法人及非法人组织', licenses: 0, penalties: 0 };
    if ((category === '51' || category === '52') && established >= FIRST_DECISION)
      this.license(rng, party, 'social_org_registration', sink, established);
    const role = named.role;
    const offers: [string, number][] = [];
    if (role === 'hospital') offers.push(['medical_institution', 0.8], ['radiation_safety', 0.3], ['pollutant_discharge', 0.25]);
    if (role === 'school' || role === 'elderly') offers.push(['food_canteen', 0.6]);
    if (role === 'kindergarten' || role === 'training')
      offers.push(['private_school', category === '52' ? 0.8 : 0], ['food_canteen', role === 'kindergarten' ? 0.6 : 0]);
    for (const [key, p] of offers) if (rng.chance(p) && this.depts.has(licenseType(key).functions)) this.license(rng, party, key, sink);

    const risk: [string, number][] =
      role === 'hospital'
        ? [
            ['medins_switch', 0.03],
            ['fire_facility', 0.02],
          ]
        : category === '52'
          ? [
              ['fire_facility', 0.02],
              ['food_health_cert', 0.01],
            ]
          : [];
    for (const [key, p] of risk) if (rng.chance(p) && this.depts.has(penaltyType(key).functions)) this.penalty(rng, party, key, sink);
  }

  // ───────────── natural persons ─────────────

  private person(i: number, sink: DemoData): void {
    const rng = createRandom(deriveSeed(this.seed, 3, i));
    const today = this.today;
    const ref = `P${String(i + 1).padStart(7, '0')}`;
    const place = placeOf(rng.weighted(PERSON_REGIONS));
    const sex = rng.chance(0.51) ? 'M' : 'F';
    const [lo, hi] = rng.weighted(AGE_BANDS);
    const birthDate = rng.date(addDays(addYears(today, -(hi + 1)), 1), addYears(today, -lo));
    const birthYear = yearOf(birthDate);
    const name = personName(rng, sex, birthYear);

    // Most people carry their county's current code; older ones often a retired one, and a few are
    // Hong Kong, Macao or Taiwan residents with a residence permit.
    let addressCode = place.division;
    let idType = '身份证';
    const historic = (HISTORIC_ID_CODES[place.division] ?? []).filter((h) => h.until + 1 >= birthYear);
    const permitDraw = rng.next();
    if (permitDraw < 0.003) {
      addressCode = rng.pick(['810000', '820000', '830000']);
      idType = addressCode === '830000' ? '台湾居民居住证' : '港澳居民居住证';
    } else if (birthYear < 1990 && historic.length > 0 && rng.chance(0.1)) {
      addressCode = rng.pick(historic).code;
    }
    let code = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      code = makeResidentId({ addressCode, birthDate, sex, rand: rng.next });
      if (this.codes.claim(`I${code}`)) break;
    }

    const age = Number(today.slice(0, 4)) - birthYear;
    const occupation = age >= 22 && age <= 60 && rng.chance(0.08) ? rng.weighted(OCCUPATIONS) : undefined;
    const subject: DemoSubject = {
      ref,
      kind: 'natural_person',
      name,
      code,
      codeKind: 'resident_id',
      category: 'resident',
      region: place.code,
      status: 'active',
      info: {
        sex,
        birthDate,
        address: personAddress(rng, place),
        ...(occupation !== undefined && { occupation }),
      },
    };
    sink.subjects.push(subject);

    const party: Party = { subject, place, activeFrom: addYears(birthDate, 18), category: '自然人', idType, licenses: 0, penalties: 0 };
    const qualifications: [string, number][] = [];
    if (occupation === '医务人员')
      qualifications.push([sex === 'F' && rng.chance(0.6) ? 'nurse_registration' : 'physician_registration', 0.7]);
    if (occupation === '导游') qualifications.push(['tour_guide', 0.8]);
    qualifications.push(['transport_qualification', sex === 'M' && age >= 25 && age <= 60 ? 0.03 : 0]);
    qualifications.push(['special_operation', sex === 'M' && age >= 20 && age <= 55 ? 0.015 : 0]);
    for (const [key, p] of qualifications)
      if (rng.chance(p) && this.depts.has(licenseType(key).functions)) this.license(rng, party, key, sink);

    const usable = PERSON_PENALTIES.filter(([key]) => this.depts.has(penaltyType(key).functions));
    const nPenalties = zeroInflated(rng, 0.05, 1.1);
    for (let k = 0; k < nPenalties && usable.length > 0; k++) this.penalty(rng, party, rng.weighted(usable), sink);

    const lists = new ListBuilder({ today, depts: this.depts, counters: this.counters }, subject, place, rng);
    if (rng.chance(0.01)) lists.courtDebtor(party.activeFrom);
    for (const e of lists.entries) sink.listEntries.push(e);
  }

  // ───────────── records ─────────────

  private docContext(rng: Random, chosen: Chosen, date: string, party: Party): DocContext {
    return {
      abbr: departmentAbbr(chosen.dept.region, chosen.fn),
      date,
      year: yearOf(date),
      division: party.place.division,
      uscc: party.subject.codeKind === 'uscc' ? party.subject.code : '',
      rng,
      seq: (key, width, startMax) => this.counters.take(key, width, rng, startMax),
    };
  }

  private license(rng: Random, party: Party, key: string, sink: DemoData, date?: string, content?: string): void {
    const t = licenseType(key);
    const from = maxDate(maxDate(FIRST_DECISION, party.activeFrom), t.from ?? FIRST_DECISION);
    if (from > this.today) return;
    const decided = date ?? recentDate(rng, from, this.today, 2);
    const chosen = this.depts.pick(t.functions, party.place.code, rng);
    if (!chosen) return;
    const ctx = this.docContext(rng, chosen, decided, party);
    const docNo = t.docNo(ctx);
    const s = party.subject;
    const licenceNo = t.licenceNo === 'docNo' ? docNo : t.licenceNo === 'uscc' ? ctx.uscc : t.licenceNo === 'none' ? '' : t.licenceNo(ctx);
    const fields: DemoLicenseFields = {
      XK_XDR_MC: s.name,
      XK_XDR_LB: party.category,
      ...(s.codeKind === 'uscc' ? { XK_XDR_SHXYM: s.code } : { XK_XDR_ZJLX: party.idType ?? '身份证', XK_XDR_ZJHM: s.code }),
      ...(s.info.legalRepresentative !== undefined && { XK_FRDB: s.info.legalRepresentative }),
      XK_XKWS: t.document,
      XK_WSH: docNo,
      XK_XKLB: t.category,
      XK_XKZS: t.certificate,
      XK_XKBH: licenceNo,
      XK_NR: content ?? rng.pick(t.contents),
      XK_JDRQ: decided,
      XK_YXQZ: decided,
      XK_YXQZI: t.years === null ? NO_EXPIRY : addDays(addYears(decided, t.years), -1),
      XK_XKJG: chosen.dept.name,
      XK_ZT: '1',
      XK_LYDW: chosen.dept.name,
    };
    party.licenses++;
    const record: DemoLicense = {
      ref: `${s.ref}-XK${party.licenses}`,
      subjectRef: s.ref,
      departmentCode: chosen.dept.code,
      decisionDate: decided,
      licenseType: key,
      fields,
    };
    sink.licenses.push(record);
  }

  private penalty(rng: Random, party: Party, key: string, sink: DemoData): void {
    const t = penaltyType(key);
    const person = party.category === '自然人';
    const from = maxDate(maxDate(FIRST_DECISION, party.activeFrom), t.from ?? FIRST_DECISION);
    if (from > this.today) return;
    const decided = recentDate(rng, from, this.today, 1.6);
    const chosen = this.depts.pick(t.functions, party.place.code, rng);
    if (!chosen) return;
    const ctx = this.docContext(rng, chosen, decided, party);
    const s = party.subject;

    const range = person ? (t.personFine ?? t.fine) : t.fine;
    // 简易程序: a warning, or at most 200 yuan for a citizen and 3,000 for an organisation (行政处罚法 art. 51).
    const simplifiedDraw = rng.next();
    const simplified = t.simplified !== undefined && simplifiedDraw < t.simplified;
    let kinds = simplified ? (rng.chance(0.4) ? '警告' : '罚款') : rng.weighted(t.kinds);
    if (kinds.includes('罚款') && range === null) kinds = '警告';
    const reduced = !simplified && t.reduced !== undefined && rng.chance(t.reduced.p);
    let fine = 0;
    if (kinds.includes('罚款') && range !== null) {
      const cap = person ? 200 : 3000;
      const [lo, hi] = simplified ? [Math.min(range[0], cap), Math.min(range[1], cap)] : reduced && t.reduced ? t.reduced.range : range;
      fine = niceAmount(rng, lo, hi);
    }
    const confiscated = kinds.includes('没收') ? niceAmount(rng, 200, 30000) : 0;

    const parts: string[] = [];
    for (const kind of kinds.split(';')) {
      if (kind === '警告') parts.push('警告');
      else if (kind === '罚款') parts.push(`罚款人民币${fine}元`);
      else if (kind.startsWith('没收')) parts.push(`没收违法所得人民币${confiscated}元，没收违法经营的物品`);
      else if (kind === '责令停产停业') parts.push('责令停产停业整顿');
      else if (kind === '其他') parts.push(t.otherContent ?? '其他');
      else parts.push(kind);
    }
    const serious = !simplified && ((fine >= 100000 && !reduced) || kinds.includes('停产停业') || rng.chance(t.serious ?? 0.02));
    const docNo = simplified ? `${ctx.abbr}简罚〔${ctx.year}〕${ctx.seq(`${ctx.abbr}简罚${ctx.year}`, 1)}号` : penaltyDocNo(ctx, chosen.fn);
    const found = maxDate(party.activeFrom, addDays(decided, -rng.int(10, 90)));

    const fields: DemoPenaltyFields = {
      CF_XDR_MC: s.name,
      CF_XDR_LB: party.category,
      ...(s.codeKind === 'uscc' ? { CF_XDR_SHXYM: s.code } : { CF_XDR_ZJLX: party.idType ?? '身份证', CF_XDR_ZJHM: s.code }),
      ...(s.info.legalRepresentative !== undefined && { CF_FRDB: s.info.legalRepresentative }),
      CF_WSH: docNo,
      CF_WFXW: t.offence,
      CF_SY: t.fact({ name: s.name, found, rng }),
      CF_YJ: basisOn(t.basis, decided) + (reduced ? REDUCTION_CLAUSE : ''),
      CF_CFLB: kinds,
      CF_NR: parts.join('，'),
      ...(fine > 0 && { CF_NR_FK: toWan(fine) }),
      ...(confiscated > 0 && { CF_NR_WFFF: toWan(confiscated) }),
      CF_JDRQ: decided,
      CF_CFJG: chosen.dept.name,
      CF_SJLY: chosen.dept.name,
    };
    party.penalties++;
    const record: DemoPenalty = {
      ref: `${s.ref}-CF${party.penalties}`,
      subjectRef: s.ref,
      departmentCode: chosen.dept.code,
      decisionDate: decided,
      penaltyType: key,
      sectors: [...t.sectors],
      severity: serious ? 'serious' : 'general',
      procedure: simplified ? 'simplified' : 'ordinary',
      status: rng.chance(0.03) ? 'revoked' : 'normal',
      fields,
    };
    sink.penalties.push(record);
  }

  // ───────────── identifiers ─────────────

  /**
   * An unused USCC. `legacyYear` set: a pre-reform digit body like the organisation codes of that
   * era; `modernPrefix` set: MB/MJ bodies of post-reform organisations; otherwise makeUscc's own.
   */
  private uscc(
    rng: Random,
    authority: string,
    category: string,
    region: string,
    legacyYear: number | null,
    modernPrefix: string | null,
  ): string {
    for (let attempt = 0; ; attempt++) {
      let code: string;
      if (legacyYear !== null || modernPrefix !== null) {
        const body =
          modernPrefix !== null
            ? modernPrefix + Array.from({ length: 6 }, () => rng.pick(USCC_BODY_CHARS)).join('')
            : legacyOrgBody(rng, legacyYear ?? 2010);
        const first17 = `${authority}${category}${region}${body}${orgCodeCheckChar(body)}`;
        code = first17 + usccCheckChar(first17);
      } else {
        code = makeUscc({ authority, category, region, rand: rng.next });
      }
      // The embedded organisation code must be unique too: it is a legacy identifier of its own.
      if (this.codes.claim(`O${code.slice(8, 17)}`)) return code;
      if (attempt > 100) throw new Error('demo: no unused organisation code found');
    }
  }

  private regNo(rng: Random, region: string): string {
    for (let attempt = 0; ; attempt++) {
      const code = makeRegNo(region, rng.next);
      if (this.codes.claim(`R${code}`)) return code;
      if (attempt > 100) throw new Error('demo: no unused registration number found');
    }
  }
}

// Body characters of MB/MJ codes: the USCC alphabet (a body char outside it would break the USCC).
const USCC_BODY_CHARS = Array.from(USCC_ALPHABET);

// Leading digits of organisation codes by issuing era (rough, but gives old codes an old look).
function legacyOrgBody(rng: Random, year: number): string {
  const lead =
    year < 2000
      ? rng.pick(['16', '26', '72', '49', '86'])
      : year < 2008
        ? rng.pick(['73', '74', '75', '76', '77', '78', '79'])
        : rng.pick(['66', '67', '68', '69', '05', '06', '07', '08', '31', '32', '33', '34', '55', '56', '57', '58', '59']);
  let body = lead;
  while (body.length < 8) body += String(rng.int(0, 9));
  return body;
}

/** How many records a subject gets: none with probability 1−pAny, else 1 + geometric(mean−1). */
function zeroInflated(rng: Random, pAny: number, meanIfAny: number): number {
  if (!rng.chance(pAny)) return 0;
  const extra = meanIfAny - 1;
  if (extra <= 0) return 1;
  // Geometric on {0,1,…} with mean `extra`; capped so one subject cannot dominate a chunk.
  const q = extra / (1 + extra);
  const n = Math.floor(Math.log(1 - rng.next()) / Math.log(q));
  return 1 + Math.min(n, 40);
}

/** A fine between lo and hi (yuan), low amounts more likely, rounded the way decisions round them. */
function niceAmount(rng: Random, lo: number, hi: number): number {
  const raw = lo + (hi - lo) * Math.pow(rng.next(), 2);
  const step = hi <= 500 ? 10 : hi <= 5000 ? 100 : hi <= 50000 ? 500 : hi <= 300000 ? 1000 : 10000;
  const rounded = Math.round(raw / step) * step;
  return Math.min(hi, Math.max(lo, rounded));
}

/** Yuan as 万元 decimal string without trailing zeros: 2000 → '0.2', 125000 → '12.5'. */
export function toWan(yuan: number): string {
  const whole = Math.floor(yuan / 10000);
  const frac = String(Math.round(yuan % 10000))
    .padStart(4, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

function capitalOf(rng: Random, [lo, hi]: readonly [number, number]): string {
  const v = Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo)));
  if (rng.chance(0.6)) {
    // People register round amounts: snap to the nearest "nice" value in range.
    let best: number | undefined;
    for (const n of NICE_CAPITAL) if (n >= lo && n <= hi && (best === undefined || Math.abs(n - v) < Math.abs(best - v))) best = n;
    if (best !== undefined) return String(best);
  }
  const step = v < 20 ? 1 : v < 100 ? 5 : v < 1000 ? 10 : v < 10000 ? 100 : 1000;
  return String(Math.max(step, Math.round(v / step) * step));
}

function penaltyDocNo(c: DocContext, fn: string): string {
  if (fn === 'market_regulation') return `${c.abbr}处罚〔${c.year}〕${c.seq(`${c.abbr}处罚${c.year}`, 1)}号`;
  if (fn === 'fire_rescue') return `${c.abbr}行罚决字〔${c.year}〕${c.seq(`${c.abbr}行罚${c.year}`, 4)}号`;
  if (fn === 'tax') return `${c.abbr}稽罚〔${c.year}〕${c.seq(`${c.abbr}稽罚${c.year}`, 1)}号`;
  return `${c.abbr}罚〔${c.year}〕${c.seq(`${c.abbr}罚${c.year}`, 1)}号`;
}

const COUNTY_PLACES = PLACES.filter((p) => !p.code.startsWith('TA-'));

function govPrefixOf(region: string): string {
  return COUNTY_PLACES.find((p) => p.division === region)?.govPrefix ?? '泰安市';
}

/** 登记机关 by name for the registering region and USCC authority character. */
function registrationAuthority(rng: Random, region: string, authority: string): string {
  const prefix = govPrefixOf(region);
  if (authority === '9') return prefix + (rng.chance(0.7) ? '行政审批服务局' : '市场监督管理局');
  if (authority === '1') return `中共${prefix}委机构编制委员会办公室`;
  if (authority === 'N') return `${prefix}农业农村局`;
  return `${prefix}民政局`;
}

function organisationFounded(rng: Random, category: NonEnterpriseCategory): string {
  switch (category) {
    case '11':
      // Many bureaus date from the 2019 institutional reform.
      return rng.chance(0.35) ? rng.date('2019-01-01', '2019-06-30') : rng.date('1980-01-01', '2018-12-31');
    case '12':
      return rng.date('1955-01-01', '2021-12-31');
    case '51':
      return recentDate(rng, '1988-01-01', '2026-06-30', 1.5);
    case '52':
      return recentDate(rng, '2000-01-01', '2026-06-30', 1.8);
    case '54':
      return rng.date('1985-01-01', '2005-12-31');
    case 'N2':
      return rng.date('2018-06-01', '2021-12-31');
  }
}

function organisationScope(category: NonEnterpriseCategory, named: NonEnterpriseName): string | undefined {
  if (category === '51') return '宗旨：团结会员，服务行业，促进交流与合作。业务范围：行业交流、业务培训、咨询服务、组织活动';
  if (category === '52') {
    if (named.role === 'elderly') return '为老年人提供生活照料、康复护理、精神慰藉等养老服务';
    if (named.role === 'kindergarten') return '实施学前教育，促进幼儿身心健康发展';
    if (named.role === 'hospital') return '医疗、康复服务';
    return '开展职业技能、文化艺术等培训服务及相关公益活动';
  }
  if (category === '12') {
    if (named.role === 'hospital') return '为人民身体健康提供医疗与护理保健服务';
    if (named.role === 'school') return '实施教育，促进基础教育发展';
    return undefined;
  }
  if (category === 'N2') return '集体资产经营管理、集体资源发包、农业生产发展服务';
  return undefined;
}

function address(rng: Random, place: Place, rural: boolean): string {
  const prefix = `山东省${place.addressPrefix}`;
  if (rural && rng.chance(0.55)) {
    const village = villageName(rng);
    return `${prefix}${rng.pick(place.towns)}${village}${village.endsWith('村') ? '' : '村'}${rng.chance(0.4) ? `${rng.pick(['东', '西', '南', '北'])}首` : ''}`;
  }
  const building = rng.chance(0.25) ? `${rng.pick(BUILDINGS)}${rng.int(2, 28)}${String(rng.int(1, 20)).padStart(2, '0')}室` : '';
  return `${prefix}${rng.pick(place.roads)}${rng.int(1, 999)}号${building}`;
}

function personAddress(rng: Random, place: Place): string {
  const prefix = `山东省${place.addressPrefix}`;
  if (rng.chance(0.45)) {
    const village = villageName(rng);
    return `${prefix}${rng.pick(place.towns)}${village}${village.endsWith('村') ? '' : '村'}${rng.int(1, 300)}号`;
  }
  return `${prefix}${rng.pick(place.roads)}${rng.int(1, 600)}号${rng.int(1, 30)}号楼${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
}

const FORMS_SWAP: Readonly<Record<string, CompanyNameParts['form']>> = { 有限公司: '有限责任公司', 有限责任公司: '有限公司' };

/** A plausible earlier name: another industry word, the other limited-company form, another prefix or 字号. */
function formerVariant(rng: Random, parts: CompanyNameParts): CompanyNameParts {
  const roll = rng.next();
  if (roll < 0.4) return { ...parts, industry: rng.pick(INDUSTRIES) };
  if (roll < 0.6 && FORMS_SWAP[parts.form]) return { ...parts, form: FORMS_SWAP[parts.form] ?? parts.form };
  if (roll < 0.8) return { ...parts, prefix: parts.prefix === '山东' ? '泰安' : rng.pick(['山东', '泰安市', '泰安']), bracketed: false };
  return { ...parts, trade: tradeName(rng) };
}

function emptyData(): DemoData {
  return { subjects: [], licenses: [], penalties: [], listEntries: [] };
}

/**
 * Demo data for the options, in chunks of `chunkSize` subjects with all their records. The chunks
 * concatenated equal `generateDemo(opts)`; memory stays bounded by the chunk size (plus a few MB of
 * name and code filters), so scale 500 (1 M enterprises) can be streamed into the database.
 */
export function* generateDemoChunks(opts: DemoOptions, chunkSize = 10_000): Generator<DemoData, void, undefined> {
  if (!(chunkSize >= 1)) throw new RangeError(`chunkSize must be ≥ 1: ${chunkSize}`);
  const gen = new DemoGenerator(opts);
  let chunk = emptyData();
  for (let i = 0; i < gen.total; i++) {
    gen.emit(i, chunk);
    if (chunk.subjects.length >= chunkSize) {
      yield chunk;
      chunk = emptyData();
    }
  }
  if (chunk.subjects.length > 0) yield chunk;
}

/**
 * Deterministic demo data for (seed, scale): about 2,000 enterprises, 400 non-enterprise
 * organisations and 3,000 persons per unit of scale, with licences, penalties and list entries
 * decided by the given departments. Pure: no I/O, no clock (dates are relative to `today`).
 */
export function generateDemo(opts: DemoOptions): DemoData {
  const all = emptyData();
  const gen = new DemoGenerator(opts);
  for (let i = 0; i < gen.total; i++) gen.emit(i, all);
  return all;
}
