import { createInterface } from 'node:readline';
import { Deidentifier } from './deidentification.engine';

/**
 * Streams JSON lines {"text","country"?,"language"?} to JSON lines {"text","redactions"}.
 * A bad line yields {"error":"INVALID_LINE"} and never echoes the input. An engine failure on a line is
 * also reported as an error line for that line (the caller keeps that report queued); it never writes a
 * partially de-identified text.
 */
export async function deidentifyJsonLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<{ lines: number; errors: number }> {
  const engine = new Deidentifier();
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  const write = (obj: unknown): Promise<void> =>
    new Promise((resolve, reject) => {
      const ok = output.write(`${JSON.stringify(obj)}\n`, (err) => (err ? reject(err) : undefined));
      if (ok) resolve();
      else output.once('drain', () => resolve());
    });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lines++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      record = undefined;
    }
    const r = record as { text?: unknown; country?: unknown; language?: unknown } | undefined;
    if (
      !r ||
      typeof r !== 'object' ||
      Array.isArray(r) ||
      typeof r.text !== 'string' ||
      (r.country !== undefined && r.country !== null && typeof r.country !== 'string') ||
      (r.language !== undefined && r.language !== null && typeof r.language !== 'string')
    ) {
      errors++;
      await write({ error: 'INVALID_LINE' });
      continue;
    }
    let result;
    try {
      result = engine.deidentify(r.text, { country: r.country as string | null | undefined, language: r.language as string | null | undefined });
    } catch {
      errors++;
      await write({ error: 'DEIDENTIFICATION_FAILED' });
      continue;
    }
    await write({ text: result.text, redactions: result.redactions });
  }
  return { lines, errors };
}
