export {
  insertRecords,
  insertListEntries,
  countCurrentRecordsByItem,
  findCurrentByKeys,
  findIdsByKeys,
  retireVersions,
  recordKey,
  type CurrentVersion,
  type NewRecord,
  type NewListEntry,
  type RecordStatus,
} from './records.repository';
