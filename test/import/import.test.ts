import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { loadAppConfig } from '../../src/config/app-config';
import { RollupsService } from '../../src/analytics/rollups/rollups.service';
import { ReportImporter } from '../../src/import/report-importer';
import { ReportsService } from '../../src/reports/reports.service';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { startProcess, waitFor } from '../support/processes';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/**
 * Bulk import through the built CLI, against the real database: good rows
 * stored (encrypted, queued), bad rows reported by row, column and code
 * without a word of their content, a re-run adds nothing, and a worker then
 * processes what was imported.
 */
describe('bulk import (npm run cli -- import)', () => {
  let db: DataSource;
  let orgId: string;
  let dir: string;
  const CANARY = `canary.import.${Date.now()}@example-leak.org`;
  const narrative = (i: number): string =>
    `Case ${i}: the police officer took my money and said he would arrest me, write to ${CANARY}, ` +
    `"he said ""pay or jail""", and then, the next week, he came back.`;

  const GOOD = 25;
  const rows: string[][] = [['narrative', 'country', 'region', 'date', 'violations', 'perpetrators', 'work_setting', 'reported_to_police', 'case_reference']];
  for (let i = 0; i < GOOD; i++) {
    rows.push([narrative(i), 'NO', i % 2 ? 'NO-03' : '', '2024-06-05', 'EXTORTION;POLICE_ABUSE', 'POLICE', 'STREET', 'NO', `NGO-${i}`]);
  }
  // Bad rows, at known spreadsheet rows (the header is row 1, the good rows are 2..26).
  rows.push([narrative(100), 'XX', '', '2024-06', '', '', '', '', 'BAD-1']); // row 27: country
  rows.push([narrative(101), 'NO', 'AR-C', '2999-01', '', '', '', '', 'BAD-2']); // row 28: region, date
  rows.push(['', 'NO', '', '', '', '', '', '', 'BAD-3']); // row 29: narrative
  rows.push([narrative(102), 'NO', '', '', 'NOT_A_VIOLATION', '', '', '', 'BAD-4']); // row 30: violations
  rows.push([narrative(103), 'NO', '', '', '', '', '', '', '']); // row 31: case reference
  rows.push([narrative(104), 'NO', '', '', '', '', '', '', 'NGO-3']); // row 32: case reference repeated in the file
  const csv = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

  beforeAll(async () => {
    db = await openDatabase();
    ({ orgId } = await orgWithKey(db, ['reports:write', 'reports:read'], 'Importing NGO'));
    dir = mkdtempSync(join(tmpdir(), 'rr-import-'));
  });

  afterAll(async () => {
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
    const dist = process.env.TEST_DIST_DIR ?? join(ROOT, 'dist');
    try {
      const { stdout, stderr } = await run(process.execPath, [join(dist, 'cli', 'cli.js'), ...args], { cwd: ROOT, env: process.env });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  }

  async function counts(): Promise<{ reports: number; raw: number; outbox: number }> {
    const [row] = (await db.query(
      `SELECT (SELECT count(*) FROM report WHERE organisation_id = $1 AND channel = 'IMPORT')::int AS reports,
              (SELECT count(*) FROM report_raw w JOIN report r ON r.id = w.report_id WHERE r.organisation_id = $1)::int AS raw,
              (SELECT count(*) FROM outbox o JOIN report r ON r.id = o.report_id WHERE r.organisation_id = $1)::int AS outbox`,
      [orgId],
    )) as { reports: number; raw: number; outbox: number }[];
    return row!;
  }

  it('imports the good rows, reports each bad one by row, column and code, and prints no content', async () => {
    const file = join(dir, 'cases.csv');
    writeFileSync(file, csv);
    const out = await cli('import', '--org', orgId, file, '--json');
    expect(out.code).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(out.stdout) as { rows: number; imported: number; alreadyPresent: number; refused: number; problems: unknown[] };
    expect(summary).toMatchObject({ rows: GOOD + 6, imported: GOOD, alreadyPresent: 0, refused: 6 });
    expect(summary.problems).toEqual([
      { row: 27, column: 'country', problem: 'COUNTRY_CODE' },
      { row: 28, column: 'region', problem: 'REGION_CODE' },
      { row: 28, column: 'date', problem: 'DATE_IN_FUTURE' },
      { row: 29, column: 'narrative', problem: 'REQUIRED' },
      { row: 30, column: 'violations', problem: 'IS_IN' },
      { row: 31, column: 'case_reference', problem: 'REQUIRED' },
      { row: 32, column: 'case_reference', problem: 'DUPLICATE_CASE_REFERENCE_IN_FILE' },
    ]);
    for (const text of [out.stdout, out.stderr]) {
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain('police officer');
      expect(text).not.toContain('NGO-3');
    }
    expect(await counts()).toEqual({ reports: GOOD, raw: GOOD, outbox: GOOD });
    const stored: { submitted: Record<string, unknown>; occurred_month: string; region_code: string | null }[] = await db.query(
      `SELECT submitted, occurred_month, region_code FROM report WHERE organisation_id = $1 ORDER BY region_code NULLS FIRST LIMIT 1`,
      [orgId],
    );
    expect(stored[0]).toMatchObject({ occurred_month: '2024-06', submitted: { violations: ['EXTORTION', 'POLICE_ABUSE'], perpetrators: ['POLICE'] } });
    const plain: unknown[] = await db.query(`SELECT 1 FROM report_raw WHERE position($1::bytea in ciphertext) > 0`, [Buffer.from(CANARY)]);
    expect(plain).toHaveLength(0);
  });

  it('adds nothing when the same file is imported again, and says so for humans without content', async () => {
    const file = join(dir, 'cases.csv');
    const out = await cli('import', '--org', orgId, file);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('row 27, column country: COUNTRY_CODE');
    expect(out.stdout).toMatch(new RegExp(`${GOOD + 6} rows: 0 imported, ${GOOD} already present, 6 refused`));
    expect(out.stdout + out.stderr).not.toContain(CANARY);
    expect(await counts()).toEqual({ reports: GOOD, raw: GOOD, outbox: GOOD });
  });

  it('refuses a file without a usable header, naming unknown columns by position only', async () => {
    const file = join(dir, 'headerless.csv');
    writeFileSync(file, `${rows[1]!.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')}\n`);
    const out = await cli('import', '--org', orgId, file, '--json');
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    expect(out.stdout + out.stderr).not.toContain(CANARY);
    expect(out.stdout + out.stderr).not.toContain('police');
    expect(await counts()).toMatchObject({ reports: GOOD });
  });

  it('takes stray quotes literally, and reports a record it cannot read by row, without content', async () => {
    const file = join(dir, 'malformed.csv');
    writeFileSync(
      file,
      'narrative,country,case_reference\n' +
        'she said "pay" or else the landlord would evict us,NO,M-1\n' +
        '"unterminated quote about an eviction,NO,M-2\nthe rest of the file is inside the quote,NO,M-3\n',
    );
    const out = await cli('import', '--org', orgId, file, '--json');
    expect(out.code).toBe(0);
    const summary = JSON.parse(out.stdout) as { imported: number; refused: number; problems: { row: number; problem: string }[] };
    expect(summary.imported).toBe(1);
    expect(summary.problems).toEqual([{ row: 3, column: '*', problem: 'MALFORMED_CSV' }]);
    expect(out.stdout + out.stderr).not.toContain('unterminated');
    expect(out.stdout + out.stderr).not.toContain('landlord');
  });

  it('writes many small batches at once without losing or doubling a row (in process, batches of 4)', async () => {
    const { orgId: other } = await orgWithKey(db, ['reports:write'], 'Batching NGO');
    const lines = ['narrative,country,case_reference'];
    for (let i = 0; i < 41; i++) lines.push(`"An eviction by the landlord, case ${i}",NO,B-${i}`);
    lines.push('"A bad row",XX,B-bad');
    const importer = new ReportImporter(db, loadAppConfig(), 4);
    const first = await importer.import(other, Readable.from([lines.join('\n')]));
    expect(first).toMatchObject({ rows: 42, imported: 41, alreadyPresent: 0, refused: 1 });
    const again = await importer.import(other, Readable.from([lines.join('\n')]));
    expect(again).toMatchObject({ rows: 42, imported: 0, alreadyPresent: 41, refused: 1 });
    const [row] = (await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT case_reference_hash)::int AS refs,
              (SELECT count(*) FROM outbox o JOIN report r ON r.id = o.report_id WHERE r.organisation_id = $1)::int AS outbox
         FROM report WHERE organisation_id = $1`,
      [other],
    )) as { n: number; refs: number; outbox: number }[];
    expect(row).toEqual({ n: 41, refs: 41, outbox: 41 });
  });

  it('does not bring back a report the organisation withdrew when the file is imported again', async () => {
    const { orgId: other, keyId } = await orgWithKey(db, ['reports:write'], 'Withdrawing NGO');
    const lines = ['narrative,country,case_reference', ...Array.from({ length: 3 }, (_, i) => `"The landlord evicted me, case ${i}",NO,W-${i}`)];
    const importer = new ReportImporter(db, loadAppConfig());
    expect(await importer.import(other, Readable.from([lines.join('\n')]))).toMatchObject({ imported: 3 });
    const [first] = (await db.query(`SELECT id FROM report WHERE organisation_id = $1 ORDER BY id LIMIT 1`, [other])) as { id: string }[];
    const caller = { kind: 'key' as const, keyId, organisationId: other, scopes: new Set(['reports:write'] as const) };
    await new ReportsService(db, new RollupsService(db)).withdraw(caller, first!.id);
    // The import was interrupted, say, and is run again to finish: the withdrawn row is already present.
    expect(await importer.import(other, Readable.from([lines.join('\n')]))).toMatchObject({ imported: 0, alreadyPresent: 3 });
    const statuses = (await db.query(`SELECT status FROM report WHERE organisation_id = $1 ORDER BY status`, [other])) as { status: string }[];
    expect(statuses.map((r) => r.status)).toEqual(['RECEIVED', 'RECEIVED', 'WITHDRAWN']);
  });

  it('hands the imported reports to the worker, which de-identifies and categorises them', async () => {
    const worker = startProcess('worker.js');
    try {
      await waitFor(
        'the imported reports to be PROCESSED',
        async () => {
          const [r] = (await db.query(
            `SELECT count(*) FILTER (WHERE status = 'PROCESSED')::int AS done, count(*)::int AS n FROM report WHERE organisation_id = $1`,
            [orgId],
          )) as { done: number; n: number }[];
          return r!.done === r!.n;
        },
        30000,
      );
    } finally {
      await worker.stop();
    }
    expect(await counts()).toMatchObject({ raw: 0, outbox: 0 });
    const processed: { narrative: string; violation_types: string[] }[] = await db.query(
      `SELECT narrative, violation_types FROM report WHERE organisation_id = $1 AND narrative LIKE 'Case %'`,
      [orgId],
    );
    expect(processed).toHaveLength(GOOD);
    for (const r of processed) {
      expect(r.narrative).not.toContain(CANARY);
      expect(r.narrative).toContain('[EMAIL_1]');
      expect(r.violation_types).toEqual(expect.arrayContaining(['EXTORTION']));
    }
    expect(worker.output()).not.toContain(CANARY);
  });
});
