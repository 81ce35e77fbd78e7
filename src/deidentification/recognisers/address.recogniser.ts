import { STOPWORDS, VIOLATION_WORDS } from '../lexicon/words';
import { Candidate, Recogniser, TextView, WB, WE, alt, ci, looksLikeMoney } from './recogniser.types';

const PARTICLES = new Set(['de', 'del', 'la', 'los', 'las', 'da', 'do', 'dos', 'das', 'des', 'du', 'della', 'di', 'le', 'les', 'el', 'van', 'von', 'der', 'den', 'st', 'saint', 'santa', 'san', 'são']);

/**
 * Street addresses, flats and postcodes in the formats of each language:
 *  - number first (en): "12 Baker Street", "1668 Glyn St", "221b baker st"
 *  - street word first (es/pt/fr/de/it): "Calle Mayor 12", "Rua do Arenque 1634", "rue de la Paix 5", "Av. Corrientes 1234"
 *  - suffix streets (no/de/sv/da/fi/nl): "Storgata 12", "Hauptstraße 5", "Karl Johans gate 1", "Puruntie 82"
 *  - Chinese: 彌敦道123號, 人民路45号3楼
 *  - flats, floors, boxes: "apt 4B", "flat 3", "piso 2", "3º izq", "leilighet 302", "Suite 501", "PO Box 12"
 *  - postcodes by country format; bare 4–5 digit numbers only with a keyword or a town after them.
 */

const STREET_TYPES_EN =
  'street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|tce|way|close|crescent|cres|square|sq|highway|hwy|parkway|pkwy|row|hill|gardens|gdns|mews|walk|grove|park|circle|cir|trail|alley|path|rise|parade|esplanade|quay|wharf|estate|heights|view|green';
const STREET_FIRST =
  'calle|c/|avenida|avda|av|avd|paseo|pasaje|psje|camino|carrera|cra|cr|kra|diagonal|transversal|calzada|jirón|jiron|jr|carretera|ctra|ronda|travesía|travesia|plaza|pza|rambla|callejón|callejon|barrio|colonia|col|urbanización|urbanizacion|urb|manzana|mz|lote|' +
  'rua|r|travessa|tv|estrada|praça|praca|largo|alameda|rodovia|beco|viela|ladeira|quadra|qd|setor|conjunto|condomínio|condominio|vila|favela|comunidade|morro|' +
  'rue|boulevard|bd|bvd|avenue|allée|allee|chemin|impasse|place|quai|cours|route|cité|cite|résidence|residence|square|passage|' +
  'via|viale|piazza|corso|vicolo|' +
  'straße|strasse|str|gasse|platz|weg|allee';
const SUFFIX_STREET =
  'gata|gate|gaten|gatan|veien|vegen|vei|veg|vägen|väg|allé|alle|plass|plassen|bakken|stien|torget|kaia|brygga|straße|strasse|str|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|chaussee|markt|katu|tie|kuja|polku|vej|vænget|gade|stræde|straat|laan|gracht|plein|utca';

const NUM = '\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{sc=Latin}]))?(?:\\s?[-/]\\s?\\d{1,5}[a-zA-Z]?)?';
const NAMEW = "[\\p{L}][\\p{L}'’.-]*";

const PARTICLE = "(?:de|del|de la|de los|de las|da|do|dos|das|des|du|de l'|della|di|la|le|les|el|los|las|van|von|der|den)";
const CAPNAME = "[\\p{Lu}][\\p{L}'’.-]*";
/**
 * A capitalised word of at most 41 letters, for a pattern that starts with such words: there the
 * unbounded form scans to the end of the token from every capital letter, which over one long
 * hyphenated token ("Ab-Ab-Ab-…", 20,000 characters) was quadratic (165 ms). Whitespace must follow
 * it, so a longer word is not matched in part; no street name has a word that long.
 */
const LEADING_CAPNAME = "[\\p{Lu}][\\p{L}'’.-]{0,40}";
const HOUSE_NO = `(?:,?\\s*(?:n[º°o.]\\s*|número\\s+|numero\\s+|nr\\.?\\s*|#\\s*|s/n)?${NUM})`;

const HAN_ADDRESS = /[\u4e00-\u9fff]{1,8}(?:路|街|道|巷|弄|里|大道)(?:[\d一二三四五六七八九十]+段)?(?:[\d一二三四五六七八九十]+[巷弄])?(?:[\d一二三四五六七八九十]+[号號])?(?:[\d一二三四五六七八九十]+(?:楼|樓|室|座|單位|单元|層|层))*/gu;

/** Patterns; the flag says whether words inside must pass the "not an ordinary clause" filter. */
const PATTERNS: { re: RegExp; filter: boolean; lower?: boolean; extendCaps?: boolean; suffix?: boolean; needCaps?: boolean }[] = [
  // 12 Baker Street / 221b baker st / 1987 74 Diakou Street
  { re: new RegExp(`${WB}${NUM}(?:,)?\\s+(?:${NAMEW}\\s+){1,3}(?:${STREET_TYPES_EN})${WE}\\.?`, 'gu'), lower: true, filter: true },
  // Oxford St, Main Street, Holloway Road (no number; capitalised name and street word)
  { re: new RegExp(`${WB}(?:${LEADING_CAPNAME}\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Terrace|Crescent|Highway|Hwy|Parkway)${WE}\\.?`, 'gu'), filter: true },
  // Calle Mayor 12 / Rua do Arenque, 1634 / rue de la Paix 5 / Av. Corrientes 1234 / C/ Pez nº 3
  { re: new RegExp(`${WB}(?:${alt(STREET_FIRST.split('|'))})\\.?\\s+(?:${PARTICLE}\\s+)?${NAMEW}(?:\\s+${NAMEW}){0,3}\\s*(?:${HOUSE_NO}|(?=,|\\s+(?:esquina|esq|y|e|entre|con|com|corner|near|cerca|perto|près)\\s))`, 'gu'), lower: true, filter: true },
  // calle Montera, Praça da Sé, Av. Abancay: street word + capitalised name, no number
  { re: new RegExp(`${WB}(?:${ci(STREET_FIRST.split('|').filter((w) => w.length > 2 && !['via', 'place', 'square', 'route', 'passage', 'corso', 'lote', 'cours', 'quai', 'cité', 'cite', 'residence', 'résidence', 'conjunto', 'setor', 'comunidade', 'manzana', 'barrio', 'colonia'].includes(w)))})\\.?\\s+(?:${PARTICLE}\\s+){0,2}${CAPNAME}(?:\\s+(?:${PARTICLE}\\s+)?${CAPNAME}){0,3}`, 'gu'), filter: false },
  // Av. Córdoba y Pueyrredón, C/ Pez (abbreviations with a dot or slash), with an optional cross street
  { re: new RegExp(`${WB}(?:[Aa]v\\.|[Aa]vda\\.|[Cc]/|[Rr]\\.|[Tt]v\\.|[Bb]d\\.|[Ss]tr\\.)\\s*(?:${PARTICLE}\\s+){0,2}${CAPNAME}(?:\\s+${CAPNAME}){0,3}(?:\\s+(?:y|e|esq\\.?|esquina|con|com|and|&|et|og|und)\\s+${CAPNAME}(?:\\s+${CAPNAME}){0,2})?`, 'gu'), filter: false },
  // "en Perú 1150", "at Kingsway 12": a capitalised name and a house number after a locative
  // (the capital comes before the look-behind, which then runs only at capitals)
  { re: new RegExp(`[\\p{Lu}](?<=${WB}(?:en|em|in|at|på|i|auf|à|na|no|hotel en|vive en|vivo en|mora na|moro na|bor i|wohnt in|lives at|live at)\\s[\\p{Lu}])[\\p{L}'’.-]*(?:\\s+${CAPNAME})?\\s+\\d{2,5}[a-zA-Z]?(?![\\p{N}]|[.,]\\d)`, 'gu'), filter: true },
  // 28030 Edeby 55, 233 Erzsébet tér 19, 255 hersnapvej 18: a number, a name, a number
  { re: new RegExp(`${WB}\\d{1,5}\\s+(?:${NAMEW}\\s+){1,3}\\d{1,5}[a-zA-Z]?${WE}\\.?`, 'gu'), filter: true },
  // Carrera 7 # 45-10, Calle 23 nº 4-56, Rua 5 nº 30
  { re: new RegExp(`${WB}(?:${alt(STREET_FIRST.split('|'))})\\.?\\s+\\d{1,3}[A-Za-z]?(?:\\s*(?:#|n[º°o.]|no\\.?|número)\\s*\\d{1,4}[A-Za-z]?(?:\\s*-\\s*\\d{1,4})?)?`, 'gu'), lower: true, filter: false },
  // 4 avenue de Flandre, 45 rue Saint-Denis, 12 calle Luna
  { re: new RegExp(`${WB}${NUM},?\\s+(?:${alt(STREET_FIRST.split('|').filter((w) => w.length > 2))})\\.?\\s+(?:${PARTICLE}\\s+){0,2}${NAMEW}(?:\\s+${NAMEW}){0,3}`, 'gu'), lower: true, filter: true },
  // Storgata 12, Hauptstraße 5, Puruntie 82, Brucker Bundesstrasse 31 (suffix streets need a number)
  { re: new RegExp(`(?:${SUFFIX_STREET})\\.?\\s+${NUM}${WE}`, 'gu'), filter: false, extendCaps: true, suffix: true, lower: true },
  // Karl Johans gate 1, Am Stuttgarter Platz 2
  { re: new RegExp(`(?<=\\s)(?:gate|gata|vei|veg|allé|plass|gade|vej|väg|gatan|straße|strasse|weg|gasse|platz)\\s+${NUM}${WE}`, 'gu'), filter: false, extendCaps: true, lower: true, needCaps: true },
  // Chinese: 彌敦道123號, 中山北路二段45號, 人民路45号3楼
  { re: HAN_ADDRESS, filter: false },
  // flats, floors, suites, boxes
  { re: new RegExp(`${WB}(?:apt|apartment|flat|unit|suite|ste|room|rm|piso|planta|depto|departamento|dpto|apto|apartamento|andar|bloco|bloque|portal|escalera|esc|puerta|pta|étage|etage|appartement|appt|bâtiment|batiment|bât|leilighet|leil|etasje|wohnung|whg|zimmer|lot|box|p\\.?o\\.? box|po box|caixa postal|apartado|psc|apo|fpo|bp)\\.?\\s*(?:n[º°o.]\\s*|#\\s*|no\\.?\\s*|nr\\.?\\s*)?(?:\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{sc=Latin}]))?(?:\\s?[-/]\\s?\\d{1,4})?|[a-h](?![\\p{sc=Latin}\\p{N}]))${WE}`, 'gu'), lower: true, filter: false },
  // 3º izq, 2º B, 4ºA, 5° andar (NFKC turns º into o and ª into a)
  { re: /(?<![\p{sc=Latin}\p{N}])\d{1,2}\s?[º°ªoa]\.?\s?(?:izq(?:uierda)?|izda|dcha|der(?:echa)?|[a-h](?![\p{L}])|andar|piso|étage|etage)\.?/gu, lower: true, filter: false },
];

/** Street words written abbreviated with a full stop ("Av. Corrientes", "Str. des 17. Juni"). */
const STREET_ABBREVIATIONS = new Set('av avda avd r tv bd bvd str c cra cr kra jr ctra pza psje col urb mz qd pl sq st rd ave'.split(' '));

const STREET_WORDS = new Set(STREET_FIRST.split('|').filter((w) => w.length >= 3));

/** Words that show a clause, not a street name, between a number and a street word. */
const CLAUSE_WORDS = /^(?:men|guys|officers|police|cops|times|days|weeks|hours|people|clients|girls|women|blocks|more|other|minutes|euros|dollars|pesos|reais|kroner)$/i;

const POSTCODE_PATTERNS: RegExp[] = [
  // UK
  /(?<![\p{sc=Latin}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|GIR\s?0AA)(?![\p{sc=Latin}\p{N}])/gu,
  // Canada
  /(?<![\p{sc=Latin}\p{N}])[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![\p{sc=Latin}\p{N}])/gu,
  // Brazil CEP / Portugal / Poland
  /(?<![\p{sc=Latin}\p{N}.,-])(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3})(?![\p{sc=Latin}\p{N}]|[.,-]\d)/gu,
  // Netherlands 1234 AB
  /(?<![\p{sc=Latin}\p{N}])[1-9]\d{3}\s?[A-Z]{2}(?![\p{sc=Latin}\p{N}])/gu,
  // Argentina CPA C1425DKF
  /(?<![\p{sc=Latin}\p{N}])[A-Z]\d{4}[A-Z]{3}(?![\p{sc=Latin}\p{N}])/gu,
  // Sweden/Czech "394 13"
  /(?<![\p{sc=Latin}\p{N}])\d{3}\s\d{2}(?![\p{sc=Latin}\p{N}]|\s?\d)/gu,
];
const POSTCODE_KEYWORD = new RegExp(
  `${WB}(?:zip|zip code|zipcode|postcode|post code|postal code|código postal|codigo postal|cp|c\\.p\\.|cep|code postal|plz|postleitzahl|postnummer|postnr|邮编|郵編|郵遞區號)\\.?\\s*[:#]?\\s*([a-z0-9][a-z0-9 -]{1,9}[a-z0-9]|\\d{3,5})`,
  'gu',
);
/** A 4–5 digit number followed by a capitalised town (Norway "0150 Oslo", France "75011 Paris", Germany "10115 Berlin"). */
const POSTCODE_TOWN = /(?<![\p{sc=Latin}\p{N}.,:/-])(\d{4,5})\s+(?=[\p{Lu}][\p{Ll}]{2,})/gu;
/** A postcode after a town or country at the end of an address line ("Estonia 62488", "ASKER nan 1386"). */
// (the first digit comes before the look-behind, so that the regex engine scans for digits only)
const POSTCODE_AFTER_PLACE = /\d(?<=(?:[\p{Lu}][\p{L}]+|nan)\s{1,6}\d)(?:\d{3,4}|\d{2}\s\d{2}|\d{2})(?=\s*$|\s*\n|\s{2,}|\s*>|\s+\(|\s+\+|\s+\d{2,}[\s-]\d)/gu;

/** A bare 5-digit number after a comma or a state abbreviation (US: "Austin, TX 78701"). */
// (the first digit comes before the look-behind, so that the regex engine scans for digits only)
const POSTCODE_AFTER_STATE = /(\d(?<=(?:,\s*|\b[A-Z]{2}\s+)\d)(?:\d{4}(?:-\d{4})?|\d{2,3}))(?![\p{sc=Latin}\p{N}]|[.,]\d)/gu;

export const recogniseAddresses: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  const han = view.hasHan;
  for (const { re, filter, lower, extendCaps, suffix, needCaps } of PATTERNS) {
    if (!han && re === HAN_ADDRESS) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const source = lower ? view.lower : view.fold;
    while ((m = re.exec(source)) !== null) {
      const s = m[0].replace(/[\s,.]+$/, '');
      const end = m.index + s.length;
      // "am Viehofer Platz. Der Hausmeister": a full street word with a full stop ends the sentence
      const first = /^([\p{L}]+)\.\s/u.exec(s);
      if (first && STREET_WORDS.has(first[1]!.toLowerCase()) && !STREET_ABBREVIATIONS.has(first[1]!.toLowerCase())) continue;
      if (filter) {
        const num = /(\d{2,5})[a-zA-Z]?$/.exec(s)?.[1];
        if (num && num.length === 4 && Number(num) >= 1900 && Number(num) <= 2099 && !/^\d/.test(s)) continue; // "in Oslo 2019"
        if (/^\s*(?:people|persons|times|men|women|girls|police|officers|cops|euros|dollars|pesos|reais|kroner|personas|pessoas|personnes|leute|folk)\b/i.test(view.lower.slice(end, end + 16))) continue;
        // "2 police officers came to my street", "calle y me quitó 250 euros": ordinary clauses are not addresses.
        // never across a sentence end (abbreviations such as "Av." or "St." are not one)
        if (/[.!?;]\s/.test(s.replace(/(?<![\p{L}])(?:av|avda|avd|r|st|dr|c|tv|bd|bvd|str|n|nº|no|nr|ul|sr|sra|sta|sto|dra|pl|rd|ave|apt|apto|dpto|depto)\.\s/giu, ''))) continue;
        const lead = /^\d[\d\s]*/.exec(s);
        if (lead && looksLikeMoney(view.lower, m.index, m.index + lead[0].trimEnd().length)) continue;
        const inner = s.split(/\s+/).slice(1, -1).map((w) => w.replace(/[.,;:]+$/, ''));
        if (inner.some((w) => (STOPWORDS.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase())) || VIOLATION_WORDS.has(w.toLowerCase()) || CLAUSE_WORDS.test(w))) continue;
        if (looksLikeMoney(view.lower, m.index, end)) continue;
      }
      // "Brucker Bundesstrasse 31", "Karl Johans gate": capitalised words before a suffix street
      let from = m.index;
      if (suffix) {
        // the suffix ends a word ("Storgata", "Hauptstraße"): walk back to the word's start
        let k = from;
        while (k > 0 && /[\p{L}'’-]/u.test(view.fold[k - 1] ?? '')) k--;
        if (from - k < 2) continue;
        from = k;
      }
      if (extendCaps) {
        const caps = /(?<![\p{L}])(?:[\p{Lu}][\p{L}'’.-]*\s+){1,2}$/u.exec(view.fold.slice(Math.max(0, from - 40), from));
        if (caps) from -= caps[0].length;
        else if (needCaps) continue;
      }
      // A building or block number written before the street ("450 Præstevænget 15")
      const lead = /(?<![\p{sc=Latin}\p{N}.,:/-])\d{1,5}\s+$/u.exec(view.fold.slice(Math.max(0, from - 8), from));
      const start = lead && !looksLikeMoney(view.lower, from - lead[0].length, from) ? from - lead[0].length : from;
      out.push({ start, end, kind: 'ADDRESS', priority: 45 });
    }
  }
  for (const re of POSTCODE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.fold)) !== null) {
      if (re === POSTCODE_PATTERNS[5]) {
        // "394 13" only after an address-like context
        const before = view.lower.slice(Math.max(0, m.index - 30), m.index);
        if (!/(?:\d[\s,]*|gatan|vägen|gata|väg|,)\s*$/.test(before)) continue;
      }
      if (re === POSTCODE_PATTERNS[3] && /^(?:19|20)\d\d\s?(?:AD|BC|AM|PM)$/i.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'POSTCODE', priority: 44 });
    }
  }
  POSTCODE_KEYWORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE_KEYWORD.exec(view.lower)) !== null) {
    const v = m[1] ?? '';
    const start = m.index + m[0].length - v.length;
    out.push({ start, end: start + v.length, kind: 'POSTCODE', priority: 44 });
  }
  POSTCODE_TOWN.lastIndex = 0;
  while ((m = POSTCODE_TOWN.exec(view.fold)) !== null) {
    const v = m[1] ?? '';
    const n = Number(v);
    if (v.length === 4 && n >= 1900 && n <= 2099) continue; // a year before a capitalised word
    const before = view.lower.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:[$€£]|usd|eur|nok|kr|k)\s*$/.test(before)) continue;
    if (looksLikeMoney(view.lower, m.index, m.index + v.length)) continue; // "3000 Euro Schulden", "1200 Franken"
    out.push({ start: m.index, end: m.index + v.length, kind: 'POSTCODE', priority: 43 });
  }
  POSTCODE_AFTER_PLACE.lastIndex = 0;
  while ((m = POSTCODE_AFTER_PLACE.exec(view.fold)) !== null) {
    const v = m[0];
    if (looksLikeMoney(view.lower, m.index, m.index + v.length)) continue;
    const n = Number(v.replace(/\D/g, ''));
    if (/^\d{4}$/.test(v) && n >= 1900 && n <= 2099) continue;
    out.push({ start: m.index, end: m.index + v.length, kind: 'POSTCODE', priority: 42 });
  }
  POSTCODE_AFTER_STATE.lastIndex = 0;
  while ((m = POSTCODE_AFTER_STATE.exec(view.fold)) !== null) {
    const v = m[1] ?? '';
    const n = Number(v);
    if (v.length === 4 && n >= 1900 && n <= 2099) continue;
    const after = view.lower.slice(m.index + v.length, m.index + v.length + 12);
    if (/^\s*(?:dollars|usd|euros?|kr|kroner|pesos|reais|kina|pounds|years|años|anos|ans|år|times|people)/.test(after)) continue;
    if (v.length < 5) {
      // short codes only when the text before is address-like (a street or a town name after a comma)
      const before = view.fold.slice(Math.max(0, m.index - 40), m.index);
      if (!/(?:\d+[a-z]?\s*,\s*[\p{Lu}][\p{L}\s]+,\s*|[\p{Lu}]{2}\s+)$/u.test(before)) continue;
    }
    out.push({ start: m.index, end: m.index + v.length, kind: 'POSTCODE', priority: 42 });
  }
  return out;
};
