/**
 * A cheap, sound pre-check that lets the engine skip rules that cannot match
 * a text. For a pattern that starts at a word edge (`\b`) with a choice of
 * literal words, a match needs a word of the text that begins with one of
 * those literals; a Chinese pattern needs its first character. Keys are
 * derived from the pattern source; when in doubt the rule is never skipped
 * (null keys), so skipping never changes a result, it only saves work.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD_CHAR = /[a-z0-9]/;
const KEY_LEN = 3;

/** Index of the parenthesis closing the group that opens at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Top-level alternatives of a pattern fragment. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

const QUANTIFIER = /^[?*{]/;

/**
 * Keys of one alternative (it is matched at a word edge), or null when unsure.
 * With `start`, only keys of the word (or CJK character) a match starts at.
 */
function keysOfAlternative(alt: string, cjk: boolean, wholeWord: boolean, start: boolean): string[] | null {
  if (alt.startsWith('(?:')) {
    const end = closing(alt, 0);
    const after = alt.slice(end + 1);
    if (end >= 0 && start && QUANTIFIER.test(after)) {
      // An optional or repeated group: a match starts at the group or, without it, at what follows.
      const q = /^(?:[?*]|\{\d*(?:,\d*)?\})\??/.exec(after);
      if (q === null) return null;
      const inner = keysOfFragment(alt.slice(3, end), cjk, false, start);
      const rest = keysOfAlternative(after.slice(q[0].length), cjk, wholeWord, start);
      return inner === null || rest === null ? null : [...new Set([...inner, ...rest])];
    }
    if (end < 0 || QUANTIFIER.test(after)) return null;
    // A short word inside the group is whole when a space or word edge follows the group.
    const whole = after.startsWith(' ') || after.startsWith('\\b') || (after === '' && wholeWord);
    return keysOfFragment(alt.slice(3, end), cjk, whole, start);
  }
  if (alt.startsWith('(')) return null;
  if (cjk) return CJK.test(alt[0] ?? '') && !(start && QUANTIFIER.test(alt.slice(1))) ? [alt[0]] : null;
  // Literal prefixes; a small class of letters ([aeo]) branches.
  let prefixes = [''];
  let i = 0;
  let ended = true;
  while (i < alt.length) {
    const ch = alt[i];
    if (/[a-z0-9 '-]/.test(ch)) {
      if (QUANTIFIER.test(alt.slice(i + 1))) {
        ended = false;
        break;
      }
      prefixes = prefixes.map((p) => p + ch);
      i++;
      continue;
    }
    if (ch === '[') {
      const close = alt.indexOf(']', i);
      const body = alt.slice(i + 1, close);
      if (close < 0 || !/^[a-z]+$/.test(body) || QUANTIFIER.test(alt.slice(close + 1))) {
        ended = false;
        break;
      }
      const letters = [...new Set(body)];
      if (prefixes.length * letters.length > 16) {
        ended = false;
        break;
      }
      prefixes = prefixes.flatMap((p) => letters.map((l) => p + l));
      i = close + 1;
      continue;
    }
    ended = false;
    break;
  }
  const keys: string[] = [];
  for (const literal of prefixes) {
    let word = '';
    for (const ch of literal) {
      if (!WORD_CHAR.test(ch)) break;
      word += ch;
    }
    // A later word of the literal starts a word of the text too (a non-word character precedes it):
    // the longest one of 3+ letters is a rarer key than a short first word ("no me quiso" → "qui").
    const later = start ? null : laterWordKey(literal, word.length);
    if (later !== null && word.length < 4) keys.push(later);
    else if (word.length >= KEY_LEN) keys.push(word.slice(0, KEY_LEN));
    // A short word counts when it is known to be whole: the literal goes on past it, or the alternative ends at a word edge.
    else if (word.length > 0 && (literal.length > word.length || (ended && wholeWord))) keys.push(word);
    else return null;
  }
  return keys;
}

/** The key of the longest word (3+ letters) after the first in a literal, or null. */
function laterWordKey(literal: string, firstLen: number): string | null {
  let best = '';
  let i = firstLen;
  while (i < literal.length) {
    while (i < literal.length && !WORD_CHAR.test(literal[i])) i++;
    let j = i;
    while (j < literal.length && WORD_CHAR.test(literal[j])) j++;
    if (j - i > best.length) best = literal.slice(i, j);
    i = j;
  }
  return best.length >= KEY_LEN ? best.slice(0, KEY_LEN) : null;
}

function keysOfFragment(src: string, cjk: boolean, wholeWord: boolean, start = false): string[] | null {
  const keys: string[] = [];
  for (const alt of alternatives(src)) {
    const k = keysOfAlternative(alt, cjk, wholeWord, start);
    if (k === null) return null;
    keys.push(...k);
  }
  return [...new Set(keys)];
}

/** Keys for a rule pattern (already folded), or null: run it on every text. */
export function patternKeys(source: string): string[] | null {
  if (source.startsWith('\\b(?:') && closing(source, 2) === source.length - 3 && source.endsWith(')\\b')) {
    return keysOfFragment(source.slice(5, -3), false, true);
  }
  if (source.startsWith('\\b')) return keysOfFragment(source.slice(2), false, false);
  if (CJK.test(source)) return keysOfFragment(source, true, false);
  return null;
}

/**
 * Keys of the word (or CJK character) every match of a rule pattern starts
 * at, or null when unsure: the rule need only be tried where a word of the
 * text with one of these keys begins (see textIndex).
 */
export function startKeys(source: string): string[] | null {
  if (source.startsWith('\\b(?:') && closing(source, 2) === source.length - 3 && source.endsWith(')\\b')) {
    return keysOfFragment(source.slice(5, -3), false, true, true);
  }
  // A top-level alternative without its own word edge could start inside a word.
  if (source.startsWith('\\b')) return alternatives(source).length === 1 ? keysOfFragment(source.slice(2), false, false, true) : null;
  if (CJK.test(source)) return keysOfFragment(source, true, false, true);
  return null;
}

/** A key as a number: up to three letters or digits in base 37, or a CJK character after those. */
const LATIN_CODES = 37 * 37 * 37;
const KEY_CODES = LATIN_CODES + 0x10000;

function latinDigit(c: number): number {
  return c >= 97 ? c - 96 : c - 48 + 27;
}

function keyCode(key: string): number {
  const c = key.charCodeAt(0);
  if (c >= 0x3400) return LATIN_CODES + c;
  let code = 0;
  for (let i = 0; i < key.length; i++) code = code * 37 + latinDigit(key.charCodeAt(i));
  for (let i = key.length; i < KEY_LEN; i++) code *= 37;
  return code;
}

/** Where the words (or CJK characters) with each registered key begin in a text, by key id, in increasing order. */
export type KeyIndex = readonly (number[] | undefined)[];

/**
 * The keys the rules use, numbered; and, for a text, where each of them
 * begins: 3-letter prefixes of its words, short words whole, and each CJK
 * character, found without building strings.
 */
export class KeyTable {
  private readonly ids = new Int32Array(KEY_CODES).fill(-1);
  private size = 0;

  /** The id of a key (registered on first use). */
  id(key: string): number {
    const code = keyCode(key);
    if (this.ids[code] < 0) this.ids[code] = this.size++;
    return this.ids[code];
  }

  index(folded: string): KeyIndex {
    const index: (number[] | undefined)[] = new Array<number[] | undefined>(this.size);
    const ids = this.ids;
    const n = folded.length;
    let i = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      const at = i;
      let code: number;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        code = latinDigit(c);
        let j = i + 1;
        while (j < n) {
          const d = folded.charCodeAt(j);
          if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
          if (j - i < KEY_LEN) code = code * 37 + latinDigit(d);
          j++;
        }
        for (let len = j - i; len < KEY_LEN; len++) code *= 37;
        i = j;
      } else {
        i++;
        if (c < 0x3400 || c > 0xfaff) continue;
        code = LATIN_CODES + c;
      }
      const id = ids[code];
      if (id < 0) continue;
      const list = index[id];
      if (list === undefined) index[id] = [at];
      else list.push(at);
    }
    return index;
  }
}

/** Whether a rule with these key ids can match a text with this index. */
export function mayMatchIndex(ids: readonly number[] | null, index: KeyIndex): boolean {
  if (ids === null) return true;
  for (const id of ids) if (index[id] !== undefined) return true;
  return false;
}
