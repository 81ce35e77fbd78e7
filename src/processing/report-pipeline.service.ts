import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NarrativeCipher } from '../common/crypto/narrative-cipher';
import { deidentify } from '../deidentification';
import { categorise } from '../categorisation';
import type { CategorisationResult } from '../categorisation/categorisation.types';
import { RollupsService } from '../analytics/rollups/rollups.service';
import { ReportEntity } from '../reports/report.entity';
import { FailureCode, StageFailure } from '../queue/job-catalogue';

export type StageOutcome = 'done' | 'skipped';

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

  async process(reportId: string): Promise<void> {
    await this.deidentifyStage(reportId);
    await this.categoriseStage(reportId);
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
      if (!row.ciphertext) throw new StageFailure(FailureCode.DecryptionFailed);

      let raw: string;
      try {
        raw = this.cipher.decrypt(row.ciphertext, reportId);
      } catch {
        throw new StageFailure(FailureCode.DecryptionFailed);
      }
      let result: ReturnType<typeof deidentify>;
      try {
        result = deidentify(raw, { country: row.country_code, language: row.language });
      } catch {
        // Fail closed: nothing is written, the raw text stays encrypted and the job is retried.
        throw new StageFailure(FailureCode.DeidentificationFailed);
      }
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
      await writeCategorisation(tx, report, result, 'PROCESSED');
      await this.rollups.apply(tx, { ...report, ...entityFields(result), status: 'PROCESSED' });
      return 'done';
    });
  }

  /** Re-categorises a PROCESSED report under the current taxonomy, reversing and re-applying its counts. */
  async recategorise(reportId: string): Promise<StageOutcome> {
    return this.db.transaction(async (tx) => {
      const report = await lockReport(tx, reportId);
      if (!report || report.status !== 'PROCESSED') return 'skipped';
      const result = this.categorise(report);
      if (result.taxonomyVersion === report.taxonomyVersion) return 'skipped';
      await this.rollups.reverse(tx, report);
      await writeCategorisation(tx, report, result, 'PROCESSED');
      await this.rollups.apply(tx, { ...report, ...entityFields(result) });
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

function entityFields(result: CategorisationResult): Partial<ReportEntity> {
  return {
    violations: result.violations,
    violationTypes: result.violations.map((v) => v.type),
    perpetrators: result.perpetrators,
    workSetting: result.workSetting?.value ?? null,
    workSettingSource: result.workSetting?.source ?? null,
    reportedToPolice: result.reportedToPolice?.value ?? null,
    reportedToPoliceSource: result.reportedToPolice?.source ?? null,
    safeguarding: result.safeguarding,
    taxonomyVersion: result.taxonomyVersion,
  };
}

async function writeCategorisation(
  tx: EntityManager,
  report: ReportEntity,
  result: CategorisationResult,
  status: 'PROCESSED',
): Promise<void> {
  const f = entityFields(result);
  await tx.query(
    `UPDATE report SET status = $2, violations = $3, violation_types = $4, perpetrators = $5,
            work_setting = $6, work_setting_source = $7, reported_to_police = $8, reported_to_police_source = $9,
            safeguarding = $10, taxonomy_version = $11, queued_at = NULL
      WHERE id = $1`,
    [
      report.id,
      status,
      JSON.stringify(f.violations),
      f.violationTypes,
      JSON.stringify(f.perpetrators),
      f.workSetting,
      f.workSettingSource,
      f.reportedToPolice,
      f.reportedToPoliceSource,
      f.safeguarding,
      f.taxonomyVersion,
    ],
  );
}
