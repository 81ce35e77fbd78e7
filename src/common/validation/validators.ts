import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isCountryCode, isSubdivisionOf } from '../geo/geo';
import { hasForbiddenCharacters } from './text';
import { isInFuture, parsePartialDate } from './partial-date';

/**
 * Custom constraints. Each constraint's name is the machine-readable problem
 * code reported in `extensions.fields[].problem`; no message echoes a value.
 */
function define(name: string, validate: (value: unknown, args: ValidationArguments) => boolean, options?: ValidationOptions) {
  return (object: object, propertyName: string): void =>
    registerDecorator({ name, target: object.constructor, propertyName, options, validator: { validate } });
}

export const NoControlCharacters = (options?: ValidationOptions) =>
  define('CONTROL_CHARACTERS', (v) => typeof v !== 'string' || !hasForbiddenCharacters(v), options);

export const IsCountryCode = () => define('COUNTRY_CODE', (v) => typeof v === 'string' && isCountryCode(v));

/** The subdivision must belong to the object's countryCode. */
export const IsSubdivisionOfCountry = () =>
  define('REGION_CODE', (v, args) => {
    if (v === undefined || v === null) return true;
    const country = (args.object as { countryCode?: unknown }).countryCode;
    return typeof v === 'string' && typeof country === 'string' && isSubdivisionOf(v, country);
  });

export const IsPartialDate = () =>
  define('DATE_FORMAT', (v) => v === undefined || v === null || (typeof v === 'string' && parsePartialDate(v) !== null));

export const NotInFuture = () =>
  define('DATE_IN_FUTURE', (v) => {
    if (typeof v !== 'string') return true;
    const parsed = parsePartialDate(v);
    return parsed === null || !isInFuture(parsed);
  });

/** A well-formed BCP 47 tag, as Intl understands it. */
export const IsLanguageTag = () =>
  define('LANGUAGE_TAG', (v) => {
    if (v === undefined || v === null) return true;
    if (typeof v !== 'string' || v.length > 35) return false;
    try {
      return Intl.getCanonicalLocales(v).length === 1;
    } catch {
      return false;
    }
  });

/** At least one letter or digit of any script: spaces, zero-width characters, punctuation or emoji alone are no account. */
export const HasLettersOrDigits = () => define('NO_LETTERS_OR_DIGITS', (v) => typeof v !== 'string' || /[\p{L}\p{N}]/u.test(v));

/** Not only white space (a case reference is trimmed before it is hashed, so every blank one would be the same). */
export const NotBlank = () => define('BLANK', (v) => typeof v !== 'string' || v.trim().length > 0);

/** Length in characters (code points), between min and max. */
export const CharLength = (min: number, max: number) =>
  define(`LENGTH_${min}_${max}`, (v) => {
    if (typeof v !== 'string') return false;
    let n = 0;
    for (const _ of v) {
      if (++n > max) return false;
    }
    return n >= min;
  });

export const UniqueItems = (max: number) =>
  define(`UNIQUE_ITEMS_MAX_${max}`, (v) => v === undefined || v === null || (Array.isArray(v) && v.length <= max && new Set(v).size === v.length));
