import { Field, ObjectType } from '@nestjs/graphql';
import {
  LegalModelEnum,
  PerpetratorTypeEnum,
  ReportedToPoliceEnum,
  ViolationTypeEnum,
  WorkSettingEnum,
} from './taxonomy.graphql';
import type { LegalModel, PerpetratorType, ReportedToPolice, ViolationType, WorkSetting } from './taxonomy.codes';

@ObjectType()
export class LocalisedText {
  @Field({ description: 'BCP 47 language' })
  language!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class HuridocsMapping {
  @Field(() => String, { nullable: true, description: 'HURIDOCS Events Standard Formats act code, when verified' })
  code!: string | null;

  @Field()
  label!: string;
}

@ObjectType()
export class TaxonomySubtype {
  @Field()
  code!: string;

  @Field(() => [LocalisedText])
  names!: LocalisedText[];
}

@ObjectType()
export class TaxonomyViolationType {
  @Field(() => ViolationTypeEnum)
  code!: ViolationType;

  @Field(() => [TaxonomySubtype])
  subtypes!: TaxonomySubtype[];

  @Field(() => [LocalisedText])
  names!: LocalisedText[];

  @Field(() => [LocalisedText])
  descriptions!: LocalisedText[];

  @Field({ description: 'Reports of this type are flagged for urgent safeguarding review' })
  safeguarding!: boolean;

  @Field(() => HuridocsMapping, { nullable: true })
  huridocs!: HuridocsMapping | null;

  @Field()
  policyBasis!: string;
}

function valueType<T extends string>(name: string, enumRef: object) {
  @ObjectType(name)
  class Value {
    @Field(() => enumRef)
    code!: T;

    @Field(() => [LocalisedText])
    names!: LocalisedText[];
  }
  return Value;
}

export const PerpetratorTypeValue = valueType<PerpetratorType>('PerpetratorTypeValue', PerpetratorTypeEnum);
export const WorkSettingValue = valueType<WorkSetting>('WorkSettingValue', WorkSettingEnum);
export const ReportedToPoliceValue = valueType<ReportedToPolice>('ReportedToPoliceValue', ReportedToPoliceEnum);
export const LegalModelValue = valueType<LegalModel>('LegalModelValue', LegalModelEnum);

@ObjectType()
export class Taxonomy {
  @Field({ description: 'Recorded on every categorised report' })
  version!: string;

  @Field(() => [String])
  languages!: string[];

  @Field(() => [TaxonomyViolationType])
  violationTypes!: TaxonomyViolationType[];

  @Field(() => [PerpetratorTypeValue])
  perpetratorTypes!: InstanceType<typeof PerpetratorTypeValue>[];

  @Field(() => [WorkSettingValue])
  workSettings!: InstanceType<typeof WorkSettingValue>[];

  @Field(() => [ReportedToPoliceValue])
  reportedToPolice!: InstanceType<typeof ReportedToPoliceValue>[];

  @Field(() => [LegalModelValue])
  legalModels!: InstanceType<typeof LegalModelValue>[];
}
