import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { KeyCaller } from '../access/caller';
import { isUuid } from '../access/api-key.service';
import { AppError } from '../common/errors/app-error';
import type { PerpetratorFinding } from '../categorisation/categorisation.types';
import { applyReview } from '../categorisation/review';
import { ErrorCode } from '../common/errors/error-codes';
import { RollupsService } from '../analytics/rollups/rollups.service';
import { ReportEntity, ReportStatus } from './report.entity';
import { categorisationFields, storedCategorisation, writeCategorisation } from './categorisation-store';
import type { PerpetratorType, ViolationType } from '../taxonomy/taxonomy.codes';

export interface ReviewInput {
  violations?: ViolationType[];
  perpetrators?: PerpetratorType[];
}
import type { ReportConnection, ReportType, WithdrawReportPayload } from './dto/report.type';
import type { ReportFilter } from './dto/report-filter.input';

export const MAX_PAGE = 100;

/**
 * The organisation-scoped read and withdraw API. Every query is filtered by
 * the caller's organisation, so another organisation's report is
 * indistinguishable from a missing one.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rollups: RollupsService,
  ) {}

  async findOne(caller: KeyCaller, id: string): Promise<ReportType | null> {
    if (!isUuid(id)) return null;
    const report = await this.db
      .getRepository(ReportEntity)
      .findOneBy({ id: id.toLowerCase(), organisationId: caller.organisationId });
    return report ? toReportType(report) : null;
  }

  async list(caller: KeyCaller, first: number, after: string | undefined, filter: ReportFilter = {}): Promise<ReportConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw AppError.badInput([{ field: 'first', problem: `RANGE_1_${MAX_PAGE}` }]);
    }
    const qb = this.db
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .where('r.organisation_id = :org', { org: caller.organisationId })
      .orderBy('r.received_month', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(first + 1);
    if (after !== undefined) {
      const cursor = decodeCursor(after);
      qb.andWhere('(r.received_month, r.id) < (:month, :id)', cursor);
    }
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.violations?.length) qb.andWhere('r.violation_types && :violations', { violations: filter.violations });
    if (filter.receivedFrom) qb.andWhere('r.received_month >= :from', { from: filter.receivedFrom });
    if (filter.receivedTo) qb.andWhere('r.received_month <= :to', { to: filter.receivedTo });
    if (filter.safeguarding !== undefined) qb.andWhere('r.safeguarding = :sg', { sg: filter.safeguarding });
    const rows = await qb.getMany();
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({ cursor: encodeCursor(r.receivedMonth, r.id), node: toReportType(r) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * Withdrawal erases the narrative, the findings and every field that is not
   * needed for the tombstone, deletes any raw text still queued, and (through
   * the rollup hook) reverses the counts the report contributed. The tombstone
   * keeps the case reference's keyed hash: without it, importing the same file
   * again (to finish an interrupted import, say) would store the withdrawn
   * report anew.
   */
  async withdraw(caller: KeyCaller, id: string): Promise<WithdrawReportPayload> {
    if (!isUuid(id)) throw AppError.notFound('No such report');
    return this.db.transaction(async (tx) => {
      const report = await lockOwnReport(tx, caller, id);
      if (report.status === 'WITHDRAWN') return { id: report.id, status: report.status };
      await this.rollups.reverse(tx, report);
      await tx.query(
        `UPDATE report SET status = 'WITHDRAWN', narrative = NULL, redactions = '[]', violations = '[]',
                violation_types = '{}', perpetrators = '[]', submitted = '{}', safeguarding = false,
                work_setting = NULL, work_setting_source = NULL, reported_to_police = NULL,
                reported_to_police_source = NULL, region_code = NULL, occurred_month = NULL, language = NULL,
                failure_code = NULL, queued_at = NULL, review = NULL
          WHERE id = $1`,
        [report.id],
      );
      await tx.query('DELETE FROM report_raw WHERE report_id = $1', [report.id]);
      await tx.query('DELETE FROM outbox WHERE report_id = $1', [report.id]);
      return { id: report.id, status: 'WITHDRAWN' as ReportStatus };
    });
  }

  /**
   * A reviewer's correction: the reviewer's lists replace the rules' (marked
   * REVIEWER), and the trend counts follow in the same transaction.
   */
  async review(caller: KeyCaller, id: string, input: ReviewInput): Promise<ReportType> {
    if (!isUuid(id)) throw AppError.notFound('No such report');
    if (!input.violations && !input.perpetrators) {
      throw AppError.badInput([{ field: 'violations', problem: 'VIOLATIONS_OR_PERPETRATORS_REQUIRED' }]);
    }
    for (const [field, list] of [['violations', input.violations], ['perpetrators', input.perpetrators]] as const) {
      if (list && new Set<string>(list).size !== list.length) throw AppError.badInput([{ field, problem: 'DUPLICATE_VALUES' }]);
    }
    return this.db.transaction(async (tx) => {
      const report = await lockOwnReport(tx, caller, id);
      if (report.status !== 'PROCESSED') {
        throw new AppError(ErrorCode.INVALID_STATE, 'Only a processed report can be reviewed');
      }
      const reviewed = applyReview(storedCategorisation(report), { violations: input.violations, perpetrators: input.perpetrators });
      // The decision as given, over earlier reviews' (a list this review leaves out stays as it was set):
      // re-categorisation applies it again, an empty list included, which the findings alone cannot show.
      const review = { ...report.review, ...(input.violations && { violations: input.violations }), ...(input.perpetrators && { perpetrators: input.perpetrators }) };
      await this.rollups.reverse(tx, report);
      await writeCategorisation(tx, report.id, { ...reviewed, taxonomyVersion: report.taxonomyVersion ?? reviewed.taxonomyVersion });
      await tx.query('UPDATE report SET review = $2 WHERE id = $1', [report.id, JSON.stringify(review)]);
      const updated = { ...report, ...categorisationFields(reviewed), taxonomyVersion: report.taxonomyVersion, review };
      await this.rollups.apply(tx, updated);
      return toReportType(updated);
    });
  }
}

async function lockOwnReport(tx: EntityManager, caller: KeyCaller, id: string): Promise<ReportEntity> {
  const report = await tx
    .getRepository(ReportEntity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id AND r.organisation_id = :org', { id: id.toLowerCase(), org: caller.organisationId })
    .getOne();
  if (!report) throw AppError.notFound('No such report');
  return report;
}

export function toReportType(r: ReportEntity): ReportType {
  return {
    id: r.id,
    status: r.status,
    receivedMonth: r.receivedMonth,
    occurredMonth: r.occurredMonth,
    countryCode: r.countryCode,
    regionCode: r.regionCode,
    language: r.language,
    narrative: r.status === 'PROCESSED' || r.status === 'PROCESSING' ? r.narrative : null,
    violations: r.violations.map((v) => ({ ...v, evidence: v.evidence ?? [], subtypes: v.subtypes ?? [] })),
    perpetrators: r.perpetrators.map((p: PerpetratorFinding) => p.type),
    workSetting: r.workSetting,
    reportedToPolice: r.reportedToPolice,
    safeguarding: r.safeguarding,
    redactions: r.redactions,
    taxonomyVersion: r.taxonomyVersion,
  };
}

function encodeCursor(month: string, id: string): string {
  return Buffer.from(`${month}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { month: string; id: string } {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const [month, id] = decoded.split('|');
  if (!month || !id || !/^\d{4}-\d{2}$/.test(month) || !isUuid(id)) {
    throw AppError.badInput([{ field: 'after', problem: 'INVALID_CURSOR' }]);
  }
  return { month, id };
}
