import { NormalisedText, foldForDetection, normalise } from './normalise';
import type { TextView } from './recognisers/recogniser.types';
import { REDACTION_KINDS } from './deidentification.types';
import { detectLanguage } from './language';

/** Placeholders written by this engine (and so left untouched by a second pass). */
export const PLACEHOLDER_RE = new RegExp(`\\[(?:${REDACTION_KINDS.join('|')})(?:_[A-Z0-9]+)*\\]`, 'g');

/** Normalises the input and builds the view the recognisers read. */
export function buildView(
  original: string,
  countryInput?: string | null,
  languageInput?: string | null,
): { view: TextView; norm: NormalisedText } {
  const norm = normalise(original);
  const text = norm.text;
  const fold = foldForDetection(text);
  let lower = fold.toLowerCase();
  if (lower.length !== fold.length) {
    // A handful of characters change length when lowercased (e.g. 'İ'); keep offsets aligned.
    lower = Array.from(fold, (c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join('');
  }
  const protectedMask = new Uint8Array(text.length);
  PLACEHOLDER_RE.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PLACEHOLDER_RE.exec(text)) !== null) protectedMask.fill(1, pm.index, pm.index + pm[0].length);
  const c = countryInput ? countryInput.trim().toUpperCase().slice(0, 2) : null;
  const country = c && /^[A-Z]{2}$/.test(c) ? c : null;
  const hasHan = /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
  return { view: { text, fold, lower, country, hasHan, language: languageOf(text, languageInput), protectedMask }, norm };
}

function languageOf(text: string, given: string | null | undefined): string | null {
  if (given) {
    const primary = given.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (/^[a-z]{2,3}$/.test(primary)) return primary === 'nb' || primary === 'nn' ? 'no' : primary;
  }
  return detectLanguage(text.replace(PLACEHOLDER_RE, ' '));
}
