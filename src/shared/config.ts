import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  profile: string;
  rateLimitPerMinute: number;
  logLevel: string;
  seedScale: number;
  /** Seed the demo data when the database is empty (`SEED_DEMO=0` turns it off: production). */
  seedDemo: boolean;
  /** Proxies whose X-Forwarded-For is believed (`TRUST_PROXY`): off by default, so clients cannot fake their address. */
  trustProxy: boolean | string;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** Reads the configuration from the environment (README lists every variable). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    profile: env.PROFILE || 'taian',
    rateLimitPerMinute: intFrom(env.RATE_LIMIT_PER_MINUTE, 1200, 'RATE_LIMIT_PER_MINUTE'),
    logLevel: env.LOG_LEVEL || 'info',
    seedScale: intFrom(env.SEED_SCALE, 1, 'SEED_SCALE'),
    seedDemo: env.SEED_DEMO !== '0' && env.SEED_DEMO !== 'false',
    trustProxy:
      env.TRUST_PROXY === undefined || env.TRUST_PROXY === '' || env.TRUST_PROXY === 'false'
        ? false
        : env.TRUST_PROXY === 'true'
          ? true
          : env.TRUST_PROXY,
  };
}
