/**
 * The stack with nothing of ours on it, for `npm run bench`: NestJS with
 * Apollo on Fastify, one query (`ping`) and one mutation that stores a report
 * with one plain prepared INSERT on a pg pool, as the reference
 * figures describe ("Apollo on Fastify answers {ping} …; adding one plain
 * INSERT gives …"). No validation, encryption, authentication, logging,
 * query limits, security headers or outbox: the distance between this and
 * the real API is what those cost per request.
 *
 * Started by the bench as its own process: `node -r ts-node/register/transpile-only
 * bench/pipeline/bare-server.ts <port> <database url>`; prints "ready" when listening.
 */
import 'reflect-metadata';
import { Args, Field, GraphQLModule, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const [port, databaseUrl] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 20 });

/** The same input the bench sends to submitReport (a subset of its fields, all stored). */
@InputType()
class BareReportInput {
  @Field() narrative!: string;
  @Field() countryCode!: string;
  @Field({ nullable: true }) regionCode?: string;
  @Field({ nullable: true }) occurredOn?: string;
  @Field(() => [String], { nullable: true }) violations?: string[];
}

@Resolver()
class BareResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Mutation(() => String)
  async submitBare(@Args('input') input: BareReportInput): Promise<string> {
    const id = randomUUID();
    await pool.query({
      name: 'bare_insert',
      text: 'INSERT INTO bare_report (id, narrative, country_code, region_code, occurred_on, violations) VALUES ($1, $2, $3, $4, $5, $6)',
      values: [id, input.narrative, input.countryCode, input.regionCode ?? null, input.occurredOn ?? null, input.violations ?? null],
    });
    return id;
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, playground: false })],
  providers: [BareResolver],
})
class BareModule {}

async function main(): Promise<void> {
  await pool.query(
    'CREATE TABLE IF NOT EXISTS bare_report (id uuid PRIMARY KEY, narrative text NOT NULL, country_code text NOT NULL, region_code text, occurred_on text, violations text[])',
  );
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), { logger: false });
  await app.listen(Number(port), '127.0.0.1');
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => void app.close().then(() => pool.end()));
}

void main();
