import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public, RequestWithCaller } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import { ReportStatusEnum } from '../taxonomy/taxonomy.graphql';
import type { ReportStatus } from '../reports/report.entity';
import { SubmitReportInput } from './dto/submit-report.input';
import { SubmitReportPayload } from './dto/submit-report.payload';
import { readIdempotencyKey } from './idempotency';
import { IntakeService } from './intake.service';
import { POW_HEADER } from '../security/proof-of-work';

@Resolver()
export class IntakeResolver {
  constructor(private readonly intake: IntakeService) {}

  /** Public: anonymous reporters may submit when the channel is enabled; keys need reports:write (checked in the service). */
  @Public()
  @Mutation(() => SubmitReportPayload)
  async submitReport(
    @Args('input') input: SubmitReportInput,
    @CurrentCaller() caller: Caller,
    @Context('req') req: RequestWithCaller,
  ): Promise<SubmitReportPayload> {
    const idempotencyKey = readIdempotencyKey(req.headers);
    return { receipt: await this.intake.submit(input, caller, idempotencyKey, req.headers[POW_HEADER]) };
  }

  @Public()
  @Query(() => ReportStatusEnum, {
    nullable: true,
    description: 'Anonymous status check, no content. Null when the receipt or token does not match.',
  })
  async reportStatus(
    @Args('receiptId', { type: () => ID }) receiptId: string,
    @Args('statusToken') statusToken: string,
  ): Promise<ReportStatus | null> {
    return this.intake.status(receiptId, statusToken);
  }
}
