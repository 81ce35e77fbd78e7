import { ageBand, recogniseAges } from './age.recogniser';
import { run } from './testing';

describe('age recogniser', () => {
  const found: [string, string, string][] = [
    ["I'm 29 and work nights", '29', 'AGE_25_29'],
    ['tengo 27 años', '27', 'AGE_25_29'],
    ['tenho 19 anos', '19', 'AGE_18_19'],
    ["j'ai 34 ans", '34', 'AGE_30_34'],
    ['jeg er 31 år', '31', 'AGE_30_34'],
    ['ich bin 22 Jahre alt', '22', 'AGE_20_24'],
    ['我24岁', '24', 'AGE_20_24'],
    ['她十六岁', '十六', 'AGE_UNDER_18'],
    ['mi gat 24 krismas', '24', 'AGE_20_24'],
    ['she was 16 when it started', '16', 'AGE_UNDER_18'],
    ['a 15-year-old girl', '15', 'AGE_UNDER_18'],
    ['una chica de 17 años', '17', 'AGE_UNDER_18'],
    ['I will turn 21', '21', 'AGE_20_24'],
    ['en 45-åring', '45', 'AGE_45_49'],
  ];
  it.each(found)('finds the age in %p', (text, value, label) => {
    expect(run(recogniseAges, text)).toEqual(expect.arrayContaining([{ kind: 'AGE', value, label }]));
  });
  const kept = ['I worked there for 3 years', 'hace 5 años que vivo aquí', 'jeg har bodd her i 10 år', 'he got 2 years in prison', 'depuis 4 ans'];
  it.each(kept)('keeps durations in %p', (text) => {
    expect(run(recogniseAges, text)).toEqual([]);
  });
  it('bands ages', () => {
    expect(ageBand(17)).toBe('AGE_UNDER_18');
    expect(ageBand(18)).toBe('AGE_18_19');
    expect(ageBand(25)).toBe('AGE_25_29');
    expect(ageBand(94)).toBe('AGE_90_PLUS');
  });
});
