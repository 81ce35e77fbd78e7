/** Every language's rules. All of them run on every text (reports mix languages). */
import { EN_RULES } from './en.rules';
import { ES_RULES } from './es.rules';
import { FR_RULES } from './fr.rules';
import { NB_RULES } from './nb.rules';
import { PT_RULES } from './pt.rules';
import type { LanguageRules } from './rule.types';
import { TPI_RULES } from './tpi.rules';
import { ZH_RULES } from './zh.rules';

export const ALL_RULES: readonly LanguageRules[] = [EN_RULES, ES_RULES, PT_RULES, FR_RULES, NB_RULES, ZH_RULES, TPI_RULES];
