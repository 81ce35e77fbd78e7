import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { LegalModel } from '../../taxonomy/taxonomy.codes';
import type { ReportEntity } from '../../reports/report.entity';
import { JurisdictionLegalModel, LegalModelResolver } from '../legal-models/legal-model-resolver';
import { aggregate, aggregateSigned, Contribution, RollupRow } from './contribution';
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

/** Advisory lock key of the journal drain ("rollup" in ASCII): one drain at a time. */
const DRAIN_LOCK = 0x726f6c6c7570;
/** Journal entries applied per drain transaction. */
const DRAIN_BATCH = 20_000;

/**
 * Keeps the trend rollups in step with reports. Categorisation adds a
 * report's contribution; withdrawal, review and re-categorisation remove it
 * first. What was added is stored on the report (report.rollup), so a removal
 * is exact.
 *
 * Changes go through a journal: the caller's transaction inserts the signed
 * contributions into rollup_journal (so a report and its counts commit
 * together, or neither does), and drain() moves journalled contributions into
 * the rollup tables, deleting them in the same transaction (each applied
 * exactly once). The worker drains every ROLLUP_DRAIN_INTERVAL_MS, and a trend
 * read drains first, so an answer counts every report committed before it.
 * Draining sums a whole interval's reports into one upsert per cell: a busy
 * cell (a country and month shared by most reports) is written once per
 * drain instead of once per batch, and the worker's transactions no longer
 * wait on each other's rollup rows.
 */
@Injectable()
export class RollupsService {
  private resolver: { value: LegalModelResolver; loadedAt: number } | undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async apply(tx: EntityManager, report: ReportEntity): Promise<void> {
    await this.applyAll(tx, [report]);
  }

  /** Journals the contributions of just-categorised reports and records them on the reports, in the caller's transaction. */
  async applyAll(tx: EntityManager, reports: readonly ReportEntity[]): Promise<void> {
    const processed = reports.filter((r) => r.status === 'PROCESSED');
    if (processed.length === 0) return;
    // Read through the caller's transaction: it already holds a connection, and asking the pool for
    // another while every connection is held by such a transaction would wait forever.
    const resolver = await this.legalModels(tx);
    const contributions = processed.map((r) => this.contributionOf(r, resolver));
    await this.journal(tx, contributions, 1);
    await tx.query(
      `UPDATE report SET rollup = u.rollup FROM unnest($1::uuid[], $2::jsonb[]) AS u(id, rollup) WHERE report.id = u.id`,
      [processed.map((r) => r.id), contributions.map((c) => JSON.stringify(c))],
    );
  }

  async reverse(tx: EntityManager, report: ReportEntity & { rollup?: Contribution | null }): Promise<void> {
    const rows: { rollup: Contribution | null }[] = await tx.query('SELECT rollup FROM report WHERE id = $1', [report.id]);
    const applied = rows[0]?.rollup;
    if (!applied) return;
    await this.journal(tx, [applied], -1);
    await tx.query('UPDATE report SET rollup = NULL WHERE id = $1', [report.id]);
  }

  /** Records contributions to add (1) or remove (-1) in the caller's transaction; drain() applies them. */
  async journal(runner: Queryable, contributions: readonly Contribution[], sign: 1 | -1): Promise<void> {
    if (contributions.length === 0) return;
    await runner.query('INSERT INTO rollup_journal (sign, contribution) SELECT $1, c FROM unnest($2::jsonb[]) AS c', [
      sign,
      contributions.map((c) => JSON.stringify(c)),
    ]);
  }

  /**
   * Applies journalled contributions to the rollup tables, oldest first, each
   * exactly once (an entry is deleted in the transaction that applies it).
   * One drain runs at a time: with `wait` false a drain that finds another
   * running returns at once (the background drain); with `wait` true it waits
   * for it and then applies what is left (a trend read). With `before` (a UTC
   * day, YYYY-MM-DD: publicationCutoff()), only entries recorded on earlier
   * days. Returns the number of entries applied.
   */
  async drain(options: { wait?: boolean; before?: string | null } = {}): Promise<number> {
    const before = options.before ?? null;
    /** The entries due, `before` being parameter `n` of the statement. */
    const due = (n: number) => (before === null ? '' : `WHERE journalled_on < $${n}::date`);
    const pending: { any: boolean }[] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM rollup_journal ${due(1)}) AS any`, before === null ? [] : [before]);
    if (!pending[0]?.any) return 0;
    let total = 0;
    for (;;) {
      const applied = await this.db.transaction(async (tx) => {
        const locked: { ok: boolean }[] = options.wait
          ? await tx.query('SELECT true AS ok FROM pg_advisory_xact_lock($1)', [DRAIN_LOCK])
          : await tx.query('SELECT pg_try_advisory_xact_lock($1) AS ok', [DRAIN_LOCK]);
        if (!locked[0]?.ok) return 0;
        const entries: { sign: number; contribution: Contribution }[] = await tx.query(
          // (a CTE, so that TypeORM returns the rows: for a bare DELETE it returns [rows, count])
          `WITH moved AS (DELETE FROM rollup_journal WHERE id IN (SELECT id FROM rollup_journal ${due(2)} ORDER BY id LIMIT $1) RETURNING sign, contribution)
           SELECT sign, contribution FROM moved`,
          before === null ? [DRAIN_BATCH] : [DRAIN_BATCH, before],
        );
        await this.applyRows(tx, aggregateSigned(entries.map((e) => ({ contribution: e.contribution, sign: e.sign < 0 ? -1 : 1 }))));
        return entries.length;
      });
      total += applied;
      if (applied < DRAIN_BATCH) return total;
    }
  }

  /**
   * Adds (sign 1) or removes (sign -1) many contributions at once, bypassing
   * the journal (the seeder's bulk load, which writes the reports' recorded
   * contributions itself).
   */
  async applyMany(runner: Queryable, contributions: readonly Contribution[], sign: 1 | -1): Promise<void> {
    await this.applyRows(runner, aggregate(contributions, sign));
  }

  /**
   * Adds summed rows to the rollup tables with one statement (one
   * data-modifying CTE per table, the rows sent as one JSON parameter). The
   * rows of each table are upserted in a stable order and the tables always
   * in the same order, so two writers (a drain and the seeder) lock shared
   * cells in the same order and cannot deadlock.
   */
  private async applyRows(runner: Queryable, rollupRows: readonly RollupRow[]): Promise<void> {
    const byTable = new Map<string, { order: string; row: RollupRow }[]>();
    for (const row of rollupRows) {
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

  /** The jurisdictions' legal models, cached for a few minutes; loaded through `runner` (a transaction in progress) when given. */
  async legalModels(runner: Queryable = this.db): Promise<LegalModelResolver> {
    if (this.resolver && Date.now() - this.resolver.loadedAt < LEGAL_MODEL_TTL_MS) return this.resolver.value;
    const rows: { country_code: string; region_code: string; applies_from: string; legal_model: LegalModel }[] = await runner.query(
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
