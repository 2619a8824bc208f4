export { readProfile, parseProfile } from './profile';
export { applyProfile } from './profile.service';
export { getMeta, setMeta } from './profile.repository';
export type { Profile, ProfileDepartment } from './profile.schemas';
