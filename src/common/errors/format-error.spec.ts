import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { ErrorCode } from './error-codes';
import { describeCoercion, describeValidation, toSafeError } from './format-error';

describe('toSafeError', () => {
  it('passes our own errors through with their code and field problems', () => {
    const error = AppError.badInput([{ field: 'input.countryCode', problem: 'COUNTRY_CODE' }]);
    const safe = toSafeError({ message: error.message }, new GraphQLError(error.message, { originalError: error }));
    expect(safe.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.countryCode', problem: 'COUNTRY_CODE' }] });
  });

  it('rewrites graphql-js coercion messages that quote the variables', () => {
    const message =
      'Variable "$input" got invalid value { narrative: "my name is Ana and my phone is 555", countryCode: "NO", zz: 1 }; Field "zz" is not defined by type "SubmitReportInput".';
    const safe = toSafeError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(safe.message).not.toContain('Ana');
    expect(safe.message).not.toContain('555');
    expect(safe.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('masks unknown errors', () => {
    const original = new Error('duplicate key value (narrative)=(secret text)');
    const safe = toSafeError({ message: original.message }, new GraphQLError(original.message, { originalError: original }));
    expect(safe).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: undefined });
  });

  it('drops "Did you mean" suggestions from validation errors', () => {
    const safe = toSafeError(
      { message: 'Cannot query field "reprt" on type "Query". Did you mean "report"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('x'),
    );
    expect(safe.message).not.toMatch(/Did you mean/);
  });
});

describe('describeValidation', () => {
  const schema = new Set(['Query', 'SubmitReportInput', 'report', 'first']);
  it.each([
    ['Cannot query field "reportz" on type "Query". ?', 'Cannot query field "…" on type "Query".'],
    ['Cannot query field "MariaHansen" on type "Query". Did you mean "report"?', 'Cannot query field "…" on type "Query".'],
    ['Variable "$maria" of type "SubmitReportInput!" used in position expecting type "[SubmitReportInput]".', 'Variable "…" of type "SubmitReportInput!" used in position expecting type "[SubmitReportInput]".'],
    ['Unknown argument "firstt" on field "Query.report".', 'Unknown argument "…" on field "Query.report".'],
    ['Expected value of type "Int", found "Ana 555"; whatever', 'Expected value of type "…", found (value hidden); whatever'],
    ['Syntax-like text\n1 | { report(narrative: "Ana 555") }\n  |   ^', 'Syntax-like text'],
    ['String cannot represent a non string value: 4791234567', 'String cannot represent a non string value: (value hidden)'],
    ['String cannot represent a non string value: {maria: "x"}', 'String cannot represent a non string value: (value hidden)'],
    ['Boolean cannot represent a non boolean value: MariaHansen', 'Boolean cannot represent a non boolean value: (value hidden)'],
    ['Int cannot represent non 32-bit signed integer value: 4791234567', 'Int cannot represent non 32-bit signed integer value: (value hidden)'],
    ['Enum "Query" cannot represent non-enum value: [MariaHansen].', 'Enum "Query" cannot represent non-enum value: (value hidden)'],
  ])('%s', (message, expected) => {
    expect(describeValidation(message, schema)).toBe(expected);
  });
});

describe('syntax errors', () => {
  it('give the position and a fixed text, never the message (graphql-js prints an excerpt of the document)', () => {
    const message = 'Syntax Error: Unexpected "}".\n\n1 | mutation { submitReport(input:{narrative:"Ana, +47 912 34 567"}) } }';
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']) {
      const safe = toSafeError({ message, locations: [{ line: 1, column: 70 }], extensions: { code } }, new GraphQLError(message));
      expect(safe).toEqual({ message: 'The GraphQL document could not be parsed', locations: [{ line: 1, column: 70 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    }
  });

  it('turn graphql-js token limit into QUERY_LIMIT_EXCEEDED with our text', () => {
    const message = 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.';
    expect(toSafeError({ message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError(message))).toEqual({
      message: 'Token limit of 1000 exceeded.',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED' },
    });
  });
});

describe('describeCoercion', () => {
  // The variable is named by the caller ($ZyxqaCanary…): the answer names fields from the argument, as the validation pipe does.
  it.each<[string, string, { field: string; problem: string } | undefined]>([
    ['Variable "$input" got invalid value "x"; Field "narrative" of required type "String!" was not provided.', 'Input narrative is missing a required value', { field: 'narrative', problem: 'REQUIRED' }],
    [
      'Variable "$input" got invalid value "NOPE" at "input.violations[0]"; Value "NOPE" does not exist in "ViolationType" enum.',
      'Input violations[0] has a value that is not one of the allowed codes',
      { field: 'violations[0]', problem: 'IS_ENUM' },
    ],
    [
      'Variable "$ZyxqaCanarywoman" got invalid value "NOPE" at "ZyxqaCanarywoman.filter.violations[1]"; Value "NOPE" does not exist in "ViolationType" enum.',
      'Input filter.violations[1] has a value that is not one of the allowed codes',
      { field: 'filter.violations[1]', problem: 'IS_ENUM' },
    ],
    ['Variable "$in" got invalid value 5 at "in.narrative"; String cannot represent a non string value: 5', 'Input narrative has a value of the wrong type', { field: 'narrative', problem: 'WRONG_TYPE' }],
    ['Variable "$in" got invalid value { zzCanary: 1 }; Field "zzCanary" is not defined by type "SubmitReportInput".', 'A variable has an unknown field', undefined],
    ['Variable "$in" got invalid value { filter: { zzCanary: 1 } } at "in.filter"; Field "zzCanary" is not defined by type "TrendFilter".', 'Input filter has an unknown field', { field: 'filter', problem: 'UNKNOWN_FIELD' }],
    ['Variable "$ZyxqaCanarywoman" of required type "ID!" was not provided.', 'A variable is missing a required value', undefined],
  ])('%s', (message, expected, field) => {
    const described = describeCoercion(message);
    expect(described).toEqual(field ? { message: expected, field } : { message: expected });
    expect(JSON.stringify(described)).not.toMatch(/Canary|zz|NOPE/);
  });

  // With where the variable is used (recorded from the document): a whole argument gets its name.
  it.each<[string, { argument: string; fields: string[] }, { field: string; problem: string }]>([
    ['Variable "$myTok" got invalid value 4791234567; String cannot represent a non string value: 4791234567', { argument: 'statusToken', fields: [] }, { field: 'statusToken', problem: 'WRONG_TYPE' }],
    ['Variable "$myTok" of required type "String!" was not provided.', { argument: 'statusToken', fields: [] }, { field: 'statusToken', problem: 'REQUIRED' }],
    ['Variable "$myTok" of non-null type "String!" must not be null.', { argument: 'statusToken', fields: [] }, { field: 'statusToken', problem: 'REQUIRED' }],
    [
      'Variable "$myList" got invalid value "ZZCANARY" at "myList[1]"; Value "ZZCANARY" does not exist in "ViolationType" enum.',
      { argument: 'violations', fields: [] },
      { field: 'violations[1]', problem: 'IS_ENUM' },
    ],
    ['Variable "$myVar" got invalid value { zzCanary: 1 }; Field "zzCanary" is not defined by type "SubmitReportInput".', { argument: 'input', fields: [] }, { field: 'input', problem: 'UNKNOWN_FIELD' }],
    ['Variable "$myVar" got invalid value { a: 1 }; Field "narrative" of required type "String!" was not provided.', { argument: 'input', fields: [] }, { field: 'narrative', problem: 'REQUIRED' }],
    ['Variable "$myVar" got invalid value null at "myVar.narrative"; Expected non-nullable type "String!" not to be null.', { argument: 'input', fields: [] }, { field: 'narrative', problem: 'REQUIRED' }],
    ['Variable "$n" got invalid value 5; String cannot represent a non string value: 5', { argument: 'input', fields: ['narrative'] }, { field: 'narrative', problem: 'WRONG_TYPE' }],
    ['Variable "$v" got invalid value "X" at "v[0]"; Value "X" does not exist in "ViolationType" enum.', { argument: 'query', fields: ['filter', 'violations'] }, { field: 'filter.violations[0]', problem: 'IS_ENUM' }],
  ])('%s', (message, use, field) => {
    const described = describeCoercion(message, use);
    expect(described.field).toEqual(field);
    expect(JSON.stringify(described)).not.toMatch(/Canary|CANARY|myTok|myList|myVar|4791234567/);
  });
});
