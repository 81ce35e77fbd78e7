import type { KnownWords } from '../lexicon/known-words';
import { gazetteerEntries } from '../lexicon/gazetteer.de';
import { PERSON_TRIGGERS, SAFE_CAPITALISED, SAFE_PLACES, STOPWORDS, VIOLATION_WORDS } from '../lexicon/words';
import type { Candidate, TextView } from './recogniser.types';
import { LETTER, NUMBER, nextOfClass, wordEnd } from './char-classes';

/**
 * Small named places written with ordinary capitalised nouns, as German does ("am Gürtel", "im
 * Tiergarten", "an der Ochsengasse", "am Worringer Platz"), where the Philter rule of the person
 * recogniser (unknown capitalised word → name) cannot help because every German noun is capitalised
 * and street names are compounds of dictionary words. Three rules, one pass over the tokens, O(1)
 * lookups (Sets and one Map):
 *
 * 1. Gazetteer (lexicon/gazetteer.de.ts): districts, strips, parks, stations of German-speaking
 *    cities. Names that are also ordinary words only count capitalised after a locative preposition.
 * 2. After a locative preposition ("am", "im", "an der", "auf dem", Norwegian "i", "på", "ved" …), one
 *    word ending in a place-type head ("-straße", "-gasse", "-platz", "-park", "-viertel", "-kiez",
 *    Norwegian "-gata", "-veien", "-torget" …), unless its modifier is generic ("Parkplatz",
 *    "Hinterhof", "Kindergarten", "Innenstadt", "hovedgata").
 * 3. After a locative preposition, a capitalised word (or a lowercase "-er" word no dictionary knows)
 *    followed by a separate type word: "Worringer Platz", "Schlesisches Tor", "Görlitzer Park". Streets,
 *    squares and the like are replaced whole; for parks, stations and districts the type word stays.
 *
 * Large cities and countries stay. Words of the violation vocabulary are never replaced.
 */

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** German prepositions and contracted articles that introduce a location (lowercase). */
const PREPS_DE = new Set('am im beim vom zum zur ins ans aufs hinterm vorm unterm überm an in auf bei vor hinter neben nahe unter über durch entlang um aus von zu nach gegenüber richtung ab bis'.split(' '));
const ARTICLES_DE = new Set('der dem den die das des'.split(' '));
const PREPS_NO = new Set('i på ved fra til langs bak utenfor nær mot rundt gjennom'.split(' '));

/** German place-type heads of compounds; `lower` ones also count in an all-lowercase word. */
const SUFFIX_DE: { s: string; lower: boolean }[] = [
  ...'straße strasse gasse gässlein gässli allee platz damm ufer chaussee quai viertel kiez gürtel markt garten brücke wiese heide matte anlage hof weg'.split(' ').map((s) => ({ s, lower: true })),
  ...'park hain feld felde stadt steig zeile ring kai'.split(' ').map((s) => ({ s, lower: false })),
];
const SUFFIX_NO = 'gata gaten veien vegen plassen torget parken brygga bryggen kaia løkka bakken'.split(' ');

/** Modifiers that make a place compound generic: every town has one ("Parkplatz", "Hauptstraße", "Hinterhof"). */
const GENERIC_MODIFIERS = new Set(
  ('haupt park parkplatz spiel kinder stadt innen hinter rast strich bus sport arbeit arbeits camping schlaf sitz steh stand stell liege abstell heim rück fuß fuss rad geh wald um aus nachhause heimat schul super wochen floh weihnachts getränke bier schreber vor fried bauern gerichts betriebs gast auto autobahn freizeit national industrie gewerbe wohn rotlicht szene ausgeh villen armen groß gross klein alt neu neben seiten einbahn quer einkaufs land bundes durchgangs sack see fluss tank markt dorf kirch kirchen bahnhof bahnhofs hotel kranken polizei gefängnis knast sammel treff hunde spazier wander zufahrts fußgänger fussgänger umgehungs ring rathaus dom nord süd ost west ober unter mittel zentral stadtteil grün grünen garagen hoch tief vorder mitte zentrums ' +
    'hoved side bak gå parkerings sentrums by tog buss')
    .split(' ')
    .filter(Boolean),
);

/** Compounds with a type head that are ordinary words ("Bahnhof": the modifier "bahn" also starts "Eisenbahnstraße"). */
const GENERIC_WORDS = new Set('bahnhof hauptbahnhof busbahnhof güterbahnhof friedhof gasthof autohof rasthof bauernhof innenhof hinterhof schulhof gerichtshof kindergarten biergarten rotlichtviertel stadtviertel strichplatz parkplatz spielplatz marktplatz'.split(' '));

/** Separate type words after a name: the whole phrase is the name (streets, squares, gates, bridges …). */
const TYPE_WHOLE = new Set('straße strasse str gasse platz allee weg ring damm ufer chaussee quai kai steig zeile tor brücke feld berg markt heide wiese gürtel anlage'.split(' '));
/** Separate type words that stay (parks, stations, districts): only the name before them is replaced. */
const TYPE_KEEP = new Set('park garten bahnhof hof viertel kiez stadion center zentrum'.split(' '));

/**
 * Type words that are not names on their own: the engine does not replace one when it is all that is
 * left of a name candidate that overlapped a place ("am Bahnhof [PLACE_1]", "[PLACE_1] Straße" stays
 * whole only when the place rule says so).
 */
export const STANDALONE_TYPE_WORDS = new Set('bahnhof straße strasse platz gasse allee garten hof viertel kiez brücke markt wache polizeiwache revier klinik krankenhaus laufhaus bordell hotel station'.split(' '));

interface Token {
  start: number;
  end: number;
  lower: string;
  cap: boolean;
  /** 1 German preposition, 2 Norwegian preposition, 3 German article, 0 other */
  role: number;
  /** the first two letters start a gazetteer entry (then `lower` is set) */
  gaz: boolean;
}

/** One lookup per token instead of three. */
const ROLE = new Map<string, number>([...[...PREPS_NO].map((w) => [w, 2] as const), ...[...PREPS_DE].map((w) => [w, 1] as const), ...[...ARTICLES_DE].map((w) => [w, 3] as const)]);
const bigram = (s: string): number => (s.charCodeAt(0) * 31 + s.charCodeAt(1)) & 0xfff;
/** Filter before a lookup, by first two letters and length: bit (length − 1) of the entry for the bigram. */
function lengthFilter(keys: Iterable<string>): Uint32Array {
  const t = new Uint32Array(0x1000);
  for (const w of keys) if (w.length > 1) t[bigram(w)]! |= w.length > 32 ? 0x80000000 : 1 << (w.length - 1);
  return t;
}
const mayBe = (t: Uint32Array, bg: number, length: number): boolean => (t[bg]! & (length > 32 ? 0x80000000 : 1 << (length - 1))) !== 0;
const ROLE_FILTER = lengthFilter(ROLE.keys());

interface Entry {
  /** lowercase tokens after the first one */
  rest: string[];
  /** also an ordinary word: counts only after a locative preposition (single words: capitalised too) */
  common: boolean;
  /** last token is a type word that stays ("Görlitzer Park" → "Görlitzer") */
  keepLast: boolean;
}

function tokenise(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(TOKEN_RE), (m) => m[0]);
}

/** Declined forms of the adjectives of multi-word names ("Breite Gasse" → "in der Breiten Gasse"). */
function declined(token: string): string[] {
  if (token.length < 4 || /\d/.test(token) || !/(?:e|er|es|en|em)$/.test(token)) return [token];
  const base = token.replace(/(?:e|er|es|en|em)$/, '');
  return [token, ...['e', 'en', 'er', 'es', 'em'].map((e) => base + e)];
}

function buildGazetteer(words: KnownWords): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const name of gazetteerEntries()) {
    const toks = tokenise(name);
    if (toks.length === 0) continue;
    const common = toks.every((t) => /^\d+$/.test(t) || words.isDictionaryWord(t)) || toks.some((t) => VIOLATION_WORDS.has(t));
    const keepLast = toks.length > 1 && TYPE_KEEP.has(toks[toks.length - 1]!);
    const variants: string[][] = [[]];
    toks.forEach((t, i) => {
      const forms = i < toks.length - 1 ? declined(t) : [t];
      const next: string[][] = [];
      for (const v of variants) for (const f of new Set(forms)) next.push([...v, f]);
      variants.splice(0, variants.length, ...next);
    });
    for (const v of variants) {
      const list = map.get(v[0]!) ?? [];
      list.push({ rest: v.slice(1), common, keepLast });
      map.set(v[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return map;
}

/** Is the modifier of a compound generic? Whole modifier, or its last part of 4+ letters ("Autobahnparkplatz"). */
function genericModifier(mod: string): boolean {
  const forms = [mod, mod.replace(/s$/, ''), mod.replace(/e?n$/, '')];
  for (const f of forms) {
    if (GENERIC_MODIFIERS.has(f)) return true;
    for (let i = 1; i + 4 <= f.length; i++) if (GENERIC_MODIFIERS.has(f.slice(i))) return true;
  }
  return false;
}

export function createLocativePlaceRecogniser(words: KnownWords): (view: TextView) => Candidate[] {
  const gazetteer = buildGazetteer(words);
  const gazFilter = lengthFilter(gazetteer.keys());
  const blocked = (lower: string): boolean => STOPWORDS.has(lower) || VIOLATION_WORDS.has(lower) || PERSON_TRIGGERS.has(lower) || SAFE_PLACES.has(lower) || SAFE_CAPITALISED.has(lower);

  return (view: TextView): Candidate[] => {
    const out: Candidate[] = [];
    const { fold, lower } = view;
    const tokens: Token[] = [];
    // Same tokens as TOKEN_RE, found with class tables: this runs on every report and a Unicode
    // regex per token cost about as much as the rest of the recogniser.
    const len = lower.length;
    for (let i0 = nextOfClass(lower, 0, LETTER | NUMBER); i0 < len; i0 = nextOfClass(lower, i0, LETTER | NUMBER)) {
      const j = wordEnd(lower, i0, LETTER | NUMBER);
      // strings only where a lookup may hit (bigram tables); the others are sliced on demand
      const bg = j - i0 > 1 ? (lower.charCodeAt(i0) * 31 + lower.charCodeAt(i0 + 1)) & 0xfff : -1;
      const roleCandidate = bg >= 0 && mayBe(ROLE_FILTER, bg, j - i0);
      const gazCandidate = bg >= 0 && mayBe(gazFilter, bg, j - i0);
      const w = roleCandidate || gazCandidate ? lower.slice(i0, j) : '';
      tokens.push({ start: i0, end: j, lower: w, cap: fold.charCodeAt(i0) !== lower.charCodeAt(i0), role: roleCandidate ? (ROLE.get(w) ?? 0) : j - i0 === 1 && lower.charCodeAt(i0) === 105 ? 2 : 0, gaz: gazCandidate });
      i0 = j;
    }
    // gaps are checked by char code: this runs on every token of every report
    const spaces = (from: number, to: number): boolean => {
      if (to - from < 1 || to - from > 2) return false;
      for (let k = from; k < to; k++) {
        const c = fold.charCodeAt(k);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
      }
      return true;
    };
    const lw = (t: Token): string => t.lower || (t.lower = lower.slice(t.start, t.end));
    const near = (a: Token, b: Token): boolean => spaces(fold.charCodeAt(a.end) === 46 ? a.end + 1 : a.end, b.start);
    /** 'de' or 'no' when token i follows a locative preposition (with an optional German article). */
    const locative = (i: number): 'de' | 'no' | null => {
      const p = tokens[i - 1];
      if (!p || p.role === 0) return null;
      let loc: 'de' | 'no' | null = null;
      if (p.role === 1) loc = 'de';
      else if (p.role === 2) loc = 'no';
      else {
        const pp = tokens[i - 2];
        if (pp && pp.role === 1 && spaces(pp.end, p.start)) loc = 'de';
      }
      return loc && spaces(p.end, tokens[i]!.start) ? loc : null;
    };
    const push = (a: Token, b: Token): void => {
      if (!view.protectedMask[a.start]) out.push({ start: a.start, end: b.end, kind: 'PLACE', priority: 35 });
    };

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // 1. gazetteer
      const entries = t.gaz ? gazetteer.get(t.lower) : undefined;
      let matched = false;
      if (entries) {
        for (const e of entries) {
          let j = i;
          let ok = true;
          for (const r of e.rest) {
            const n = tokens[j + 1];
            if (!n || lw(n) !== r || !near(tokens[j]!, n)) {
              ok = false;
              break;
            }
            j++;
          }
          if (!ok) continue;
          if (e.common) {
            const loc = locative(i) !== null;
            if (e.rest.length === 0 ? !(loc && t.cap) : !(loc || t.cap)) continue;
          }
          push(t, tokens[e.keepLast ? j - 1 : j]!);
          i = j;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const loc = locative(i);
      if (!loc) continue;
      lw(t);
      if (blocked(t.lower) || GENERIC_WORDS.has(t.lower)) continue;
      // 2. one compound word with a place-type head
      let compound = false;
      if (loc === 'de') {
        for (const { s, lower: lc } of SUFFIX_DE) {
          if (t.lower.length >= s.length + 3 && t.lower.endsWith(s) && (t.cap || lc)) {
            compound = !genericModifier(t.lower.slice(0, t.lower.length - s.length));
            break;
          }
        }
      } else {
        for (const s of SUFFIX_NO) {
          if (t.lower.length >= s.length + 3 && t.lower.endsWith(s)) {
            compound = !genericModifier(t.lower.slice(0, t.lower.length - s.length));
            break;
          }
        }
      }
      if (compound) {
        push(t, t);
        continue;
      }
      // 3. name + separate type word ("Worringer Platz", "ingolstädter straße")
      const n = tokens[i + 1];
      if (loc !== 'de' || !n || !spaces(t.end, n.start)) continue;
      lw(n);
      const whole = TYPE_WHOLE.has(n.lower);
      if (!whole && !TYPE_KEEP.has(n.lower)) continue;
      if (TYPE_WHOLE.has(t.lower) || TYPE_KEEP.has(t.lower) || /^\d/.test(t.lower)) continue;
      if (!t.cap && !(t.lower.length > 4 && t.lower.endsWith('er') && !words.isCommon(t.lower))) continue;
      push(t, whole ? n : t);
      i += whole ? 1 : 0;
    }
    return out;
  };
}
