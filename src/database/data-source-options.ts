import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { ReadableNamingStrategy } from './naming.strategy';

/**
 * Compiled code runs migrations from dist/migrations/*.js; tests running the
 * TypeScript sources run them from migrations/*.ts.
 */
export function migrationsGlob(): string {
  return __filename.endsWith('.ts')
    ? join(__dirname, '..', '..', 'migrations', '*.ts')
    : join(__dirname, '..', 'migrations', '*.js');
}

export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [migrationsGlob()],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    namingStrategy: new ReadableNamingStrategy(),
    extra: { max: poolSize, application_name: 'rights-report' },
  };
}
