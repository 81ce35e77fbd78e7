import { Candidate, Recogniser, TextView, WB, WE } from './recogniser.types';

/**
 * Ages. Only the number is replaced, by an age band ([AGE_25_29]); under 18 stays recognisable as a
 * minor ([AGE_UNDER_18]) because categorisation flags children. Durations ("for 3 years", "hace 3
 * años", "i 3 år") are not ages and are kept.
 */

const N = '(\\d{1,3})';
/** zh: 我24岁, 24岁, 二十四岁 (run only on texts with Han characters). */
const CJK_AGE = /([\d一二三四五六七八九十两]{1,4})\s?(?:岁|歲|周岁|週歲)/gu;

const APPOSITION = new RegExp(`(?:woman|man|girl|boy|trans|worker|mother|mum|mujer|chica|chico|trabajadora|mulher|menina|femme|fille|travailleuse|frau|mädchen|kvinne|jente|meri|romania|nigeria|bulgaria|brasil|brazil|colombia|venezuela|[\\p{Ll}]{3,})\\s*,\\s*${N}(?:\\s*(?:år|ans|años|anos|jahre|years?(?: old)?|yo))?(?=\\s*[,.;)]|\\s+(?:og|and|y|e|et|und)\\b)`, 'gu');

/** Patterns whose group 1 is the age. */
const PATTERNS: RegExp[] = [
  // en
  new RegExp(`${WB}(?:i'm|i am|im|i was|i\\s+turned|she's|he's|she is|he is|she was|he was|they're|aged?|turned|turn|turning|at the age of|at age|age of)\\s+${N}${WE}(?!\\s*(?:%|am|pm|a\\.m|p\\.m|o'clock|:|\\.\\d|dollars|usd|euros|kina|pounds|times|minutes|mins|hours|days|weeks|months|people|men|women|of them|officers|police|cops|clients))`, 'gu'),
  new RegExp(`${WB}${N}\\s*(?:-|\\s)?\\s*(?:years?|yrs?|yo|y\\.o\\.?|y/o)(?:\\s*-\\s*|\\s+)?(?:old|of age)?${WE}(?=\\s*(?:old|girl|boy|woman|man|kid|child|daughter|son|sister|brother|trans|worker|sex|,|\\.|and|when|at|$|-))`, 'gu'),
  new RegExp(`${WB}${N}[-\\s](?:year|yr)[-\\s]old${WE}`, 'gu'),
  // es / pt: tengo 27 años, tenía 16, cumplí 18, de 27 años, tenho 27 anos, fiz 18
  new RegExp(`${WB}(?:tengo|tenía|tenia|tiene|tenemos|cumplí|cumpli|cumplió|cumplo|tenho|tinha|tem|fiz|faço|completei|ai|avais|avait|a|j'ai|elle a|il a|jeg er|hun er|han er|jeg var|hun var|ich bin|ich war|sie ist|er ist|sie war|er war|mit|con|com|à|at)\\s+${N}\\s*(?:años|anos|ans|år|jahren?|jahre)${WE}`, 'gu'),
  new RegExp(`${WB}(?:tengo|tenía|tenia|cumplí|cumpli|tenho|tinha|fiz|completei)\\s+${N}${WE}`, 'gu'),
  new RegExp(`${WB}(?:de|con|com|una|un|uma|um|chica|chico|mujer|hombre|menina|menino|mulher|homem|niña|niño|garota|garoto|jovem|joven|hija|hijo|filha|filho|âgée de|âgé de|agée de|âge de|fille de|femme de)\\s+${N}\\s*(?:años|anos|ans)${WE}`, 'gu'),
  new RegExp(`${WB}${N}\\s*(?:años|anos|ans)\\s*(?:de edad|de idade|d'âge)${WE}`, 'gu'),
  new RegExp(`${WB}(?:j'ai|il a|elle a|j'avais|il avait|elle avait)\\s+${N}\\s*ans${WE}`, 'gu'),
  // no / de
  new RegExp(`${WB}(?:jeg er|jeg var|hun er|han er|hun var|han var|er|var|ble|fylte|fyller|ich bin|ich war|ist|war|wurde)\\s+${N}\\s*(?:år|jahre)(?:\\s*(?:gammel|gamle|alt))?${WE}`, 'gu'),
  new RegExp(`${WB}${N}\\s*(?:år gammel|år gamle|jahre alt|jährige[rn]?|jährig|-jährige[rn]?|-åring|åring|-åringen|åringen)${WE}`, 'gu'),
  new RegExp(`${WB}${N}-(?:jährige[rn]?|åring(?:en)?|year-old|years-old|ans|anos|años)${WE}`, 'gu'),
  // tpi: mi gat 24 krismas, 24 krismas, mi 24 yia
  new RegExp(`${N}\\s*(?:krismas|yia)(?:\\s+(?:olsem|tasol))?${WE}`, 'gu'),
  // zh: 我24岁, 24岁, 二十四岁, 今年24
  CJK_AGE,
  // copula + (only) + number at the end of a clause: "she's only 17)", "und war 19.", "hun er bare 17.", "ich bin 24"
  new RegExp(`${WB}(?:i'm|im|i am|i was|she's|shes|he's|hes|she is|he is|she was|he was|they're|we're|ich bin|ich war|war|sie ist|er ist|sie war|er war|jeg er|jeg var|hun er|han er|hun var|han var|je suis|elle est|il est|j'avais|yo tenía|tenía|tenia|eu tinha|tinha|em i|mi)\\s+(?:only|just|barely|nearly|almost|about|bare|kun|nur|erst|gerade|solo|apenas|só|so|seulement|juste|tasol)?\\s*${N}(?=\\s*(?:[.,!;:)\\]]|$|\\s(?:and|og|und|y|e|et|but|men|aber|pero|mas|mais|when|da|als|cuando|quando|quand|na|tasol|krismas|yia)\\b))`, 'gu'),
  // apposition after a person word: "a trans woman, 26,", "fra Romania, 22 år", "ma collègue Mei, 19 ans"
  APPOSITION,
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  // 二十四 → 24, 十七 → 17, 十 → 10
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[ch] ?? 0;
  }
  return total + current;
}

export function ageBand(age: number): string {
  if (age < 18) return 'AGE_UNDER_18';
  if (age >= 90) return 'AGE_90_PLUS';
  if (age < 20) return 'AGE_18_19';
  const lo = Math.floor(age / 5) * 5;
  return `AGE_${lo}_${lo + 4}`;
}

const DURATION_BEFORE = /(?<![\p{sc=Latin}])(?:for|since|ago|hace|há|ha|faz|depuis|pendant|seit|vor|i|på|in|en|em|after|después de|depois de|après|nach|etter|durante|during|over|within|dentro de|last|past|últimos|ultimos|derniers|letzten|siste)\s+$/iu;
const DURATION_AFTER = /^\s*(?:ago|atrás|atras|de cárcel|de prisión|de prisão|de cadeia|in prison|in jail|sentence|de condena|siden|her|hier|aquí|aqui|ici|here|working|trabajando|trabalhando|in (?:the|this)|en (?:el|la|este|esta)|no (?:brasil|país)|en españa|i norge|in deutschland|en france|depuis|später|senere|later|después|depois|plus tard)/i;

export const recogniseAges: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  const apposition = /,\s*\d{1,2}/.test(view.lower);
  for (const re of PATTERNS) {
    if (re === APPOSITION && !apposition) continue;
    if (re === CJK_AGE && !view.hasHan) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.lower)) !== null) {
      const num = m[1];
      if (!num) continue;
      const age = parseNumber(num);
      if (!(age >= 1 && age <= 110)) continue;
      if (m.index > 0 && /[\p{sc=Latin}\p{N}]/u.test(view.lower[m.index - 1] ?? '') && /^\d/.test(m[0])) continue;
      const start = m.index + m[0].indexOf(num, m[0].search(/[\d一二三四五六七八九十两]/u));
      const end = start + num.length;
      const before = view.lower.slice(Math.max(0, m.index - 20), m.index + (start - m.index));
      const after = view.lower.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const explicit = /old|gammel|gamle|alt|jährig|åring|krismas|yia|岁|歲|de edad|de idade|d'âge|y\/?o/i.test(m[0]);
      if (!explicit && DURATION_BEFORE.test(view.lower.slice(Math.max(0, start - 16), start))) continue;
      if (!explicit && DURATION_AFTER.test(after)) continue;
      if (/(?:\$|€|£|usd|eur|kr|k)\s*$/.test(before)) continue;
      out.push({ start, end, kind: 'AGE', priority: 57, label: ageBand(age) });
    }
  }
  return out;
};
