import type { Command } from 'commander';
import { RollupsService } from '../../analytics/rollups/rollups.service';
import { seedReports } from '../../analytics/seed/seeder';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { loadAppConfig } from '../../config/app-config';
import { JsonOption, print, withDatabase } from '../cli-support';

/** seed: synthetic PROCESSED reports and their rollups, for development and benchmarks. Refused in production. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Write N realistic synthetic reports (and their trend rollups) for development')
    .requiredOption('--reports <n>', 'how many', (v) => Number(v))
    .option('--seed <n>', 'random seed', (v) => Number(v), 1)
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { reports: number; seed: number }) => {
      if (loadAppConfig().isProduction) throw new AppError(ErrorCode.FORBIDDEN, 'Refusing to seed synthetic data in production');
      if (!Number.isInteger(options.reports) || options.reports < 1 || options.reports > 10_000_000) {
        throw AppError.badInput([{ field: 'reports', problem: 'RANGE_1_10000000' }]);
      }
      const started = Date.now();
      const result = await withDatabase(async (db) => {
        let last = 0;
        return seedReports(db, new RollupsService(db), options.reports, {
          seed: options.seed,
          onProgress: (done) => {
            if (done - last >= 50_000 || done === options.reports) {
              process.stderr.write(`\r${done.toLocaleString('en')} / ${options.reports.toLocaleString('en')} reports`);
              last = done;
            }
          },
        });
      }, 4);
      process.stderr.write('\n');
      const seconds = (Date.now() - started) / 1000;
      print(
        options,
        { organisationId: result.organisationId, reports: result.reports, seconds },
        `Seeded ${result.reports} reports in ${seconds.toFixed(1)} s (organisation ${result.organisationId})`,
      );
    });
}
