/** Every language's rules, each with its generalisation layer (general.rules.ts) added. Reports mix languages, so several can run. */
import { EN_RULES } from './en.rules';
import { ES_RULES } from './es.rules';
import { FR_RULES } from './fr.rules';
import { GENERAL } from './general.rules';
import { NB_RULES } from './nb.rules';
import { PT_RULES } from './pt.rules';
import type { LanguageRules } from './rule.types';
import { TPI_RULES } from './tpi.rules';
import { ZH_RULES } from './zh.rules';

function withGeneral(set: LanguageRules): LanguageRules {
  const g = GENERAL[set.language];
  if (!g) return set;
  return {
    ...set,
    violations: [...set.violations, ...g.violations],
    acts: [...set.acts, ...g.acts],
    actors: [...set.actors, ...g.actors],
    ownChild: set.ownChild ?? g.ownChild,
    ownChildAfter: set.ownChildAfter ?? g.ownChildAfter,
    durationBefore: set.durationBefore ?? g.durationBefore,
    unmasked: set.unmasked ?? g.unmasked,
    nothingToReport: set.nothingToReport ?? g.nothingToReport,
  };
}

export const ALL_RULES: readonly LanguageRules[] = [EN_RULES, ES_RULES, PT_RULES, FR_RULES, NB_RULES, ZH_RULES, TPI_RULES].map(withGeneral);
