import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomPool } from './random-pool';

/** HMAC-SHA256 over length-prefixed parts, so ("ab","c") and ("a","bc") differ. */
export function keyedHash(key: Buffer, ...parts: string[]): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of parts) {
    const bytes = Buffer.from(part, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    mac.update(length).update(bytes);
  }
  return mac.digest();
}

/** For high-entropy secrets (API keys): a plain SHA-256 is enough and lets a lookup by hash. */
export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Secret 32-bit record key for cell-key perturbation, from the CSPRNG. */
export function randomRecordKey(): number {
  return randomPool.take(4).readUInt32BE(0);
}
