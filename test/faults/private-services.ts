import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { freePort, waitFor } from '../support/processes';

/**
 * A Redis and a PostgreSQL of the test's own, on free ports, so that the
 * fault runs can stop and restart them without touching the shared services
 * other people's tests use. Both are child processes of this test (Redis)
 * or a cluster in a temporary directory controlled with pg_ctl (PostgreSQL,
 * run as the postgres OS user because root cannot run it).
 */
export class PrivateRedis {
  private child: ChildProcess | undefined;
  constructor(
    readonly port: number,
    private readonly policy: string,
  ) {}

  static async start(policy = 'noeviction'): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort(), policy);
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--maxmemory-policy', this.policy],
      { stdio: 'ignore' },
    );
    await waitFor('private Redis', async () => {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } finally {
        client.disconnect();
      }
    });
  }

  /** Stops this Redis (its data is gone: no persistence, as after losing a Redis host). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly settings: string[],
  ) {}

  static async start(settings: string[] = []): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'rr-faults-pg-'));
    chmodSync(dir, 0o700);
    execFileSync('chown', ['postgres:postgres', dir]);
    execFileSync('runuser', ['-u', 'postgres', '--', `${PG_BIN}/initdb`, '-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'], {
      stdio: 'ignore',
    });
    const pg = new PrivatePostgres(await freePort(), dir, settings);
    await pg.start();
    return pg;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private pgCtl(...args: string[]): void {
    execFileSync('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', join(this.dir, 'data'), ...args], { stdio: 'ignore' });
  }

  async start(): Promise<void> {
    const options = [`-p ${this.port}`, `-k ${this.dir}`, `-c listen_addresses=127.0.0.1`, '-c max_connections=300', ...this.settings.map((s) => `-c ${s}`)];
    this.pgCtl('start', '-w', '-t', '60', '-l', join(this.dir, 'server.log'), '-o', options.join(' '));
    await waitFor('private PostgreSQL', async () => {
      const client = new Client({ connectionString: this.url('postgres') });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return true;
      } finally {
        await client.end().catch(() => undefined);
      }
    });
  }

  /** A clean restart (pg_ctl restart -m fast): open connections are cut, committed data stays. */
  async restart(): Promise<void> {
    this.pgCtl('stop', '-w', '-m', 'fast');
    await this.start();
  }

  dump(database: string): string {
    return execFileSync('pg_dump', ['--data-only', this.url(database)], { maxBuffer: 1024 * 1024 * 1024 }).toString('utf8');
  }

  async destroy(): Promise<void> {
    try {
      this.pgCtl('stop', '-w', '-m', 'immediate');
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
