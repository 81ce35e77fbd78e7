import type { PerpetratorType, ViolationType } from '../../taxonomy/taxonomy.codes';
import { secondOpinion, type RuleView, type SecondOpinionParams } from './second-opinion';

const PARAMS: SecondOpinionParams = { add: 0.25, addSafeguarding: 0.1, dropFallback: 0, addPerpetrator: 0.3, minFeatures: 56 };

/** The rules found POLICE_ABUSE by POLICE; the model is sure of EXTORTION, fairly sure of coercion by a third party. */
const rules: RuleView = {
  types: ['POLICE_ABUSE'],
  perpetratorsOf: new Map<ViolationType, ReadonlySet<PerpetratorType>>([['POLICE_ABUSE', new Set<PerpetratorType>(['POLICE'])]]),
  fallback: new Set(),
};
const probs: Record<string, number> = { 'v:EXTORTION': 0.6, 'v:COERCION_OR_TRAFFICKING': 0.12, 'v:CRIMINALISATION': 0.2, 'p:THIRD_PARTY': 0.35 };
const p = (label: string) => probs[label] ?? 0.01;

describe('secondOpinion', () => {
  it('adds the types and perpetrators over their bars, the safeguarding types from a lower one', () => {
    const o = secondOpinion(rules, p, PARAMS, () => true, 120);
    expect(o.kept).toEqual(['POLICE_ABUSE']);
    expect(o.added.map((a) => a.type)).toEqual(['EXTORTION', 'COERCION_OR_TRAFFICKING']);
    expect(o.perpetrators.sort()).toEqual(['POLICE', 'THIRD_PARTY']);
  });

  it('adds nothing the model cannot place in a sentence told as fact', () => {
    const o = secondOpinion(rules, p, PARAMS, (type) => type !== 'EXTORTION', 120);
    expect(o.added.map((a) => a.type)).toEqual(['COERCION_OR_TRAFFICKING']);
  });

  it('leaves a text under minFeatures to the rules: nothing added, dropped or named', () => {
    const o = secondOpinion({ ...rules, fallback: new Set<ViolationType>(['POLICE_ABUSE']) }, p, { ...PARAMS, dropFallback: 0.5 }, () => true, 55);
    expect(o).toEqual({ kept: ['POLICE_ABUSE'], added: [], dropped: [], perpetrators: ['POLICE'], addedPerpetrators: [] });
    // At the floor the model reads the text (and here drops the fallback finding it finds unlikely).
    expect(secondOpinion({ ...rules, fallback: new Set<ViolationType>(['POLICE_ABUSE']) }, p, { ...PARAMS, dropFallback: 0.5 }, () => true, 56).dropped).toEqual(['POLICE_ABUSE']);
  });
});
