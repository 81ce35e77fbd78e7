import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../common/errors/app-error';
import { httpOperationCost, operationCost } from '../security/operation-cost';
import { RateLimitsService } from '../security/rate-limits.service';
import { PUBLIC_KEY, requestOf, SCOPES_KEY } from './access.decorators';
import { ANONYMOUS } from './caller';
import { ApiKeyService } from './api-key.service';
import type { Scope } from './scopes';

/**
 * Global guard: every operation needs an API key with the scopes it declares,
 * unless it is marked @Public(). An operation with neither is refused, so a
 * forgotten decorator fails closed. A key that is present but invalid is
 * refused even on public operations, so an NGO's report never silently
 * becomes an anonymous one.
 *
 * An operation let through is then charged to the key's per-minute budget
 * (each root GraphQL field its operationCost, a plain-HTTP route its
 * httpOperationCost; RATE_LIMITED when spent), here
 * rather than in an interceptor: the charge needs the key this guard has just
 * identified, one guard fixes that order, and a request without interceptors
 * skips Nest's interceptor chain (an rxjs pipeline and async-resource
 * bindings per call, about 2% of the API's CPU on small requests).
 * Anonymous callers are held back by the proof of work and the anonymous
 * budget instead.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
    private readonly limits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(SCOPES_KEY, targets);
    const request = requestOf(context);
    const header = request.headers['authorization'];
    const caller = typeof header === 'string' && header.length > 0 ? await this.keys.authenticate(header) : ANONYMOUS;
    request.caller = caller;

    if (!isPublic) {
      if (!scopes || scopes.length === 0) throw AppError.forbidden('This operation is not available');
      if (caller.kind === 'anonymous') throw AppError.unauthenticated();
      if (!scopes.every((s) => caller.scopes.has(s))) throw AppError.forbidden();
    }
    if (caller.kind === 'key') {
      if (context.getType<string>() === 'graphql') await this.charge(context, caller.keyId);
      // Plain HTTP (the CSV export): the same per-minute budget, or a key could ask without limit there.
      else await this.limits.chargeKey(caller.keyId, httpOperationCost((request.url ?? '').split('?', 1)[0]!));
    }
    return true;
  }

  /** Root fields only: a field resolver inside an operation is paid for by its operation. */
  private async charge(context: ExecutionContext, keyId: string): Promise<void> {
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Query' && info.parentType.name !== 'Mutation') return;
    await this.limits.chargeKey(keyId, operationCost(info.fieldName, gql.getArgs<Record<string, unknown>>()));
  }
}
