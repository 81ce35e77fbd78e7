import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequireScopes } from '../../access/access.decorators';
import type { KeyCaller } from '../../access/caller';
import { TrendQuery, TrendResult } from './dto/trend.types';
import { TrendsService } from './trends.service';

@Resolver()
export class TrendsResolver {
  constructor(private readonly trendsService: TrendsService) {}

  @RequireScopes('analytics:read')
  @Query(() => TrendResult, { description: 'Aggregate counts with small cells withheld and counts perturbed; never a report' })
  async trends(@Args('query') query: TrendQuery, @CurrentCaller() caller: KeyCaller): Promise<TrendResult> {
    return this.trendsService.query(query, caller);
  }
}
