import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeidentifyResult } from '../deidentification.types';

/**
 * Scoring on the Presidio synthetic set (shared/benchmarks/presidio-synth-v2.json), as its README
 * defines it: per entity type, the share of labelled spans whose text no longer appears in the output
 * (recall), and the share of words outside any span that were removed (over-redaction). A stricter
 * offset-based recall (every letter and digit of the span replaced) is reported beside it.
 */

export interface PresidioSpan {
  entity_type: string;
  entity_value: string;
  start_position: number;
  end_position: number;
}
export interface PresidioSample {
  full_text: string;
  spans: PresidioSpan[];
}

/** The entity types the issue sets the ≥ 0.95 target on. */
export const PRESIDIO_TARGET_TYPES = ['PERSON', 'STREET_ADDRESS', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS', 'DATE_TIME', 'AGE', 'ZIP_CODE', 'DOMAIN_NAME'];

export function presidioPath(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'benchmarks', 'presidio-synth-v2.json');
}

export function loadPresidio(repoRoot: string): PresidioSample[] | null {
  const file = presidioPath(repoRoot);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as PresidioSample[];
}

export interface PresidioScore {
  byType: Map<string, { total: number; removed: number; strict: number }>;
  target: { total: number; removed: number; strict: number };
  overRedaction: { words: number; removed: number };
  misses: { type: string; value: string; text: string }[];
}

export function scorePresidio(samples: PresidioSample[], engine: (text: string) => DeidentifyResult): PresidioScore {
  const score: PresidioScore = { byType: new Map(), target: { total: 0, removed: 0, strict: 0 }, overRedaction: { words: 0, removed: 0 }, misses: [] };
  for (const s of samples) {
    const text = s.full_text;
    const result = engine(text);
    const mask = new Uint8Array(text.length);
    for (const r of result.spans) mask.fill(1, r.start, r.end);
    const labelled = new Uint8Array(text.length);
    for (const span of s.spans) {
      labelled.fill(1, span.start_position, span.end_position);
      const removed = !result.text.includes(span.entity_value);
      let strict = true;
      for (let i = span.start_position; i < span.end_position; i++) {
        if (!mask[i] && /[\p{L}\p{N}]/u.test(text[i] ?? '')) {
          strict = false;
          break;
        }
      }
      const t = score.byType.get(span.entity_type) ?? { total: 0, removed: 0, strict: 0 };
      score.byType.set(span.entity_type, t);
      t.total++;
      if (removed) t.removed++;
      if (strict) t.strict++;
      if (PRESIDIO_TARGET_TYPES.includes(span.entity_type)) {
        score.target.total++;
        if (removed) score.target.removed++;
        if (strict) score.target.strict++;
        if (!removed) score.misses.push({ type: span.entity_type, value: span.entity_value, text });
      }
    }
    const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    let m: RegExpExecArray | null;
    while ((m = word.exec(text)) !== null) {
      let inSpan = false;
      let removed = false;
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (labelled[i]) inSpan = true;
        if (mask[i]) removed = true;
      }
      if (inSpan) continue;
      score.overRedaction.words++;
      if (removed) score.overRedaction.removed++;
    }
  }
  return score;
}
