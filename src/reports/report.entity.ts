import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  FindingSource,
  PerpetratorType,
  ReportedToPolice,
  ViolationType,
  WorkSetting,
} from '../taxonomy/taxonomy.codes';
import type { RedactionCount } from '../deidentification/deidentification.types';
import type { ViolationFinding, PerpetratorFinding } from '../categorisation/categorisation.types';
import type { Contribution } from '../analytics/rollups/contribution';
import type { Review } from '../categorisation/review';

/**
 * SQL for `report.queued_at` when a report is put in flight: the current hour, never the minute, so the
 * column tells no more about when someone submitted than idempotency records do (migration 1763801200000
 * adds a CHECK that it is a whole hour). Every statement that queues or re-queues a report uses this.
 */
export const QUEUED_AT_NOW = `date_trunc('hour', now())`;

export const REPORT_STATUSES = ['RECEIVED', 'PROCESSING', 'PROCESSED', 'FAILED', 'WITHDRAWN'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportChannel = 'API' | 'ANONYMOUS' | 'IMPORT';

export interface SubmittedFields {
  violations?: ViolationType[];
  perpetrators?: PerpetratorType[];
  workSetting?: WorkSetting;
  reportedToPolice?: ReportedToPolice;
}

/**
 * Persistence shape of a report. It holds no raw narrative: that lives only
 * encrypted in report_raw until de-identification, and is never mapped to an
 * entity. This class is not a GraphQL type (see reports/dto/report.type.ts).
 */
@Entity({ name: 'report' })
export class ReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text' })
  channel!: ReportChannel;

  @Column({ type: 'text' })
  status!: ReportStatus;

  @Column({ name: 'received_month', type: 'char', length: 7 })
  receivedMonth!: string;

  @Column({ name: 'occurred_month', type: 'char', length: 7, nullable: true })
  occurredMonth!: string | null;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode!: string;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'jsonb' })
  submitted!: SubmittedFields;

  @Column({ name: 'work_setting', type: 'text', nullable: true })
  workSetting!: WorkSetting | null;

  @Column({ name: 'work_setting_source', type: 'text', nullable: true })
  workSettingSource!: FindingSource | null;

  @Column({ name: 'reported_to_police', type: 'text', nullable: true })
  reportedToPolice!: ReportedToPolice | null;

  @Column({ name: 'reported_to_police_source', type: 'text', nullable: true })
  reportedToPoliceSource!: FindingSource | null;

  @Column({ name: 'case_reference_hash', type: 'bytea', nullable: true })
  caseReferenceHash!: Buffer | null;

  /** The DE-IDENTIFIED narrative; null until de-identification has committed. */
  @Column({ type: 'text', nullable: true })
  narrative!: string | null;

  @Column({ type: 'jsonb' })
  redactions!: RedactionCount[];

  @Column({ type: 'jsonb' })
  violations!: ViolationFinding[];

  @Column({ name: 'violation_types', type: 'text', array: true })
  violationTypes!: ViolationType[];

  @Column({ type: 'jsonb' })
  perpetrators!: PerpetratorFinding[];

  @Column({ type: 'boolean' })
  safeguarding!: boolean;

  @Column({ name: 'taxonomy_version', type: 'text', nullable: true })
  taxonomyVersion!: string | null;

  @Column({ name: 'record_key', type: 'bigint' })
  recordKey!: string;

  @Column({ name: 'failure_code', type: 'text', nullable: true })
  failureCode!: string | null;

  /** The hour the report was last put in flight; always a whole hour (QUEUED_AT_NOW, and the CHECK of migration 1763801200000). */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  /** The lists reviewers set (reviewReport), applied again over every re-categorisation; null when never reviewed. */
  @Column({ type: 'jsonb', nullable: true })
  review!: Review | null;

  /** What this report contributed to the trend rollups (for exact reversal); null when nothing. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  rollup?: Contribution | null;
}
