import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { TrendsResolver } from '../analytics/trends/trends.resolver';
import { IntakeResolver } from '../intake/intake.resolver';
import { ReportsResolver } from '../reports/reports.resolver';
import { SecurityResolver } from '../security/security.resolver';
import { TaxonomyResolver } from '../taxonomy/taxonomy.resolver';

/** Every resolver of the public schema. The schema test fails when one is missing here. */
export const RESOLVERS = [IntakeResolver, ReportsResolver, TaxonomyResolver, TrendsResolver, SecurityResolver];

const HEADER = '# The GraphQL contract, generated from the code by `npm run schema`. Do not edit by hand.\n\n';

/** Builds the SDL from the code-first resolvers, without a database or Redis. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const factory = app.get(GraphQLSchemaFactory);
    const schema = await factory.create(RESOLVERS);
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
