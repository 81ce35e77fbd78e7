import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NarrativeCipher } from '../common/crypto/narrative-cipher';
import { deidentify } from '../deidentification';
import { applyReview, categorise } from '../categorisation';
import type { CategorisationResult } from '../categorisation/categorisation.types';
import { RollupsService } from '../analytics/rollups/rollups.service';
import { categorisationFields, writeCategorisation } from '../reports/categorisation-store';
import { ReportEntity } from '../reports/report.entity';
import { FailureCode, StageFailure } from '../queue/job-catalogue';

export type StageOutcome = 'done' | 'skipped';

/** Per report of a batch: undefined when it went through (or had nothing to do), else its StageFailure. */
export type BatchResults = Map<string, StageFailure | undefined>;

const DEIDENTIFIED_UPDATE = `
  WITH u AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[]) AS t(id, narrative, redactions, language)
  ), upd AS (
    UPDATE report r SET status = 'PROCESSING', narrative = u.narrative, redactions = u.redactions,
           language = COALESCE(r.language, u.language), queued_at = now()
      FROM u WHERE r.id = u.id
  )
  DELETE FROM report_raw WHERE report_id = ANY($1::uuid[])`;

const CATEGORISED_UPDATE = `
  UPDATE report r SET status = 'PROCESSED', violations = u.violations,
         violation_types = ARRAY(SELECT jsonb_array_elements_text(u.violation_types)),
         perpetrators = u.perpetrators, work_setting = u.work_setting, work_setting_source = u.work_setting_source,
         reported_to_police = u.reported_to_police, reported_to_police_source = u.reported_to_police_source,
         safeguarding = u.safeguarding, taxonomy_version = u.taxonomy_version, queued_at = NULL
    FROM unnest($1::uuid[], $2::jsonb[], $3::jsonb[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[],
                $9::boolean[], $10::text[])
      AS u(id, violations, violation_types, perpetrators, work_setting, work_setting_source, reported_to_police,
           reported_to_police_source, safeguarding, taxonomy_version)
   WHERE r.id = u.id`;

/**
 * The two processing stages. Each runs in its own transaction, locks the
 * report row, and does nothing unless the report is in the state the stage
 * expects, so a repeated or concurrent job is harmless.
 *
 * De-identification commits the de-identified narrative and deletes the
 * encrypted raw narrative in the same transaction: the raw text never
 * outlives its processing, and a crash before commit leaves it queued.
 */
@Injectable()
export class ReportPipeline {
  private readonly cipher: NarrativeCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly rollups: RollupsService,
  ) {
    this.cipher = new NarrativeCipher(config.crypto.current, config.crypto.retired);
  }

  /**
   * Runs both engines once on a throwaway text, so that their lazy start-up
   * (dictionaries, compiled rules: seconds on a busy machine) happens when
   * the worker boots rather than inside the first jobs' transactions.
   */
  warmUp(): void {
    try {
      const sample = 'Warm-up: an officer took money from a worker near the station on 1 June 2024; call +47 912 34 567.';
      const result = deidentify(sample, { country: 'NO', language: null });
      categorise({ text: result.text, language: result.language, submitted: {} });
    } catch {
      // A broken engine shows up, with its stage code, on the first real job.
    }
  }

  async process(reportId: string): Promise<void> {
    await this.deidentifyStage(reportId);
    await this.categoriseStage(reportId);
  }

  /**
   * Both stages for several reports, each stage one transaction for the whole
   * batch (rows locked in id order, so concurrent batches cannot deadlock).
   * The guarantees are those of the single-report stages: status re-checked
   * under the lock, raw text deleted in the transaction that stores the
   * de-identified text, rollups applied per report in the categorisation
   * transaction. A report whose engine fails gets its own StageFailure and
   * the others go on; if a batch transaction fails as a whole, its reports
   * are run again one by one, so one bad report cannot fail its neighbours.
   */
  async processBatch(reportIds: string[]): Promise<BatchResults> {
    const results: BatchResults = new Map(reportIds.map((id) => [id, undefined]));
    await this.inBatchOrOneByOne(
      reportIds,
      results,
      (ids) => this.deidentifyBatch(ids, results),
      (id) => this.deidentifyStage(id),
    );
    const next = reportIds.filter((id) => results.get(id) === undefined);
    if (next.length) {
      await this.inBatchOrOneByOne(
        next,
        results,
        (ids) => this.categoriseBatch(ids, results),
        (id) => this.categoriseStage(id),
      );
    }
    return results;
  }

  private async inBatchOrOneByOne(
    ids: string[],
    results: BatchResults,
    batch: (ids: string[]) => Promise<void>,
    single: (id: string) => Promise<StageOutcome>,
  ): Promise<void> {
    if (ids.length > 1) {
      const before = new Map(ids.map((id) => [id, results.get(id)]));
      try {
        await batch(ids);
        return;
      } catch {
        for (const [id, r] of before) results.set(id, r); // the transaction rolled back: nothing of it stands
      }
    }
    for (const id of ids) {
      try {
        await single(id);
      } catch (error) {
        results.set(id, error instanceof StageFailure ? error : new StageFailure(FailureCode.StorageFailed));
      }
    }
  }

  private async deidentifyBatch(reportIds: string[], results: BatchResults): Promise<void> {
    await this.db.transaction(async (tx) => {
      const rows: { id: string; status: string; country_code: string; language: string | null; ciphertext: Buffer | null }[] =
        await tx.query(
          `SELECT r.id, r.status, r.country_code, r.language, w.ciphertext
             FROM report r LEFT JOIN report_raw w ON w.report_id = r.id
            WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE OF r`,
          [reportIds],
        );
      const done = { ids: [] as string[], texts: [] as string[], redactions: [] as string[], languages: [] as (string | null)[] };
      for (const row of rows) {
        if (row.status !== 'RECEIVED') continue;
        try {
          const result = this.deidentifyRow(row.id, row);
          done.ids.push(row.id);
          done.texts.push(result.text);
          done.redactions.push(JSON.stringify(result.redactions));
          done.languages.push(result.language);
        } catch (error) {
          results.set(row.id, error as StageFailure);
        }
      }
      if (done.ids.length) await tx.query(DEIDENTIFIED_UPDATE, [done.ids, done.texts, done.redactions, done.languages]);
    });
  }

  private async categoriseBatch(reportIds: string[], results: BatchResults): Promise<void> {
    await this.db.transaction(async (tx) => {
      const reports = await tx
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id IN (:...ids)', { ids: reportIds })
        .orderBy('r.id')
        .getMany();
      const done: { report: ReportEntity; fields: Partial<ReportEntity> }[] = [];
      for (const report of reports) {
        if (report.status !== 'PROCESSING') continue;
        try {
          done.push({ report, fields: categorisationFields(this.categorise(report)) });
        } catch (error) {
          results.set(report.id, error as StageFailure);
        }
      }
      if (done.length === 0) return;
      const col = <T>(pick: (f: Partial<ReportEntity>) => T): T[] => done.map((d) => pick(d.fields));
      await tx.query(CATEGORISED_UPDATE, [
        done.map((d) => d.report.id),
        col((f) => JSON.stringify(f.violations)),
        col((f) => JSON.stringify(f.violationTypes)),
        col((f) => JSON.stringify(f.perpetrators)),
        col((f) => f.workSetting),
        col((f) => f.workSettingSource),
        col((f) => f.reportedToPolice),
        col((f) => f.reportedToPoliceSource),
        col((f) => f.safeguarding),
        col((f) => f.taxonomyVersion),
      ]);
      await this.rollups.applyAll(
        tx,
        done.map(({ report, fields }) => ({ ...report, ...fields, status: 'PROCESSED' as const })),
      );
    });
  }

  /** Decrypts and de-identifies one raw narrative; throws only a StageFailure. */
  private deidentifyRow(
    reportId: string,
    row: { country_code: string; language: string | null; ciphertext: Buffer | null },
  ): ReturnType<typeof deidentify> {
    if (!row.ciphertext) throw new StageFailure(FailureCode.DecryptionFailed);
    let raw: string;
    try {
      raw = this.cipher.decrypt(row.ciphertext, reportId);
    } catch {
      throw new StageFailure(FailureCode.DecryptionFailed);
    }
    try {
      return deidentify(raw, { country: row.country_code, language: row.language });
    } catch {
      // Fail closed: nothing is written, the raw text stays encrypted and the job is retried.
      throw new StageFailure(FailureCode.DeidentificationFailed);
    }
  }

  async deidentifyStage(reportId: string): Promise<StageOutcome> {
    return this.db.transaction(async (tx) => {
      const rows: { status: string; country_code: string; language: string | null; ciphertext: Buffer | null }[] =
        await tx.query(
          `SELECT r.status, r.country_code, r.language, w.ciphertext
             FROM report r LEFT JOIN report_raw w ON w.report_id = r.id
            WHERE r.id = $1 FOR UPDATE OF r`,
          [reportId],
        );
      const row = rows[0];
      if (!row || row.status !== 'RECEIVED') return 'skipped';
      const result = this.deidentifyRow(reportId, row);
      await tx.query(
        `UPDATE report SET status = 'PROCESSING', narrative = $2, redactions = $3,
                language = COALESCE(language, $4), queued_at = now()
          WHERE id = $1`,
        [reportId, result.text, JSON.stringify(result.redactions), result.language],
      );
      await tx.query('DELETE FROM report_raw WHERE report_id = $1', [reportId]);
      return 'done';
    });
  }

  async categoriseStage(reportId: string): Promise<StageOutcome> {
    return this.db.transaction(async (tx) => {
      const report = await lockReport(tx, reportId);
      if (!report || report.status !== 'PROCESSING') return 'skipped';
      const result = this.categorise(report);
      await writeCategorisation(tx, report.id, result);
      await this.rollups.apply(tx, { ...report, ...categorisationFields(result), status: 'PROCESSED' });
      return 'done';
    });
  }

  /** Re-categorises a PROCESSED report under the current taxonomy, reversing and re-applying its counts. */
  async recategorise(reportId: string): Promise<StageOutcome> {
    return this.db.transaction(async (tx) => {
      const report = await lockReport(tx, reportId);
      if (!report || report.status !== 'PROCESSED') return 'skipped';
      let result = this.categorise(report);
      if (result.taxonomyVersion === report.taxonomyVersion) return 'skipped';
      // A reviewer's decisions outrank the rules of any taxonomy version: keep them.
      const reviewedViolations = report.violations.filter((v) => v.source === 'REVIEWER').map((v) => v.type);
      const reviewedPerpetrators = report.perpetrators.filter((p) => p.source === 'REVIEWER').map((p) => p.type);
      if (reviewedViolations.length || reviewedPerpetrators.length) {
        result = applyReview(result, {
          violations: reviewedViolations.length ? reviewedViolations : undefined,
          perpetrators: reviewedPerpetrators.length ? reviewedPerpetrators : undefined,
        });
      }
      await this.rollups.reverse(tx, report);
      await writeCategorisation(tx, report.id, result);
      await this.rollups.apply(tx, { ...report, ...categorisationFields(result) });
      return 'done';
    });
  }

  async markFailed(reportId: string, code: FailureCode): Promise<void> {
    await this.db.query(
      `UPDATE report SET status = 'FAILED', failure_code = $2, queued_at = NULL
        WHERE id = $1 AND status IN ('RECEIVED', 'PROCESSING')`,
      [reportId, code],
    );
  }

  private categorise(report: ReportEntity): CategorisationResult {
    try {
      return categorise({ text: report.narrative ?? '', language: report.language, submitted: report.submitted });
    } catch {
      throw new StageFailure(FailureCode.CategorisationFailed);
    }
  }
}

async function lockReport(tx: EntityManager, reportId: string): Promise<ReportEntity | null> {
  return tx
    .getRepository(ReportEntity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id: reportId })
    .getOne();
}

