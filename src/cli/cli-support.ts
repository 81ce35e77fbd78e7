import { DataSource } from 'typeorm';
import { AppConfig, loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';

export interface JsonOption {
  json?: boolean;
}

/** With --json, exactly one JSON object on stdout; otherwise a line for humans. */
export function print(options: JsonOption, object: Record<string, unknown>, human: string): void {
  process.stdout.write(options.json ? `${JSON.stringify(object)}\n` : `${human}\n`);
}

export async function withDatabase<T>(fn: (db: DataSource, config: AppConfig) => Promise<T>, poolSize = 2): Promise<T> {
  const config = loadAppConfig();
  const db = new DataSource(dataSourceOptions(config.database.url, poolSize));
  await db.initialize();
  try {
    return await fn(db, config);
  } finally {
    await db.destroy();
  }
}
