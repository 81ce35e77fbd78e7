/**
 * The typed job catalogue. Payloads carry ids only; every handler re-reads
 * the row and checks its state, so a repeated job does no harm. Job ids are
 * deterministic (the report id), so duplicates collapse in BullMQ.
 */
export const REPORT_QUEUE = 'report-processing';

export enum JobName {
  /** De-identify, then categorise, a report that is RECEIVED or PROCESSING. */
  ProcessReport = 'process-report',
  /** Categorise a PROCESSED report again under the current taxonomy version. */
  RecategoriseReport = 'recategorise-report',
}

export interface JobPayloads {
  [JobName.ProcessReport]: { reportId: string };
  [JobName.RecategoriseReport]: { reportId: string };
}

export type JobOf<N extends JobName> = { name: N; data: JobPayloads[N] };

export function jobIdFor(name: JobName, reportId: string): string {
  switch (name) {
    case JobName.ProcessReport:
      return reportId;
    case JobName.RecategoriseReport:
      return `recategorise-${reportId}`;
  }
}

/** Failure codes recorded on a FAILED report: a stage name, never a message. */
export enum FailureCode {
  DecryptionFailed = 'DECRYPTION_FAILED',
  DeidentificationFailed = 'DEIDENTIFICATION_FAILED',
  CategorisationFailed = 'CATEGORISATION_FAILED',
  StorageFailed = 'STORAGE_FAILED',
}

/** The only error a processor throws: its message is a code, so nothing else reaches Redis. */
export class StageFailure extends Error {
  constructor(readonly code: FailureCode) {
    super(code);
    this.name = 'StageFailure';
    this.stack = `${this.name}: ${code}`;
  }
}
