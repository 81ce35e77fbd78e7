import { keyedHash, safeEqual } from '../common/crypto/keyed-hash';

/**
 * The status token is derived from the report id with a server key, so it is
 * never stored: the same receipt can be returned again on an idempotent retry,
 * and a stolen database alone cannot produce tokens.
 */
export function statusTokenFor(key: Buffer, reportId: string): string {
  return keyedHash(key, 'status-token', reportId).toString('base64url');
}

export function checkStatusToken(key: Buffer, reportId: string, token: string): boolean {
  return safeEqual(Buffer.from(statusTokenFor(key, reportId)), Buffer.from(token));
}
