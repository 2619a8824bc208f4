// Public surface of the cases module: objections, credit repair applications and complaints.
export { CASE_RULES, OBJECTION_GROUNDS, OBJECTION_OUTCOMES, COMPLAINT_OUTCOMES, REPAIR_ELSEWHERE, REPAIR_COMMITMENT } from './cases.data';
export { CASE_MACHINES, CASE_KINDS, TERMINAL_STATUSES, availableCaseActions, nextCaseStatus, type CaseKind } from './cases.machine';
export {
  caseOverview,
  fileComplaint,
  fileObjection,
  fileRepair,
  getCase,
  listCases,
  lookupCase,
  repairEligibility,
  supplementCase,
  transitionCase,
} from './cases.service';
