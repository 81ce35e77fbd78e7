import { assertUnreachable } from './app-error';
import { ErrorCode } from './error-codes';

/** HTTP status for each code, for the plain HTTP endpoints (exports, health). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.IDEMPOTENCY_KEY_INVALID:
    case ErrorCode.GRAPHQL_PARSE_FAILED:
    case ErrorCode.GRAPHQL_VALIDATION_FAILED:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.IDEMPOTENCY_KEY_REUSED:
    case ErrorCode.DUPLICATE_CASE_REFERENCE:
    case ErrorCode.INVALID_STATE:
      return 409;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    case ErrorCode.QUERY_LIMIT_EXCEEDED:
    case ErrorCode.QUERY_TOO_COMPLEX:
    case ErrorCode.INVALID_UTF8:
    case ErrorCode.INVALID_JSON:
    case ErrorCode.CSRF_BLOCKED:
    case ErrorCode.PROOF_OF_WORK_REQUIRED:
    case ErrorCode.PROOF_OF_WORK_INVALID:
      return 400;
    case ErrorCode.DOCUMENT_TOO_LARGE:
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.UNSUPPORTED_MEDIA_TYPE:
      return 415;
    default:
      return assertUnreachable(code);
  }
}
