import type { Db } from '../db/db';
import { listDepartments } from '../modules/auth';
import { getMeta } from '../modules/profile';
import { countCurrentRecordsByItem } from '../modules/records';
import { countSubjectsByKind } from '../modules/subjects';

const FIGURES_TTL_MS = 60_000;
// Headline figures are full counts: computed at most once a minute per database, not on every visit.
const figuresCache = new WeakMap<Db, { at: number; figures: [string, string][] }>();

async function headlineFigures(db: Db): Promise<[string, string][]> {
  const cached = figuresCache.get(db);
  if (cached && Date.now() - cached.at < FIGURES_TTL_MS) return cached.figures;
  const [counts, records, departments] = [await countSubjectsByKind(db), await countCurrentRecordsByItem(db), await listDepartments(db)];
  const fmt = (n: number | undefined) => (n ?? 0).toLocaleString('zh-CN');
  const figures: [string, string][] = [
    ['企业法人库', fmt(counts.legal_person)],
    ['非企业法人库', fmt(counts.non_enterprise)],
    ['自然人库', fmt(counts.natural_person)],
    ['行政许可', fmt(records.XZXK)],
    ['行政处罚', fmt(records.XZCF)],
    ['联席会议成员单位', fmt(departments.filter((d) => d.is_member).length)],
  ];
  figuresCache.set(db, { at: Date.now(), figures });
  return figures;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The placeholder home page until the portal (web/) is built: the site name, headline figures from the
 * database and links into the API. Plain server-rendered HTML, readable on a phone.
 */
export async function renderHome(db: Db): Promise<string> {
  const profile = (await getMeta<{ siteName: string; platformName: string }>(db, 'profile')) ?? {
    siteName: '信用',
    platformName: '公共信用信息平台',
  };
  const figures = await headlineFigures(db);
  const site = escapeHtml(profile.siteName);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${site}</title>
<style>
  body { margin: 0; font-family: "Noto Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1f2937; background: #f5f7fa; }
  header { background: #b91c1c; color: #fff; padding: 24px 16px; }
  header h1 { margin: 0; font-size: 28px; letter-spacing: 2px; }
  header p { margin: 6px 0 0; opacity: .9; }
  main { max-width: 960px; margin: 0 auto; padding: 16px; }
  form { display: flex; gap: 8px; margin: 16px 0 24px; }
  label { position: absolute; left: -9999px; }
  input { flex: 1; font-size: 16px; padding: 10px 12px; border: 1px solid #9ca3af; border-radius: 6px; }
  button { font-size: 16px; padding: 10px 18px; border: 0; border-radius: 6px; background: #b91c1c; color: #fff; }
  ul.figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; }
  ul.figures li { background: #fff; border-radius: 8px; padding: 14px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  ul.figures strong { display: block; font-size: 22px; color: #b91c1c; }
  footer { color: #4b5563; font-size: 14px; padding: 24px 16px; text-align: center; }
  a { color: #1d4ed8; }
</style>
</head>
<body>
<header><h1>${site}</h1><p>${escapeHtml(profile.platformName)}</p></header>
<main>
  <form action="/api/v1/subjects/" method="get" onsubmit="event.preventDefault(); var v=this.q.value.trim(); if(v){location.href='/api/v1/subjects/'+encodeURIComponent(v);}">
    <label for="q">统一社会信用代码</label>
    <input id="q" name="q" placeholder="输入统一社会信用代码查询" autocomplete="off">
    <button type="submit">查询</button>
  </form>
  <h2>数据概况</h2>
  <ul class="figures">${figures.map(([k, v]) => `<li><strong>${v}</strong>${k}</li>`).join('')}</ul>
  <p>开放接口文档：<a href="/api/docs">/api/docs</a></p>
</main>
<footer>${escapeHtml(profile.platformName)} · 本站由开源软件 xinyong 提供支持</footer>
</body>
</html>`;
}
