import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Caller, hasScope } from '../access/caller';
import { keyedHash, randomRecordKey } from '../common/crypto/keyed-hash';
import { NarrativeCipher } from '../common/crypto/narrative-cipher';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';
import { currentMonth } from '../common/validation/partial-date';
import { MicroBatcher } from '../common/batching/micro-batcher';
import { preparedQuery } from '../database/prepared-query';
import { QUEUED_AT_NOW, type ReportChannel, type ReportStatus } from '../reports/report.entity';
import { submissionColumns } from './submission-columns';
import { Admission, AnonymousGate } from '../security/anonymous-gate.service';
import { SubmitReportInput } from './dto/submit-report.input';
import { canonicalJson } from './idempotency';
import { checkStatusToken, statusTokenFor } from './status-token';

export interface Receipt {
  id: string;
  status: ReportStatus;
  statusToken: string;
}

const REPORT_PARAMS = 12;

/**
 * The intake's statement for `n` reports: report, ciphertext and outbox rows in one statement, so
 * atomic without a transaction. Multi-row VALUES rather than arrays, so every ciphertext goes as a
 * binary parameter. Each row: $1 id … $11 record key, $12 ciphertext (offset by 12 per row).
 */
function insertReportsSql(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => i * REPORT_PARAMS);
  const p = (base: number, k: number): string => `$${base + k}`;
  return `
  WITH r AS (
    INSERT INTO report (id, organisation_id, channel, status, received_month, occurred_month, country_code,
                        region_code, language, submitted, case_reference_hash, record_key, queued_at)
    VALUES ${rows.map((b) => `(${p(b, 1)}, ${p(b, 2)}, ${p(b, 3)}, 'RECEIVED', ${[4, 5, 6, 7, 8, 9, 10, 11].map((k) => p(b, k)).join(', ')}, ${QUEUED_AT_NOW})`).join(',\n           ')}
  ), raw AS (
    INSERT INTO report_raw (report_id, ciphertext) VALUES ${rows.map((b) => `(${p(b, 1)}, ${p(b, 12)})`).join(', ')}
  )
  INSERT INTO outbox (report_id) VALUES ${rows.map((b) => `(${p(b, 1)})`).join(', ')}`;
}

/**
 * Submissions an API process reads in one turn of its event loop are written by one statement
 * (at most this many): one round trip, one parse and one commit instead of one each.
 */
const INSERT_BATCH_MAX = 64;
const insertSql: string[] = [];
const insertSqlFor = (n: number): string => (insertSql[n] ??= insertReportsSql(n));

/**
 * Intake: validates what class-validator cannot, encrypts the raw narrative
 * and writes report + ciphertext + outbox row atomically (one statement, which
 * may carry other submissions of the same moment, or one transaction with the
 * idempotency record). Returns only after commit.
 */
@Injectable()
export class IntakeService {
  private readonly cipher: NarrativeCipher;
  /** Each submission's outcome: undefined when written, else the error its own insert met. */
  private readonly inserts = new MicroBatcher<unknown[], unknown>((batch) => this.insertBatch(batch), INSERT_BATCH_MAX, 0);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly gate: AnonymousGate,
  ) {
    this.cipher = new NarrativeCipher(config.crypto.current, config.crypto.retired);
  }

  /**
   * `proofOfWork` is the Proof-Of-Work header: checked for anonymous callers
   * (when required) before anything is written, and spent in the same
   * transaction as the report, with the anonymous budget charged first.
   */
  async submit(input: SubmitReportInput, caller: Caller, idempotencyKey?: string, proofOfWork?: string | string[]): Promise<Receipt> {
    const channel = this.channelFor(caller);
    if (caller.kind === 'anonymous' && input.caseReference !== undefined) {
      throw AppError.badInput([{ field: 'caseReference', problem: 'REQUIRES_API_KEY' }]);
    }
    const admission = caller.kind === 'anonymous' ? await this.gate.admit(proofOfWork) : undefined;
    const organisationId = caller.kind === 'key' ? caller.organisationId : null;
    const id = randomUUID();
    const params = this.insertParams(id, organisationId, channel, input);

    if (idempotencyKey === undefined) {
      if (admission) {
        await this.db.transaction(async (tx) => {
          await admission(tx);
          await this.insert(params, tx);
        });
      } else {
        await this.insert(params);
      }
      return { id, status: 'RECEIVED', statusToken: statusTokenFor(this.config.crypto.statusTokenKey, id) };
    }
    return this.submitIdempotently(params, input, organisationId, idempotencyKey, admission);
  }

  async status(receiptId: string, statusToken: string): Promise<ReportStatus | null> {
    if (!/^[0-9a-f-]{36}$/i.test(receiptId) || statusToken.length > 100) return null;
    if (!checkStatusToken(this.config.crypto.statusTokenKey, receiptId.toLowerCase(), statusToken)) return null;
    const rows = await preparedQuery<{ status: ReportStatus }>(this.db, 'intake_report_status', 'SELECT status FROM report WHERE id = $1', [receiptId]);
    return rows[0]?.status ?? null;
  }

  private channelFor(caller: Caller): ReportChannel {
    if (caller.kind === 'anonymous') {
      if (!this.config.intake.anonymousEnabled) {
        throw AppError.unauthenticated('Anonymous submission is not enabled on this service; an API key is required');
      }
      return 'ANONYMOUS';
    }
    if (!hasScope(caller, 'reports:write')) throw AppError.forbidden('This key cannot submit reports');
    return 'API';
  }

  private insertParams(id: string, organisationId: string | null, channel: ReportChannel, input: SubmitReportInput): unknown[] {
    const columns = submissionColumns(input);
    const caseReferenceHash =
      input.caseReference !== undefined && organisationId !== null
        ? keyedHash(this.config.crypto.caseReferenceKey, organisationId, input.caseReference.trim())
        : null;
    return [
      id,
      organisationId,
      channel,
      currentMonth(),
      columns.occurredMonth,
      input.countryCode,
      input.regionCode ?? null,
      columns.language,
      JSON.stringify(columns.submitted),
      caseReferenceHash,
      randomRecordKey(),
      this.cipher.encrypt(input.narrative, id),
    ];
  }

  /** Outside a transaction the insert joins the batch of this moment (the intake's hot path). */
  private async insert(params: unknown[], tx?: Pick<DataSource, 'query'>): Promise<void> {
    try {
      if (tx) await tx.query(insertSqlFor(1), params);
      else {
        const failure = await this.inserts.submit(params);
        if (failure !== undefined) throw failure;
      }
    } catch (error) {
      if (isUniqueViolation(error, 'report_case_reference_key')) {
        throw new AppError(ErrorCode.DUPLICATE_CASE_REFERENCE, 'A report with this case reference already exists');
      }
      throw error;
    }
  }

  /**
   * One prepared statement for the whole batch. If it breaks a constraint or a data rule (a case
   * reference already taken, say), nothing of it was written, and each submission is tried alone so
   * that only the one at fault fails. Any other failure (the database away) is every caller's.
   */
  private async insertBatch(batch: unknown[][]): Promise<Map<unknown[], unknown>> {
    const n = batch.length;
    try {
      await this.insertRows(batch);
      return new Map(batch.map((params) => [params, undefined]));
    } catch (error) {
      if (!isRowError(error)) throw error;
      if (n === 1) return new Map([[batch[0]!, error]]);
    }
    const outcomes = await Promise.all(batch.map((params) => this.insertRows([params]).then(() => undefined, (error: unknown) => error)));
    return new Map(batch.map((params, i) => [params, outcomes[i]]));
  }

  private insertRows(batch: unknown[][]): Promise<unknown> {
    const n = batch.length;
    return preparedQuery(this.db, `intake_insert_report_${n}`, insertSqlFor(n), n === 1 ? batch[0]! : batch.flat());
  }

  private async submitIdempotently(
    params: unknown[],
    input: SubmitReportInput,
    organisationId: string | null,
    key: string,
    admission?: Admission,
  ): Promise<Receipt> {
    const k = this.config.crypto.idempotencyKey;
    const scopeHash = keyedHash(k, 'scope', organisationId ?? 'anonymous');
    const keyHash = keyedHash(k, 'key', key);
    const requestHash = keyedHash(k, 'request', canonicalJson(input));
    let spentElsewhere: AppError | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.findIdempotent(scopeHash, keyHash);
      if (existing) {
        if (!existing.requestHash.equals(requestHash)) {
          throw new AppError(
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            'This Idempotency-Key was already used with a different request',
          );
        }
        return {
          id: existing.reportId,
          status: existing.status,
          statusToken: statusTokenFor(this.config.crypto.statusTokenKey, existing.reportId),
        };
      }
      try {
        await this.db.transaction(async (tx) => {
          if (admission) await admission(tx);
          await this.insert(params, tx);
          await tx.query(
            'INSERT INTO idempotency_key (scope_hash, key_hash, request_hash, report_id) VALUES ($1, $2, $3, $4)',
            [scopeHash, keyHash, requestHash, params[0]],
          );
        });
        const id = params[0] as string;
        return { id, status: 'RECEIVED', statusToken: statusTokenFor(this.config.crypto.statusTokenKey, id) };
      } catch (error) {
        // A concurrent request with the same key committed first: answer as it did. (Its twin carried
        // the same proof of work, which it spent: that is not a reuse if the key's record now exists.)
        if (error instanceof AppError && error.details.reason === 'ALREADY_USED') {
          spentElsewhere = error;
          continue;
        }
        if (isUniqueViolation(error, 'idempotency_key_pkey')) continue;
        // The report row is written before the key's record, so a concurrent twin carrying the same case
        // reference waits on the case reference's unique index and fails there once the first commits:
        // if the key's record now exists, answer as for the key (same receipt, or IDEMPOTENCY_KEY_REUSED).
        if (error instanceof AppError && error.code === ErrorCode.DUPLICATE_CASE_REFERENCE && (await this.findIdempotent(scopeHash, keyHash))) {
          continue;
        }
        throw error;
      }
    }
    throw spentElsewhere ?? new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Please retry the request');
  }

  private async findIdempotent(
    scopeHash: Buffer,
    keyHash: Buffer,
  ): Promise<{ requestHash: Buffer; reportId: string; status: ReportStatus } | null> {
    const rows: { request_hash: Buffer; report_id: string; status: ReportStatus; fresh: boolean }[] = await this.db.query(
      `SELECT i.request_hash, i.report_id, r.status, i.created_at > now() - interval '25 hours' AS fresh
         FROM idempotency_key i JOIN report r ON r.id = i.report_id
        WHERE i.scope_hash = $1 AND i.key_hash = $2`,
      [scopeHash, keyHash],
    );
    const row = rows[0];
    if (!row) return null;
    if (!row.fresh) {
      await this.db.query('DELETE FROM idempotency_key WHERE scope_hash = $1 AND key_hash = $2', [scopeHash, keyHash]);
      return null;
    }
    return { requestHash: row.request_hash, reportId: row.report_id, status: row.status };
  }
}

/** A failure caused by the rows themselves (SQLSTATE class 22, data exception, or 23, integrity constraint). */
function isRowError(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code ?? '';
  return code.startsWith('22') || code.startsWith('23');
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
