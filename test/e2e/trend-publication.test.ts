import type { DataSource } from 'typeorm';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, REPORT, SUBMIT } from '../support/graphql';
import { RunningProcess, startApi, startProcess, waitFor } from '../support/processes';

const TRENDS = `query($q: TrendQuery!) { trends(query: $q) { cells { count suppressed } } }`;

/**
 * TRENDS_PUBLISHED=daily (the default) over real HTTP, with a worker: a report processed, withdrawn
 * or reviewed today changes no rollup cell, whatever the worker drains and whatever trend reads
 * drain, until the UTC day it was recorded on is over; then the next read takes it in. (The day
 * passing is played by moving the report's journal entries one day back.)
 */
describe('trend figures published once a day', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let worker: RunningProcess;
  let ngo: string;
  let researcher: string;
  const daily = { TRENDS_PUBLISHED: 'daily', ROLLUP_DRAIN_INTERVAL_MS: '100' };

  beforeAll(async () => {
    db = await openDatabase();
    ngo = (await orgWithKey(db, ['reports:write', 'reports:read'], 'NGO')).key;
    researcher = (await orgWithKey(db, ['analytics:read'], 'University')).key;
    api = await startApi(daily);
    worker = startProcess('worker.js', daily);
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await db?.destroy();
  });

  /** What the rollups count for the report's country (read directly: the published figures before perturbation). */
  const counted = async (country: string): Promise<number> =>
    Number(((await db.query(`SELECT coalesce(sum(report_count), 0) AS n FROM rollup_report WHERE country_code = $1`, [country])) as { n: string }[])[0]!.n);
  /** The journal entries of the reports of a country (its contributions name the country). */
  const pending = async (country: string): Promise<number> =>
    Number(((await db.query(`SELECT count(*) AS n FROM rollup_journal WHERE contribution->>'country' = $1`, [country])) as { n: string }[])[0]!.n);
  const ask = async () => expect((await gql(api.url, TRENDS, { q: { groupBy: ['COUNTRY'] } }, bearer(researcher))).errors).toBeUndefined();
  /** Midnight passes for the journal entries of this country. */
  const nextDay = async (country: string) => db.query(`UPDATE rollup_journal SET journalled_on = journalled_on - 1 WHERE contribution->>'country' = $1`, [country]);

  it('takes in a report processed today only once the day is over', async () => {
    const country = 'LT';
    const submitted = await gql<{ submitReport: { receipt: { id: string } } }>(
      api.url,
      SUBMIT,
      { input: { narrative: 'The police took my money at the station and said they would arrest me.', countryCode: country, occurredOn: '2024-03' } },
      bearer(ngo),
    );
    const id = submitted.data!.submitReport.receipt.id;
    await waitFor('processed', async () => (await gql<{ report: { status: string } }>(api.url, REPORT, { id }, bearer(ngo))).data?.report?.status === 'PROCESSED');

    // Processed, journalled, and still not counted: not by the worker's drains (every 100 ms), not by a trend read.
    await new Promise((r) => setTimeout(r, 500));
    await ask();
    expect(await counted(country)).toBe(0);
    expect(await pending(country)).toBe(1);

    await nextDay(country);
    await ask();
    expect(await counted(country)).toBe(1);
    expect(await pending(country)).toBe(0);

    // A withdrawal today leaves the published figure as it is until the next day too.
    await gql(api.url, `mutation($id: ID!) { withdrawReport(id: $id) { status } }`, { id }, bearer(ngo));
    await ask();
    expect(await counted(country)).toBe(1);
    await nextDay(country);
    await ask();
    expect(await counted(country)).toBe(0);
    expect(await pending(country)).toBe(0);
  });
});
