import { Hmac32 } from './hmac-sha256';

/** 2^32: record keys and cell keys are uniform in [0, 2^32). */
export const CELL_KEY_RANGE = 0x1_0000_0000;

const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]; // '0'..'9', 'a'..'f'
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const PREFIX = [99, 107, 49, 58]; // 'ck1:'
const COLON = 58;

/** Writes the ASCII of `text` at `at`; returns the new end. */
function writeAscii(bytes: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i); // number and bigint strings are ASCII
  return at + text.length;
}

/** Writes the digits of the safe non-negative integer `value` in `radix` (10 or 16) at `at`; returns the new end. */
function writeDigits(bytes: Uint8Array, at: number, value: number, radix: number): number {
  let digits = 1;
  for (let v = Math.floor(value / radix); v > 0; v = Math.floor(v / radix)) digits++;
  let v = value;
  for (let i = at + digits - 1; i >= at; i--) {
    bytes[i] = HEX[v % radix]!;
    v = Math.floor(v / radix);
  }
  return at + digits;
}

/**
 * The cell-key function of one secret: `(count, keySum) => cellKey(count, keySum, secret)`,
 * with the HMAC key schedule done once (protectAnswer makes one per answer).
 */
export function cellKeyFunction(secret: Buffer): (count: number, keySum: bigint) => number {
  const hmac = new Hmac32(secret);
  return (count: number, keySum: bigint): number => {
    const safeCount = Number.isSafeInteger(count) && count >= 0;
    const safeSum = keySum >= 0n && keySum <= MAX_SAFE;
    const countText = safeCount ? '' : String(count);
    const sumText = safeSum ? '' : keySum.toString(16);
    const bytes = hmac.buffer(4 + 17 + 1 + 15 + countText.length + sumText.length);
    for (let i = 0; i < 4; i++) bytes[i] = PREFIX[i]!;
    let end = safeCount ? writeDigits(bytes, 4, count, 10) : writeAscii(bytes, 4, countText);
    bytes[end++] = COLON;
    end = safeSum ? writeDigits(bytes, end, Number(keySum), 16) : writeAscii(bytes, end, sumText);
    return hmac.tag(end);
  };
}

/**
 * The cell key of a set of contributors: a keyed hash (HMAC-SHA256 with the
 * server secret) of the set's count and unreduced keySum, truncated to 32 bits:
 * the first 4 bytes, big-endian, of HMAC-SHA256(secret, `ck1:${count}:${keySum in hex}`).
 *
 * Because count and keySum are plain sums over the contributors, the same
 * contributors give the same cell key whichever query, grouping or merge of
 * rollup rows produced the cell; adding or removing even one report changes
 * keySum by that report's uniform random recordKey, so the new cell key is an
 * independent uniform draw. The secret means that even someone who reads the
 * rollup table (count, keySum) cannot compute the noise.
 *
 * Computed by hmac-sha256.ts (checked against node:crypto in the spec); for many
 * cells under one secret use cellKeyFunction.
 */
export function cellKey(count: number, keySum: bigint, secret: Buffer): number {
  return cellKeyFunction(secret)(count, keySum);
}
