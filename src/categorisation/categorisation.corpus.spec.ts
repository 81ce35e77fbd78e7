/**
 * The engine against its own labelled corpus (test/fixtures/categorisation).
 * The targets of issue #4 are asserted per language on the tuning part and on the whole corpus. The
 * held-out part is never tuned on, so nothing here pushes its figures up: it
 * only has a floor that catches gross breakage, and its real scores are in
 * BENCHMARKS.md (npm run bench:categorise).
 */
import { categorise } from './categorisation.engine';
import { loadCorpus } from './scoring/corpus';
import { evaluate, f1, recall, summaryTable } from './scoring/scorer';

const LANGUAGES = ['en', 'es', 'pt', 'fr', 'nb', 'zh', 'tpi'];
const corpus = loadCorpus();
const all = evaluate(corpus, (r) => categorise({ text: r.text }));
const tune = evaluate(
  corpus.filter((r) => r.split === 'tune'),
  (r) => categorise({ text: r.text }),
);
const heldout = evaluate(
  corpus.filter((r) => r.split === 'heldout'),
  (r) => categorise({ text: r.text }),
);

describe('categorisation corpus', () => {
  it('has at least 250 reports, 30 per language, and a held-out part of about a fifth', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    for (const lang of LANGUAGES) expect(corpus.filter((r) => r.language === lang).length).toBeGreaterThanOrEqual(30);
    const share = corpus.filter((r) => r.split === 'heldout').length / corpus.length;
    expect(share).toBeGreaterThanOrEqual(0.18);
    expect(new Set(corpus.map((r) => r.id)).size).toBe(corpus.length);
  });

  it('labels safeguarding exactly when CHILD_INVOLVED or COERCION_OR_TRAFFICKING is labelled', () => {
    for (const r of corpus) {
      expect([r.id, r.safeguarding]).toEqual([r.id, r.violations.includes('CHILD_INVOLVED') || r.violations.includes('COERCION_OR_TRAFFICKING')]);
    }
  });

  // #4's bars, on the tuning part and over the whole corpus (blind sets included, most of them in-sample now: the
  // corpus README gives each set's first score, the figure for a new writer).
  describe.each([
    ['tuning part', tune],
    ['whole corpus', all],
  ] as const)('%s', (_, part) => {
    it.each(LANGUAGES)('%s: violation micro-F1 ≥ 0.90, perpetrator micro-F1 ≥ 0.85', (lang) => {
      const s = part.byLanguage.get(lang);
      expect(s).toBeDefined();
      expect(f1(s!.violations)).toBeGreaterThanOrEqual(0.9);
      expect(f1(s!.perpetrators)).toBeGreaterThanOrEqual(0.85);
    });

    it('safeguarding recall ≥ 0.98', () => {
      expect(recall(part.overall.safeguarding)).toBeGreaterThanOrEqual(0.98);
    });
  });

  it('held-out part: no gross breakage (floor, not a target)', () => {
    expect(f1(heldout.overall.violations)).toBeGreaterThanOrEqual(0.7);
    expect(recall(heldout.overall.safeguarding)).toBeGreaterThanOrEqual(0.8);
  });

  it('held-out D (-d01 … -d11, written before the generalisation round): no gross breakage (floor, not a target)', () => {
    const d = evaluate(
      corpus.filter((r) => r.split === 'heldout' && /-d\d+$/.test(r.id)),
      (r) => categorise({ text: r.text }),
    );
    expect(d.overall.reports).toBeGreaterThanOrEqual(70);
    expect(f1(d.overall.violations)).toBeGreaterThanOrEqual(0.7);
    expect(recall(d.overall.safeguarding)).toBeGreaterThanOrEqual(0.8);
  });

  // The rules were never tuned on F, but the shipped learned second opinion (model/) is trained on
  // the whole corpus, F included, so this is no longer a blind figure: F's blind score (rules
  // 0.707, rules + a model trained without F 0.714) is in test/fixtures/categorisation/README.md.
  // The floor stays as a breakage check.
  it('blind set F (-f01 … -f10, rules never tuned on it; the model is trained on it): no regression below its first score (floor, not the target)', () => {
    const f = evaluate(
      corpus.filter((r) => r.split === 'heldout' && /-f\d+$/.test(r.id)),
      (r) => categorise({ text: r.text }),
    );
    expect(f.overall.reports).toBe(70);
    expect(f1(f.overall.violations)).toBeGreaterThanOrEqual(0.7);
    expect(recall(f.overall.safeguarding)).toBeGreaterThanOrEqual(11 / 14);
  });

  it('prints the tables (for the record)', () => {
    console.log(`all:\n${summaryTable(all)}\n\nheld-out:\n${summaryTable(heldout)}`);
    expect(all.overall.reports).toBe(corpus.length);
  });
});
