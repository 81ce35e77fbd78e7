import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';
import {
  LEGAL_MODELS,
  PERPETRATOR_TYPES,
  REPORTED_TO_POLICE,
  VIOLATION_TYPES,
  WORK_SETTINGS,
} from '../../taxonomy/taxonomy.codes';
import { TAXONOMY_VERSION } from '../../taxonomy/taxonomy.data';
import { protectAnswer, RawCell } from '../disclosure';
import type { TrendCell, TrendQuery, TrendResult } from './dto/trend.types';
import { DIMENSION_COLUMN, periodOf, periodsBetween, TrendDimension } from './trend-dimensions';
import { chooseCuboid, RollupColumn } from '../rollups/cuboids';

/** Largest grid an answer may have (cells of the full domain). Finer questions must filter. */
export const MAX_ANSWER_CELLS = 50_000;
const DOMAIN_TTL_MS = 60_000;

interface Plan {
  table: string;
  where: string[];
  params: unknown[];
}

/**
 * Answers trend queries from the rollups, never from reports, and passes
 * every answer through disclosure control (src/analytics/disclosure) with the
 * full grid as its domain, so that empty and small cells look alike.
 *
 * Reports flagged for safeguarding (a child involved, coercion or
 * trafficking) are not sex work under the policy: they are left out of the
 * figures unless the query asks for them by grouping by SAFEGUARDING or
 * filtering on it, so they are never counted without the flag visible.
 */
@Injectable()
export class TrendsService {
  private readonly domainCache = new Map<string, { values: (string | null)[]; at: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async query(query: TrendQuery): Promise<TrendResult> {
    const filter = query.filter ?? {};
    const groupBy = query.groupBy;
    if (query.from && query.to && query.from > query.to) {
      throw AppError.badInput([{ field: 'query.from', problem: 'AFTER_TO' }]);
    }
    for (const [dimension, values] of [
      ['VIOLATION', filter.violations],
      ['PERPETRATOR', filter.perpetrators],
    ] as const) {
      // A report with two violation types is in both rows: summing them would count it twice.
      if ((values?.length ?? 0) > 1 && !groupBy.includes(dimension)) {
        throw AppError.badInput([{ field: `query.filter.${dimension === 'VIOLATION' ? 'violations' : 'perpetrators'}`, problem: `SEVERAL_VALUES_NEED_GROUP_BY_${dimension}` }]);
      }
    }

    const plan = this.plan(query);
    const monthRange = query.interval ? await this.monthRange(query) : null;
    const domain = await this.domain(query, monthRange);
    const gridSize = Object.values(domain).reduce((n, values) => n * Math.max(values.length, 1), 1);
    if (gridSize > MAX_ANSWER_CELLS) {
      throw AppError.badInput([{ field: 'query', problem: `ANSWER_OVER_${MAX_ANSWER_CELLS}_CELLS_FILTER_OR_COARSEN` }]);
    }

    const dimensions = groupBy.map((d) => DIMENSION_COLUMN[d].column);
    const selectMonth = query.interval ? ['month'] : [];
    const groupColumns = [...dimensions, ...selectMonth];
    const sql =
      `SELECT ${[...groupColumns, 'SUM(report_count)::int AS count', 'SUM(key_sum)::text AS key_sum'].join(', ')}
         FROM ${plan.table}` +
      (plan.where.length ? ` WHERE ${plan.where.join(' AND ')}` : '') +
      (groupColumns.length ? ` GROUP BY ${groupColumns.join(', ')}` : '') +
      ` HAVING SUM(report_count) > 0`;
    const rows: Record<string, unknown>[] = await this.db.query(sql, plan.params);

    const keys = [...groupBy, ...(query.interval ? ['PERIOD'] : [])];
    const cells: RawCell[] = rows.map((row) => {
      const dims: Record<string, string | null> = {};
      for (const d of groupBy) dims[d] = fromColumn(row[DIMENSION_COLUMN[d].column]);
      if (query.interval) dims.PERIOD = periodOf(String(row.month), query.interval);
      return { dims, count: Number(row.count), keySum: BigInt(String(row.key_sum)) };
    });
    const answer = protectAnswer(cells, keys, {
      secret: this.config.crypto.cellKeySecret,
      minimumCellSize: this.config.analytics.minCellSize,
      domain,
    });
    return {
      cells: answer.cells.map((cell) => toTrendCell(cell.dims, groupBy, cell.count, cell.suppressed)),
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
    const table = chooseCuboid(used).table;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (column: string, values: readonly unknown[] | undefined, cast = 'text'): void => {
      if (!values?.length) return;
      params.push(values);
      where.push(`${column} = ANY($${params.length}::${cast}[])`);
    };
    add('violation', filter.violations);
    add('perpetrator', filter.perpetrators);
    add('country_code', filter.countries);
    add('region_code', filter.regions);
    add('legal_model', filter.legalModels);
    add('work_setting', filter.workSettings);
    add('reported_to_police', filter.reportedToPolice);
    const safeguardingVisible = query.groupBy.includes('SAFEGUARDING') || filter.safeguarding !== undefined;
    add('safeguarding', [safeguardingVisible ? filter.safeguarding : false].filter((v) => v !== undefined), 'boolean');
    if (query.from) {
      params.push(query.from);
      where.push(`month >= $${params.length}`);
    }
    if (query.to) {
      params.push(query.to);
      where.push(`month <= $${params.length}`);
    }
    return { table, where, params };
  }

  /** The months the time axis spans: the query's bounds, or the data's where a bound is absent. */
  private async monthRange(query: TrendQuery): Promise<{ from: string; to: string }> {
    if (query.from && query.to) return { from: query.from, to: query.to };
    const rows: { min: string | null; max: string | null }[] = await this.db.query(
      'SELECT min(month) AS min, max(month) AS max FROM rollup_country WHERE report_count > 0',
    );
    const now = new Date().toISOString().slice(0, 7);
    return { from: query.from ?? rows[0]?.min ?? now, to: query.to ?? rows[0]?.max ?? now };
  }

  /** Every value each grouped dimension can take in this answer, so the answer is the full grid. */
  private async domain(query: TrendQuery, range: { from: string; to: string } | null): Promise<Record<string, (string | null)[]>> {
    const domain: Record<string, (string | null)[]> = {};
    for (const d of query.groupBy) domain[d] = await this.valuesOf(d, query);
    if (range && query.interval) domain.PERIOD = periodsBetween(range.from, range.to, query.interval);
    return domain;
  }

  private async valuesOf(dimension: TrendDimension, query: TrendQuery): Promise<(string | null)[]> {
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
        return filter.countries ?? this.distinct('country_code', []);
      case 'REGION':
        return filter.regions ?? this.distinct('region_code', filter.countries ?? []);
    }
  }

  /** Values present anywhere in the rollups (not in this answer), cached for a minute. */
  private async distinct(column: 'country_code' | 'region_code', countries: readonly string[]): Promise<(string | null)[]> {
    const key = `${column}|${countries.join(',')}`;
    const cached = this.domainCache.get(key);
    if (cached && Date.now() - cached.at < DOMAIN_TTL_MS) return cached.values;
    const rows: { value: string }[] = countries.length
      ? await this.db.query(`SELECT DISTINCT ${column} AS value FROM rollup_country_region WHERE country_code = ANY($1::text[])`, [countries])
      : await this.db.query(`SELECT DISTINCT ${column} AS value FROM rollup_country_region`);
    const values = rows.map((r) => fromColumn(r.value)).sort((a, b) => (a ?? '').localeCompare(b ?? ''));
    this.domainCache.set(key, { values, at: Date.now() });
    return values;
  }
}

function fromColumn(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return String(value);
  return String(value).trim();
}

function toTrendCell(dims: Record<string, string | null>, groupBy: TrendDimension[], count: number | null, suppressed: boolean): TrendCell {
  const cell: Record<string, unknown> = { count, suppressed };
  for (const d of groupBy) {
    const value = dims[d] ?? null;
    cell[DIMENSION_COLUMN[d].field] = d === 'SAFEGUARDING' ? (value === null ? null : value === 'true') : value;
  }
  if ('PERIOD' in dims) cell.period = dims.PERIOD;
  return cell as unknown as TrendCell;
}
