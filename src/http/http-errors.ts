import { ArgumentsHost, Catch, HttpException, HttpServer } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';
import { httpStatusOf } from '../common/errors/http-status';
import { BodyError } from './strict-json';

/** The body every HTTP-level refusal carries: GraphQL-shaped, a fixed message and a code, never the content. */
export function refusalBody(code: ErrorCode, message: string, details: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] });
}

export function sendRefusal(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: Record<string, unknown>): FastifyReply {
  // A route's own headers (the CSV export's "attachment; filename=trends.csv") do not describe a refusal.
  reply.removeHeader('content-disposition');
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(refusalBody(code, message, details));
}

const BY_STATUS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: ErrorCode.BAD_USER_INPUT, message: 'Bad request' },
  404: { code: ErrorCode.NOT_FOUND, message: 'Not found' },
  405: { code: ErrorCode.BAD_USER_INPUT, message: 'Method not allowed' },
  413: { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large' },
  415: { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported Content-Type; send application/json' },
};

/**
 * Refusals made by Fastify before any handler runs (body too large, content
 * type, empty body) reach Nest as HttpExceptions whose messages are Fastify's;
 * our strict JSON parser's as BodyError. Each is answered with a fixed message
 * and a machine-readable code, never quoting what was sent. Everything else
 * (GraphQL, health checks) keeps Nest's handling.
 */
@Catch()
export class HttpRefusalFilter extends BaseExceptionFilter {
  constructor(adapter: HttpServer) {
    super(adapter);
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof BodyError) {
      const code = exception.code === 'INVALID_UTF8' ? ErrorCode.INVALID_UTF8 : ErrorCode.INVALID_JSON;
      return sendRefusal(reply, exception.statusCode, code, exception.message);
    }
    // Our own errors on plain HTTP routes (exports, health): their code and message, the right status.
    // A rate limit's details (scope, limit, window, retry after: numbers and codes we wrote) are what the caller
    // needs to wait, as in the GraphQL answer; other codes keep the code alone.
    if (exception instanceof AppError && exception.code === ErrorCode.RATE_LIMITED) {
      const retryAfter = exception.details.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return sendRefusal(reply, 429, exception.code, exception.message, { ...exception.details });
    }
    if (exception instanceof AppError) return sendRefusal(reply, httpStatusOf(exception.code), exception.code, exception.message);
    if (exception instanceof HttpException) {
      const known = BY_STATUS[exception.getStatus()];
      if (known) return sendRefusal(reply, exception.getStatus(), known.code, known.message);
    }
    return super.catch(exception, host);
  }
}
