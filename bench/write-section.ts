import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces one marked section of BENCHMARKS.md, leaving the others as they are. */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const file = join(__dirname, '..', 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = `<!-- section:${name}:start -->`;
  const end = `<!-- section:${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`BENCHMARKS.md has no section ${name}`);
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${markdown.trim()}\n${text.slice(j)}`);
}

export function machineLine(): string {
  const os = require('node:os') as typeof import('node:os');
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}
