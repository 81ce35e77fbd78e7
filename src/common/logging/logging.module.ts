import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { LOG_BASE } from './log-base';

/**
 * Structured JSON logs with a request id on every line, written to stdout
 * asynchronously (pino's SonicBoom destination: a busy process coalesces
 * lines into fewer writes instead of one blocking write per line; pino
 * flushes it synchronously on exit). Requests are
 * serialised as method, path and id only: no headers (so no API key, user
 * agent or forwarded address), no remote address, no query string, no body.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: [
          {
            level: config.logLevel,
            base: LOG_BASE,
            genReqId: (req: IncomingMessage) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
            },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
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
