export { findOrCreateSubject, getPrivateSubject, getPublicSubject, type SubjectRefInput } from './subjects.service';
export {
  insertSubjects,
  findSubjectByCode,
  searchSubjectsByName,
  findSubjectById,
  countSubjectsByKind,
  addIdentifier,
  addIdentifiers,
} from './subjects.repository';
export { normalizeName, nameGrams } from './subjects.names';
export { maskIdNumber, maskPersonName } from './subjects.mask';
export { presentSubjectRef, CODE_KIND_LABELS } from './subjects.presenter';
export * from './subjects.types';
export { presentPublicSubject, type PublicSubject } from './subjects.presenter';
export { listIdentifiers, listFormerNames } from './subjects.repository';
