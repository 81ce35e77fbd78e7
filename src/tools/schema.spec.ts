import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from './schema';

/** The committed schema.graphql is the public contract: it must match the code. */
describe('schema.graphql', () => {
  it('is the schema the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('keeps the names of API.md', async () => {
    const sdl = await buildSchemaSdl();
    for (const name of [
      'submitReport(input: SubmitReportInput!): SubmitReportPayload!',
      'withdrawReport(id: ID!): WithdrawReportPayload!',
      'reportStatus(receiptId: ID!, statusToken: String!): ReportStatus',
      'report(id: ID!): Report',
      'violationTaxonomy: Taxonomy!',
      'enum ViolationType',
      'enum PerpetratorType',
      'enum WorkSetting',
      'enum ReportedToPolice',
      'enum LegalModel',
      'enum ReportStatus',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
