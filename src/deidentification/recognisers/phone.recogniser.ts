import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { Candidate, Recogniser, TextView, looksLikeMoney } from './recogniser.types';

/**
 * Phone numbers. A permissive pattern finds digit runs written like phone numbers (spaces, dots,
 * dashes, brackets, +, 00, extensions); libphonenumber-js then checks them against the report's
 * country, its neighbours and a few common origins of migrant workers. Whatever looks like a phone
 * number but validates nowhere is still removed (recall first) as a PHONE when it has 7+ digits.
 */

/** Likely neighbours and common origins for each country (migration corridors in the reports). */
const NEIGHBOURS: Record<string, CountryCode[]> = {
  NO: ['SE', 'DK', 'FI', 'GB', 'RO', 'BG', 'NG', 'TH', 'ES', 'BR'],
  AR: ['UY', 'CL', 'PY', 'BO', 'BR', 'PE', 'VE', 'CO', 'ES', 'DO'],
  BR: ['AR', 'UY', 'PY', 'BO', 'PE', 'CO', 'VE', 'PT', 'ES'],
  ES: ['PT', 'FR', 'MA', 'RO', 'CO', 'VE', 'PY', 'BR', 'DO', 'NG', 'AR', 'EC'],
  PT: ['ES', 'BR', 'FR', 'AO', 'CV'],
  FR: ['BE', 'CH', 'ES', 'DE', 'IT', 'CN', 'NG', 'CM', 'RO', 'BR', 'DZ', 'MA'],
  DE: ['AT', 'CH', 'PL', 'CZ', 'NL', 'FR', 'RO', 'BG', 'HU', 'TH', 'UA'],
  GB: ['IE', 'RO', 'BG', 'PL', 'US', 'NG', 'TH', 'BR'],
  US: ['CA', 'MX', 'DO', 'PR', 'CN', 'GB'],
  MX: ['US', 'GT', 'HN', 'SV', 'CO', 'VE'],
  CN: ['HK', 'MO', 'TW', 'VN'],
  HK: ['CN', 'MO', 'TW', 'PH', 'ID', 'TH'],
  PG: ['AU', 'SB', 'ID', 'FJ', 'PH'],
  CO: ['VE', 'EC', 'PE', 'PA', 'ES', 'US'],
  IN: ['NP', 'BD', 'PK', 'LK'],
  KE: ['UG', 'TZ', 'RW', 'ET'],
};
const DEFAULTS: CountryCode[] = ['US', 'GB', 'ES', 'BR', 'AR', 'MX', 'FR', 'DE', 'NO', 'CN', 'HK', 'PG'];

export function regionsFor(country: string | null): CountryCode[] {
  const list: CountryCode[] = [];
  const add = (c: string): void => {
    if (!list.includes(c as CountryCode)) list.push(c as CountryCode);
  };
  if (country) {
    add(country);
    for (const n of NEIGHBOURS[country] ?? []) add(n);
    return list;
  }
  for (const d of DEFAULTS) add(d);
  return list;
}

/**
 * A digit run as people type phone numbers: optional + / 00 / (0), groups separated by single
 * spaces, dots, dashes, slashes or brackets, optional extension.
 */
const PHONE_RE =
  /(?<![\p{Script=Latin}\p{N}_+/.-])(?:\+\s?|\(\+?\s?)?\d(?:[\d]|[ .\-/]\(?\d|\(\d{1,5}\)\s?|\)\s?\d|\s?-\s?\d| ?\(0\) ?\d)*(?:\s?(?:x|ext\.?|extension|ramal|poste|durchwahl|linje)\s?\d{1,6})?(?![\p{Script=Latin}\p{N}_]|[.,-]\d)/gu;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export const recognisePhones: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  const regions = regionsFor(view.country);
  PHONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_RE.exec(view.lower)) !== null) {
    let raw = m[0];
    let start = m.index;
    // Trim an unmatched leading bracket or trailing separator.
    while (raw.length && /[\s.\-/]/.test(raw[raw.length - 1] ?? '')) raw = raw.slice(0, -1);
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start++;
    }
    const main = raw.replace(/\s?(?:x|ext\.?|extension|ramal|poste|durchwahl|linje)\s?\d{1,6}$/i, '');
    const digits = digitsOf(main);
    if (digits.length < 7 || digits.length > 15) continue;
    const end = start + raw.length;
    if (looksLikeMoney(view.lower, start, end)) continue;
    // Year ranges "2015-2018" and plain years lists are not phone numbers.
    if (/^(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d$/.test(main)) continue;
    // Thousands-grouped amounts "1.500.000" / "1,500,000" without separators other than groups of 3.
    if (/^\d{1,3}(?:[.,]\d{3}){2,}$/.test(main) && !/^\d{2,3}\.\d{3}\.\d{3}$/.test(main)) continue;
    const separated = /[\s().\-/]/.test(main);
    const international = /^(?:\+|00)/.test(main.replace(/^\(/, ''));
    // Written like a phone number (groups, brackets): removed as PHONE without asking libphonenumber,
    // which costs ~0.05 ms per region tried. Unseparated runs are checked: a run that is a possible
    // number somewhere is a PHONE, otherwise it is left to the identity-number recogniser.
    if (separated && !international) {
      out.push({ start, end, kind: 'PHONE', priority: 50 });
      continue;
    }
    let valid = false;
    if (!international && digits.length > 12) {
      out.push({ start, end, kind: 'PHONE', priority: 22 });
      continue;
    }
    if (international) {
      const intl = main.replace(/^\(?00/, '+').replace(/^\(\+/, '+');
      const p = parsePhoneNumberFromString(intl);
      valid = !!p && p.isPossible();
    } else {
      // At most three regions (report country and nearest neighbours, or the three most common):
      // each parse costs ~0.05 ms, and an unvalidated run is removed all the same (priority 22).
      for (const r of regions.slice(0, 3)) {
        const p = parsePhoneNumberFromString(main, r);
        if (p && p.isPossible()) {
          valid = true;
          break;
        }
      }
    }
    // Unvalidated runs are still removed (recall first); other recognisers with higher priority
    // (dates, card numbers, IDs) win where they overlap.
    out.push({ start, end, kind: 'PHONE', priority: valid || separated ? 50 : 22 });
  }
  return out;
};
