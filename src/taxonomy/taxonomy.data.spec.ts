import {
  LEGAL_MODELS,
  PERPETRATOR_TYPES,
  REPORTED_TO_POLICE,
  VIOLATION_SUBTYPES,
  VIOLATION_TYPES,
  WORK_SETTINGS,
} from './taxonomy.codes';
import { getTaxonomy, TAXONOMY_LANGUAGES, TAXONOMY_VERSION } from './taxonomy.data';

describe('taxonomy data', () => {
  const taxonomy = getTaxonomy();

  it('has a semver version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(taxonomy.version).toBe(TAXONOMY_VERSION);
  });

  it('covers exactly the codes, in their order', () => {
    expect(taxonomy.violationTypes.map((t) => t.code)).toEqual([...VIOLATION_TYPES]);
    expect(taxonomy.perpetratorTypes.map((t) => t.code)).toEqual([...PERPETRATOR_TYPES]);
    expect(taxonomy.workSettings.map((t) => t.code)).toEqual([...WORK_SETTINGS]);
    expect(taxonomy.reportedToPolice.map((t) => t.code)).toEqual([...REPORTED_TO_POLICE]);
    expect(taxonomy.legalModels.map((t) => t.code)).toEqual([...LEGAL_MODELS]);
    for (const t of taxonomy.violationTypes) {
      expect(t.subtypes.map((s) => s.code)).toEqual([...VIOLATION_SUBTYPES[t.code]]);
    }
  });

  it('names and describes everything in every language, with no empty text', () => {
    const langs = [...TAXONOMY_LANGUAGES];
    const check = (texts: { language: string; text: string }[]) => {
      expect(texts.map((x) => x.language)).toEqual(langs);
      for (const x of texts) expect(x.text.trim().length).toBeGreaterThan(1);
    };
    for (const t of taxonomy.violationTypes) {
      check(t.names);
      check(t.descriptions);
      t.subtypes.forEach((s) => check(s.names));
      expect(t.policyBasis.length).toBeGreaterThan(3);
    }
    for (const list of [taxonomy.perpetratorTypes, taxonomy.workSettings, taxonomy.reportedToPolice, taxonomy.legalModels]) {
      for (const item of list) check(item.names);
    }
  });

  it('flags exactly the safeguarding types', () => {
    const flagged = taxonomy.violationTypes.filter((t) => t.safeguarding).map((t) => t.code);
    expect(flagged.sort()).toEqual(['CHILD_INVOLVED', 'COERCION_OR_TRAFFICKING']);
  });

  it('never invents a HURIDOCS code: codes are null or numeric, labels always present', () => {
    for (const t of taxonomy.violationTypes) {
      if (t.huridocs === null) continue;
      expect(t.huridocs.label.length).toBeGreaterThan(2);
      if (t.huridocs.code !== null) expect(t.huridocs.code).toMatch(/^\d+(\.\d+)*$/);
    }
    expect(taxonomy.violationTypes.find((t) => t.code === 'OUT_OF_SCOPE')?.huridocs).toBeNull();
  });

  it('returns a fresh plain object each call', () => {
    const a = getTaxonomy();
    a.violationTypes[0].names[0].text = 'changed';
    expect(getTaxonomy().violationTypes[0].names[0].text).not.toBe('changed');
    expect(JSON.parse(JSON.stringify(getTaxonomy()))).toEqual(getTaxonomy());
  });
});
