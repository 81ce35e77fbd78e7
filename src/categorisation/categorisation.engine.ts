/**
 * The categorisation engine: multi-label, multilingual, explainable rules over
 * the de-identified narrative and the submitter's structured values.
 * Pure and framework-free. It never logs and never puts text into an error.
 */
import {
  VIOLATION_SUBTYPES,
  type PerpetratorType,
  type ReportedToPolice,
  type ViolationType,
  type WorkSetting,
} from '../taxonomy/taxonomy.codes';
import { TAXONOMY_VERSION } from '../taxonomy/taxonomy.data';
import type {
  CategorisationInput,
  CategorisationResult,
  PerpetratorFinding,
  Sourced,
  ViolationFinding,
} from './categorisation.types';
import type { LinearModel } from './model/linear';
import { shippedModel } from './model/shipped';
import { SECOND_OPINION_PARAMS, secondOpinion, type RuleView } from './model/second-opinion';
import { ALL_RULES } from './rules';
import { CONFIDENCE_THRESHOLD, type Act, type LanguageRules, type RuleMode } from './rules/rule.types';
import { isSafeguarding } from './review';
import { compactSource } from './text/compact';
import { fold, foldPatternSource } from './text/fold';
import { KeyTable, mayMatchIndex, patternKeys, startKeys, type KeyIndex } from './text/prefilter';

export { CONFIDENCE_THRESHOLD };
const MAX_EVIDENCE = 5;
const MAX_EVIDENCE_CHARS = 90;
/** How far back (characters) a negation cue is looked for, within the clause. */
const NEGATION_WINDOW = 45;
/** How far back (characters) a conditional cue is looked for, within the sentence. */
const HYPOTHETICAL_WINDOW = 120;

interface Compiled<T> {
  re: RegExp;
  /** Pre-check keys (text/prefilter.ts) as ids of KEYS; null: always run. */
  keys: number[] | null;
  /** Keys of the words every match starts at (prefilter startKeys), as ids of KEYS; null: unknown. */
  starts: number[] | null;
  rule: T;
  lang: CompiledLanguage;
}

interface CompiledLanguage {
  language: string;
  negation: RegExp;
  /** The negation cue anywhere (anchors dropped): a whole sentence is tested for it. */
  negationAny: RegExp;
  negationWindow: number;
  negationAfter: RegExp | null;
  mention: RegExp | null;
  relative: RegExp | null;
  agent: RegExp | null;
  hypothetical: RegExp;
  clauseBreak: RegExp;
  ownChild: RegExp | null;
  ownChildAfter: RegExp | null;
  durationBefore: RegExp | null;
  unmasked: RegExp | null;
  nothingToReport: RegExp | null;
}

interface ActorMention {
  start: number;
  end: number;
  actor: PerpetratorType;
  lang: CompiledLanguage;
}

interface TypeAccumulator {
  miss: number; // product of (1 - weight)
  subtypes: Set<string>;
  evidence: string[];
  first: number;
  /** Who did the acts behind this finding (only kept findings give perpetrators). */
  perpetrators: Set<PerpetratorType>;
  /** Found by a rule that stands on its own (repeated targeting): never yields to a more specific type. */
  standalone: boolean;
  /** Reported only because of the actor fallback (no rule found an act of this type strongly enough). */
  fallback: boolean;
  /** Found so far only by backup rules (they add weight to nothing else). */
  byBackup: boolean;
}

/** A pattern as the engine runs it: folded (text/fold.ts) and compacted (text/compact.ts, same matches). */
function compile(re: RegExp, flags = ''): RegExp {
  return new RegExp(compactSource(foldPatternSource(re.source)), flags);
}

interface CompiledSet {
  lang: CompiledLanguage;
  markers: MarkerCounter;
  scanner: Scanner;
  violations: Compiled<LanguageRules['violations'][number]>[];
  acts: Compiled<LanguageRules['acts'][number]>[];
  actors: Compiled<LanguageRules['actors'][number]>[];
  settings: Compiled<LanguageRules['settings'][number]>[];
  reported: Compiled<LanguageRules['reported'][number]>[];
}

/** Every rule's pre-check keys, numbered. */
const KEYS = new KeyTable();

function keyIds(keys: readonly string[] | null): number[] | null {
  return keys === null ? null : keys.map((k) => KEYS.id(k));
}

function compileSet(set: LanguageRules): CompiledSet {
  const lang: CompiledLanguage = {
    language: set.language,
    negation: compile(set.negation),
    negationAny: new RegExp(compactSource(foldPatternSource(set.negation.source).replace(/^\^/, '').replace(/\$$/, ''))),
    negationWindow: set.negationWindow ?? NEGATION_WINDOW,
    negationAfter: set.negationAfter ? compile(set.negationAfter) : null,
    mention: set.mention ? compile(set.mention) : null,
    relative: set.relative ? compile(set.relative, 'g') : null,
    agent: set.agent ? compile(set.agent) : null,
    hypothetical: compile(set.hypothetical),
    clauseBreak: compile(set.clauseBreak, 'g'),
    ownChild: set.ownChild ? compile(set.ownChild) : null,
    ownChildAfter: set.ownChildAfter ? compile(set.ownChildAfter) : null,
    durationBefore: set.durationBefore ? compile(set.durationBefore) : null,
    unmasked: set.unmasked ? compile(set.unmasked, 'g') : null,
    nothingToReport: set.nothingToReport ? compile(set.nothingToReport) : null,
  };
  const wrap = <T extends { pattern: RegExp }>(rules: readonly T[]): Compiled<T>[] =>
    rules.map((rule) => {
      // Keys from the folded pattern as written (the prefilter reads it); the compacted one is run.
      const source = foldPatternSource(rule.pattern.source);
      const re = new RegExp(compactSource(source), 'g');
      return { re, keys: keyIds(patternKeys(source)), starts: keyIds(startKeys(source)), rule, lang };
    });
  const violations = wrap(set.violations);
  const acts = wrap(set.acts);
  const actors = wrap(set.actors);
  const settings = wrap(set.settings);
  const reported = wrap(set.reported);
  return {
    lang,
    markers: new MarkerCounter(foldPatternSource(set.markers.source)),
    // Hits in this order: violations, acts, actors, settings, reported (see hitsOf).
    scanner: new Scanner([...violations, ...acts, ...actors, ...settings, ...reported]),
    violations,
    acts,
    actors,
    settings,
    reported,
  };
}

/**
 * Every rule's matches in a text (leftmost, not overlapping, as a global
 * scan gives them). Measured: one pass per rule is faster in V8 than a single
 * alternation of all the rules followed by anchored re-tests (133 vs 599
 * reports/s on mixed-language narratives). A rule whose matches can only
 * start at words with known keys (prefilter startKeys) is tried, sticky, only
 * at those words: a global scan would find the same leftmost matches, since
 * no match starts anywhere else.
 */
class Scanner {
  readonly hits: [number, number][][];
  private readonly sticky: (RegExp | null)[];

  constructor(private readonly rules: readonly { re: RegExp; keys: number[] | null; starts: number[] | null }[]) {
    this.hits = rules.map(() => []);
    this.sticky = rules.map(({ re, starts }) => (starts === null ? null : new RegExp(re.source, 'y')));
  }

  scan(text: string, index: KeyIndex): void {
    for (let i = 0; i < this.rules.length; i++) {
      const out = this.hits[i];
      if (out.length !== 0) out.length = 0;
      const { re, keys, starts } = this.rules[i];
      if (!mayMatchIndex(keys, index)) continue;
      const sticky = this.sticky[i];
      if (sticky !== null && starts !== null) {
        matchesAt(text, sticky, starts, index, out);
        continue;
      }
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push([m.index, m.index + m[0].length]);
      }
    }
  }

}

/** How far after a match, on its line, its answer is looked for (Scan.sentenceAround). */
const ANSWER_WINDOW = 120;

/** Scratch for matchesAt (the engine is synchronous). */
let OFFSETS = new Int32Array(256);
/** Up to this many offsets are sorted in place by insertion (cheaper than a call to sort for a few). */
const SMALL_SORT = 64;

/**
 * The leftmost non-overlapping matches of a sticky pattern tried at the words
 * with the given keys, in text order (the offsets of all the keys, sorted;
 * a word has one key, so none repeats), skipping words inside the last
 * match. Pushes them to out (when given); returns how many.
 */
function matchesAt(text: string, sticky: RegExp, keys: readonly number[], index: KeyIndex, out: [number, number][] | null): number {
  let count = 0;
  for (const k of keys) {
    const at = index[k];
    if (at !== undefined) count += at.length;
  }
  if (count === 0) return 0;
  if (OFFSETS.length < count) OFFSETS = new Int32Array(count * 2);
  const offsets = OFFSETS;
  let c = 0;
  for (const k of keys) {
    const at = index[k];
    if (at !== undefined) for (let j = 0; j < at.length; j++) offsets[c++] = at[j];
  }
  if (count > SMALL_SORT) offsets.subarray(0, count).sort();
  else {
    // Few offsets (the usual case), each key's in order: an insertion sort moves few.
    for (let j = 1; j < count; j++) {
      const v = offsets[j];
      let i = j;
      while (i > 0 && offsets[i - 1] > v) {
        offsets[i] = offsets[i - 1];
        i--;
      }
      offsets[i] = v;
    }
  }
  let from = 0;
  let n = 0;
  for (let j = 0; j < count; j++) {
    const p = offsets[j];
    if (p < from) continue;
    sticky.lastIndex = p;
    // test(), not exec(): a sticky match starts at p and ends at lastIndex, and no match array is built.
    if (!sticky.test(text) || sticky.lastIndex === p) continue;
    from = sticky.lastIndex;
    n++;
    if (out !== null) out.push([p, from]);
  }
  return n;
}

/**
 * A language's marker hits in a text (the count of a global scan's matches):
 * tried only at the words with the markers' keys, or counted by character
 * code when the markers are one range of characters (Chinese).
 */
class MarkerCounter {
  private readonly starts: number[] | null;
  private readonly sticky: RegExp;
  private readonly range: [number, number] | null;
  private readonly re: RegExp;

  /** source: the folded markers pattern. */
  constructor(source: string) {
    this.starts = keyIds(startKeys(source));
    this.re = new RegExp(compactSource(source), 'g');
    this.sticky = new RegExp(this.re.source, 'y');
    const r = /^\[\\u([0-9a-f]{4})-\\u([0-9a-f]{4})\]$/i.exec(source);
    this.range = r ? [parseInt(r[1], 16), parseInt(r[2], 16)] : null;
  }

  count(folded: string, index: KeyIndex): number {
    if (this.range !== null) {
      const [lo, hi] = this.range;
      let n = 0;
      for (let i = 0; i < folded.length; i++) {
        const c = folded.charCodeAt(i);
        if (c >= lo && c <= hi) n++;
      }
      return n;
    }
    if (this.starts !== null) return matchesAt(folded, this.sticky, this.starts, index, null);
    const re = this.re;
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(folded) !== null) n++;
    return n;
  }
}

const COMPILED: readonly CompiledSet[] = ALL_RULES.map(compileSet);

/** Minimum marker hits for a language's rules to run, and share of the strongest language's hits. */
const MARKER_MIN = 1;
const MARKER_SHARE = 0.3;

/**
 * The rule sets to run on a text: the declared language, and every language
 * whose function words show enough (mixed reports run several); all of them
 * when no language shows at all.
 */
function selectSets(folded: string, index: KeyIndex, declared: string | null | undefined, gate: boolean): readonly CompiledSet[] {
  if (!gate) return COMPILED;
  const counts = COMPILED.map((set) => set.markers.count(folded, index));
  const max = Math.max(...counts);
  if (max < MARKER_MIN) return COMPILED;
  const primary = declared ? declared.toLowerCase().split(/[-_]/)[0] : null;
  return COMPILED.filter((set, i) => set.lang.language === primary || (counts[i] >= MARKER_MIN && counts[i] >= MARKER_SHARE * max));
}

const SENTENCE_END = /[.!?。！？\n]+|;\s/g;
const AGE_PLACEHOLDER = /\[age_(?:(under_18)|(\d+)_(\d+)|(\d+))[^\]]*\]/g;
/** An age-like match that is a number or counts years (only those can be a length of time). */
const NUMBER_OR_YEARS = /^\d|\b(?:years?|yrs?|a[nñ]os|anos|ans|[aå]r|yia|krismas)\b/;
const STATE_ACTORS: ReadonlySet<PerpetratorType> = new Set(['POLICE', 'OTHER_STATE_OFFICIAL']);
/** Acts against the body: still violence when told inside a span read as coercion ("when I wanted out he smashed my face"). */
const PHYSICAL_ACTS: ReadonlySet<Act> = new Set(['ASSAULT', 'SEXUAL', 'WEAPON']);

/** Per-text working state. */
class Scan {
  readonly folded: string;
  readonly sentenceStarts: number[] = [0];
  readonly actors: ActorMention[] = [];
  readonly types = new Map<ViolationType, TypeAccumulator>();
  sets: readonly CompiledSet[] = COMPILED;
  /** Spans read as DENIAL_OF_JUSTICE; acts inside them, or after a fear of reporting in their sentence, are reasons, not events. */
  readonly justice: { start: number; end: number; fear: boolean }[] = [];
  /** Spans read as coercion: an act inside one (a passport "taken") is not also a robbery. */
  readonly coercion: { start: number; end: number }[] = [];
  /** Weak rules (weight under the threshold), or their type and indicator, that have counted already (applyViolationRule). */
  readonly weakCounted = new Set<LanguageRules['violations'][number] | string>();
  constructor(readonly text: string) {
    this.folded = fold(text);
    SENTENCE_END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_END.exec(this.folded)) !== null) this.sentenceStarts.push(m.index + m[0].length);
  }

  sentenceIndex(pos: number): number {
    const s = this.sentenceStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where the sentence holding pos begins. */
  sentenceStart(pos: number): number {
    return this.sentenceStarts[this.sentenceIndex(pos)];
  }

  /** The sentence holding pos (with what ends it), as folded. */
  sentenceAt(pos: number): string {
    const si = this.sentenceIndex(pos);
    return this.folded.slice(this.sentenceStarts[si], si + 1 < this.sentenceStarts.length ? this.sentenceStarts[si + 1] : this.folded.length);
  }

  /**
   * A match's sentence and what follows it on its line, up to ANSWER_WINDOW characters: where a form's question
   * ("Did you report it? Why not?") is answered.
   */
  sentenceAround(start: number, end: number): string {
    const from = this.sentenceStart(start);
    const line = this.folded.indexOf('\n', end);
    return this.folded.slice(from, Math.min(line === -1 ? this.folded.length : line, end + ANSWER_WINDOW));
  }

  /** Whether a rule's match survives its mode (negation, hypothetical). */
  holds(pos: number, end: number, mode: RuleMode, lang: CompiledLanguage): boolean {
    if (mode === 'always') return true;
    const sentStart = this.sentenceStart(pos);
    const negFrom = Math.max(sentStart, pos - lang.negationWindow);
    let clause = this.folded.slice(negFrom, pos);
    lang.clauseBreak.lastIndex = 0;
    let cut = -1;
    let b: RegExpExecArray | null;
    while ((b = lang.clauseBreak.exec(clause)) !== null) {
      cut = b.index + b[0].length;
      if (b[0].length === 0) lang.clauseBreak.lastIndex++;
    }
    if (cut >= 0) clause = clause.slice(cut);
    if (lang.negation.test(clause)) return false;
    if (lang.negationAfter && lang.negationAfter.test(this.folded.slice(end, end + 16))) return false;
    if (mode === 'nohyp') return true;
    const hypFrom = Math.max(sentStart, pos - HYPOTHETICAL_WINDOW);
    let scope = this.folded.slice(hypFrom, pos);
    if (lang.relative) {
      lang.relative.lastIndex = 0;
      let last = -1;
      let r: RegExpExecArray | null;
      while ((r = lang.relative.exec(scope)) !== null) last = r.index + r[0].length;
      if (last >= 0) scope = scope.slice(last);
    }
    return !lang.hypothetical.test(scope);
  }

  /**
   * The actor of an act at pos: the nearest mention before it in the
   * sentence; else one right after it introduced as the agent of a passive
   * ("by a client"); else the last one in the sentences before.
   */
  actorAt(
    pos: number,
    end: number,
    lang: CompiledLanguage | null,
    opts: { notActors?: readonly PerpetratorType[]; prefer?: readonly PerpetratorType[]; anyAfter?: boolean; sameSentence?: boolean } = {},
  ): PerpetratorType | null {
    const si = this.sentenceIndex(pos);
    const sentStart = this.sentenceStarts[si];
    const sentEnd = si + 1 < this.sentenceStarts.length ? this.sentenceStarts[si + 1] : this.folded.length;
    const skip = opts.notActors ?? [];
    let before: ActorMention | null = null;
    let after: ActorMention | null = null;
    let earlier: ActorMention | null = null;
    let preferred: ActorMention | null = null;
    for (const a of this.actors) {
      if (a.start >= sentEnd) break;
      if (skip.includes(a.actor)) continue;
      if (opts.prefer?.includes(a.actor) && a.start >= sentStart) return a.actor;
      if (a.start < sentStart) {
        earlier = a;
        if (opts.prefer?.includes(a.actor)) preferred = a;
      }
      else if (a.start < pos) before = a;
      else if (a.start >= end && after === null) {
        const lead = this.folded.slice(Math.max(end, a.start - 14), a.start);
        if ((opts.anyAfter && a.actor !== 'FAMILY_OR_PARTNER') || opts.sameSentence || lang?.agent?.test(lead)) after = a;
      }
    }
    if (opts.sameSentence) earlier = null;
    // A preferred doer named earlier in the report (the landlord) over whoever was mentioned last ("the neighbours complained").
    else if (preferred) earlier = preferred;
    return (before ?? after ?? earlier)?.actor ?? null;
  }

  /**
   * Whether an age or school word at pos is about the reporter's own child
   * ("my daughter is 14") or is a length of time ("for 15 years").
   */
  notAChild(pos: number, end: number, lang: CompiledLanguage): boolean {
    if (lang.durationBefore && NUMBER_OR_YEARS.test(this.folded.slice(pos, end)) && lang.durationBefore.test(this.folded.slice(Math.max(0, pos - 24), pos)))
      return true;
    if (!lang.ownChild) return false;
    const sentStart = this.sentenceStart(pos);
    if (lang.ownChild.test(this.folded.slice(Math.max(sentStart, pos - 80), pos))) return true;
    // The match is itself the start of the phrase ("pikinini bilong mi").
    const own = lang.ownChild.exec(this.folded.slice(pos, pos + 30));
    return own !== null && own.index === 0;
  }

  /** Whether the words right after an age placeholder name it as the reporter's own child ("[AGE_UNDER_18]的女儿"). */
  ownChildAfter(end: number, lang: CompiledLanguage): boolean {
    if (!lang.ownChildAfter) return false;
    const own = lang.ownChildAfter.exec(this.folded.slice(end, end + 16));
    return own !== null && own.index === 0;
  }

  /** Whether pos lies after a fear-of-reporting cue in the same sentence, or inside a span already read as denial of justice. */
  explained(start: number, end: number, lang: CompiledLanguage): boolean {
    const si = this.sentenceIndex(start);
    for (const j of this.justice) {
      if (start < j.end && end > j.start) return true;
      if (j.fear && j.end <= start && this.sentenceIndex(j.start) === si) {
        // "if I report the client who hit me": the relative clause tells an event.
        if (lang.relative) {
          lang.relative.lastIndex = 0;
          if (lang.relative.test(this.folded.slice(j.end, start))) continue;
        }
        return true;
      }
    }
    return false;
  }

  /** One more evidence phrase for a type already found, with no weight. */
  addEvidence(type: ViolationType, start: number, end: number): void {
    const acc = this.types.get(type);
    const phrase = evidencePhrase(this.text, start, end);
    if (acc && phrase && acc.evidence.length < MAX_EVIDENCE && !acc.evidence.includes(phrase)) acc.evidence.push(phrase);
  }

  add(type: ViolationType, subtype: string | undefined, weight: number, start: number, end: number, who: PerpetratorType | null = null, standalone = false): void {
    let acc = this.types.get(type);
    if (!acc) {
      acc = { miss: 1, subtypes: new Set(), evidence: [], first: start, perpetrators: new Set(), standalone: false, fallback: false, byBackup: false };
      this.types.set(type, acc);
    }
    if (standalone) acc.standalone = true;
    acc.byBackup = false;
    acc.miss *= 1 - weight;
    if (subtype) acc.subtypes.add(subtype);
    if (who) acc.perpetrators.add(who);
    if (start < acc.first) acc.first = start;
    this.addEvidence(type, start, end);
  }
}

/** A placeholder cut by a match's edge ("MONEY_1]", "[MONEY_1"): the phrase takes it whole. */
const CUT_PLACEHOLDER_END = /^[A-Z0-9_]*\]/;

function evidencePhrase(text: string, start: number, end: number): string {
  if (start > 0 && text[start - 1] === '[') start--;
  const open = text.lastIndexOf('[', end - 1);
  if (open >= start && text.indexOf(']', open) >= end) {
    const rest = CUT_PLACEHOLDER_END.exec(text.slice(end, end + 24));
    if (rest) end += rest[0].length;
  }
  let phrase = text.slice(start, Math.min(end, start + MAX_EVIDENCE_CHARS)).trim();
  if (end - start > MAX_EVIDENCE_CHARS) {
    const space = phrase.lastIndexOf(' ');
    if (space > 20) phrase = phrase.slice(0, space);
  }
  return phrase;
}

function resolveAct(a: Act, who: PerpetratorType | null): [ViolationType, string | undefined] {
  // Someone posing as police is a private actor, whatever they do: a "fine" they take is a robbery, a demand a threat.
  if (who === 'IMPERSONATOR') {
    if (a === 'SEXUAL') return ['VIOLENCE_BY_PRIVATE_ACTORS', 'SEXUAL_ASSAULT'];
    if (a === 'WEAPON' || a === 'DEMAND' || a === 'LEVY') return ['VIOLENCE_BY_PRIVATE_ACTORS', 'THREAT_WITH_WEAPON'];
    if (a === 'TAKE' || a === 'SEIZE' || a === 'SKIM' || a === 'NONPAYMENT') return ['VIOLENCE_BY_PRIVATE_ACTORS', 'ROBBERY'];
    if (a === 'ASSAULT') return ['VIOLENCE_BY_PRIVATE_ACTORS', 'PHYSICAL_ASSAULT'];
  }
  const state = who !== null && STATE_ACTORS.has(who);
  const controller = who === 'THIRD_PARTY' || who === 'FAMILY_OR_PARTNER';
  switch (a) {
    case 'ASSAULT':
      return state ? ['POLICE_ABUSE', 'PHYSICAL_VIOLENCE'] : ['VIOLENCE_BY_PRIVATE_ACTORS', 'PHYSICAL_ASSAULT'];
    case 'SEXUAL':
      return state ? ['POLICE_ABUSE', 'SEXUAL_VIOLENCE'] : ['VIOLENCE_BY_PRIVATE_ACTORS', 'SEXUAL_ASSAULT'];
    case 'TAKE':
      // Money taken by officers is extortion (issue #4: police who rape and take money: POLICE_ABUSE + EXTORTION);
      // all of a worker's earnings taken by a partner or manager is control, not a robbery.
      if (state) return ['EXTORTION', 'POLICE_BRIBE'];
      if (controller) return ['COERCION_OR_TRAFFICKING', undefined];
      return ['VIOLENCE_BY_PRIVATE_ACTORS', 'ROBBERY'];
    case 'SKIM':
      if (state) return ['EXTORTION', 'POLICE_BRIBE'];
      if (who === 'FAMILY_OR_PARTNER') return ['COERCION_OR_TRAFFICKING', undefined];
      return ['LABOUR_EXPLOITATION', 'UNPAID_EARNINGS'];
    case 'SEIZE':
      if (state) return ['POLICE_ABUSE', 'THEFT_SEIZURE'];
      // A manager or partner who takes someone's phone or papers controls them.
      if (controller) return ['COERCION_OR_TRAFFICKING', undefined];
      return ['VIOLENCE_BY_PRIVATE_ACTORS', 'ROBBERY'];
    case 'DEMAND':
      // A landlord's "pay (more) or go" to a sex worker is housing discrimination, found with the eviction itself.
      if (who === 'LANDLORD') return ['DISCRIMINATION', 'HOUSING'];
      return state ? ['EXTORTION', 'POLICE_BRIBE'] : ['EXTORTION', 'THIRD_PARTY_EXTORTION'];
    case 'LEVY':
      return state ? ['EXTORTION', 'POLICE_BRIBE'] : ['EXTORTION', 'THIRD_PARTY_EXTORTION'];
    case 'WEAPON':
      return state ? ['POLICE_ABUSE', 'PHYSICAL_VIOLENCE'] : ['VIOLENCE_BY_PRIVATE_ACTORS', 'THREAT_WITH_WEAPON'];
    case 'INSULT':
      // Law enforcement's insults are harassment; a welfare clerk's or a judge's are discrimination.
      if (who === 'POLICE') return ['POLICE_ABUSE', 'HARASSMENT_PROFILING'];
      if (who === 'HEALTH_WORKER') return ['DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT'];
      return ['DISCRIMINATION', 'VERBAL_ABUSE'];
    case 'NONPAYMENT':
      if (state) return ['POLICE_ABUSE', 'THEFT_SEIZURE'];
      if (who === 'THIRD_PARTY') return ['LABOUR_EXPLOITATION', 'UNPAID_EARNINGS'];
      return ['VIOLENCE_BY_PRIVATE_ACTORS', 'NON_PAYMENT_BY_FORCE'];
    case 'BLAME':
      if (who === 'HEALTH_WORKER') return ['DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT'];
      return ['DENIAL_OF_JUSTICE', 'VICTIM_BLAMED'];
  }
}

function collectActors(scan: Scan): void {
  const found: ActorMention[] = [];
  for (const set of scan.sets) {
    const offset = set.violations.length + set.acts.length;
    set.actors.forEach((c, i) => {
      for (const [start, end] of set.scanner.hits[offset + i]) found.push({ start, end, actor: c.rule.actor, lang: c.lang });
    });
  }
  // Longest mention wins where mentions overlap ("fake police" over "police").
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  for (const f of found) {
    const last = scan.actors[scan.actors.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) scan.actors[scan.actors.length - 1] = f;
      continue;
    }
    scan.actors.push(f);
  }
  unmask(scan);
}

/** How far before an unmasking phrase, in its own sentence, a police mention is still the one unmasked ("il dit police mais c'est pas la police"). */
const UNMASK_REACH = 40;

/**
 * Police said afterwards not to be police (LanguageRules.unmasked): the police mentioned before the first such
 * phrase (in the sentences before it, just before it in its own, or inside it) were impersonators; police
 * mentioned after it, or earlier in its sentence ("at the station they told me…"), stay police.
 */
function unmask(scan: Scan): void {
  let first: { start: number; end: number } | null = null;
  for (const set of scan.sets) {
    const re = set.lang.unmasked;
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(scan.folded);
    if (m && (first === null || m.index < first.start)) first = { start: m.index, end: m.index + m[0].length };
  }
  if (first === null) return;
  const sentStart = scan.sentenceStart(first.start);
  for (const a of scan.actors) {
    if (a.actor !== 'POLICE') continue;
    if (a.start >= first.end) break;
    if (a.start < sentStart || a.start >= first.start - UNMASK_REACH) a.actor = 'IMPERSONATOR';
  }
}

function childFromPlaceholders(scan: Scan): void {
  AGE_PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGE_PLACEHOLDER.exec(scan.folded)) !== null) {
    const under = m[1] !== undefined;
    const high = m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? Number(m[4]) : NaN;
    const low = m[2] !== undefined ? Number(m[2]) : high;
    if (!(under || low < 18)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // The reporter's own child given an age ("my youngest is [AGE_UNDER_18]", "带着[AGE_UNDER_18]的女儿") is no child involved.
    if (scan.sets.some((set) => scan.notAChild(start, end, set.lang) || scan.ownChildAfter(end, set.lang))) continue;
    scan.add('CHILD_INVOLVED', undefined, 0.95, start, end);
  }
}

function runViolationRules(scan: Scan): void {
  // Denial of justice first: what follows a fear of reporting is a reason, not an event. Within each, backup
  // rules after the others, so that they can tell whether the type was found already.
  // (Plain loops over the rules that matched: no per-text arrays of all the rules.)
  for (let pass = 0; pass < 4; pass++) {
    for (const set of scan.sets) {
      for (let i = 0; i < set.violations.length; i++) {
        const hits = set.scanner.hits[i];
        if (hits.length === 0) continue;
        const c = set.violations[i];
        if ((c.rule.type === 'DENIAL_OF_JUSTICE') !== pass < 2 || (c.rule.backup === true) !== (pass % 2 === 1)) continue;
        applyViolationRule(scan, c, hits);
      }
    }
  }
  for (const set of scan.sets) {
    for (let i = 0; i < set.acts.length; i++) {
      const hits = set.scanner.hits[set.violations.length + i];
      if (hits.length > 0) applyActRule(scan, set.acts[i], hits);
    }
  }
}

function applyViolationRule(scan: Scan, c: Compiled<LanguageRules['violations'][number]>, hits: readonly [number, number][]): void {
  const rule = c.rule;
  for (const [start, end] of hits) {
    if (!scan.holds(start, end, rule.mode, c.lang)) continue;
    if (rule.type === 'CHILD_INVOLVED' && scan.notAChild(start, end, c.lang)) continue;
    if (rule.type === 'DENIAL_OF_JUSTICE') {
      // "Did you report it? Why not? Nothing to report.": nothing was kept from the police.
      if (c.lang.nothingToReport !== null && c.lang.nothingToReport.test(scan.sentenceAround(start, end))) continue;
      scan.justice.push({ start, end, fear: rule.subtype === 'FEAR_OF_REPORTING' });
    } else if (rule.type !== 'CHILD_INVOLVED' && rule.type !== 'COERCION_OR_TRAFFICKING' && scan.explained(start, end, c.lang)) {
      continue;
    }
    let type = rule.type;
    let subtype = rule.subtype;
    let who: PerpetratorType | null = null;
    if (rule.who === 'resolve' || type === 'POLICE_ABUSE') {
      const found = scan.actorAt(start, end, c.lang, rule);
      if (found === 'IMPERSONATOR' && type === 'FORCED_EVICTION') continue; // a fake "raid" is a robbery, found by its acts
      if (rule.onlyActors && (found === null || !rule.onlyActors.includes(found))) continue;
      if (type === 'POLICE_ABUSE' && found === 'IMPERSONATOR') {
        // Someone posing as police: violence by a private actor.
        type = 'VIOLENCE_BY_PRIVATE_ACTORS';
        subtype = undefined;
        who = found;
      } else if (rule.who === 'resolve') {
        // Re-typing by the doer only when the doer is named in the same sentence.
        const near = found !== null && rule.ifActor ? scan.actorAt(start, end, c.lang, { ...rule, sameSentence: true }) : null;
        const remap = rule.ifActor?.[near ?? 'NONE'];
        if (remap === null) continue;
        if (remap !== undefined) {
          type = remap;
          subtype = undefined;
        }
        who = found ?? rule.fallback ?? null;
      } else {
        who = rule.who ?? null;
      }
    } else if (rule.who) {
      who = rule.who;
    }
    // A rule too weak to find a type alone counts once however often it matches: two weak signs are two
    // different signs (round 22's indicators), not one sign told twice.
    if (rule.weight < CONFIDENCE_THRESHOLD) {
      const key = rule.indicator === undefined ? rule : `${type} ${rule.indicator}`;
      if (scan.weakCounted.has(key)) {
        scan.addEvidence(type, start, end);
        continue;
      }
      scan.weakCounted.add(key);
    }
    const found = rule.backup ? scan.types.get(type) : undefined;
    if (found) {
      // Found already: a backup telling adds no weight (and, beside another rule's finding, no evidence either).
      if (found.byBackup) scan.addEvidence(type, start, end);
      continue;
    }
    scan.add(type, subtype, rule.weight, start, end, who, rule.standalone === true);
    if (rule.backup) scan.types.get(type)!.byBackup = true;
    // A sign too weak to tell coercion alone (round 20's signs of control) leaves the acts around it as they are.
    if (type === 'COERCION_OR_TRAFFICKING' && rule.weight >= CONFIDENCE_THRESHOLD) scan.coercion.push({ start, end });
  }
}

function applyActRule(scan: Scan, c: Compiled<LanguageRules['acts'][number]>, hits: readonly [number, number][]): void {
  for (const [start, end] of hits) {
    if (!scan.holds(start, end, c.rule.mode, c.lang)) continue;
    if (c.lang.mention && c.lang.mention.test(scan.folded.slice(Math.max(0, start - 30), start))) continue;
    if (c.rule.act !== 'BLAME' && scan.explained(start, end, c.lang)) continue;
    // Inside a span read as coercion, a passport "taken" is not also a robbery; a beating is still violence.
    if (!PHYSICAL_ACTS.has(c.rule.act) && scan.coercion.some((x) => start < x.end && end > x.start)) continue;
    // A payment goes to whoever demands it ("pay [MONEY] to the officers").
    const who = scan.actorAt(start, end, c.lang, { anyAfter: c.rule.act === 'DEMAND' || c.rule.act === 'LEVY' });
    // Round 9: where a child is involved, money kept by someone unnamed ("he keeps all her money") is
    // the exploiter's (a perpetrator of CHILD_INVOLVED), not a robbery by a stranger.
    if ((c.rule.act === 'TAKE' || c.rule.act === 'SKIM') && (who === null || who === 'OTHER')) {
      const child = scan.types.get('CHILD_INVOLVED');
      if (child && 1 - child.miss >= CONFIDENCE_THRESHOLD) {
        child.perpetrators.add('THIRD_PARTY');
        continue;
      }
    }
    const [type, subtype] = resolveAct(c.rule.act, who);
    scan.add(type, subtype, c.rule.weight, start, end, who ?? 'UNKNOWN');
  }
}

/** The scanner's hits of a set's setting (or reported-to-police) rule i, in text order. */
function hitsOf(set: CompiledSet, kind: 'settings' | 'reported', i: number): readonly [number, number][] {
  const settingsAt = set.violations.length + set.acts.length + set.actors.length;
  return set.scanner.hits[(kind === 'settings' ? settingsAt : settingsAt + set.settings.length) + i];
}

function bestSetting(scan: Scan): WorkSetting | null {
  const score = new Map<WorkSetting, { s: number; first: number }>();
  for (const set of scan.sets) {
    for (let i = 0; i < set.settings.length; i++) {
      const hits = hitsOf(set, 'settings', i);
      if (hits.length === 0) continue;
      const { rule } = set.settings[i];
      const at = hits[0][0];
      const cur = score.get(rule.setting);
      if (cur) {
        cur.s += rule.weight;
        cur.first = Math.min(cur.first, at);
      } else score.set(rule.setting, { s: rule.weight, first: at });
    }
  }
  let best: WorkSetting | null = null;
  let bs = 0;
  let bf = Infinity;
  for (const [k, { s, first }] of score) {
    if (s > bs || (s === bs && first < bf)) {
      best = k;
      bs = s;
      bf = first;
    }
  }
  return best;
}

const REPORTED_PRIORITY: Record<ReportedToPolice, number> = { TRIED_REFUSED: 3, YES: 2, NO: 1, UNKNOWN: 0 };

function bestReported(scan: Scan): ReportedToPolice | null {
  let best: ReportedToPolice | null = null;
  for (const set of scan.sets) {
    for (let i = 0; i < set.reported.length; i++) {
      const c = set.reported[i];
      for (const [start, end] of hitsOf(set, 'reported', i)) {
        if (!scan.holds(start, end, c.rule.mode, c.lang)) continue;
        if (best === null || REPORTED_PRIORITY[c.rule.value] > REPORTED_PRIORITY[best]) best = c.rule.value;
        break;
      }
    }
  }
  return best;
}

/**
 * Findings that give way to a more specific one: an arrest whose legal basis
 * the report names (a sex-work, public-order or immigration law) is
 * CRIMINALISATION, not an arbitrary arrest.
 */
const YIELDS: readonly { type: ViolationType; onlySubtypes: readonly string[]; to: ViolationType; toSubtypes: readonly string[] }[] = [
  // Only to a named law: pressure on clients (CLIENT_PURSUIT) is no legal basis for stopping the worker.
  { type: 'POLICE_ABUSE', onlySubtypes: ['ARBITRARY_ARREST', 'HARASSMENT_PROFILING'], to: 'CRIMINALISATION', toSubtypes: ['SEX_WORK_OFFENCE', 'PUBLIC_ORDER_LAWS', 'IMMIGRATION'] },
];

function applyYields(scan: Scan): void {
  // A child cannot be employed in sex work: whoever takes a share of a child's earnings exploits the child.
  const child = scan.types.get('CHILD_INVOLVED');
  const labour = scan.types.get('LABOUR_EXPLOITATION');
  if (child && labour && 1 - child.miss >= CONFIDENCE_THRESHOLD) {
    scan.types.delete('LABOUR_EXPLOITATION');
    const coercion = scan.types.get('COERCION_OR_TRAFFICKING');
    if (coercion) {
      coercion.miss *= labour.miss;
      for (const e of labour.evidence) if (coercion.evidence.length < MAX_EVIDENCE) coercion.evidence.push(e);
      for (const p of labour.perpetrators) coercion.perpetrators.add(p);
    } else {
      scan.types.set('COERCION_OR_TRAFFICKING', { ...labour, subtypes: new Set() });
    }
  }
  for (const y of YIELDS) {
    const acc = scan.types.get(y.type);
    const to = scan.types.get(y.to);
    if (!acc || !to || acc.standalone || 1 - to.miss < CONFIDENCE_THRESHOLD || ![...to.subtypes].some((s) => y.toSubtypes.includes(s))) continue;
    if ([...acc.subtypes].every((s) => y.onlySubtypes.includes(s))) scan.types.delete(y.type);
  }
}

/**
 * The type an actor's mere presence points to, when no rule found any act:
 * a report names someone because of something they did, and a wording the
 * rules have not seen should not make it OUT_OF_SCOPE.
 */
const ACTOR_FALLBACK: Partial<Record<PerpetratorType, [ViolationType, string | undefined]>> = {
  HEALTH_WORKER: ['DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT'],
  LANDLORD: ['FORCED_EVICTION', 'HOME_EVICTION'],
  POLICE: ['POLICE_ABUSE', 'HARASSMENT_PROFILING'],
  OTHER_STATE_OFFICIAL: ['DISCRIMINATION', 'SERVICES'],
  THIRD_PARTY: ['LABOUR_EXPLOITATION', undefined],
  CLIENT: ['VIOLENCE_BY_PRIVATE_ACTORS', undefined],
  MEMBER_OF_PUBLIC: ['DISCRIMINATION', 'VERBAL_ABUSE'],
  IMPERSONATOR: ['VIOLENCE_BY_PRIVATE_ACTORS', undefined],
  OTHER: ['DISCRIMINATION', 'SERVICES'],
};

/**
 * Fallback when nothing was found: the first actor told in a sentence that is
 * neither negated nor hypothetical ("the police did not arrest me" is no
 * report of police abuse) gives the type its kind points to, at a confidence
 * just over the threshold. Not when the text shows out-of-scope work
 * (dancing, filming), and never a safeguarding type.
 */
function actorFallback(scan: Scan): void {
  for (const [type, acc] of scan.types) if (type !== 'OUT_OF_SCOPE' && 1 - acc.miss >= CONFIDENCE_THRESHOLD) return;
  if (scan.types.has('OUT_OF_SCOPE')) return;
  for (const a of scan.actors) {
    const target = ACTOR_FALLBACK[a.actor];
    if (!target) continue;
    const sentence = scan.sentenceAt(a.start);
    if (a.lang.negationAny.test(sentence) || a.lang.hypothetical.test(sentence)) continue;
    scan.add(target[0], target[1], CONFIDENCE_THRESHOLD, a.start, a.end, a.actor);
    scan.types.get(target[0])!.fallback = true;
    return;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function orderSubtypes(type: ViolationType, subtypes: Iterable<string>): string[] {
  const order = VIOLATION_SUBTYPES[type] as readonly string[];
  return [...subtypes].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export interface EngineOptions {
  /** Run only the languages the text shows (default true); false runs every language's rules. */
  gateLanguages?: boolean;
  /**
   * Combine the rules with the learned second opinion (model/, default true);
   * false gives the rules alone (the training script's cross-validation).
   */
  secondOpinion?: boolean;
}

interface RulesOutcome {
  scan: Scan;
  /** The rules' findings (not OUT_OF_SCOPE), most confident first. */
  findings: ViolationFinding[];
  view: RuleView;
}

function runRules(text: string, language: string | null | undefined, options: EngineOptions): RulesOutcome {
  const scan = new Scan(text);
  const keys = KEYS.index(scan.folded);
  scan.sets = selectSets(scan.folded, keys, language, options.gateLanguages ?? true);
  for (const set of scan.sets) set.scanner.scan(scan.folded, keys);
  collectActors(scan);
  childFromPlaceholders(scan);
  runViolationRules(scan);

  applyYields(scan);
  actorFallback(scan);

  const findings: ViolationFinding[] = [];
  const positions = new Map<ViolationType, number>();
  const perpetratorsOf = new Map<ViolationType, ReadonlySet<PerpetratorType>>();
  const fallback = new Set<ViolationType>();
  for (const [type, acc] of scan.types) {
    const confidence = 1 - acc.miss;
    if (type === 'OUT_OF_SCOPE' || confidence < CONFIDENCE_THRESHOLD) continue;
    positions.set(type, acc.first);
    perpetratorsOf.set(type, acc.perpetrators);
    if (acc.fallback) fallback.add(type);
    findings.push({
      type,
      subtypes: orderSubtypes(type, acc.subtypes),
      confidence: round(Math.min(0.99, confidence)),
      source: 'RULES',
      evidence: acc.evidence,
    });
  }
  findings.sort((a, b) => b.confidence - a.confidence || (positions.get(a.type) ?? 0) - (positions.get(b.type) ?? 0));
  return { scan, findings, view: { types: findings.map((f) => f.type), perpetratorsOf, fallback } };
}

/**
 * The model knows no negation ("the police did not hit me" has the words of
 * a beating): a type it adds must have at least one of its evidence phrases
 * in a sentence that is neither negated nor hypothetical, the test the actor
 * fallback applies. Not for DENIAL_OF_JUSTICE, which is told in negated and
 * conditional sentences ("I did not report it", "if I go to the police").
 */
function affirmedBy(scan: Scan, model: LinearModel, text: string): (type: ViolationType) => boolean {
  return (type) => {
    if (type === 'DENIAL_OF_JUSTICE') return true;
    return model.evidenceSpans(text, `v:${type}`).some(({ start }) => {
      const sentence = scan.sentenceAt(start);
      return !scan.sets.some((set) => set.lang.negationAny.test(sentence) || set.lang.hypothetical.test(sentence));
    });
  };
}

/**
 * The test affirmedBy() applies, for a text alone (the training script's
 * cross-validation, which pairs it with older rules).
 */
export function affirmation(input: CategorisationInput, model: LinearModel, options: EngineOptions = {}): (type: ViolationType) => boolean {
  const text = typeof input.text === 'string' ? input.text : '';
  return affirmedBy(runRules(text, input.language, options).scan, model, text);
}

/** What the rules alone find in a text, as the second opinion sees it (for the training script's cross-validation). */
export function ruleView(input: CategorisationInput, options: EngineOptions = {}): RuleView {
  return runRules(typeof input.text === 'string' ? input.text : '', input.language, options).view;
}

/** Categorise one de-identified report. Never throws on any string input. */
export function categorise(input: CategorisationInput, options: EngineOptions = {}): CategorisationResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const { scan, findings, view } = runRules(text, input.language, options);

  let ruleFindings = findings;
  let rulePerps: PerpetratorType[];
  if (options.secondOpinion ?? true) {
    // The learned second opinion (model/second-opinion.ts): findings it adds carry the phrases that
    // weigh most for the type as evidence and its probability as confidence; their source is RULES
    // (the engine's own reading, as opposed to the submitter's or a reviewer's).
    const model = shippedModel();
    const probs = model.predict(text, scan.folded);
    const opinion = secondOpinion(view, (label) => probs[model.labelIndex(label)], SECOND_OPINION_PARAMS, affirmedBy(scan, model, text), model.distinctFeatures(text, scan.folded));
    ruleFindings = findings.filter((f) => opinion.kept.includes(f.type));
    for (const a of opinion.added) {
      ruleFindings.push({
        type: a.type,
        subtypes: [],
        confidence: round(Math.min(0.99, a.probability)),
        source: 'RULES',
        evidence: model.evidence(text, `v:${a.type}`),
      });
    }
    rulePerps = opinion.perpetrators;
  } else {
    const found = new Set<PerpetratorType>();
    for (const perps of view.perpetratorsOf.values()) for (const p of perps) found.add(p);
    const known = [...found].filter((p) => p !== 'UNKNOWN');
    rulePerps = known.length > 0 ? known : [...found];
  }

  // Submitter's types first (kept, source SUBMITTER, with the rules' evidence where they agree).
  const violations: ViolationFinding[] = [];
  const submitted = [...new Set(input.submitted?.violations ?? [])];
  for (const type of submitted) {
    const rules = ruleFindings.find((f) => f.type === type);
    violations.push({
      type,
      subtypes: rules ? rules.subtypes : [],
      confidence: rules ? Math.max(rules.confidence, 0.9) : 0.9,
      source: 'SUBMITTER',
      evidence: rules ? rules.evidence : [],
    });
  }
  for (const f of ruleFindings) if (!submitted.includes(f.type)) violations.push(f);

  // OUT_OF_SCOPE only when nothing else applies; a report is never dropped.
  const others = violations.filter((f) => f.type !== 'OUT_OF_SCOPE');
  let finalViolations = others;
  if (others.length === 0) {
    const oos = scan.types.get('OUT_OF_SCOPE');
    const fromSubmitter = submitted.includes('OUT_OF_SCOPE');
    finalViolations = [
      {
        type: 'OUT_OF_SCOPE',
        subtypes: [],
        confidence: fromSubmitter ? 0.9 : oos ? 0.6 : 0.5,
        source: fromSubmitter ? 'SUBMITTER' : 'RULES',
        evidence: oos ? oos.evidence : [],
      },
    ];
  }

  const perpetrators: PerpetratorFinding[] = [];
  const submittedPerps = [...new Set(input.submitted?.perpetrators ?? [])];
  for (const type of submittedPerps) perpetrators.push({ type, source: 'SUBMITTER' });
  if (others.length === 0) rulePerps.length = 0;
  for (const type of rulePerps) if (!submittedPerps.includes(type)) perpetrators.push({ type, source: 'RULES' });

  const submittedSetting = input.submitted?.workSetting ?? null;
  let workSetting: Sourced<WorkSetting> | null = null;
  if (submittedSetting) workSetting = { value: submittedSetting, source: 'SUBMITTER' };
  else {
    const s = bestSetting(scan);
    if (s) workSetting = { value: s, source: 'RULES' };
  }

  const submittedReported = input.submitted?.reportedToPolice ?? null;
  let reportedToPolice: Sourced<ReportedToPolice> | null = null;
  if (submittedReported) reportedToPolice = { value: submittedReported, source: 'SUBMITTER' };
  else {
    const r = bestReported(scan);
    if (r) reportedToPolice = { value: r, source: 'RULES' };
  }

  return {
    taxonomyVersion: TAXONOMY_VERSION,
    violations: finalViolations,
    perpetrators,
    workSetting,
    reportedToPolice,
    safeguarding: isSafeguarding(finalViolations),
  };
}
