import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestWithCaller } from '../access/access.decorators';
import { MicroBatcher } from '../common/batching/micro-batcher';
import { errorClass } from '../common/errors/error-class';
import { actorOf, AuditEntry, auditEntries } from './audit-entry';

type Context = { req?: RequestWithCaller };

const AUDIT_BATCH_ROWS = 64;
const AUDIT_BATCH_WAIT_MS = 2;

/**
 * Writes one audit_log row per executed root operation (except the public
 * taxonomy and challenge reads): who (API key id or "anonymous"), what, which
 * report, the minute, and the outcome code. An Apollo plugin rather than an
 * interceptor, so refusals by the guard and by request-level checks (cost,
 * control characters) are recorded too. A failed audit write is logged (by
 * class) and never fails the request.
 *
 * The rows of requests answered at about the same time are written by one
 * statement (gathered for at most AUDIT_BATCH_WAIT_MS): each response still
 * waits until its rows are stored, but a busy API commits one audit insert
 * per batch instead of one per request.
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<Context> {
  private readonly logger = new Logger('Audit');
  private readonly batcher = new MicroBatcher<AuditEntry[], void>((batches) => this.writeBatch(batches), AUDIT_BATCH_ROWS, AUDIT_BATCH_WAIT_MS);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    return {
      willSendResponse: async ({ operation, request, response, errors, contextValue }) => {
        if (!operation) return;
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const req = contextValue.req;
        const entries = auditEntries({
          operation,
          variables: request.variables ?? {},
          data: body?.data as Record<string, unknown> | null | undefined,
          errors: errors ?? [],
          actor: actorOf(req?.caller, typeof req?.headers['authorization'] === 'string'),
        });
        if (entries.length > 0) await this.batcher.submit(entries);
      },
    };
  }

  private async writeBatch(batches: AuditEntry[][]): Promise<Map<AuditEntry[], void>> {
    const entries = batches.flat();
    try {
      await this.db.query(
        `INSERT INTO audit_log (actor, operation, report_id, outcome)
         SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[])`,
        [entries.map((e) => e.actor), entries.map((e) => e.operation), entries.map((e) => e.reportId), entries.map((e) => e.outcome)],
      );
    } catch (error) {
      this.logger.error({ cause: errorClass(error), rows: entries.length }, 'could not write the audit log');
    }
    return new Map(batches.map((b) => [b, undefined]));
  }
}
