import { validateSync } from 'class-validator';
import { toFieldProblems } from '../common/validation/validation.pipe';
import { SubmitReportInput } from '../intake/dto/submit-report.input';

/**
 * One CSV row of a bulk import, checked with exactly the rules the API
 * applies to `submitReport` (the class-validator constraints of
 * SubmitReportInput, which use common/validation and common/geo). Problems
 * name the row, the column and a constraint code, never a value: an error
 * report can be shared without exposing a narrative.
 */

/** The columns an import file may have, and the SubmitReportInput field each one feeds. */
export const IMPORT_COLUMNS = {
  narrative: 'narrative',
  country: 'countryCode',
  region: 'regionCode',
  date: 'occurredOn',
  language: 'language',
  violations: 'violations',
  perpetrators: 'perpetrators',
  work_setting: 'workSetting',
  reported_to_police: 'reportedToPolice',
  case_reference: 'caseReference',
} as const satisfies Record<string, keyof SubmitReportInput>;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** Required in the header. A case reference is required so that re-running a file adds nothing. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['narrative', 'country', 'case_reference'];

const LIST_COLUMNS = new Set<ImportColumn>(['violations', 'perpetrators']);
/** Separator inside list cells ("EXTORTION;POLICE_ABUSE"). */
export const LIST_SEPARATOR = ';';

/** A problem with a row. `column` is a column name from IMPORT_COLUMNS, or a position ("column 4") for unknown ones. */
export interface RowProblem {
  row: number;
  column: string;
  problem: string;
}

/** Problem codes the import adds to the API's constraint codes. */
export const ImportProblem = {
  REQUIRED: 'REQUIRED',
  UNKNOWN_COLUMN: 'UNKNOWN_COLUMN',
  DUPLICATE_COLUMN: 'DUPLICATE_COLUMN',
  COLUMN_COUNT: 'COLUMN_COUNT',
  MALFORMED_CSV: 'MALFORMED_CSV',
  DUPLICATE_CASE_REFERENCE_IN_FILE: 'DUPLICATE_CASE_REFERENCE_IN_FILE',
} as const;

export interface ImportHeader {
  /** Column index → column name. */
  columns: ImportColumn[];
}

/**
 * Reads the header row. Unknown columns are named by position only: a file
 * without a header would otherwise have its first narrative printed as a
 * column name.
 */
export function parseHeader(cells: string[]): { header?: ImportHeader; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const columns: ImportColumn[] = [];
  const seen = new Set<string>();
  cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!Object.hasOwn(IMPORT_COLUMNS, name)) {
      problems.push({ row: 1, column: `column ${i + 1}`, problem: ImportProblem.UNKNOWN_COLUMN });
      return;
    }
    if (seen.has(name)) problems.push({ row: 1, column: name, problem: ImportProblem.DUPLICATE_COLUMN });
    seen.add(name);
    columns.push(name as ImportColumn);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) problems.push({ row: 1, column: required, problem: ImportProblem.REQUIRED });
  }
  return problems.length ? { problems } : { header: { columns }, problems };
}

const FIELD_TO_COLUMN = new Map<string, ImportColumn>(
  Object.entries(IMPORT_COLUMNS).map(([column, field]) => [field, column as ImportColumn]),
);

/**
 * Turns one data row into a validated SubmitReportInput, or the list of its
 * problems. `row` is the spreadsheet row number (the header is row 1).
 * Empty cells are absent values; code columns are trimmed, the narrative and
 * the case reference are taken as they are (the case reference is trimmed
 * when hashed, as in the API).
 */
export function validateRow(
  header: ImportHeader,
  cells: string[],
  row: number,
): { input: SubmitReportInput; problems?: undefined } | { input?: undefined; problems: RowProblem[] } {
  if (cells.length !== header.columns.length) {
    return { problems: [{ row, column: '*', problem: ImportProblem.COLUMN_COUNT }] };
  }
  const plain: Record<string, unknown> = {};
  header.columns.forEach((column, i) => {
    const cell = cells[i]!;
    const field = IMPORT_COLUMNS[column];
    if (column === 'narrative' || column === 'case_reference') {
      if (cell.length > 0) plain[field] = cell;
      return;
    }
    const trimmed = cell.trim();
    if (trimmed.length === 0) return;
    plain[field] = LIST_COLUMNS.has(column)
      ? trimmed
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter(Boolean)
      : trimmed;
  });

  const problems: RowProblem[] = [];
  for (const required of REQUIRED_COLUMNS) {
    if (plain[IMPORT_COLUMNS[required]] === undefined) problems.push({ row, column: required, problem: ImportProblem.REQUIRED });
  }
  // SubmitReportInput has no class-transformer decorators, so a plain copy onto an instance is what
  // plainToInstance would build, at a fraction of the cost per row.
  const input = Object.assign(new SubmitReportInput(), plain);
  const errors = validateSync(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  for (const p of toFieldProblems(errors)) {
    const field = p.field.split('.')[0]!;
    const column = FIELD_TO_COLUMN.get(field) ?? '*';
    if (problems.some((q) => q.column === column)) continue; // REQUIRED already says it
    problems.push({ row, column, problem: p.problem });
  }
  return problems.length ? { problems } : { input };
}
