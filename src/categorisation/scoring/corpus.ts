/** Loads the labelled corpus in test/fixtures/categorisation (JSON lines). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isViolationType, PERPETRATOR_TYPES, type PerpetratorType, type ViolationType } from '../../taxonomy/taxonomy.codes';

export type CorpusSplit = 'tune' | 'heldout';

export interface LabelledReport {
  id: string;
  language: string;
  split: CorpusSplit;
  text: string;
  /** Main (first-listed) type first. */
  violations: ViolationType[];
  perpetrators: PerpetratorType[];
  safeguarding: boolean;
}

export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'categorisation');

function parseLine(line: string, file: string, lineNo: number, language: string, split: CorpusSplit): LabelledReport {
  const raw = JSON.parse(line) as Record<string, unknown>;
  const where = `${file}:${lineNo}`;
  const violations = raw.violations;
  const perpetrators = raw.perpetrators;
  if (typeof raw.id !== 'string' || typeof raw.text !== 'string' || typeof raw.safeguarding !== 'boolean')
    throw new Error(`corpus ${where}: id, text and safeguarding are required`);
  if (!Array.isArray(violations) || violations.length === 0 || !violations.every((t) => typeof t === 'string' && isViolationType(t)))
    throw new Error(`corpus ${where}: bad violations`);
  if (!Array.isArray(perpetrators) || !perpetrators.every((p) => (PERPETRATOR_TYPES as readonly unknown[]).includes(p)))
    throw new Error(`corpus ${where}: bad perpetrators`);
  return {
    id: raw.id,
    language,
    split,
    text: raw.text,
    violations: violations as ViolationType[],
    perpetrators: perpetrators as PerpetratorType[],
    safeguarding: raw.safeguarding,
  };
}

export function loadCorpus(dir = CORPUS_DIR): LabelledReport[] {
  const out: LabelledReport[] = [];
  for (const split of ['tune', 'heldout'] as const) {
    const files = readdirSync(join(dir, split)).filter((f) => f.endsWith('.jsonl')).sort();
    for (const file of files) {
      const language = file.replace(/\.jsonl$/, '');
      const lines = readFileSync(join(dir, split, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim()) out.push(parseLine(line, `${split}/${file}`, i + 1, language, split));
      });
    }
  }
  return out;
}

/**
 * A blind set kept outside the repository until it is scored: `<language>.jsonl`
 * files in one folder, in the corpus's format (scripts/score-blind.ts).
 */
export function loadBlindSet(dir: string): LabelledReport[] {
  const out: LabelledReport[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const language = file.replace(/\.jsonl$/, '');
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim()) out.push(parseLine(line, file, i + 1, language, 'heldout'));
      });
  }
  return out;
}

/** The writing batch of a report, from its id (see the corpus README): t01-30 … t66-70, A–D, and the blind sets E–Z and AA onwards. */
export function batchOf(id: string): string {
  const m = /-([a-z]+)(\d+)$/.exec(id);
  if (!m) throw new Error(`unexpected id ${id}`);
  const n = Number(m[2]);
  // D and the blind sets E–T and U onwards are one batch each, named by their letter (H's ids are `-hh…`: `-h…` is A–C; T's are `-tt…`: `-t…` is the tuning part).
  if (/^(?:[d-gi-s]|hh|tt|[u-z])$/.test(m[1])) return m[1][0].toUpperCase();
  // After Z the blind sets are named AA, AB, AC …
  if (/^a[a-z]$/.test(m[1])) return m[1].toUpperCase();
  switch (m[1]) {
    case 't':
      return n <= 30 ? 't01-30' : n <= 38 ? 't31-38' : n <= 43 ? 't39-43' : n <= 46 ? 't44-46' : n <= 50 ? 't47-50' : n <= 56 ? 't51-56' : n <= 60 ? 't57-60' : n <= 65 ? 't61-65' : 't66-70';
    case 'h':
      return n <= 8 ? 'A' : n <= 12 ? 'B' : 'C';
    default:
      throw new Error(`unexpected id ${id}`);
  }
}
