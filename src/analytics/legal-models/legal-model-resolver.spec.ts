import { LegalModelResolver } from './legal-model-resolver';

describe('LegalModelResolver', () => {
  const resolver = new LegalModelResolver([
    { countryCode: 'NO', regionCode: '', appliesFrom: '1902-05', legalModel: 'PARTIAL_CRIMINALISATION' },
    { countryCode: 'NO', regionCode: '', appliesFrom: '2009-01', legalModel: 'CLIENT_CRIMINALISATION' },
    { countryCode: 'AR', regionCode: '', appliesFrom: '1936-12', legalModel: 'PARTIAL_CRIMINALISATION' },
    { countryCode: 'AR', regionCode: 'AR-C', appliesFrom: '2004-09', legalModel: 'FULL_CRIMINALISATION' },
  ]);

  it.each([
    ['NO', null, '2008-12', 'PARTIAL_CRIMINALISATION'],
    ['NO', null, '2009-01', 'CLIENT_CRIMINALISATION'],
    ['NO', 'NO-03', '2020-05', 'CLIENT_CRIMINALISATION'],
    ['AR', 'AR-C', '2010-01', 'FULL_CRIMINALISATION'],
    ['AR', 'AR-C', '2000-01', 'PARTIAL_CRIMINALISATION'],
    ['AR', 'AR-B', '2010-01', 'PARTIAL_CRIMINALISATION'],
    ['PG', null, '2010-01', null],
    ['NO', null, '1800-01', null],
  ])('%s %s in %s → %s', (country, region, month, expected) => {
    expect(resolver.resolve(country, region, month)).toBe(expected);
  });
});
