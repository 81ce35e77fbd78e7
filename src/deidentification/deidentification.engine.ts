import {
  DeidentifyContext,
  DeidentifyResult,
  REDACTION_KINDS,
  RedactionCount,
  RedactionKind,
  RedactionSpan,
} from './deidentification.types';
import { KnownWords, knownWords } from './lexicon/known-words';
import { PLACEHOLDER_RE, buildView } from './text-view';
import { recogniseAddresses } from './recognisers/address.recogniser';
import { recogniseAges } from './recognisers/age.recogniser';
import { recogniseDates } from './recognisers/date.recogniser';
import { recogniseEmails } from './recognisers/email.recogniser';
import { recogniseIdNumbers } from './recognisers/id-number.recogniser';
import { recogniseKeywordNumbers } from './recognisers/keyword-number.recogniser';
import { createPersonRecogniser } from './recognisers/person.recogniser';
import { recognisePhones } from './recognisers/phone.recogniser';
import { STANDALONE_TYPE_WORDS, createLocativePlaceRecogniser } from './recognisers/locative-place.recogniser';
import { createPlaceRecogniser } from './recognisers/place.recogniser';
import { VIOLATION_WORDS } from './lexicon/words';
import type { Candidate, Recogniser } from './recognisers/recogniser.types';
import { recogniseUrlsAndHandles } from './recognisers/url.recogniser';

export { PLACEHOLDER_RE };

/** Thrown when the engine cannot guarantee a complete result; never carries input text. */
export class DeidentificationError extends Error {
  constructor(readonly code: 'INVALID_INPUT' | 'INTERNAL') {
    super(`De-identification failed: ${code}`);
    this.name = 'DeidentificationError';
  }
}

const MAX_INPUT = 200_000;

/** Precompiled engine: dictionaries and recognisers are built once and reused for every report. */
export class Deidentifier {
  private readonly recognisers: Recogniser[];

  constructor(words: KnownWords = knownWords()) {
    this.recognisers = [
      recogniseEmails,
      recogniseUrlsAndHandles,
      recogniseIdNumbers,
      recogniseKeywordNumbers,
      recogniseDates,
      recognisePhones,
      recogniseAges,
      recogniseAddresses,
      createPlaceRecogniser(),
      createLocativePlaceRecogniser(words),
      createPersonRecogniser(words),
    ];
  }

  deidentify(text: string, context: DeidentifyContext = {}): DeidentifyResult {
    if (typeof text !== 'string') throw new DeidentificationError('INVALID_INPUT');
    if (text.length > MAX_INPUT) throw new DeidentificationError('INVALID_INPUT');
    try {
      return this.run(text, context);
    } catch (err) {
      if (err instanceof DeidentificationError) throw err;
      // Fail closed, and never let a message that might quote the input escape.
      throw new DeidentificationError('INTERNAL');
    }
  }

  private run(original: string, context: DeidentifyContext): DeidentifyResult {
    const { view, norm } = buildView(original, context.country, context.language);
    const { text, fold, protectedMask } = view;
    const counters = new Map<RedactionKind, number>();
    PLACEHOLDER_RE.lastIndex = 0;
    let pm: RegExpExecArray | null;
    while ((pm = PLACEHOLDER_RE.exec(text)) !== null) {
      const m = /^\[([A-Z_]+?)(?:_(\d+))?\]$/.exec(pm[0]);
      if (m && m[2]) {
        const kind = m[1] as RedactionKind;
        counters.set(kind, Math.max(counters.get(kind) ?? 0, Number(m[2])));
      }
    }

    const candidates: Candidate[] = [];
    for (const r of this.recognisers) for (const c of r(view)) candidates.push(c);
    const chosen = resolve(candidates, protectedMask, text);

    // Numbered placeholders, the same value twice gets the same number.
    const numbers = new Map<string, number>();
    const personKeys: { tokens: string[]; n: number }[] = [];
    const pieces: string[] = [];
    const spans: RedactionSpan[] = [];
    const counts = new Map<RedactionKind, number>();
    let pos = 0;
    for (const c of chosen) {
      const value = fold.slice(c.start, c.end);
      let body: string;
      if (c.label) body = c.label;
      else {
        const key = `${c.kind}:${valueKey(c.kind, value)}`;
        let n = numbers.get(key);
        if (n === undefined && c.kind === 'PERSON') {
          const tokens = valueKey('PERSON', value).split(' ');
          const hit = personKeys.find((p) => tokens.every((t) => p.tokens.includes(t)) || p.tokens.every((t) => tokens.includes(t)));
          if (hit) n = hit.n;
        }
        if (n === undefined) {
          n = (counters.get(c.kind) ?? 0) + 1;
          counters.set(c.kind, n);
          if (c.kind === 'PERSON') personKeys.push({ tokens: valueKey('PERSON', value).split(' '), n });
        }
        numbers.set(key, n);
        body = `${c.kind}_${n}`;
      }
      const placeholder = `[${body}]`;
      pieces.push(text.slice(pos, c.start), placeholder);
      pos = c.end;
      spans.push({ start: norm.origStart[c.start] ?? 0, end: norm.origEnd[c.end - 1] ?? original.length, kind: c.kind, placeholder });
      counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    }
    pieces.push(text.slice(pos));
    const out = pieces.join('');

    const redactions: RedactionCount[] = [];
    for (const kind of REDACTION_KINDS) {
      const count = counts.get(kind);
      if (count) redactions.push({ kind, count });
    }
    return { text: out, language: view.language, redactions, spans };
  }
}

/** Highest priority first, then longest; a candidate overlapping a chosen one or a placeholder is dropped. */
function resolve(candidates: Candidate[], protectedMask: Uint8Array, text: string): Candidate[] {
  // A span must not swallow the full stop that ends a sentence: the next word would stop looking
  // sentence-initial on a second pass (idempotence) and the text would lose its punctuation.
  for (const c of candidates) {
    if (c.end - c.start > 1 && text[c.end - 1] === '.' && /^(?:\s*$|\s+[\p{Lu}\d"“(])/u.test(text.slice(c.end, c.end + 3))) c.end--;
  }
  const sorted = candidates
    // a lone type word is no name ("am Bahnhof [PLACE_1]"), the same on a second pass as on the first
    .filter((c) => c.end > c.start && !(c.kind === 'PERSON' && STANDALONE_TYPE_WORDS.has(text.slice(c.start, c.end).toLowerCase())))
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(protectedMask.length);
  taken.set(protectedMask);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) {
      // A lower-priority candidate that overlaps a chosen one only in part: its free remainder is still
      // removed (recall first), so that no fragment of an identifier survives, and so that a second
      // pass finds nothing new (idempotence).
      let i = c.start;
      while (i < c.end) {
        while (i < c.end && taken[i]) i++;
        let j = i;
        while (j < c.end && !taken[j]) j++;
        const rest = text.slice(i, j);
        const adjacent = (i > 0 && taken[i - 1] && !/\s/.test(text[i - 1] ?? '') && !/^\s/.test(rest)) || (j < taken.length && taken[j] && !/\s$/.test(rest));
        // ... but not a lone type word or word of the violation ("am Bahnhof [PLACE_1]", "[PLACE_1] Park")
        const restWord = rest.trim().toLowerCase();
        const nameRest = (c.kind === 'PERSON' || c.kind === 'PLACE') && /[\p{L}]{2}/u.test(rest) && !STANDALONE_TYPE_WORDS.has(restWord) && !VIOLATION_WORDS.has(restWord);
        if (j > i && (/\p{N}/u.test(rest) || nameRest || (adjacent && /^[\p{sc=Latin}\p{N}'’.-]+$/u.test(rest.trim())))) {
          let a = i;
          let b = j;
          while (a < b && /\s/.test(text[a] ?? '')) a++;
          while (b > a && /[\s.,;:]/.test(text[b - 1] ?? '')) b--;
          if (b > a) {
            taken.fill(1, a, b);
            chosen.push({ ...c, start: a, end: b });
          }
        }
        i = j;
      }
      continue;
    }
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function valueKey(kind: RedactionKind, value: string): string {
  switch (kind) {
    case 'PHONE': {
      const d = value.replace(/\D/g, '');
      return d.slice(-8);
    }
    case 'CARD':
    case 'BANK_ACCOUNT':
    case 'ID_NUMBER':
    case 'PASSPORT':
    case 'BADGE':
    case 'CASE_NUMBER':
    case 'PLATE':
      return value.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    default: {
      // eslint-disable-next-line no-control-regex
      const folded = /^[\x00-\x7F]*$/.test(value) ? value.toLowerCase() : value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      return folded.replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim();
    }
  }
}

let shared: Deidentifier | null = null;

/** De-identifies one report with a process-wide engine (built on first use). */
export function deidentify(text: string, context?: DeidentifyContext): DeidentifyResult {
  if (!shared) shared = new Deidentifier();
  return shared.deidentify(text, context);
}
