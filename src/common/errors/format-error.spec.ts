import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { ErrorCode } from './error-codes';
import { describeCoercion, toSafeError } from './format-error';

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

describe('describeCoercion', () => {
  it.each([
    ['Variable "$input" got invalid value "x"; Field "narrative" of required type "String!" was not provided.', 'Input input.narrative is missing a required value'],
    ['Variable "$input" got invalid value "NOPE" at "input.violations[0]"; Value "NOPE" does not exist in "ViolationType" enum.', 'Input input.violations[0] has a value that is not one of the allowed codes'],
  ])('%s', (message, expected) => {
    expect(describeCoercion(message)).toBe(expected);
  });
});
