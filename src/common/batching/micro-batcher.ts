/**
 * Gathers calls that arrive close together (the jobs a BullMQ worker runs
 * concurrently, the requests an API process reads in one turn of its event
 * loop) into one call of `run` with all their keys, so that several reports
 * share a statement or a transaction and its round trips. A batch is run when
 * it reaches `maxSize` or `maxWaitMs` after its first key, whichever is first;
 * `maxWaitMs` 0 means at the end of the current turn of the event loop
 * (setImmediate), which adds no waiting when calls come one at a time.
 * Batches overlap (one gathers while another runs). Each caller gets its own
 * key's result, or the error `run` threw for the whole batch.
 */
export class MicroBatcher<K, R> {
  private pending: { key: K; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;

  constructor(
    private readonly run: (keys: K[]) => Promise<Map<K, R>>,
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
  ) {}

  submit(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else if (this.maxWaitMs === 0) this.immediate ??= setImmediate(() => this.flush());
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = undefined;
    this.immediate = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const keys = [...new Set(batch.map((b) => b.key))];
    this.run(keys).then(
      (results) => {
        for (const b of batch) {
          if (results.has(b.key)) b.resolve(results.get(b.key)!);
          else b.reject(new Error('MicroBatcher: no result for a key'));
        }
      },
      (error: unknown) => {
        for (const b of batch) b.reject(error);
      },
    );
  }
}
