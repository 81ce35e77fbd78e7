import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitOnConfigurationError } from './config/exit-on-configuration-error';
import { loadAppConfig } from './config/app-config';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  loadAppConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  // Engines are warmed up and processors registered: jobs are taken from here on.
  app.get(Logger).log('worker ready', 'Worker');
}

if (require.main === module) {
  bootstrap().catch(exitOnConfigurationError);
}
