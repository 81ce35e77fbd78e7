import type { Command } from 'commander';
import { deidentifyJsonLines } from '../../deidentification/deidentify-jsonl';

/** deidentify: JSON lines in, JSON lines out, with the engine the worker uses. */
export function registerDeidentifyCommand(program: Command): void {
  program
    .command('deidentify')
    .description('Read JSON lines {"text","country"?} on stdin, write JSON lines {"text","redactions"} on stdout')
    .action(async () => {
      const { lines, errors } = await deidentifyJsonLines(process.stdin, process.stdout);
      process.stderr.write(`${lines} lines, ${errors} refused\n`);
    });
}
