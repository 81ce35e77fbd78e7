import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../../src/database/migrate';
import { newTestEnvironment } from './test-env';

/** Creates this run's database, applies the migrations once, and builds dist/ if it is stale (e2e runs the built processes). */
export default async function globalSetup(): Promise<void> {
  const env = newTestEnvironment();
  Object.assign(process.env, env);
  await migrate(env.DATABASE_URL);
  const root = join(__dirname, '..', '..');
  // Build if stale and take a private copy of dist/, both under a lock, so that a rebuild by a
  // concurrent run (another developer's, or CI's) never swaps files under running processes.
  const snapshot = join(root, '.test-dist', env.QUEUE_PREFIX);
  mkdirSync(join(root, '.test-dist'), { recursive: true });
  const script = [
    process.env.SKIP_BUILD !== '1' && distIsStale() ? 'npm run build --silent' : 'true',
    `rm -rf '${snapshot}'`,
    `cp -r dist '${snapshot}'`,
  ].join(' && ');
  execFileSync('flock', [join(root, '.test-dist', '.lock'), 'sh', '-c', script], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(snapshot, 'main.js'))) cpSync(join(root, 'dist'), snapshot, { recursive: true });
  process.env.TEST_DIST_DIR = snapshot;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function distIsStale(): boolean {
  const root = join(__dirname, '..', '..');
  const built = join(root, 'dist', 'main.js');
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'migrations')));
  return sources > statSync(built).mtimeMs;
}
