import { fork, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { API_NODE_FLAGS } from './api-runtime';
import { LOG_BASE } from './common/logging/log-base';
import { loadAppConfig } from './config/app-config';
import { exitOnConfigurationError } from './config/exit-on-configuration-error';
import { migrate } from './database/migrate';

/**
 * `npm start`: applies migrations, then runs one API and one worker process.
 * If either exits, the other is stopped and start exits non-zero, so a
 * supervisor (systemd, Docker, Kubernetes) restarts the pair.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const applied = await migrate(config.database.url);
  // The same JSON lines as the API's and the worker's logs (pino), before they start.
  pino({ level: config.logLevel, base: LOG_BASE }, pino.destination({ dest: 1, sync: true })).info({ count: applied.length }, 'migrations applied');
  const children: ChildProcess[] = [
    fork(join(__dirname, 'main.js'), { stdio: 'inherit', execArgv: [...process.execArgv, ...API_NODE_FLAGS] }),
    fork(join(__dirname, 'worker.js'), { stdio: 'inherit' }),
  ];
  let stopping = false;
  const stop = (code: number): void => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), 10_000).unref();
    const exits = children.filter((c) => c.exitCode === null).map((c) => new Promise((r) => c.once('exit', r)));
    Promise.all(exits).then(
      () => process.exit(code),
      () => process.exit(code),
    );
  };
  for (const child of children) child.once('exit', (code) => stop(code === 0 ? 0 : 1));
  process.once('SIGTERM', () => stop(0));
  process.once('SIGINT', () => stop(0));
}

main().catch(exitOnConfigurationError);
