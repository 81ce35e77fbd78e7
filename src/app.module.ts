import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { DurabilityChecksModule } from './security/durability-checks.module';
import { SecurityModule } from './security/security.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { RollupsModule } from './analytics/rollups/rollups.module';
import { graphqlOptions } from './common/graphql/graphql.config';
import { LoggingModule } from './common/logging/logging.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { QueueModule } from './queue/queue.module';
import { ReportsModule } from './reports/reports.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

/** The API process: GraphQL over HTTP, no queue processors. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    RollupsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => graphqlOptions(config),
    }),
    AccessModule,
    IntakeModule,
    ReportsModule,
    TaxonomyModule,
    AnalyticsModule,
    HealthModule,
    SecurityModule,
    AuditModule,
    DurabilityChecksModule,
  ],
})
export class AppModule {}
