import fc from 'fast-check';
import { ALL_RULES } from '../rules';
import { loadCorpus } from '../scoring/corpus';
import { fold, foldPatternSource } from './fold';
import { KeyTable, mayMatchIndex, patternKeys, startKeys } from './prefilter';

const rules = ALL_RULES.flatMap((set) => [...set.violations, ...set.acts, ...set.actors, ...set.settings, ...set.reported]).map((r) => {
  const source = foldPatternSource(r.pattern.source);
  return { re: new RegExp(source), keys: patternKeys(source), starts: startKeys(source) };
});
// The engine's own path: keys as ids of one KeyTable, texts indexed by it.
const table = new KeyTable();
const keyed = rules.map((r) => ({ re: r.re, ids: r.keys?.map((k) => table.id(k)) ?? null }));

/** Reference for KeyTable.index, written the plain way: the key strings present in a text. */
function textKeys(folded: string): Set<string> {
  const keys = new Set<string>();
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWord) {
      let j = i + 1;
      while (j < n) {
        const d = folded.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
        j++;
      }
      keys.add(folded.slice(i, Math.min(j, i + 3)));
      i = j;
    } else {
      if (c >= 0x3400 && c <= 0xfaff) keys.add(folded[i]);
      i++;
    }
  }
  return keys;
}

const markers = ALL_RULES.map((set) => {
  const source = foldPatternSource(set.markers.source);
  return { re: new RegExp(source), starts: startKeys(source) };
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
      const index = table.index(text);
      for (const r of keyed) if (r.re.test(text)) expect([r.re.source, mayMatchIndex(r.ids, index)]).toEqual([r.re.source, true]);
    }
  });

  it('never skips a rule that matches: texts made of rule fragments (property)', () => {
    const words = ['police', 'me', 'pegaron', 'not', 'beat', 'the', 'cops', 'pagrep', 'ble', '警察', '打', 'polis', 'paitim', 'mi', 'ikke', 'kunde'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ' ', ', ', '. '), { maxLength: 40 }), (parts) => {
        const text = fold(parts.join(' '));
        const index = table.index(text);
        return keyed.every((r) => !r.re.test(text) || mayMatchIndex(r.ids, index));
      }),
      { numRuns: 300 },
    );
  });

  it('derives start keys: the word a match starts at (and the word after it, as a pair), never a later one', () => {
    expect(startKeys('\\b(?:police|cops?)\\b')).toEqual(['pol', 'cop']);
    expect(startKeys('\\b(?:no me quiso)\\b')).toEqual(['no me']);
    expect(patternKeys('\\b(?:no me quiso)\\b')).toEqual(['qui']);
    expect(startKeys('(?:警察|差人)')).toEqual(['警察', '差人']);
    expect(startKeys('(?:被?打)')).toBeNull();
    expect(startKeys('\\b(?:(?:me )?mandou fazer)\\b')).toEqual(['me man', 'man faz']);
    expect(startKeys('(?:(?:我)?想走)')).toEqual(['我想', '想走']);
    expect(startKeys('\\b(?:(?:me )?)\\b')).toBeNull();
    expect(startKeys('\\bfoo|bar')).toBeNull();
    // Pairs through groups and letter classes; a short second word only when it is whole.
    expect(startKeys('\\b(?:(?:me|la) (?:dej[oe]|tuvo) esperando)\\b')).toEqual(['me dej', 'la dej', 'me tuv', 'la tuv']);
    expect(startKeys("\\b(?:i no|didn't|ol i)\\b")).toEqual(['i no', 'did t', 'ol i']);
    expect(startKeys('\\b(?:me (?:x)* yy)\\b')).toEqual(['me']);
    expect(startKeys('\\b(?:me \\w+)\\b')).toEqual(['me']);
    // A word tried alone covers its pairs: no word of a text under two of a rule's keys.
    expect(startKeys('\\b(?:me dijo|me\\b[^.]{0,9}vio)')).toEqual(['me']);
  });

  it('every match of every rule and marker starts at a word with one of its start keys (corpus texts)', () => {
    const table = new KeyTable();
    const all = [...rules, ...markers].map((r) => ({ re: new RegExp(r.re.source, 'g'), starts: r.starts?.map((k) => table.id(k)) ?? null }));
    for (const report of loadCorpus()) {
      const text = fold(report.text);
      const index = table.index(text);
      for (const r of all) {
        if (r.starts === null) continue;
        const at = new Set(r.starts.flatMap((id) => index[id] ?? []));
        r.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = r.re.exec(text)) !== null) {
          if (m[0].length === 0) r.re.lastIndex++;
          else expect([r.re.source, at.has(m.index)]).toEqual([r.re.source, true]);
        }
      }
    }
  });

  it('every match starts at a word with one of its start keys (property: texts made of the pairs\' words)', () => {
    const table = new KeyTable();
    const patterns = ['\\b(?:(?:me|la) (?:dej[oe]|tuvo) esperando)\\b', "\\b(?:i no|didn't|ol i)\\b", '(?:(?:我)?想走)', '\\b(?:(?:me )?mandou fazer)\\b', '(?:警察|差人)'];
    const all = patterns.map((p) => ({ re: new RegExp(p, 'g'), starts: startKeys(p)!.map((k) => table.id(k)) }));
    const words = ['me', 'la', 'dejo', 'deje', 'tuvo', 'esperando', 'i', 'no', "didn't", 'didn', 't', 'ol', '我', '想', '走', '警察', 'mandou', 'fazer', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ' ', "'", '-', '. '), { maxLength: 30 }), (parts) => {
        const text = fold(parts.join(''));
        const index = table.index(text);
        return all.every((r) => {
          const at = new Set(r.starts.flatMap((id) => index[id] ?? []));
          return [...text.matchAll(r.re)].every((m) => at.has(m.index));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('indexes pairs where a word with the first key is followed by one with the second', () => {
    const table = new KeyTable();
    const meDej = table.id('me dej');
    const me = table.id('me');
    const pair = table.id('想走');
    const text = fold("Me dejó; me, dejaron... me-dejan me gusta 我想走");
    const index = table.index(text);
    expect(index[meDej]).toEqual([0, 9, 24]);
    expect(index[me]).toEqual([0, 9, 24, 33]);
    expect(index[pair]).toEqual([text.indexOf('想')]);
  });

  it('indexes the same keys as textKeys, at the words that give them', () => {
    const table = new KeyTable();
    const keys = ['pol', 'me', 'the', 'a', '5', 'i', '警', 'no', 'nos'];
    const ids = keys.map((k) => table.id(k));
    const text = fold('The police told me: NO! 5 of them, i think... nosy neighbours 警察 police');
    const index = table.index(text);
    const present = textKeys(text);
    keys.forEach((k, j) => {
      expect([k, index[ids[j]] !== undefined]).toEqual([k, present.has(k)]);
      for (const at of index[ids[j]] ?? []) expect(text.startsWith(k, at)).toBe(true);
    });
    expect(index[table.id('pol')]).toEqual([4, text.lastIndexOf('police')]);
  });
});
