/**
 * The rollup tables ("cuboids" of the data cube). Each keeps report counts
 * and record-key sums per month, safeguarding flag and its own dimensions.
 * The four full-width tables can answer any query; the narrow ones answer
 * the common questions from far fewer rows. A table with a multi-valued
 * dimension (violation, perpetrator) counts a report once per value, so a
 * query may use it only when it groups or filters by that dimension.
 */
export type RollupColumn =
  | 'country_code'
  | 'region_code'
  | 'legal_model'
  | 'work_setting'
  | 'reported_to_police'
  | 'violation'
  | 'perpetrator';

export interface Cuboid {
  table: string;
  /** Single-valued dimensions, besides month and safeguarding. */
  dims: readonly RollupColumn[];
  /** Multi-valued dimensions. */
  multi: readonly ('violation' | 'perpetrator')[];
  /**
   * Narrow tables: the order of the primary key (the same columns as keyColumns),
   * which INCLUDEs report_count and key_sum so that reads are index-only scans of
   * one range: the filter column the table exists for, safeguarding, month, then
   * the rest (migrations/1763800400000-rollup-read-paths.ts).
   */
  readKey?: readonly string[];
}

const FULL: readonly RollupColumn[] = ['country_code', 'region_code', 'legal_model', 'work_setting', 'reported_to_police'];

/** Narrowest first: the planner takes the first that covers a query. */
export const CUBOIDS: readonly Cuboid[] = [
  { table: 'rollup_country', dims: ['country_code'], multi: [], readKey: ['safeguarding', 'month', 'country_code'] },
  {
    table: 'rollup_country_violation',
    dims: ['country_code'],
    multi: ['violation'],
    readKey: ['safeguarding', 'month', 'country_code', 'violation'],
  },
  {
    table: 'rollup_country_perpetrator',
    dims: ['country_code'],
    multi: ['perpetrator'],
    readKey: ['safeguarding', 'month', 'country_code', 'perpetrator'],
  },
  {
    table: 'rollup_legal_model_violation',
    dims: ['legal_model'],
    multi: ['violation'],
    readKey: ['safeguarding', 'month', 'legal_model', 'violation'],
  },
  {
    table: 'rollup_country_region',
    dims: ['country_code', 'region_code'],
    multi: [],
    readKey: ['country_code', 'safeguarding', 'month', 'region_code'],
  },
  {
    table: 'rollup_country_work_setting_violation',
    dims: ['country_code', 'work_setting'],
    multi: ['violation'],
    readKey: ['work_setting', 'safeguarding', 'month', 'country_code', 'violation'],
  },
  {
    table: 'rollup_country_police_violation',
    dims: ['country_code', 'reported_to_police'],
    multi: ['violation'],
    readKey: ['reported_to_police', 'safeguarding', 'month', 'country_code', 'violation'],
  },
  {
    table: 'rollup_country_violation_perpetrator',
    dims: ['country_code'],
    multi: ['violation', 'perpetrator'],
    readKey: ['violation', 'safeguarding', 'month', 'country_code', 'perpetrator'],
  },
  { table: 'rollup_report', dims: FULL, multi: [] },
  { table: 'rollup_violation', dims: FULL, multi: ['violation'] },
  { table: 'rollup_perpetrator', dims: FULL, multi: ['perpetrator'] },
  { table: 'rollup_violation_perpetrator', dims: FULL, multi: ['violation', 'perpetrator'] },
];

/** Key columns of a cuboid, in table order. */
export function keyColumns(cuboid: Cuboid): string[] {
  return ['month', ...cuboid.dims, 'safeguarding', ...cuboid.multi];
}

/** The narrowest cuboid holding every column a query uses, with exactly the multi-valued ones it uses. */
export function chooseCuboid(used: ReadonlySet<RollupColumn>): Cuboid {
  const needsViolation = used.has('violation');
  const needsPerpetrator = used.has('perpetrator');
  const found = CUBOIDS.find(
    (c) =>
      c.multi.includes('violation') === needsViolation &&
      c.multi.includes('perpetrator') === needsPerpetrator &&
      [...used].every((col) => col === 'violation' || col === 'perpetrator' || c.dims.includes(col)),
  );
  if (!found) throw new Error('No rollup table covers the query');
  return found;
}
