export const SCOPES = ['reports:write', 'reports:read', 'reports:review', 'analytics:read', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
