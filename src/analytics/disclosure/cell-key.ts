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

/** Writes the decimal digits of the safe non-negative integer `value` at `at`; returns the new end. */
function writeDecimal(bytes: Uint8Array, at: number, value: number): number {
  let digits = 1;
  for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
  let v = value;
  for (let i = at + digits - 1; i >= at; i--) {
    const next = Math.floor(v / 10);
    bytes[i] = 48 + (v - 10 * next); // v - 10 * next first: exact below 2^53
    v = next;
  }
  return at + digits;
}

/** Writes the lowercase hex digits (no leading zeros) of the safe non-negative integer `value`. */
function writeHex(bytes: Uint8Array, at: number, value: number): number {
  const high = Math.floor(value / CELL_KEY_RANGE); // < 2^21
  const low = value >>> 0;
  let end = at;
  if (high > 0) {
    end = writeHexWord(bytes, end, high, false);
    return writeHexWord(bytes, end, low, true);
  }
  return writeHexWord(bytes, end, low, false);
}

/** The hex of a uint32, 8 digits when `padded`, else without leading zeros. */
function writeHexWord(bytes: Uint8Array, at: number, word: number, padded: boolean): number {
  let digits = 8;
  if (!padded) while (digits > 1 && (word >>> (4 * (digits - 1))) === 0) digits--;
  for (let i = 0; i < digits; i++) bytes[at + i] = HEX[(word >>> (4 * (digits - 1 - i))) & 15]!;
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
    let end = safeCount ? writeDecimal(bytes, 4, count) : writeAscii(bytes, 4, countText);
    bytes[end++] = COLON;
    end = safeSum ? writeHex(bytes, end, Number(keySum)) : writeAscii(bytes, end, sumText);
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
