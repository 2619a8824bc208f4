export { insertRecords, insertListEntries, type NewRecord, type NewListEntry, type RecordStatus } from './records.repository';
