/**
 * A cheap, sound pre-check that lets the engine skip rules that cannot match
 * a text. For a pattern that starts at a word edge (`\b`) with a choice of
 * literal words, a match needs a word of the text that begins with one of
 * those literals; a Chinese pattern needs its first character. Keys are
 * derived from the pattern source; when in doubt the rule is never skipped
 * (null keys), so skipping never changes a result, it only saves work.
 */
import { alternatives, groupAt } from './regex-source';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD_CHAR = /[a-z0-9]/;
const KEY_LEN = 3;

/** Index of the parenthesis closing the group that opens at `open`, or -1. */
function closing(src: string, open: number): number {
  return groupAt(src, open).close;
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
 * A literal beginning of some of a pattern's matches, as expandPrefixes
 * builds it: open while the pattern's next items may still extend it; edge
 * when a word edge is known to follow it.
 */
interface Prefix {
  text: string;
  open: boolean;
  edge: boolean;
}

/** Up to this many literal beginnings per alternative (the letters of [aeo] and the words of groups multiply). */
const MAX_PREFIXES = 48;
/** Up to this many start keys per rule; a rule tried at pairs of words has no more than this many pairs. */
const MAX_START_KEYS = 64;

/** Whether a literal beginning says enough for a start key: two words (the second of 3+ letters or whole), or two CJK characters. */
function enough(text: string, cjk: boolean): boolean {
  return cjk ? text.length >= 2 : /^[a-z0-9]+[ '-]+(?:[a-z0-9]{3}|[a-z0-9]+[^a-z0-9])/.test(text);
}

/**
 * The literal beginnings of the matches of a pattern fragment (one sequence
 * of items: literal characters, small classes of letters, groups): each
 * open prefix extended by what the fragment's matches begin with, closed
 * where that is not known, or where there would be more than MAX_PREFIXES;
 * closed prefixes are kept as they are.
 */
function expandPrefixes(prefixes: Prefix[], seq: string, cjk: boolean): Prefix[] {
  const closed = prefixes.filter((p) => !p.open);
  let open = prefixes.filter((p) => p.open);
  const close = (list: Prefix[], edge = false) => list.map((p) => (p.open ? { text: p.text, open: false, edge } : p));
  const fits = (list: readonly unknown[]) => closed.length + list.length <= MAX_PREFIXES;
  let i = 0;
  while (i < seq.length && open.length > 0) {
    const ch = seq[i];
    if (ch === '(') {
      const end = closing(seq, i);
      if (!seq.startsWith('(?:', i) || end < 0) break;
      const after = seq.slice(end + 1);
      const q = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/.exec(after);
      if (q === null && /^[?*+{]/.test(after)) break;
      // The group once: each of its alternatives extends the open prefixes.
      const once = alternatives(seq.slice(i + 3, end)).flatMap((alt) => expandPrefixes(open, alt, cjk));
      if (!fits(once)) break;
      if (q === null) {
        closed.push(...once.filter((p) => !p.open));
        open = once.filter((p) => p.open);
        i = end + 1;
        continue;
      }
      const rest = after.slice(q[0].length);
      const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1] || '0') : 0;
      if (min > 0) return [...closed, ...close(once)];
      // Optional: matches begin with the group and the rest, or with the rest alone; after a repeated group more may follow.
      const both = [...(q[0][0] === '?' ? expandPrefixes(once, rest, cjk) : close(once)), ...expandPrefixes(open, rest, cjk)];
      return fits(both) ? [...closed, ...both] : [...closed, ...close(once), ...close(open)];
    }
    if (ch === '\\') {
      if (seq[i + 1] === 'b') return [...closed, ...close(open, true)];
      break;
    }
    let options: string[];
    let next: number;
    if (ch === '[') {
      const end = seq.indexOf(']', i);
      const body = seq.slice(i + 1, end);
      if (end < 0 || !(cjk ? [...body].every((c) => CJK.test(c)) : /^[a-z]+$/.test(body))) break;
      options = [...new Set(body)];
      next = end + 1;
    } else if (cjk ? CJK.test(ch) : /[a-z0-9 '-]/.test(ch)) {
      options = [ch];
      next = i + 1;
    } else break;
    if (/^[?*+{]/.test(seq.slice(next)) || closed.length + open.length * options.length > MAX_PREFIXES) break;
    open = open.flatMap((p) => options.map((o) => ({ text: p.text + o, open: !enough(p.text + o, cjk), edge: false })));
    closed.push(...open.filter((p) => !p.open));
    open = open.filter((p) => p.open);
    i = next;
  }
  return [...closed, ...(i < seq.length ? close(open) : open)];
}

/**
 * The start key of a literal beginning: the key of its first word and, when
 * the beginning shows it, of the word after it ("me dej": the word "me"
 * followed by a word that begins "dej"; "想走": 想 followed by 走); or null.
 */
function startKeyOf(p: Prefix, cjk: boolean): string | null {
  const text = p.text;
  if (cjk) {
    if (!CJK.test(text[0] ?? '')) return null;
    return text.length >= 2 && CJK.test(text[1]) ? text.slice(0, 2) : text[0];
  }
  const first = /^[a-z0-9]*/.exec(text)![0];
  if (first === '') return null;
  const whole = text.length > first.length || p.edge;
  const key = first.length >= KEY_LEN ? first.slice(0, KEY_LEN) : whole ? first : null;
  if (key === null) return null;
  const m = /^[ '-]+([a-z0-9]+)/.exec(text.slice(first.length));
  if (m !== null) {
    const second = m[1];
    const secondWhole = first.length + m[0].length < text.length || p.edge;
    if (second.length >= KEY_LEN) return `${key} ${second.slice(0, KEY_LEN)}`;
    if (secondWhole) return `${key} ${second}`;
  }
  return key;
}

/** The first word's key of a start key (a pair's first half). */
function firstOf(key: string): string {
  const space = key.indexOf(' ');
  if (space >= 0) return key.slice(0, space);
  return CJK.test(key[0]) ? key[0] : key;
}

/** A fragment's alternatives, those that are one group replaced by the group's. */
function flatAlternatives(src: string): string[] {
  return alternatives(src).flatMap((alt) => (alt.startsWith('(?:') && closing(alt, 0) === alt.length - 1 ? flatAlternatives(alt.slice(3, -1)) : [alt]));
}

/**
 * Start keys of a fragment's alternatives (pairs of words where the
 * literal beginnings show two; see startKeyOf), or null when unsure. A pair
 * is dropped where its first word is a key alone, so that no word of a text
 * is listed under two of a rule's keys.
 */
function startKeysOfFragment(src: string, cjk: boolean, wholeWord: boolean): string[] | null {
  const keys: string[] = [];
  for (const alt of flatAlternatives(src)) {
    const prefixes = expandPrefixes([{ text: '', open: true, edge: false }], alt, cjk);
    // Open at the end: the whole alternative is literal (a word edge follows it when the pattern says so).
    let altKeys: (string | null)[] | null = prefixes.map((p) => startKeyOf(p.open ? { ...p, edge: wholeWord } : p, cjk));
    if (altKeys.includes(null)) altKeys = keysOfAlternative(alt, cjk, wholeWord, true);
    if (altKeys === null) return null;
    keys.push(...(altKeys as string[]));
  }
  const singles = new Set(keys.filter((k) => firstOf(k) === k));
  let out = [...new Set(keys)];
  for (;;) {
    out = out.filter((k) => firstOf(k) === k || !singles.has(firstOf(k)));
    if (out.length <= MAX_START_KEYS) return out;
    // Too many: the first word with the most pairs is tried alone.
    const pairs = new Map<string, number>();
    for (const k of out) if (firstOf(k) !== k) pairs.set(firstOf(k), (pairs.get(firstOf(k)) ?? 0) + 1);
    const [most] = [...pairs].sort((a, b) => b[1] - a[1])[0];
    singles.add(most);
    out.push(most);
  }
}

/**
 * Keys of the word (or CJK character) every match of a rule pattern starts
 * at, or of that word and the next, or null when unsure: the rule need only
 * be tried where a word of the text with one of these keys begins (followed
 * by a word with the pair's second key; see KeyTable.index).
 */
export function startKeys(source: string): string[] | null {
  if (source.startsWith('\\b(?:') && closing(source, 2) === source.length - 3 && source.endsWith(')\\b')) {
    return startKeysOfFragment(source.slice(5, -3), false, true);
  }
  // A top-level alternative without its own word edge could start inside a word.
  if (source.startsWith('\\b')) return alternatives(source).length === 1 ? startKeysOfFragment(source.slice(2), false, false) : null;
  if (CJK.test(source)) return startKeysOfFragment(source, true, false);
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

/**
 * Where the words (or CJK characters) with each registered key begin in a
 * text, by key id, in increasing order; for a pair of keys, where a word
 * with the first begins that the next word (or CJK character) of the text
 * follows with the second.
 */
export type KeyIndex = readonly (number[] | undefined)[];

/**
 * The keys the rules use, numbered; and, for a text, where each of them
 * begins: 3-letter prefixes of its words, short words whole, each CJK
 * character, and pairs of those (startKeys), found without building strings.
 */
export class KeyTable {
  /** Per key code: its id, and its number (from 1) as the first key of pairs; -1: none. */
  private readonly ids = new Int32Array(KEY_CODES * 2).fill(-1);
  /** Pair ids by first-key number * KEY_CODES + second key code. */
  private readonly pairs = new Map<number, number>();
  private firsts = 0;
  private size = 0;
  /** The last index built, reused by the next call (one slot per key: allocating it anew for each text cost more than filling it). */
  private pool: (number[] | undefined)[] = [];
  /** The ids set in pool by the last call. */
  private readonly touched: number[] = [];

  /** The id of a key or pair of keys (registered on first use). */
  id(key: string): number {
    const first = firstOf(key);
    if (first !== key) {
      const slot = keyCode(first) * 2 + 1;
      if (this.ids[slot] < 0) this.ids[slot] = ++this.firsts;
      const pair = this.ids[slot] * KEY_CODES + keyCode(key.slice(key.startsWith(' ', first.length) ? first.length + 1 : first.length));
      let id = this.pairs.get(pair);
      if (id === undefined) {
        id = this.size++;
        this.pairs.set(pair, id);
      }
      return id;
    }
    const slot = keyCode(key) * 2;
    if (this.ids[slot] < 0) this.ids[slot] = this.size++;
    return this.ids[slot];
  }

  /**
   * The index of a text. It stays valid until the next call (the engine is synchronous and drops it before it
   * returns): the array is reused, with the slots the last text set cleared.
   */
  index(folded: string): KeyIndex {
    const { ids, pairs, touched } = this;
    if (this.pool.length < this.size) this.pool = new Array<number[] | undefined>(this.size);
    const index = this.pool;
    for (let t = 0; t < touched.length; t++) index[touched[t]] = undefined;
    touched.length = 0;
    const n = folded.length;
    /** The first-key number of the word (or CJK character) before (-1: none), and where it begins. */
    let before = -1;
    let beforeAt = 0;
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
      if (before > 0) {
        const pair = pairs.get(before * KEY_CODES + code);
        if (pair !== undefined) {
          const list = index[pair];
          if (list === undefined) {
            index[pair] = [beforeAt];
            touched.push(pair);
          } else list.push(beforeAt);
        }
      }
      before = ids[code * 2 + 1];
      beforeAt = at;
      const id = ids[code * 2];
      if (id < 0) continue;
      const list = index[id];
      if (list === undefined) {
        index[id] = [at];
        touched.push(id);
      } else list.push(at);
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
