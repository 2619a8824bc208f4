export { AUDIT_ACTIONS, SYSTEM_ACTOR, type AuditAction, type AuditActor, type AuditInput } from './audit.events';
export { recordAudit, verifyAuditChain, type VerifyResult } from './audit.service';
export { canonicalJson, hashEvent, GENESIS_HASH } from './audit.chain';
export { findEvents, type AuditRow } from './audit.repository';
