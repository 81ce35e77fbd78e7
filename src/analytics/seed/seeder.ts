import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { TAXONOMY_VERSION } from '../../taxonomy/taxonomy.data';
import type { LegalModelResolver } from '../legal-models/legal-model-resolver';
import type { RollupsService } from '../rollups/rollups.service';
import type { Contribution } from '../rollups/contribution';
import { SyntheticReport, syntheticReports } from './synthetic-reports';

const BATCH = 5000;
/** Reports per transaction: their rollup contributions are summed in memory and written once. */
const CHUNK = 100_000;

interface Row {
  id: string;
  r: SyntheticReport;
  recordKey: string;
  contribution: Contribution;
}

/**
 * Writes N synthetic PROCESSED reports for a "Synthetic data" organisation.
 * Each chunk of 100,000 is one transaction: reports inserted 5,000 per
 * statement, then their rollup contributions applied through
 * RollupsService.applyMany, the code the worker uses, summed first so that
 * each rollup row is written once per chunk.
 */
export async function seedReports(
  db: DataSource,
  rollups: RollupsService,
  count: number,
  options: { seed?: number; onProgress?: (done: number) => void } = {},
): Promise<{ organisationId: string; reports: number }> {
  const org: { id: string }[] = await db.query(`INSERT INTO organisation (name) VALUES ('Synthetic data (seed)') RETURNING id`);
  const organisationId = org[0]!.id;
  const resolver = await rollups.legalModels();
  const generator = syntheticReports(count, options.seed ?? 1);
  let done = 0;
  while (done < count) {
    const chunkSize = Math.min(CHUNK, count - done);
    await db.transaction(async (tx) => {
      const contributions: Contribution[] = [];
      let inChunk = 0;
      // The next batch is generated while PostgreSQL inserts the previous one (two cores, not one after the other).
      let inserting: Promise<void> | undefined;
      while (inChunk < chunkSize) {
        const batch: SyntheticReport[] = [];
        while (batch.length < BATCH && inChunk + batch.length < chunkSize) {
          const next = generator.next();
          if (next.done) break;
          batch.push(next.value);
        }
        if (batch.length === 0) break;
        const rows = toRows(batch, resolver);
        await inserting;
        inserting = insertReports(tx, organisationId, rows);
        for (const row of rows) contributions.push(row.contribution);
        inChunk += batch.length;
        options.onProgress?.(done + inChunk);
      }
      await inserting;
      await rollups.applyMany(tx, contributions, 1);
    });
    done += chunkSize;
  }
  return { organisationId, reports: done };
}

function toRows(batch: SyntheticReport[], resolver: LegalModelResolver): Row[] {
  const keys = randomBytes(4 * batch.length);
  return batch.map((r, i) => {
    const recordKey = String(keys.readUInt32BE(i * 4));
    return {
      id: randomUUID(),
      r,
      recordKey,
      contribution: {
        month: r.month,
        country: r.countryCode,
        region: r.regionCode ?? '',
        legalModel: resolver.resolve(r.countryCode, r.regionCode, r.month) ?? '',
        workSetting: r.workSetting ?? '',
        reportedToPolice: r.reportedToPolice ?? '',
        safeguarding: r.safeguarding,
        violations: r.violations,
        perpetrators: r.perpetrators,
        recordKey,
      },
    };
  });
}

async function insertReports(tx: EntityManager, organisationId: string, rows: Row[]): Promise<void> {
  await tx.query(
    `INSERT INTO report (id, organisation_id, channel, status, received_month, occurred_month, country_code, region_code,
                         language, narrative, violations, violation_types, perpetrators, work_setting, work_setting_source,
                         reported_to_police, reported_to_police_source, safeguarding, taxonomy_version, record_key, rollup)
     SELECT u.id, $1, 'IMPORT', 'PROCESSED', u.month, u.month, u.country, NULLIF(u.region, ''), 'en', u.narrative,
            u.violations, string_to_array(u.types_csv, ','), u.perpetrators, NULLIF(u.setting, ''),
            CASE WHEN u.setting = '' THEN NULL ELSE 'SUBMITTER' END,
            NULLIF(u.police, ''), CASE WHEN u.police = '' THEN NULL ELSE 'SUBMITTER' END, u.safeguarding, $2, u.record_key, u.rollup
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::jsonb[],
                   $11::text[], $12::text[], $13::boolean[], $14::bigint[], $15::jsonb[])
         AS u(id, month, country, region, narrative, violations, types_csv, perpetrators, setting, police, safeguarding, record_key, rollup)`,
    [
      organisationId,
      TAXONOMY_VERSION,
      rows.map((x) => x.id),
      rows.map((x) => x.r.month),
      rows.map((x) => x.r.countryCode),
      rows.map((x) => x.r.regionCode ?? ''),
      rows.map((x) => x.r.narrative),
      rows.map((x) => JSON.stringify(x.r.violations.map((type) => ({ type, subtypes: [], confidence: 1, source: 'SUBMITTER', evidence: [] })))),
      rows.map((x) => x.r.violations.join(',')),
      rows.map((x) => JSON.stringify(x.r.perpetrators.map((type) => ({ type, source: 'SUBMITTER' })))),
      rows.map((x) => x.r.workSetting ?? ''),
      rows.map((x) => x.r.reportedToPolice ?? ''),
      rows.map((x) => x.r.safeguarding),
      rows.map((x) => x.recordKey),
      rows.map((x) => JSON.stringify(x.contribution)),
    ],
  );
}
