import 'reflect-metadata';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '../access/api-key.service';
import { AppConfig, loadAppConfig } from '../config/app-config';
import { ConfigurationError } from '../config/environment';
import { AppError } from '../common/errors/app-error';
import { dataSourceOptions } from '../database/data-source-options';
import { migrate } from '../database/migrate';
import { deidentifyJsonLines } from '../deidentification/deidentify-jsonl';

/**
 * The administration CLI: `npm run cli -- <command>`. With --json each
 * command prints exactly one JSON object on stdout and nothing else;
 * diagnostics go to stderr and never contain content or keys other than the
 * one being issued.
 */
interface JsonOption {
  json?: boolean;
}

function print(options: JsonOption, object: Record<string, unknown>, human: string): void {
  process.stdout.write(options.json ? `${JSON.stringify(object)}\n` : `${human}\n`);
}

async function withDatabase<T>(fn: (db: DataSource, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadAppConfig();
  const db = new DataSource(dataSourceOptions(config.database.url, 2));
  await db.initialize();
  try {
    return await fn(db, config);
  } finally {
    await db.destroy();
  }
}

export function buildProgram(): Command {
  const program = new Command('cli').description('Administration of the rights-report service').exitOverride();

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

  program
    .command('deidentify')
    .description('Read JSON lines {"text","country"?} on stdin, write JSON lines {"text","redactions"} on stdout')
    .action(async () => {
      const { lines, errors } = await deidentifyJsonLines(process.stdin, process.stdout);
      process.stderr.write(`${lines} lines, ${errors} refused\n`);
    });

  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    const json = argv.includes('--json');
    const { code, message } = describe(error);
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return 0;
    if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof ConfigurationError) return { code: 'CONFIGURATION', message: error.message };
  const commanderCode = (error as { code?: unknown })?.code;
  if (typeof commanderCode === 'string' && commanderCode.startsWith('commander.')) {
    return { code: commanderCode, message: (error as Error).message };
  }
  return { code: 'INTERNAL', message: `Failed: ${error instanceof Error ? error.name : typeof error}` };
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    () => process.exit(1),
  );
}
