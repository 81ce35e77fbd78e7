import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';
import { ErrorCode } from './error-codes';
import { isQueryLimitMessage } from '../graphql/query-limits';

/**
 * Turns every error leaving the GraphQL endpoint into { message, code } that
 * carries no submitted content. Called once, from Apollo's formatError.
 *
 * - AppError: our own message and code.
 * - graphql-js validation/coercion errors: their messages embed the submitted
 *   variables ("Variable "$input" got invalid value ..."), so they are
 *   rewritten to a fixed text naming only the variable/field path.
 * - anything else: a generic INTERNAL_SERVER_ERROR (the original is logged
 *   by the caller as a class name only).
 */
export function toSafeError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
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
      return { message: 'The GraphQL document could not be parsed', extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } };
    case 'GRAPHQL_VALIDATION_FAILED':
      if (isQueryLimitMessage(formatted.message)) {
        return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
      }
      return {
        message: describeValidation(formatted.message),
        extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
      };
    case 'BAD_USER_INPUT':
      return {
        message: describeCoercion(formatted.message),
        path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
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

/** Variable "$input" got invalid value "…secret…" at "input.countryCode"; … → names only. */
export function describeCoercion(message: string): string {
  const variable = /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const at = /at "([A-Za-z0-9_.[\]]+)"/.exec(message)?.[1];
  const field = /Field "([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const unknownField = /is not defined by type|not defined/.test(message);
  // An unknown field's name is the caller's text, so it is never repeated; known paths are schema names.
  const where = unknownField ? variable : (at ?? (variable ? (field ? `${variable}.${field}` : variable) : undefined));
  const kind = unknownField
    ? 'has an unknown field'
    : /required|was not provided/.test(message)
      ? 'is missing a required value'
      : /Enum|enum/.test(message)
        ? 'has a value that is not one of the allowed codes'
        : 'has a value of the wrong type';
  return where ? `Input ${where} ${kind}` : `Input ${kind}`;
}

/** Validation messages quote schema names only, except "Did you mean" hints, which are dropped. */
function describeValidation(message: string): string {
  const withoutSuggestions = message.replace(/\s*Did you mean[^?]*\?/g, '');
  // String/enum literals inlined in the document could be content: remove quoted literals after ':'.
  return withoutSuggestions.replace(/(got invalid value|Expected value of type [^,]+, found) [^;]*/g, '$1 (value hidden)').slice(0, 300);
}
