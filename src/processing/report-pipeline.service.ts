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
import { QUEUED_AT_NOW, ReportEntity } from '../reports/report.entity';
import { FailureCode, StageFailure } from '../queue/job-catalogue';

export type StageOutcome = 'done' | 'skipped';

/** Per report of a batch: undefined when it went through (or had nothing to do), else its StageFailure. */
export type BatchResults = Map<string, StageFailure | undefined>;

const DEIDENTIFIED_UPDATE = `
  WITH u AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[]) AS t(id, narrative, redactions, language)
  ), upd AS (
    UPDATE report r SET status = 'PROCESSING', narrative = u.narrative, redactions = u.redactions,
           language = COALESCE(r.language, u.language), queued_at = ${QUEUED_AT_NOW}
      FROM u WHERE r.id = u.id
  )
  DELETE FROM report_raw WHERE report_id = ANY($1::uuid[])`;

/**
 * Both stages' results for reports de-identified and categorised in one transaction (narrative NULL:
 * de-identified earlier), and each report's contribution to the trend counts journalled (applied to the
 * rollup tables by RollupsService.drain).
 */
const PROCESSED_UPDATE = `
  WITH u AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[], $5::jsonb[], $6::jsonb[], $7::jsonb[], $8::text[],
                         $9::text[], $10::text[], $11::text[], $12::boolean[], $13::text[], $14::jsonb[])
      AS t(id, narrative, redactions, language, violations, violation_types, perpetrators, work_setting, work_setting_source,
           reported_to_police, reported_to_police_source, safeguarding, taxonomy_version, rollup)
  ), upd AS (
    UPDATE report r SET status = 'PROCESSED', narrative = COALESCE(u.narrative, r.narrative),
           redactions = COALESCE(u.redactions, r.redactions), language = COALESCE(r.language, u.language),
           violations = u.violations, violation_types = ARRAY(SELECT jsonb_array_elements_text(u.violation_types)),
           perpetrators = u.perpetrators, work_setting = u.work_setting, work_setting_source = u.work_setting_source,
           reported_to_police = u.reported_to_police, reported_to_police_source = u.reported_to_police_source,
           safeguarding = u.safeguarding, taxonomy_version = u.taxonomy_version, rollup = u.rollup, queued_at = NULL
      FROM u WHERE r.id = u.id
  ), journal AS (
    INSERT INTO rollup_journal (sign, contribution) SELECT 1, u.rollup FROM u
  )
  DELETE FROM report_raw WHERE report_id = ANY($1::uuid[])`;

/** What a batch reads of each report: enough for both engines and for the report's rollup contribution. */
interface BatchRow {
  id: string;
  status: string;
  country_code: string;
  region_code: string | null;
  language: string | null;
  narrative: string | null;
  submitted: ReportEntity['submitted'];
  received_month: string;
  occurred_month: string | null;
  record_key: string;
  ciphertext: Buffer | null;
}

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
   * Both stages for several reports in one transaction: rows locked in id
   * order (so concurrent batches cannot deadlock), status re-checked under
   * the lock, both engines run, then one statement stores each report's
   * de-identified text, findings and rollup record and deletes its raw text,
   * and one statement per rollup table adds the batch's counts. A report is
   * written once instead of three times (de-identified, categorised, rollup
   * recorded), which is most of what PostgreSQL spent per report.
   *
   * The guarantees are those of the single-report stages: the raw text is
   * deleted in the transaction that stores the de-identified text; if the
   * categoriser fails on a report, its de-identified text is still stored
   * (PROCESSING) and categorisation is retried; a report whose
   * de-identification fails is not written at all. If the transaction fails
   * as a whole, its reports are run again one by one, so one bad report
   * cannot fail its neighbours.
   */
  async processBatch(reportIds: string[]): Promise<BatchResults> {
    const results: BatchResults = new Map(reportIds.map((id) => [id, undefined]));
    try {
      await this.processTogether(reportIds, results);
      return results;
    } catch (error) {
      if (reportIds.length === 1) {
        results.set(reportIds[0]!, error instanceof StageFailure ? error : new StageFailure(FailureCode.StorageFailed));
        return results;
      }
      for (const id of reportIds) results.set(id, undefined); // the transaction rolled back: nothing of it stands
    }
    for (const id of reportIds) {
      try {
        await this.process(id);
      } catch (error) {
        results.set(id, error instanceof StageFailure ? error : new StageFailure(FailureCode.StorageFailed));
      }
    }
    return results;
  }

  private async processTogether(reportIds: string[], results: BatchResults): Promise<void> {
    const resolver = await this.rollups.legalModels();
    await this.db.transaction(async (tx) => {
      const rows: BatchRow[] = await tx.query(
        `SELECT r.id, r.status, r.country_code, r.region_code, r.language, r.narrative, r.submitted, r.received_month,
                r.occurred_month, r.record_key, w.ciphertext
           FROM report r LEFT JOIN report_raw w ON w.report_id = r.id
          WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE OF r`,
        [reportIds],
      );
      const deidentifiedOnly = { ids: [] as string[], texts: [] as string[], redactions: [] as string[], languages: [] as (string | null)[] };
      const done: { row: BatchRow; text: string | null; redactions: string | null; language: string | null; fields: Partial<ReportEntity> }[] = [];
      for (const row of rows) {
        // Let the other batch's statements (above all its COMMIT, which releases the busy rollup cells) go out
        // between two reports, instead of after this whole batch's engine work.
        await yieldToEventLoop();
        let text: string;
        let language = row.language;
        let redactions: string | null = null;
        if (row.status === 'RECEIVED') {
          try {
            const result = this.deidentifyRow(row.id, row);
            text = result.text;
            language ??= result.language;
            redactions = JSON.stringify(result.redactions);
          } catch (error) {
            results.set(row.id, error as StageFailure);
            continue;
          }
        } else if (row.status === 'PROCESSING') {
          text = row.narrative ?? '';
        } else {
          continue;
        }
        try {
          const fields = categorisationFields(this.categoriseText(text, language, row.submitted));
          done.push({ row, text: redactions === null ? null : text, redactions, language, fields });
        } catch (error) {
          results.set(row.id, error as StageFailure);
          if (redactions !== null) {
            deidentifiedOnly.ids.push(row.id);
            deidentifiedOnly.texts.push(text);
            deidentifiedOnly.redactions.push(redactions);
            deidentifiedOnly.languages.push(language);
          }
        }
      }
      if (deidentifiedOnly.ids.length) {
        const d = deidentifiedOnly;
        await tx.query(DEIDENTIFIED_UPDATE, [d.ids, d.texts, d.redactions, d.languages]);
      }
      if (done.length === 0) return;
      const contributions = done.map(({ row, fields }) =>
        this.rollups.contributionOf(
          {
            occurredMonth: row.occurred_month,
            receivedMonth: row.received_month,
            countryCode: row.country_code,
            regionCode: row.region_code,
            recordKey: row.record_key,
            ...fields,
          } as ReportEntity,
          resolver,
        ),
      );
      const col = <T>(pick: (d: (typeof done)[number]) => T): T[] => done.map(pick);
      await tx.query(PROCESSED_UPDATE, [
        col((d) => d.row.id),
        col((d) => d.text),
        col((d) => d.redactions),
        col((d) => d.language),
        col((d) => JSON.stringify(d.fields.violations)),
        col((d) => JSON.stringify(d.fields.violationTypes)),
        col((d) => JSON.stringify(d.fields.perpetrators)),
        col((d) => d.fields.workSetting),
        col((d) => d.fields.workSettingSource),
        col((d) => d.fields.reportedToPolice),
        col((d) => d.fields.reportedToPoliceSource),
        col((d) => d.fields.safeguarding),
        col((d) => d.fields.taxonomyVersion),
        contributions.map((c) => JSON.stringify(c)),
      ]);
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
                language = COALESCE(language, $4), queued_at = ${QUEUED_AT_NOW}
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

  /**
   * Re-categorises a PROCESSED report under the current taxonomy, reversing and re-applying its counts.
   * A report whose narrative the purge retired (RETENTION_NARRATIVE_MONTHS) keeps its findings and
   * version: the rules would find nothing in no text, and its counts must not change.
   */
  async recategorise(reportId: string): Promise<StageOutcome> {
    return this.db.transaction(async (tx) => {
      const report = await lockReport(tx, reportId);
      if (!report || report.status !== 'PROCESSED' || report.narrative === null) return 'skipped';
      let result = this.categorise(report);
      if (result.taxonomyVersion === report.taxonomyVersion) return 'skipped';
      // A reviewer's decisions outrank the rules of any taxonomy version: the lists reviewers set
      // (an empty one too) are applied again over the new findings.
      if (report.review) result = applyReview(result, report.review);
      await this.rollups.reverse(tx, report);
      await writeCategorisation(tx, report.id, result);
      await this.rollups.apply(tx, { ...report, ...categorisationFields(result) });
      return 'done';
    });
  }

  /**
   * Marks a report FAILED with its stage code. Its raw text, if kept, is kept for replay
   * RETENTION_FAILED_RAW_DAYS from now (the purge counts from report_raw.stored_on): a report that
   * fails long after it was received (queued while no worker could process it, or replayed and failed
   * again) must not lose it at the next purge.
   */
  async markFailed(reportId: string, code: FailureCode): Promise<void> {
    await this.db.query(
      `WITH failed AS (
         UPDATE report SET status = 'FAILED', failure_code = $2, queued_at = NULL
          WHERE id = $1 AND status IN ('RECEIVED', 'PROCESSING') RETURNING id)
       UPDATE report_raw SET stored_on = current_date WHERE report_id IN (SELECT id FROM failed)`,
      [reportId, code],
    );
  }

  private categorise(report: ReportEntity): CategorisationResult {
    return this.categoriseText(report.narrative ?? '', report.language, report.submitted);
  }

  /** Runs the categoriser; throws only a StageFailure. */
  private categoriseText(text: string, language: string | null, submitted: ReportEntity['submitted']): CategorisationResult {
    try {
      return categorise({ text, language, submitted });
    } catch {
      throw new StageFailure(FailureCode.CategorisationFailed);
    }
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function lockReport(tx: EntityManager, reportId: string): Promise<ReportEntity | null> {
  return tx
    .getRepository(ReportEntity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id: reportId })
    .getOne();
}

