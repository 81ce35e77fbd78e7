import type { DataSource } from 'typeorm';
import { issueKey, openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, REPORT, STATUS, SUBMIT } from '../support/graphql';
import { pgDump, redisContent } from '../support/leak-check';
import { RunningProcess, startApi, startProcess, waitFor } from '../support/processes';

/**
 * The service end to end, on real parts: the built API and worker as separate
 * processes, real PostgreSQL and Redis, real HTTP requests.
 */
describe('the service end to end', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let worker: RunningProcess;
  let ngo: { orgId: string; key: string };
  let otherNgo: { orgId: string; key: string };
  let researcher: { key: string };

  const CANARY_EMAIL = `canary.${Date.now()}@example-leak.org`;
  const CANARY_PHONE = '+47 912 34 567';
  const narrative =
    `On 5 June 2024 officer Johansen stopped me on the street near the station. He took my money and said ` +
    `I had to pay him every week or he would arrest me. He hit me when I refused. You can reach me at ` +
    `${CANARY_EMAIL} or ${CANARY_PHONE}.`;

  beforeAll(async () => {
    db = await openDatabase();
    ngo = await orgWithKey(db, ['reports:write', 'reports:read'], 'NGO one');
    otherNgo = await orgWithKey(db, ['reports:write', 'reports:read'], 'NGO two');
    researcher = await orgWithKey(db, ['analytics:read'], 'University');
    api = await startApi();
    worker = startProcess('worker.js');
    // "PROCESSED within 5 seconds" is about a started service: wait until the worker has booted.
    await waitFor('worker ready', async () => worker.output().includes('worker ready'), 60000);
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await db?.destroy();
  });

  async function submit(input: Record<string, unknown>, headers: Record<string, string>) {
    return gql<{ submitReport: { receipt: { id: string; status: string; statusToken: string } } }>(api.url, SUBMIT, { input }, headers);
  }

  async function processed(id: string, key: string) {
    return waitFor(
      'the report to be PROCESSED',
      async () => {
        const r = await gql<{ report: Record<string, unknown> | null }>(api.url, REPORT, { id }, bearer(key));
        return r.data?.report?.status === 'PROCESSED' ? r.data.report : undefined;
      },
      10000,
    );
  }

  it('takes a report from an NGO, processes it on the worker and returns it de-identified', async () => {
    const started = Date.now();
    const res = await submit({ narrative, countryCode: 'NO', regionCode: 'NO-03', occurredOn: '2024-06-05' }, bearer(ngo.key));
    expect(res.errors).toBeUndefined();
    const receipt = res.data!.submitReport.receipt;
    expect(receipt.status).toBe('RECEIVED');
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const report = await processed(receipt.id, ngo.key);
    expect(Date.now() - started).toBeLessThan(5000);
    const text = report.narrative as string;
    expect(text).not.toContain(CANARY_EMAIL);
    expect(text).not.toContain('912 34 567');
    expect(text).not.toContain('Johansen');
    expect(text).toMatch(/\[EMAIL_1\]/);
    expect(text).toMatch(/\[PHONE_1\]/);
    expect(text).toMatch(/\[PERSON_1\]/);
    expect(text).toContain('officer');
    expect(report.occurredMonth).toBe('2024-06');
    expect(report.countryCode).toBe('NO');
    const violations = report.violations as { type: string; evidence: string[]; source: string }[];
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.map((v) => v.type)).toEqual(expect.arrayContaining(['POLICE_ABUSE', 'EXTORTION']));
    for (const v of violations) expect(v.evidence.length).toBeGreaterThan(0);
    expect(report.perpetrators).toContain('POLICE');
    expect(report.redactions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'EMAIL', count: 1 })]));
    expect(report.taxonomyVersion).toMatch(/^\d+\.\d+\.\d+$/);

    // the raw narrative is gone from the database once de-identified
    const raw: unknown[] = await db.query('SELECT 1 FROM report_raw WHERE report_id = $1', [receipt.id]);
    expect(raw).toHaveLength(0);

    // the anonymous status check answers with the token and only with it
    const status = await gql<{ reportStatus: string | null }>(api.url, STATUS, { id: receipt.id, token: receipt.statusToken });
    expect(status.data?.reportStatus).toBe('PROCESSED');
    const wrong = await gql<{ reportStatus: string | null }>(api.url, STATUS, { id: receipt.id, token: 'x'.repeat(43) });
    expect(wrong.data?.reportStatus).toBeNull();
  });

  it('never lets the canary e-mail reach the logs, Redis or a pg_dump', async () => {
    const dump = pgDump(process.env.DATABASE_URL!);
    expect(dump).toContain('officer'); // the dump has report content, de-identified
    expect(dump).not.toContain(CANARY_EMAIL);
    expect(dump).not.toContain('Johansen');

    const queue = await redisContent(process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
    expect(queue.length).toBeGreaterThan(0);
    expect(queue).not.toContain(CANARY_EMAIL);
    expect(queue).not.toContain('Johansen');

    const logs = api.output() + worker.output();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(CANARY_EMAIL);
    expect(logs).not.toContain('Johansen');
    expect(logs).not.toContain(ngo.key);
    expect(logs).not.toMatch(/127\.0\.0\.1:\d+|remoteAddress|user-agent/i);
  });

  it('shows another organisation nothing and refuses a researcher key', async () => {
    const res = await submit({ narrative: 'The landlord evicted me with no notice.', countryCode: 'AR', regionCode: 'AR-C' }, bearer(ngo.key));
    const id = res.data!.submitReport.receipt.id;
    await processed(id, ngo.key);

    const other = await gql<{ report: unknown }>(api.url, REPORT, { id }, bearer(otherNgo.key));
    expect(other.errors).toBeUndefined();
    expect(other.data?.report).toBeNull();

    const asResearcher = await gql(api.url, REPORT, { id }, bearer(researcher.key));
    expect(asResearcher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asResearcher.data?.report ?? null).toBeNull();

    const list = await gql<{ reports: { edges: { node: { id: string } }[] } }>(
      api.url,
      `{ reports(first: 100) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      {},
      bearer(otherNgo.key),
    );
    expect(list.data?.reports.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('lets no key without reports:read read a report, not even through reviewReport’s answer', async () => {
    const res = await submit({ narrative: 'The landlord evicted me with no notice and kept my deposit.', countryCode: 'AR' }, bearer(ngo.key));
    const id = res.data!.submitReport.receipt.id;
    const before = await processed(id, ngo.key);
    // reviewReport answers with the corrected report, narrative and evidence included.
    const reviewOnly = (await issueKey(db, ngo.orgId, ['reports:review'])).key;
    const reviewed = await gql(
      api.url,
      `mutation($id: ID!) { reviewReport(id: $id, violations: [FORCED_EVICTION]) { narrative violations { type evidence } } }`,
      { id },
      bearer(reviewOnly),
    );
    expect(reviewed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reviewed.data ?? null).toBeNull();
    expect(reviewed.raw).not.toContain('landlord');
    // Refused before anything was changed.
    const after = await processed(id, ngo.key);
    expect(after.violations).toEqual(before.violations);
  });

  it('pages through an organisation’s reports with cursors', async () => {
    const org = await orgWithKey(db, ['reports:write', 'reports:read'], 'Pager');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await submit({ narrative: `Police raided our flat, report ${i}.`, countryCode: 'HK' }, bearer(org.key));
      ids.push(r.data!.submitReport.receipt.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: Awaited<ReturnType<typeof gql<{ reports: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> =
        await gql(
          api.url,
          `query($after: String) { reports(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
          bearer(org.key),
        );
      seen.push(...res.data!.reports.edges.map((e) => e.node.id));
      if (!res.data!.reports.pageInfo.hasNextPage) break;
      after = res.data!.reports.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(ids.sort());

    const tooMany = await gql(api.url, `{ reports(first: 101) { edges { cursor } } }`, {}, bearer(org.key));
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('withdraws a report: content erased, status WITHDRAWN, only by its own organisation', async () => {
    const res = await submit({ narrative: 'The clinic nurse refused to treat me because of my work.', countryCode: 'PG' }, bearer(ngo.key));
    const id = res.data!.submitReport.receipt.id;
    await processed(id, ngo.key);

    const WITHDRAW = `mutation($id: ID!) { withdrawReport(id: $id) { id status } }`;
    const byOther = await gql(api.url, WITHDRAW, { id }, bearer(otherNgo.key));
    expect(byOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const done = await gql<{ withdrawReport: { status: string } }>(api.url, WITHDRAW, { id }, bearer(ngo.key));
    expect(done.data?.withdrawReport.status).toBe('WITHDRAWN');
    const again = await gql<{ withdrawReport: { status: string } }>(api.url, WITHDRAW, { id }, bearer(ngo.key));
    expect(again.data?.withdrawReport.status).toBe('WITHDRAWN');

    const after = await gql<{ report: { status: string; narrative: string | null; violations: unknown[] } }>(api.url, REPORT, { id }, bearer(ngo.key));
    expect(after.data?.report).toMatchObject({ status: 'WITHDRAWN', narrative: null, violations: [] });
    const rows: { narrative: string | null }[] = await db.query('SELECT narrative FROM report WHERE id = $1', [id]);
    expect(rows[0]?.narrative).toBeNull();
  });

  describe('Idempotency-Key', () => {
    const input = { narrative: 'They took my passport and said I owe them money.', countryCode: 'NO' };

    it('returns the same receipt for the same key and input, and refuses the key with another input', async () => {
      const headers = { ...bearer(ngo.key), 'idempotency-key': `retry-${Date.now()}-abcdef` };
      const first = await submit(input, headers);
      const second = await submit(input, headers);
      expect(second.data?.submitReport.receipt).toEqual(first.data?.submitReport.receipt);

      const other = await submit({ ...input, narrative: 'Something else entirely happened.' }, headers);
      expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(other.raw).not.toContain('Something else');

      const count: { n: string }[] = await db.query('SELECT count(*) AS n FROM report WHERE id = $1', [first.data!.submitReport.receipt.id]);
      expect(count[0]!.n).toBe('1');
    });

    it('makes concurrent duplicates one report', async () => {
      const before: { n: string }[] = await db.query('SELECT count(*) AS n FROM report WHERE organisation_id = $1', [otherNgo.orgId]);
      const headers = { ...bearer(otherNgo.key), 'idempotency-key': `concurrent-${Date.now()}-xyz` };
      const results = await Promise.all(Array.from({ length: 8 }, () => submit(input, headers)));
      const ids = new Set(results.map((r) => r.data?.submitReport.receipt.id));
      expect(ids.size).toBe(1);
      const after: { n: string }[] = await db.query('SELECT count(*) AS n FROM report WHERE organisation_id = $1', [otherNgo.orgId]);
      expect(Number(after[0]!.n) - Number(before[0]!.n)).toBe(1);
    });

    it('refuses a malformed key', async () => {
      const res = await submit(input, { ...bearer(ngo.key), 'idempotency-key': 'short' });
      expect(res.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_INVALID');
    });
  });

  describe('bad input', () => {
    const SECRET = 'SECRET-CANARY-7781';
    it.each([
      ['an unknown country', { narrative: `${SECRET} text`, countryCode: 'XX' }, 'input.countryCode'],
      ['a region of another country', { narrative: `${SECRET} text`, countryCode: 'NO', regionCode: 'AR-C' }, 'input.regionCode'],
      ['a future date', { narrative: `${SECRET} text`, countryCode: 'NO', occurredOn: '2999-01' }, 'input.occurredOn'],
      ['an impossible date', { narrative: `${SECRET} text`, countryCode: 'NO', occurredOn: '2021-02-30' }, 'input.occurredOn'],
      ['an empty narrative', { narrative: '', countryCode: 'NO' }, 'input.narrative'],
      ['a narrative over 20,000 characters', { narrative: `${SECRET} ${'a'.repeat(20001)}`, countryCode: 'NO' }, 'input.narrative'],
      ['a NUL byte', { narrative: `${SECRET}\u0000`, countryCode: 'NO' }, 'input.narrative'],
      ['a bad language tag', { narrative: `${SECRET} text`, countryCode: 'NO', language: '$$$' }, 'input.language'],
      ['a narrative of spaces and zero-width characters only', { narrative: ' \u200b\u00a0\n\u2060 ', countryCode: 'NO' }, 'NO_LETTERS_OR_DIGITS'],
      ['a blank case reference', { narrative: `${SECRET} text`, countryCode: 'NO', caseReference: '   ' }, 'BLANK'],
    ])('refuses %s with BAD_USER_INPUT and echoes nothing', async (_label, input, field) => {
      const res = await submit(input, bearer(ngo.key));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain(field.replace('input.', ''));
      expect(res.raw).not.toContain(SECRET);
      expect(res.data ?? null).toBeNull();
    });

    it('refuses an unknown enum value without echoing the variables', async () => {
      const res = await submit({ narrative: `${SECRET} text`, countryCode: 'NO', violations: ['NOT_A_TYPE'] }, bearer(ngo.key));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.raw).not.toContain(SECRET);
      expect(res.raw).not.toContain('NOT_A_TYPE');
    });

    it('refuses an unknown field carrying a canary without echoing it', async () => {
      const res = await submit({ narrative: 'text', countryCode: 'NO', [`x${SECRET.replace(/-/g, '')}`]: SECRET }, bearer(ngo.key));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.raw).not.toContain(SECRET);
      expect(res.raw).not.toContain(SECRET.replace(/-/g, ''));
    });

    it('refuses a second report with the same case reference, writes nothing and echoes nothing', async () => {
      const caseReference = `CASE-${SECRET}`;
      const first = await submit({ narrative: 'Police took my phone at the checkpoint.', countryCode: 'KE', caseReference }, bearer(otherNgo.key));
      expect(first.errors).toBeUndefined();
      const before: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM report WHERE country_code = 'KE'`);
      const again = await submit({ narrative: `${SECRET} the same case again`, countryCode: 'KE', caseReference }, bearer(otherNgo.key));
      expect(again.errors?.[0]?.extensions?.code).toBe('DUPLICATE_CASE_REFERENCE');
      expect(again.raw).not.toContain(SECRET);
      const after: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM report WHERE country_code = 'KE'`);
      expect(after[0]!.n).toBe(before[0]!.n);
      // another organisation may use the same reference for its own case
      const elsewhere = await submit({ narrative: 'Police took my phone at the checkpoint.', countryCode: 'KE', caseReference }, bearer(ngo.key));
      expect(elsewhere.errors).toBeUndefined();
    });

    it('writes nothing for refused input', async () => {
      const rows: unknown[] = await db.query(`SELECT 1 FROM report WHERE country_code = 'XX'`);
      expect(rows).toHaveLength(0);
    });
  });

  describe('access', () => {
    it('refuses an invalid key, even on public operations', async () => {
      const res = await submit({ narrative: 'text', countryCode: 'NO' }, bearer('rrk_' + 'A'.repeat(43)));
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.raw).not.toContain('AAAAAAAA');
    });

    it('refuses reads without a key', async () => {
      const res = await gql(api.url, `{ reports(first: 1) { edges { cursor } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('accepts anonymous submissions when the channel is on', async () => {
      const res = await submit({ narrative: 'A client robbed me at knifepoint.', countryCode: 'NZ' }, {});
      expect(res.errors).toBeUndefined();
      const receipt = res.data!.submitReport.receipt;
      await waitFor('anonymous report processed', async () => {
        const s = await gql<{ reportStatus: string | null }>(api.url, STATUS, { id: receipt.id, token: receipt.statusToken });
        return s.data?.reportStatus === 'PROCESSED';
      });
    });

    it('leaves no timed trace of an anonymous report in Redis once it is processed', async () => {
      // BullMQ's events stream kept every job id (the report id) with the millisecond it was queued, taken
      // and finished: with a proxy's log, that ties an anonymous report to a connection.
      const res = await submit({ narrative: 'The police took my phone and my money at the checkpoint.', countryCode: 'KE' }, {});
      const receipt = res.data!.submitReport.receipt;
      await waitFor('anonymous report processed', async () => {
        const s = await gql<{ reportStatus: string | null }>(api.url, STATUS, { id: receipt.id, token: receipt.statusToken });
        return s.data?.reportStatus === 'PROCESSED';
      });
      // The worker empties the stream every EVENTS_TRIM_INTERVAL_MS (1 s).
      await waitFor('no trace of the report in Redis', async () => {
        const queue = await redisContent(process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
        return queue.length > 0 && !queue.includes(receipt.id);
      }, 5000);
    });

    it('serves the taxonomy publicly', async () => {
      const res = await gql<{ violationTaxonomy: { version: string; violationTypes: { code: string }[] } }>(
        api.url,
        `{ violationTaxonomy { version violationTypes { code names { language text } huridocs { label } } } }`,
      );
      expect(res.data?.violationTaxonomy.violationTypes).toHaveLength(12);
    });
  });
});
