/**
 * mulberry32: a small deterministic 32-bit generator for synthetic data,
 * corpora and simulations that must repeat from a seed. Never for secrets,
 * record keys or disclosure noise (those come from node:crypto).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The same sequence as floats in [0, 1). */
export function unitRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}
