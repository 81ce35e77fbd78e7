import { Module } from '@nestjs/common';
import { TrendsExportController } from './trends/trends-export.controller';
import { TrendsResolver } from './trends/trends.resolver';
import { TrendQueryBudgetService } from './trends/trend-query-budget.service';
import { TrendsService } from './trends/trends.service';

/** Trend queries for researchers (GraphQL and CSV). Rollup maintenance lives in RollupsModule. */
@Module({ providers: [TrendsService, TrendQueryBudgetService, TrendsResolver], controllers: [TrendsExportController] })
export class AnalyticsModule {}
