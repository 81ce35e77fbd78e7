/**
 * The shared rule format. Each language has its own file (en.rules.ts …) so a
 * native speaker can review it. Patterns are written in lower case; the
 * engine folds the text (lower case, Latin diacritics removed, one character
 * for one character so offsets stay those of the text) and folds the
 * pattern's non-ASCII letters the same way, so "policía" and "policia" are one
 * pattern and `\b` works around accented letters.
 */
import type { PerpetratorType, ReportedToPolice, ViolationType, WorkSetting } from '../../taxonomy/taxonomy.codes';

/**
 * How a match is checked against its context:
 * - fact: dropped when negated ("they did not arrest me") or hypothetical
 *   ("if I report it they will close my place");
 * - nohyp: dropped when negated only (threats, demands and fears are
 *   themselves conditional: "pay or we arrest you");
 * - always: never dropped (the pattern already carries its own negation,
 *   e.g. "the police did nothing").
 */
export type RuleMode = 'fact' | 'nohyp' | 'always';

/**
 * Acts whose violation type depends on who did them: a beating by police is
 * POLICE_ABUSE, by a client VIOLENCE_BY_PRIVATE_ACTORS. The engine finds the
 * actor (nearest actor mention in the sentence, else the last one before it).
 */
export type Act =
  | 'ASSAULT'
  | 'SEXUAL'
  /** All of someone's money taken (by police: extortion; by a partner or manager: control of earnings). */
  | 'TAKE'
  /** Belongings seized or stolen. */
  | 'SEIZE'
  /** A share of earnings kept (by a manager: labour exploitation). */
  | 'SKIM'
  | 'DEMAND'
  | 'WEAPON'
  | 'INSULT'
  | 'NONPAYMENT'
  /** Blaming the victim (by police: denial of justice; by a health worker: discriminatory care). */
  | 'BLAME'
  /**
   * A levy on top of everything ("tea money", a protection fee, a weekly "contribution", "for the
   * boss"): extortion whoever collects it, a landlord included (a landlord's "pay more or go" is a DEMAND).
   */
  | 'LEVY';

/** A type is reported by the rules once its combined confidence reaches this; a rule weighing less is a weak sign. */
export const CONFIDENCE_THRESHOLD = 0.5;

export interface ViolationRule {
  pattern: RegExp;
  type: ViolationType;
  subtype?: string;
  /** Perpetrator named by the rule itself, or 'resolve' to use the actor found in context. */
  who?: PerpetratorType | 'resolve';
  /** 0..1: how sure this phrase alone makes the finding. Findings need ≥ CONFIDENCE_THRESHOLD in total. */
  weight: number;
  mode: RuleMode;
  /** With who 'resolve': the perpetrator when no actor is found in context (else UNKNOWN). */
  fallback?: PerpetratorType;
  /** With who 'resolve': actor types never taken as the doer (clients do not hold passports). */
  notActors?: readonly PerpetratorType[];
  /** With who 'resolve': actor types preferred when mentioned in the same sentence (evictions: the landlord). */
  prefer?: readonly PerpetratorType[];
  /** With who 'resolve': look only in the match's own sentence, before or after the match. */
  sameSentence?: boolean;
  /**
   * With who 'resolve': another type when the doer is of a given kind, or
   * null to drop the finding (a client who locks someone in is violence,
   * not trafficking; only a health worker breaches medical confidentiality).
   */
  ifActor?: Partial<Record<PerpetratorType | 'NONE', ViolationType | null>>;
  /**
   * The finding stands on its own and never yields to a more specific type
   * (repeated stops are harassment even when the last one ends in a charge
   * under a named law, which is CRIMINALISATION as well).
   */
  standalone?: boolean;
  /**
   * A second way of telling a type: the finding counts only when no other rule found the type, and never
   * adds weight to one found otherwise (a report whose reason not to report the first rules know keeps its
   * order of types when a broader pattern matches too).
   */
  backup?: boolean;
  /**
   * With who 'resolve': the finding holds only when the doer found is of one of these kinds (an
   * "envelope" or a phone top-up is a bribe only when an officer takes it).
   */
  onlyActors?: readonly PerpetratorType[];
  /**
   * For a weak rule (weight under the engine's threshold, which counts once per report): the indicator it tells
   * ("phone", "money", "school things" …). Weak rules of one type and indicator count once together, so a
   * finding built from weak signs needs two different indicators, not one indicator told in two ways.
   */
  indicator?: string;
}

export interface ActRule {
  pattern: RegExp;
  act: Act;
  weight: number;
  mode: RuleMode;
}

export interface ActorRule {
  pattern: RegExp;
  actor: PerpetratorType;
}

export interface SettingRule {
  pattern: RegExp;
  setting: WorkSetting;
  weight: number;
}

export interface ReportedRule {
  pattern: RegExp;
  value: ReportedToPolice;
  mode: RuleMode;
}

export interface LanguageRules {
  language: string;
  /**
   * Frequent function words of the language (global flag). A language's rules
   * run on a text when the text shows enough of them (reports mix languages,
   * so several can run), when it is the declared language, or when no
   * language shows at all.
   */
  markers: RegExp;
  violations: ViolationRule[];
  acts: ActRule[];
  actors: ActorRule[];
  settings: SettingRule[];
  reported: ReportedRule[];
  /** A negation cue in the clause before a match (e.g. "not", "never"). */
  negation: RegExp;
  /** How many characters before a match the negation cue is looked for (default 45; short for Chinese). */
  negationWindow?: number;
  /** A negation right after a match (Norwegian word order: "de slo meg ikke"). Tested on the next few characters. */
  negationAfter?: RegExp;
  /** A conditional or future cue in the sentence before a match (e.g. "if", "will"). */
  hypothetical: RegExp;
  /**
   * The end of a phrase that makes an act a mere mention rather than an
   * event told ("I tried to report a rape": the rape is not attributed to the
   * police at the desk). Tested on the text just before an act's match.
   */
  mention?: RegExp;
  /** Relative pronouns: a conditional before one does not reach into its clause ("if I report the client who hit me"). */
  relative?: RegExp;
  /** Words that mark the agent of a passive ("beaten by a client"): an actor after an act counts only after one. */
  agent?: RegExp;
  /** Words and marks that start a new clause (negation does not cross them). */
  clauseBreak: RegExp;
  /**
   * The reporter's own child named just before an age or school word ("my
   * daughter is 14"): a child merely mentioned is not CHILD_INVOLVED. Tested
   * on the sentence text just before a CHILD_INVOLVED match.
   */
  ownChild?: RegExp;
  /**
   * The reporter's own child named right after an age placeholder (Chinese
   * word order: "带着[AGE_UNDER_18]的女儿", her daughter under 18). Tested at
   * the start of the text just after the placeholder.
   */
  ownChildAfter?: RegExp;
  /** A length of time just before an age-like number ("for 15 years", "hace 15 años"): not an age. */
  durationBefore?: RegExp;
  /**
   * People taken for police said not to be police ("they weren't real cops", "no eran policías", "根本冇呢兩個人"):
   * the police named before it (in the sentences before, or just before it in its own) were impersonators.
   */
  unmasked?: RegExp;
  /**
   * There was nothing to report ("nothing to report", "no hay nada que denunciar", 冇嘢要報): a sentence that says so
   * gives no denial of justice, as a form's "Did you report it? Why not?" answered that way does not.
   */
  nothingToReport?: RegExp;
}

/** Builders that keep the rule files short and readable. */
export const v = (
  pattern: RegExp,
  type: ViolationType,
  subtype: string | undefined,
  weight: number,
  opts: {
    who?: PerpetratorType | 'resolve';
    mode?: RuleMode;
    fallback?: PerpetratorType;
    notActors?: readonly PerpetratorType[];
    prefer?: readonly PerpetratorType[];
    sameSentence?: boolean;
    ifActor?: Partial<Record<PerpetratorType | 'NONE', ViolationType | null>>;
    standalone?: boolean;
    backup?: boolean;
    onlyActors?: readonly PerpetratorType[];
  } = {},
): ViolationRule => ({ pattern, type, subtype, weight, ...opts, mode: opts.mode ?? 'fact' });

export const act = (pattern: RegExp, a: Act, weight = 0.85, mode: RuleMode = 'fact'): ActRule => ({
  pattern,
  act: a,
  weight,
  mode,
});

export const actor = (pattern: RegExp, a: PerpetratorType): ActorRule => ({ pattern, actor: a });

export const setting = (pattern: RegExp, s: WorkSetting, weight = 0.6): SettingRule => ({ pattern, setting: s, weight });

export const reported = (pattern: RegExp, value: ReportedToPolice, mode: RuleMode = 'fact'): ReportedRule => ({
  pattern,
  value,
  mode,
});
