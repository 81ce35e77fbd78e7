import countries from 'i18n-iso-countries';
import subdivisions from './iso-3166-2.json';

const SUBDIVISIONS = subdivisions as Record<string, string[]>;

/** ISO 3166-1 alpha-2, upper case (i18n-iso-countries' list). */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

/** A full ISO 3166-2 code ("AR-C") that belongs to the given country. */
export function isSubdivisionOf(code: string, country: string): boolean {
  return code.startsWith(`${country}-`) && (SUBDIVISIONS[country]?.includes(code) ?? false);
}
