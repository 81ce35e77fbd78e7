import type { LegalModel } from '../../taxonomy/taxonomy.codes';

export interface JurisdictionLegalModel {
  countryCode: string;
  /** '' for the whole country. */
  regionCode: string;
  /** YYYY-MM from which the model applies. */
  appliesFrom: string;
  legalModel: LegalModel;
}

/**
 * The legal model in force in a jurisdiction in a given month: the row for
 * the subdivision if there is one, else the country's, whichever applies
 * from the latest month not after the report's month. Null when unknown.
 */
export class LegalModelResolver {
  private readonly byJurisdiction = new Map<string, JurisdictionLegalModel[]>();

  constructor(rows: readonly JurisdictionLegalModel[]) {
    for (const row of rows) {
      const key = `${row.countryCode}|${row.regionCode}`;
      const list = this.byJurisdiction.get(key) ?? [];
      list.push(row);
      this.byJurisdiction.set(key, list);
    }
    for (const list of this.byJurisdiction.values()) list.sort((a, b) => b.appliesFrom.localeCompare(a.appliesFrom));
  }

  resolve(countryCode: string, regionCode: string | null, month: string): LegalModel | null {
    if (regionCode) {
      const regional = this.find(`${countryCode}|${regionCode}`, month);
      if (regional) return regional;
    }
    return this.find(`${countryCode}|`, month);
  }

  private find(key: string, month: string): LegalModel | null {
    const list = this.byJurisdiction.get(key);
    return list?.find((row) => row.appliesFrom <= month)?.legalModel ?? null;
  }
}
