/**
 * Character classes as lookup tables, for tokenisers that run on every report: a Unicode property
 * regex per token costs more than the table walk. Bit 1: letter (\p{L}); bit 2: number (\p{N});
 * bit 4: combining mark (\p{M}). Characters outside the Basic Multilingual Plane (surrogate pairs)
 * are classified on the code point, as a `u` regex would.
 */
const TABLE = (() => {
  const t = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const number = /\p{N}/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCharCode(c);
    t[c] = (letter.test(s) ? 1 : 0) | (number.test(s) ? 2 : 0) | (mark.test(s) ? 4 : 0);
  }
  return t;
})();

/** Case of each BMP character, as `toLowerCase`/`toUpperCase` of the character alone see it. */
const CASE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCharCode(c);
    const lower = s.toLowerCase();
    const upper = s.toUpperCase();
    t[c] = (lower !== s ? 1 : 0) | (upper !== s ? 2 : 0);
  }
  return t;
})();

/** The character changes when lowercased (an upper- or titlecase letter). */
export const CHANGES_LOWER = 1;
/** The character changes when uppercased (a lowercase letter, or one like ß). */
export const CHANGES_UPPER = 2;
/** Case bits of a BMP code unit (0 for surrogates: check `isSurrogate` first). */
export const caseOf = (c: number): number => CASE[c]!;

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;

/** Class bits of the character at i and its length in code units (2 for a surrogate pair). */
export function classAt(s: string, i: number): { bits: number; width: number } {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return { bits: c >= 0xdc00 && c <= 0xdfff ? 0 : TABLE[c]!, width: 1 };
  const cp = s.codePointAt(i)!;
  if (cp <= 0xffff) return { bits: 0, width: 1 };
  const ch = String.fromCodePoint(cp);
  return { bits: (/\p{L}/u.test(ch) ? 1 : 0) | (/\p{N}/u.test(ch) ? 2 : 0) | (/\p{M}/u.test(ch) ? 4 : 0), width: 2 };
}

/** A UTF-16 surrogate (half of a character outside the Basic Multilingual Plane). */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** The first index at or after i where a character whose class has one of `bits` begins; s.length if none. */
export function nextOfClass(s: string, i: number, bits: number): number {
  const len = s.length;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      if ((TABLE[c]! & bits) !== 0) return i;
      i++;
    } else {
      const { bits: b, width } = classAt(s, i);
      if ((b & bits) !== 0) return i;
      i += width;
    }
  }
  return len;
}

/**
 * End of the run of characters whose class has one of `bits` starting at i (i itself not checked),
 * then of further runs joined by an apostrophe or hyphen: the shape `[X][Y]*(?:['’-][Y]+)*`.
 */
export function wordEnd(s: string, i: number, bits: number): number {
  let j = runEnd(s, i, bits);
  for (;;) {
    const c = s.charCodeAt(j);
    if (c !== 39 && c !== 0x2019 && c !== 45) return j;
    const k = runEnd(s, j + 1, bits);
    if (k === j + 1) return j;
    j = k;
  }
}

function runEnd(s: string, k: number, bits: number): number {
  const len = s.length;
  while (k < len) {
    const c = s.charCodeAt(k);
    if (c < 0xd800 || c > 0xdfff) {
      if ((TABLE[c]! & bits) === 0) return k;
      k++;
    } else {
      const { bits: b, width } = classAt(s, k);
      if ((b & bits) === 0) return k;
      k += width;
    }
  }
  return k;
}
