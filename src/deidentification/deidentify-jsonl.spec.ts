import { PassThrough, Readable } from 'node:stream';
import { deidentifyJsonLines } from './deidentify-jsonl';

async function runLines(lines: string[]): Promise<{ out: unknown[]; summary: { lines: number; errors: number } }> {
  const input = Readable.from([lines.join('\n')]);
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const summary = await deidentifyJsonLines(input, output);
  const out = Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
  return { out, summary };
}

describe('deidentifyJsonLines', () => {
  it('de-identifies each line and reports bad lines without echoing them', async () => {
    const { out, summary } = await runLines([
      JSON.stringify({ text: 'call me on +47 912 34 567', country: 'NO' }),
      '{not json secret-value-123',
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'El oficial Juan Pérez me pegó', language: 'es' }),
    ]);
    expect(summary).toEqual({ lines: 4, errors: 2 });
    expect(out[0]).toEqual({ text: 'call me on [PHONE_1]', redactions: [{ kind: 'PHONE', count: 1 }] });
    expect(out[1]).toEqual({ error: 'INVALID_LINE' });
    expect(out[2]).toEqual({ error: 'INVALID_LINE' });
    expect(out[3]).toEqual({ text: 'El oficial [PERSON_1] me pegó', redactions: [{ kind: 'PERSON', count: 1 }] });
    expect(JSON.stringify(out)).not.toContain('secret-value');
  });
});
