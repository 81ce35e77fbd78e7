import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../../src/database/migrate';
import { newTestEnvironment } from './test-env';

/** Creates this run's database, applies the migrations once, and builds dist/ if it is stale (e2e runs the built processes). */
export default async function globalSetup(): Promise<void> {
  const env = newTestEnvironment();
  Object.assign(process.env, env);
  await migrate(env.DATABASE_URL);
  if (process.env.SKIP_BUILD !== '1' && distIsStale()) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  }
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
