import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestWithCaller } from '../access/access.decorators';
import { errorClass } from '../common/errors/error-class';
import { actorOf, AuditEntry, auditEntries } from './audit-entry';

type Context = { req?: RequestWithCaller };

/**
 * Writes one audit_log row per executed root operation (except the public
 * taxonomy and challenge reads): who (API key id or "anonymous"), what, which
 * report, the minute, and the outcome code. An Apollo plugin rather than an
 * interceptor, so refusals by the guard and by request-level checks (cost,
 * control characters) are recorded too. A failed audit write is logged (by
 * class) and never fails the request.
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<Context> {
  private readonly logger = new Logger('Audit');

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
        if (entries.length > 0) await this.write(entries);
      },
    };
  }

  private async write(entries: AuditEntry[]): Promise<void> {
    try {
      await this.db.query(
        `INSERT INTO audit_log (actor, operation, report_id, outcome)
         SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[])`,
        [entries.map((e) => e.actor), entries.map((e) => e.operation), entries.map((e) => e.reportId), entries.map((e) => e.outcome)],
      );
    } catch (error) {
      this.logger.error({ cause: errorClass(error) }, 'could not write the audit log');
    }
  }
}
