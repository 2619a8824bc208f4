export {
  insertRecords,
  insertListEntries,
  countCurrentRecordsByItem,
  findCurrentByKeys,
  findIdsByKeys,
  retireVersions,
  recordKey,
  findCurrentRecordsOfSubject,
  findListEntriesInForce,
  type SubjectRecordRow,
  type SubjectListEntryRow,
  type CurrentVersion,
  type NewRecord,
  type NewListEntry,
  type RecordStatus,
} from './records.repository';
export { isShownPublicly, publicFields, PUBLICITY_LABELS, type PublicityFacts } from './records.public';
