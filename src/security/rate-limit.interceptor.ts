import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, Observable, switchMap } from 'rxjs';
import { requestOf } from '../access/access.decorators';
import { RateLimitsService } from './rate-limits.service';

/** Points an operation costs an API key: a write 10, a page of reports 1 + first/10, anything else 1. */
export function operationCost(field: string, args: Record<string, unknown>): number {
  switch (field) {
    case 'submitReport':
    case 'withdrawReport':
      return 10;
    case 'reports': {
      const first = typeof args.first === 'number' && args.first > 0 ? args.first : 20;
      return 1 + Math.ceil(Math.min(first, 1000) / 10);
    }
    case 'trends':
      return 5;
    default:
      return 1;
  }
}

/**
 * Charges an API key's per-minute budget for each root operation it calls
 * (after AccessGuard has identified the key). Anonymous callers are held back
 * by the proof of work and the anonymous budget instead.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(private readonly limits: RateLimitsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
    const caller = requestOf(context).caller;
    if (!root || caller?.kind !== 'key') return next.handle();
    const cost = operationCost(info.fieldName, gql.getArgs<Record<string, unknown>>());
    return from(this.limits.chargeKey(caller.keyId, cost)).pipe(switchMap(() => next.handle()));
  }
}
