import type { Queryable } from '../../db/db';

export interface ArticleRow {
  slug: string;
  kind: 'news' | 'policy';
  title: string;
  summary: string;
  body: string[];
  source: string | null;
  published_on: string;
  checksum: string;
}

export async function upsertArticle(q: Queryable, a: Omit<ArticleRow, 'body'> & { body: readonly string[] }): Promise<boolean> {
  const res = await q.query(
    `INSERT INTO content_articles (slug, kind, title, summary, body, source, published_on, checksum)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
     ON CONFLICT (slug) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
       source = EXCLUDED.source, published_on = EXCLUDED.published_on, checksum = EXCLUDED.checksum, updated_at = now()
     WHERE content_articles.checksum <> EXCLUDED.checksum`,
    [a.slug, a.kind, a.title, a.summary, JSON.stringify(a.body), a.source, a.published_on, a.checksum],
  );
  return res.rowCount > 0;
}

export async function findArticles(
  q: Queryable,
  kind: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: ArticleRow[]; total: number }> {
  const where = kind ? 'WHERE kind = $1' : '';
  const params: unknown[] = kind ? [kind] : [];
  const count = await q.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM content_articles ${where}`, params);
  const { rows } = await q.query<ArticleRow>(
    `SELECT slug, kind, title, summary, body, source, published_on, checksum FROM content_articles ${where}
     ORDER BY published_on DESC, slug LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export async function findArticle(q: Queryable, slug: string): Promise<ArticleRow | undefined> {
  const { rows } = await q.query<ArticleRow>(
    'SELECT slug, kind, title, summary, body, source, published_on, checksum FROM content_articles WHERE slug = $1',
    [slug],
  );
  return rows[0];
}
