import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

/** Readable constraint names (report_status_idx, api_key_organisation_id_fkey) instead of hashes. */
export class ReadableNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  private static tableName(table: Table | string): string {
    const name = typeof table === 'string' ? table : table.name;
    return name.split('.').pop()!;
  }

  override primaryKeyName(table: Table | string): string {
    return `${ReadableNamingStrategy.tableName(table)}_pkey`;
  }

  override foreignKeyName(table: Table | string, columns: string[]): string {
    return `${ReadableNamingStrategy.tableName(table)}_${columns.join('_')}_fkey`;
  }

  override indexName(table: Table | string, columns: string[]): string {
    return `${ReadableNamingStrategy.tableName(table)}_${columns.join('_')}_idx`;
  }

  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return `${ReadableNamingStrategy.tableName(table)}_${columns.join('_')}_key`;
  }
}
