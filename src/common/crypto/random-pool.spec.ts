import { RandomPool } from './random-pool';

describe('RandomPool', () => {
  it('hands out every byte once: slices never overlap and keep their bytes when a new block is drawn', () => {
    const pool = new RandomPool(64);
    const taken: Buffer[] = [];
    const copies: Buffer[] = [];
    for (let i = 0; i < 40; i++) {
      const b = pool.take(12);
      taken.push(b);
      copies.push(Buffer.from(b)); // its bytes when it was handed out
    }
    // 40 × 12 bytes span several 64-byte blocks; slices taken before a new block keep their content.
    taken.forEach((b, i) => expect(b.equals(copies[i]!)).toBe(true));
    expect(new Set(copies.map((b) => b.toString('hex'))).size).toBe(40);
    for (const b of taken) expect(b.length).toBe(12);
  });

  it('serves a request larger than its block from a block of that size', () => {
    const pool = new RandomPool(16);
    const big = pool.take(100);
    expect(big.length).toBe(100);
    expect(pool.take(4).length).toBe(4);
  });

  it('is not all zeros (drawn from the CSPRNG)', () => {
    const bytes = new RandomPool().take(32);
    expect(bytes.some((b) => b !== 0)).toBe(true);
  });
});
