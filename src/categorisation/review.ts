/**
 * A reviewer's corrections to a categorisation. Apart from the engine (which
 * compiles every language's rules and loads the learned model when it is
 * first imported): the API applies reviews and never categorises, so it
 * imports this module alone. Pure and framework-free.
 */
import { SAFEGUARDING_TYPES, type PerpetratorType, type ViolationType } from '../taxonomy/taxonomy.codes';
import type { CategorisationResult, ViolationFinding } from './categorisation.types';

/** CHILD_INVOLVED or COERCION_OR_TRAFFICKING among the findings. */
export function isSafeguarding(violations: readonly ViolationFinding[]): boolean {
  return violations.some((f) => SAFEGUARDING_TYPES.includes(f.type));
}

export interface Review {
  violations?: ViolationType[];
  perpetrators?: PerpetratorType[];
}

/**
 * A reviewer's corrections. A reviewer's list REPLACES the set (source
 * REVIEWER, confidence 1), keeping the evidence and sub-types already found
 * for the types the reviewer kept; safeguarding is recomputed. Pure.
 */
export function applyReview(result: CategorisationResult, review: Review): CategorisationResult {
  let violations = result.violations;
  if (review.violations) {
    const types = [...new Set(review.violations)];
    const others = types.filter((t) => t !== 'OUT_OF_SCOPE');
    const kept = types.length === 0 || others.length === 0 ? (['OUT_OF_SCOPE'] as ViolationType[]) : others;
    violations = kept.map((type) => {
      const prior = result.violations.find((f) => f.type === type);
      return {
        type,
        subtypes: prior ? [...prior.subtypes] : [],
        confidence: 1,
        source: 'REVIEWER',
        evidence: prior ? [...prior.evidence] : [],
      };
    });
  }
  let perpetrators = result.perpetrators;
  if (review.perpetrators) {
    perpetrators = [...new Set(review.perpetrators)].map((type) => ({ type, source: 'REVIEWER' }));
  }
  return {
    ...result,
    violations,
    perpetrators,
    safeguarding: isSafeguarding(violations),
  };
}
