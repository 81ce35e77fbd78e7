import { createReadStream, statSync } from 'node:fs';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { ImportRefused, ImportSummary, ReportImporter } from '../../import/report-importer';
import { JsonOption, withDatabase } from '../cli-support';

/**
 * import: bulk import of reports from CSV for one organisation. Progress on
 * stderr; the summary (counts and the per-row problems: row, column, code,
 * never a value) on stdout, as one JSON object with --json.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import reports from a CSV file (columns in the README); idempotent by case reference')
    .requiredOption('--org <id>', 'organisation id')
    .argument('<file>', 'CSV file, UTF-8, with a header row')
    .option('--json', 'print one JSON object')
    .action(async (file: string, options: JsonOption & { org: string }) => {
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        throw new AppError(ErrorCode.NOT_FOUND, 'The file cannot be read');
      }
      const bar = new SingleBar({
        stream: process.stderr,
        format: 'import [{bar}] {percentage}% | {rows} rows | {eta_formatted} left',
        hideCursor: true,
        etaBuffer: 50,
      });
      bar.start(size, 0, { rows: 0 });
      let summary: ImportSummary;
      try {
        summary = await withDatabase(
          (db, config) =>
            new ReportImporter(db, config).import(options.org, createReadStream(file), (p) => bar.update(p.bytes, { rows: p.rows })),
          4,
        );
      } catch (error) {
        bar.stop();
        // The message names columns and codes only; the CLI prints it (as {"error":…} with --json) and exits 1.
        if (error instanceof ImportRefused) throw new AppError(ErrorCode.BAD_USER_INPUT, `${error.message}; nothing was imported`);
        throw error;
      }
      bar.update(size, { rows: summary.rows });
      bar.stop();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } else {
        if (summary.problems.length) process.stdout.write(`${formatProblems(summary.problems)}\n`);
        process.stdout.write(
          `${summary.rows} rows: ${summary.imported} imported, ${summary.alreadyPresent} already present, ${summary.refused} refused` +
            `${summary.problemsTruncated ? ' (first problems listed)' : ''} in ${summary.seconds.toFixed(1)} s\n`,
        );
      }
    });
}

function formatProblems(problems: { row: number; column: string; problem: string }[]): string {
  return problems.map((p) => `row ${p.row}, ${p.column.startsWith('column ') || p.column === '*' ? p.column : `column ${p.column}`}: ${p.problem}`).join('\n');
}
