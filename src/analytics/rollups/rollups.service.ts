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

  /** Adds (sign 1) or removes (sign -1) many contributions in one round trip per rollup table. */
  async applyMany(runner: Queryable, contributions: readonly Contribution[], sign: 1 | -1): Promise<void> {
    const byTable = new Map<string, RollupRow[]>();
    for (const row of aggregate(contributions, sign)) {
      const list = byTable.get(row.cuboid.table);
      if (list) list.push(row);
      else byTable.set(row.cuboid.table, [row]);
    }
    for (const cuboid of CUBOIDS) {
      const rows = byTable.get(cuboid.table);
      if (!rows?.length) continue;
      // A stable order of row locks across transactions avoids deadlocks between workers.
      rows.sort((a, b) => (a.key.join('\u0000') < b.key.join('\u0000') ? -1 : 1));
      const columns = keyColumns(cuboid);
      const params: unknown[] = columns.map((_, i) => rows.map((r) => r.key[i]));
      params.push(rows.map((r) => r.count), rows.map((r) => r.keySum.toString()));
      const arrays = [...columns.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}[]`), `$${columns.length + 1}::int[]`, `$${columns.length + 2}::bigint[]`];
      await runner.query(
        `INSERT INTO ${cuboid.table} AS t (${columns.join(', ')}, report_count, key_sum)
         SELECT * FROM unnest(${arrays.join(', ')})
         ON CONFLICT (${columns.join(', ')}) DO UPDATE
           SET report_count = t.report_count + EXCLUDED.report_count, key_sum = t.key_sum + EXCLUDED.key_sum`,
        params,
      );
    }
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
