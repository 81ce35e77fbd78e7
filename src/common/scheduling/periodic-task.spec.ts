import { PeriodicTask } from './periodic-task';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('PeriodicTask', () => {
  it('never starts a run while the previous one is still running', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const task = new PeriodicTask({
      intervalMs: 1,
      firstDelayMs: 0,
      failed: () => undefined,
      run: async () => {
        active++;
        most = Math.max(most, active);
        await sleep(15);
        active--;
        runs++;
      },
    });
    task.start();
    await sleep(120);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(most).toBe(1);
  });

  it('runs again at once when a run asks for it, and after intervalMs otherwise', async () => {
    const at: number[] = [];
    const task = new PeriodicTask({
      intervalMs: 10_000,
      firstDelayMs: 0,
      failed: () => undefined,
      run: async () => {
        at.push(Date.now());
        return at.length < 3 ? 0 : undefined; // "more is waiting" twice, then the normal interval
      },
    });
    task.start();
    await sleep(100);
    await task.stop();
    expect(at).toHaveLength(3);
  });

  it('reports a failed run and goes on after retryMs', async () => {
    const failures: unknown[] = [];
    let runs = 0;
    const task = new PeriodicTask({
      intervalMs: 10_000,
      retryMs: 5,
      firstDelayMs: 0,
      failed: (error) => failures.push(error),
      run: async () => {
        runs++;
        if (runs <= 2) throw new Error(`boom ${runs}`);
        return undefined;
      },
    });
    task.start();
    await sleep(100);
    await task.stop();
    expect(failures.map((e) => (e as Error).message)).toEqual(['boom 1', 'boom 2']);
    expect(runs).toBe(3);
  });

  it('stop() waits for the running run and no run starts afterwards', async () => {
    let finished = 0;
    let started = 0;
    const task = new PeriodicTask({
      intervalMs: 1,
      firstDelayMs: 0,
      failed: () => undefined,
      run: async () => {
        started++;
        await sleep(30);
        finished++;
      },
    });
    task.start();
    await sleep(10); // inside the first run
    await task.stop();
    expect(finished).toBe(started);
    const after = started;
    await sleep(40);
    expect(started).toBe(after);
  });

  it('does not run before start() and start() twice schedules once', async () => {
    let runs = 0;
    const task = new PeriodicTask({ intervalMs: 10_000, firstDelayMs: 0, failed: () => undefined, run: async () => void runs++ });
    await sleep(10);
    expect(runs).toBe(0);
    task.start();
    task.start();
    await sleep(20);
    await task.stop();
    expect(runs).toBe(1);
  });
});
