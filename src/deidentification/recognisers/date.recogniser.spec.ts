import type { RedactionKind } from '../deidentification.types';
import { recogniseDates } from './date.recogniser';
import { covers, run } from './testing';

describe('date and time recogniser', () => {
  const found: [string, RedactionKind, string][] = [
    ['it happened on 5 June 2017 at night', 'DATE', '5 June 2017'],
    ['on 21/9/2018 they came', 'DATE', '21/9/2018'],
    ['el 2 de abril de 2019 me detuvieron', 'DATE', '2 de abril de 2019'],
    ['den 17. mars 2016', 'DATE', '17. mars 2016'],
    ['2016年4月9日', 'DATE', '2016年4月9日'],
    ['the 3rd of november', 'DATE', '3rd of november'],
    ['June 5th, 2017', 'DATE', 'June 5th, 2017'],
    ['no dia 12 de março', 'DATE', '12 de março'],
    ['le 14 juillet 2020', 'DATE', '14 juillet 2020'],
    ['am 5. Juni 2017', 'DATE', '5. Juni 2017'],
    ['long 5 Me 2019', 'DATE', '5 Me 2019'],
    ['2000-04-16 11:34:35', 'DATE', '2000-04-16 11:34:35'],
    ['on Tuesday, 5 June', 'DATE', '5 June'],
    ['at 23:30 they knocked', 'TIME', '23:30'],
    ['kl. 23.30', 'TIME', '23.30'],
    ['around 3pm', 'TIME', '3pm'],
    ['às 15h30', 'TIME', '15h30'],
    ['um 22 Uhr', 'TIME', '22 Uhr'],
    ['下午3点', 'TIME', '下午3点'],
    ['in June 2017 I moved', 'DATE', 'June 2017'],
    ['the orchestra was founded in 1977.', 'DATE', '1977'],
    ['flew to Oslo on Tuesday morning', 'DATE', 'Tuesday'],
    ['el viernes me detuvieron', 'DATE', 'viernes'],
  ];
  it.each(found)('finds in %p a %s', (text, kind, value) => {
    expect(covers(run(recogniseDates, text), kind, value)).toBe(true);
  });
  const kept = ['last week the police came', 'he paid 2000 to the cop', 'they took 2000 pesos', 'he gave me 5 dollars', 'I have 2 kids', 'mi gat 5 kina', 'hace 3 meses', 'it cost 15.50 euros'];
  it.each(kept)('leaves %p alone', (text) => {
    expect(run(recogniseDates, text)).toEqual([]);
  });
});
