/** Machine-readable codes carried in GraphQL `extensions.code`. Part of the public contract. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  IDEMPOTENCY_KEY_INVALID = 'IDEMPOTENCY_KEY_INVALID',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  DUPLICATE_CASE_REFERENCE = 'DUPLICATE_CASE_REFERENCE',
  INVALID_STATE = 'INVALID_STATE',
  RATE_LIMITED = 'RATE_LIMITED',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A GraphQL limit (depth, aliases, directives, tokens, root fields) was exceeded. */
  QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED',
  /** The query's estimated cost (lists weighted by `first`) is above the limit. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The GraphQL document is larger than 8 KB. */
  DOCUMENT_TOO_LARGE = 'DOCUMENT_TOO_LARGE',
  /** HTTP-level refusals, sent before GraphQL runs. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  INVALID_UTF8 = 'INVALID_UTF8',
  INVALID_JSON = 'INVALID_JSON',
  /** Apollo's CSRF prevention refused a simple (form-like) request. */
  CSRF_BLOCKED = 'CSRF_BLOCKED',
  /** An anonymous submission without a proof-of-work solution. */
  PROOF_OF_WORK_REQUIRED = 'PROOF_OF_WORK_REQUIRED',
  /** A proof-of-work solution that is wrong, expired, forged or already spent. */
  PROOF_OF_WORK_INVALID = 'PROOF_OF_WORK_INVALID',
}

/** One problem with one input field: the field's path and a constraint code, never the value. */
export interface FieldProblem {
  field: string;
  problem: string;
}
