import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[A-Za-z0-9_-]{16,64}$/;

/** Reads the Idempotency-Key header: absent → undefined; present but malformed → IDEMPOTENCY_KEY_INVALID. */
export function readIdempotencyKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const raw = headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !KEY_FORMAT.test(raw)) {
    throw new AppError(
      ErrorCode.IDEMPOTENCY_KEY_INVALID,
      'Idempotency-Key must be 16 to 64 characters of A-Z, a-z, 0-9, "_" and "-"',
    );
  }
  return raw;
}

/** Canonical JSON (sorted keys, no undefined) so the same input always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
