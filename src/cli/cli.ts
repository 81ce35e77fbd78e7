import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigurationError } from '../config/environment';
import { AppError } from '../common/errors/app-error';
import { registerAdminCommands } from './commands/admin.command';
import { registerDeidentifyCommand } from './commands/deidentify.command';
import { registerDlqCommands } from './commands/dlq.command';
import { registerRetentionCommand } from './commands/retention.command';
import { registerRecategoriseCommand } from './commands/recategorise.command';
import { registerSeedCommand } from './commands/seed.command';
import { registerImportCommand } from './commands/import.command';
import { registerTrendsAuditCommand } from './commands/trends-audit.command';

/**
 * The administration CLI: `npm run cli -- <command>`. With --json each
 * command prints exactly one JSON object on stdout and nothing else;
 * diagnostics go to stderr and never contain content or keys other than the
 * one being issued. Each group of commands lives in commands/.
 */
export function buildProgram(): Command {
  const program = new Command('cli').description('Administration of the rights-report service').exitOverride();
  registerAdminCommands(program);
  registerDeidentifyCommand(program);
  registerDlqCommands(program);
  registerRetentionCommand(program);
  registerSeedCommand(program);
  registerRecategoriseCommand(program);
  registerImportCommand(program);
  registerTrendsAuditCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    const json = argv.includes('--json');
    const { code, message } = describeCliError(error);
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return 0;
    if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

export function describeCliError(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof ConfigurationError) return { code: 'CONFIGURATION', message: error.message };
  const commanderCode = (error as { code?: unknown })?.code;
  if (typeof commanderCode === 'string' && commanderCode.startsWith('commander.')) {
    return { code: commanderCode, message: (error as Error).message };
  }
  // A system or PostgreSQL error code (ECONNREFUSED, ENOTFOUND, 3D000 …) says what went wrong and carries no content.
  const cause = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  const systemCode = (cause as { code?: unknown })?.code;
  const known = typeof systemCode === 'string' && /^[A-Z0-9_]{2,20}$/.test(systemCode) ? ` (${systemCode})` : '';
  return { code: 'INTERNAL', message: `Failed: ${error instanceof Error ? error.name : typeof error}${known}` };
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    () => process.exit(1),
  );
}
