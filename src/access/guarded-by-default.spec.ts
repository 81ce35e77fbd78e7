import 'reflect-metadata';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLIC_KEY, SCOPES_KEY } from './access.decorators';

/**
 * Every @Query and @Mutation must say who may call it: @Public() or
 * @RequireScopes(...). The global guard already refuses operations with
 * neither; this test names them at build time instead of in production.
 */
function resolverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return resolverFiles(path);
    return name.endsWith('.resolver.ts') ? [path] : [];
  });
}

describe('guarded by default', () => {
  const files = resolverFiles(join(__dirname, '..'));

  it('finds the resolvers', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [f.slice(f.indexOf('src/'))]))('%s declares access for each operation', (file) => {
    const module = require(join(__dirname, '..', '..', file)) as Record<string, unknown>;
    const undeclared: string[] = [];
    let operations = 0;
    for (const exported of Object.values(module)) {
      if (typeof exported !== 'function') continue;
      const proto = (exported as { prototype: Record<string, unknown> }).prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method = proto[name];
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        operations++;
        const declared =
          Reflect.getMetadata(PUBLIC_KEY, method) === true ||
          (Reflect.getMetadata(SCOPES_KEY, method) as unknown[] | undefined)?.length;
        if (!declared) undeclared.push(name);
      }
    }
    expect(operations).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });
});
