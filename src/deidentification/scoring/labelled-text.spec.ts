import { parseCorpusFile, parseLabelled } from './labelled-text';
import { scoreCorpus } from './scorer';

describe('labelled text', () => {
  it('parses labels and keep marks into offsets', () => {
    const r = parseLabelled('x', 'en', 'GB', 'officer {{PERSON:Daniels}} took <<my money>> on {{DATE:5 June 2017}}');
    expect(r.text).toBe('officer Daniels took my money on 5 June 2017');
    expect(r.labels).toEqual([
      { start: 8, end: 15, kind: 'PERSON' },
      { start: 33, end: 44, kind: 'DATE' },
    ]);
    expect(r.keep).toEqual([{ start: 21, end: 29 }]);
  });
  it('rejects unknown kinds and broken markup', () => {
    expect(() => parseLabelled('x', 'en', null, '{{NAME:Bob}}')).toThrow(/unknown kind/);
    expect(() => parseLabelled('x', 'en', null, '{{PERSON:Bob}')).toThrow(/unbalanced/);
  });
  it('reads corpus files', () => {
    const rs = parseCorpusFile('## a lang=es country=AR\n// comment\nhola {{PERSON:Juan}}\n\n## b lang=en\nhi');
    expect(rs.map((r) => [r.id, r.language, r.country, r.text])).toEqual([
      ['a', 'es', 'AR', 'hola Juan'],
      ['b', 'en', null, 'hi'],
    ]);
  });
  it('scores a half-removed name as a miss and a removed violation word as lost', () => {
    const [r] = parseCorpusFile('## a lang=en\nthe police and {{PERSON:Juan Pérez}}');
    const score = scoreCorpus([r!], (text) => {
      const start = text.indexOf('Juan');
      const p = text.indexOf('police');
      return { text: '', language: 'en', redactions: [], spans: [{ start, end: start + 4, kind: 'PERSON', placeholder: '[PERSON_1]' }, { start: p, end: p + 6, kind: 'PERSON', placeholder: '[PERSON_2]' }] };
    });
    expect(score.byKind.get('PERSON')).toEqual({ total: 1, hit: 0 });
    expect(score.keptViolationWords).toEqual({ total: 1, hit: 0 });
  });
});
