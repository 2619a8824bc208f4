export {
  insertRecords,
  insertListEntries,
  countCurrentRecordsByItem,
  type NewRecord,
  type NewListEntry,
  type RecordStatus,
} from './records.repository';
