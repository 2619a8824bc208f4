export {
  findOrCreateSubject,
  getPrivateSubject,
  resolveSubject,
  searchSubjects,
  type SearchHit,
  type SearchInput,
  type SubjectRefInput,
} from './subjects.service';
export {
  insertSubjects,
  findSubjectByCode,
  searchSubjectNames,
  findSubjectsByAnyCode,
  findSubjectById,
  countSubjectsByKind,
  addIdentifier,
  addIdentifiers,
} from './subjects.repository';
export { normalizeName, nameGrams } from './subjects.names';
export { searchKey, planNameSearch, highlightRanges, QUERY_TOO_SHORT_MESSAGE } from './subjects.search';
export { maskIdNumber, maskPersonName } from './subjects.mask';
export { presentSubjectRef, CODE_KIND_LABELS } from './subjects.presenter';
export * from './subjects.types';
export { presentPublicSubject, type PublicSubject } from './subjects.presenter';
export { listIdentifiers, listFormerNames } from './subjects.repository';
