import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  FindingSourceEnum,
  PerpetratorTypeEnum,
  ReportedToPoliceEnum,
  ReportStatusEnum,
  ViolationTypeEnum,
  WorkSettingEnum,
} from '../../taxonomy/taxonomy.graphql';
import type {
  FindingSource,
  PerpetratorType,
  ReportedToPolice,
  ViolationType,
  WorkSetting,
} from '../../taxonomy/taxonomy.codes';
import type { ReportStatus } from '../report.entity';

@ObjectType()
export class ViolationFindingType {
  @Field(() => ViolationTypeEnum)
  type!: ViolationType;

  @Field(() => [String])
  subtypes!: string[];

  @Field(() => Float, { description: '0..1' })
  confidence!: number;

  @Field(() => FindingSourceEnum)
  source!: FindingSource;

  @Field(() => [String], { description: 'Phrases of the de-identified text that support the finding' })
  evidence!: string[];
}

@ObjectType('RedactionCount')
export class RedactionCountType {
  @Field()
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Report', { description: 'A report as its organisation may see it: de-identified only.' })
export class ReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportStatusEnum)
  status!: ReportStatus;

  @Field()
  receivedMonth!: string;

  @Field(() => String, { nullable: true })
  occurredMonth!: string | null;

  @Field()
  countryCode!: string;

  @Field(() => String, { nullable: true })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'The DE-IDENTIFIED text; null until processed' })
  narrative!: string | null;

  @Field(() => [ViolationFindingType])
  violations!: ViolationFindingType[];

  @Field(() => [PerpetratorTypeEnum])
  perpetrators!: PerpetratorType[];

  @Field(() => WorkSettingEnum, { nullable: true })
  workSetting!: WorkSetting | null;

  @Field(() => ReportedToPoliceEnum, { nullable: true })
  reportedToPolice!: ReportedToPolice | null;

  @Field({ description: 'CHILD_INVOLVED or COERCION_OR_TRAFFICKING found' })
  safeguarding!: boolean;

  @Field(() => [RedactionCountType], { description: 'Kind and count only, never the removed values' })
  redactions!: RedactionCountType[];

  @Field(() => String, { nullable: true })
  taxonomyVersion!: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ReportEdge {
  @Field()
  cursor!: string;

  @Field(() => ReportType)
  node!: ReportType;
}

@ObjectType()
export class ReportConnection {
  @Field(() => [ReportEdge])
  edges!: ReportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class WithdrawReportPayload {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportStatusEnum)
  status!: ReportStatus;
}
