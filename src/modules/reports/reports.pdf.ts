import fs from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { ReportContent } from './reports.service';

// The TTF files (pdfkit renders WOFF2 glyphs invisible); read once per process, not once per report.
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: fs.readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
    bold: fs.readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  };
  return fonts;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 64, left: 60, right: 60 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 118;
const COLORS = { text: '#1f2329', muted: '#5b6472', rule: '#c9d0da', label: '#f1f4f8', band: '#e3ebf6', accent: '#1d4f91' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

type Doc = PDFKit.PDFDocument;

/**
 * Renders the PDF of a report from its stored JSON alone (the same JSON gives the same bytes): cover with a QR
 * code to the verification page, 报告说明, 基础信息, each section's records, the providing departments, and
 * the report number and page number in the footer of every page. Embeds Noto Sans SC (subset).
 */
export async function renderReportPdf(report: ReportContent, contentHash: string): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const qr = await QRCode.toBuffer(report.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const issued = new Date(report.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `${report.title}（${report.subject.name}）`,
      Author: report.issuer,
      Subject: `报告编号 ${report.reportNo}`,
      Creator: 'xinyong',
      Producer: 'xinyong / PDFKit',
      CreationDate: issued,
      ModDate: issued,
    },
    lang: 'zh-CN',
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  cover(doc, report, contentHash, qr);
  doc.addPage();
  notes(doc, report);
  basics(doc, report, 1);
  report.subject.sections.forEach((s, i) => section(doc, report.subject, `${NUMERALS[i + 1] ?? i + 2}、${s.title}`, s.items));
  providers(doc, report, NUMERALS[report.subject.sections.length + 1] ?? '');
  footers(doc, report.reportNo);
  doc.end();
  return done;
}

function cover(doc: Doc, r: ReportContent, contentHash: string, qr: Buffer): void {
  doc.font('regular').fontSize(12).fillColor(COLORS.muted).text(r.siteName, MARGIN.left, 90, { width: CONTENT_WIDTH, align: 'center' });
  doc.font('bold').fontSize(24).fillColor(COLORS.accent).text(r.title, MARGIN.left, 170, { width: CONTENT_WIDTH, align: 'center' });
  doc
    .moveTo(MARGIN.left + 60, 222)
    .lineTo(PAGE.width - MARGIN.right - 60, 222)
    .lineWidth(1.5)
    .strokeColor(COLORS.accent)
    .stroke();
  doc.y = 270;
  const rows: [string, string][] = [
    ['信用主体名称', r.subject.name],
    ['统一社会信用代码', r.subject.code],
    ['报告编号', r.reportNo],
    ['出具时间', `${r.issuedAtBeijing}（北京时间）`],
    ['信息截至', r.asOf],
    ['出具机构', r.issuer],
    ...(r.purpose ? ([['报告用途', r.purpose]] as [string, string][]) : []),
  ];
  for (const [label, value] of rows) kv(doc, label, value, { x: MARGIN.left + 40, width: CONTENT_WIDTH - 80, size: 12 });
  const size = 120;
  const top = Math.max(doc.y + 40, 560);
  doc.image(qr, (PAGE.width - size) / 2, top, { width: size, height: size });
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(COLORS.text)
    .text('扫描二维码或访问以下地址验证本报告的真伪和时效', MARGIN.left, top + size + 8, { width: CONTENT_WIDTH, align: 'center' });
  doc.fontSize(9).fillColor(COLORS.muted).text(r.verifyUrl, { width: CONTENT_WIDTH, align: 'center' });
  doc.text(`内容摘要（SHA-256）：${contentHash}`, { width: CONTENT_WIDTH, align: 'center' });
}

function heading(doc: Doc, text: string): void {
  // Never leave a heading alone at the foot of a page.
  ensureSpace(doc, 130);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(15).fillColor(COLORS.accent).text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  const y = doc.y + 3;
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(PAGE.width - MARGIN.right, y)
    .lineWidth(0.8)
    .strokeColor(COLORS.accent)
    .stroke();
  doc.y = y + 8;
}

function paragraph(doc: Doc, text: string, options: { indent?: number; size?: number; color?: string } = {}): void {
  doc
    .font('regular')
    .fontSize(options.size ?? 10.5)
    .fillColor(options.color ?? COLORS.text);
  const x = MARGIN.left + (options.indent ?? 0);
  const width = CONTENT_WIDTH - (options.indent ?? 0);
  ensureSpace(doc, doc.heightOfString(text, { width, lineGap: 3 }));
  doc.text(text, x, doc.y, { width, lineGap: 3 });
  doc.moveDown(0.35);
}

function notes(doc: Doc, r: ReportContent): void {
  heading(doc, '报告说明');
  r.notes.forEach((n, i) => paragraph(doc, `${i + 1}. ${n}`));
}

function basics(doc: Doc, r: ReportContent, n: number): void {
  const s = r.subject;
  heading(doc, `${NUMERALS[n - 1]}、基础信息`);
  const reg = s.registration;
  const rows: [string, string | null | undefined][] = [
    ['名称', s.name],
    ['统一社会信用代码', s.code],
    ['主体类别', s.kindLabel],
    ['登记状态', s.statusLabel],
    ['法定代表人（负责人）', reg.legalRepresentative],
    ['成立日期', reg.establishedOn],
    ['注册资本', reg.registeredCapital],
    ['住所', reg.address],
    ['登记机关', reg.registrationAuthority],
    ['所属行业', reg.industry],
    ['经营范围', reg.businessScope],
    ['曾用名', s.formerNames.map((f) => f.name).join('；')],
    ['其他代码', s.otherIdentifiers.map((i) => `${i.code}（${i.kindLabel}）`).join('；')],
  ];
  for (const [label, value] of rows) if (value) kv(doc, label, String(value));
}

// Fields that repeat the subject, the provider or bookkeeping: the block shows each fact once.
const REPEATED_FIELD = /^(行政相对人|法定代表人|数据来源单位|当前状态)/;

function section(
  doc: Doc,
  subject: ReportContent['subject'],
  title: string,
  items: ReportContent['subject']['sections'][number]['items'],
): void {
  heading(doc, title);
  if (items.length === 0) {
    paragraph(doc, '暂无信息', { color: COLORS.muted });
    return;
  }
  items.forEach((item, i) => {
    const band = `${i + 1}. ${item.itemName}${item.docNo ? `  ${item.docNo}` : ''}`;
    doc.font('bold').fontSize(10.5);
    const h = doc.heightOfString(band, { width: CONTENT_WIDTH - 12 }) + 10;
    ensureSpace(doc, h + 60);
    const y = doc.y;
    doc.rect(MARGIN.left, y, CONTENT_WIDTH, h).fillColor(COLORS.band).fill();
    doc.fillColor(COLORS.text).text(band, MARGIN.left + 6, y + 5, { width: CONTENT_WIDTH - 12 });
    doc.y = y + h;
    pair(doc, ['信息提供单位', item.provider ?? '—'], [item.kind === 'list_entry' ? '认定日期' : '决定日期', item.decisionDate ?? '—']);
    pair(doc, ['公示状态', item.publicityStatus], ['公示截止日期', item.publicityEnd ?? '—']);
    if (item.docNo) kv(doc, item.kind === 'list_entry' ? '认定文书号' : '决定文书号', item.docNo);
    const known = new Set([item.docNo, item.decisionDate, item.provider, subject.name, subject.code, item.publicityEnd]);
    for (const f of item.fields) if (!known.has(f.value) && !REPEATED_FIELD.test(f.name)) kv(doc, f.name, f.value);
    doc.y += 10;
  });
}

function providers(doc: Doc, r: ReportContent, numeral: string): void {
  heading(doc, `${numeral}、信息提供单位`);
  if (r.providers.length === 0) {
    paragraph(doc, '本报告未包含信息提供单位报送的信用记录。', { color: COLORS.muted });
  } else {
    r.providers.forEach((p, i) => paragraph(doc, `${i + 1}. ${p}`));
  }
  doc.moveDown(1);
  paragraph(doc, `—— 报告结束 ——`, { color: COLORS.muted });
}

const CELL_PAD = 5;

/** The height of one bordered label/value cell `width` wide, at the current font size. */
function cellHeight(doc: Doc, label: string, value: string, width: number, lineGap: number): number {
  return (
    Math.max(
      doc.font('bold').heightOfString(label, { width: LABEL_WIDTH - CELL_PAD * 2 }),
      doc.font('regular').heightOfString(value, { width: width - LABEL_WIDTH - CELL_PAD * 2, lineGap }),
    ) +
    CELL_PAD * 2
  );
}

/** Draws one bordered label/value cell: shaded label column, rule between label and value. */
function drawCell(doc: Doc, x: number, y: number, width: number, h: number, label: string, value: string, lineGap: number): void {
  doc.rect(x, y, LABEL_WIDTH, h).fillColor(COLORS.label).fill();
  doc.rect(x, y, width, h).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  doc
    .moveTo(x + LABEL_WIDTH, y)
    .lineTo(x + LABEL_WIDTH, y + h)
    .stroke();
  doc
    .font('bold')
    .fillColor(COLORS.muted)
    .text(label, x + CELL_PAD, y + CELL_PAD, { width: LABEL_WIDTH - CELL_PAD * 2 });
  doc
    .font('regular')
    .fillColor(COLORS.text)
    .text(value, x + LABEL_WIDTH + CELL_PAD, y + CELL_PAD, { width: width - LABEL_WIDTH - CELL_PAD * 2, lineGap });
}

/** One label/value row of a bordered two-column table; breaks to a new page before a row that does not fit. */
function kv(doc: Doc, label: string, value: string, options: { x?: number; width?: number; size?: number } = {}): void {
  const x = options.x ?? MARGIN.left;
  const width = options.width ?? CONTENT_WIDTH;
  doc.fontSize(options.size ?? 10);
  const h = cellHeight(doc, label, value, width, 2);
  ensureSpace(doc, h);
  const y = doc.y;
  drawCell(doc, x, y, width, h, label, value, 2);
  doc.y = y + h;
}

/** Two label/value pairs side by side (short values: provider and date, status and end date). */
function pair(doc: Doc, a: [string, string], b: [string, string]): void {
  const half = CONTENT_WIDTH / 2;
  doc.fontSize(10);
  const h = Math.max(cellHeight(doc, a[0], a[1], half, 0), cellHeight(doc, b[0], b[1], half, 0));
  ensureSpace(doc, h);
  const y = doc.y;
  drawCell(doc, MARGIN.left, y, half, h, a[0], a[1], 0);
  drawCell(doc, MARGIN.left + half, y, half, h, b[0], b[1], 0);
  doc.y = y + h;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > PAGE.height - MARGIN.bottom) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
}

function footers(doc: Doc, reportNo: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 40;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(PAGE.width - MARGIN.right, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font('regular').fontSize(8.5).fillColor(COLORS.muted);
    doc.text(`报告编号：${reportNo}`, MARGIN.left, y, { width: CONTENT_WIDTH / 2, lineBreak: false });
    doc.text(`第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN.left + CONTENT_WIDTH / 2, y, {
      width: CONTENT_WIDTH / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
