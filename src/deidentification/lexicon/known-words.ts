/**
 * Which words are known to be ordinary (safe to keep) and which are known names.
 *
 * Philter's idea: mask what is not known to be safe. A capitalised word that no dictionary of our
 * languages knows is treated as a possible name. Dictionaries: Hunspell en/es/pt/fr/de/nb (read from
 * the `dictionary-*` packages with fs), a hand-built Tok Pisin list, country names in every language
 * from i18n-iso-countries, plus our own safe lists.
 */
import * as countries from 'i18n-iso-countries';
import { HunspellDictionary, loadHunspell, MAX_WORD_LENGTH } from './hunspell';
import { GIVEN_NAMES, SURNAMES } from './names';
import { TOK_PISIN_WORDS } from './tok-pisin';
import { PERSON_TRIGGERS, SAFE_CAPITALISED, SAFE_PLACES, STOPWORDS, VIOLATION_WORDS } from './words';

const ROMANCE_ENDINGS: [string, string[]][] = [
  ['aram', ['ar']], ['avam', ['ar']], ['ava', ['ar']], ['ou', ['ar']], ['ei', ['ar']], ['ando', ['ar']], ['ado', ['ar']], ['ada', ['ar']], ['aron', ['ar']], ['aba', ['ar']], ['aban', ['ar']], ['ó', ['ar']], ['é', ['ar']],
  ['eram', ['er', 'ir']], ['iram', ['ir']], ['iu', ['ir']], ['eu', ['er']], ['ia', ['er', 'ir']], ['iam', ['er', 'ir']], ['ió', ['er', 'ir']], ['ieron', ['er', 'ir']], ['iendo', ['er', 'ir']], ['endo', ['er']], ['indo', ['ir']], ['ido', ['er', 'ir']], ['ida', ['er', 'ir']],
  ['ait', ['er', 'ir', 're']], ['aient', ['er']], ['èrent', ['er']], ['é', ['er']], ['ée', ['er']], ['és', ['er']], ['ées', ['er']], ['it', ['ir', 're']], ['ont', ['er', 'ir', 're']],
];

/** Parts of country names that are generic or name smaller places too ("Vatican City", "Saint Lucia"). */
const GENERIC_PLACE_WORDS = new Set(['city', 'island', 'islands', 'isla', 'islas', 'ilhas', 'îles', 'inseln', 'øyene', 'saint', 'sainte', 'santa', 'san', 'são', 'sint', 'bay', 'mount', 'port', 'heard', 'mcdonald', 'virgin', 'cocos', 'keeling', 'christmas', 'norfolk', 'lucia', 'helena', 'vincent', 'kitts', 'pierre', 'miquelon', 'martin', 'barthélemy', 'marino', 'thomas', 'tomé', 'príncipe', 'cruz', 'georgia', 'jordan', 'chad', 'grenadines', 'nevis', 'jersey', 'guernsey', 'man', 'niger', 'congo', 'mali', 'cook', 'wallis', 'futuna', 'faroe', 'svalbard', 'jan', 'mayen', 'pitcairn', 'tokelau', 'niue', 'nauru', 'reunion', 'réunion', 'mayotte', 'aruba', 'curaçao', 'bonaire', 'sudan']);

export class KnownWords {
  private readonly lowerDicts: HunspellDictionary[];
  private readonly de: HunspellDictionary;
  private readonly all: HunspellDictionary[];
  private readonly countryWords = new Set<string>();
  /** SAFE_CAPITALISED ∪ SAFE_PLACES ∪ country words, and GIVEN_NAMES ∪ SURNAMES: one lookup each (every token asks). */
  private readonly safeCapitalised: Set<string>;
  private readonly knownNames = new Set<string>([...GIVEN_NAMES, ...SURNAMES]);
  private readonly cache = new Map<string, boolean>();
  /** Memo of the other lookups: each probes up to six dictionaries of hundreds of thousands of stems. */
  private readonly stemCache = new Map<string, boolean>();
  private readonly germanCache = new Map<string, boolean>();

  constructor() {
    const en = loadHunspell('dictionary-en');
    const es = loadHunspell('dictionary-es');
    const pt = loadHunspell('dictionary-pt');
    const fr = loadHunspell('dictionary-fr');
    const nb = loadHunspell('dictionary-nb');
    this.de = loadHunspell('dictionary-de');
    this.lowerDicts = [en, es, pt, fr, nb];
    this.all = [en, es, pt, fr, nb, this.de];
    for (const lang of ['en', 'es', 'pt', 'fr', 'de', 'nb', 'no', 'zh']) {
      const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
      for (const list of Object.values(names)) {
        for (const name of list) {
          for (const w of name.toLowerCase().split(/[\s,()'-]+/)) if (w.length > 3 && !GENERIC_PLACE_WORDS.has(w)) this.countryWords.add(w);
          this.countryWords.add(name.toLowerCase());
        }
      }
    }
    this.safeCapitalised = new Set<string>([...SAFE_CAPITALISED, ...SAFE_PLACES, ...this.countryWords]);
  }

  /** A lowercase word (or the lowercase form of a token) is an ordinary word of some language. */
  isCommon(lower: string): boolean {
    return memo(this.cache, lower, (w) => this.computeCommon(w));
  }

  private computeCommon(lower: string): boolean {
    // Each check below slices the word; over a token of thousands of letters that was quadratic.
    if (lower.length > MAX_WORD_LENGTH) return false;
    if (STOPWORDS.has(lower) || TOK_PISIN_WORDS.has(lower) || VIOLATION_WORDS.has(lower) || PERSON_TRIGGERS.has(lower)) return true;
    for (const d of this.lowerDicts) if (d.has(lower)) return true;
    // German nouns are capitalised in the dictionary; their lowercase forms are ordinary words too.
    const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (this.de.has(lower) || (this.de.has(cap) && !GIVEN_NAMES.has(lower) && !SURNAMES.has(lower))) return true;
    if (lower.includes('-')) return lower.split('-').every((p) => p.length <= 1 || this.isCommon(p));
    // Romance verb forms the one-step affix lookup misses: "despejou" → despejar, "descobriu" → descobrir.
    for (const [end, inf] of ROMANCE_ENDINGS) {
      if (lower.length > end.length + 2 && lower.endsWith(end)) {
        const stem = lower.slice(0, lower.length - end.length);
        for (const i of inf) for (const d of this.lowerDicts) if (d.hasStem(stem + i)) return true;
      }
    }
    // Scandinavian definite and plural endings: "kontoen", "leiligheten", "pengene".
    for (const end of ['ene', 'en', 'et', 'er', 'a', 'ane', 'ar']) {
      if (lower.length > end.length + 2 && lower.endsWith(end) && this.lowerDicts[4]!.hasStem(lower.slice(0, lower.length - end.length))) return true;
    }
    // Compounds (German, Norwegian): a known head of 4+ letters after a known modifier of 3+.
    if (lower.length >= 9) {
      for (let i = lower.length - 4; i >= 3; i--) {
        const head = lower.slice(i);
        const capHead = head.charAt(0).toUpperCase() + head.slice(1);
        if (this.de.has(capHead) || this.lowerDicts[4]!.has(head)) {
          const mod = lower.slice(0, i).replace(/s$/, '');
          const capMod = mod.charAt(0).toUpperCase() + mod.slice(1);
          if (mod.length >= 3 && (this.de.has(capMod) || this.lowerDicts[4]!.has(mod) || this.de.has(mod))) return true;
        }
      }
    }
    return false;
  }

  /** Stricter: the word itself is a dictionary stem or a function word (no affix stripping, no compounds). */
  isCommonStem(lower: string): boolean {
    return memo(this.stemCache, lower, (w) => this.computeCommonStem(w));
  }

  private computeCommonStem(lower: string): boolean {
    if (STOPWORDS.has(lower) || TOK_PISIN_WORDS.has(lower) || VIOLATION_WORDS.has(lower) || PERSON_TRIGGERS.has(lower)) return true;
    for (const d of this.lowerDicts) if (d.hasStem(lower)) return true;
    return false;
  }

  /** The word itself is in a dictionary (no compound splitting, no extra endings): "Gürtel" yes, "Weberstraße" no. */
  isDictionaryWord(lower: string): boolean {
    if (STOPWORDS.has(lower) || TOK_PISIN_WORDS.has(lower)) return true;
    for (const d of this.lowerDicts) if (d.has(lower)) return true;
    return this.de.has(lower) || this.de.has(lower.charAt(0).toUpperCase() + lower.slice(1));
  }

  /** A capitalised word that is a country, a large city, a calendar word, an institution… */
  isSafeCapitalised(lower: string): boolean {
    return this.safeCapitalised.has(lower);
  }

  isKnownName(lower: string): boolean {
    return this.knownNames.has(lower);
  }

  /** Exact-case stem lookup in any dictionary (capitalised stems are proper nouns in en/es/pt/fr/nb). */
  isProperNoun(word: string): boolean {
    for (const d of this.lowerDicts) if (d.hasStem(word)) return true;
    return false;
  }

  /** German capitalised noun known to the German dictionary, or a compound of known parts ("Ausweisnummer"). */
  isGermanNoun(word: string): boolean {
    return memo(this.germanCache, word, (w) => this.computeGermanNoun(w));
  }

  private computeGermanNoun(word: string): boolean {
    if (this.de.has(word)) return true;
    if (word.length < 8 || word.length > MAX_WORD_LENGTH) return false;
    for (let i = word.length - 3; i >= 3; i--) {
      const head = word.charAt(i).toUpperCase() + word.slice(i + 1);
      if (!this.de.has(head)) continue;
      const mod = word.slice(0, i);
      const modNoS = mod.replace(/s$/, '');
      if (this.de.has(mod) || this.de.has(modNoS) || this.de.has(mod.toLowerCase()) || this.de.has(`${modNoS}e`)) return true;
    }
    return false;
  }

  /** Number of dictionaries loaded (for health checks). */
  get dictionaryCount(): number {
    return this.all.length;
  }
}

/** Looks `key` up in a bounded memo (cleared when full: reports bring new words without end). */
function memo(cache: Map<string, boolean>, key: string, compute: (key: string) => boolean): boolean {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const r = compute(key);
  if (cache.size > 100000) cache.clear();
  cache.set(key, r);
  return r;
}

let shared: KnownWords | null = null;
/** Loaded once per process (about 1.5 s, ~150 MB). */
export function knownWords(): KnownWords {
  if (!shared) shared = new KnownWords();
  return shared;
}
