import { KnownWords } from '../lexicon/known-words';
import { HAN_SURNAMES } from '../lexicon/names';
import { NAME_PARTICLES, PERSON_TRIGGERS, PERSON_TRIGGER_PHRASES, STOPWORDS, VIOLATION_WORDS } from '../lexicon/words';
import type { RedactionKind } from '../deidentification.types';
import { Candidate, TextView, alt } from './recogniser.types';
import { CHANGES_LOWER, CHANGES_UPPER, LETTER, MARK, caseOf, isSurrogate, nextOfClass, wordEnd } from './char-classes';

/**
 * Person names (and unknown proper nouns).
 *
 * 1. After a role, title or kinship word, or "named"/"se llama"/"heter"/"nem bilong em", the next
 *    1–4 name-like tokens are a name, capitalised or not (people write "officer martinez").
 * 2. Anywhere, a capitalised token that no dictionary of our languages knows is a possible name
 *    (Philter-style: mask what is not known to be safe); a known given name or surname is a name even
 *    when lowercase, unless it is also an ordinary word.
 * 3. Chinese: a Han surname plus one or two characters after a role word or 叫/名叫.
 * A capitalised unknown word right after "in/at/near/en/em/à/i/på/bei" is reported as a PLACE.
 */

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  /** A single capital letter followed by a full stop ("R." in "R. Kowalski"). */
  initial: boolean;
}

const codes = (s: string): Set<number> => new Set(Array.from(s, (c) => c.charCodeAt(0)));
const SKIP_BEFORE = codes(' \t\r\n"\'“”‘’«»([*_');
const SENTENCE_END = codes('.!?\n:;…•-–—');
/** Tokens have the shape `[\p{L}][\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*` (walked with class tables in tokenize). */
const ELISION = /^(?:l|d|j|m|n|s|t|qu|c|lorsqu|jusqu)'/i;
/** A known given name at the start of a sentence, unless it is also a function word ("Will", "May", "Ella" in Spanish). */
function GIVEN_NAMES_SAFE_AT_START(lower: string, words: KnownWords): boolean {
  return words.isKnownName(lower) && !STOPWORDS.has(lower);
}

const TITLE_ABBREVIATIONS = new Set(['dr', 'dra', 'sr', 'sra', 'srta', 'mr', 'mrs', 'ms', 'sgt', 'det', 'capt', 'lt', 'insp', 'prof', 'mme', 'mlle', 'hr', 'fr', 'st', 'lic', 'ing', 'sto', 'cpl', 'pc', 'dc', 'supt', 'cmdr', 'off']);
const CAP_ARTICLES = new Set(['La', 'El', 'Los', 'Las', 'Le', 'Les', 'Os', 'As', 'Die', 'Der', 'Das', 'The', 'Il', 'Lo']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'en', 'em', 'no', 'na', 'à', 'a', 'au', 'i', 'på', 'bei', 'nach', 'aus', 'im', 'de', 'desde', 'hacia', 'para', 'pra', 'long']);
const TRIGGER_PHRASE_RE = new RegExp(`(?<![\\p{sc=Latin}])(?:${alt(PERSON_TRIGGER_PHRASES).replace(/ /g, '\\s+')})(?![\\p{sc=Latin}])`, 'gu');
const HAN_ROLE =
  '警察|警官|警员|警員|民警|公安|辅警|輔警|城管|医生|醫生|大夫|护士|護士|房东|房東|业主|業主|老板|老闆|经理|經理|客人|嫖客|朋友|姐姐|妹妹|哥哥|弟弟|妈妈|媽媽|爸爸|阿姨|叔叔|老公|男朋友|女朋友|同事|律师|律師|法官|叫做|名叫|叫|姓|我係|我是|佢係|她是|他是';
const HAN_NAME_RE = new RegExp(`(?:${HAN_ROLE})(?:的)?([${HAN_SURNAMES}][\\u4e00-\\u9fff]{1,2})|([${HAN_SURNAMES}][\\u4e00-\\u9fff]{1,2})(?=先生|小姐|女士|太太|警官|医生|醫生|护士|護士|老板|老闆|阿姨|经理|經理)|(?:${HAN_ROLE})(?:的)?((?:阿|小|老)[\\u4e00-\\u9fff])|([${HAN_SURNAMES}](?:sir|Sir|SIR|生|姐|哥|叔|嫂|太))`, 'gu');
/** Characters that end a Chinese name candidate (verbs, particles) when they would be the third character. */
const HAN_STOP = new Set(Array.from('打了的是说說在把被给給和跟让讓要就也都还還去来來说我你他她们們把对對向从從没沒不很又再已拿抓罵骂推踢叫问問看'));

function tokenize(view: TextView): Token[] {
  const tokens: Token[] = [];
  const f = view.fold;
  // Same tokens as TOKEN_RE, found with class tables (this runs on every report).
  const len = f.length;
  let at = 0;
  while ((at = nextOfClass(f, at, LETTER)) < len) {
    const end = wordEnd(f, at, LETTER | MARK);
    let start = at;
    let text = f.slice(at, end);
    at = end;
    const el = text.includes("'") ? ELISION.exec(text) : null;
    if (el && text.length <= el[0].length + 1) continue; // "m'a", "l'y"
    if (el && text.length > el[0].length + 1) {
      start += el[0].length;
      text = text.slice(el[0].length);
    }
    if (text.length > 2 && (text.endsWith("'s") || text.endsWith("'S"))) text = text.slice(0, -2);
    if (!text) continue;
    const initial = text.length === 1 && /\p{Lu}/u.test(text) && f[start + 1] === '.';
    if (text.length === 1 && !initial) continue;
    let k = start - 1;
    while (k >= 0 && SKIP_BEFORE.has(f.charCodeAt(k))) k--;
    const sentenceStart = k < 0 || SENTENCE_END.has(f.charCodeAt(k));
    // case from tables (the same answers as comparing with toLowerCase/toUpperCase, without the strings)
    let cap: boolean;
    let allCaps: boolean;
    const c0 = text.charCodeAt(0);
    if (isSurrogate(c0)) {
      const first = text.charAt(0);
      cap = first !== first.toLowerCase() && first === first.toUpperCase();
      allCaps = text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
    } else {
      cap = (caseOf(c0) & (CHANGES_LOWER | CHANGES_UPPER)) === CHANGES_LOWER;
      allCaps = false;
      if (text.length > 1) {
        let upperOnly = true;
        let anyUpper = false;
        for (let q = 0; q < text.length; q++) {
          const cq = text.charCodeAt(q);
          if (isSurrogate(cq)) {
            upperOnly = text === text.toUpperCase();
            anyUpper = text !== text.toLowerCase();
            break;
          }
          const bits = caseOf(cq);
          if (bits & CHANGES_UPPER) {
            upperOnly = false;
            break;
          }
          if (bits & CHANGES_LOWER) anyUpper = true;
        }
        allCaps = upperOnly && anyUpper;
      }
    }
    tokens.push({ start, end: initial ? start + 2 : start + text.length, text, lower: text.toLowerCase(), cap, allCaps, sentenceStart, initial });
  }
  return tokens;
}

export function createPersonRecogniser(words: KnownWords): (view: TextView) => Candidate[] {
  const BLOCKED = new Set([...STOPWORDS, ...VIOLATION_WORDS, ...PERSON_TRIGGERS]);
  const blocked = (lower: string): boolean => BLOCKED.has(lower);

  /** Is this token a name on its own merits (no trigger)? */
  const standaloneName = (t: Token, language: string | null): boolean => {
    if (t.text.length < 2 || blocked(t.lower)) return false;
    if (t.allCaps && t.text.length <= 4 && !words.isKnownName(t.lower)) return false; // acronyms
    if (words.isSafeCapitalised(t.lower)) return false;
    if (t.cap) {
      const common = words.isCommon(t.lower) || (/['’]/.test(t.text) && t.lower.split(/['’]/).every((p) => p.length <= 2 || words.isCommon(p)));
      if (!t.sentenceStart) {
        if (words.isKnownName(t.lower)) return true;
        // A capital in mid-sentence marks a proper noun, except on German nouns in German text.
        if ((language === 'de' || language === null) && words.isGermanNoun(t.text)) return false;
        if (!common) return true;
        if (t.allCaps) return false;
        return true;
      }
      // Sentence start: unknown words and known given names ("John: you saved my life").
      return !common || GIVEN_NAMES_SAFE_AT_START(t.lower, words);
    }
    // lowercase: known names that are not themselves dictionary words, or proper nouns of the
    // dictionaries that are no ordinary word at all
    if (words.isKnownName(t.lower)) return !words.isCommonStem(t.lower);
    if (words.isCommon(t.lower)) return false;
    // Philter: a lowercase Latin-script word that no dictionary of our languages knows may be a name
    // ("olga krylova"). Contractions and elisions ("I'm", "m'a") are judged by their parts.
    if (t.text.length < 3 || !/^[\p{sc=Latin}'’-]+$/u.test(t.text)) return false;
    if (/['’]/.test(t.text)) return !t.lower.split(/['’]/).every((p) => p.length <= 2 || words.isCommon(p));
    return true;
  };

  /** May continue a name already started (capitalised neighbour, or lowercase name/unknown). */
  const continuesName = (t: Token): boolean => {
    if (t.initial) return true;
    if (t.text.length < 2 || blocked(t.lower) || (words.isSafeCapitalised(t.lower) && !words.isKnownName(t.lower))) return false;
    if (t.cap) return true;
    return (words.isKnownName(t.lower) && !words.isCommonStem(t.lower)) || !words.isCommon(t.lower);
  };

  /** After a trigger: capitalised (not function word), or lowercase unknown / known name. */
  const afterTrigger = (t: Token): boolean => {
    if (t.initial) return true;
    if (t.text.length < 2 || blocked(t.lower)) return false;
    if (words.isSafeCapitalised(t.lower) && !words.isKnownName(t.lower)) return false;
    if (t.cap) return true;
    return words.isKnownName(t.lower) || !words.isCommon(t.lower);
  };

  return (view: TextView): Candidate[] => {
    const out: Candidate[] = [];
    const tokens = tokenize(view);
    const isName = new Uint8Array(tokens.length);
    const f = view.fold;
    const gapOk = (a: Token, b: Token): boolean => /^\s{1,2}$|^\s?-\s?$/.test(f.slice(a.end, b.start));

    // 1. triggers (single words and phrases)
    const triggerEnds: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (PERSON_TRIGGERS.has(t.lower)) triggerEnds.push(i);
    }
    TRIGGER_PHRASE_RE.lastIndex = 0;
    let pm: RegExpExecArray | null;
    while ((pm = TRIGGER_PHRASE_RE.exec(view.lower)) !== null) {
      const end = pm.index + pm[0].length;
      const idx = tokens.findIndex((t) => t.end === end);
      if (idx >= 0) triggerEnds.push(idx);
    }
    for (const ti of triggerEnds) {
      let j = ti + 1;
      let taken = 0;
      // allow "officer, Maria," and "officer: Maria"
      while (j < tokens.length && taken < 4) {
        const prev = tokens[j - 1]!;
        const t = tokens[j]!;
        const gap = f.slice(prev.end, t.start);
        const titleDot = taken === 0 && TITLE_ABBREVIATIONS.has(prev.lower) && /^\.\s{1,2}$/.test(gap);
        if (!titleDot && (!/^[\s,:"'“(-]{1,4}$/.test(gap) || (taken > 0 && /[,:]/.test(gap)))) break;
        if (taken > 0 && NAME_PARTICLES.has(t.lower) && j + 1 < tokens.length && tokens[j + 1]!.cap) {
          isName[j] = 1;
          j++;
          continue;
        }
        if (!afterTrigger(t)) break;
        // A lowercase trigger like "friend" followed by a common capitalised word at sentence start is not a name.
        isName[j] = 1;
        taken++;
        j++;
      }
    }

    // 2. standalone names
    for (let i = 0; i < tokens.length; i++) if (!isName[i] && standaloneName(tokens[i]!, view.language)) isName[i] = 1;
    const placeStart = new Uint8Array(tokens.length);
    // A capitalised article in mid-sentence opens a proper name: "en La Merced", "at The Velvet Rooms".
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      const n = tokens[i + 1]!;
      if (t.cap && !t.sentenceStart && CAP_ARTICLES.has(t.text) && n.cap && gapOk(t, n) && !blocked(n.lower) && !words.isSafeCapitalised(n.lower)) {
        isName[i] = 1;
        isName[i + 1] = 1;
        placeStart[i] = 1;
      }
    }

    // 3. extend names to capitalised neighbours and particles ("Maria José da Silva", "John Black")
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i < tokens.length; i++) {
        if (!isName[i]) continue;
        const t = tokens[i]!;
        const next = tokens[i + 1];
        if (next && !isName[i + 1] && gapOk(t, next) && next.cap && continuesName(next)) {
          isName[i + 1] = 1;
          changed = true;
        }
        const prev = tokens[i - 1];
        if (prev && !isName[i - 1] && gapOk(prev, t) && prev.cap && !prev.sentenceStart && continuesName(prev)) {
          isName[i - 1] = 1;
          changed = true;
        }
        // particle bridge: "Carlos Alberto de la Cruz", "Paul Van der Berg", "Maria da Silva"
        for (let k = 1; k <= 2; k++) {
          const parts = tokens.slice(i + 1, i + 1 + k);
          const q = tokens[i + 1 + k];
          if (!q || parts.length < k || isName[i + 1]) break;
          if (!parts.every((p) => NAME_PARTICLES.has(p.lower))) break;
          const chain = [t, ...parts, q];
          if (!chain.every((x, idx) => idx === 0 || gapOk(chain[idx - 1]!, x))) break;
          if (isName[i + 1 + k] || (q.cap && !blocked(q.lower))) {
            for (let z = 1; z <= k + 1; z++) isName[i + z] = 1;
            changed = true;
            break;
          }
        }
      }
    }

    // 4. emit merged runs
    for (let i = 0; i < tokens.length; i++) {
      if (!isName[i]) continue;
      let j = i;
      while (j + 1 < tokens.length && isName[j + 1] && gapOk(tokens[j]!, tokens[j + 1]!)) j++;
      const first = tokens[i]!;
      const last = tokens[j]!;
      const before = tokens[i - 1];
      let kind: RedactionKind = 'PERSON';
      if (placeStart[i] || (before && PLACE_PREPS.has(before.lower) && first.cap && !words.isKnownName(first.lower) && !PERSON_TRIGGERS.has(before.lower))) kind = 'PLACE';
      out.push({ start: first.start, end: last.end, kind, priority: 30 });
      i = j;
    }

    // 5. Chinese names
    if (!view.hasHan) return out;
    HAN_NAME_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HAN_NAME_RE.exec(f)) !== null) {
      let name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
      if (!name) continue;
      if (name.length === 3 && HAN_STOP.has(name[2]!)) name = name.slice(0, 2);
      if (name.length === 2 && HAN_STOP.has(name[1]!)) continue;
      const start = m.index + m[0].lastIndexOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
      out.push({ start, end: start + name.length, kind: 'PERSON', priority: 31 });
    }
    return out;
  };
}
