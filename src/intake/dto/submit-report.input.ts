import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import {
  PERPETRATOR_TYPES,
  PerpetratorType,
  REPORTED_TO_POLICE,
  ReportedToPolice,
  VIOLATION_TYPES,
  ViolationType,
  WORK_SETTINGS,
  WorkSetting,
} from '../../taxonomy/taxonomy.codes';
import {
  PerpetratorTypeEnum,
  ReportedToPoliceEnum,
  ViolationTypeEnum,
  WorkSettingEnum,
} from '../../taxonomy/taxonomy.graphql';
import {
  CharLength,
  IsCountryCode,
  IsLanguageTag,
  IsPartialDate,
  IsSubdivisionOfCountry,
  HasLettersOrDigits,
  NoControlCharacters,
  NotBlank,
  NotInFuture,
  UniqueItems,
} from '../../common/validation/validators';

export const NARRATIVE_MAX = 20000;

@InputType()
export class SubmitReportInput {
  @Field({ description: 'The account, in any language, 1..20000 characters. Never returned, never logged.' })
  @IsString()
  @CharLength(1, NARRATIVE_MAX)
  @NoControlCharacters()
  @HasLettersOrDigits()
  narrative!: string;

  @Field({ description: 'ISO 3166-1 alpha-2, upper case' })
  @IsString()
  @IsCountryCode()
  countryCode!: string;

  @Field({ nullable: true, description: 'ISO 3166-2 subdivision of that country, e.g. AR-C' })
  @IsOptional()
  @IsString()
  @IsSubdivisionOfCountry()
  regionCode?: string;

  @Field({ nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD; kept only as a month' })
  @IsOptional()
  @IsString()
  @IsPartialDate()
  @NotInFuture()
  occurredOn?: string;

  @Field({ nullable: true, description: 'BCP 47; detected when absent' })
  @IsOptional()
  @IsString()
  @IsLanguageTag()
  language?: string;

  @Field(() => [ViolationTypeEnum], { nullable: true, description: "The submitter's own categorisation" })
  @IsOptional()
  @UniqueItems(VIOLATION_TYPES.length)
  @IsIn(VIOLATION_TYPES, { each: true })
  violations?: ViolationType[];

  @Field(() => [PerpetratorTypeEnum], { nullable: true })
  @IsOptional()
  @UniqueItems(PERPETRATOR_TYPES.length)
  @IsIn(PERPETRATOR_TYPES, { each: true })
  perpetrators?: PerpetratorType[];

  @Field(() => WorkSettingEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORK_SETTINGS)
  workSetting?: WorkSetting;

  @Field(() => ReportedToPoliceEnum, { nullable: true })
  @IsOptional()
  @IsIn(REPORTED_TO_POLICE)
  reportedToPolice?: ReportedToPolice;

  @Field({ nullable: true, description: "The NGO's own reference; stored only as a keyed hash" })
  @IsOptional()
  @IsString()
  @CharLength(1, 100)
  @NoControlCharacters()
  @NotBlank()
  caseReference?: string;
}
