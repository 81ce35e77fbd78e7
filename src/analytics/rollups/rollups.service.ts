import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { LegalModel } from '../../taxonomy/taxonomy.codes';
import type { ReportEntity } from '../../reports/report.entity';
import { JurisdictionLegalModel, LegalModelResolver } from '../legal-models/legal-model-resolver';
import { aggregate, Contribution, RollupRow } from './contribution';
import { CUBOIDS, keyColumns } from './cuboids';

const COLUMN_TYPES: Record<string, string> = {
  month: 'text',
  country_code: 'text',
  region_code: 'text',
  legal_model: 'text',
  work_setting: 'text',
  reported_to_police: 'text',
  safeguarding: 'boolean',
  violation: 'text',
  perpetrator: 'text',
};
const LEGAL_MODEL_TTL_MS = 5 * 60 * 1000;

type Queryable = Pick<EntityManager, 'query'> | Pick<DataSource, 'query'>;

/**
 * Keeps the trend rollups in step with reports, inside the caller's
 * transaction: categorisation applies a report's contribution, withdrawal,
 * review and re-categorisation reverse it first. What was applied is stored
 * on the report (report.rollup), so a reversal is exact.
 */
@Injectable()
export class RollupsService {
  private resolver: { value: LegalModelResolver; loadedAt: number } | undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async apply(tx: EntityManager, report: ReportEntity): Promise<void> {
    await this.applyAll(tx, [report]);
  }

  /**
   * Applies the contributions of many just-categorised reports with one
   * statement per rollup table and one to record them on the reports: the
   * worker's batches hold the busy rollup rows for as short a time as possible.
   */
  async applyAll(tx: EntityManager, reports: readonly ReportEntity[]): Promise<void> {
    const processed = reports.filter((r) => r.status === 'PROCESSED');
    if (processed.length === 0) return;
    const resolver = await this.legalModels();
    const contributions = processed.map((r) => this.contributionOf(r, resolver));
    await this.applyMany(tx, contributions, 1);
    await tx.query(
      `UPDATE report SET rollup = u.rollup FROM unnest($1::uuid[], $2::jsonb[]) AS u(id, rollup) WHERE report.id = u.id`,
      [processed.map((r) => r.id), contributions.map((c) => JSON.stringify(c))],
    );
  }

  async reverse(tx: EntityManager, report: ReportEntity & { rollup?: Contribution | null }): Promise<void> {
    const rows: { rollup: Contribution | null }[] = await tx.query('SELECT rollup FROM report WHERE id = $1', [report.id]);
    const applied = rows[0]?.rollup;
    if (!applied) return;
    await this.applyMany(tx, [applied], -1);
    await tx.query('UPDATE report SET rollup = NULL WHERE id = $1', [report.id]);
  }

  /**
   * Adds (sign 1) or removes (sign -1) many contributions with one statement
   * for every rollup table (one data-modifying CTE per table, the rows sent
   * as one JSON parameter). The rows of each table are upserted in a stable
   * order, and the statement always names the tables in the same order, so
   * concurrent batches lock shared cells in the same order and cannot
   * deadlock; and since this is the last statement before the commit, the
   * busy cells are held for one round trip instead of one per table.
   */
  async applyMany(runner: Queryable, contributions: readonly Contribution[], sign: 1 | -1): Promise<void> {
    const byTable = new Map<string, { order: string; row: RollupRow }[]>();
    for (const row of aggregate(contributions, sign)) {
      const entry = { order: row.key.join('\u0000'), row };
      const list = byTable.get(row.cuboid.table);
      if (list) list.push(entry);
      else byTable.set(row.cuboid.table, [entry]);
    }
    const ctes: string[] = [];
    const payload: Record<string, unknown[][]> = {};
    for (const cuboid of CUBOIDS) {
      const rows = byTable.get(cuboid.table);
      if (!rows?.length) continue;
      rows.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
      payload[cuboid.table] = rows.map(({ row }) => [...row.key, row.count, row.keySum.toString()]);
      const columns = keyColumns(cuboid);
      const values = [...columns.map((c, i) => `(e->>${i})::${COLUMN_TYPES[c]}`), `(e->>${columns.length})::int`, `(e->>${columns.length + 1})::bigint`];
      ctes.push(`${cuboid.table} AS (
         INSERT INTO ${cuboid.table} AS t (${columns.join(', ')}, report_count, key_sum)
         SELECT ${values.join(', ')} FROM json_array_elements($1::json -> '${cuboid.table}') WITH ORDINALITY AS a(e, n) ORDER BY n
         ON CONFLICT (${columns.join(', ')}) DO UPDATE
           SET report_count = t.report_count + EXCLUDED.report_count, key_sum = t.key_sum + EXCLUDED.key_sum)`);
    }
    if (ctes.length === 0) return;
    await runner.query(`WITH ${ctes.join(',\n')}\nSELECT 1`, [JSON.stringify(payload)]);
  }

  contributionOf(report: ReportEntity, resolver: LegalModelResolver): Contribution {
    const month = report.occurredMonth ?? report.receivedMonth;
    return {
      month,
      country: report.countryCode,
      region: report.regionCode ?? '',
      legalModel: resolver.resolve(report.countryCode, report.regionCode, month) ?? '',
      workSetting: report.workSetting ?? '',
      reportedToPolice: report.reportedToPolice ?? '',
      safeguarding: report.safeguarding,
      violations: report.violationTypes,
      perpetrators: report.perpetrators.map((p) => p.type),
      recordKey: String(report.recordKey),
    };
  }

  async legalModels(): Promise<LegalModelResolver> {
    if (this.resolver && Date.now() - this.resolver.loadedAt < LEGAL_MODEL_TTL_MS) return this.resolver.value;
    const rows: { country_code: string; region_code: string; applies_from: string; legal_model: LegalModel }[] = await this.db.query(
      'SELECT country_code, region_code, applies_from, legal_model FROM jurisdiction_legal_model',
    );
    const value = new LegalModelResolver(
      rows.map((r): JurisdictionLegalModel => ({
        countryCode: r.country_code,
        regionCode: r.region_code,
        appliesFrom: r.applies_from,
        legalModel: r.legal_model,
      })),
    );
    this.resolver = { value, loadedAt: Date.now() };
    return value;
  }
}
