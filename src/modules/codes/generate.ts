import { orgCodeCheckChar } from './org-code';
import { regNoCheckDigit } from './reg-no';
import { looksLikeResidentId, residentIdCheckChar } from './resident-id';
import { USCC_ALPHABET, USCC_AUTHORITIES, USCC_EXTRA_CATEGORIES, usccCheckChar } from './uscc';

/** A random source returning numbers in [0, 1), like Math.random. */
export type Rand = () => number;

/** mulberry32: a tiny seeded PRNG, so demo data and property tests are reproducible. */
export function seededRandom(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(alphabet: string, rand: Rand): string {
  return alphabet.charAt(Math.min(alphabet.length - 1, Math.floor(rand() * alphabet.length)));
}

function digits(n: number, rand: Rand): string {
  return Array.from({ length: n }, () => pick('0123456789', rand)).join('');
}

export interface MakeUsccOptions {
  /** Registration authority (position 1), default '9' (市场监管). */
  authority?: string;
  /** Category (position 2), default '1' (企业). */
  category?: string;
  /** Registering authority's division code, default '370902' (泰山区). */
  region?: string;
  rand: Rand;
}

/**
 * A valid USCC with a valid embedded organisation code. Market subjects (9x) get a body like the
 * post-2015 `MA` codes, others 8 digits like their old organisation codes. Throws RangeError for an
 * authority/category pair not in the table or a region that is not 6 digits.
 */
export function makeUscc({ authority = '9', category = '1', region = '370902', rand }: MakeUsccOptions): string {
  const known = USCC_AUTHORITIES[authority]?.categories[category] ?? USCC_EXTRA_CATEGORIES[authority]?.[category];
  if (known === undefined) throw new RangeError(`unknown USCC authority/category: ${authority}${category}`);
  if (!/^\d{6}$/.test(region)) throw new RangeError(`region must be 6 digits: ${region}`);
  const body = authority === '9' ? `MA${Array.from({ length: 6 }, () => pick(USCC_ALPHABET, rand)).join('')}` : digits(8, rand);
  // The GB 11714 check is a digit or X, both in the USCC alphabet, so no retry is needed.
  const first17 = `${authority}${category}${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

export interface MakeResidentIdOptions {
  /** Address code, default '370902' (泰山区); not checked, so invalid codes can be made on purpose. */
  addressCode?: string;
  /** YYYY-MM-DD; default a random date from 1940 to 2005. */
  birthDate?: string;
  /** Default random. */
  sex?: 'M' | 'F';
  rand: Rand;
}

/** A valid 18-digit resident ID number. Throws RangeError for a malformed address code or date. */
export function makeResidentId({ addressCode = '370902', birthDate, sex, rand }: MakeResidentIdOptions): string {
  if (!/^\d{6}$/.test(addressCode)) throw new RangeError(`address code must be 6 digits: ${addressCode}`);
  const date = birthDate ?? randomDate(rand);
  const ymd = date.replaceAll('-', '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`birth date must be a real YYYY-MM-DD date: ${date}`);
  }
  const male = (sex ?? (rand() < 0.5 ? 'M' : 'F')) === 'M';
  // The 17th digit carries the sex: odd for men, even for women.
  const sexDigit = 2 * Math.min(4, Math.floor(rand() * 5)) + (male ? 1 : 0);
  const first17 = `${addressCode}${ymd}${digits(2, rand)}${sexDigit}`;
  return first17 + residentIdCheckChar(first17);
}

function randomDate(rand: Rand): string {
  const from = Date.UTC(1940, 0, 1);
  const days = Math.floor(rand() * ((Date.UTC(2005, 11, 31) - from) / 86_400_000 + 1));
  return new Date(from + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A valid 15-digit 工商注册号 for `region`. Numbers that would also read as a first-generation ID
 * are skipped, so generated demo data is detected as reg_no. Throws RangeError unless region is 6 digits.
 */
export function makeRegNo(region: string, rand: Rand): string {
  if (!/^\d{6}$/.test(region)) throw new RangeError(`region must be 6 digits: ${region}`);
  for (;;) {
    const first14 = region + digits(8, rand);
    const code = first14 + regNoCheckDigit(first14);
    if (!looksLikeResidentId(code)) return code;
  }
}
