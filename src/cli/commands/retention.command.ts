import type { Command } from 'commander';
import { purgeOnce } from '../../retention/retention.service';
import { JsonOption, print, withDatabase } from '../cli-support';

/** retention:run — the worker's purge job, once, now. */
export function registerRetentionCommand(program: Command): void {
  program
    .command('retention:run')
    .description('Run the purge job once: expired narratives, raw texts of FAILED reports, idempotency records, counters, audit rows')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption) => {
      const counts = await withDatabase((db, config) => purgeOnce(db, config));
      if (counts === null) {
        print(options, { skipped: 'another purge is running' }, 'Another purge is running; nothing done');
        return;
      }
      print(options, { purged: counts }, Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join('\n'));
    });
}
