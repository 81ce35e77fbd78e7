/**
 * The typed job catalogue. Payloads carry ids only; every handler re-reads
 * the row and checks its state, so a repeated job does no harm. Job ids are
 * deterministic (the report id), so duplicates collapse in BullMQ.
 */
export const REPORT_QUEUE = 'report-processing';

/**
 * Options every BullMQ Queue of REPORT_QUEUE is built with. BullMQ keeps an
 * events stream per queue (10,000 entries by default), each a job id (the
 * report id) and the millisecond it was queued, taken and finished: for an
 * anonymous report, when it was submitted, which with a proxy's log ties it to
 * a connection (the reason the audit log leaves its id out). Nothing here
 * reads queue events, so none are kept. A Queue writes this length into the
 * queue's meta key when it is created and the workers read it from there, so
 * a Queue built without it would bring the default back.
 */
export const REPORT_QUEUE_OPTIONS = { streams: { events: { maxLen: 0 } } } as const;

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
