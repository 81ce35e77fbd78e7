import { createHmac } from 'node:crypto';

/** 2^32: record keys and cell keys are uniform in [0, 2^32). */
export const CELL_KEY_RANGE = 0x1_0000_0000;

/**
 * The cell key of a set of contributors: a keyed hash (HMAC-SHA256 with the
 * server secret) of the set's count and unreduced keySum, truncated to 32 bits.
 *
 * Because count and keySum are plain sums over the contributors, the same
 * contributors give the same cell key whichever query, grouping or merge of
 * rollup rows produced the cell; adding or removing even one report changes
 * keySum by that report's uniform random recordKey, so the new cell key is an
 * independent uniform draw. The secret means that even someone who reads the
 * rollup table (count, keySum) cannot compute the noise.
 */
export function cellKey(count: number, keySum: bigint, secret: Buffer): number {
  return createHmac('sha256', secret).update(`ck1:${count}:${keySum.toString(16)}`).digest().readUInt32BE(0);
}
