/**
 * Scores the engine against a labelled corpus: per-type precision and
 * recall, micro-F1 over violation types, perpetrator micro-F1, safeguarding
 * recall and the share of reports whose main (first-listed) type is found.
 */
import { VIOLATION_TYPES, type PerpetratorType, type ViolationType } from '../../taxonomy/taxonomy.codes';
import type { CategorisationResult } from '../categorisation.types';
import type { LabelledReport } from './corpus';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  reports: number;
  violations: Counts;
  perpetrators: Counts;
  perType: Record<ViolationType, Counts>;
  safeguarding: Counts;
  mainFound: number;
}

export interface Miss {
  id: string;
  missing: string[];
  extra: string[];
  missingPerpetrators: string[];
  extraPerpetrators: string[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function emptyScores(): Scores {
  const perType = {} as Record<ViolationType, Counts>;
  for (const t of VIOLATION_TYPES) perType[t] = zero();
  return { reports: 0, violations: zero(), perpetrators: zero(), perType, safeguarding: zero(), mainFound: 0 };
}

function compareSets<T>(expected: readonly T[], predicted: readonly T[], c: Counts, each?: (t: T, kind: keyof Counts) => void) {
  const e = new Set(expected);
  const p = new Set(predicted);
  for (const t of p) {
    const kind = e.has(t) ? 'tp' : 'fp';
    c[kind]++;
    each?.(t, kind);
  }
  for (const t of e) {
    if (!p.has(t)) {
      c.fn++;
      each?.(t, 'fn');
    }
  }
}

/**
 * Labels in the shape the scorer reads, for scoring something other than the engine (a second
 * annotator, a cross-validated combination): OUT_OF_SCOPE when no type; safeguarding as given, or
 * derived from the types.
 */
export function labelsAsResult(types: readonly ViolationType[], perps: readonly PerpetratorType[], safeguarding?: boolean): CategorisationResult {
  const v = types.length > 0 ? types : (['OUT_OF_SCOPE'] as ViolationType[]);
  return {
    taxonomyVersion: '',
    violations: v.map((type) => ({ type, subtypes: [], confidence: 1, source: 'RULES', evidence: [] })),
    perpetrators: perps.map((type) => ({ type, source: 'RULES' })),
    workSetting: null,
    reportedToPolice: null,
    safeguarding: safeguarding ?? (v.includes('CHILD_INVOLVED') || v.includes('COERCION_OR_TRAFFICKING')),
  };
}

/** Adds one report to the scores; returns what went wrong (empty lists when right). */
export function scoreOne(scores: Scores, report: LabelledReport, result: CategorisationResult): Miss {
  const predicted = result.violations.map((f) => f.type);
  const perps = result.perpetrators.map((p) => p.type);
  scores.reports++;
  compareSets(report.violations, predicted, scores.violations, (t, kind) => scores.perType[t][kind]++);
  compareSets(report.perpetrators, perps, scores.perpetrators);
  if (report.safeguarding && result.safeguarding) scores.safeguarding.tp++;
  else if (report.safeguarding) scores.safeguarding.fn++;
  else if (result.safeguarding) scores.safeguarding.fp++;
  if (predicted.includes(report.violations[0])) scores.mainFound++;
  return {
    id: report.id,
    missing: report.violations.filter((t) => !predicted.includes(t)),
    extra: predicted.filter((t) => !report.violations.includes(t)),
    missingPerpetrators: report.perpetrators.filter((t) => !perps.includes(t)),
    extraPerpetrators: perps.filter((t) => !report.perpetrators.includes(t)),
  };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface Evaluation {
  byLanguage: Map<string, Scores>;
  overall: Scores;
  misses: Miss[];
}

export function evaluate(reports: readonly LabelledReport[], run: (r: LabelledReport) => CategorisationResult): Evaluation {
  const byLanguage = new Map<string, Scores>();
  const overall = emptyScores();
  const misses: Miss[] = [];
  for (const report of reports) {
    let s = byLanguage.get(report.language);
    if (!s) byLanguage.set(report.language, (s = emptyScores()));
    const result = run(report);
    const miss = scoreOne(s, report, result);
    scoreOne(overall, report, result);
    if (miss.missing.length || miss.extra.length || miss.missingPerpetrators.length || miss.extraPerpetrators.length) misses.push(miss);
  }
  return { byLanguage, overall, misses };
}

const pct = (x: number) => x.toFixed(3);

/** Markdown: one row per language and an overall row. */
export function summaryTable(e: Evaluation): string {
  const rows = ['| language | reports | violation micro-F1 | perpetrator micro-F1 | safeguarding recall | main type found |', '|---|---:|---:|---:|---:|---:|'];
  const row = (name: string, s: Scores) =>
    `| ${name} | ${s.reports} | ${pct(f1(s.violations))} | ${pct(f1(s.perpetrators))} | ${pct(recall(s.safeguarding))} (${s.safeguarding.tp}/${s.safeguarding.tp + s.safeguarding.fn}) | ${pct(s.mainFound / Math.max(1, s.reports))} |`;
  for (const [lang, s] of [...e.byLanguage].sort(([a], [b]) => a.localeCompare(b))) rows.push(row(lang, s));
  rows.push(row('**all**', e.overall));
  return rows.join('\n');
}

/** Markdown: per-type precision and recall over all languages. */
export function perTypeTable(s: Scores): string {
  const rows = ['| type | precision | recall | TP | FP | FN |', '|---|---:|---:|---:|---:|---:|'];
  for (const t of VIOLATION_TYPES) {
    const c = s.perType[t];
    rows.push(`| ${t} | ${pct(precision(c))} | ${pct(recall(c))} | ${c.tp} | ${c.fp} | ${c.fn} |`);
  }
  return rows.join('\n');
}
