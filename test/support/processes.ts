import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../../src/api-runtime';

const ROOT = join(__dirname, '..', '..');

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr (its logs). */
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a built entry point (dist/main.js, dist/worker.js) as a real process with the test environment. */
export function startProcess(entry: string, env: Record<string, string> = {}): RunningProcess {
  const chunks: Buffer[] = [];
  const dist = process.env.TEST_DIST_DIR ?? join(ROOT, 'dist');
  // The API runs with the flags it is deployed with (src/api-runtime.ts).
  const flags = entry === 'main.js' ? API_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, join(dist, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => chunks.push(c));
  child.stderr!.on('data', (c: Buffer) => chunks.push(c));
  return {
    child,
    output: () => Buffer.concat(chunks).toString('utf8'),
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill(signal);
      }),
  };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`);
}

export async function startApi(env: Record<string, string> = {}): Promise<RunningProcess & { url: string }> {
  const port = await freePort();
  const api = startProcess('main.js', { PORT: String(port), ...env });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('API readiness', async () => (await fetch(`${url}/health/ready`)).ok, 30000).catch((error: Error) => {
    throw new Error(`${error.message}\n${api.output()}`);
  });
  return { ...api, url };
}
