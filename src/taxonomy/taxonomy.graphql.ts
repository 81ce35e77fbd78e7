import { registerEnumType } from '@nestjs/graphql';
import {
  FINDING_SOURCES,
  LEGAL_MODELS,
  PERPETRATOR_TYPES,
  REPORTED_TO_POLICE,
  VIOLATION_TYPES,
  WORK_SETTINGS,
} from './taxonomy.codes';
import { REPORT_STATUSES } from '../reports/report.entity';

/** GraphQL enums generated from the taxonomy codes, so the schema and TAXONOMY.md cannot drift apart. */
export function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const ViolationTypeEnum = asEnum(VIOLATION_TYPES);
export const PerpetratorTypeEnum = asEnum(PERPETRATOR_TYPES);
export const WorkSettingEnum = asEnum(WORK_SETTINGS);
export const ReportedToPoliceEnum = asEnum(REPORTED_TO_POLICE);
export const LegalModelEnum = asEnum(LEGAL_MODELS);
export const FindingSourceEnum = asEnum(FINDING_SOURCES);
export const ReportStatusEnum = asEnum(REPORT_STATUSES);

registerEnumType(ViolationTypeEnum, { name: 'ViolationType', description: 'Violation types of TAXONOMY.md' });
registerEnumType(PerpetratorTypeEnum, { name: 'PerpetratorType' });
registerEnumType(WorkSettingEnum, { name: 'WorkSetting' });
registerEnumType(ReportedToPoliceEnum, { name: 'ReportedToPolice' });
registerEnumType(LegalModelEnum, { name: 'LegalModel' });
registerEnumType(FindingSourceEnum, { name: 'FindingSource' });
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });
