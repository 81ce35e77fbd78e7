import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import {
  LEGAL_MODELS,
  LegalModel,
  PERPETRATOR_TYPES,
  PerpetratorType,
  REPORTED_TO_POLICE,
  ReportedToPolice,
  VIOLATION_TYPES,
  ViolationType,
  WORK_SETTINGS,
  WorkSetting,
} from '../../../taxonomy/taxonomy.codes';
import {
  asEnum,
  LegalModelEnum,
  PerpetratorTypeEnum,
  ReportedToPoliceEnum,
  ViolationTypeEnum,
  WorkSettingEnum,
} from '../../../taxonomy/taxonomy.graphql';
import { UniqueItems } from '../../../common/validation/validators';
import { TREND_DIMENSIONS, TREND_INTERVALS, TrendDimension, TrendInterval } from '../trend-dimensions';

export const TrendDimensionEnum = asEnum(TREND_DIMENSIONS);
export const TrendIntervalEnum = asEnum(TREND_INTERVALS);
registerEnumType(TrendDimensionEnum, { name: 'TrendDimension' });
registerEnumType(TrendIntervalEnum, { name: 'TrendInterval' });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType()
export class TrendFilter {
  @Field(() => [ViolationTypeEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(VIOLATION_TYPES.length)
  @IsIn(VIOLATION_TYPES, { each: true })
  violations?: ViolationType[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @UniqueItems(300)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'COUNTRY_CODE' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes' })
  @IsOptional()
  @UniqueItems(500)
  @Matches(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { each: true, message: 'REGION_CODE' })
  regions?: string[];

  @Field(() => [PerpetratorTypeEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(PERPETRATOR_TYPES.length)
  @IsIn(PERPETRATOR_TYPES, { each: true })
  perpetrators?: PerpetratorType[];

  @Field(() => [LegalModelEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(LEGAL_MODELS.length)
  @IsIn(LEGAL_MODELS, { each: true })
  legalModels?: LegalModel[];

  @Field(() => [WorkSettingEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(WORK_SETTINGS.length)
  @IsIn(WORK_SETTINGS, { each: true })
  workSettings?: WorkSetting[];

  @Field(() => [ReportedToPoliceEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(REPORTED_TO_POLICE.length)
  @IsIn(REPORTED_TO_POLICE, { each: true })
  reportedToPolice?: ReportedToPolice[];

  @Field({ nullable: true, description: 'Only reports flagged (or not flagged) for safeguarding' })
  @IsOptional()
  @IsBoolean()
  safeguarding?: boolean;
}

@InputType()
export class TrendQuery {
  @Field(() => [TrendDimensionEnum], { description: 'Zero to three dimensions' })
  @ArrayMaxSize(3)
  @UniqueItems(3)
  @IsIn(TREND_DIMENSIONS, { each: true })
  groupBy!: TrendDimension[];

  @Field(() => TrendIntervalEnum, { nullable: true, description: 'MONTH, QUARTER or YEAR; absent: no time axis' })
  @IsOptional()
  @IsIn(TREND_INTERVALS)
  interval?: TrendInterval;

  @Field({ nullable: true, description: 'YYYY-MM, inclusive' })
  @IsOptional()
  @Matches(MONTH, { message: 'MONTH_FORMAT' })
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM, inclusive' })
  @IsOptional()
  @Matches(MONTH, { message: 'MONTH_FORMAT' })
  to?: string;

  @Field(() => TrendFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrendFilter)
  filter?: TrendFilter;
}

@ObjectType()
export class TrendCell {
  @Field(() => String, { nullable: true, description: 'YYYY-MM, YYYY-Qn or YYYY; absent without an interval' })
  period?: string | null;

  @Field(() => ViolationTypeEnum, { nullable: true })
  violation?: ViolationType | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => PerpetratorTypeEnum, { nullable: true })
  perpetrator?: PerpetratorType | null;

  @Field(() => LegalModelEnum, { nullable: true })
  legalModel?: LegalModel | null;

  @Field(() => WorkSettingEnum, { nullable: true })
  workSetting?: WorkSetting | null;

  @Field(() => ReportedToPoliceEnum, { nullable: true })
  reportedToPolice?: ReportedToPolice | null;

  @Field(() => Boolean, { nullable: true })
  safeguarding?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed; otherwise perturbed (a multiple of 3)' })
  count!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType()
export class TrendResult {
  @Field(() => [TrendCell])
  cells!: TrendCell[];

  @Field(() => Int)
  minimumCellSize!: number;

  @Field(() => Int)
  suppressedCells!: number;

  @Field()
  taxonomyVersion!: string;
}
