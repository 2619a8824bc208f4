import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/db';
import { sha256Hex, signReceipt } from '../src/modules/measures';

const BIN = path.resolve('bin/xinyong.js');

function xinyong(args: string[], env: Record<string, string> = {}) {
  // The CLI always works on the embedded engine here: the PGlite data directory of this test.
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const res = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...base, ...env }, timeout: 120_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('xinyong code', () => {
  it('prints one line per code and exits 1 when one is invalid', () => {
    const res = xinyong(['code', '91350100M000100Y43', '11010519491231002X', '91110000600037341N']);
    expect(res.code).toBe(1);
    expect(res.stdout.trimEnd().split('\n')).toEqual([
      '91350100M000100Y43\tvalid\tuscc',
      '11010519491231002X\tvalid\tresident_id',
      '91110000600037341N\tinvalid\t校验码错误：第18位应为 L，实为 N',
    ]);
  });

  it('exits 0 when every code is valid', () => {
    const res = xinyong(['code', '91110000600037341L', '610104620927690']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('610104620927690\tvalid\tresident_id');
  });
});

describe('xinyong migrate and audit verify', () => {
  it('verifies an intact chain, then names the row changed by hand', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-cli-'));
    const env = { DATA_DIR: dir };
    const migrated = xinyong(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('迁移完成');
    const ok = xinyong(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^审计日志完整：共校验 \d+ 条记录/);

    const db = await openDb({ dataDir: dir });
    await db.query(`UPDATE audit_events SET actor_name = '篡改' WHERE seq = 1`);
    await db.close();
    const broken = xinyong(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('审计日志校验失败：第 1 条');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});

describe('xinyong receipt verify', () => {
  it('accepts a signed check answer with the published key and rejects a changed one', () => {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    const key = { keyId: 'xy-test', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey };
    const answer = { outcome: 'hit', caseNo: 'CG-1', measures: [{ code: 'ZFCG-2016-1' }], subject: { name: '泰安市宏达建材有限公司' } };
    const receipt = signReceipt(key, {
      receiptNo: 'HC20261201000001',
      issuedAt: '2026-12-01T04:00:00.000Z',
      requestHash: 'r',
      answerHash: sha256Hex(answer),
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-receipt-'));
    const pem = path.join(dir, 'key.pem');
    fs.writeFileSync(pem, key.publicKeyPem);
    const good = path.join(dir, 'check.json');
    fs.writeFileSync(
      good,
      JSON.stringify({ id: 1, receiptNo: receipt.receiptNo, replayed: false, feedbackGiven: false, ...answer, receipt }),
    );
    const ok = xinyong(['receipt', 'verify', good, '--key', pem]);
    expect(ok.stdout.trim()).toBe('回执有效：HC20261201000001（签名密钥 xy-test）');
    expect(ok.code).toBe(0);
    const bad = path.join(dir, 'changed.json');
    fs.writeFileSync(bad, JSON.stringify({ id: 1, ...answer, measures: [], receipt }));
    const no = xinyong(['receipt', 'verify', bad, '--key', pem]);
    expect(no.stdout.trim()).toBe('回执无效：核查内容与回执中的摘要不符（内容被改动）');
    expect(no.code).toBe(1);
    fs.writeFileSync(bad, JSON.stringify({ ...answer, receipt: { ...receipt, receiptNo: 'HC20261201000002' } }));
    expect(xinyong(['receipt', 'verify', bad, '--key', pem]).stdout.trim()).toBe('回执无效：签名无效（密钥 xy-test）');
  });
});
