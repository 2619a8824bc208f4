import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/db';

// The embedded engine runs with fsync off (Emscripten's file system does not forward fsync). What it
// does guarantee, and what this test proves: a commit has reached the operating system before it
// returns, so killing the process (kill -9, OOM killer, a crash) loses no committed transaction.
const WRITER = `
import { openDb } from './src/db/db.ts';
const db = await openDb({ dataDir: process.argv[2] });
await db.exec('CREATE TABLE IF NOT EXISTS t (n integer PRIMARY KEY)');
for (let n = 1; ; n++) {
  await db.transaction(async (tx) => { await tx.query('INSERT INTO t VALUES ($1)', [n]); });
  process.stdout.write(n + '\\n');
}
`;

describe('embedded PGlite durability', () => {
  it('keeps every committed transaction when the process is killed with SIGKILL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinyong-kill-'));
    const script = path.join(process.cwd(), '.tmp', `writer-${process.pid}.mts`);
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.writeFileSync(script, WRITER.replace('./src/db/db.ts', path.join(process.cwd(), 'src/db/db.ts')));
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lastAcknowledged = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = chunk.toString().trim().split('\n');
        lastAcknowledged = Number(lines[lines.length - 1]);
        if (lastAcknowledged >= 200) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.on('exit', r));
    const db = await openDb({ dataDir: dir });
    const { rows } = await db.query<{ n: number; max: number }>('SELECT count(*)::bigint AS n, max(n)::bigint AS max FROM t');
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(script, { force: true });
    expect(rows[0]!.max).toBeGreaterThanOrEqual(lastAcknowledged);
    expect(rows[0]!.n).toBe(rows[0]!.max);
  }, 120_000);
});
