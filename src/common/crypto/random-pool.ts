import { randomBytes } from 'node:crypto';

/**
 * Bytes from the CSPRNG drawn in blocks: one OpenSSL call per 4 KiB instead
 * of one per IV or record key, as Node itself does for randomUUID(). In the
 * API under load each small randomBytes() call cost about 20 µs (OpenSSL 3's
 * locking, a cold cache between requests) against 2 µs in a tight loop; the
 * intake draws two values per report. Every byte is handed out once: a block
 * is never refilled in place, a new one replaces it, so a slice taken earlier
 * keeps its bytes.
 */
export class RandomPool {
  private block: Buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly blockSize = 4096) {}

  take(n: number): Buffer {
    if (this.offset + n > this.block.length) {
      this.block = randomBytes(Math.max(this.blockSize, n));
      this.offset = 0;
    }
    const out = this.block.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
}

/** The process's pool for IVs and record keys. */
export const randomPool = new RandomPool();
