import crypto from 'node:crypto';
import type { Queryable } from '../../db/db';
import { notFound } from '../../shared/errors';
import type { Ctx } from '../auth';
import { ARTICLES, type ArticleData } from './content.data';
import { findArticle, findArticles, upsertArticle, type ArticleRow } from './content.repository';

/** Loads the shipped articles (idempotent: an unchanged article is left alone). Returns how many were written. */
export async function loadArticles(q: Queryable, articles: readonly ArticleData[] = ARTICLES): Promise<number> {
  let written = 0;
  for (const a of articles) {
    const checksum = crypto.createHash('sha256').update(JSON.stringify(a)).digest('hex');
    const changed = await upsertArticle(q, {
      slug: a.slug,
      kind: a.kind,
      title: a.title,
      summary: a.summary,
      body: a.body,
      source: a.source ?? null,
      published_on: a.publishedOn,
      checksum,
    });
    if (changed) written++;
  }
  return written;
}

const KIND_LABELS = { news: '信用动态', policy: '政策法规' } as const;

function present(r: ArticleRow) {
  return {
    slug: r.slug,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    title: r.title,
    summary: r.summary,
    source: r.source,
    publishedOn: r.published_on,
  };
}

/** Articles newest first, optionally of one kind. */
export async function listArticles(ctx: Ctx, input: { kind?: 'news' | 'policy' | undefined; page: number; pageSize: number }) {
  const { rows, total } = await findArticles(ctx.db, input.kind, input.pageSize, (input.page - 1) * input.pageSize);
  return { items: rows.map(present), total, page: input.page, pageSize: input.pageSize };
}

/** One article with its text. Throws NOT_FOUND. */
export async function getArticle(ctx: Ctx, slug: string) {
  const row = await findArticle(ctx.db, slug);
  if (!row) throw notFound('文章不存在');
  return { ...present(row), body: row.body };
}
