import type { Command } from 'commander';
import { ApiKeyService } from '../../access/api-key.service';
import { loadAppConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';
import { migrate } from '../../database/migrate';
import { JsonOption, print, withDatabase } from '../cli-support';

/** migrate, org:create, key:issue, key:revoke */
export function registerAdminCommands(program: Command): void {
  program
    .command('migrate')
    .description('Create the database if needed and apply pending migrations')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption) => {
      const applied = await migrate(loadAppConfig().database.url);
      print(options, { applied }, applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date');
    });

  program
    .command('org:create')
    .description('Create an organisation')
    .requiredOption('--name <name>', 'organisation name')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { name: string }) => {
      const org = await withDatabase((db, config) => new ApiKeyService(db, config).createOrganisation(options.name));
      print(options, { id: org.id }, `Organisation created: ${org.id}`);
    });

  program
    .command('key:issue')
    .description('Issue an API key for an organisation; the key is printed once and stored only as a hash')
    .requiredOption('--org <id>', 'organisation id')
    .requiredOption('--scopes <scopes>', 'comma-separated: reports:write,reports:read,reports:review,analytics:read,admin')
    .option('--label <label>', 'a note for administrators')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { org: string; scopes: string; label?: string }) => {
      const scopes = options.scopes.split(',').map((s) => s.trim()).filter(Boolean);
      const issued = await withDatabase((db, config) => new ApiKeyService(db, config).issue(options.org, scopes, options.label));
      print(
        options,
        { key: issued.key, id: issued.id, scopes },
        `API key (shown once, store it now):\n${issued.key}\nkey id: ${issued.id}`,
      );
    });

  program
    .command('key:revoke')
    .description('Revoke an API key by its id')
    .requiredOption('--key <id>', 'key id (not the key itself)')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { key: string }) => {
      const revoked = await withDatabase((db, config) => new ApiKeyService(db, config).revoke(options.key));
      if (!revoked) throw AppError.notFound('No active key with that id');
      print(options, { id: options.key, revoked: true }, `Revoked ${options.key}`);
    });
}
