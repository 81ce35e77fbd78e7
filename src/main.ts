import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation/validation.pipe';
import { loadAppConfig } from './config/app-config';
import { registerGraphqlDocumentLimit } from './http/graphql-document-limit';
import { HttpRefusalFilter } from './http/http-errors';
import { registerSecurityHeaders } from './http/security-headers';
import { BODY_LIMIT_BYTES, registerStrictJson } from './http/strict-json';
import { exitOnConfigurationError } from './config/exit-on-configuration-error';

export async function createApi(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, logger: false, trustProxy: false, return503OnClosing: true });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  registerStrictJson(fastify);
  registerGraphqlDocumentLimit(fastify);
  registerSecurityHeaders(fastify);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpRefusalFilter(app.getHttpAdapter()));
  app.enableShutdownHooks();
  return app;
}

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApi();
  await app.listen(config.port, '0.0.0.0');
}

if (require.main === module) {
  bootstrap().catch(exitOnConfigurationError);
}
