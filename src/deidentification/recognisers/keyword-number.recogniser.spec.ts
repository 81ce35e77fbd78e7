import type { RedactionKind } from '../deidentification.types';
import { recogniseKeywordNumbers } from './keyword-number.recogniser';
import { covers, run } from './testing';

describe('keyword number recogniser', () => {
  const found: [string, RedactionKind, string][] = [
    ['his badge number was 4521 and', 'BADGE', '4521'],
    ['Badge No. PC 2231', 'BADGE', 'PC 2231'],
    ['el policía con placa 10234 me pegó', 'BADGE', '10234'],
    ['número de placa: A-3321', 'BADGE', 'A-3321'],
    ['matricule RIO 1234567', 'BADGE', '1234567'],
    ['tjenestenummer 5521', 'BADGE', '5521'],
    ['Dienstnummer 44-771', 'BADGE', '44-771'],
    ['他的警号是038271', 'BADGE', '038271'],
    ['case number 2019/4455', 'CASE_NUMBER', '2019/4455'],
    ['crime ref CR/0021345/19', 'CASE_NUMBER', 'CR/0021345/19'],
    ['expediente nº 1234/2018', 'CASE_NUMBER', '1234/2018'],
    ['boletim de ocorrência 5567/2020', 'CASE_NUMBER', '5567/2020'],
    ['numéro de plainte 20-1187', 'CASE_NUMBER', '20-1187'],
    ['saksnummer 19-123456', 'CASE_NUMBER', '19-123456'],
    ['Aktenzeichen 123 Js 456/19', 'CASE_NUMBER', '123'],
    ['案号2019-0012', 'CASE_NUMBER', '2019-0012'],
    ['plate KX 45210', 'PLATE', 'KX 45210'],
    ['licence plate AB12 CDE', 'PLATE', 'AB12 CDE'],
    ['las placas del carro eran ABC-123', 'PLATE', 'ABC-123'],
    ['patente AB 123 CD', 'PLATE', 'AB 123 CD'],
    ['bilnummer EL 12345', 'PLATE', 'EL 12345'],
    ['Kennzeichen B-MW 1234', 'PLATE', 'B-MW 1234'],
    ['车牌粤B12345', 'PLATE', '粤B12345'],
    ['passport number 123456789', 'PASSPORT', '123456789'],
    ['pasaporte AAB123456', 'PASSPORT', 'AAB123456'],
    ['sort code 12-34-56', 'BANK_ACCOUNT', '12-34-56'],
    ['CBU 0170099220000067797370', 'BANK_ACCOUNT', '0170099220000067797370'],
    ['chave pix 11987654321', 'BANK_ACCOUNT', '11987654321'],
  ];
  it.each(found)('finds in %p a %s', (text, kind, value) => {
    expect(covers(run(recogniseKeywordNumbers, text), kind, value)).toBe(true);
  });
  const kept = ['in case 2 of them come back', 'the car was red', 'he paid with his card', 'badge on his chest', 'the number of police was 12', 'a placa estava suja'];
  it.each(kept)('leaves %p alone', (text) => {
    expect(run(recogniseKeywordNumbers, text)).toEqual([]);
  });
  it('does not swallow the words after the value', () => {
    const f = run(recogniseKeywordNumbers, 'his badge number was 4521 and the car plate KX 45210.');
    expect(f.map((x) => x.value)).toEqual(expect.arrayContaining(['4521', 'KX 45210']));
    expect(f.every((x) => !x.value.includes('and'))).toBe(true);
  });
});
