import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse, Options as CsvOptions } from 'csv-parse';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { keyedHash, randomRecordKey } from '../common/crypto/keyed-hash';
import { NarrativeCipher } from '../common/crypto/narrative-cipher';
import { AppError } from '../common/errors/app-error';
import { currentMonth } from '../common/validation/partial-date';
import { submissionColumns } from '../intake/submission-columns';
import type { SubmitReportInput } from '../intake/dto/submit-report.input';
import { QUEUED_AT_NOW } from '../reports/report.entity';
import { ImportHeader, ImportProblem, parseHeader, RowProblem, validateRow } from './import-row';

/** Rows per INSERT statement (one transaction each). */
export const IMPORT_BATCH_SIZE = 1000;
/** Batch statements in flight at once: PostgreSQL writes one while the next is prepared. */
export const IMPORT_PARALLEL_BATCHES = 2;
/** The summary lists at most this many problems; `refused` still counts them all. */
export const MAX_LISTED_PROBLEMS = 1000;

export interface ImportSummary {
  /** Data rows read (the header not counted). */
  rows: number;
  /** New reports stored (RECEIVED, queued for processing). */
  imported: number;
  /** Rows whose case reference this organisation had already imported or submitted: nothing added. */
  alreadyPresent: number;
  /** Rows refused, each listed in `problems` (up to MAX_LISTED_PROBLEMS). */
  refused: number;
  problems: RowProblem[];
  problemsTruncated: boolean;
  seconds: number;
}

export interface ImportProgress {
  rows: number;
  bytes: number;
}

/** Column arrays for one multi-row insert, in the order of INSERT_BATCH's unnest. */
interface Batch {
  ids: string[];
  occurred: (string | null)[];
  country: string[];
  region: (string | null)[];
  language: (string | null)[];
  submitted: string[];
  caseHash: Buffer[];
  recordKey: string[];
  ciphertext: Buffer[];
}

/**
 * One statement per batch, so each batch is atomic: the reports, their
 * encrypted raw narratives and their outbox rows. A row whose case reference
 * the organisation already has is skipped by the unique index
 * report_case_reference_key (ON CONFLICT DO NOTHING), and only the rows
 * actually inserted get a raw narrative and an outbox row.
 */
const INSERT_BATCH = `
  WITH input AS (
    SELECT * FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::bytea[], $10::bigint[], $11::bytea[])
      AS t(id, occurred_month, country_code, region_code, language, submitted, case_reference_hash, record_key, ciphertext)
  ), ins AS (
    INSERT INTO report (id, organisation_id, channel, status, received_month, occurred_month, country_code,
                        region_code, language, submitted, case_reference_hash, record_key, queued_at)
    SELECT id, $1, 'IMPORT', 'RECEIVED', $2, occurred_month, country_code, region_code, language, submitted,
           case_reference_hash, record_key, ${QUEUED_AT_NOW}
      FROM input
    ON CONFLICT (organisation_id, case_reference_hash) WHERE case_reference_hash IS NOT NULL DO NOTHING
    RETURNING id
  ), raw AS (
    INSERT INTO report_raw (report_id, ciphertext) SELECT i.id, i.ciphertext FROM input i JOIN ins ON ins.id = i.id
  )
  INSERT INTO outbox (report_id) SELECT id FROM ins ORDER BY id`;

/**
 * Bulk import of reports from CSV for one organisation, channel IMPORT.
 * Same validation as the API, same encryption of the raw narrative, same
 * keyed hash of the case reference; idempotent by case reference. Bad rows
 * are reported (row, column, problem code) and do not stop the good ones.
 * Nothing here logs or returns any cell's content.
 */
export class ReportImporter {
  private readonly cipher: NarrativeCipher;

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly batchSize = IMPORT_BATCH_SIZE,
  ) {
    this.cipher = new NarrativeCipher(config.crypto.current, config.crypto.retired);
  }

  async import(organisationId: string, source: Readable, onProgress?: (p: ImportProgress) => void): Promise<ImportSummary> {
    const started = process.hrtime.bigint();
    await this.requireOrganisation(organisationId);
    const summary: ImportSummary = { rows: 0, imported: 0, alreadyPresent: 0, refused: 0, problems: [], problemsTruncated: false, seconds: 0 };
    const refuse = (problems: RowProblem[]): void => {
      summary.refused++;
      for (const p of problems) {
        if (summary.problems.length < MAX_LISTED_PROBLEMS) summary.problems.push(p);
        else summary.problemsTruncated = true;
      }
    };

    let bytes = 0;
    source.on('data', (chunk: Buffer | string) => {
      bytes += chunk.length;
    });
    // Records are numbered as they are parsed, malformed ones included, so `row` is the spreadsheet row
    // (the header is row 1). A quote inside a field is taken literally (relax_quotes), as spreadsheets
    // write them; a record that still cannot be read (a quote never closed, which swallows the rest of
    // the file) is skipped and reported by row only: csv-parse's messages quote the input.
    let seq = 0;
    let lastSkip = '';
    const options: CsvOptions & { on_skip: (error: { lines?: number; records?: number }) => void } = {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: 200_000,
      on_record: (cells: string[]) => ({ cells, row: ++seq }),
      on_skip: (error) => {
        const at = `${error.records}:${error.lines}`;
        if (at === lastSkip) return; // one record can raise several errors
        lastSkip = at;
        const row = ++seq;
        summary.rows++;
        refuse([{ row, column: '*', problem: ImportProblem.MALFORMED_CSV }]);
      },
    };
    const parser = parse(options); // on_skip is in csv-parse 5's runtime, not yet in its types
    source.on('error', (error) => parser.destroy(error));
    source.pipe(parser);

    const month = currentMonth();
    const seenCaseReferences = new Set<string>();
    let header: ImportHeader | undefined;
    let batch = emptyBatch();
    // Up to IMPORT_PARALLEL_BATCHES statements run at once (each on its own connection, each atomic)
    // while the next rows are parsed, validated and encrypted.
    const inFlight: Promise<void>[] = [];
    const flush = async (): Promise<void> => {
      if (batch.ids.length === 0) return;
      const full = batch;
      batch = emptyBatch();
      if (inFlight.length >= IMPORT_PARALLEL_BATCHES) await inFlight.shift();
      const insert = this.insertBatch(organisationId, month, full).then((inserted) => {
        summary.imported += inserted;
        summary.alreadyPresent += full.ids.length - inserted;
      });
      insert.catch(() => undefined); // awaited below; this only avoids an unhandled rejection meanwhile
      inFlight.push(insert);
    };

    for await (const { cells, row } of parser as AsyncIterable<{ cells: string[]; row: number }>) {
      if (!header) {
        const parsed = parseHeader(cells);
        if (!parsed.header) {
          source.unpipe(parser);
          source.destroy();
          parser.destroy();
          throw new ImportRefused(parsed.problems);
        }
        header = parsed.header;
        continue;
      }
      summary.rows++;
      const result = validateRow(header, cells, row);
      if (!result.input) {
        refuse(result.problems);
      } else {
        const caseHash = keyedHash(this.config.crypto.caseReferenceKey, organisationId, result.input.caseReference!.trim());
        const hex = caseHash.toString('hex');
        if (seenCaseReferences.has(hex)) {
          refuse([{ row, column: 'case_reference', problem: ImportProblem.DUPLICATE_CASE_REFERENCE_IN_FILE }]);
        } else {
          seenCaseReferences.add(hex);
          this.addToBatch(batch, result.input, caseHash);
          if (batch.ids.length >= this.batchSize) await flush();
        }
      }
      if (onProgress && (summary.rows & 255) === 0) onProgress({ rows: summary.rows, bytes });
    }
    if (!header) throw new ImportRefused([{ row: 1, column: '*', problem: ImportProblem.REQUIRED }]);
    await flush();
    await Promise.all(inFlight);
    onProgress?.({ rows: summary.rows, bytes });
    summary.problems.sort((a, b) => a.row - b.row);
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return summary;
  }

  private async requireOrganisation(organisationId: string): Promise<void> {
    const found: unknown[] = /^[0-9a-f-]{36}$/i.test(organisationId)
      ? await this.db.query('SELECT 1 FROM organisation WHERE id = $1', [organisationId])
      : [];
    if (found.length === 0) throw AppError.notFound('No organisation with that id');
  }

  private addToBatch(batch: Batch, input: SubmitReportInput, caseHash: Buffer): void {
    const id = randomUUID();
    const columns = submissionColumns(input);
    batch.ids.push(id);
    batch.occurred.push(columns.occurredMonth);
    batch.country.push(input.countryCode);
    batch.region.push(input.regionCode ?? null);
    batch.language.push(columns.language);
    batch.submitted.push(JSON.stringify(columns.submitted));
    batch.caseHash.push(caseHash);
    batch.recordKey.push(String(randomRecordKey()));
    batch.ciphertext.push(this.cipher.encrypt(input.narrative, id));
  }

  private async insertBatch(organisationId: string, month: string, b: Batch): Promise<number> {
    const rows: unknown[] = await this.db.query(`${INSERT_BATCH} RETURNING report_id`, [
      organisationId,
      month,
      b.ids,
      b.occurred,
      b.country,
      b.region,
      b.language,
      b.submitted,
      b.caseHash,
      b.recordKey,
      b.ciphertext,
    ]);
    return rows.length;
  }
}

function emptyBatch(): Batch {
  return { ids: [], occurred: [], country: [], region: [], language: [], submitted: [], caseHash: [], recordKey: [], ciphertext: [] };
}

/** The file as a whole was refused (no usable header): nothing was imported. */
export class ImportRefused extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`The file was refused: ${problems.map((p) => `${p.column} ${p.problem}`).join(', ')}`);
    this.name = 'ImportRefused';
  }
}
