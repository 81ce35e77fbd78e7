/**
 * Features of the learned second opinion (model/linear.ts): folded word
 * unigrams and bigrams for space-separated languages, character unigrams,
 * bigrams and trigrams for runs of Han characters (Chinese has no spaces),
 * and the de-identifier's placeholders reduced to their kind ([PERSON_2] ->
 * "#person", an age under 18 -> "#age_minor"). Framework-free and pure.
 *
 * Each feature can be traced back to a span of the original text (evidence
 * for a finding the model adds): fold() keeps offsets, and placeholders are
 * matched on the original text.
 */
import { fold } from '../text/fold';

export interface FeatureSpan {
  feature: string;
  start: number;
  end: number;
}

/**
 * A placeholder of at most 40 characters where a token starts (sticky). A
 * match can only end at the first "]" after the "[", so a match in the whole
 * text that is short enough is the one found in the next 40 characters.
 */
const PLACEHOLDER = /\[([A-Z]+)((?:_[A-Z0-9]+)*)\]/y;
const PLACEHOLDER_MAX = 40;
const AGE_LOW = /^_(?:(UNDER)_18|(\d+))/;
/** A Han character (CJK unified ideographs and extension A, compatibility ideographs). */
export const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
/** Letters and digits of the scripts the corpus uses (folded Latin, Latin-1/Extended, Greek, Cyrillic) and the apostrophe inside a word. */
export const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff);
/** Characters that end a sentence or clause: no bigram across them. */
export const isBreak = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff0c || c === 0x2c || c === 0x3001;

function placeholderKind(kind: string, rest: string): string {
  if (kind !== 'AGE') return `#${kind.toLowerCase()}`;
  const m = AGE_LOW.exec(rest);
  if (!m) return '#age';
  return m[1] !== undefined || Number(m[2]) < 18 ? '#age_minor' : '#age_adult';
}

/** The placeholder token at i of the original text (its kind and length), or null. */
export function placeholderAt(text: string, i: number): { kind: string; length: number } | null {
  PLACEHOLDER.lastIndex = i;
  const m = PLACEHOLDER.exec(text);
  return m !== null && m[0].length <= PLACEHOLDER_MAX ? { kind: placeholderKind(m[1], m[2]), length: m[0].length } : null;
}

/** A word, a placeholder's kind, or one Han character, with its span. */
interface Token {
  t: string;
  start: number;
  end: number;
  han: boolean;
}

/**
 * Tokens of a text in order, with their spans; null marks a break (end of
 * sentence or clause, or a change between words and Han runs). `folded` is
 * fold(text), when the caller has it.
 */
function tokens(text: string, folded = fold(text)): (Token | null)[] {
  const out: (Token | null)[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c === 0x5b) {
      const p = placeholderAt(text, i);
      if (p !== null) {
        out.push({ t: p.kind, start: i, end: i + p.length, han: false });
        i += p.length;
        continue;
      }
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = folded.charCodeAt(j);
        if (isWordChar(d) || (d === 0x27 && j + 1 < n && isWordChar(folded.charCodeAt(j + 1)))) j++;
        else break;
      }
      out.push({ t: folded.slice(i, j), start: i, end: j, han: false });
      i = j;
      continue;
    }
    if (isHan(c)) {
      let j = i + 1;
      while (j < n && isHan(folded.charCodeAt(j))) j++;
      out.push(null);
      for (let k = i; k < j; k++) out.push({ t: folded[k], start: k, end: k + 1, han: true });
      out.push(null);
      i = j;
      continue;
    }
    if (isBreak(c)) out.push(null);
    i++;
  }
  return out;
}

/**
 * Every feature occurrence with its span, in text order (a feature may occur
 * more than once). Words: unigrams and bigrams of adjacent words. Han runs:
 * character 1-, 2- and 3-grams inside the run.
 */
export function featureSpans(text: string, stem = 0): FeatureSpan[] {
  const toks = tokens(text);
  const out: FeatureSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i];
    if (a === null) continue;
    const b = toks[i + 1] ?? null;
    if (a.han) {
      out.push({ feature: a.t, start: a.start, end: a.end });
      if (b !== null && b.han) {
        out.push({ feature: a.t + b.t, start: a.start, end: b.end });
        const c = toks[i + 2] ?? null;
        if (c !== null && c.han) out.push({ feature: a.t + b.t + c.t, start: a.start, end: c.end });
      }
      continue;
    }
    out.push({ feature: a.t, start: a.start, end: a.end });
    // A word's first letters ("refus" for refused, refusing, refusé): endings vary more than stems across writers.
    if (stem > 0 && a.t.length > stem + 1 && a.t[0] !== '#') out.push({ feature: `${a.t.slice(0, stem)}~`, start: a.start, end: a.end });
    if (b !== null && !b.han) out.push({ feature: `${a.t} ${b.t}`, start: a.start, end: b.end });
  }
  return out;
}

/** The distinct features of a text (presence, not counts). */
export function features(text: string, stem = 0): Set<string> {
  const out = new Set<string>();
  for (const f of featureSpans(text, stem)) out.add(f.feature);
  return out;
}
