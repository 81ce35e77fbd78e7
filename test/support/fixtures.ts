import { DataSource } from 'typeorm';
import { ApiKeyService } from '../../src/access/api-key.service';
import { loadAppConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import type { Scope } from '../../src/access/scopes';

/** Direct database access for arranging tests (organisations and keys) and for inspecting what was stored. */
export async function openDatabase(): Promise<DataSource> {
  const db = new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 2));
  await db.initialize();
  return db;
}

export async function orgWithKey(db: DataSource, scopes: Scope[], name = 'Test NGO'): Promise<{ orgId: string; key: string; keyId: string }> {
  const keys = new ApiKeyService(db, loadAppConfig());
  const org = await keys.createOrganisation(name);
  const issued = await keys.issue(org.id, scopes);
  return { orgId: org.id, key: issued.key, keyId: issued.id };
}

export async function issueKey(db: DataSource, orgId: string, scopes: Scope[]): Promise<{ key: string; keyId: string }> {
  const issued = await new ApiKeyService(db, loadAppConfig()).issue(orgId, scopes);
  return { key: issued.key, keyId: issued.id };
}
