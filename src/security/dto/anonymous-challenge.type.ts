import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A proof-of-work challenge for an anonymous submission' })
export class AnonymousChallenge {
  @Field({ description: 'Opaque, signed, single use' })
  challenge!: string;

  @Field(() => Int, { description: 'Leading zero bits SHA-256("<challenge>:<solution>") must have' })
  difficulty!: number;

  @Field({ description: 'ISO 8601; the challenge is refused after this' })
  expiresAt!: string;

  @Field({ description: 'Send "<challenge>:<solution>" in this HTTP header with submitReport' })
  header!: string;

  @Field({ description: 'Whether this service requires a solution for anonymous submissions' })
  required!: boolean;
}
