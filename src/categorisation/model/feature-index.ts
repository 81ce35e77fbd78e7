/**
 * The model's weights keyed by numbers, for inference (model/linear.ts): a
 * text's features are found from its tokens (features.ts) as numbers, read
 * in place: no token object, word, bigram or Han n-gram string is built (a
 * word is looked up by its characters). It gives what
 * featureSpans() gives, feature for feature: the same distinct features, in
 * the same order of first occurrence, so sums over them are the same to the
 * last bit. Framework-free and pure.
 *
 * A word (or placeholder kind, or stem feature) is known by its id: the
 * model's words first, then, per text, the text's other words. Features:
 * - a word: its id; a Han character: its code;
 * - a word bigram "a b": the pair (id(a), id(b));
 * - a Han bigram: the pair (-c1, c2), a Han trigram (-c1, c2 << 16 | c3),
 *   with the character codes c1, c2, c3 (all in 0x3400-0xfaff, so the
 *   second numbers of bigrams and trigrams never meet).
 * Words and Han characters never meet: a word has no Han character.
 */
import { fold } from '../text/fold';
import { isBreak, isHan, isWordChar, placeholderAt } from './features';

/** Stamps (generations, text numbers) start again from 1 after this many, with the marks cleared. */
const GENERATIONS = 2 ** 30;


/**
 * A hash map from pairs of 32-bit integers to non-negative 32-bit integers
 * in one typed array (open addressing, linear probing): no allocation per
 * key, and clear() is one increment.
 */
class PairMap {
  /** Per slot: generation (in use when current), first key, second key, value. */
  private slots = new Int32Array(0);
  private generation = 1;
  private mask = 0;
  size = 0;

  constructor(capacity: number) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    let n = 16;
    while (n * 0.6 < capacity) n *= 2;
    this.slots = new Int32Array(n * 4);
    this.mask = n - 1;
    this.generation = 1;
    this.size = 0;
  }

  clear(): void {
    if (this.generation === GENERATIONS) this.slots.fill(0);
    this.generation = this.generation === GENERATIONS ? 1 : this.generation + 1;
    this.size = 0;
  }

  /** Offset of the key's slot, or of the free slot where it would go. */
  private find(a: number, b: number): number {
    const slots = this.slots;
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 0;
    i = (i ^ (i >>> 15)) & this.mask;
    for (;;) {
      const at = i << 2;
      if (slots[at] !== this.generation || (slots[at + 1] === a && slots[at + 2] === b)) return at;
      i = (i + 1) & this.mask;
    }
  }

  /** The value of a key, or -1. */
  get(a: number, b: number): number {
    const at = this.find(a, b);
    return this.slots[at] === this.generation ? this.slots[at + 3] : -1;
  }

  /** Sets a new key's value; returns false (and changes nothing) when the key is there. */
  add(a: number, b: number, value = 0): boolean {
    let at = this.find(a, b);
    if (this.slots[at] === this.generation) return false;
    if ((this.size + 1) > (this.mask + 1) * 0.6) {
      this.grow();
      at = this.find(a, b);
    }
    const slots = this.slots;
    slots[at] = this.generation;
    slots[at + 1] = a;
    slots[at + 2] = b;
    slots[at + 3] = value;
    this.size++;
    return true;
  }

  private grow(): void {
    const { slots, generation } = this;
    this.allocate((this.mask + 1) * 2);
    for (let at = 0; at < slots.length; at += 4) if (slots[at] === generation) this.add(slots[at + 1], slots[at + 2], slots[at + 3]);
  }
}

/** FNV-1a over the characters of src[start, end). */
function hashOf(src: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ src.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * Strings numbered 0, 1, 2 … in order of addition, each kept as a span of
 * some string (a model word, a word of a text), so that a word of a text is
 * looked up from its characters without a substring being built (open
 * addressing, linear probing). clear() forgets them all.
 */
class TokenTable {
  /** Entry in each slot; -1: empty. */
  private slots = new Int32Array(64).fill(-1);
  private readonly hashes: number[] = [];
  private readonly sources: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Slot of each entry. */
  private readonly homes: number[] = [];

  get size(): number {
    return this.sources.length;
  }

  /** The number of src[start, end) (whose hash is h), or -1. */
  find(src: string, start: number, end: number, h: number): number {
    const { slots, hashes, sources, starts, ends } = this;
    const mask = slots.length - 1;
    const len = end - start;
    for (let i = (h ^ (h >>> 15)) & mask; ; i = (i + 1) & mask) {
      const e = slots[i];
      if (e < 0) return -1;
      if (hashes[e] !== h || ends[e] - starts[e] !== len) continue;
      const other = sources[e];
      const d = starts[e] - start;
      let k = start;
      while (k < end && other.charCodeAt(k + d) === src.charCodeAt(k)) k++;
      if (k === end) return e;
    }
  }

  /** Numbers src[start, end) (not in the table; its hash is h). */
  add(src: string, start: number, end: number, h: number): number {
    const e = this.sources.length;
    this.hashes.push(h);
    this.sources.push(src);
    this.starts.push(start);
    this.ends.push(end);
    this.homes.push(-1);
    if ((e + 1) * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let x = 0; x <= e; x++) this.place(x);
    } else this.place(e);
    return e;
  }

  private place(e: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    const h = this.hashes[e];
    let i = (h ^ (h >>> 15)) & mask;
    while (slots[i] >= 0) i = (i + 1) & mask;
    slots[i] = e;
    this.homes[e] = i;
  }

  clear(): void {
    for (const i of this.homes) this.slots[i] = -1;
    this.hashes.length = this.sources.length = this.starts.length = this.ends.length = this.homes.length = 0;
  }
}

/** The features of one text that carry weights, as rows of the index. */
export interface TextFeatures {
  /** How many distinct features the text has (with or without weights). */
  distinct: number;
  /** Row of each distinct feature with weights, in order of first occurrence. */
  rows: number[];
  /** Span of that first occurrence. */
  starts: number[];
  ends: number[];
}

export class FeatureIndex {
  /** Row r's weights: labels[k] and values[k] for k from offsets[r] to offsets[r + 1] (the model data's pairs, in order). */
  readonly offsets: Int32Array;
  readonly labels: Int32Array;
  readonly values: Float64Array;
  /** Whether a row's feature may be shown as evidence: no placeholder kind, except an age under 18. */
  readonly evidence: Uint8Array;
  /** The model's words (and placeholder kinds, stem features), numbered. */
  private readonly words = new TokenTable();
  /** Rows (-1: none) of words by id, of Han characters by code, of bigrams and trigrams by pair. */
  private wordRows: Int32Array;
  private readonly hanRows = new Int32Array(0x10000).fill(-1);
  private readonly pairRows: PairMap;

  // Scratch for one text (inference is synchronous).
  /** The text's other words, numbered after the model's. */
  private readonly others = new TokenTable();
  /** When each word id, Han character and pair was last seen (the text's number). */
  private wordSeen = new Int32Array(1024);
  private readonly hanSeen = new Int32Array(0x10000);
  private readonly pairSeen = new PairMap(1024);
  private textNumber = 0;
  private lastText: string | null = null;
  private last: TextFeatures = { distinct: 0, rows: [], starts: [], ends: [] };

  constructor(
    weights: Record<string, number[]>,
    private readonly stem: number,
  ) {
    const entries = Object.entries(weights);
    let total = 0;
    for (const [, pairs] of entries) total += pairs.length >> 1;
    this.offsets = new Int32Array(entries.length + 1);
    this.labels = new Int32Array(total);
    this.values = new Float64Array(total);
    this.evidence = new Uint8Array(entries.length);
    this.wordRows = new Int32Array(entries.length).fill(-1);
    this.pairRows = new PairMap(entries.length);
    let k = 0;
    entries.forEach(([feature, pairs], row) => {
      for (let j = 0; j + 1 < pairs.length; j += 2, k++) {
        this.labels[k] = pairs[j];
        this.values[k] = pairs[j + 1];
      }
      this.offsets[row + 1] = k;
      this.evidence[row] = !feature.startsWith('#') || feature === '#age_minor' ? 1 : 0;
      this.register(feature, row);
    });
  }

  /** Registers a feature string's row under its key (none when no text can have it: features.ts makes no such string). */
  private register(feature: string, row: number): void {
    const space = feature.indexOf(' ');
    if (space >= 0) {
      const a = feature.slice(0, space);
      const b = feature.slice(space + 1);
      if (a !== '' && b !== '' && !b.includes(' ')) this.pairRows.add(this.modelIdOf(a), this.modelIdOf(b), row);
      return;
    }
    const c1 = feature.charCodeAt(0);
    if (!isHan(c1)) {
      const id = this.modelIdOf(feature);
      if (id >= this.wordRows.length) {
        const grown = new Int32Array(id * 2).fill(-1);
        grown.set(this.wordRows);
        this.wordRows = grown;
      }
      this.wordRows[id] = row;
      return;
    }
    for (let i = 1; i < feature.length; i++) if (!isHan(feature.charCodeAt(i))) return;
    if (feature.length === 1) this.hanRows[c1] = row;
    else if (feature.length === 2) this.pairRows.add(-c1, feature.charCodeAt(1), row);
    else if (feature.length === 3) this.pairRows.add(-c1, (feature.charCodeAt(1) << 16) | feature.charCodeAt(2), row);
  }

  private modelIdOf(token: string): number {
    const h = hashOf(token, 0, token.length);
    const id = this.words.find(token, 0, token.length, h);
    return id >= 0 ? id : this.words.add(token, 0, token.length, h);
  }

  /** The id of the token src[start, end): the model's, or one for this text only. */
  private idOf(src: string, start: number, end: number): number {
    const h = hashOf(src, start, end);
    const id = this.words.find(src, start, end, h);
    if (id >= 0) return id;
    let other = this.others.find(src, start, end, h);
    if (other < 0) other = this.others.add(src, start, end, h);
    // Below 2^31: a text has fewer words and stems than characters plus one, and a string fewer than 2^29.
    other += this.words.size;
    if (other >= this.wordSeen.length) {
      const grown = new Int32Array(other * 2);
      grown.set(this.wordSeen);
      this.wordSeen = grown;
    }
    return other;
  }

  /**
   * The features of a text; `folded` is fold(text) when the caller has it.
   * The last text's are kept: the engine asks for probabilities, then evidence.
   */
  of(text: string, folded?: string): TextFeatures {
    if (text !== this.lastText) {
      this.last = this.compute(text, folded ?? fold(text));
      this.lastText = text;
    }
    return this.last;
  }

  private compute(text: string, folded: string): TextFeatures {
    const out: TextFeatures = { distinct: 0, rows: [], starts: [], ends: [] };
    if (this.textNumber === GENERATIONS) {
      this.textNumber = 0;
      this.wordSeen.fill(0);
      this.hanSeen.fill(0);
    }
    const n = ++this.textNumber;
    if (this.words.size > this.wordSeen.length) this.wordSeen = new Int32Array(this.words.size * 2);
    const { wordRows, hanRows, pairRows, hanSeen, pairSeen } = this;
    this.others.clear();
    pairSeen.clear();
    let distinct = 0;
    const found = (row: number, start: number, end: number) => {
      out.rows.push(row);
      out.starts.push(start);
      out.ends.push(end);
    };
    const word = (id: number, start: number, end: number) => {
      if (this.wordSeen[id] === n) return;
      this.wordSeen[id] = n;
      distinct++;
      const row = id < wordRows.length ? wordRows[id] : -1;
      if (row >= 0) found(row, start, end);
    };
    const pair = (a: number, b: number, start: number, end: number) => {
      if (!pairSeen.add(a, b)) return;
      distinct++;
      const row = pairRows.get(a, b);
      if (row >= 0) found(row, start, end);
    };
    // The tokens of features.ts tokens(), read in place (no token objects, no word strings), and the
    // features in the order of featureSpans(): per word, its unigram and stem, then its bigram with the
    // next word, which comes before the next word's unigram; per Han character, its 1-, 2- and 3-gram.
    const stem = this.stem;
    const len = folded.length;
    /** The id of the word before, when nothing breaks between it and the next (-1: none); its start. */
    let prev = -1;
    let prevStart = 0;
    let i = 0;
    while (i < len) {
      const c = folded.charCodeAt(i);
      let id = -1;
      let end = i;
      if (c === 0x5b) {
        const p = placeholderAt(text, i);
        if (p !== null) {
          id = this.idOf(p.kind, 0, p.kind.length);
          end = i + p.length;
        }
      }
      if (id < 0 && isWordChar(c)) {
        end = i + 1;
        while (end < len) {
          const d = folded.charCodeAt(end);
          if (isWordChar(d) || (d === 0x27 && end + 1 < len && isWordChar(folded.charCodeAt(end + 1)))) end++;
          else break;
        }
        id = this.idOf(folded, i, end);
        if (prev >= 0) pair(prev, id, prevStart, end);
        word(id, i, end);
        // A word's first letters ("refus~"); never a placeholder's kind.
        if (stem > 0 && end - i > stem + 1) {
          const s = `${folded.slice(i, i + stem)}~`;
          word(this.idOf(s, 0, s.length), i, end);
        }
      } else if (id >= 0) {
        if (prev >= 0) pair(prev, id, prevStart, end);
        word(id, i, end);
      }
      if (id >= 0) {
        prev = id;
        prevStart = i;
        i = end;
        continue;
      }
      if (isHan(c)) {
        let j = i + 1;
        while (j < len && isHan(folded.charCodeAt(j))) j++;
        for (let k = i; k < j; k++) {
          const c1 = folded.charCodeAt(k);
          if (hanSeen[c1] !== n) {
            hanSeen[c1] = n;
            distinct++;
            if (hanRows[c1] >= 0) found(hanRows[c1], k, k + 1);
          }
          if (k + 1 < j) {
            const c2 = folded.charCodeAt(k + 1);
            pair(-c1, c2, k, k + 2);
            if (k + 2 < j) pair(-c1, (c2 << 16) | folded.charCodeAt(k + 2), k, k + 3);
          }
        }
        prev = -1;
        i = j;
        continue;
      }
      if (isBreak(c)) prev = -1;
      i++;
    }
    out.distinct = distinct;
    return out;
  }
}
