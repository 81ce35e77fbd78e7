import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Hashcash-style proof of work for the anonymous channel, in plain
 * TypeScript. A challenge is stateless and signed by the server:
 *
 *   pow1.<expires, unix seconds>.<difficulty>.<16 random bytes, base64url>.<HMAC-SHA256, base64url>
 *
 * A solution is any string s of 1..64 characters [A-Za-z0-9_-] such that
 * SHA-256("<challenge>:<s>") starts with <difficulty> zero bits. The client
 * sends "<challenge>:<s>" in the Proof-Of-Work header. Single use is enforced
 * by the caller (the challenge's hash is recorded when spent).
 */
export const POW_HEADER = 'proof-of-work';
const SOLUTION = /^[A-Za-z0-9_-]{1,64}$/;
const CHALLENGE = /^pow1\.(\d{1,12})\.(\d{1,2})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export interface Challenge {
  challenge: string;
  difficulty: number;
  expiresAt: Date;
}

export type PowVerdict =
  | { ok: true; challenge: string; expiresAt: Date }
  | { ok: false; reason: 'MALFORMED' | 'FORGED' | 'EXPIRED' | 'TOO_EASY' | 'WRONG_SOLUTION' };

export function issueChallenge(key: Buffer, difficulty: number, ttlSeconds: number, now: Date = new Date()): Challenge {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const body = `pow1.${expires}.${difficulty}.${randomBytes(16).toString('base64url')}`;
  return { challenge: `${body}.${sign(key, body)}`, difficulty, expiresAt: new Date(expires * 1000) };
}

export function verifySolution(key: Buffer, header: string, minDifficulty: number, now: Date = new Date()): PowVerdict {
  if (header.length > 200) return { ok: false, reason: 'MALFORMED' };
  const colon = header.lastIndexOf(':');
  if (colon < 0) return { ok: false, reason: 'MALFORMED' };
  const challenge = header.slice(0, colon);
  const solution = header.slice(colon + 1);
  const m = CHALLENGE.exec(challenge);
  if (!m || !SOLUTION.test(solution)) return { ok: false, reason: 'MALFORMED' };
  const body = challenge.slice(0, challenge.lastIndexOf('.'));
  const mac = Buffer.from(m[4]!, 'base64url');
  const expected = Buffer.from(sign(key, body), 'base64url');
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return { ok: false, reason: 'FORGED' };
  const expiresAt = new Date(Number(m[1]) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  const difficulty = Number(m[2]);
  if (difficulty < minDifficulty) return { ok: false, reason: 'TOO_EASY' };
  if (leadingZeroBits(createHash('sha256').update(`${challenge}:${solution}`).digest()) < difficulty) {
    return { ok: false, reason: 'WRONG_SOLUTION' };
  }
  return { ok: true, challenge, expiresAt };
}

/** What a client does (here for tests and the example client): try counters until the hash has enough zero bits. */
export function solveChallenge(challenge: string, difficulty: number, maxTries = 1 << 26): string {
  for (let i = 0; i < maxTries; i++) {
    const candidate = i.toString(36);
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${candidate}`).digest()) >= difficulty) return `${challenge}:${candidate}`;
  }
  throw new Error('no solution found');
}

export function challengeHash(challenge: string): Buffer {
  return createHash('sha256').update(challenge).digest();
}

export function leadingZeroBits(hash: Buffer): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

function sign(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}
