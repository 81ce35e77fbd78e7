import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { LOG_BASE } from './log-base';

/** The paths the service serves; any other is logged as OTHER_PATH. */
const SERVED_PATHS: ReadonlySet<string> = new Set(['/graphql', '/health/live', '/health/ready', '/exports/trends.csv']);
export const OTHER_PATH = '(other)';

/**
 * The path of a request as logged: one the service serves, or OTHER_PATH. A
 * path nothing serves is the caller's text (a key or a narrative pasted into
 * a URL by mistake), so it is never written down.
 */
export function loggedPath(url: string): string {
  const path = url.split('?', 1)[0]!;
  return SERVED_PATHS.has(path) ? path : OTHER_PATH;
}

/**
 * Structured JSON logs with a request id on every line (Fastify's own,
 * `req-1`, `req-2` …; an X-Request-Id header is not taken, being the
 * caller's text), written to stdout
 * asynchronously (pino's SonicBoom destination: a busy process coalesces
 * lines into fewer writes instead of one blocking write per line; pino
 * flushes it synchronously on exit). Requests are serialised as method, path
 * (one the service serves, else OTHER_PATH) and id only: no headers (so no
 * API key, user agent or forwarded address), no remote address, no query
 * string, no body.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: [
          {
            level: config.logLevel,
            base: LOG_BASE,
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              err: (err: Error) => ({ type: err.name }),
            },
            redact: { paths: ['req.headers', 'req.remoteAddress', 'req.remotePort', 'headers', 'body'], remove: true },
            autoLogging: {
              ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health'),
            },
            customSuccessMessage: (_req: IncomingMessage, res: ServerResponse) => `request completed ${res.statusCode}`,
            customErrorMessage: (_req: IncomingMessage, res: ServerResponse) => `request failed ${res.statusCode}`,
          },
          pino.destination({ dest: 1, sync: false }),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
