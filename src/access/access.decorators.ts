import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Caller } from './caller';
import type { Scope } from './scopes';

export const PUBLIC_KEY = 'access:public';
export const SCOPES_KEY = 'access:scopes';

/** Opts an operation out of the default "API key required". The caller may still present a key. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The key must carry every listed scope. */
export const RequireScopes = (...scopes: Scope[]): MethodDecorator & ClassDecorator => SetMetadata(SCOPES_KEY, scopes);

export interface RequestWithCaller {
  headers: Record<string, string | string[] | undefined>;
  url?: string;
  caller?: Caller;
}

export function requestOf(context: ExecutionContext): RequestWithCaller {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithCaller }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithCaller>();
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = requestOf(context).caller;
  if (!caller) throw new Error('AccessGuard did not run');
  return caller;
});
