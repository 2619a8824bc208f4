import type { Db } from '../db/db';
import { expireEntries } from '../modules/lists';
import { expirePublicity } from '../modules/records';
import type { Clock } from '../shared/clock';

/** Scheduled work of a running server. Each job is idempotent, so running it late or twice is harmless. */
export const JOBS = {
  /** Ends list entries whose validity has run out (an entry ending today gives no hit from today). */
  'lists.expire': (db: Db, clock: Clock) => expireEntries(db, clock.now()),
  /** Ends the publicity of records at their maximum period (or the five-year limit). */
  'records.expire': (db: Db, clock: Clock) => expirePublicity(db, clock.now()),
} as const;

export type JobName = keyof typeof JOBS;

/** Runs every job once, logging failures instead of throwing; returns what each did. */
export async function runJobs(db: Db, clock: Clock, log: (msg: string) => void = console.log): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, job] of Object.entries(JOBS)) {
    try {
      out[name] = await job(db, clock);
    } catch (err) {
      log(`定时任务 ${name} 失败：${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}

/** Runs the jobs now and then every `intervalMs` (default hourly); returns a stop function. */
export function startScheduler(db: Db, clock: Clock, intervalMs = 3_600_000, log: (msg: string) => void = console.log): () => void {
  let running: Promise<unknown> = runJobs(db, clock, log);
  const timer = setInterval(() => {
    running = running.then(() => runJobs(db, clock, log));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
