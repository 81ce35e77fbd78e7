/**
 * Background work run again and again in one process (the outbox relay, the
 * sweeper, the rollup drain, the retention purge), never two runs at once:
 * the next run is scheduled when the previous one has finished (a timeout set
 * again, not setInterval), so a slow run delays the next one instead of
 * overlapping it. A run that throws is reported to `failed` and tried again
 * after `retryMs`. stop() cancels the next run and waits for a running one.
 */
export interface PeriodicTaskOptions {
  /** One run. May return the delay before the next (0 when more work is waiting); otherwise `intervalMs`. */
  run: () => Promise<number | void>;
  intervalMs: number;
  /** Delay before the first run (default `intervalMs`). */
  firstDelayMs?: number;
  /** Delay after a failed run (default `intervalMs`). */
  retryMs?: number;
  /** Told about a failed run (log it: the task goes on). */
  failed: (error: unknown) => void;
  /** The timer alone does not keep the process alive. */
  unref?: boolean;
}

export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: PeriodicTaskOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(this.options.firstDelayMs ?? this.options.intervalMs);
  }

  /** No run starts after this; resolves when the running one (if any) has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.tick();
    }, delayMs);
    if (this.options.unref) this.timer.unref();
  }

  private async tick(): Promise<void> {
    let next: number;
    try {
      const asked = await this.options.run();
      next = typeof asked === 'number' ? asked : this.options.intervalMs;
    } catch (error) {
      this.options.failed(error);
      next = this.options.retryMs ?? this.options.intervalMs;
    }
    this.schedule(next);
  }
}
