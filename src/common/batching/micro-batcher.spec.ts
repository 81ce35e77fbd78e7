import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('runs a full batch at once and gives each caller its own result', async () => {
    const runs: number[][] = [];
    const b = new MicroBatcher<number, number>(async (keys) => {
      runs.push(keys);
      return new Map(keys.map((k) => [k, k * 10]));
    }, 3, 60_000);
    await expect(Promise.all([b.submit(1), b.submit(2), b.submit(3)])).resolves.toEqual([10, 20, 30]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('runs a partial batch after the wait, and the same key twice once', async () => {
    const runs: string[][] = [];
    const b = new MicroBatcher<string, string>(async (keys) => {
      runs.push(keys);
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    }, 10, 5);
    await expect(Promise.all([b.submit('a'), b.submit('a'), b.submit('b')])).resolves.toEqual(['A', 'A', 'B']);
    expect(runs).toEqual([['a', 'b']]);
  });

  it('rejects every caller of a batch that failed, and a caller whose key got no result', async () => {
    const failing = new MicroBatcher<number, number>(() => Promise.reject(new Error('down')), 2, 5);
    await expect(Promise.allSettled([failing.submit(1), failing.submit(2)])).resolves.toEqual([
      { status: 'rejected', reason: new Error('down') },
      { status: 'rejected', reason: new Error('down') },
    ]);
    const partial = new MicroBatcher<number, number>(async () => new Map([[1, 1]]), 2, 5);
    const [one, two] = await Promise.allSettled([partial.submit(1), partial.submit(2)]);
    expect(one).toEqual({ status: 'fulfilled', value: 1 });
    expect(two.status).toBe('rejected');
  });

  it('with no wait, runs what came in the same turn of the event loop together, and a later call on its own', async () => {
    const runs: number[][] = [];
    const b = new MicroBatcher<number, number>(async (keys) => {
      runs.push(keys);
      return new Map(keys.map((k) => [k, -k]));
    }, 100, 0);
    const first = Promise.all([b.submit(1), b.submit(2), b.submit(3)]);
    await new Promise((r) => setImmediate(r));
    const later = b.submit(4);
    await expect(first).resolves.toEqual([-1, -2, -3]);
    await expect(later).resolves.toBe(-4);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('with no wait, still runs a full batch at once', async () => {
    const runs: number[][] = [];
    const b = new MicroBatcher<number, number>(async (keys) => {
      runs.push(keys);
      return new Map(keys.map((k) => [k, k]));
    }, 2, 0);
    await Promise.all([b.submit(1), b.submit(2), b.submit(3)]);
    expect(runs).toEqual([[1, 2], [3]]);
  });
});
