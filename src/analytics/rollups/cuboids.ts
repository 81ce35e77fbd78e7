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
}

const FULL: readonly RollupColumn[] = ['country_code', 'region_code', 'legal_model', 'work_setting', 'reported_to_police'];

/** Narrowest first: the planner takes the first that covers a query. */
export const CUBOIDS: readonly Cuboid[] = [
  { table: 'rollup_country', dims: ['country_code'], multi: [] },
  { table: 'rollup_country_violation', dims: ['country_code'], multi: ['violation'] },
  { table: 'rollup_country_perpetrator', dims: ['country_code'], multi: ['perpetrator'] },
  { table: 'rollup_legal_model_violation', dims: ['legal_model'], multi: ['violation'] },
  { table: 'rollup_country_region', dims: ['country_code', 'region_code'], multi: [] },
  { table: 'rollup_country_violation_perpetrator', dims: ['country_code'], multi: ['violation', 'perpetrator'] },
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
