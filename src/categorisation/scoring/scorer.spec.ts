import type { CategorisationResult } from '../categorisation.types';
import type { LabelledReport } from './corpus';
import { emptyScores, evaluate, f1, precision, recall, scoreOne } from './scorer';

const report = (over: Partial<LabelledReport>): LabelledReport => ({
  id: 'x',
  language: 'en',
  split: 'tune',
  text: '',
  violations: ['POLICE_ABUSE', 'EXTORTION'],
  perpetrators: ['POLICE'],
  safeguarding: false,
  ...over,
});

const result = (types: CategorisationResult['violations'][number]['type'][], perps: CategorisationResult['perpetrators'][number]['type'][], safeguarding = false): CategorisationResult => ({
  taxonomyVersion: 't',
  violations: types.map((type) => ({ type, subtypes: [], confidence: 1, source: 'RULES', evidence: [] })),
  perpetrators: perps.map((type) => ({ type, source: 'RULES' })),
  workSetting: null,
  reportedToPolice: null,
  safeguarding,
});

describe('scorer', () => {
  it('counts true and false positives and negatives per type and overall', () => {
    const s = emptyScores();
    const miss = scoreOne(s, report({}), result(['POLICE_ABUSE', 'DENIAL_OF_JUSTICE'], ['POLICE', 'CLIENT']));
    expect(s.violations).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.perType.EXTORTION).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.perType.DENIAL_OF_JUSTICE).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.perpetrators).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.mainFound).toBe(1);
    expect(miss.missing).toEqual(['EXTORTION']);
    expect(miss.extra).toEqual(['DENIAL_OF_JUSTICE']);
    expect(f1(s.violations)).toBeCloseTo(0.5);
  });

  it('scores the main type as the first listed one, and safeguarding recall', () => {
    const s = emptyScores();
    scoreOne(s, report({ violations: ['CHILD_INVOLVED', 'POLICE_ABUSE'], safeguarding: true }), result(['POLICE_ABUSE'], []));
    expect(s.mainFound).toBe(0);
    expect(recall(s.safeguarding)).toBe(0);
    scoreOne(s, report({ violations: ['CHILD_INVOLVED'], safeguarding: true }), result(['CHILD_INVOLVED'], [], true));
    expect(recall(s.safeguarding)).toBe(0.5);
    expect(precision(s.safeguarding)).toBe(1);
  });

  it('groups by language and lists misses', () => {
    const reports = [report({ id: 'a', language: 'en' }), report({ id: 'b', language: 'es' })];
    const e = evaluate(reports, (r) => (r.id === 'a' ? result(['POLICE_ABUSE', 'EXTORTION'], ['POLICE']) : result(['OUT_OF_SCOPE'], [])));
    expect(f1(e.byLanguage.get('en')!.violations)).toBe(1);
    expect(f1(e.byLanguage.get('es')!.violations)).toBe(0);
    expect(e.misses.map((m) => m.id)).toEqual(['b']);
    expect(e.overall.reports).toBe(2);
  });
});
