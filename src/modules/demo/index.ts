// Public surface of the demo-data generator: the loader and tests import only from here.
export { DEMO_DEFAULTS, PER_SCALE, demoCounts, generateDemo, generateDemoChunks, toWan } from './demo.generate';
export { RED_LIST_TYPES } from './demo.types';
export type {
  DemoCategory,
  DemoData,
  DemoDepartment,
  DemoFormerName,
  DemoLegacyCode,
  DemoLicense,
  DemoLicenseFields,
  DemoListEntry,
  DemoListType,
  DemoOptions,
  DemoPartyCategory,
  DemoPenalty,
  DemoPenaltyFields,
  DemoPenaltySector,
  DemoSubject,
  DemoSubjectInfo,
  DemoSubjectKind,
  DemoSubjectStatus,
} from './demo.types';
export { LIST_FUNCTIONS } from './lists';
export { LICENSE_TYPES, licenseType, type LicenseCategory, type LicenseType } from './licenses.data';
export { PENALTY_TYPES, penaltyType, type PenaltySector, type PenaltyType } from './penalties.data';
export { PLACES, placeOf, type Place, type RegionCode } from './places';
export { createRandom, deriveSeed, type Random } from './prng';
export { personName, tradeName } from './names';
