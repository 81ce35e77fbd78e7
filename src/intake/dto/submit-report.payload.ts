import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReportStatusEnum } from '../../taxonomy/taxonomy.graphql';
import type { ReportStatus } from '../../reports/report.entity';

@ObjectType()
export class ReportReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportStatusEnum)
  status!: ReportStatus;

  @Field({ description: 'Returned once; lets an anonymous reporter check status with reportStatus' })
  statusToken!: string;
}

@ObjectType()
export class SubmitReportPayload {
  @Field(() => ReportReceipt)
  receipt!: ReportReceipt;
}
