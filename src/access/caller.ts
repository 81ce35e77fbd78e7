import type { Scope } from './scopes';

/** Who is calling. Carries ids only: never the key, an address or a user agent. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'key'; keyId: string; organisationId: string; scopes: ReadonlySet<Scope> };

export type KeyCaller = Extract<Caller, { kind: 'key' }>;

export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous' });

export function hasScope(caller: Caller, scope: Scope): caller is KeyCaller {
  return caller.kind === 'key' && caller.scopes.has(scope);
}
