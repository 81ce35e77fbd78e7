/**
 * The model's weights keyed by numbers, for inference (model/linear.ts): a
 * text's features are found from its tokens (features.ts) as numbers, and
 * no feature string (bigram, Han n-gram) is built or hashed. It gives what
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
import { tokens } from './features';

/** Stamps (generations, text numbers) start again from 1 after this many, with the marks cleared. */
const GENERATIONS = 2 ** 30;

const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

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
  private readonly ids = new Map<string, number>();
  /** Rows (-1: none) of words by id, of Han characters by code, of bigrams and trigrams by pair. */
  private wordRows: Int32Array;
  private readonly hanRows = new Int32Array(0x10000).fill(-1);
  private readonly pairRows: PairMap;

  // Scratch for one text (inference is synchronous).
  private readonly otherIds = new Map<string, number>();
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
    if (!isHanCode(c1)) {
      const id = this.modelIdOf(feature);
      if (id >= this.wordRows.length) {
        const grown = new Int32Array(id * 2).fill(-1);
        grown.set(this.wordRows);
        this.wordRows = grown;
      }
      this.wordRows[id] = row;
      return;
    }
    for (let i = 1; i < feature.length; i++) if (!isHanCode(feature.charCodeAt(i))) return;
    if (feature.length === 1) this.hanRows[c1] = row;
    else if (feature.length === 2) this.pairRows.add(-c1, feature.charCodeAt(1), row);
    else if (feature.length === 3) this.pairRows.add(-c1, (feature.charCodeAt(1) << 16) | feature.charCodeAt(2), row);
  }

  private modelIdOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }

  /** A token's id: the model's, or one for this text only. */
  private idOf(token: string): number {
    const id = this.ids.get(token);
    if (id !== undefined) return id;
    let other = this.otherIds.get(token);
    if (other === undefined) {
      // Below 2^31: a text has fewer words and stems than characters plus one, and a string fewer than 2^29.
      other = this.ids.size + this.otherIds.size;
      this.otherIds.set(token, other);
      if (other >= this.wordSeen.length) {
        const grown = new Int32Array(other * 2);
        grown.set(this.wordSeen);
        this.wordSeen = grown;
      }
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
    if (this.ids.size > this.wordSeen.length) this.wordSeen = new Int32Array(this.ids.size * 2);
    const { wordRows, hanRows, pairRows, hanSeen, pairSeen } = this;
    this.otherIds.clear();
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
    // The order of featureSpans(): per token, its unigram, stem and bigram; or its Han 1-, 2- and 3-gram.
    const toks = tokens(text, folded);
    const stem = this.stem;
    let nextId = -1;
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i];
      if (a === null) continue;
      const b = toks[i + 1] ?? null;
      if (a.han) {
        const c1 = a.t.charCodeAt(0);
        if (hanSeen[c1] !== n) {
          hanSeen[c1] = n;
          distinct++;
          if (hanRows[c1] >= 0) found(hanRows[c1], a.start, a.end);
        }
        if (b !== null && b.han) {
          const c2 = b.t.charCodeAt(0);
          pair(-c1, c2, a.start, b.end);
          const c = toks[i + 2] ?? null;
          if (c !== null && c.han) pair(-c1, (c2 << 16) | c.t.charCodeAt(0), a.start, c.end);
        }
        continue;
      }
      // The id of a, when it was the b of the token before.
      const id = nextId >= 0 ? nextId : this.idOf(a.t);
      nextId = -1;
      word(id, a.start, a.end);
      if (stem > 0 && a.t.length > stem + 1 && a.t[0] !== '#') word(this.idOf(`${a.t.slice(0, stem)}~`), a.start, a.end);
      if (b !== null && !b.han) {
        nextId = this.idOf(b.t);
        pair(id, nextId, a.start, b.end);
      }
    }
    out.distinct = distinct;
    return out;
  }
}
