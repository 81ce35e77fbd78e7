import type { RedactionKind } from '../deidentification.types';
import { aadhaarValid, cpfValid, fodselsnummerValid, hkidValid, ibanValid, luhn, spanishIdValid } from './checksums';
import { recogniseIdNumbers } from './id-number.recogniser';
import { covers, run } from './testing';

describe('checksums', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(ibanValid('GB29NWBK60161331926819')).toBe(true);
    expect(ibanValid('GB29NWBK60161331926818')).toBe(false);
    expect(cpfValid('52998224725')).toBe(true);
    expect(cpfValid('52998224724')).toBe(false);
    expect(fodselsnummerValid('01019010046')).toBe(true);
    expect(fodselsnummerValid('01019010047')).toBe(false);
    expect(spanishIdValid('12345678Z')).toBe(true);
    expect(spanishIdValid('12345678A')).toBe(false);
    expect(spanishIdValid('X1234567L')).toBe(true);
    expect(hkidValid('A1234563')).toBe(true);
    expect(hkidValid('A1234564')).toBe(false);
    expect(aadhaarValid('234123412346')).toBe(true);
    expect(aadhaarValid('234123412347')).toBe(false);
  });
});

describe('id number recogniser', () => {
  const found: [string, RedactionKind, string][] = [
    ['my SSN 536-22-1234 was on it', 'ID_NUMBER', '536-22-1234'],
    ['CPF 529.982.247-25', 'ID_NUMBER', '529.982.247-25'],
    ['DNI 30.123.456', 'ID_NUMBER', '30.123.456'],
    ['documento 12345678Z', 'ID_NUMBER', '12345678Z'],
    ['NIE X1234567L', 'ID_NUMBER', 'X1234567L'],
    ['HKID A123456(3)', 'ID_NUMBER', 'A123456(3)'],
    ['fødselsnummer 01019010046', 'ID_NUMBER', '01019010046'],
    ['aadhaar 2341 2341 2346', 'ID_NUMBER', '2341 2341 2346'],
    ['card 4111 1111 1111 1111 exp', 'CARD', '4111 1111 1111 1111'],
    ['5500-0000-0000-0004', 'CARD', '5500-0000-0000-0004'],
    ['IBAN GB29 NWBK 6016 1331 9268 19', 'BANK_ACCOUNT', 'GB29 NWBK 6016 1331 9268 19'],
    ['konto NO93 8601 1117 947', 'BANK_ACCOUNT', 'NO93 8601 1117 947'],
    ['from 192.168.0.12 yesterday', 'IP_ADDRESS', '192.168.0.12'],
    ['ip 2001:db8:85a3::8a2e:370:7334', 'IP_ADDRESS', '2001:db8:85a3::8a2e:370:7334'],
    ['passport AB1234567', 'ID_NUMBER', 'AB1234567'],
    ['a code 88412395 on the paper', 'ID_NUMBER', '88412395'],
  ];
  it.each(found)('finds in %p a %s', (text, kind, value) => {
    expect(covers(run(recogniseIdNumbers, text), kind, value)).toBe(true);
  });
  const kept = ['at 10pm on the 3rd', 'I paid 500usd', 'covid19 tests', 'he took 1,500,000 pesos', 'it was 2019 or 2020', '4x4 truck', 'R$200 per night'];
  it.each(kept)('leaves %p alone', (text) => {
    expect(run(recogniseIdNumbers, text)).toEqual([]);
  });
});
