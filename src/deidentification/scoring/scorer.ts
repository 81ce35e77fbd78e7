import type { DeidentifyContext, DeidentifyResult, RedactionKind } from '../deidentification.types';
import { VIOLATION_WORDS } from '../lexicon/words';
import type { LabelledReport } from './labelled-text';

export interface Tally {
  total: number;
  hit: number;
}
export const rate = (t: Tally): number => (t.total === 0 ? 1 : t.hit / t.total);

export interface CorpusScore {
  reports: number;
  byKind: Map<RedactionKind, Tally>;
  byLanguageGroup: Map<string, Map<string, Tally>>; // group -> language -> tally
  keptViolationWords: Tally;
  overRedaction: Tally; // hit = removed words among unlabelled words
  misses: { id: string; kind: RedactionKind; value: string }[];
  lostWords: { id: string; value: string }[];
}

export const KIND_GROUPS: Record<string, RedactionKind[]> = {
  structured: ['PHONE', 'EMAIL', 'URL', 'HANDLE', 'ID_NUMBER', 'PASSPORT', 'BANK_ACCOUNT', 'CARD', 'IP_ADDRESS', 'PLATE', 'BADGE', 'CASE_NUMBER'],
  names_places: ['PERSON', 'ADDRESS', 'POSTCODE', 'PLACE'],
  dates: ['DATE', 'TIME'],
  ages: ['AGE'],
};
const groupOf = (kind: RedactionKind): string => Object.entries(KIND_GROUPS).find(([, kinds]) => kinds.includes(kind))?.[0] ?? 'other';

const MONEY = /(?:[$€£¥₹]|R\$|US\$|kr\.?|K)\s?\d[\d.,]*|\d[\d.,]*\s?(?:dollars?|dólares|euros?|pesos|reais|kroner|kr|kina|NOK|USD|EUR|ARS|BRL|HKD|元|块|塊|quid|pounds)(?![\p{L}])/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function covered(mask: Uint8Array, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!mask[i] && /[\p{L}\p{N}]/u.test(text[i] ?? '')) return false;
  return true;
}
function touched(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

/**
 * Scores the engine on labelled reports, by offsets: an identifier counts as removed only when every
 * letter and digit of it lies inside a replaced span (a half-removed name is a miss). A violation word
 * or amount of money is kept when none of its characters was replaced. Over-redaction is the share of
 * words outside any label that were (even partly) replaced.
 */
export function scoreCorpus(
  reports: LabelledReport[],
  engine: (text: string, ctx: DeidentifyContext) => DeidentifyResult,
): CorpusScore {
  const score: CorpusScore = {
    reports: reports.length,
    byKind: new Map(),
    byLanguageGroup: new Map(),
    keptViolationWords: { total: 0, hit: 0 },
    overRedaction: { total: 0, hit: 0 },
    misses: [],
    lostWords: [],
  };
  const bump = (t: Tally, ok: boolean): void => {
    t.total++;
    if (ok) t.hit++;
  };
  for (const r of reports) {
    const result = engine(r.text, { country: r.country, language: null });
    const mask = new Uint8Array(r.text.length);
    for (const s of result.spans) mask.fill(1, s.start, s.end);
    const labelled = new Uint8Array(r.text.length);
    for (const l of r.labels) {
      labelled.fill(1, l.start, l.end);
      const ok = covered(mask, r.text, l.start, l.end);
      const kindTally = score.byKind.get(l.kind) ?? { total: 0, hit: 0 };
      score.byKind.set(l.kind, kindTally);
      bump(kindTally, ok);
      const group = groupOf(l.kind);
      const byLang = score.byLanguageGroup.get(group) ?? new Map<string, Tally>();
      score.byLanguageGroup.set(group, byLang);
      const lt = byLang.get(r.language) ?? { total: 0, hit: 0 };
      byLang.set(r.language, lt);
      bump(lt, ok);
      if (!ok) score.misses.push({ id: r.id, kind: l.kind, value: r.text.slice(l.start, l.end) });
    }
    // words that must survive: explicit <<marks>>, violation vocabulary and amounts of money outside labels
    const keep: { start: number; end: number }[] = [...r.keep];
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(r.text)) !== null) {
      if (VIOLATION_WORDS.has(m[0].toLowerCase()) && !touched(labelled, m.index, m.index + m[0].length)) keep.push({ start: m.index, end: m.index + m[0].length });
    }
    MONEY.lastIndex = 0;
    while ((m = MONEY.exec(r.text)) !== null) {
      if (!touched(labelled, m.index, m.index + m[0].length)) keep.push({ start: m.index, end: m.index + m[0].length });
    }
    const keepMask = new Uint8Array(r.text.length);
    for (const k of keep) {
      keepMask.fill(1, k.start, k.end);
      const ok = !touched(mask, k.start, k.end);
      bump(score.keptViolationWords, ok);
      if (!ok) score.lostWords.push({ id: r.id, value: r.text.slice(k.start, k.end) });
    }
    // over-redaction over the other words (CJK: each Han character is a word)
    const wordRe = /[\u4e00-\u9fff]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    while ((m = wordRe.exec(r.text)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      if (touched(labelled, s, e) || touched(keepMask, s, e)) continue;
      bump(score.overRedaction, touched(mask, s, e));
    }
  }
  return score;
}
