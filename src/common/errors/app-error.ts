import { ErrorCode, FieldProblem } from './error-codes';

/**
 * The one error type domain code throws. Its message is written by us and
 * never contains submitted content; the formatter passes it through as is.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(fields: FieldProblem[]): AppError {
    const names = [...new Set(fields.map((f) => f.field))].join(', ');
    return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${names}`, { fields });
  }

  static unauthenticated(message = 'A valid API key is required'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'This key does not allow that operation'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(message = 'Not found'): AppError {
    return new AppError(ErrorCode.NOT_FOUND, message);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: ${String(value)}`);
}
