import { CUBOIDS, Cuboid, keyColumns } from './cuboids';

/** Where each key column of a cuboid comes from in a report's recorded contribution (report.rollup). */
const FROM_CONTRIBUTION: Record<string, string> = {
  month: `r.rollup->>'month'`,
  country_code: `r.rollup->>'country'`,
  region_code: `r.rollup->>'region'`,
  legal_model: `r.rollup->>'legalModel'`,
  work_setting: `r.rollup->>'workSetting'`,
  reported_to_police: `r.rollup->>'reportedToPolice'`,
  safeguarding: `(r.rollup->>'safeguarding')::boolean::text`,
  violation: 'v.value',
  perpetrator: 'p.value',
};

/**
 * SQL listing the cells where a rollup table differs from what the reports'
 * recorded contributions add up to (count and key sum per cell, each
 * violation and perpetrator once per report). Empty when the table is exactly
 * right. Only meaningful while no contributing report has been deleted
 * (aggregates outlive expired reports): for tests and checks.
 */
export function rollupMismatchSql(cuboid: Cuboid): string {
  const columns = keyColumns(cuboid);
  const expected = columns.map((c, i) => `${FROM_CONTRIBUTION[c]} AS k${i}`).join(', ');
  const actual = columns.map((c, i) => `${c}::text AS k${i}`).join(', ');
  const groups = columns.map((_, i) => `k${i}`).join(', ');
  const joins = [
    ...(cuboid.multi.includes('violation') ? [`CROSS JOIN LATERAL (SELECT DISTINCT value FROM jsonb_array_elements_text(r.rollup->'violations')) v`] : []),
    ...(cuboid.multi.includes('perpetrator') ? [`CROSS JOIN LATERAL (SELECT DISTINCT value FROM jsonb_array_elements_text(r.rollup->'perpetrators')) p`] : []),
  ].join(' ');
  return `
    WITH expected AS (
      SELECT ${groups}, count(*)::bigint AS n, sum(key)::bigint AS s
        FROM (SELECT ${expected}, (r.rollup->>'recordKey')::bigint AS key FROM report r ${joins} WHERE r.rollup IS NOT NULL) e
       GROUP BY ${groups}),
    actual AS (
      SELECT ${actual}, report_count::bigint AS n, key_sum AS s FROM ${cuboid.table} WHERE report_count <> 0 OR key_sum <> 0)
    SELECT '${cuboid.table}' AS "table", concat_ws('|', ${groups}) AS cell, e.n AS expected_count, a.n AS actual_count, e.s AS expected_key_sum, a.s AS actual_key_sum
      FROM expected e FULL JOIN actual a USING (${groups})
     WHERE e.n IS DISTINCT FROM a.n OR e.s IS DISTINCT FROM a.s`;
}

/** One statement checking every rollup table (see rollupMismatchSql). */
export function allRollupMismatchesSql(): string {
  return CUBOIDS.map((c) => `(${rollupMismatchSql(c)} LIMIT 20)`).join('\nUNION ALL\n');
}
