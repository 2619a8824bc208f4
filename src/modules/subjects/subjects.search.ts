// Pure rules of name search: the search key both sides are reduced to, the query plan, highlights.
// The stored side of the key is the generated column subject_names.name_core (migration 0003), whose
// SQL expression mirrors searchKey step by step; subjects.search.routes.test.ts checks they agree.

/** Characters that carry no identity in a name: brackets, quotes, dots and commas (after NFKC). */
const IGNORED = new Set(Array.from('()[]{}【】〔〕《》〈〉<>"\'“”‘’·・.,、'));

/** The city prefix a person may or may not type: 泰安市…, 泰安…, 山东省泰安市…, 山东泰安…. */
const CITY_PREFIX = /^(?:山东省?)?泰安市?/;

/** A bracketed city in a 字号-first name: 宏达（泰安）建材有限公司 ≡ 泰安宏达建材有限公司. */
const BRACKETED_CITY = /\(泰安市?\)/g;

/** Equivalent company forms, reduced to one spelling (in this order). 股份有限公司 stays distinct from 有限公司. */
const FORM_EQUIVALENTS: readonly (readonly [RegExp, string])[] = [
  [/有限责任公司/g, '有限公司'],
  [/股份有限公司/g, '股份公司'],
];

/** The company-form suffixes a person may leave out: 宏达建材 is an exact hit on 泰安宏达建材有限公司. */
export const FORM_SUFFIX_SQL = '(集团有限公司|股份公司|有限公司|公司)$';
const FORM_SUFFIX = new RegExp(FORM_SUFFIX_SQL);

/** Minimum length of a name query, in characters. */
export const MIN_QUERY_CHARS = 2;

export const QUERY_TOO_SHORT_MESSAGE = '请输入至少2个字的主体名称，或完整的统一社会信用代码';

/** A key character with the UTF-16 range [start, end) of the original text it came from. */
interface Mapped {
  ch: string;
  start: number;
  end: number;
}

/**
 * The name folded for comparison, each character mapped to where it came from: NFKC (full-width →
 * half-width, （）→ ()), lower case, whitespace and IGNORED punctuation dropped — except that a
 * bracketed city is dropped whole first, which needs its brackets.
 */
function fold(name: string): Mapped[] {
  const out: Mapped[] = [];
  let at = 0;
  for (const original of name) {
    const start = at;
    at += original.length;
    for (const ch of original.normalize('NFKC').toLowerCase()) {
      if (/\s/.test(ch)) continue;
      out.push({ ch, start, end: at });
    }
  }
  return out;
}

/** Applies a regular-expression replacement to mapped characters; replacements map to the whole match. */
function replaceMapped(chars: Mapped[], re: RegExp, to: string): Mapped[] {
  const text = chars.map((c) => c.ch).join('');
  // Indices of a string of code points: every key character is one code point here.
  const index = Array.from(text);
  if (!re.test(text)) return chars;
  re.lastIndex = 0;
  const out: Mapped[] = [];
  let last = 0;
  const units = unitToPoint(index);
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
    const from = units[m.index]!;
    const until = units[m.index + m[0].length]!;
    out.push(...chars.slice(last, from));
    const span = chars.slice(from, until);
    const start = span[0]?.start ?? chars[from - 1]?.end ?? 0;
    const end = span[span.length - 1]?.end ?? start;
    for (const ch of to) out.push({ ch, start, end });
    last = until;
  }
  out.push(...chars.slice(last));
  return out;
}

/** For each UTF-16 offset of the joined text, the index of its code point (and one past the end). */
function unitToPoint(points: string[]): number[] {
  const map: number[] = [];
  points.forEach((p, i) => {
    for (let k = 0; k < p.length; k++) map.push(i);
  });
  map.push(points.length);
  return map;
}

/** The search key with its source mapping; see searchKey. */
function mappedKey(name: string): { folded: Mapped[]; key: Mapped[] } {
  let chars = replaceMapped(fold(name), BRACKETED_CITY, '');
  chars = chars.filter((c) => !IGNORED.has(c.ch));
  const folded = chars;
  for (const [re, to] of FORM_EQUIVALENTS) chars = replaceMapped(chars, re, to);
  const stripped = replaceMapped(chars, CITY_PREFIX, '');
  // A name that is (almost) only the city keeps it: 泰安 must not become an empty key.
  if (stripped.length >= MIN_QUERY_CHARS) chars = stripped;
  return { folded, key: chars };
}

/**
 * The form of a name both the stored names and the query are reduced to before comparison:
 * full/half width, （）/(), spaces and case folded; brackets and quotes dropped; 有限责任公司 ≡ 有限公司 and
 * 股份有限公司 ≡ 股份公司; the city prefix (泰安市, 泰安, 山东省泰安市) and a bracketed （泰安） dropped.
 * `泰安市 （宏达）建材有限责任公司` → `宏达建材有限公司`.
 */
export function searchKey(name: string): string {
  return mappedKey(name)
    .key.map((c) => c.ch)
    .join('');
}

/** The key without its company-form suffix: 宏达建材有限公司 → 宏达建材. */
export function keyBody(key: string): string {
  return key.replace(FORM_SUFFIX, '');
}

export type SearchPlan =
  | { mode: 'too_short' }
  /**
   * Two characters, or a query that is only the city (泰安市): the bigram GIN index on subject_names.grams
   * (of name_norm), `term` being what name_norm must contain.
   */
  | { mode: 'bigram'; key: string; body: string; term: string; grams: string[] }
  /** Three or more: the trigram index on name_core (LIKE), then similarity for typos. */
  | { mode: 'trigram'; key: string; body: string };

/**
 * How a name query is answered, by the length of its key: fewer than 2 characters is refused (a
 * one-character query matches a large part of the city and says nothing), 2 go to the bigram index,
 * 3 or more to the trigram index.
 */
export function planNameSearch(query: string): SearchPlan {
  const key = searchKey(query);
  const length = Array.from(key).length;
  if (length < MIN_QUERY_CHARS) return { mode: 'too_short' };
  const body = keyBody(key);
  // The key keeps the city only when nothing else is left (泰安市, 泰安市宏): stored keys lost it, so such a
  // query is answered over the full normalised names.
  if (length === 2 || CITY_PREFIX.test(key)) {
    const term = key.normalize('NFKC');
    const chars = Array.from(term);
    const grams = [...new Set(chars.slice(1).map((ch, i) => chars[i]! + ch))];
    return { mode: 'bigram', key, body, term, grams };
  }
  return { mode: 'trigram', key, body };
}

export interface Range {
  start: number;
  end: number;
}

/** Sorted, merged ranges. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function find(chars: Mapped[], needle: string[]): Range[] {
  if (needle.length === 0) return [];
  for (let i = 0; i + needle.length <= chars.length; i++) {
    if (needle.every((ch, k) => chars[i + k]!.ch === ch)) {
      return merge(chars.slice(i, i + needle.length).map((c) => ({ start: c.start, end: c.end })));
    }
  }
  return [];
}

/**
 * The parts of `name` a query matched, as UTF-16 ranges [start, end) of `name` (what String.slice takes):
 * the query key found in the name's key (or in the folded name when the key lost the city prefix);
 * failing that (a fuzzy hit), every character of the name inside a two-character window the query shares.
 */
export function highlightRanges(name: string, query: string): Range[] {
  const q = mappedKey(query);
  const n = mappedKey(name);
  const keyChars = q.key.map((c) => c.ch);
  const direct = find(n.key, keyChars);
  if (direct.length > 0) return direct;
  const folded = find(
    n.folded,
    q.folded.map((c) => c.ch),
  );
  if (folded.length > 0) return folded;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < keyChars.length; i++) grams.add(keyChars[i]! + keyChars[i + 1]!);
  const hits: Range[] = [];
  for (let i = 0; i + 1 < n.key.length; i++) {
    const a = n.key[i]!;
    const b = n.key[i + 1]!;
    if (grams.has(a.ch + b.ch)) hits.push({ start: a.start, end: a.end }, { start: b.start, end: b.end });
  }
  return merge(hits);
}

/** Escapes LIKE wildcards: a % or _ typed by a person is a literal character of a name. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, '\\$&');
}
