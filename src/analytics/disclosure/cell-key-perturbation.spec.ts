import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { CELL_KEY_RANGE, cellKey, cellKeyFunction } from './cell-key';
import { cellKeyNoise, perturbationTable, perturbedCount } from './cell-key-perturbation';

const SECRET = Buffer.from('0123456789abcdef0123456789abcdef');

describe('cell key', () => {
  it('is the same for the same (count, keySum) and secret', () => {
    expect(cellKey(12, 123456789n, SECRET)).toBe(cellKey(12, 123456789n, SECRET));
  });

  it('changes with the keySum, the count and the secret', () => {
    const k = cellKey(12, 123456789n, SECRET);
    expect(cellKey(12, 123456790n, SECRET)).not.toBe(k);
    expect(cellKey(13, 123456789n, SECRET)).not.toBe(k);
    expect(cellKey(12, 123456789n, Buffer.from('another secret of 32 bytes......'))).not.toBe(k);
  });

  it('is exactly the first 32 bits of HMAC-SHA256(secret, "ck1:<count>:<hex keySum>") as node:crypto computes it', () => {
    const reference = (count: number, keySum: bigint, secret: Buffer): number =>
      createHmac('sha256', secret).update(`ck1:${count}:${keySum.toString(16)}`).digest().readUInt32BE(0);
    const secrets = [SECRET, Buffer.alloc(16, 1), Buffer.alloc(64, 0xa5), Buffer.alloc(65, 3), Buffer.alloc(300, 9)]; // > 64 bytes: key hashed first
    const counts = [0, 1, 9, 10, 11, 99, 12345, 2 ** 32, Number.MAX_SAFE_INTEGER];
    // Up to 2^53 - 1 and beyond; 2^300 makes the message longer than one SHA-256 block.
    const sums = [0n, 1n, 15n, 16n, 4294967295n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 64n + 7n, 3n ** 190n, 2n ** 300n];
    for (const secret of secrets) {
      const key = cellKeyFunction(secret);
      for (const count of counts) {
        for (const keySum of sums) {
          expect(key(count, keySum)).toBe(reference(count, keySum, secret));
          expect(cellKey(count, keySum, secret)).toBe(reference(count, keySum, secret));
        }
      }
    }
    fc.assert(
      fc.property(fc.nat(), fc.bigInt({ min: 0n, max: 2n ** 90n }), fc.uint8Array({ minLength: 16, maxLength: 100 }), (count, keySum, bytes) => {
        const secret = Buffer.from(bytes);
        expect(cellKeyFunction(secret)(count, keySum)).toBe(reference(count, keySum, secret));
      }),
      { numRuns: 2000 },
    );
  });

  it('is a uint32 and roughly uniform (chi-square over 16 bins)', () => {
    const bins = new Array<number>(16).fill(0);
    const n = 16000;
    let outOfRange = 0;
    for (let i = 0; i < n; i++) {
      const key = cellKey(20, BigInt(i) * 2654435761n, SECRET);
      if (!(Number.isInteger(key) && key >= 0 && key < CELL_KEY_RANGE)) outOfRange++;
      else bins[Math.floor(key / (CELL_KEY_RANGE / 16))]! += 1;
    }
    expect(outOfRange).toBe(0);
    const expected = n / 16;
    const chi2 = bins.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(37.7); // p = 0.001 for 15 degrees of freedom
  });
});

describe('perturbation table (maxNoise 2, base 3)', () => {
  it.each([
    // count, key, published
    [30, 0, 30],
    [30, CELL_KEY_RANGE - 1, 30],
    [31, 0, 30], // r = 1: round down when key < 2/3
    [31, Math.floor((2 / 3) * CELL_KEY_RANGE) - 1, 30],
    [31, Math.ceil((2 / 3) * CELL_KEY_RANGE), 33],
    [32, 0, 30], // r = 2: round down when key < 1/3
    [32, Math.floor((1 / 3) * CELL_KEY_RANGE) - 1, 30],
    [32, Math.ceil((1 / 3) * CELL_KEY_RANGE), 33],
    [32, CELL_KEY_RANGE - 1, 33],
  ])('count %d with key %d publishes %d', (count, key, published) => {
    expect(perturbedCount(count, key, 2)).toBe(published);
  });

  it('documents exact probabilities that are zero-mean', () => {
    for (const maxNoise of [1, 2, 3, 4]) {
      for (const row of perturbationTable(maxNoise)) {
        const p = row.outcomes.reduce((s, o) => s + o.probability, 0);
        const mean = row.outcomes.reduce((s, o) => s + o.probability * o.noise, 0);
        expect(p).toBeCloseTo(1, 12);
        expect(mean).toBeCloseTo(0, 12);
        for (const o of row.outcomes) expect(Math.abs(o.noise)).toBeLessThanOrEqual(maxNoise);
      }
    }
  });

  it('property: bounded, lands on the lattice, and is deterministic', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(CELL_KEY_RANGE - 1), fc.integer({ min: 0, max: 9 }), (count, key, maxNoise) => {
        const noise = cellKeyNoise(count, key, maxNoise);
        expect(Math.abs(noise)).toBeLessThanOrEqual(maxNoise);
        expect((count + noise) % (maxNoise + 1)).toBe(0);
        expect(cellKeyNoise(count, key, maxNoise)).toBe(noise);
      }),
    );
  });

  it('property: the empirical mean of the noise over uniform keys is zero', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (count) => {
        let sum = 0;
        const steps = 3000;
        for (let i = 0; i < steps; i++) sum += cellKeyNoise(count, Math.floor(((i + 0.5) / steps) * CELL_KEY_RANGE), 2);
        expect(Math.abs(sum / steps)).toBeLessThan(0.01);
      }),
      { numRuns: 50 },
    );
  });
});
