import { Candidate, Recogniser, TextView, WB, WE, collect, looksLikeMoney } from './recogniser.types';
import { aadhaarValid, cpfValid, fodselsnummerValid, hkidValid, ibanValid, luhn, spanishIdValid, ssnPlausible } from './checksums';

/**
 * Identity, bank, card and network numbers by form. National formats with checksums are tried first
 * (they also decide the kind); anything else that still looks like an identifier — a long digit run,
 * or a token mixing letters and digits — is removed as a generic ID_NUMBER at low priority.
 */

const IBAN_RE = /(?<![\p{sc=Latin}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,30}(?![\p{sc=Latin}\p{N}])/gu;
const CARD_RE = /(?<![\p{N}.,])\d(?:[ -]?\d){12,18}(?![\p{N}]|[.,]\d)/gu;
const SSN_RE = /(?<![\p{N}-])\d{3}[- ]\d{2}[- ]\d{4}(?![\p{N}]|-\d)/gu;
const CPF_RE = /(?<![\p{N}.])\d{3}\.?\d{3}\.?\d{3}[-.]?\d{2}(?![\p{N}])/gu;
const AR_DNI_RE = /(?<![\p{N}.,])\d{1,2}\.\d{3}\.\d{3}(?![\p{N}]|[.,]\d)/gu;
const ES_ID_RE = /(?<![\p{sc=Latin}\p{N}])[XYZxyz]?[ -]?\d{7,8}[ -]?[A-Za-z](?![\p{sc=Latin}\p{N}])/gu;
const HKID_RE = /(?<![\p{sc=Latin}\p{N}])[A-Z]{1,2}\d{6}\s?(?:\(\s?[0-9A]\s?\)|[0-9A])(?![\p{sc=Latin}\p{N}])/gu;
const AADHAAR_RE = /(?<![\p{N}])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\p{N}])/gu;
const FNR_RE = /(?<![\p{N}])\d{6}[ ]?\d{5}(?![\p{N}])/gu;
const IPV4_RE = /(?<![\p{N}.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?::\d{1,5})?(?![\p{N}]|\.\d)/gu;
const IPV6_RE = /(?<![\p{sc=Latin}\p{N}:])(?:[0-9a-f]{1,4}|:)(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?(?![\p{sc=Latin}\p{N}:])/gu;
/** A token of letters and digits (with inner - / .), e.g. AB1234567, X-4455-K, 4B7QZ9. */
const MIXED_RE = /(?<![\p{sc=Latin}\p{N}_@.])[\p{sc=Latin}\p{N}]*\d[\p{sc=Latin}\p{N}]*(?:[-/.][\p{sc=Latin}\p{N}]+)*(?![\p{sc=Latin}\p{N}_@]|\.\p{sc=Latin})|(?<![\p{sc=Latin}\p{N}_@.])[\p{sc=Latin}]+(?:[-/.][\p{sc=Latin}]+)*[-/.][\p{sc=Latin}\p{N}]*\d[\p{sc=Latin}\p{N}]*(?:[-/.][\p{sc=Latin}\p{N}]+)*(?![\p{sc=Latin}\p{N}_@]|\.\p{sc=Latin})/gu;
/** A run of 6 or more digits, possibly with single inner separators. */
const DIGITS_RE = /(?<![\p{Script=Latin}\p{N}_.,/-])\d(?:[ .\-/]?\d){5,}(?![\p{Script=Latin}\p{N}_]|[.,/-]\d)/gu;

/** Letter+digit tokens that are ordinary: ordinals, units, times, models, common short codes. */
const ORDINARY_MIXED =
  /^(?:\d{1,4}(?:st|nd|rd|th|º|ª|o|a|er|ère|e|ème|eme|do|da|ro|ra|to|ta|mo|vo|no|°)|\d+(?:am|pm|h|hs|hrs|hr|min|mins|s|sec|secs|k|m|km|kms|kg|kgs|g|mg|ml|l|cm|mm|yo|y|yrs|x|gb|mb|tb|mp|mph|kmh|ft|in|lbs|lb|oz|p|px|gh|ghz|hz|w|v|kw|%|år|ans|anos|años|jahre|yia|e|er|te|de|ste|ne|nde)|(?:covid|mp|iphone|windows|win|ps|xbox|gen|rtx|gtx|tb|hpv|hiv|h1n1|vih|ww|b2b|u18|u21|4g|5g|3g|2g|3d|2d|4k|8k|mp3|mp4|k9|cr7|g7|g20|24h|24\/7)\d{0,2}|[a-z]\d{1,2}|\d+(?:x\d+)+|[a-z]\d|\d[a-z]|\d{1,2}[a-z]{1,2}\d{1,2}|mp\d|v\d+(?:\.\d+)*|covid-?19|sars-?cov-?2|h\d+n\d+|g-?\d+|\d{1,2}(?:-|\/)\d{1,2}(?:am|pm)?)$/i;

export const recogniseIdNumbers: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  const f = view.fold;
  collect(IBAN_RE, f, 'BANK_ACCOUNT', 80, out, (m) => ibanValid(m[0].replace(/[ -]/g, '').toUpperCase()) || /^[A-Z]{2}\d{2}/.test(m[0]) && m[0].replace(/\D/g, '').length >= 12);
  collect(CARD_RE, f, 'CARD', 78, out, (m) => {
    const d = m[0].replace(/\D/g, '');
    if (luhn(d)) return true;
    // 16 digits in four groups of four is a card by form even with a typo in it.
    return /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/.test(m[0]);
  });
  collect(SSN_RE, f, 'ID_NUMBER', 76, out, (m) => ssnPlausible(m[0].replace(/\D/g, '')) && !looksLikeMoney(view.lower, m.index, m.index + m[0].length));
  collect(CPF_RE, f, 'ID_NUMBER', 76, out, (m) => cpfValid(m[0].replace(/\D/g, '')) || /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(m[0]));
  collect(AR_DNI_RE, f, 'ID_NUMBER', 74, out, (m) => !looksLikeMoney(view.lower, m.index, m.index + m[0].length));
  collect(ES_ID_RE, f, 'ID_NUMBER', 76, out, (m) => {
    const id = m[0].replace(/[ -]/g, '').toUpperCase();
    return spanishIdValid(id) || /^[XYZ]\d{7}[A-Z]$/.test(id) || /^\d{8}[A-Z]$/.test(id);
  });
  collect(HKID_RE, f, 'ID_NUMBER', 76, out, (m) => hkidValid(m[0].replace(/[\s()]/g, '')) || /\(\s?[0-9A]\s?\)$/.test(m[0]));
  collect(AADHAAR_RE, f, 'ID_NUMBER', 75, out, (m) => aadhaarValid(m[0].replace(/\D/g, '')));
  collect(FNR_RE, f, 'ID_NUMBER', 75, out, (m) => fodselsnummerValid(m[0].replace(/\D/g, '')));
  collect(IPV4_RE, f, 'IP_ADDRESS', 80, out, (m) => {
    // "1.2.3.4" style version numbers are rare in reports; accept all dotted quads except dates-like 1.1.2019 (not 4 parts anyway).
    return !/^\d\.\d\.\d\.\d$/.test(m[0]) || /:/.test(m[0]);
  });
  if (/::|[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:/.test(view.lower)) collect(IPV6_RE, view.lower, 'IP_ADDRESS', 80, out, (m) => {
    const s = m[0].replace(/%\w+$/, '');
    const doubles = s.split('::').length - 1;
    if (doubles > 1) return false;
    const groups = s.split(':').filter(Boolean).length;
    if (doubles === 0 && groups !== 8) return false; // times like 10:30:45 have 3 groups
    if (doubles === 1 && groups > 7) return false;
    return /[a-f]/i.test(s) || doubles === 1 || /[0-9a-f]{3,4}/i.test(s);
  });
  if (/\p{N}[\p{sc=Latin}]|[\p{sc=Latin}]\p{N}|\p{N}[-/.][\p{sc=Latin}]|[\p{sc=Latin}][-/.]\p{N}/u.test(f)) collect(MIXED_RE, f, 'ID_NUMBER', 20, out, (m) => {
    const s = m[0];
    if (!/\p{sc=Latin}/u.test(s)) return false;
    if (ORDINARY_MIXED.test(s)) return false;
    const digits = s.replace(/\D/g, '').length;
    const letters = s.replace(/[^\p{L}]/gu, '').length;
    if (digits < 2 && s.length < 6) return false;
    // Money written with a currency code ("500usd", "R$200") or a unit is not an identifier.
    if (/^\d+(?:[.,]\d+)?(?:usd|eur|nok|kr|gbp|ars|brl|mxn|k|mil|pgk|hkd|rmb|yuan|euros?|pesos?|reais|dollars?|kina)$/i.test(s)) return false;
    if (/^(?:usd|eur|nok|kr|gbp|ars|brl|mxn|pgk|hkd|rmb|k|r|us|u\$s)\d+(?:[.,]\d+)*$/i.test(s)) return false;
    return digits + letters >= 4;
  });
  collect(DIGITS_RE, f, 'ID_NUMBER', 20, out, (m) => {
    const s = m[0];
    if (looksLikeMoney(view.lower, m.index, m.index + s.length)) return false;
    if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) return false; // grouped thousands: amounts
    return s.replace(/\D/g, '').length >= 6;
  });
  return out;
};

/** Exported for the keyword recogniser: a value that looks like an identifier after a keyword. */
export const ID_VALUE = `(?:[A-Z\\p{Lu}]{1,4}[ -]?)?[#№]?\\d[\\p{L}\\p{N}]*(?:[ \\-/.](?:\\d[\\p{L}\\p{N}]*|[A-Z]{1,3}\\d*(?![\\p{Ll}])))*`;
export { WB, WE };
