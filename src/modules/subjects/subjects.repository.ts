import type { Db, Queryable } from '../../db/db';
import { nameGrams, normalizeName } from './subjects.names';
import { escapeLike, FORM_SUFFIX_SQL } from './subjects.search';
import type { NewSubject, SubjectRow } from './subjects.types';

const SUBJECT_COLUMNS = `s.id, s.kind, s.name, s.name_norm, s.code, s.code_kind, s.code_checksum_ok, s.category, s.region_code,
  r.name AS region_name, s.status, s.info, s.created_at, s.updated_at`;

/**
 * The subject known by this identifier (primary or legacy), if any. With `kind`, only an identifier of
 * that kind matches: a 15-digit 注册号 and a first-generation ID number can share their digits, and a
 * person's records must never land on a company.
 */
export async function findSubjectByCode(q: Queryable, code: string, kind?: string): Promise<SubjectRow | undefined> {
  const { rows } = await q.query<SubjectRow>(
    `SELECT ${SUBJECT_COLUMNS} FROM subject_identifiers i JOIN subjects s ON s.id = i.subject_id
     LEFT JOIN regions r ON r.code = s.region_code WHERE i.code = $1 AND ($2::text IS NULL OR i.kind = $2)
     ORDER BY i.is_primary DESC LIMIT 1`,
    [code, kind ?? null],
  );
  return rows[0];
}

export interface NameSearchOptions {
  /** bigram: name_norm contains `term`, found through the bigram index (`grams`); trigram: name_core LIKE. */
  mode: 'bigram' | 'trigram';
  term?: string;
  grams?: readonly string[];
  /** The query's search key (subjects.search.ts) and the key without its company-form suffix. */
  key: string;
  body: string;
  /** Also fuzzy (pg_trgm similarity) matches: one typo. Trigram mode only. */
  fuzzy: boolean;
  kinds: readonly string[];
  /** A region code; its child regions are included. */
  region: string | null;
  /** For the in-force test of list entries. */
  today: string;
  limit: number;
  offset: number;
}

export type NameSearchRow = SubjectRow & { matched_name: string; is_current: boolean; rank: number; total: number };

/** The list entry that makes a natural person public: a published, in-force 失信被执行人 entry. */
const publicPerson = (today: string) => `EXISTS (SELECT 1 FROM list_entries le WHERE le.subject_id = s.id AND le.list_type = 'SXBZXR'
  AND le.status = 'published' AND le.start_date <= ${today}::date AND (le.end_date IS NULL OR le.end_date > ${today}::date))`;

/**
 * How fuzzy matches are found. `tight` first: the pg_trgm similarity threshold is (n − 3) / (n + 3) for a key of
 * n distinct trigrams (a little below: pg_trgm computes in float4), never below pg_trgm's default 0.3. One edit
 * (a wrong, missing or extra character) changes at most three trigrams, so every name one edit away from the
 * key passes, while the names that share little more than the trigrams of 有限公司 and of the industry
 * (similarity 0.3–0.5 for a typical key) no longer do; the GIN index tests the threshold itself (shared
 * trigrams ≥ threshold × n), so most of them are not even fetched. And a name one edit away either starts
 * with the key's first character or ends with the rest of the key: each `%` scan carries one of the two, so
 * that a short 字号 with a typo does not make every name of its industry and form (建材有限公司) a candidate to
 * recheck. `wide` only when the tight search finds nothing: pg_trgm's default 0.3 without the first/rest
 * condition (the behaviour before the tight search), for a typo inside a part the key normalises
 * (有限责任公司, a bracketed （泰安）), which then differs from the stored key by more than one edit. The word
 * similarity threshold (`<%`: the key as part of a longer name) is pg_trgm's default 0.6 in both.
 */
type Fuzzy = 'tight' | 'wide';

/** Sets the similarity threshold of `fuzzy` for `key` for the current transaction; returns the previous value. */
async function setSimilarityThreshold(tx: Queryable, key: string, fuzzy: Fuzzy): Promise<string> {
  const { rows } = await tx.query<{ before: string | null }>(
    fuzzy === 'tight'
      ? `SELECT current_setting('pg_trgm.similarity_threshold', true) AS before,
           set_config('pg_trgm.similarity_threshold', greatest(0.3, floor((n - 3)::numeric / (n + 3) * 1000 - 1) / 1000)::text, true)
         FROM (SELECT cardinality(show_trgm($1)) AS n) t`
      : `SELECT current_setting('pg_trgm.similarity_threshold', true) AS before, set_config('pg_trgm.similarity_threshold', '0.3', true)`,
    fuzzy === 'tight' ? [key] : [],
  );
  return rows[0]?.before ?? '0.3';
}

/**
 * Runs a fuzzy search with its similarity threshold: in a transaction of its own when `q` is the database,
 * else (inside the caller's transaction) set and restored around it.
 */
async function withSimilarityThreshold<T>(q: Queryable | Db, key: string, fuzzy: Fuzzy, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  if ('transaction' in q) {
    return q.transaction(async (tx) => {
      await setSimilarityThreshold(tx, key, fuzzy);
      return fn(tx);
    });
  }
  const before = await setSimilarityThreshold(q, key, fuzzy);
  try {
    return await fn(q);
  } finally {
    await q.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [before]);
  }
}

/**
 * One page of subjects whose current or former name matches, with the total. Two-character keys go to
 * the bigram index (grams), longer ones to the trigram index on name_core (LIKE), and with `fuzzy` also
 * to pg_trgm similarity (% and <%; see Fuzzy). Rank: 0 exact (the key, or the key without its form
 * suffix), 1 prefix, 2 substring, 3 fuzzy; then current names before former ones, closer fuzzy hits
 * first, shorter names, id. Natural persons only with a public list entry.
 */
export async function searchSubjectNames(q: Queryable | Db, o: NameSearchOptions): Promise<{ rows: NameSearchRow[]; total: number }> {
  if (!o.fuzzy || o.mode !== 'trigram') return searchNames(q, o);
  // The same decision for every page of a query: on the total, not on the rows of the page.
  const tight = await withSimilarityThreshold(q, o.key, 'tight', (tx) => searchNames(tx, o, 'tight'));
  if (tight.total > 0) return tight;
  return withSimilarityThreshold(q, o.key, 'wide', (tx) => searchNames(tx, o, 'wide'));
}

async function searchNames(q: Queryable, o: NameSearchOptions, fuzzy?: Fuzzy): Promise<{ rows: NameSearchRow[]; total: number }> {
  const like = escapeLike(o.key);
  const params: unknown[] = [o.key, o.body, like, o.kinds, o.today, o.region];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Candidate names, one index scan per condition: with one OR, each row failing the cheap LIKE would also
  // compute similarity and word similarity (and again as a filter) — most of the time of a fuzzy search.
  const scan = (where: string) => `SELECT n.subject_id, n.name, n.name_norm, n.name_core FROM subject_names n WHERE ${where}`;
  let candidates: string;
  if (o.mode === 'bigram') {
    candidates = scan(
      `n.grams @> ${param(o.grams ?? [])}::text[] AND n.name_norm LIKE '%' || ${param(escapeLike(o.term ?? o.key))} || '%'`,
    );
  } else if (fuzzy) {
    const [first = '', ...rest] = Array.from(o.key);
    const similar =
      fuzzy === 'tight'
        ? [
            `n.name_core % $1 AND n.name_core LIKE ${param(`${escapeLike(first)}%`)}`,
            `n.name_core % $1 AND n.name_core LIKE ${param(`%${escapeLike(rest.join(''))}`)}`,
          ]
        : [`n.name_core % $1`];
    candidates = [`n.name_core LIKE '%' || $3 || '%'`, ...similar, `$1 <% n.name_core`].map(scan).join(' UNION ALL ');
  } else {
    candidates = scan(`n.name_core LIKE '%' || $3 || '%'`);
  }
  // A name found by two conditions comes twice: DISTINCT ON keeps one row per subject anyway.
  const hits = `WITH candidates AS (${candidates}),
    hits AS (
      SELECT DISTINCT ON (n.subject_id) n.subject_id, n.name AS matched_name, n.name_norm = s.name_norm AS is_current,
        CASE WHEN n.name_core = $1 OR regexp_replace(n.name_core, '${FORM_SUFFIX_SQL}', '') = $2 THEN 0
             WHEN n.name_core LIKE $3 || '%' THEN 1 WHEN n.name_core LIKE '%' || $3 || '%' THEN 2 ELSE ${o.mode === 'bigram' ? 2 : 3} END AS rank,
        ${fuzzy ? 'greatest(similarity(n.name_core, $1), word_similarity($1, n.name_core))' : '0'} AS score
      FROM candidates n JOIN subjects s ON s.id = n.subject_id
      WHERE s.kind = ANY($4::text[])
        AND ($6::text IS NULL OR s.region_code IN (SELECT code FROM regions WHERE code = $6 OR parent_code = $6))
        AND (s.kind <> 'natural_person' OR ${publicPerson('$5')})
      ORDER BY n.subject_id, rank, is_current DESC, score DESC, char_length(n.name)
    )`;
  const shared = [...params];
  // The page is chosen (and the total counted) on the hits alone; only its rows fetch the subject.
  const { rows } = await q.query<NameSearchRow>(
    `${hits}, page AS (
       SELECT h.*, count(*) OVER () AS total FROM hits h
       ORDER BY h.rank, h.is_current DESC, h.score DESC, char_length(h.matched_name), h.subject_id
       LIMIT ${param(o.limit)} OFFSET ${param(o.offset)}
     )
     SELECT ${SUBJECT_COLUMNS}, h.matched_name, h.is_current, h.rank, h.total
     FROM page h JOIN subjects s ON s.id = h.subject_id LEFT JOIN regions r ON r.code = s.region_code
     ORDER BY h.rank, h.is_current DESC, h.score DESC, char_length(h.matched_name), s.id`,
    params,
  );
  if (rows.length > 0 || o.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
  // A page past the end still tells the total.
  const { rows: count } = await q.query<{ n: number }>(`${hits} SELECT count(*)::bigint AS n FROM hits`, shared);
  return { rows, total: count[0]?.n ?? 0 };
}

/** Every subject known by this identifier, of any kind (a 15-digit number can be a 注册号 and an ID number). */
export async function findSubjectsByAnyCode(q: Queryable, code: string, today: string): Promise<SubjectRow[]> {
  const { rows } = await q.query<SubjectRow>(
    `SELECT ${SUBJECT_COLUMNS} FROM subjects s LEFT JOIN regions r ON r.code = s.region_code
     WHERE s.id IN (SELECT subject_id FROM subject_identifiers WHERE code = $1) AND (s.kind <> 'natural_person' OR ${publicPerson('$2')})
     ORDER BY s.id`,
    [code, today],
  );
  return rows;
}

export async function findSubjectById(q: Queryable, id: number): Promise<SubjectRow | undefined> {
  const { rows } = await q.query<SubjectRow>(
    `SELECT ${SUBJECT_COLUMNS} FROM subjects s LEFT JOIN regions r ON r.code = s.region_code WHERE s.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listIdentifiers(
  q: Queryable,
  subjectId: number,
): Promise<{ code: string; kind: string; is_primary: boolean; checksum_ok: boolean }[]> {
  const { rows } = await q.query<{ code: string; kind: string; is_primary: boolean; checksum_ok: boolean }>(
    'SELECT code, kind, is_primary, checksum_ok FROM subject_identifiers WHERE subject_id = $1 ORDER BY is_primary DESC, kind',
    [subjectId],
  );
  return rows;
}

export async function listFormerNames(
  q: Queryable,
  subjectId: number,
  currentNorm: string,
): Promise<{ name: string; valid_to: string | null }[]> {
  const { rows } = await q.query<{ name: string; valid_to: string | null }>(
    `SELECT name, valid_to FROM subject_names WHERE subject_id = $1 AND name_norm <> $2 ORDER BY valid_to DESC NULLS LAST`,
    [subjectId, currentNorm],
  );
  return rows;
}

/** Serialises creation of one identity across concurrent transactions (both engines have hashtext). */
export async function lockIdentity(q: Queryable, code: string): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`subject:${code}`]);
}

/**
 * Inserts subjects with their identifiers, name history and bigrams in a few set-based statements
 * (unnest of parameter arrays: the same SQL on PGlite and PostgreSQL). Returns the new ids in input order.
 */
export async function insertSubjects(q: Queryable, subjects: readonly NewSubject[]): Promise<number[]> {
  if (subjects.length === 0) return [];
  // Ids are taken from the sequence first so each row's id is known without relying on RETURNING order.
  const { rows: idRows } = await q.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('subjects', 'id')) AS id FROM generate_series(1, $1)`,
    [subjects.length],
  );
  const ids = idRows.map((r) => r.id);
  const norms = subjects.map((s) => normalizeName(s.name));
  await q.query(
    `INSERT INTO subjects (id, kind, name, name_norm, code, code_kind, code_checksum_ok, category, region_code, status, info)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[],
       $9::text[], $10::text[], $11::jsonb[])`,
    [
      ids,
      subjects.map((s) => s.kind),
      subjects.map((s) => s.name),
      norms,
      subjects.map((s) => s.code),
      subjects.map((s) => s.codeKind),
      subjects.map((s) => s.checksumOk ?? true),
      subjects.map((s) => s.category ?? null),
      subjects.map((s) => s.region ?? null),
      subjects.map((s) => s.status ?? 'active'),
      subjects.map((s) => JSON.stringify(s.info ?? {})),
    ],
  );
  const idCodes: string[] = [];
  const idKinds: string[] = [];
  const idSubjects: number[] = [];
  const idPrimary: boolean[] = [];
  const idChecksum: boolean[] = [];
  const idSource: (string | null)[] = [];
  const nmSubjects: number[] = [];
  const nmNames: string[] = [];
  const nmNorms: string[] = [];
  const nmTo: (string | null)[] = [];
  const nmGrams: string[] = [];
  subjects.forEach((s, i) => {
    const id = ids[i]!;
    const pushId = (code: string, kind: string, primary: boolean, checksumOk: boolean) => {
      idCodes.push(code);
      idKinds.push(kind);
      idSubjects.push(id);
      idPrimary.push(primary);
      idChecksum.push(checksumOk);
      idSource.push(s.source ?? null);
    };
    pushId(s.code, s.codeKind, true, s.checksumOk ?? true);
    for (const legacy of s.legacyCodes ?? []) pushId(legacy.code, legacy.kind, false, true);
    const names = [{ name: s.name, norm: norms[i]!, validTo: null as string | null }];
    for (const f of s.formerNames ?? []) names.push({ name: f.name, norm: normalizeName(f.name), validTo: f.validTo ?? null });
    for (const n of names) {
      nmSubjects.push(id);
      nmNames.push(n.name);
      nmNorms.push(n.norm);
      nmTo.push(n.validTo);
      nmGrams.push(toPgArray(nameGrams(n.norm)));
    }
  });
  await q.query(
    `INSERT INTO subject_identifiers (code, kind, subject_id, is_primary, checksum_ok, source)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::boolean[], $5::boolean[], $6::text[])`,
    [idCodes, idKinds, idSubjects, idPrimary, idChecksum, idSource],
  );
  // unnest cannot take an array of arrays of different lengths, so each name's grams travel as one
  // array literal and are cast back per row.
  await q.query(
    `INSERT INTO subject_names (subject_id, name, name_norm, valid_to, grams)
     SELECT s, n, nn, v, g::text[] FROM unnest($1::bigint[], $2::text[], $3::text[], $4::date[], $5::text[]) AS u(s, n, nn, v, g)`,
    [nmSubjects, nmNames, nmNorms, nmTo, nmGrams],
  );
  return ids;
}

/** A PostgreSQL array literal of text values ({"a","b"}), quoting every element. */
function toPgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Adds other identifiers (legacy 注册号, 组织机构代码) to existing subjects in one statement; known ones are skipped. */
export async function addIdentifiers(
  q: Queryable,
  list: readonly { subjectId: number; code: string; kind: string }[],
  source: string | null,
): Promise<void> {
  if (list.length === 0) return;
  await q.query(
    `INSERT INTO subject_identifiers (code, kind, subject_id, is_primary, checksum_ok, source)
     SELECT c, k, s, false, true, $4 FROM unnest($1::text[], $2::text[], $3::bigint[]) AS u(c, k, s)
     ON CONFLICT (code, kind) DO NOTHING`,
    [list.map((i) => i.code), list.map((i) => i.kind), list.map((i) => i.subjectId), source],
  );
}

/** Adds another identifier (e.g. a legacy 注册号) to an existing subject; no-op when already known. */
export async function addIdentifier(
  q: Queryable,
  subjectId: number,
  code: string,
  kind: string,
  checksumOk: boolean,
  source: string | null,
): Promise<void> {
  await q.query(
    `INSERT INTO subject_identifiers (code, kind, subject_id, is_primary, checksum_ok, source) VALUES ($1, $2, $3, false, $4, $5)
     ON CONFLICT (code, kind) DO NOTHING`,
    [code, kind, subjectId, checksumOk, source],
  );
}

export async function countSubjectsByKind(q: Queryable): Promise<Record<string, number>> {
  const { rows } = await q.query<{ kind: string; n: number }>('SELECT kind, count(*)::bigint AS n FROM subjects GROUP BY kind');
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}
