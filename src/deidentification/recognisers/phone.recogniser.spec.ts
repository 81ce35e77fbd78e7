import { recognisePhones } from './phone.recogniser';
import { covers, run } from './testing';

describe('phone recogniser', () => {
  const found: [string, string, string | undefined][] = [
    ['call me on +47 912 34 567 tonight', '+47 912 34 567', 'NO'],
    ['ring 912 34 567', '912 34 567', 'NO'],
    ['mi número es 11 5555-1234', '11 5555-1234', 'AR'],
    ['llámame al +54 9 11 5555 1234', '+54 9 11 5555 1234', 'AR'],
    ['o celular dele é (11) 98765-4321', '(11) 98765-4321', 'BR'],
    ['his number 07700 900 123', '07700 900 123', 'GB'],
    ['text 415-555-0132 ext 12', '415-555-0132 ext 12', 'US'],
    ['appelle le 06 12 34 56 78', '06 12 34 56 78', 'FR'],
    ['Handy 0151 23456789', '0151 23456789', 'DE'],
    ['我的电话13812345678', '13812345678', 'CN'],
    ['call 9123 4567', '9123 4567', 'HK'],
    ['ring mi long 7123 4567', '7123 4567', 'PG'],
    ['no country given: 0047 91234567', '0047 91234567', undefined],
    ['dotted 03.93.92.16.85', '03.93.92.16.85', undefined],
    ['+46 (0)8 928 571 38 is his', '+46 (0)8 928 571 38', undefined],
  ];
  it.each(found)('finds the phone in %p', (text, value, country) => {
    expect(covers(run(recognisePhones, text, country), 'PHONE', value)).toBe(true);
  });

  const kept: [string, string][] = [
    ['he took 1,500,000 pesos from me', '1,500,000'],
    ['paid $2500000 to the cop', '2500000'],
    ['from 2015-2018 i worked there', '2015-2018'],
    ['it cost 200 kroner', '200'],
  ];
  it.each(kept)('does not take money or years in %p', (text, value) => {
    expect(covers(run(recognisePhones, text), 'PHONE', value)).toBe(false);
  });
});
