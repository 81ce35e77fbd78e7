/** Every language's rules. All of them run on every text (reports mix languages). */
import { EN_RULES } from './en.rules';
import { ES_RULES } from './es.rules';
import type { LanguageRules } from './rule.types';

export const ALL_RULES: readonly LanguageRules[] = [EN_RULES, ES_RULES];
