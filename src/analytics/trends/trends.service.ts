import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RollupsService } from '../rollups/rollups.service';
import { preparedArrays } from '../../database/prepared-query';
import { AppError } from '../../common/errors/app-error';
import {
  LEGAL_MODELS,
  PERPETRATOR_TYPES,
  REPORTED_TO_POLICE,
  VIOLATION_TYPES,
  WORK_SETTINGS,
} from '../../taxonomy/taxonomy.codes';
import { TAXONOMY_VERSION } from '../../taxonomy/taxonomy.data';
import { passesSmallCellRule, protectGrid, type ProtectedGrid, type RawCell } from '../disclosure';
import type { TrendCell, TrendQuery, TrendResult } from './dto/trend.types';
import { DIMENSION_COLUMN, monthRangeOf, periodsBetween, TrendDimension, TrendInterval } from './trend-dimensions';
import { chooseCuboid, keyColumns, RollupColumn } from '../rollups/cuboids';
import { publicationCutoff } from '../rollups/publication';
import { TrendQuerier, TrendQueryBudgetService } from './trend-query-budget.service';

export { DEFAULT_MONTHS, monthRangeOf } from './trend-dimensions';

/** Largest grid an answer may have (cells of the full domain). Finer questions must filter. */
export const MAX_ANSWER_CELLS = 50_000;
const AXIS_TTL_MS = 60_000;

interface Plan {
  table: string;
  /** The table's key columns. */
  key: string[];
  /** Columns a filter fixes to one value. */
  fixed: Set<string>;
  where: string[];
  params: unknown[];
}

/** The period of a rollup month, in SQL; the same text as periodOf. */
const PERIOD_SQL: Record<TrendInterval, string> = {
  MONTH: 'month',
  QUARTER: `substr(month, 1, 4) || '-Q' || ((substr(month, 6, 2)::int + 2) / 3)`,
  YEAR: 'substr(month, 1, 4)',
};

type Row = unknown[];

/**
 * Answers trend queries from the rollups, never from reports, and passes
 * every answer through disclosure control (src/analytics/disclosure) with the
 * full grid as its domain, so that empty and small cells look alike. No axis
 * says more than the simplest question already publishes: its months are the
 * query's range, or the DEFAULT_MONTHS up to this month; its countries (and
 * regions) are those the query names, or else those whose total of all months
 * (of the reports the query counts) passes the small-cell rule by its perturbed
 * value, which are exactly the cells a `groupBy: [COUNTRY]` (or REGION) question
 * without bounds does not withhold as small; the
 * few reports of the other countries are left out of that answer, where every
 * cell of theirs would be withheld anyway. (Axes taken from the data as it was
 * told which countries and regions had ever had a report, a withdrawn one
 * included, and the months of the earliest and the latest.)
 *
 * Reports flagged for safeguarding (a child involved, coercion or
 * trafficking) are not sex work under the policy: they are left out of the
 * figures unless the query asks for them by grouping by SAFEGUARDING or
 * filtering on it, so they are never counted without the flag visible.
 */
@Injectable()
export class TrendsService {
  private readonly axisCache = new Map<string, { values: string[]; at: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rollups: RollupsService,
    private readonly budget: TrendQueryBudgetService,
  ) {}

  /**
   * A caller's query (GraphQL `trends`, the CSV export): checked, then admitted by the daily budget
   * of distinct queries of the key's organisation (TrendQueryBudgetService: RATE_LIMITED, nothing
   * recorded, when a new one is over it), then answered. The refusal comes before any counting work.
   */
  async query(query: TrendQuery, caller: TrendQuerier): Promise<TrendResult> {
    checkQuery(query);
    await this.budget.admit(caller, query);
    return this.count(query);
  }

  /** The answer without the budget: for the benchmark and internal use, never for a caller's query. */
  async answer(query: TrendQuery): Promise<TrendResult> {
    checkQuery(query);
    return this.count(query);
  }

  /** Counts a checked query. */
  private async count(query: TrendQuery): Promise<TrendResult> {
    const groupBy = query.groupBy;

    // Counts as published: with TRENDS_PUBLISHED=daily, every change recorded before the current UTC
    // day; with `immediately`, every change committed before this read. (The worker drains the journal
    // every ROLLUP_DRAIN_INTERVAL_MS; what it has not reached yet is applied here.) One cheap check when none is due.
    await this.rollups.drain({ wait: true, before: publicationCutoff(this.config) });
    const monthRange = query.interval ? monthRangeOf(query) : null;
    const plan = this.plan(monthRange ? { ...query, ...monthRange } : query);
    const domain = domainOf(query, monthRange);
    for (const dimension of ['COUNTRY', 'REGION'] as const) {
      if (query.groupBy.includes(dimension) && domain[dimension] === undefined) domain[dimension] = await this.publishedValues(dimension, query);
    }
    const gridSize = Object.values(domain).reduce((n, values) => n * Math.max(values.length, 1), 1);
    if (gridSize > MAX_ANSWER_CELLS) {
      throw AppError.badInput([{ field: 'query', problem: `ANSWER_OVER_${MAX_ANSWER_CELLS}_CELLS_FILTER_OR_COARSEN` }]);
    }

    // One row per answer coordinate (period, not month, when the interval is coarser), or
    // several when the SQL does not group: protectAnswer sums rows with the same coordinates.
    const dimensions = groupBy.map((d) => DIMENSION_COLUMN[d].column);
    const period = query.interval ? PERIOD_SQL[query.interval] : undefined;
    const selected = [...dimensions, ...(period ? [period === 'month' ? period : `${period} AS period`] : [])];
    // When every key column of the table is grouped or fixed by a one-value filter, each
    // row is its own group: no aggregation to do, and PostgreSQL streams the index range.
    const unique = period === 'month' && plan.key.every((column) => dimensions.includes(column) || column === 'month' || plan.fixed.has(column));
    const where = plan.where.length ? ` WHERE ${plan.where.join(' AND ')}` : '';
    const sql = unique
      ? `SELECT ${[...selected, 'report_count AS count', 'key_sum::text AS key_sum'].join(', ')} FROM ${plan.table}${where}${where ? ' AND' : ' WHERE'} report_count > 0`
      : `SELECT ${[...selected, 'SUM(report_count)::int AS count', 'SUM(key_sum)::text AS key_sum'].join(', ')} FROM ${plan.table}${where}` +
        (selected.length ? ` GROUP BY ${selected.map((_, i) => i + 1).join(', ')}` : '') +
        ` HAVING SUM(report_count) > 0`;
    const rows = await this.rows(sql, plan.params);

    const keys = [...groupBy, ...(query.interval ? ['PERIOD'] : [])];
    const makeDims = dimsFactory(keys);
    const width = keys.length;
    // The rows of countries or regions left off their axis (too few reports in all) stay out of the answer.
    const axes = keys.flatMap((key, i) => (key === 'COUNTRY' || key === 'REGION' ? [[i, new Set(domain[key])] as const] : []));
    const cells: RawCell[] = [];
    for (const row of rows) {
      if (axes.some(([i, values]) => !values.has(fromColumn(row[i])))) continue;
      cells.push({ dims: makeDims(row), count: Number(row[width]), keySum: BigInt(row[width + 1] as string) });
    }
    const answer = protectGrid(cells, keys, {
      secret: this.config.crypto.cellKeySecret,
      minimumCellSize: this.config.analytics.minCellSize,
      domain,
    });
    return {
      cells: trendCells(answer, groupBy, query.interval ? 1 : 0),
      minimumCellSize: this.config.analytics.minCellSize,
      suppressedCells: answer.suppressedCells,
      taxonomyVersion: TAXONOMY_VERSION,
    };
  }

  private plan(query: TrendQuery): Plan {
    const filter = query.filter ?? {};
    const used = new Set<RollupColumn>(query.groupBy.filter((d) => d !== 'SAFEGUARDING').map((d) => DIMENSION_COLUMN[d].column as RollupColumn));
    const filtered: [RollupColumn, readonly unknown[] | undefined][] = [
      ['violation', filter.violations],
      ['perpetrator', filter.perpetrators],
      ['country_code', filter.countries],
      ['region_code', filter.regions],
      ['legal_model', filter.legalModels],
      ['work_setting', filter.workSettings],
      ['reported_to_police', filter.reportedToPolice],
    ];
    for (const [column, values] of filtered) if (values?.length) used.add(column);
    const cuboid = chooseCuboid(used);
    const where: string[] = [];
    const params: unknown[] = [];
    const fixed = new Set<string>();
    const add = (column: string, values: readonly unknown[] | undefined, cast = 'text'): void => {
      if (!values?.length) return;
      params.push(values);
      where.push(`${column} = ANY($${params.length}::${cast}[])`);
      if (new Set(values).size === 1) fixed.add(column);
    };
    add('violation', filter.violations);
    add('perpetrator', filter.perpetrators);
    add('country_code', filter.countries, 'bpchar');
    add('region_code', filter.regions);
    add('legal_model', filter.legalModels);
    add('work_setting', filter.workSettings);
    add('reported_to_police', filter.reportedToPolice);
    const safeguarding = safeguardingCounted(query);
    if (safeguarding.length === 1) add('safeguarding', safeguarding, 'boolean');
    if (query.from) {
      params.push(query.from);
      where.push(`month >= $${params.length}`);
    }
    if (query.to) {
      params.push(query.to);
      where.push(`month <= $${params.length}`);
    }
    return { table: cuboid.table, key: keyColumns(cuboid), fixed, where, params };
  }

  /**
   * The countries (or regions, of the filter's countries) whose total over all months passes the
   * small-cell rule, true and perturbed count at least the minimum cell size (passesSmallCellRule:
   * exactly the totals a `groupBy: [COUNTRY]` (REGION) question without bounds does not withhold as
   * small), counting the reports this query counts (safeguarding ones only when it makes the flag
   * visible), and for REGION "none" too (null, once: the rollups keep "none" as '', which is not a
   * value of the axis, or it would be a second, always empty, "none"). Cached for a minute.
   * (Listing those with at least the minimum of reports, by the true count, put a country whose
   * total is withheld on the axis, which told that it had exactly 10 or 11 reports, and a
   * reporter could add reports one at a time until the country appeared: 10 minus the reports
   * added was the exact number of the others.)
   */
  private async publishedValues(dimension: 'COUNTRY' | 'REGION', query: TrendQuery): Promise<(string | null)[]> {
    const filter = query.filter ?? {};
    const safeguarding = safeguardingCounted(query);
    const countries = dimension === 'REGION' ? (filter.countries ?? []) : [];
    const key = `${dimension}|${safeguarding.join(',')}|${countries.join(',')}`;
    const cached = this.axisCache.get(key);
    let values = cached && Date.now() - cached.at < AXIS_TTL_MS ? cached.values : undefined;
    if (!values) {
      const column = dimension === 'COUNTRY' ? 'country_code' : 'region_code';
      const rows: { value: string; count: number; key_sum: string }[] = await this.db.query(
        `SELECT ${column} AS value, sum(report_count)::int AS count, sum(key_sum)::text AS key_sum
           FROM ${dimension === 'COUNTRY' ? 'rollup_country' : 'rollup_country_region'}
          WHERE safeguarding = ANY($1::boolean[]) AND ${column} <> '' ${countries.length ? 'AND country_code = ANY($3::bpchar[])' : ''}
          GROUP BY 1 HAVING sum(report_count) >= $2 ORDER BY 1`,
        countries.length ? [safeguarding, this.config.analytics.minCellSize, countries] : [safeguarding, this.config.analytics.minCellSize],
      );
      // Listed when the total passes the small-cell rule by its perturbed value, as the total's own
      // cell does; the true count alone would tell exactly when the 10th report arrived.
      const published = passesSmallCellRule({ secret: this.config.crypto.cellKeySecret, minimumCellSize: this.config.analytics.minCellSize });
      values = rows.filter((r) => published(Number(r.count), BigInt(r.key_sum))).map((r) => String(r.value).trim());
      this.axisCache.set(key, { values, at: Date.now() });
    }
    return dimension === 'REGION' ? [...values, null] : [...values];
  }

  /**
   * Runs a rollup read as a named prepared statement (parsed and planned once per
   * connection and statement text) with rows as arrays (no object per row). The
   * statement text depends only on the query's shape, never on its values.
   */
  private async rows(sql: string, params: unknown[]): Promise<Row[]> {
    return preparedArrays<Row>(this.db, `trends_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`, sql, params);
  }
}

/** Refusals that depend on the query alone (BAD_USER_INPUT), before it is admitted or counted. */
function checkQuery(query: TrendQuery): void {
  const filter = query.filter ?? {};
  if (query.from && query.to && query.from > query.to) {
    throw AppError.badInput([{ field: 'from', problem: 'AFTER_TO' }]);
  }
  for (const [dimension, values] of [
    ['VIOLATION', filter.violations],
    ['PERPETRATOR', filter.perpetrators],
  ] as const) {
    // A report with two violation types is in both rows: summing them would count it twice.
    if ((values?.length ?? 0) > 1 && !query.groupBy.includes(dimension)) {
      throw AppError.badInput([{ field: `filter.${dimension === 'VIOLATION' ? 'violations' : 'perpetrators'}`, problem: `SEVERAL_VALUES_NEED_GROUP_BY_${dimension}` }]);
    }
  }
}

/** The reports a query counts by their safeguarding flag: not flagged, unless the query makes the flag visible. */
function safeguardingCounted(query: TrendQuery): boolean[] {
  const filter = query.filter ?? {};
  if (filter.safeguarding !== undefined) return [filter.safeguarding];
  return query.groupBy.includes('SAFEGUARDING') ? [false, true] : [false];
}

/**
 * Every value each grouped dimension can take in this answer, so the answer is the full grid, from
 * the codes and the query alone; COUNTRY and REGION without a filter naming them are left undefined
 * (the service adds the published ones).
 */
export function domainOf(query: TrendQuery, range: { from: string; to: string } | null): Record<string, (string | null)[]> {
  const domain: Record<string, (string | null)[]> = {};
  for (const d of query.groupBy) {
    const values = valuesOf(d, query);
    if (values) domain[d] = values;
  }
  if (range && query.interval) domain.PERIOD = periodsBetween(range.from, range.to, query.interval);
  return domain;
}

function valuesOf(dimension: TrendDimension, query: TrendQuery): (string | null)[] | undefined {
  const filter = query.filter ?? {};
  switch (dimension) {
    case 'VIOLATION':
      return filter.violations ?? [...VIOLATION_TYPES];
    case 'PERPETRATOR':
      return filter.perpetrators ?? [...PERPETRATOR_TYPES];
    case 'LEGAL_MODEL':
      return filter.legalModels ?? [...LEGAL_MODELS, null];
    case 'WORK_SETTING':
      return filter.workSettings ?? [...WORK_SETTINGS, null];
    case 'REPORTED_TO_POLICE':
      return filter.reportedToPolice ?? [...REPORTED_TO_POLICE, null];
    case 'SAFEGUARDING':
      return filter.safeguarding === undefined ? ['false', 'true'] : [String(filter.safeguarding)];
    case 'COUNTRY':
      return filter.countries;
    case 'REGION':
      return filter.regions;
  }
}

function fromColumn(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return String(value);
  return String(value).trim();
}

/** The `dims` of a row (its first keys.length columns), one object literal per answer width. */
function dimsFactory(keys: readonly string[]): (row: Row) => Record<string, string | null> {
  const [k0, k1, k2, k3] = keys as [string, string, string, string];
  switch (keys.length) {
    case 0:
      return () => ({});
    case 1:
      return (row) => ({ [k0]: fromColumn(row[0]) });
    case 2:
      return (row) => ({ [k0]: fromColumn(row[0]), [k1]: fromColumn(row[1]) });
    case 3:
      return (row) => ({ [k0]: fromColumn(row[0]), [k1]: fromColumn(row[1]), [k2]: fromColumn(row[2]) });
    case 4:
      return (row) => ({ [k0]: fromColumn(row[0]), [k1]: fromColumn(row[1]), [k2]: fromColumn(row[2]), [k3]: fromColumn(row[3]) });
    default:
      return (row) => Object.fromEntries(keys.map((key, i) => [key, fromColumn(row[i])]));
  }
}

/**
 * The API's cells from the protected grid: { count, suppressed, <field of each groupBy
 * dimension>, period? }, one object each (values shared from the axes; SAFEGUARDING as a boolean).
 */
function trendCells(grid: ProtectedGrid, groupBy: readonly TrendDimension[], periods: 0 | 1): TrendCell[] {
  const names = [...groupBy.map((d) => DIMENSION_COLUMN[d].field), ...(periods ? ['period'] : [])];
  const axes = grid.axes.map((axis, d) =>
    groupBy[d] === 'SAFEGUARDING' ? axis.map((value) => (value === null ? null : value === 'true')) : axis,
  );
  const { n, coords, published, suppressed } = grid;
  const k = names.length;
  const [f0, f1, f2, f3] = names as [string, string, string, string];
  const [a0, a1, a2, a3] = axes as [unknown[], unknown[], unknown[], unknown[]];
  const out = new Array<TrendCell>(n);
  for (let i = 0; i < n; i++) {
    const hidden = suppressed[i] === 1;
    const count = hidden ? null : published[i]!;
    const o = i * k;
    let cell: Record<string, unknown>;
    switch (k) {
      case 0:
        cell = { count, suppressed: hidden };
        break;
      case 1:
        cell = { count, suppressed: hidden, [f0]: a0[coords[o]!] };
        break;
      case 2:
        cell = { count, suppressed: hidden, [f0]: a0[coords[o]!], [f1]: a1[coords[o + 1]!] };
        break;
      case 3:
        cell = { count, suppressed: hidden, [f0]: a0[coords[o]!], [f1]: a1[coords[o + 1]!], [f2]: a2[coords[o + 2]!] };
        break;
      case 4:
        cell = { count, suppressed: hidden, [f0]: a0[coords[o]!], [f1]: a1[coords[o + 1]!], [f2]: a2[coords[o + 2]!], [f3]: a3[coords[o + 3]!] };
        break;
      default:
        cell = { count, suppressed: hidden };
        for (let d = 0; d < k; d++) cell[names[d]!] = axes[d]![coords[o + d]!];
    }
    out[i] = cell as unknown as TrendCell;
  }
  return out;
}
