// Public surface of the lists module: list types, the entry lifecycle, expiry, intake sync, in-force lookups.
export { LIST_TYPE_RULES, listTypeRule, type ListTypeRule } from './lists.data';
export {
  ACTION_LABELS,
  END_REASONS,
  END_REASON_LABELS,
  ENTRY_ACTIONS,
  ENTRY_STATUSES,
  STATUS_LABELS,
  TRANSITIONS,
  availableActions,
  nextStatus,
  type EndReason,
  type EntryAction,
  type EntryStatus,
} from './lists.machine';
export { findEntrySourceKeys, findInForce, insertEntries, type EntryRow, type InForceRow, type NewEntry } from './lists.repository';
export {
  endEntryFor,
  findEntryWithType,
  expireEntries,
  getEntry,
  listEntries,
  listListTypes,
  proposeEntry,
  publishedEntry,
  syncEntriesFromRecords,
  transitionEntry,
  type ListType,
  type PresentedEntry,
} from './lists.service';
