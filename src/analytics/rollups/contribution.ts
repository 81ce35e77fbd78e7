import type { PerpetratorType, ViolationType } from '../../taxonomy/taxonomy.codes';
import { CUBOIDS, Cuboid } from './cuboids';

/**
 * What one report adds to the rollups (framework-free). Recorded on the
 * report when applied, so that it can be reversed exactly.
 */
export interface Contribution {
  month: string;
  country: string;
  region: string;
  legalModel: string;
  workSetting: string;
  reportedToPolice: string;
  safeguarding: boolean;
  violations: ViolationType[];
  perpetrators: PerpetratorType[];
  /** The report's secret 32-bit record key, as a decimal string (bigint). */
  recordKey: string;
}

export interface RollupRow {
  cuboid: Cuboid;
  /** Values in the order of keyColumns(cuboid). */
  key: (string | boolean)[];
  count: number;
  keySum: bigint;
}

function valueOf(c: Contribution, column: Cuboid['dims'][number]): string {
  switch (column) {
    case 'country_code':
      return c.country;
    case 'region_code':
      return c.region;
    case 'legal_model':
      return c.legalModel;
    case 'work_setting':
      return c.workSetting;
    case 'reported_to_police':
      return c.reportedToPolice;
    case 'violation':
    case 'perpetrator':
      throw new Error('multi-valued');
  }
}

/** Sums the contributions of many reports, all added (1) or all removed (-1), into one row per cuboid and cell. */
export function aggregate(contributions: readonly Contribution[], sign: 1 | -1): RollupRow[] {
  return aggregateSigned(contributions.map((contribution) => ({ contribution, sign })));
}

/** Sums contributions each with its own sign (a journal of additions and removals) into one row per cuboid and cell. */
export function aggregateSigned(entries: readonly { contribution: Contribution; sign: 1 | -1 }[]): RollupRow[] {
  const rows = new Map<string, RollupRow>();
  let sign: 1 | -1 = 1;
  const add = (cuboid: Cuboid, key: (string | boolean)[], recordKey: bigint): void => {
    const id = `${cuboid.table}\u0000${key.join('\u0000')}`;
    const row = rows.get(id);
    if (row) {
      row.count += sign;
      row.keySum += BigInt(sign) * recordKey;
    } else {
      rows.set(id, { cuboid, key, count: sign, keySum: BigInt(sign) * recordKey });
    }
  };
  for (const { contribution: c, sign: entrySign } of entries) {
    sign = entrySign;
    const recordKey = BigInt(c.recordKey);
    const violations = [...new Set(c.violations)];
    const perpetrators = [...new Set(c.perpetrators)];
    for (const cuboid of CUBOIDS) {
      const base = [c.month, ...cuboid.dims.map((d) => valueOf(c, d)), c.safeguarding];
      const hasV = cuboid.multi.includes('violation');
      const hasP = cuboid.multi.includes('perpetrator');
      if (hasV && hasP) {
        for (const v of violations) for (const p of perpetrators) add(cuboid, [...base, v, p], recordKey);
      } else if (hasV) {
        for (const v of violations) add(cuboid, [...base, v], recordKey);
      } else if (hasP) {
        for (const p of perpetrators) add(cuboid, [...base, p], recordKey);
      } else {
        add(cuboid, base, recordKey);
      }
    }
  }
  return [...rows.values()].filter((r) => r.count !== 0 || r.keySum !== 0n);
}
