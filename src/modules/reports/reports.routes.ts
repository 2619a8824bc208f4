import { z } from 'zod';
import { ctxOf, type AppDeps } from '../../app/context';
import { ErrorBody } from '../../app/errors';
import type { App } from '../../app/types';
import { renderReportPdf } from './reports.pdf';
import { getReport, issueReport, REPORT_NO, verifyReport } from './reports.service';

const ReportNo = z.string().regex(REPORT_NO, '报告编号应为 14 位数字').describe('报告编号：出具日期 YYYYMMDD + 当日 6 位流水号');
const SubjectRef = z.object({ name: z.string().describe('信用主体名称'), code: z.string().describe('统一社会信用代码') });

/** Credit reports: issue, the JSON twin and the PDF, verification. */
export async function reportsRoutes(app: App, deps: AppDeps): Promise<void> {
  app.post('/api/v1/reports', {
    schema: {
      tags: ['信用报告'],
      summary: '出具信用报告',
      description:
        '为法人和非法人组织出具《法人和非法人组织公共信用信息报告》：内容为出具时可公开的公共信用信息，附报告编号、内容摘要和验证地址。自然人不出具公开报告（按未找到处理）。',
      body: z.object({
        subject: z.string().trim().min(1, '请提供信用主体的统一社会信用代码或主体编号').max(64).describe('统一社会信用代码或主体编号'),
        purpose: z.string().trim().max(100, '报告用途最多 100 个字').optional().describe('报告用途，如 招标投标、融资授信'),
      }),
      response: {
        201: z.object({
          reportNo: z.string().describe('报告编号'),
          issuedAt: z.string().describe('出具时间（ISO 8601）'),
          subject: SubjectRef,
          contentHash: z.string().describe('报告内容（规范化 JSON）的 SHA-256 摘要'),
          pdfUrl: z.string().describe('PDF 版下载地址'),
          jsonUrl: z.string().describe('JSON 版下载地址'),
          verifyUrl: z.string().describe('报告验证页面地址（封面二维码的内容）'),
        }),
        400: ErrorBody,
        404: ErrorBody,
      },
    },
    handler: async (req, reply) => reply.status(201).send(await issueReport(ctxOf(deps, req), req.body)),
  });

  app.get('/api/v1/reports/:no.json', {
    schema: {
      tags: ['信用报告'],
      summary: '信用报告（JSON 版）',
      description: '出具时保存的报告内容，与 PDF 版一致；其规范化 JSON 的 SHA-256 即报告的内容摘要。',
      params: z.object({ no: ReportNo }),
      response: { 200: z.record(z.string(), z.unknown()).describe('报告内容'), 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (req) => (await getReport(ctxOf(deps, req), req.params.no)).content as unknown as Record<string, unknown>,
  });

  app.get('/api/v1/reports/:no.pdf', {
    schema: {
      tags: ['信用报告'],
      summary: '信用报告（PDF 版）',
      description: '由保存的报告内容生成的 PDF：封面（含验证二维码）、报告说明、基础信息、各类信用信息、信息提供单位。',
      params: z.object({ no: ReportNo }),
      produces: ['application/pdf'],
      response: { 200: z.unknown().describe('PDF 文件（application/pdf）'), 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (req, reply) => {
      const { content, contentHash } = await getReport(ctxOf(deps, req), req.params.no);
      const pdf = await renderReportPdf(content, contentHash);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="report-${content.reportNo}.pdf"`)
        .header('cache-control', 'public, max-age=300')
        .send(pdf);
    },
  });

  app.get('/api/v1/reports/:no/verify', {
    schema: {
      tags: ['信用报告'],
      summary: '验证信用报告',
      description:
        '报告是否真实、是否仍为最新：valid 表示报告所含信息均未变化；superseded 表示出具后其中的信息已变更、撤销、修复或公示期满。只返回报告本身已有的内容。',
      params: z.object({ no: ReportNo }),
      response: {
        200: z.object({
          reportNo: z.string(),
          status: z.enum(['valid', 'superseded']).describe('valid 有效；superseded 已更新（请重新获取报告）'),
          issuedAt: z.string().describe('出具时间（ISO 8601）'),
          contentHash: z.string().describe('报告内容摘要（SHA-256）'),
          subject: SubjectRef,
          changedItems: z.number().optional().describe('出具后发生变化的信息条数'),
        }),
        400: ErrorBody,
        404: ErrorBody,
      },
    },
    handler: async (req) => verifyReport(ctxOf(deps, req), req.params.no),
  });
}
