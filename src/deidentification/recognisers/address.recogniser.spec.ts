import type { RedactionKind } from '../deidentification.types';
import { recogniseAddresses } from './address.recogniser';
import { covers, run } from './testing';

describe('address recogniser', () => {
  const found: [string, RedactionKind, string][] = [
    ['I live at 12 Baker Street with', 'ADDRESS', '12 Baker Street'],
    ['at 221b baker st', 'ADDRESS', '221b baker st'],
    ['vivo en Calle Mayor 12', 'ADDRESS', 'Calle Mayor 12'],
    ['en la calle de Atocha, 45', 'ADDRESS', 'calle de Atocha, 45'],
    ['Av. Corrientes 1234', 'ADDRESS', 'Av. Corrientes 1234'],
    ['moro na Rua do Arenque 1634', 'ADDRESS', 'Rua do Arenque 1634'],
    ['rue de la Paix 5', 'ADDRESS', 'rue de la Paix 5'],
    ['Storgata 12', 'ADDRESS', 'Storgata 12'],
    ['Karl Johans gate 1', 'ADDRESS', 'Karl Johans gate 1'],
    ['Hauptstraße 5', 'ADDRESS', 'Hauptstraße 5'],
    ['彌敦道123號', 'ADDRESS', '彌敦道123號'],
    ['apt 4B', 'ADDRESS', 'apt 4B'],
    ['piso 3', 'ADDRESS', 'piso 3'],
    ['leilighet 302', 'ADDRESS', 'leilighet 302'],
    ['3º izq', 'ADDRESS', '3o izq'],
    ['SW1A 1AA', 'POSTCODE', 'SW1A 1AA'],
    ['CEP 01310-100', 'POSTCODE', '01310-100'],
    ['0155 Oslo', 'POSTCODE', '0155'],
    ['código postal 28013', 'POSTCODE', '28013'],
    ['Austin, TX 78701', 'POSTCODE', '78701'],
  ];
  it.each(found)('finds in %p a %s', (text, kind, value) => {
    expect(covers(run(recogniseAddresses, text), kind, value)).toBe(true);
  });
  const kept = ['2 police officers came to my street', 'I walked down the street', 'in 2017 Police came', 'we waited 3 hours at the station'];
  it.each(kept)('leaves %p alone', (text) => {
    expect(run(recogniseAddresses, text)).toEqual([]);
  });
});
