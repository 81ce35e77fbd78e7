/**
 * Normalisation before recognition.
 *
 * `normalise` produces the text the engine works on and outputs: Unicode NFKC (full-width digits and
 * letters become ASCII, ligatures split), zero-width and soft-hyphen characters removed, exotic spaces
 * made plain. It keeps, for every character of the result, the range of the original text it came from,
 * so that spans can be reported against the original offsets.
 *
 * `foldForDetection` then produces a view of exactly the same length in which look-alike letters
 * (Cyrillic/Greek homoglyphs used to dodge filters) and dash variants are folded to ASCII. Recognisers
 * read the folded view; replacements are applied to the normalised text.
 */

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const COMBINING = /\p{M}/u;
/** Invisible characters and exotic spaces: either makes the slow path necessary. */
const SPECIAL = /[\u00A0\u00AD\u180E\u2000-\u200F\u202A-\u202F\u205F-\u206F\u3000\uFEFF]/;

export interface NormalisedText {
  /** NFKC text without invisible characters. */
  text: string;
  /** For each UTF-16 unit of `text`, the start offset in the original of the cluster it came from. */
  origStart: Int32Array;
  /** For each UTF-16 unit of `text`, the end offset (exclusive) in the original. */
  origEnd: Int32Array;
}

export function normalise(input: string): NormalisedText {
  // Fast path: pure printable ASCII needs no work and maps one to one.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(input)) {
    const n = input.length;
    const origStart = new Int32Array(n);
    const origEnd = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      origStart[i] = i;
      origEnd[i] = i + 1;
    }
    return { text: input, origStart, origEnd };
  }
  // Common path: already NFKC and nothing invisible — one to one as well.
  if (!SPECIAL.test(input) && input.normalize('NFKC') === input) {
    const n = input.length;
    const origStart = new Int32Array(n);
    const origEnd = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      origStart[i] = i;
      origEnd[i] = i + 1;
    }
    return { text: input, origStart, origEnd };
  }
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const code = input.charCodeAt(i);
    // ASCII not followed by a combining mark maps to itself.
    if (code < 0x80 && !(i + 1 < n && input.charCodeAt(i + 1) >= 0x300 && COMBINING.test(input[i + 1] ?? ''))) {
      parts.push(input[i]!);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    // A cluster: one code point plus following combining marks (so NFKC can compose them).
    const cp = input.codePointAt(i) as number;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = input.codePointAt(j) as number;
      const ch = String.fromCodePoint(next);
      if (!COMBINING.test(ch)) break;
      j += next > 0xffff ? 2 : 1;
    }
    const cluster = input.slice(i, j);
    let out = INVISIBLE.test(cluster) && cluster.length === 1 ? '' : cluster.normalize('NFKC');
    if (out.length > 0) {
      out = out.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
      for (let k = 0; k < out.length; k++) {
        starts.push(i);
        ends.push(j);
      }
      parts.push(out);
    }
    i = j;
  }
  return { text: parts.join(''), origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends) };
}

/** Look-alike characters folded to the ASCII letter they imitate (same length: one unit for one unit). */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x',
  // Dashes and minus signs
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
  // Quotes used in names and elisions
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'",
  // Middle dots and ideographic full stop inside identifiers
  '\u00B7': '.',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

/** Same-length view with look-alikes folded; only for detection. */
export function foldForDetection(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return text;
  return text.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}
