import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/errors/app-error';
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
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(SCOPES_KEY, targets);
    const request = requestOf(context);
    const header = request.headers['authorization'];
    const caller = typeof header === 'string' && header.length > 0 ? await this.keys.authenticate(header) : ANONYMOUS;
    request.caller = caller;

    if (isPublic) return true;
    if (!scopes || scopes.length === 0) throw AppError.forbidden('This operation is not available');
    if (caller.kind === 'anonymous') throw AppError.unauthenticated();
    if (!scopes.every((s) => caller.scopes.has(s))) throw AppError.forbidden();
    return true;
  }
}
