import type { EntityManager } from 'typeorm';
import type { CategorisationResult } from '../categorisation/categorisation.types';
import type { ReportEntity } from './report.entity';

/** The report columns a categorisation result fills. */
export function categorisationFields(result: CategorisationResult): Partial<ReportEntity> {
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

/** The stored findings of a report, as the categorisation engine's result type (for reviews). */
export function storedCategorisation(report: ReportEntity): CategorisationResult {
  return {
    taxonomyVersion: report.taxonomyVersion ?? '',
    violations: report.violations,
    perpetrators: report.perpetrators,
    workSetting: report.workSetting && report.workSettingSource ? { value: report.workSetting, source: report.workSettingSource } : null,
    reportedToPolice:
      report.reportedToPolice && report.reportedToPoliceSource
        ? { value: report.reportedToPolice, source: report.reportedToPoliceSource }
        : null,
    safeguarding: report.safeguarding,
  };
}

/** Writes a categorisation result onto a report row and marks it PROCESSED. */
export async function writeCategorisation(tx: Pick<EntityManager, 'query'>, reportId: string, result: CategorisationResult): Promise<void> {
  const f = categorisationFields(result);
  await tx.query(
    `UPDATE report SET status = 'PROCESSED', violations = $2, violation_types = $3, perpetrators = $4,
            work_setting = $5, work_setting_source = $6, reported_to_police = $7, reported_to_police_source = $8,
            safeguarding = $9, taxonomy_version = $10, queued_at = NULL
      WHERE id = $1`,
    [
      reportId,
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
