import crypto from 'node:crypto';
import { chinaDate } from '../../shared/clock';
import { AppError, notFound } from '../../shared/errors';
import { canonicalJson, recordAudit } from '../audit';
import { actorOf, type Ctx } from '../auth';
import { getPublicProfile } from '../portal';
import { getMeta } from '../profile';
import { findItemStates, findReport, insertReport, nextSerial, type ItemState, type ReportRow } from './reports.repository';

export const REPORT_TITLE = '法人和非法人组织公共信用信息报告';
export const REPORT_NO = /^\d{14}$/;

export type ReportSubject = Awaited<ReturnType<typeof getPublicProfile>>;

/** The report as issued: the JSON twin, hashed, and the only input of the PDF. */
export interface ReportContent {
  title: string;
  reportNo: string;
  /** ISO instant. */
  issuedAt: string;
  /** The same instant in Beijing time, `YYYY-MM-DD HH:mm:ss`. */
  issuedAtBeijing: string;
  issuer: string;
  siteName: string;
  purpose: string | null;
  verifyUrl: string;
  asOf: string;
  notes: string[];
  subject: ReportSubject;
  providers: string[];
}

export interface IssuedReport {
  reportNo: string;
  issuedAt: string;
  subject: { name: string; code: string };
  contentHash: string;
  pdfUrl: string;
  jsonUrl: string;
  verifyUrl: string;
}

/** Where people open the verification page (`PUBLIC_BASE_URL`, default http://localhost:3000). */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_BASE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

export function contentHashOf(content: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** `YYYY-MM-DD HH:mm:ss` in China Standard Time (UTC+8, no daylight saving). */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function reportNotes(subject: ReportSubject, issuer: string, verifyUrl: string, purpose: string | null): string[] {
  const sections = subject.sections.map((s) => s.title).join('、');
  return [
    `本报告由${issuer}根据各信息提供单位依法归集的公共信用信息生成，内容包括基础信息及${sections}等部分；某部分无信息的，标注“暂无信息”。`,
    `本报告信息截至 ${subject.asOf}。报告仅包含依法依规可以公开的信息：已撤销、已信用修复或已超过公示期限的信息不予展示；自然人的信用信息不通过本报告公开。`,
    '报告中各项信息由对应的信息提供单位负责其真实性、准确性。信用主体对报告内容有异议的，可向平台或信息提供单位提出异议申请，或依规申请信用修复。',
    `本报告的真伪和时效可扫描封面二维码或访问 ${verifyUrl} 查验：“有效”表示报告所含信息未发生变化；“已更新”表示报告出具后其中的信息已变更、撤销、修复或公示期满，请重新获取报告。`,
    ...(purpose ? [`报告用途：${purpose}。`] : []),
  ];
}

function providersOf(subject: ReportSubject): string[] {
  const seen = new Set<string>();
  for (const s of subject.sections) for (const i of s.items) if (i.provider) seen.add(i.provider);
  return [...seen];
}

/**
 * Issues a credit report of a legal person or organisation: the public profile as of now, numbered
 * YYYYMMDD + a 6-digit serial of the day, stored with its hash and the state of every item in it, audited in
 * the same transaction. Throws NOT_FOUND for an unknown subject and for natural persons (like the profile).
 */
export async function issueReport(ctx: Ctx, input: { subject: string; purpose?: string | undefined }): Promise<IssuedReport> {
  const subject = await getPublicProfile(ctx, input.subject);
  if (subject.kind === 'natural_person') throw notFound('未找到该信用主体');
  const now = ctx.clock.now();
  const issueDate = chinaDate(now);
  const meta = (await getMeta<{ siteName: string; platformName: string }>(ctx.db, 'profile')) ?? {
    siteName: '信用',
    platformName: '公共信用信息平台',
  };
  const purpose = input.purpose?.trim() || null;
  const base = publicBaseUrl();
  const entries = subject.sections.flatMap((s) => s.items);

  return ctx.db.transaction(async (tx) => {
    const serial = await nextSerial(tx, issueDate);
    const reportNo = `${issueDate.replaceAll('-', '')}${String(serial).padStart(6, '0')}`;
    const verifyUrl = `${base}/verify/${reportNo}`;
    const content: ReportContent = {
      title: REPORT_TITLE,
      reportNo,
      issuedAt: now.toISOString(),
      issuedAtBeijing: beijingTime(now),
      issuer: meta.platformName,
      siteName: meta.siteName,
      purpose,
      verifyUrl,
      asOf: subject.asOf,
      notes: reportNotes(subject, meta.platformName, verifyUrl, purpose),
      subject,
      providers: providersOf(subject),
    };
    const contentHash = contentHashOf(content);
    const states = await findItemStates(
      tx,
      subject.id,
      entries.filter((i) => i.kind === 'record').map((i) => i.id),
      entries.filter((i) => i.kind === 'list_entry').map((i) => i.id),
    );
    const items: ItemState[] = states.map(({ kind, id, status, hash }) => ({ kind, id, status, hash }));
    const actor = actorOf(ctx);
    await insertReport(tx, {
      subjectId: subject.id,
      reportNo,
      issueDate,
      issuedAt: content.issuedAt,
      purpose,
      content,
      contentHash,
      items,
      issuedBy: actor.id ? `${actor.kind}:${actor.id}` : actor.kind,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'report.issue',
        targetKind: 'report',
        targetId: reportNo,
        subjectId: subject.id,
        details: { contentHash, items: items.length },
      },
      now,
    );
    return {
      reportNo,
      issuedAt: content.issuedAt,
      subject: { name: subject.name, code: subject.code },
      contentHash,
      pdfUrl: `/api/v1/reports/${reportNo}.pdf`,
      jsonUrl: `/api/v1/reports/${reportNo}.json`,
      verifyUrl,
    };
  });
}

async function loadReport(ctx: Ctx, reportNo: string): Promise<ReportRow> {
  if (!REPORT_NO.test(reportNo)) throw new AppError('INVALID_INPUT', '报告编号应为 14 位数字', 400);
  const row = await findReport(ctx.db, reportNo);
  if (!row) throw notFound(`未找到编号为 ${reportNo} 的信用报告，请核对报告编号`);
  return row;
}

/** The stored JSON twin of a report, exactly as issued, with its hash. Throws NOT_FOUND for an unknown number. */
export async function getReport(ctx: Ctx, reportNo: string): Promise<{ content: ReportContent; contentHash: string }> {
  const row = await loadReport(ctx, reportNo);
  return { content: row.content as unknown as ReportContent, contentHash: row.content_hash };
}

/**
 * Whether a report is still current: `superseded` once any record or list entry in it is no longer the current
 * version, changed status or content, or left publicity since issue. Shows nothing beyond the report itself.
 */
export async function verifyReport(ctx: Ctx, reportNo: string) {
  const row = await loadReport(ctx, reportNo);
  const today = chinaDate(ctx.clock.now());
  const issued = row.items;
  const live = new Map(
    (
      await findItemStates(
        ctx.db,
        row.subject_id,
        issued.filter((i) => i.kind === 'record').map((i) => i.id),
        issued.filter((i) => i.kind === 'list_entry').map((i) => i.id),
      )
    ).map((s) => [`${s.kind}:${s.id}`, s]),
  );
  let changed = 0;
  for (const i of issued) {
    const now = live.get(`${i.kind}:${i.id}`);
    if (!now || now.status !== i.status || now.hash !== i.hash || (now.end !== null && now.end <= today)) changed++;
  }
  const content = row.content as unknown as ReportContent;
  return {
    reportNo: row.report_no,
    status: changed > 0 ? ('superseded' as const) : ('valid' as const),
    issuedAt: new Date(row.issued_at).toISOString(),
    contentHash: row.content_hash,
    subject: { name: content.subject.name, code: content.subject.code },
    ...(changed > 0 ? { changedItems: changed } : {}),
  };
}
