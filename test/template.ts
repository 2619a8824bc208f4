import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The PostgreSQL database every test database is cloned from (TEST_DATABASE_URL runs). */
export const TEMPLATE_DB_NAME = 'xinyong_test_template';

/** The PGlite data directory image every test database is loaded from. */
export function templateTarballPath(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.tmp/test-template.tar');
}
