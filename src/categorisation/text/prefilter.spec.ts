import fc from 'fast-check';
import { ALL_RULES } from '../rules';
import { loadCorpus } from '../scoring/corpus';
import { fold, foldPatternSource } from './fold';
import { mayMatch, patternKeys, textKeys } from './prefilter';

const rules = ALL_RULES.flatMap((set) => [...set.violations, ...set.acts, ...set.actors, ...set.settings, ...set.reported]).map((r) => {
  const source = foldPatternSource(r.pattern.source);
  return { re: new RegExp(source), keys: patternKeys(source) };
});

describe('keyword pre-check', () => {
  it('derives keys for most rules', () => {
    const keyed = rules.filter((r) => r.keys !== null).length;
    expect(keyed / rules.length).toBeGreaterThan(0.8);
  });

  it('derives the expected keys for simple patterns', () => {
    expect(patternKeys('\\b(?:police|cops?)\\b')).toEqual(['pol', 'cop']);
    expect(patternKeys('\\b(?:me|nos) (?:pegaron)\\b')).toEqual(['me', 'nos']);
    expect(patternKeys('\\b(?:p[aa]grep\\w*)\\b')).toEqual(['pag']);
    expect(patternKeys('(?:警察|差人)')).toEqual(['警', '差']);
    expect(patternKeys('\\b(?:\\d+ hours)\\b')).toBeNull();
    expect(patternKeys('\\b(?:m(?:e|y))\\b')).toBeNull();
  });

  it('never skips a rule that matches: every corpus text, every rule', () => {
    for (const report of loadCorpus()) {
      const text = fold(report.text);
      const keys = textKeys(text);
      for (const r of rules) if (r.re.test(text)) expect([r.re.source, mayMatch(r.keys, keys)]).toEqual([r.re.source, true]);
    }
  });

  it('never skips a rule that matches: texts made of rule fragments (property)', () => {
    const words = ['police', 'me', 'pegaron', 'not', 'beat', 'the', 'cops', 'pagrep', 'ble', '警察', '打', 'polis', 'paitim', 'mi', 'ikke', 'kunde'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ' ', ', ', '. '), { maxLength: 40 }), (parts) => {
        const text = fold(parts.join(' '));
        const keys = textKeys(text);
        return rules.every((r) => !r.re.test(text) || mayMatch(r.keys, keys));
      }),
      { numRuns: 300 },
    );
  });
});
