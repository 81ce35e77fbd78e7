import { createHash } from 'node:crypto';

/**
 * HMAC-SHA256 (RFC 2104 over FIPS 180-4) for many short messages under one key,
 * returning the first 32 bits of the tag: exactly
 * `createHmac('sha256', key).update(message).digest().readUInt32BE(0)`.
 *
 * Why not node:crypto: createHmac costs several microseconds per call (a native
 * object, the key re-padded and re-hashed every time), which was most of the
 * time of protectAnswer. Here the inner and outer padded-key blocks are
 * compressed once per key (the standard HMAC precomputation), so a message of at
 * most 55 bytes costs two SHA-256 compressions in plain 32-bit integer code.
 * The spec checks the result against node:crypto on random and edge inputs.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const BLOCK_BYTES = 64;

/** Message schedule; W[0..15] is the block being compressed. Shared: nothing here is re-entrant or async. */
const W = new Int32Array(64);

/**
 * One SHA-256 compression of the block in W[0..15] into `state` (8 words). The 64 rounds
 * are unrolled by 8 with the working variables renamed instead of shifted; Ch is written
 * g ^ (e & (f ^ g)) and Maj (a & b) | (c & (a | b)), the usual equivalent forms.
 */
function compress(state: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15]!;
    const w2 = W[i - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  let t = 0;
  for (let i = 0; i < 64; i += 8) {
    t = (h + ((((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7)))) + (g ^ (e & (f ^ g))) + K[i + 0]! + W[i + 0]!) | 0;
    d = (d + t) | 0;
    h = (t + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    t = (g + ((((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7)))) + (f ^ (d & (e ^ f))) + K[i + 1]! + W[i + 1]!) | 0;
    c = (c + t) | 0;
    g = (t + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a)))) | 0;
    t = (f + ((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7)))) + (e ^ (c & (d ^ e))) + K[i + 2]! + W[i + 2]!) | 0;
    b = (b + t) | 0;
    f = (t + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h)))) | 0;
    t = (e + ((((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7)))) + (d ^ (b & (c ^ d))) + K[i + 3]! + W[i + 3]!) | 0;
    a = (a + t) | 0;
    e = (t + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g)))) | 0;
    t = (d + ((((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7)))) + (c ^ (a & (b ^ c))) + K[i + 4]! + W[i + 4]!) | 0;
    h = (h + t) | 0;
    d = (t + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f)))) | 0;
    t = (c + ((((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7)))) + (b ^ (h & (a ^ b))) + K[i + 5]! + W[i + 5]!) | 0;
    g = (g + t) | 0;
    c = (t + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e)))) | 0;
    t = (b + ((((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7)))) + (a ^ (g & (h ^ a))) + K[i + 6]! + W[i + 6]!) | 0;
    f = (f + t) | 0;
    b = (t + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d)))) | 0;
    t = (a + ((((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7)))) + (h ^ (f & (g ^ h))) + K[i + 7]! + W[i + 7]!) | 0;
    e = (e + t) | 0;
    a = (t + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c)))) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/** Loads block `block` of `bytes` into W[0..15] (big-endian words). */
function loadBlock(bytes: Uint8Array, block: number): void {
  const o = block * BLOCK_BYTES;
  for (let i = 0; i < 16; i++) {
    const p = o + 4 * i;
    W[i] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
  }
}

/** The SHA-256 state after compressing the key block XOR `pad` (the HMAC inner or outer prefix). */
function padState(key: Uint8Array, pad: number): Int32Array {
  const block = new Uint8Array(BLOCK_BYTES);
  for (let i = 0; i < BLOCK_BYTES; i++) block[i] = (i < key.length ? key[i]! : 0) ^ pad;
  const state = Int32Array.from(IV);
  loadBlock(block, 0);
  compress(state);
  block.fill(0);
  return state;
}

/**
 * Keyed 32-bit tag of ASCII messages. `write` receives a scratch buffer and must put
 * the message bytes at its start and return their number (see `Hmac32.tag`).
 */
export class Hmac32 {
  private readonly inner: Int32Array;
  private readonly outer: Int32Array;
  private readonly state = new Int32Array(8);
  private bytes = new Uint8Array(4 * BLOCK_BYTES);

  constructor(key: Uint8Array) {
    // RFC 2104: keys longer than the block are hashed first.
    const k = key.length > BLOCK_BYTES ? createHash('sha256').update(key).digest() : key;
    this.inner = padState(k, 0x36);
    this.outer = padState(k, 0x5c);
  }

  /** A scratch buffer of at least `length` bytes plus room for the SHA-256 padding. */
  buffer(length: number): Uint8Array {
    if (this.bytes.length < length + 9 + BLOCK_BYTES) this.bytes = new Uint8Array(2 * (length + 9 + BLOCK_BYTES));
    return this.bytes;
  }

  /** First 32 bits of HMAC-SHA256(key, bytes[0..length)) where `bytes` came from `buffer(length)`. */
  tag(length: number): number {
    const bytes = this.bytes;
    const blocks = Math.ceil((length + 9) / BLOCK_BYTES);
    const end = blocks * BLOCK_BYTES;
    bytes[length] = 0x80;
    bytes.fill(0, length + 1, end - 4);
    // Message length in bits, after the 64-byte inner key block (fits in 32 bits for any sane message).
    const bits = (BLOCK_BYTES + length) * 8;
    if (bits > 0xffff_ffff) throw new RangeError('message too long');
    bytes[end - 4] = bits >>> 24;
    bytes[end - 3] = (bits >>> 16) & 0xff;
    bytes[end - 2] = (bits >>> 8) & 0xff;
    bytes[end - 1] = bits & 0xff;
    const state = this.state;
    state.set(this.inner);
    for (let b = 0; b < blocks; b++) {
      loadBlock(bytes, b);
      compress(state);
    }
    // Outer hash: one block holding the 32-byte inner digest, 0x80, zeros and the length 768 bits.
    for (let i = 0; i < 8; i++) W[i] = state[i]!;
    W[8] = 0x80000000 | 0;
    for (let i = 9; i < 15; i++) W[i] = 0;
    W[15] = (BLOCK_BYTES + 32) * 8;
    state.set(this.outer);
    compress(state);
    return state[0]! >>> 0;
  }
}
