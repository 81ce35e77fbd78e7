import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../common/errors/error-codes';
import { QUERY_LIMITS } from '../common/graphql/query-limits';
import { sendRefusal } from './http-errors';

/**
 * Refuses a GraphQL document over 8 KB before it is parsed (POST body or GET
 * query string). Variables are bounded by the body limit instead.
 */
export function registerGraphqlDocumentLimit(fastify: FastifyInstance, maxBytes: number = QUERY_LIMITS.maxDocumentBytes): void {
  fastify.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/graphql')) return;
    const fromBody = (request.body as { query?: unknown } | undefined)?.query;
    const fromQuery = (request.query as { query?: unknown } | undefined)?.query;
    const document = typeof fromBody === 'string' ? fromBody : typeof fromQuery === 'string' ? fromQuery : undefined;
    if (document !== undefined && Buffer.byteLength(document, 'utf8') > maxBytes) {
      return sendRefusal(reply, 400, ErrorCode.DOCUMENT_TOO_LARGE, `The GraphQL document is larger than ${maxBytes} bytes`);
    }
  });
}
