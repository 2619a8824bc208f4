export {
  issueReport,
  getReport,
  verifyReport,
  contentHashOf,
  REPORT_TITLE,
  type ReportContent,
  type IssuedReport,
} from './reports.service';
export { renderReportPdf } from './reports.pdf';
export { countReportsByDate } from './reports.repository';
export { reportsRoutes } from './reports.routes';
