import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { VIOLATION_TYPES, ViolationType } from '../../taxonomy/taxonomy.codes';
import { ReportStatusEnum, ViolationTypeEnum } from '../../taxonomy/taxonomy.graphql';
import { REPORT_STATUSES, ReportStatus } from '../report.entity';
import { UniqueItems } from '../../common/validation/validators';

@InputType()
export class ReportFilter {
  @Field(() => [ReportStatusEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(REPORT_STATUSES.length)
  @IsIn(REPORT_STATUSES, { each: true })
  statuses?: ReportStatus[];

  @Field(() => [ViolationTypeEnum], { nullable: true, description: 'Reports with any of these types' })
  @IsOptional()
  @UniqueItems(VIOLATION_TYPES.length)
  @IsIn(VIOLATION_TYPES, { each: true })
  violations?: ViolationType[];

  @Field({ nullable: true, description: 'YYYY-MM, inclusive' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'MONTH_FORMAT' })
  receivedFrom?: string;

  @Field({ nullable: true, description: 'YYYY-MM, inclusive' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'MONTH_FORMAT' })
  receivedTo?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  safeguarding?: boolean;
}
