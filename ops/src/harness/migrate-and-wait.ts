// Child process for the migration race test: applies pending migrations the way
// scripts/start-prod.ts does, reports on stdout, then stays alive (like the
// supervisor that goes on to run the API) until its stdin closes.
import { migrateDeploy } from '@atlas/db';

const url = process.argv[2];
if (!url) throw new Error('usage: migrate-and-wait.ts DATABASE_URL');
const started = Date.now();
try {
  await migrateDeploy(url);
  process.stdout.write(`migrated in ${Date.now() - started} ms\n`);
} catch (error) {
  process.stdout.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
