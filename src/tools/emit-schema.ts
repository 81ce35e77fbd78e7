import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from './schema';

buildSchemaSdl().then(
  (sdl) => {
    writeFileSync(join(process.cwd(), 'schema.graphql'), sdl);
    process.stdout.write('schema.graphql written\n');
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
