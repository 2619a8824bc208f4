import crypto from 'node:crypto';
import type { Db, Queryable } from '../../db/db';
import { canonicalJson, recordAudit, SYSTEM_ACTOR } from '../audit';

/**
 * Check receipts are signed by the platform with Ed25519 over the canonical JSON of
 * `{ v, receiptNo, issuedAt, keyId, requestHash, answerHash }`. Anyone holding the published public key
 * verifies a receipt offline: recompute the answer hash from the answer, rebuild the payload, verify.
 */
export interface ReceiptPayload {
  v: 1;
  receiptNo: string;
  issuedAt: string;
  keyId: string;
  requestHash: string;
  answerHash: string;
}

export interface SignedReceipt extends ReceiptPayload {
  algorithm: 'Ed25519';
  /** Base64 Ed25519 signature over canonicalJson(payload). */
  signature: string;
}

export interface SigningKey {
  keyId: string;
  publicKeyPem: string;
  privateKey: crypto.KeyObject;
}

export function sha256Hex(value: unknown): string {
  return crypto
    .createHash('sha256')
    .update(typeof value === 'string' ? value : canonicalJson(value))
    .digest('hex');
}

const cache = new WeakMap<object, SigningKey>();

/** The platform's active signing key, created (and audited) on first use. */
export async function activeSigningKey(db: Db, at: Date): Promise<SigningKey> {
  const cached = cache.get(db);
  if (cached) return cached;
  const key = await readOrCreateKey(db, at);
  cache.set(db, key);
  return key;
}

async function readOrCreateKey(db: Db, at: Date): Promise<SigningKey> {
  const existing = await readKey(db);
  if (existing) return existing;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['signing-key']);
    if (await readKey(tx)) return;
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keyId = `xy-${sha256Hex(publicKey.export({ type: 'spki', format: 'der' }).toString('hex')).slice(0, 16)}`;
    await tx.query('INSERT INTO signing_keys (key_id, public_key, private_key, created_at) VALUES ($1, $2, $3, $4)', [
      keyId,
      publicKeyPem,
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      at,
    ]);
    await recordAudit(tx, SYSTEM_ACTOR, { action: 'signing_key.create', targetKind: 'signing_key', targetId: keyId }, at);
  });
  return (await readKey(db))!;
}

async function readKey(db: Queryable): Promise<SigningKey | undefined> {
  const { rows } = await db.query<{ key_id: string; public_key: string; private_key: string }>(
    'SELECT key_id, public_key, private_key FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1',
  );
  const row = rows[0];
  return row ? { keyId: row.key_id, publicKeyPem: row.public_key, privateKey: crypto.createPrivateKey(row.private_key) } : undefined;
}

/** Every published key (active and retired), for verifiers. */
export async function publishedKeys(db: Queryable) {
  const { rows } = await db.query<{ key_id: string; algorithm: string; public_key: string; created_at: Date; retired_at: Date | null }>(
    'SELECT key_id, algorithm, public_key, created_at, retired_at FROM signing_keys ORDER BY created_at',
  );
  return rows.map((r) => ({
    keyId: r.key_id,
    algorithm: r.algorithm,
    publicKeyPem: r.public_key,
    createdAt: r.created_at.toISOString(),
    retiredAt: r.retired_at?.toISOString() ?? null,
  }));
}

export function signReceipt(key: SigningKey, payload: Omit<ReceiptPayload, 'v' | 'keyId'>): SignedReceipt {
  const full: ReceiptPayload = { v: 1, ...payload, keyId: key.keyId };
  const signature = crypto.sign(null, Buffer.from(canonicalJson(full)), key.privateKey).toString('base64');
  return { ...full, algorithm: 'Ed25519', signature };
}

/**
 * Verifies a receipt with a public key (PEM), and, when the answer is given, that the receipt covers it.
 * Pure: needs nothing from the platform but the published key.
 */
export function verifyReceipt(publicKeyPem: string, receipt: SignedReceipt, answer?: unknown): boolean {
  if (answer !== undefined && sha256Hex(answer) !== receipt.answerHash) return false;
  const payload: ReceiptPayload = {
    v: receipt.v,
    receiptNo: receipt.receiptNo,
    issuedAt: receipt.issuedAt,
    keyId: receipt.keyId,
    requestHash: receipt.requestHash,
    answerHash: receipt.answerHash,
  };
  try {
    return crypto.verify(
      null,
      Buffer.from(canonicalJson(payload)),
      crypto.createPublicKey(publicKeyPem),
      Buffer.from(receipt.signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** Fields of a check response that are not part of the signed answer. */
const ENVELOPE = new Set(['id', 'receiptNo', 'receipt', 'feedbackGiven', 'replayed', 'feedback']);

/**
 * Verifies a check response as the API returned it (the answer plus its receipt) against a public key:
 * the answer hash and the signature. Returns the reason in Chinese when it fails.
 */
export function verifyCheckDocument(
  doc: unknown,
  publicKeyPem: string,
): { ok: true; receiptNo: string; keyId: string } | { ok: false; reason: string } {
  if (!doc || typeof doc !== 'object') return { ok: false, reason: '文件不是核查结果（JSON 对象）' };
  const body = doc as Record<string, unknown>;
  const receipt = body['receipt'] as SignedReceipt | null | undefined;
  if (!receipt || typeof receipt !== 'object' || typeof receipt.signature !== 'string') return { ok: false, reason: '文件中没有签名回执' };
  const answer = Object.fromEntries(Object.entries(body).filter(([k]) => !ENVELOPE.has(k)));
  if (sha256Hex(answer) !== receipt.answerHash) return { ok: false, reason: '核查内容与回执中的摘要不符（内容被改动）' };
  if (!verifyReceipt(publicKeyPem, receipt)) return { ok: false, reason: `签名无效（密钥 ${receipt.keyId}）` };
  return { ok: true, receiptNo: receipt.receiptNo, keyId: receipt.keyId };
}
