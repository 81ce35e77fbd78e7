import { randomBytes, randomInt } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { DataSource } from 'typeorm';
import { ApiKeyService } from '../../src/access/api-key.service';
import { loadAppConfig } from '../../src/config/app-config';
import { openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql, GraphQLResponse, REPORT, STATUS, SUBMIT } from '../support/graphql';
import { RunningProcess, startApi, startProcess, waitFor } from '../support/processes';
import { pgDump, proofOfWork, rawPost, redisContent, tableCounts } from './support';

/**
 * Hostile input over real HTTP against the built API (and worker): each
 * request is refused with its code, echoes nothing it was sent, and leaves no
 * half-written state (no report, raw text, outbox row, idempotency record or
 * spent challenge appears). Every request carries canary identifying headers;
 * the last tests prove none of them, nor any canary content of a refused
 * request, reached the logs, Redis or a pg_dump.
 */
describe('hostile input', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let worker: RunningProcess;
  let ngo: { orgId: string; key: string; keyId: string };
  let otherNgo: { orgId: string; key: string; keyId: string };
  let researcher: { key: string };
  let revoked: { key: string };
  let limited: { key: string };

  const tag = randomBytes(5).toString('hex');
  const ip = () => `10.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(1, 250)}`;
  const CANARIES = {
    forwardedFor: ip(),
    realIp: ip(),
    userAgent: `HostileAgent/${tag}-ua`,
    cookie: `sid=${tag}-cookie`,
    unknownFieldName: `zz${tag}field`,
    unknownFieldValue: `${tag}-unknown-value`,
    badJson: `${tag}-badjson`,
    badUtf8: `${tag}-badutf8`,
    narrative: `${tag}-narrative@canary-leak.org`,
    path: `rrk_${tag}PastedKeyInPath`,
    requestId: `${tag}4791234567`,
  };
  const tracking = {
    'x-forwarded-for': `${CANARIES.forwardedFor}, 192.0.2.1`,
    'x-real-ip': CANARIES.realIp,
    'user-agent': CANARIES.userAgent,
    cookie: CANARIES.cookie,
    forwarded: `for=${CANARIES.forwardedFor}`,
    'x-request-id': CANARIES.requestId,
  };
  const json = { 'content-type': 'application/json', ...tracking };
  const send = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    gql<T>(api.url, query, variables, { ...tracking, ...headers });
  const code = (r: { errors?: GraphQLResponse['errors'] }) => r.errors?.[0]?.extensions?.code;
  const input = (extra: Record<string, unknown> = {}) => ({ narrative: 'The police officer took my money at the checkpoint.', countryCode: 'NO', ...extra });

  /** Runs a hostile request and checks that nothing was written (the worker may only take rows away). */
  async function refusedWithoutWrites<R>(request: () => Promise<R>): Promise<R> {
    const before = await tableCounts(db);
    const result = await request();
    const after = await tableCounts(db);
    expect(after.report).toBe(before.report);
    expect(after.idempotency_key).toBe(before.idempotency_key);
    expect(after.proof_of_work_spent).toBe(before.proof_of_work_spent);
    expect(after.report_raw).toBeLessThanOrEqual(before.report_raw!);
    expect(after.outbox).toBeLessThanOrEqual(before.outbox!);
    return result;
  }

  beforeAll(async () => {
    db = await openDatabase();
    ngo = await orgWithKey(db, ['reports:write', 'reports:read'], 'Hostile NGO one');
    otherNgo = await orgWithKey(db, ['reports:write', 'reports:read'], 'Hostile NGO two');
    researcher = await orgWithKey(db, ['analytics:read'], 'Hostile University');
    limited = await orgWithKey(db, ['reports:read'], 'Limited partner');
    const gone = await orgWithKey(db, ['reports:write', 'reports:read'], 'Revoked partner');
    await new ApiKeyService(db, loadAppConfig()).revoke(gone.keyId);
    revoked = gone;
    api = await startApi({ POW_REQUIRED: 'true', POW_DIFFICULTY: '8', RATE_LIMIT_POINTS_PER_MINUTE: '1000', ANONYMOUS_BUDGET_PER_MINUTE: '1000' });
    worker = startProcess('worker.js');
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await db?.destroy();
  });

  describe('GraphQL limits', () => {
    it('refuses nesting deeper than 8 (QUERY_LIMIT_EXCEEDED)', async () => {
      const r = await refusedWithoutWrites(() =>
        send('{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }'),
      );
      expect(r.status).toBe(400);
      expect(r.errors?.map((e) => e.extensions?.code)).toContain('QUERY_LIMIT_EXCEEDED');
      expect(r.data ?? null).toBeNull();
    });

    it('refuses more than 5 aliases', async () => {
      const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: reportStatus(receiptId: "00000000-0000-0000-0000-00000000000${i}", statusToken: "x")`);
      const r = await refusedWithoutWrites(() => send(`{ ${aliases.join(' ')} }`));
      expect(code(r)).toBe('QUERY_LIMIT_EXCEEDED');
      expect(r.errors![0]!.message).toMatch(/Aliases limit of 5/);
    });

    it('refuses two root fields in one mutation, writing neither', async () => {
      const r = await refusedWithoutWrites(() =>
        send(
          `mutation($a: SubmitReportInput!, $b: SubmitReportInput!) {
             one: submitReport(input: $a) { receipt { id } } two: submitReport(input: $b) { receipt { id } } }`,
          { a: input(), b: input() },
          bearer(ngo.key),
        ),
      );
      expect(code(r)).toBe('QUERY_LIMIT_EXCEEDED');
      expect(r.errors![0]!.extensions!.limit).toBe('ONE_ROOT_FIELD');
    });

    it('refuses two mutation operations in one document, even with an operationName', async () => {
      const doc = `mutation A($i: SubmitReportInput!) { submitReport(input: $i) { receipt { id } } }
                   mutation B($id: ID!) { withdrawReport(id: $id) { id } }`;
      const r = await refusedWithoutWrites(() =>
        rawPost(api.url, JSON.stringify({ query: doc, operationName: 'A', variables: { i: input() } }), { ...json, ...bearer(ngo.key) }),
      );
      expect(r.code).toBe('QUERY_LIMIT_EXCEEDED');
    });

    it('refuses more than 10 directives', async () => {
      const r = await refusedWithoutWrites(() => send(`{ violationTaxonomy ${'@include(if: true) '.repeat(11)} { version } }`));
      expect(r.errors?.map((e) => e.extensions?.code)).toContain('QUERY_LIMIT_EXCEEDED');
    });

    it('refuses more than 1,000 tokens in a document under 8 KB', async () => {
      const doc = `{ violationTaxonomy { ${'version '.repeat(1010)} } }`;
      expect(Buffer.byteLength(doc)).toBeLessThan(8192);
      const r = await refusedWithoutWrites(() => send(doc));
      expect(code(r)).toBe('QUERY_LIMIT_EXCEEDED');
      expect(r.errors![0]!.message).toMatch(/Token limit of 1000/);
    });

    it('refuses a document that does not parse with 400 GRAPHQL_PARSE_FAILED and its position, quoting none of it', async () => {
      const secret = `Officer ${tag}Hansen, call me on +47 912 34 567, ${CANARIES.narrative}`;
      for (const doc of [
        `mutation { submitReport(input: { narrative: "${secret}", countryCode: "NO" }) { receipt { id } } } }`,
        `mutation { submitReport(input: { narrative: "${secret} \\q", countryCode: "NO" }) { receipt { id } } }`,
        `mutation { submitReport(input: { narrative: "${secret}`,
      ]) {
        const r = await refusedWithoutWrites(() => rawPost(api.url, JSON.stringify({ query: doc }), json));
        expect(r.status).toBe(400);
        expect(r.code).toBe('GRAPHQL_PARSE_FAILED');
        const error = JSON.parse(r.raw).errors[0];
        expect(error.message).toBe('The GraphQL document could not be parsed');
        expect(error.locations[0]).toEqual({ line: 1, column: expect.any(Number) });
        expect(r.raw).not.toContain(tag);
        expect(r.raw).not.toContain('912');
        expect(r.raw).not.toContain(CANARIES.narrative);
      }
    });

    it('names schema types in a validation error but never a name the caller typed', async () => {
      const r = await refusedWithoutWrites(() => send(`query Q${tag}op($v${tag}var: Int) { zz${tag}field violationTaxonomy { version } }`));
      expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.raw).not.toContain(tag);
      expect(r.errors!.map((e) => e.message).join(' ')).toMatch(/on type "Query"/);
    });

    it('never repeats an inline literal of the wrong type (a number, a bare word, an object) in a validation error', async () => {
      // graphql-js prints the literal after "cannot represent a non string value:": a phone number or a
      // case number typed without quotes, a name written as a bare word, an object's keys.
      for (const literal of [`4791234567${randomInt(100, 999)}`, `Zyxqa${tag}Canarywoman`, `[Zyxqa${tag}Canarywoman]`, `{zz${tag}key: "x"}`]) {
        const r = await refusedWithoutWrites(() =>
          send(`mutation { submitReport(input: { narrative: ${literal}, countryCode: "NO" }) { receipt { id } } }`, {}, bearer(ngo.key)),
        );
        expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(r.raw).not.toContain(literal.replace(/\W/g, '').slice(0, 12));
        expect(r.raw).not.toContain(tag);
      }
      const directive = await send(`{ violationTaxonomy @skip(if: Zyxqa${tag}) { version } }`);
      expect(code(directive)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(directive.raw).not.toContain(tag);
    });

    it('refuses a document over 8 KB before parsing it (DOCUMENT_TOO_LARGE)', async () => {
      const doc = `{ violationTaxonomy { version } } # ${'x'.repeat(9000)}`;
      const r = await refusedWithoutWrites(() => send(doc));
      expect(r.status).toBe(400);
      expect(code(r)).toBe('DOCUMENT_TOO_LARGE');
    });

    it('refuses first: 100000 by cost, literal or variable (QUERY_TOO_COMPLEX), with the limit in extensions', async () => {
      const literal = await refusedWithoutWrites(() => send('{ reports(first: 100000) { edges { node { id } } } }', {}, bearer(ngo.key)));
      expect(code(literal)).toBe('QUERY_TOO_COMPLEX');
      expect(literal.errors![0]!.extensions).toMatchObject({ limit: 5000 });
      const variable = await send('query($n: Int) { reports(first: $n) { edges { node { id narrative } } } }', { n: 100000 }, bearer(ngo.key));
      expect(code(variable)).toBe('QUERY_TOO_COMPLEX');
      const fine = await send('{ reports(first: 100) { edges { node { id } } } }', {}, bearer(ngo.key));
      expect(fine.errors).toBeUndefined();
    });

    it('refuses batched requests', async () => {
      const batch = JSON.stringify([
        { query: SUBMIT, variables: { input: input() } },
        { query: SUBMIT, variables: { input: input() } },
      ]);
      const r = await refusedWithoutWrites(() => rawPost(api.url, batch, { ...json, ...bearer(ngo.key) }));
      expect(r.status).toBe(400);
      expect(r.code).toBe('BAD_USER_INPUT');
    });

    it('turns introspection and field suggestions off in production', async () => {
      const prod = await startApi({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' });
      try {
        const r = await gql(prod.url, '{ __schema { types { name } } }', {}, tracking);
        expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(r.data ?? null).toBeNull();
        expect(r.raw).not.toContain('SubmitReportInput');
        const typo = await gql(prod.url, '{ reprt(id: "x") { id } }', {}, tracking);
        expect(code(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(typo.raw).not.toMatch(/Did you mean|"report"/);
        const anon = await gql(prod.url, SUBMIT, { input: input() }, tracking);
        expect(code(anon)).toBe('PROOF_OF_WORK_REQUIRED'); // required by default in production
      } finally {
        await prod.stop();
      }
    });
  });

  describe('HTTP', () => {
    it('refuses a 10 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
      const body = Buffer.alloc(10 * 1024 * 1024, 'a');
      const r = await refusedWithoutWrites(
        () =>
          new Promise<{ status: number; raw: string }>((resolve, reject) => {
            const u = new URL(`${api.url}/graphql`);
            const chunks: Buffer[] = [];
            let status = 0;
            const done = () => (status ? resolve({ status, raw: Buffer.concat(chunks).toString('utf8') }) : reject(new Error('no response')));
            const req = httpRequest(
              { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { ...json, 'content-length': String(body.length) } },
              (res) => {
                status = res.statusCode ?? 0;
                res.on('data', (c: Buffer) => chunks.push(c));
                res.on('end', done);
                res.on('close', done);
              },
            );
            // The server answers 413 from the Content-Length alone and closes the connection; writing the 10 MB
            // at once raced that answer (the client could see the reset before the response). So the headers go
            // first, and the body follows only if no answer came within a second.
            req.on('error', () => setTimeout(done, 500));
            req.setTimeout(15000, () => req.destroy(new Error('timeout')));
            req.flushHeaders();
            setTimeout(() => {
              if (status) req.destroy();
              else req.end(body);
            }, 1000);
          }),
      );
      expect(r.status).toBe(413);
      expect(JSON.parse(r.raw).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses invalid UTF-8 with INVALID_UTF8, quoting nothing', async () => {
      const body = Buffer.concat([
        Buffer.from(`{"query":"mutation($i: SubmitReportInput!){ submitReport(input:$i){ receipt { id } } }","variables":{"i":{"countryCode":"NO","narrative":"${CANARIES.badUtf8} `),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('"}}}'),
      ]);
      const r = await refusedWithoutWrites(() => rawPost(api.url, body, { ...json, ...bearer(ngo.key) }));
      expect(r.status).toBe(400);
      expect(r.code).toBe('INVALID_UTF8');
      expect(r.raw).not.toContain(CANARIES.badUtf8);
    });

    it('refuses malformed JSON with INVALID_JSON, quoting nothing', async () => {
      const r = await refusedWithoutWrites(() => rawPost(api.url, `{"query": "{ violationTaxonomy { version } }", "x": ${CANARIES.badJson}`, json));
      expect(r.status).toBe(400);
      expect(r.code).toBe('INVALID_JSON');
      expect(r.raw).not.toContain(CANARIES.badJson);
    });

    it('drops a __proto__ key anywhere in the body, escaped or not, instead of passing it on', async () => {
      // JSON.parse makes "__proto__" an own key, which GraphQL would refuse as an unknown input field: accepted
      // here only because the body parser removed it (and with it anything it meant to put on a prototype).
      for (const key of ['__proto__', '\\u005f_proto__']) {
        const body = `{"query": ${JSON.stringify(SUBMIT)}, "__proto__": {"polluted": 1}, "variables": {"input": {"${key}": {"caseReference": "x", "polluted": 1}, "narrative": "The police took my money.", "countryCode": "NO"}}}`;
        const r = await rawPost(api.url, body, { ...json, ...bearer(ngo.key) });
        expect(r.status).toBe(200);
        expect(JSON.parse(r.raw).data.submitReport.receipt.id).toMatch(/^[0-9a-f-]{36}$/);
      }
      const health = await fetch(`${api.url}/health/live`);
      expect(health.ok).toBe(true);
    });

    it('refuses a text/plain POST (CSRF) and a GET mutation, writing nothing', async () => {
      const doc = JSON.stringify({ query: SUBMIT, variables: { input: input() } });
      const plain = await refusedWithoutWrites(() => rawPost(api.url, doc, { ...tracking, 'content-type': 'text/plain', ...bearer(ngo.key) }));
      expect(plain.status).toBe(400);
      expect(plain.code).toBe('CSRF_BLOCKED');

      const qs = new URLSearchParams({ query: 'mutation { withdrawReport(id: "00000000-0000-0000-0000-000000000000") { id } }' });
      const simpleGet = await refusedWithoutWrites(() => fetch(`${api.url}/graphql?${qs}`, { headers: { ...tracking, ...bearer(ngo.key) } }));
      expect(simpleGet.status).toBe(400); // no preflight header: CSRF prevention
      expect(((await simpleGet.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('CSRF_BLOCKED');
      const preflighted = await refusedWithoutWrites(() =>
        fetch(`${api.url}/graphql?${qs}`, { headers: { ...tracking, ...bearer(ngo.key), 'apollo-require-preflight': 'true' } }),
      );
      expect(preflighted.status).toBe(405); // mutations only over POST
    });

    it('refuses an unknown key in the CSV export query without repeating its name', async () => {
      const q = { groupBy: ['COUNTRY'], [`zz${tag}key`]: 1, filter: { countries: ['NO'], [`Zyxqa${tag}`]: ['x'] } };
      const response = await fetch(`${api.url}/exports/trends.csv?query=${encodeURIComponent(JSON.stringify(q))}`, {
        headers: { ...tracking, ...bearer(researcher.key) },
      });
      const raw = await response.text();
      expect(response.status).toBe(400);
      expect(JSON.parse(raw).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(raw).not.toContain(tag);
    });

    it('refuses form posts with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      const r = await refusedWithoutWrites(() => rawPost(api.url, 'query=1', { ...tracking, 'content-type': 'application/x-www-form-urlencoded' }));
      expect(r.status).toBe(415);
      expect(r.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers a path nothing serves with 404 NOT_FOUND, and neither repeats nor logs the path', async () => {
      // A key or a narrative pasted into a URL by mistake is the caller's text: the last test looks for it in the logs.
      for (const [method, path] of [['POST', `/${CANARIES.path}`], ['GET', `/graphql/${CANARIES.path}?q=${CANARIES.path}`]] as const) {
        const response = await fetch(`${api.url}${path}`, { method, headers: json, body: method === 'POST' ? '{}' : undefined });
        const raw = await response.text();
        expect(response.status).toBe(404);
        expect(JSON.parse(raw)).toEqual({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      }
    });

    it('sends security headers and no server banner', async () => {
      const r = await rawPost(api.url, JSON.stringify({ query: '{ violationTaxonomy { version } }' }), json);
      expect(r.status).toBe(200);
      expect(r.headers.get('server')).toBeNull();
      expect(r.headers.get('x-powered-by')).toBeNull();
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('set-cookie')).toBeNull();
    });
  });

  describe('text in every argument', () => {
    const NUL = 'a\u0000b';
    it.each<[string, string, Record<string, unknown>, string, boolean]>([
      ['NUL in the narrative', SUBMIT, { input: { narrative: `Police ${NUL}`, countryCode: 'NO' } }, 'narrative', true],
      ['a lone surrogate in the narrative', SUBMIT, { input: { narrative: 'Police \uD800 took it', countryCode: 'NO' } }, 'narrative', true],
      ['BEL in the case reference', SUBMIT, { input: { narrative: 'Police took it', countryCode: 'NO', caseReference: 'c\u0007' } }, 'caseReference', true],
      ['NUL in the region code', SUBMIT, { input: { narrative: 'Police took it', countryCode: 'NO', regionCode: `NO-03${'\u0000'}` } }, 'regionCode', true],
      ['NUL in the status token', STATUS, { id: '00000000-0000-0000-0000-000000000000', token: NUL }, 'statusToken', false],
      ['a lone surrogate in the receipt id', STATUS, { id: '\uDC00', token: 'x' }, 'receiptId', false],
      ['NUL in a cursor', 'query($a: String) { reports(first: 5, after: $a) { edges { cursor } } }', { a: NUL }, 'after', true],
      // The variable's name is the caller's text: the problem is named by the argument it fills.
      [`NUL in a variable whose name is a canary`, `query($v${tag}: String) { reports(first: 5, after: $v${tag}) { edges { cursor } } }`, { [`v${tag}`]: NUL }, 'after', true],
      ['C1 control in a filter', 'query($f: ReportFilter) { reports(first: 5, filter: $f) { edges { cursor } } }', { f: { receivedFrom: '2024-01\u0085' } }, 'receivedFrom', true],
      ['NUL in a report id', REPORT, { id: `00000000-0000-0000-0000-00000000000${'\u0000'}` }, 'id', true],
    ])('refuses %s with CONTROL_CHARACTERS', async (_name, query, variables, field, withKey) => {
      const r = await refusedWithoutWrites(() => send(query, variables, withKey ? bearer(ngo.key) : {}));
      expect(r.status).toBe(400);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions!.fields).toEqual(expect.arrayContaining([{ field, problem: 'CONTROL_CHARACTERS' }]));
      expect(r.raw).not.toContain('\\u0000');
      expect(r.raw).not.toContain(tag);
    });

    it("names a value of the wrong kind by its field, never by the caller's variable name, nor repeats the value", async () => {
      const query = `mutation($v${tag}: SubmitReportInput!) { submitReport(input: $v${tag}) { receipt { id } } }`;
      const cases: [Record<string, unknown>, { field: string; problem: string }][] = [
        [{ narrative: 'Police took it', countryCode: 'NO', violations: [`NOPE_${tag}`] }, { field: 'violations[0]', problem: 'IS_ENUM' }],
        [{ narrative: 4791234567, countryCode: 'NO' }, { field: 'narrative', problem: 'WRONG_TYPE' }],
        [{ countryCode: 'NO' }, { field: 'narrative', problem: 'REQUIRED' }],
      ];
      for (const [value, field] of cases) {
        const r = await refusedWithoutWrites(() => send(query, { [`v${tag}`]: value }, bearer(ngo.key)));
        expect(code(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0]!.extensions!.fields).toEqual([field]);
        expect(r.raw).not.toContain(tag);
        expect(r.raw).not.toContain('4791234567');
      }
      // A variable filling a whole argument: named by the argument (found by the README walkthrough).
      const status = `query($i${tag}: ID!, $t${tag}: String!) { reportStatus(receiptId: $i${tag}, statusToken: $t${tag}) }`;
      const review = `mutation($i${tag}: ID!, $l${tag}: [ViolationType!]) { reviewReport(id: $i${tag}, violations: $l${tag}) { id } }`;
      const id = '00000000-0000-0000-0000-000000000000';
      const whole: [string, Record<string, unknown>, { field: string; problem: string }][] = [
        [status, { [`i${tag}`]: id, [`t${tag}`]: 4791234567 }, { field: 'statusToken', problem: 'WRONG_TYPE' }],
        [status, { [`i${tag}`]: id }, { field: 'statusToken', problem: 'REQUIRED' }],
        [status, { [`i${tag}`]: id, [`t${tag}`]: null }, { field: 'statusToken', problem: 'REQUIRED' }],
        [review, { [`i${tag}`]: id, [`l${tag}`]: ['EXTORTION', `NOPE_${tag}`] }, { field: 'violations[1]', problem: 'IS_ENUM' }],
        [query, { [`v${tag}`]: { narrative: 'Police took it', countryCode: 'NO', [`zz${tag}`]: 'x' } }, { field: 'input', problem: 'UNKNOWN_FIELD' }],
      ];
      for (const [document, variables, field] of whole) {
        const r = await refusedWithoutWrites(() => send(document, variables, bearer(ngo.key)));
        expect(code(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0]!.extensions!.fields).toEqual([field]);
        expect(r.raw).not.toContain(tag);
        expect(r.raw).not.toContain('4791234567');
      }
    });

    it('refuses control characters inlined in the document too', async () => {
      const r = await refusedWithoutWrites(() =>
        send('{ reportStatus(receiptId: "00000000-0000-0000-0000-000000000000", statusToken: "a\\u0000b") }'),
      );
      expect(r.errors![0]!.extensions!.fields).toEqual([{ field: 'statusToken', problem: 'CONTROL_CHARACTERS' }]);
    });

    const INJECTIONS = [
      "2024-01' OR '1'='1",
      '2024-01; DROP TABLE report; --',
      '{"$ne": null}',
      '../../../../etc/passwd',
      '<script>alert(1)</script>',
      "' UNION SELECT narrative FROM report --",
      '${jndi:ldap://x}',
    ];
    it.each(INJECTIONS)('gives nothing away for %s in any filter, cursor, id or token', async (payload) => {
      const results = await refusedWithoutWrites(() =>
        Promise.all([
          send('query($f: ReportFilter) { reports(first: 5, filter: $f) { edges { node { id } } } }', { f: { receivedFrom: payload } }, bearer(ngo.key)),
          send('query($f: ReportFilter) { reports(first: 5, filter: $f) { edges { node { id } } } }', { f: { receivedTo: payload } }, bearer(ngo.key)),
          send('query($f: ReportFilter) { reports(first: 5, filter: $f) { edges { node { id } } } }', { f: { statuses: [payload] } }, bearer(ngo.key)),
          send('query($f: ReportFilter) { reports(first: 5, filter: $f) { edges { node { id } } } }', { f: { violations: [payload] } }, bearer(ngo.key)),
          send('query($a: String) { reports(first: 5, after: $a) { edges { node { id } } } }', { a: payload }, bearer(ngo.key)),
          send('query($a: String) { reports(first: 5, after: $a) { edges { node { id } } } }', { a: Buffer.from(`2024-01|${payload}`).toString('base64url') }, bearer(ngo.key)),
          send(REPORT, { id: payload }, bearer(ngo.key)),
          send(STATUS, { id: payload, token: payload }),
          send('mutation($id: ID!) { withdrawReport(id: $id) { id } }', { id: payload }, bearer(ngo.key)),
        ]),
      );
      for (const r of results) {
        expect(code(r) ?? 'OK').not.toBe('INTERNAL_SERVER_ERROR');
        expect(r.raw).not.toContain(payload);
        const data = r.data as Record<string, unknown> | null | undefined;
        const edges = (data?.reports as { edges?: unknown[] } | undefined)?.edges;
        if (edges) expect(edges).toEqual([]); // this organisation has no report yet in these filters, and never another's
      }
      // The refusals carry codes: the enum and format checks, a bad cursor, a missing report.
      expect(results.slice(0, 6).map(code)).toEqual(Array(6).fill('BAD_USER_INPUT'));
      expect(results[6]!.data).toEqual({ report: null });
      expect(results[7]!.data).toEqual({ reportStatus: null });
      expect(code(results[8]!)).toBe('NOT_FOUND');
    });

    it('refuses an unknown input field carrying a canary, and repeats neither its name nor its value', async () => {
      const r = await refusedWithoutWrites(() =>
        send(SUBMIT, { input: { ...input(), [CANARIES.unknownFieldName]: CANARIES.unknownFieldValue } }, bearer(ngo.key)),
      );
      expect(r.status).toBe(400);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.raw).not.toContain(CANARIES.unknownFieldName);
      expect(r.raw).not.toContain(CANARIES.unknownFieldValue);
    });
  });

  describe('access and idempotency', () => {
    it('refuses a malformed Idempotency-Key and a reused one with another body, keeping one report', async () => {
      const bad = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }, { ...bearer(ngo.key), 'idempotency-key': 'short' }));
      expect(code(bad)).toBe('IDEMPOTENCY_KEY_INVALID');
      const key = `hostile-${tag}-0001`;
      const first = await send<{ submitReport: { receipt: { id: string } } }>(SUBMIT, { input: input() }, { ...bearer(ngo.key), 'idempotency-key': key });
      expect(first.errors).toBeUndefined();
      const again = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }, { ...bearer(ngo.key), 'idempotency-key': key }));
      expect((again.data as { submitReport: { receipt: { id: string } } }).submitReport.receipt.id).toBe(first.data!.submitReport.receipt.id);
      const other = await refusedWithoutWrites(() =>
        send(SUBMIT, { input: input({ narrative: 'A different account entirely.' }) }, { ...bearer(ngo.key), 'idempotency-key': key }),
      );
      expect(code(other)).toBe('IDEMPOTENCY_KEY_REUSED');
      // The same key in another organisation's scope is a different record.
      const elsewhere = await send(SUBMIT, { input: input() }, { ...bearer(otherNgo.key), 'idempotency-key': key });
      expect(elsewhere.errors).toBeUndefined();
    });

    it("treats another organisation's report as missing, and leaves it alone", async () => {
      const theirs = await send<{ submitReport: { receipt: { id: string } } }>(SUBMIT, { input: input() }, bearer(otherNgo.key));
      const id = theirs.data!.submitReport.receipt.id;
      const read = await refusedWithoutWrites(() => send(REPORT, { id }, bearer(ngo.key)));
      expect(read.data).toEqual({ report: null });
      const withdraw = await refusedWithoutWrites(() => send('mutation($id: ID!) { withdrawReport(id: $id) { id status } }', { id }, bearer(ngo.key)));
      expect(code(withdraw)).toBe('NOT_FOUND');
      const [row] = (await db.query('SELECT status FROM report WHERE id = $1', [id])) as { status: string }[];
      expect(row!.status).not.toBe('WITHDRAWN');
    });

    it('refuses a revoked key (UNAUTHENTICATED) and a researcher asking for a report (FORBIDDEN)', async () => {
      const r = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }, bearer(revoked.key)));
      expect(code(r)).toBe('UNAUTHENTICATED');
      const researcherRead = await refusedWithoutWrites(() => send(REPORT, { id: '00000000-0000-0000-0000-000000000000' }, bearer(researcher.key)));
      expect(code(researcherRead)).toBe('FORBIDDEN');
      const researcherList = await refusedWithoutWrites(() => send('{ reports(first: 1) { edges { cursor } } }', {}, bearer(researcher.key)));
      expect(code(researcherList)).toBe('FORBIDDEN');
    });

    it('limits an API key by cost per minute, with the limits in extensions', async () => {
      const page = '{ reports(first: 100) { edges { cursor } } }'; // 11 points of 1000
      let refused: GraphQLResponse | undefined;
      let calls = 0;
      while (!refused && calls < 120) {
        const r = await send(page, {}, bearer(limited.key));
        calls++;
        if (r.errors) refused = r;
      }
      expect(calls).toBe(91); // 90 × 11 = 990 points pass, the 91st would pass 1000
      expect(code(refused!)).toBe('RATE_LIMITED');
      expect(refused!.errors![0]!.extensions).toMatchObject({ scope: 'API_KEY', limit: 1000, cost: 11, windowSeconds: 60 });
      expect(refused!.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      // Another key is not affected.
      expect((await send(page, {}, bearer(ngo.key))).errors).toBeUndefined();
    });
  });

  describe('the anonymous channel', () => {
    it('refuses a submission without proof of work (PROOF_OF_WORK_REQUIRED)', async () => {
      const r = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }));
      expect(code(r)).toBe('PROOF_OF_WORK_REQUIRED');
    });

    it('refuses a forged or wrong proof of work (PROOF_OF_WORK_INVALID)', async () => {
      const pow = await proofOfWork(api.url);
      const forged = pow.replace(/^pow1\.(\d+)\.8\./, 'pow1.$1.9.');
      const r1 = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }, { 'proof-of-work': forged }));
      expect(code(r1)).toBe('PROOF_OF_WORK_INVALID');
      expect(r1.errors![0]!.extensions!.reason).toBe('FORGED');
      const r2 = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }, { 'proof-of-work': 'pow1.garbage:0' }));
      expect(code(r2)).toBe('PROOF_OF_WORK_INVALID');
    });

    it('takes a solved challenge once and refuses it the second time', async () => {
      const pow = await proofOfWork(api.url);
      const first = await send(SUBMIT, { input: input() }, { 'proof-of-work': pow });
      expect(first.errors).toBeUndefined();
      const again = await refusedWithoutWrites(() => send(SUBMIT, { input: input() }, { 'proof-of-work': pow }));
      expect(code(again)).toBe('PROOF_OF_WORK_INVALID');
      expect(again.errors![0]!.extensions!.reason).toBe('ALREADY_USED');
    });

    it('holds anonymous submissions to a service-wide budget per minute (RATE_LIMITED)', async () => {
      await db.query(`DELETE FROM rate_limit WHERE key LIKE 'anon:%'`);
      const small = await startApi({ POW_REQUIRED: 'false', ANONYMOUS_BUDGET_PER_MINUTE: '2' });
      try {
        for (let i = 0; i < 2; i++) expect((await gql(small.url, SUBMIT, { input: input() }, tracking)).errors).toBeUndefined();
        const before = await tableCounts(db);
        const third = await gql(small.url, SUBMIT, { input: input() }, tracking);
        expect(code(third)).toBe('RATE_LIMITED');
        expect(third.errors![0]!.extensions).toMatchObject({ scope: 'ANONYMOUS_BUDGET', limit: 2, windowSeconds: 60 });
        expect((await tableCounts(db)).report).toBe(before.report);
        // API keys are not held by the anonymous budget.
        expect((await gql(small.url, SUBMIT, { input: input() }, bearer(ngo.key))).errors).toBeUndefined();
      } finally {
        await small.stop();
        await db.query(`DELETE FROM rate_limit WHERE key LIKE 'anon:%'`);
      }
    });

    it('processes an anonymous report sent with identifying headers, and keeps none of them anywhere', async () => {
      const pow = await proofOfWork(api.url);
      const narrative = `The police at the station took my money and my phone. Write to me at ${CANARIES.narrative}.`;
      const r = await send<{ submitReport: { receipt: { id: string; statusToken: string } } }>(SUBMIT, { input: input({ narrative }) }, { 'proof-of-work': pow });
      expect(r.errors).toBeUndefined();
      const { id, statusToken } = r.data!.submitReport.receipt;
      await waitFor('the anonymous report to be PROCESSED', async () => {
        const s = await send<{ reportStatus: string }>(STATUS, { id, token: statusToken });
        return s.data?.reportStatus === 'PROCESSED';
      }, 20000);

      const places = {
        apiLogs: api.output(),
        workerLogs: worker.output(),
        redis: await redisContent(process.env.REDIS_URL!, process.env.QUEUE_PREFIX!),
        pgDump: pgDump(process.env.DATABASE_URL!),
      };
      expect(places.apiLogs.length).toBeGreaterThan(0);
      expect(places.pgDump).toContain('police'); // the dump holds de-identified content
      for (const [where, text] of Object.entries(places)) {
        for (const [what, canary] of Object.entries(CANARIES)) {
          if (text.includes(canary)) throw new Error(`canary ${what} found in ${where}`);
        }
        expect(text).not.toContain(CANARIES.userAgent);
      }
    });
  });

  it('keeps an audit log of who did what to which report, by the minute, without content', async () => {
    const columns = (await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_log' ORDER BY ordinal_position`,
    )) as { column_name: string }[];
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'at_minute', 'actor', 'operation', 'report_id', 'outcome']);
    const rows = (await db.query(
      `SELECT actor, operation, report_id, outcome, extract(second FROM at_minute) AS seconds FROM audit_log`,
    )) as { actor: string; operation: string; report_id: string | null; outcome: string; seconds: string }[];
    expect(rows.every((r) => Number(r.seconds) === 0)).toBe(true);
    const ngoSubmits = rows.filter((r) => r.actor === ngo.keyId && r.operation === 'submitReport' && r.outcome === 'OK');
    expect(ngoSubmits.length).toBeGreaterThan(0);
    expect(ngoSubmits.every((r) => r.report_id !== null)).toBe(true);
    expect(rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: ngo.keyId, operation: 'submitReport', outcome: 'IDEMPOTENCY_KEY_REUSED' }),
      expect.objectContaining({ actor: ngo.keyId, operation: 'withdrawReport', outcome: 'NOT_FOUND' }),
      expect.objectContaining({ actor: 'anonymous', operation: 'submitReport', outcome: 'PROOF_OF_WORK_REQUIRED', report_id: null }),
      expect.objectContaining({ actor: 'anonymous', operation: 'submitReport', outcome: 'OK', report_id: null }),
      expect.objectContaining({ actor: 'unidentified', operation: 'submitReport', outcome: 'UNAUTHENTICATED' }),
    ]));
  });
});
