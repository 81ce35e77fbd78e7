import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequireScopes } from '../access/access.decorators';
import type { KeyCaller } from '../access/caller';
import { ReportFilter } from './dto/report-filter.input';
import { PerpetratorTypeEnum, ViolationTypeEnum } from '../taxonomy/taxonomy.graphql';
import type { PerpetratorType, ViolationType } from '../taxonomy/taxonomy.codes';
import { ReportConnection, ReportType, WithdrawReportPayload } from './dto/report.type';
import { ReportsService } from './reports.service';

@Resolver(() => ReportType)
export class ReportsResolver {
  constructor(private readonly reportsService: ReportsService) {}

  @RequireScopes('reports:read')
  @Query(() => ReportType, { nullable: true, description: "One of the caller's organisation's reports, de-identified" })
  async report(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: KeyCaller): Promise<ReportType | null> {
    return this.reportsService.findOne(caller, id);
  }

  @RequireScopes('reports:read')
  @Query(() => ReportConnection)
  async reports(
    @CurrentCaller() caller: KeyCaller,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => ReportFilter, nullable: true }) filter?: ReportFilter,
  ): Promise<ReportConnection> {
    return this.reportsService.list(caller, first, after ?? undefined, filter ?? undefined);
  }

  @RequireScopes('reports:write')
  @Mutation(() => WithdrawReportPayload)
  async withdrawReport(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: KeyCaller): Promise<WithdrawReportPayload> {
    return this.reportsService.withdraw(caller, id);
  }

  /** Answers with the corrected report, narrative included: reading it takes reports:read as well. */
  @RequireScopes('reports:review', 'reports:read')
  @Mutation(() => ReportType, {
    description: "A reviewer's correction of the findings (reports:review and reports:read); REVIEWER findings win over RULES and the trend counts follow",
  })
  async reviewReport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: KeyCaller,
    @Args('violations', { type: () => [ViolationTypeEnum], nullable: true }) violations?: ViolationType[] | null,
    @Args('perpetrators', { type: () => [PerpetratorTypeEnum], nullable: true }) perpetrators?: PerpetratorType[] | null,
  ): Promise<ReportType> {
    return this.reportsService.review(caller, id, { violations: violations ?? undefined, perpetrators: perpetrators ?? undefined });
  }
}
