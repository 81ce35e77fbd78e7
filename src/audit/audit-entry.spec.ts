import { GraphQLError, OperationDefinitionNode, parse } from 'graphql';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';
import { actorOf, auditEntries } from './audit-entry';

const KEY = '3f6f1c1e-8a55-4c43-9d7e-2b1f0a9c8e11';
const REPORT = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

function op(source: string): OperationDefinitionNode {
  return parse(source).definitions[0] as OperationDefinitionNode;
}

describe('audit entries', () => {
  it('names the key, the operation, the report (from the arguments) and OK', () => {
    const entries = auditEntries({
      operation: op('query($id: ID!) { report(id: $id) { id narrative } violationTaxonomy { version } }'),
      variables: { id: REPORT },
      data: {},
      errors: [],
      actor: KEY,
    });
    expect(entries).toEqual([{ actor: KEY, operation: 'report', reportId: REPORT, outcome: 'OK' }]);
  });

  it('names the report a reviewer corrected, as it does for a withdrawal', () => {
    for (const mutation of ['reviewReport(id: $id, violations: [EXTORTION]) { id }', 'withdrawReport(id: $id) { id }']) {
      const entries = auditEntries({ operation: op(`mutation($id: ID!) { ${mutation} }`), variables: { id: REPORT }, data: {}, errors: [], actor: KEY });
      expect(entries).toEqual([{ actor: KEY, operation: mutation.split('(', 1)[0], reportId: REPORT, outcome: 'OK' }]);
    }
  });

  it('takes a submitted report id from the response and the code of a refusal', () => {
    const ok = auditEntries({
      operation: op('mutation { s: submitReport(input: {narrative: "secret", countryCode: "NO"}) { receipt { id } } }'),
      variables: {},
      data: { s: { receipt: { id: REPORT } } },
      errors: [],
      actor: KEY,
    });
    expect(ok).toEqual([{ actor: KEY, operation: 'submitReport', reportId: REPORT, outcome: 'OK' }]);
    const refused = auditEntries({
      operation: op('mutation { withdrawReport(id: "not-a-uuid; DROP TABLE report") { id } }'),
      variables: {},
      data: null,
      errors: [new GraphQLError('x', { path: ['withdrawReport'], originalError: new AppError(ErrorCode.NOT_FOUND, 'Not found') })],
      actor: KEY,
    });
    expect(refused).toEqual([{ actor: KEY, operation: 'withdrawReport', reportId: null, outcome: 'NOT_FOUND' }]);
  });

  it('never records an anonymous caller\'s report id, and masks unknown errors', () => {
    const entries = auditEntries({
      operation: op('mutation { submitReport(input: {narrative: "x", countryCode: "NO"}) { receipt { id } } }'),
      variables: {},
      data: { submitReport: { receipt: { id: REPORT } } },
      errors: [new GraphQLError('duplicate key (narrative)=(secret)', { originalError: new Error('boom') })],
      actor: actorOf(undefined, false),
    });
    expect(entries).toEqual([{ actor: 'anonymous', operation: 'submitReport', reportId: null, outcome: 'INTERNAL_SERVER_ERROR' }]);
    expect(actorOf(undefined, true)).toBe('unidentified');
  });
});
