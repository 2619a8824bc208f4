export { getPublicProfile, PROFILE_SECTIONS, type ProfileRecord, type ProfileSection } from './portal.profile';
