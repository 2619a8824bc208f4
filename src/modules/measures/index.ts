// Public surface of the measures module: the measures catalogue, credit checks with signed receipts, feedback.
export { SCENARIOS, SCENARIO_CODES, type Scenario } from './data/scenarios';
export { MEMORANDA } from './data/memoranda';
export { addMeasure, listMemoranda, loadMeasures, measureHistory, saveMemorandum, updateMeasure } from './measures.service';
export { applicableMeasures, scoreName, type ApplicableMeasure } from './checks.rules';
export {
  activeSigningKey,
  publishedKeys,
  sha256Hex,
  signReceipt,
  verifyCheckDocument,
  verifyReceipt,
  type SignedReceipt,
} from './checks.signing';
export {
  DECISIONS,
  FEEDBACK_DUE_WORKING_DAYS,
  checkStatistics,
  getCheck,
  giveFeedback,
  listChecks,
  runCheck,
  type CheckAnswer,
  type CheckInput,
  type CheckResult,
} from './checks.service';
