import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { AppError } from './app-error';
import { ErrorCode, FieldProblem } from './error-codes';
import { isQueryLimitMessage, tokenLimitMessage } from '../graphql/query-limits';
import { joinPath, Position, variableUse } from '../graphql/variable-uses';

/**
 * Turns every error leaving the GraphQL endpoint into { message, code } that
 * carries no submitted content. Called once, from Apollo's formatError.
 *
 * - AppError: our own message and code.
 * - graphql-js validation/coercion errors: their messages embed the submitted
 *   variables ("Variable "$input" got invalid value ..."), so they are
 *   rewritten to a fixed text naming only the variable/field path; a
 *   validation message keeps only the names the schema defines (`schemaNames`)
 *   and hides any other quoted name, which the caller typed.
 * - syntax errors: a fixed text and the position, never the message, which
 *   graphql-js prints with an excerpt of the document (inline literals too).
 * - anything else: a generic INTERNAL_SERVER_ERROR (the original is logged
 *   by the caller as a class name only).
 */
export function toSafeError(formatted: GraphQLFormattedError, original: unknown, schemaNames: ReadonlySet<string> = new Set()): GraphQLFormattedError {
  const base = original instanceof GraphQLError ? original : undefined;
  const cause = unwrap(original);
  const path = formatted.path;

  if (cause instanceof AppError) {
    return {
      message: cause.message,
      path,
      extensions: { code: cause.code, ...publicDetails(cause.details) },
    };
  }

  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return parseFailed(formatted);
    case 'GRAPHQL_VALIDATION_FAILED':
      if (isQueryLimitMessage(formatted.message)) {
        return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
      }
      if (/^Syntax Error/.test(formatted.message)) return parseFailed(formatted);
      return {
        message: describeValidation(formatted.message, schemaNames),
        extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
      };
    case 'BAD_USER_INPUT': {
      const definition = base?.nodes?.[0];
      const use = definition?.kind === Kind.VARIABLE_DEFINITION ? variableUse(definition) : undefined;
      const { message, field } = describeCoercion(formatted.message, use);
      return {
        message,
        path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { fields: [field] } : {}) },
      };
    }
    case 'BAD_REQUEST':
      if (/Cross-Site Request Forgery/.test(formatted.message)) {
        return {
          message: 'Refused as a possible cross-site request: send Content-Type: application/json (or an Apollo-Require-Preflight header)',
          extensions: { code: ErrorCode.CSRF_BLOCKED },
        };
      }
      return { message: 'Bad request', extensions: { code: ErrorCode.BAD_USER_INPUT } };
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'OPERATION_RESOLUTION_FAILURE':
      return { message: 'Bad request', extensions: { code: ErrorCode.BAD_USER_INPUT } };
    default:
      break;
  }
  if (base && !base.originalError && base.message && isQueryLimitMessage(base.message)) {
    return { message: base.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
  }
  return { message: 'Internal server error', path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** A syntax error: where it is (line and column), never what is there. */
function parseFailed(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const tokens = tokenLimitMessage(formatted.message);
  if (tokens) return { message: tokens, extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
  const locations = formatted.locations?.map(({ line, column }) => ({ line, column }));
  return { message: 'The GraphQL document could not be parsed', ...(locations?.length ? { locations } : {}), extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

function publicDetails(details: AppError['details']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Variable "$input" got invalid value "…secret…" at "input.countryCode"; … →
 * the field's path and a problem code, named as the validation pipe names
 * them: from where the variable is used (`use`, recorded when the document
 * was scanned) and the path inside its value: `countryCode`,
 * `violations[0]`, `statusToken` for a whole scalar argument. Never a value,
 * never the variable's name (the caller's text), never an unknown field's
 * name (reported at its parent).
 */
export function describeCoercion(message: string, use?: Position): { message: string; field?: FieldProblem } {
  const variable = /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const at = /at "([A-Za-z0-9_.[\]]+)"/.exec(message)?.[1];
  const requiredField = /Field "([A-Za-z0-9_]+)" of required type/.exec(message)?.[1];
  const unknownField = /is not defined by type|not defined/.test(message);
  // The path inside the variable's value, after its own name: input field names and list positions, all the schema's.
  const inside = at && variable && at.startsWith(variable) ? at.slice(variable.length).replace(/^\./, '') : '';
  const within = unknownField || !requiredField ? inside : joinPath(inside, requiredField);
  // Where the value sits: inside an object argument its fields; a whole argument is named by the argument
  // when the problem is the value itself or a position in a list.
  const prefix = !use ? '' : use.fields.length > 0 ? use.fields.join('.') : within === '' || within.startsWith('[') ? use.argument : '';
  const where = joinPath(prefix, within);
  const [kind, problem] = unknownField
    ? ['has an unknown field', 'UNKNOWN_FIELD']
    : /required|was not provided|must not be null|not to be null/.test(message)
      ? ['is missing a required value', 'REQUIRED']
      : /Enum|enum/.test(message)
        ? ['has a value that is not one of the allowed codes', 'IS_ENUM']
        : ['has a value of the wrong type', 'WRONG_TYPE'];
  if (!where) return { message: `A variable ${kind}` };
  return { message: `Input ${where} ${kind}`, field: { field: where, problem } };
}

/**
 * A validation message, first line only, without "Did you mean" hints (or the
 * " ?" graphql-armor leaves of them), without values, and with every quoted
 * name that the schema does not define hidden: an unknown field, argument,
 * variable or fragment name is the caller's text.
 */
export function describeValidation(message: string, schemaNames: ReadonlySet<string>): string {
  const firstLine = message.split('\n', 1)[0]!;
  const withoutSuggestions = firstLine.replace(/\s*Did you mean[^?]*\?/g, '').replace(/\s+\?$/, '');
  // Literals inlined in the document could be content: graphql-js prints them after "found" and, in a
  // scalar's refusal ("String cannot represent a non string value: 4791234567"), after "value:",
  // unquoted when they are numbers, bare words, lists or objects.
  const withoutValues = withoutSuggestions
    .replace(/(got invalid value|Expected value of type [^,]+, found) [^;]*/g, '$1 (value hidden)')
    .replace(/(cannot represent [^:;]*value):[^;]*/g, '$1: (value hidden)');
  return withoutValues
    .replace(/"([^"]*)"/g, (quoted, inner: string) => (isSchemaName(inner, schemaNames) ? quoted : '"…"'))
    .slice(0, 300);
}

/** `[Type!]!`, `@directive` and `Type.field` are schema names when each name in them is. */
function isSchemaName(quoted: string, schemaNames: ReadonlySet<string>): boolean {
  const parts = quoted.replace(/[[\]!]/g, '').replace(/^@/, '').split('.');
  return parts.every((part) => schemaNames.has(part));
}
