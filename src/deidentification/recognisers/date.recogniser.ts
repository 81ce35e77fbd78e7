import { Candidate, Recogniser, TextView, WB, WE, alt, looksLikeMoney } from './recogniser.types';

/**
 * Exact dates and clock times, in words and digits, in en/es/pt/fr/de/no/tpi/zh. Our own patterns:
 * chrono-node was measured at ~3 ms per 1 KB English narrative (a third of our whole budget) and has
 * no Norwegian or Tok Pisin locale. Relative expressions ("last week", "yesterday") are kept.
 * Weekdays, bare years and month+year are removed too: a weekday plus the submission date gives the
 * exact day, and a year (a birth year, the year of a court case) narrows a person down; the
 * structured date fields, generalised to the month, carry the timeline researchers need.
 */

const MONTHS = [
  // en
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
  // es
  'enero', 'ene', 'febrero', 'marzo', 'abril', 'abr', 'mayo', 'junio', 'julio', 'agosto', 'ago', 'septiembre', 'setiembre', 'set', 'octubre', 'noviembre', 'diciembre', 'dic',
  // pt
  'janeiro', 'fevereiro', 'fev', 'março', 'marco', 'maio', 'mai', 'junho', 'julho', 'setembro', 'outubro', 'out', 'novembro', 'dezembro', 'dez',
  // fr
  'janvier', 'janv', 'février', 'fevrier', 'févr', 'fevr', 'mars', 'avril', 'avr', 'juin', 'juillet', 'juil', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'déc',
  // de
  'januar', 'jänner', 'jaenner', 'februar', 'märz', 'maerz', 'mrz', 'juni', 'juli', 'oktober', 'okt', 'dezember',
  // no
  'desember', 'des', 'januar', 'februar', 'mars', 'mai',
  // tpi
  'janueri', 'februeri', 'mas', 'epril', 'me', 'julai', 'ogas', 'septemba', 'oktoba', 'novemba', 'disemba',
];
/** Month words too ambiguous to stand first ("me 5 kina", "mas 20", "set 3", "out 2", "des 5"). */
const AMBIGUOUS_FIRST = new Set(['me', 'mas', 'set', 'out', 'des', 'mar', 'may', 'dec', 'sep', 'ago', 'mai', 'jun', 'jul', 'ene', 'dez', 'fev', 'abr']);


const M = `(?:${alt(MONTHS)})\\.?`;
const M_FIRST = `(?:${alt(MONTHS.filter((m) => !AMBIGUOUS_FIRST.has(m)))})\\.?`;
const ORD = '(?:st|nd|rd|th|º|ª|o|er|ère|re|e|ème|\\.)?';
const YEAR = "(?:\\d{4}|'\\d{2})";
const DAY_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first|primero|uno|dos|tres|primeiro|premier';

const WEEKDAYS_FULL =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|fonde|fraide|sarere';

/** Chinese: 2016年4月9日, 4月9日, 二〇一六年四月九日, 4月9号 (run only on texts with Han characters). */
const CJK_DATE = /(?:[\d〇零一二三四五六七八九]{2,4}\s?年\s?)?[\d一二三四五六七八九十]{1,3}\s?月\s?[\d一二三四五六七八九十]{1,3}\s?[日号號]/gu;

const PATTERNS: RegExp[] = [
  // weekdays on their own ("on Tuesday morning", "el viernes", "på lørdag")
  new RegExp(`${WB}(?:${WEEKDAYS_FULL})(?:s)?${WE}`, 'gu'),
  // month + year ("June 2017", "abril de 2019", "März 2016")
  new RegExp(`${WB}${M}${WE},?\\s*(?:de\\s+|del\\s+|of\\s+)?(?:19|20)\\d\\d${WE}`, 'gu'),
  // bare years 1900–2039 ("in 1977", "the Act of 2001")
  /(?<![\p{sc=Latin}\p{N}$€£.,:/-])(?:19\d\d|20[0-3]\d)(?![\p{sc=Latin}\p{N}]|[.,:/-]\d|s\b)/gu,
  // 5 June 2017, 5th of June, the 3rd of november, 2 de abril de 2019, 17. mars 2016, le 5 juin, am 5. Juni, 5-jun-2019
  new RegExp(`[0-3]?\\d${ORD}[\\s-]*(?:of\\s+|de\\s+|d'|di\\s+)?${M}${WE}(?:,?[\\s-]*(?:de\\s+|del\\s+|of\\s+)?${YEAR}${WE})?`, 'gu'),
  new RegExp(`${WB}(?:the\\s+)?(?:${DAY_WORDS})\\s+(?:of\\s+|de\\s+)?${M}${WE}(?:,?\\s*${YEAR}${WE})?`, 'gu'),
  // June 5, 2017 / June 5th / abril 2, 2019 / Nov. 3rd
  new RegExp(`${WB}${M_FIRST}${WE}\\s*(?:the\\s+)?[0-3]?\\d(?:st|nd|rd|th)?${WE}(?:,?\\s*${YEAR}${WE})?`, 'gu'),
  // numeric d/m/y, m/d/y, y-m-d with optional time
  /(?<![\p{sc=Latin}\p{N}/.,:-])(?:[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d{2})|\d{4}[./-][01]?\d[./-][0-3]?\d)(?:[ T,]+(?:at\s+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?)?(?![\p{N}]|[./-]\d)/gu,
  // Chinese: 2016年4月9日, 4月9日, 二〇一六年四月九日, 4月9号
  CJK_DATE,
  // d/m with a lead-in word ("on 21/9", "el 5/6", "den 17.3.")
  new RegExp(`(?<=${WB}(?:on|el|em|le|am|den|the|del|dia|día|since|until|till|from|fra|til|desde|hasta|depuis|jusqu'au|seit|bis|long)\\s+)[0-3]?\\d[./][01]?\\d\\.?(?![\\p{N}]|[./]\\d)`, 'gu'),
];

/** 下午3点, 晚上十点半, 凌晨2点15分 (run only on texts with Han characters). */
const CJK_TIME = /(?:凌晨|早上|上午|中午|下午|傍晚|晚上|半夜|夜里|夜裡)?[\d一二三四五六七八九十两]{1,3}\s?[点點时時](?:半|[\d一二三四五六七八九十]{1,3}分)?/gu;

const TIME_PATTERNS: RegExp[] = [
  // 14:30, 9:15 pm, 15h30, 15h, 3.30pm
  /(?<![\p{sc=Latin}\p{N}:.,])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.?m\.?|hrs|hs|h|uhr|timer|horas|heures))?|h[0-5]\d|h(?![\p{sc=Latin}\p{N}])|\.[0-5]\d\s?[ap]\.?m\.?)(?![\p{N}]|:\d)/gu,
  // 3pm, 11 a.m.
  /(?<![\p{sc=Latin}\p{N}:.,])(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m|[ap]\.m)(?![\p{sc=Latin}\p{N}])/gu,
  // 11 de la noche, 3 da manhã, 10 du soir, 9 in the morning, 11 at night, 3 om natta
  new RegExp(`${WB}(?:[01]?\\d|2[0-3])(?:[.:h][0-5]\\d)?\\s+(?:de la (?:noche|mañana|manana|tarde|madrugada)|da (?:manhã|manha|tarde|noite|madrugada)|de (?:la )?madrugada|du (?:matin|soir)|de l'après-midi|in the (?:morning|evening|afternoon|night)|at night|om (?:morgenen|kvelden|natta|natten)|på natta|i natt|uhr (?:morgens|abends|nachts))${WE}`, 'gu'),
  // 3 o'clock, 15 Uhr, kl. 15, klokka 3, klokken 15.30, long 3 klok
  new RegExp(`${WB}(?:[01]?\\d|2[0-3])(?:[.:][0-5]\\d)?\\s?(?:o'clock|oclock|uhr|klok)${WE}`, 'gu'),
  new RegExp(`${WB}(?:kl\\.?|klokka|klokken|um|vers|à|às|as|a las|a la|at|around|about|hacia|cerca de|por volta das|ca\\.?)\\s+(?:[01]?\\d|2[0-3])(?:[.:h][0-5]\\d)?(?![\\p{sc=Latin}\\p{N}]|[.,]\\d)`, 'gu'),
  // 下午3点, 晚上十点半, 凌晨2点15分
  CJK_TIME,
];

function validNumericDate(s: string): boolean {
  const parts = s.split(/[^\d]+/).filter(Boolean).map(Number);
  if (parts.length < 3) return true;
  const [a, b, c] = parts as [number, number, number];
  if (String(parts[0]).length === 4 || s.trimStart().match(/^\d{4}/)) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  // d/m or m/d
  return ((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31)) && c >= 0;
}

export const recogniseDates: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  for (const re of PATTERNS) {
    if (re === CJK_DATE && !view.hasHan) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.lower)) !== null) {
      let s = m[0];
      s = s.replace(/[\s,-]+$/, '');
      if (/^\d/.test(s) && m.index > 0 && /[\p{sc=Latin}\p{N}_]/u.test(view.lower[m.index - 1] ?? '')) continue;
      let start = m.index;
      if (/^\d/.test(s) && view.lower.slice(Math.max(0, start - 4), start) === 'the ') start -= 4;
      if (!/\d|[一二三四五六七八九十]/.test(s) && !new RegExp(DAY_WORDS, 'i').test(s) && !new RegExp(`^(?:${WEEKDAYS_FULL})s?$`, 'i').test(s)) continue;
      if (/^(?:19|20)\d\d$/.test(s)) {
        // a bare year: not an amount ("paid 2000", "2000 pesos") nor a count ("2000 people")
        if (looksLikeMoney(view.lower, m.index, m.index + s.length)) continue;
        const after = view.lower.slice(m.index + s.length, m.index + s.length + 14);
        if (/^\s*(?:people|persons|men|women|times|km|kms|m|metres|meters|kg|personas|pessoas|personnes|leute|folk|mennesker|units|calls|messages|views|followers|seguidores)\b/.test(after)) continue;
        const before = view.lower.slice(Math.max(0, m.index - 14), m.index);
        if (/(?:paid|pay|gave|give|took|take|cost|costs|charged|fine of|multa de|pagué|pague|paguei|pagou|dei|di|betalte|bezahlt|payé|kostet|costó|custou|bribe of|coima de|propina de)\s+$/.test(before)) continue;
      }
      if (/^[\d./-]+$/.test(s.split(/[ T]/)[0] ?? '') && !validNumericDate(s.split(/[ T]/)[0] ?? '')) continue;
      // "3 may" inside "I have 3 may..." is improbable; "2 me" (Tok Pisin) needs a year or a lead-in.
      if (/^\d{1,2}\s+me$/i.test(s)) continue;
      out.push({ start, end: m.index + s.length, kind: 'DATE', priority: 60 });
    }
  }
  for (const re of TIME_PATTERNS) {
    if (re === CJK_TIME && !view.hasHan) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.lower)) !== null) {
      const s = m[0];
      // "at 5" alone is ambiguous: keep the number unless a time word follows or precedes.
      const numPart = /(?:[01]?\d|2[0-3])(?:[.:h][0-5]\d)?$/.exec(s);
      let start = m.index;
      if (/^(?:kl|klokka|klokken|um|vers|à|às|as|a las|a la|at|around|about|hacia|cerca de|por volta das|ca)/i.test(s) && numPart) {
        if (/^(?:at|around|about|a las|a la|as|às|à|um|vers|hacia|cerca de|por volta das|ca)/i.test(s)) {
          // Only with a clock-looking value (has minutes) or followed by a day-part word.
          const after = view.lower.slice(m.index + s.length, m.index + s.length + 14);
          if (!/[.:h]\d\d$/.test(s) && !/^\s*(?:in the|de la|da|der|om|am|pm|at night|tonight|horas|hrs|heures|h\b|uhr)/.test(after)) continue;
        }
        start = m.index + s.length - numPart[0].length;
      }
      if (looksLikeMoney(view.lower, start, m.index + s.length)) continue;
      out.push({ start, end: m.index + s.length, kind: 'TIME', priority: 58 });
    }
  }
  return out;
};
