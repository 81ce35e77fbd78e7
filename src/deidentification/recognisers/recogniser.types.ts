import type { RedactionKind } from '../deidentification.types';

/** What every recogniser reads: the normalised text and a same-length detection view. */
export interface TextView {
  /** Normalised text (NFKC, invisible characters removed); replacements are applied to it. */
  readonly text: string;
  /** Same length as `text`, look-alikes folded: what the regular expressions run on. */
  readonly fold: string;
  /** Lowercase of `fold` (same length for all scripts we handle; checked by the engine). */
  readonly lower: string;
  /** ISO alpha-2 country of the report, upper case, or null. */
  readonly country: string | null;
  /** The text contains Han characters (CJK-only patterns are skipped otherwise). */
  readonly hasHan: boolean;
  /** Detected or given language (primary subtag), or null. */
  readonly language: string | null;
  /** 1 where a placeholder from an earlier pass already stands: never matched again. */
  readonly protectedMask: Uint8Array;
}

export interface Candidate {
  start: number;
  end: number;
  kind: RedactionKind;
  /** Higher wins when candidates overlap; then the longer one. */
  priority: number;
  /** Fixed placeholder body instead of KIND_n (used for age bands, e.g. AGE_25_29). */
  label?: string;
}

export type Recogniser = (view: TextView) => Candidate[];

/** Unicode-aware word boundaries for use inside RegExp sources (JS \b is ASCII-only). */
export const WB = '(?<![\\p{sc=Latin}\\p{N}_])';
export const WE = '(?![\\p{sc=Latin}\\p{N}_])';

/** Runs a global regex and pushes candidates for group `group` (0 = whole match). */
export function collect(
  re: RegExp,
  source: string,
  kind: RedactionKind,
  priority: number,
  out: Candidate[],
  accept?: (m: RegExpExecArray) => boolean,
  group = 0,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (accept && !accept(m)) continue;
    const g = m[group];
    if (g === undefined || g.length === 0) continue;
    const start = group === 0 ? m.index : m.index + m[0].indexOf(g);
    out.push({ start, end: start + g.length, kind, priority });
  }
}

/** Escapes a literal for a RegExp source. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of words, longest first so that the regex engine prefers the longer. */
export const alt = (words: Iterable<string>): string =>
  Array.from(words)
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

/** True when a currency sign, code or word stands right before or after [start,end). */
export function looksLikeMoney(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 12), start);
  const after = lower.slice(end, end + 16);
  if (/[$€£¥₹₱₦₩₽¢]\s?$/.test(before)) return true;
  if (/(?<![\p{sc=Latin}])(?:r\$|us\$|u\$s|usd|eur|nok|kr\.?|gbp|ars|brl|mxn|cop|pen|clp|pgk|hkd|rmb|cny|chf|k|inr|php|kina|euros?|dollars?|pesos|reais|kroner)\s?$/u.test(before)) return true;
  return /^\s?(?:[$€£¥₹]|dollars?|dólares|dolares|dólar|usd|euros?|eur|nok|kr\b|kroner|kronor|pounds?|quid|gbp|pesos?|reais|real|brl|soles|bolívares|bolivares|kina|toea|pgk|hkd|yuan|rmb|元|块|塊|francs?|franken|fr\.|chf|rupees?|naira|cedis|rand|dkk|sek|mil\b|thousand|k\b|grand|lakh|crore|million|millones|milhões)/.test(after);
}

/** Case-insensitive alternation without the i flag (with it, \\p{Lu} would match lowercase letters too). */
export const ci = (words: Iterable<string>): string =>
  alt(words)
    .split('|')
    .map((w) =>
      Array.from(w, (c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === ' ' ? '\\s+' : c)).join(''),
    )
    .join('|');
