import fc from 'fast-check';
import { ALL_RULES } from '../rules';
import { loadCorpus } from '../scoring/corpus';
import { compactSource } from './compact';
import { fold, foldPatternSource } from './fold';

/** Every pattern the engine runs: the rules' and each language's own (negation, markers, …). */
const sources = ALL_RULES.flatMap((set) => [
  ...[...set.violations, ...set.acts, ...set.actors, ...set.settings, ...set.reported].map((r) => r.pattern),
  ...[set.negation, set.negationAfter, set.mention, set.relative, set.agent, set.hypothetical, set.clauseBreak, set.markers, set.ownChild, set.ownChildAfter, set.durationBefore].filter(
    (re): re is RegExp => re !== undefined,
  ),
]).map((re) => foldPatternSource(re.source));

const pairs = sources.map((source) => ({ plain: new RegExp(source, 'g'), compact: new RegExp(compactSource(source), 'g') }));

function matches(re: RegExp, text: string): string {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0].length}`).join(' ');
}

describe('compactSource', () => {
  it('puts an empty lookahead after groups of three or more alternatives, after their quantifier, not at the end', () => {
    expect(compactSource('\\b(?:a|b|c) (?:d|e|f)\\b')).toBe('\\b(?:a|b|c)(?=) (?:d|e|f)(?=)\\b');
    expect(compactSource('\\b(?:a|b) c')).toBe('\\b(?:a|b) c');
    expect(compactSource('(?:a|b|c)?d(?:e|f|g){1,2}?h')).toBe('(?:a|b|c)?(?=)d(?:e|f|g){1,2}?(?=)h');
    expect(compactSource('\\b(?:a|(?:b|c|d)x|e)')).toBe('\\b(?:a|(?:b|c|d)(?=)x|e)');
    expect(compactSource('x(?:a|b|c)')).toBe('x(?:a|b|c)');
    expect(compactSource('[(?:a|b|c)]x\\(?:a|b|c\\)y')).toBe('[(?:a|b|c)]x\\(?:a|b|c\\)y');
    expect(compactSource('(?<=(?:a|b|c) )d')).toBe('(?<=(?:a|b|c)(?=) )d');
  });

  it('leaves the matches of every pattern the same: every corpus text', () => {
    for (const report of loadCorpus()) {
      const text = fold(report.text);
      for (const { plain, compact } of pairs) {
        const a = matches(plain, text);
        const b = matches(compact, text);
        if (a !== b) expect([plain.source, b]).toEqual([plain.source, a]);
      }
    }
  });

  it('leaves the matches the same on texts made of pattern fragments (property)', () => {
    const words = [...new Set(sources.flatMap((s) => s.match(/[a-z']{2,}|[\u3400-\u9fff]+/g) ?? []))];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '. ', ', ', '[date_1] ', '[money_2] ', '_', '-', '15 ')), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, (t) => pairs.every(({ plain, compact }) => matches(plain, t) === matches(compact, t))),
      { numRuns: 200 },
    );
  });
});
