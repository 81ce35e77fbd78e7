import { SAFE_CAPITALISED, SAFE_PLACES, STOPWORDS, VIOLATION_WORDS } from '../lexicon/words';
import { Candidate, TextView, WB, WE, alt, ci } from './recogniser.types';

/**
 * Named small places that pin a person down: parks, markets, hotels, bars, clinics, police stations,
 * named buildings. Only the proper-name part is replaced, the type word stays
 * ("[PLACE_1] Police Station", "Hotel [PLACE_2]"), so categorisation still sees "police station" or
 * "clinic". Countries and large cities are kept.
 */

const TYPES_AFTER =
  'park|market|hotel|motel|inn|lodge|guesthouse|guest house|hostel|bar|pub|club|nightclub|lounge|clinic|hospital|medical centre|medical center|health centre|health center|police station|police post|station|precinct|mall|plaza|square|church|chapel|mosque|temple|building|tower|towers|centre|center|cafe|café|restaurant|school|college|university|apartments|flats|estate|village|compound|settlement|camp|motors|garage|salon|spa|massage|sauna|supermarket|store|shop|bakery|cinema|theatre|stadium|beach|bridge|terminal|airport|prison|jail|detention centre|court|courthouse|house|mansion|villa|residence|residency|tavern|cantina|brothel|parlour|parlor|studio|gym|pharmacy|chemist|bus stop|bus station|train station|taxi rank|corner|junction|roundabout|' +
  'parken|torget|senteret|senter|kro|kafé|kafe|legesenter|sykehus|politistasjon|politihuset|hotell|stasjon|bydel|maket|stoa|klab|' +
  'bahnhof|markt|klinik|krankenhaus|wache|polizeiwache|revier|kneipe|park|platz|hof|haus|zentrum|' +
  '公园|公園|市场|市場|街市|酒店|宾馆|賓館|旅馆|旅館|医院|醫院|诊所|診所|派出所|警察局|公安局|警署|大厦|大廈|商场|商場|酒吧|夜总会|夜總會|广场|廣場|中心|桑拿|按摩院|发廊|髮廊|小区|小區|村';
const TYPES_BEFORE =
  'laufhaus|bordell|puff|club|studio|hotellet|hotel|motel|bar|club|park|parque|mercado|pensión|pension|hostal|residencial|clínica|clinica|hospital|sanatorio|comisaría|comisaria|cuartel|estación|estacion|plaza|barrio|colonia|villa|asentamiento|boliche|prostíbulo|prostibulo|whiskería|whiskeria|cabaret|discoteca|centro|cine|iglesia|escuela|colegio|edificio|torre|delegacia|dp|posto|praça|praca|feira|boate|casa|bairro|favela|comunidade|morro|vila|conjunto|edifício|igreja|unidade|upa|ubs|policlínica|parc|marché|hôtel|commissariat|gendarmerie|clinique|hôpital|hopital|gare|cité|foyer|centre|résidence|immeuble|café|brasserie|maket|haus sik|stesin|hotel|klab|kalabus|' +
  'hotell|parken|klubben|kafé|legevakt|sykehuset|' +
  'park|markt|klinik|krankenhaus|polizeiwache|revier|kneipe|bahnhof|wohnheim';

const TYPE_WORDS = new Set([...TYPES_AFTER.split('|'), ...TYPES_BEFORE.split('|')].flatMap((t) => t.split(' ')));

const PARTICLES = '(?:de|del|de la|de los|do|da|dos|das|du|des|de l\'|di|della|van|von|am|an der|auf der|på|i|on|of|the)';
const CAPWORD = "(?:[\\p{Lu}\\d][\\p{L}\\p{N}'’&.-]*)";

/** Type words that follow a name, found on the lowercase view; the name is then read backwards. */
const TYPE_AFTER_RE = new RegExp(`(?<=\\s)(?:${alt(TYPES_AFTER.split('|').filter((t) => !/[\u4e00-\u9fff]/.test(t))).replace(/ /g, '\\s+')})${WE}`, 'gu');
/** Up to four capitalised words (with particles) right before the type word. */
const NAME_BEFORE = new RegExp(`((?:${CAPWORD}\\s+(?:${PARTICLES}\\s+)?){0,3}${CAPWORD})\\s+$`, 'u');
const BEFORE_RE = new RegExp(
  `${WB}(?:${ci(TYPES_BEFORE.split('|'))})\\s+(?:${PARTICLES}\\s+)?((?:${CAPWORD})(?:\\s+(?:${PARTICLES}\\s+)?${CAPWORD}){0,3}|(?:n[º°o.]\\s*)?\\d{1,3}[ºª°a]?)`,
  'gu',
);
const STATION = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}]+\s(?:S|H|C|Hbf|Hauptbahnhof|sentralstasjon|stasjon)(?![\p{L}\p{N}])/gu;
const NUMBERED = new RegExp(`${WB}(\\d{1,3}\\s?(?:[ªºao°]|e|ème|er|re|st|nd|rd|th)?)\\.?\\s+(?:${ci(['dp', 'delegacia', 'distrito', 'comisaría', 'comisaria', 'arrondissement', 'precinct', 'district', 'bezirk', 'revier', 'polizeirevier', 'seccional', 'batallón', 'batalhão', 'bpm', 'cia'])})${WE}`, 'gu');
const HAN_PLACE = new RegExp(`([\\u4e00-\\u9fff]{2,5}?)(?=${TYPES_AFTER.split('|').filter((t) => /[\u4e00-\u9fff]/.test(t)).join('|')})`, 'gu');
const HAN_FUNCTION = /[我你他她们們的了在去到把被给給和跟从從是有个個这這那里裡说說就都也还還带帶送被打叫让讓]/u;

export function createPlaceRecogniser(): (view: TextView) => Candidate[] {
  const keepable = (name: string): boolean => {
    const parts = name.toLowerCase().split(/\s+/);
    // "the Central Police Station" → "Central" is part of a proper name; but "My Hotel", "The Park" are not names.
    if (parts.every((p) => STOPWORDS.has(p) || /^(?:a|an|the|this|that|my|our|his|her|el|la|los|las|o|a|os|as|le|les|der|die|das|den|el|one|big|small|local|old|new|nearest|same|next|main|public|private|cheap|little|central|city|town|grand)$/.test(p))) return true;
    // Large cities may stay ("Oslo Police Station"); a country name before a type word is a named
    // place ("Grønland politistasjon", "Hotel Colombia"), so only the safe-city list counts here.
    return parts.every((p) => SAFE_PLACES.has(p) || SAFE_CAPITALISED.has(p));
  };
  return (view: TextView): Candidate[] => {
    const out: Candidate[] = [];
    const f = view.fold;
    TYPE_AFTER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TYPE_AFTER_RE.exec(view.lower)) !== null) {
      const windowStart = Math.max(0, m.index - 90);
      const nb = NAME_BEFORE.exec(f.slice(windowStart, m.index));
      if (!nb) continue;
      let name = nb[1] ?? '';
      let start = windowStart + nb.index;
      // never across a sentence end ("… 3000 Euro Schulden. Am Worringer Platz"); "St." is no end
      const stop = /^.*(?<![\p{L}](?:St|Sankt|Dr|Mt|Ft))[.!?;:]\s+/su.exec(name);
      if (stop) {
        start += stop[0].length;
        name = name.slice(stop[0].length);
      }
      // drop leading function words ("the", "at", "La", German "am", "an der")
      const lead = /^(?:(?:the|at|in|to|from|near|by|a|an|our|my|his|her|their|this|that|and|of|on|for|with|am|im|beim|vom|zum|zur|auf|bei|vor|hinter|neben|der|die|das|dem|den)\s+)+/i.exec(name);
      if (lead) {
        start += lead[0].length;
        name = name.slice(lead[0].length);
      }
      // "Kowloon City Police Station": the greedy name part took "Police"; give type words back.
      let parts = name.split(/\s+/);
      while (parts.length > 1 && (TYPE_WORDS.has(parts[parts.length - 1]!.toLowerCase()) || VIOLATION_WORDS.has(parts[parts.length - 1]!.toLowerCase()))) parts = parts.slice(0, -1);
      name = parts.join(' ');
      if (!name || keepable(name)) continue;
      // Lowercase starts are not names (AFTER_RE is case-insensitive only for the type word).
      if (!/^[\p{Lu}\d]/u.test(name)) continue;
      out.push({ start, end: start + name.length, kind: 'PLACE', priority: 35 });
    }
    BEFORE_RE.lastIndex = 0;
    while ((m = BEFORE_RE.exec(f)) !== null) {
      let name = m[1] ?? '';
      // never across a sentence end ("Studio an der Zähringerstrasse. Die Betreiberin …")
      const stop = /(?<![\p{L}](?:St|Sankt|Dr|Mt|Ft))[.!?;:]\s/u.exec(name);
      if (stop) name = name.slice(0, stop.index);
      if (!name || keepable(name)) continue;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      out.push({ start, end: start + name.length, kind: 'PLACE', priority: 35 });
    }
    // Scandinavian and German station names: "Oslo S", "København H", "Malmö C", "Hamburg Hbf"
    STATION.lastIndex = 0;
    while ((m = STATION.exec(f)) !== null) out.push({ start: m.index, end: m.index + m[0].length, kind: 'PLACE', priority: 35 });
    // Numbered stations and districts: "4ª DP", "21ª Delegacia", "comisaría 5ª" (NFKC: ª → a), "18e arrondissement"
    NUMBERED.lastIndex = 0;
    while ((m = NUMBERED.exec(f)) !== null) {
      const num = m[1] ?? '';
      const start = m.index + m[0].indexOf(num);
      out.push({ start, end: start + num.length, kind: 'PLACE', priority: 35 });
    }
    if (!view.hasHan) return out;
    HAN_PLACE.lastIndex = 0;
    while ((m = HAN_PLACE.exec(f)) !== null) {
      let name = m[1] ?? '';
      let start = m.index;
      // cut at the last function character ("我去了油麻地" → "油麻地")
      for (let k = name.length - 1; k >= 0; k--) {
        if (HAN_FUNCTION.test(name[k]!)) {
          start += k + 1;
          name = name.slice(k + 1);
          break;
        }
      }
      if (name.length < 2) continue;
      out.push({ start, end: start + name.length, kind: 'PLACE', priority: 35 });
    }
    return out;
  };
}
