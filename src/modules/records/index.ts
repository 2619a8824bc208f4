export {
  insertRecords,
  countCurrentRecordsByItem,
  findCurrentByKeys,
  findIdsByKeys,
  retireVersions,
  recordContentHash,
  findRecord,
  setRecordStatus,
  type RecordRow,
  recordKey,
  findCurrentRecordsOfSubject,
  findListEntriesInForce,
  type SubjectRecordRow,
  type SubjectListEntryRow,
  type CurrentVersion,
  type NewRecord,
  type RecordStatus,
} from './records.repository';
export { isShownPublicly, publicFields, PUBLICITY_LABELS, type PublicityFacts } from './records.public';
export { expirePublicity } from './records.service';
