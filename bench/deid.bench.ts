/**
 * De-identification benchmark: speed on 1 KB narratives (one core) against a plain-regex baseline
 * measured in the same run, recall on our labelled multilingual corpus and on the Presidio synthetic
 * set. Writes its section of BENCHMARKS.md. Run: npm run bench:deid
 */
import { join } from 'node:path';
import { Deidentifier, PLACEHOLDER_RE, REDACTION_KINDS } from '../src/deidentification';
import { loadCorpus } from '../src/deidentification/scoring/corpus';
import { PRESIDIO_TARGET_TYPES, loadPresidio, presidioPath, scorePresidio } from '../src/deidentification/scoring/presidio';
import { KIND_GROUPS, rate, scoreCorpus } from '../src/deidentification/scoring/scorer';
import { machineLine, writeBenchmarkSection } from './write-section';

const repoRoot = join(__dirname, '..');
const pct = (x: number): string => (x * 100).toFixed(1);
const f3 = (x: number): string => x.toFixed(3);

function narratives(texts: string[], count: number, size = 1024): string[] {
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    let s = '';
    while (s.length < size) s += `${texts[k++ % texts.length]} `;
    out.push(s.slice(0, size));
  }
  return out;
}

/**
 * Reports per second of CPU time of this process: on a shared, loaded machine wall time would mostly
 * measure the other processes. Wall-clock rate is returned too.
 */
function throughput(fn: (s: string) => unknown, inputs: string[], seconds: number): { cpu: number; wall: number } {
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (;;) {
    for (let i = 0; i < 50; i++) fn(inputs[(n + i) % inputs.length]!);
    n += 50;
    const c = process.cpuUsage(c0);
    if ((c.user + c.system) / 1e6 >= seconds) {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      return { cpu: n / ((c.user + c.system) / 1e6), wall: n / wall };
    }
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Engine and baseline measured in alternating rounds (after a warm-up), so that a machine that slows
 * down or speeds up during the run moves both alike: medians of the rates and of the per-round ratio.
 */
function compare(
  engine: (s: string) => unknown,
  base: (s: string) => unknown,
  inputs: string[],
  rounds = 9,
): { engine: { cpu: number; wall: number; best: number }; base: { cpu: number; wall: number }; ratio: number } {
  for (let i = 0; i < 2 * inputs.length; i++) engine(inputs[i % inputs.length]!);
  for (let i = 0; i < inputs.length; i++) base(inputs[i]!);
  const e: { cpu: number; wall: number }[] = [];
  const b: { cpu: number; wall: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    e.push(throughput(engine, inputs, 1));
    b.push(throughput(base, inputs, 0.25));
  }
  return {
    engine: { cpu: median(e.map((x) => x.cpu)), wall: median(e.map((x) => x.wall)), best: Math.max(...e.map((x) => x.cpu)) },
    base: { cpu: median(b.map((x) => x.cpu)), wall: median(b.map((x) => x.wall)) },
    ratio: median(e.map((x, i) => x.cpu / b[i]!.cpu)),
  };
}

/** Baseline: what a plain regex scrubber does in one pass (e-mails, digit runs, capitalised words). */
const BASELINE = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{6,}\d|\b[A-Z][a-z]+\b/g;
const baseline = (s: string): string => s.replace(BASELINE, '[X]');

/**
 * Inputs of the longest size the API takes (20,000 characters) built to defeat tokenisation: one
 * unbroken token, one script without spaces, combining marks, long hyphen chains. Anonymous callers
 * may send them; each must cost about what a normal narrative of the same length costs, never seconds.
 */
const N = 20_000;
const HOSTILE: [string, string][] = [
  ['one letter repeated', 'a'.repeat(N)],
  ['an address of 19,000 letters', `${'x'.repeat(N - 12)}@example.com`],
  ['a URL of 20,000 letters', `https://${'a'.repeat(N - 12)}.com`],
  ['Chinese without spaces', '警'.repeat(N)],
  ['a letter with 19,999 accents', `a${'\u0301'.repeat(N - 1)}`],
  ['a capitalised run', `A${'a'.repeat(N - 1)}`],
  ['a chain of capitalised hyphenated parts', 'Ab-'.repeat(N / 3)],
  ['phone numbers back to back', '+4791234567 '.repeat(N / 12)],
];

/** CPU milliseconds of one call (the median of three). */
function cpuMs(fn: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    runs.push((c.user + c.system) / 1000);
  }
  return median(runs);
}

function main(): void {
  const t0 = Date.now();
  const engine = new Deidentifier();
  const initMs = Date.now() - t0;
  const corpus = loadCorpus();
  const inputs = narratives(
    corpus.map((r) => r.text),
    400,
  );

  const speed = compare((s) => engine.deidentify(s), baseline, inputs);
  const engineRate = speed.engine;
  const baseRate = speed.base;
  const load = (require('node:os') as typeof import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' / ');

  const cs = scoreCorpus(corpus, (text, ctx) => engine.deidentify(text, ctx));
  const structured = KIND_GROUPS.structured!.reduce(
    (acc, k) => {
      const t = cs.byKind.get(k);
      return { total: acc.total + (t?.total ?? 0), hit: acc.hit + (t?.hit ?? 0) };
    },
    { total: 0, hit: 0 },
  );
  const langs = ['en', 'es', 'pt', 'fr', 'no', 'de', 'zh', 'tpi'];
  const lines: string[] = [];
  lines.push(`Command: \`npm run bench:deid\` (${machineLine()}). Engine start-up (dictionaries): ${initMs} ms.`);
  lines.push('');
  lines.push(
    '**Speed, one core, 1 KB narratives** (400 narratives cut from the corpus, mixed languages; engine and baseline in 9 alternating rounds of 1 and 0.25 CPU-seconds after a warm-up, medians; CPU time of the process, which includes V8\'s garbage-collector threads)',
  );
  lines.push('');
  lines.push('| | reports per CPU-second (median) | best round | vs baseline (median of rounds) | reports/s wall clock (machine load: ' + load + ') |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  lines.push(`| engine (\`Deidentifier.deidentify\`) | ${engineRate.cpu.toFixed(0)} | ${engineRate.best.toFixed(0)} | ${speed.ratio.toFixed(4)} × | ${engineRate.wall.toFixed(0)} |`);
  lines.push(`| baseline: one plain regex pass (e-mail, digit runs, capitalised words) | ${baseRate.cpu.toFixed(0)} | | 1 × | ${baseRate.wall.toFixed(0)} |`);
  lines.push('');
  const normal = narratives(corpus.map((r) => r.text), 1, N)[0]!;
  const normalMs = cpuMs(() => engine.deidentify(normal));
  const hostile = HOSTILE.map(([name, text]) => ({ name, ms: cpuMs(() => engine.deidentify(text)) }));
  const worst = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
  lines.push(
    `**Hostile inputs of 20,000 characters** (CPU ms per call, median of 3), against a normal 20,000-character narrative cut from the corpus (${normalMs.toFixed(1)} ms) in the same run: ` +
      `${hostile.map((h) => `${h.name} ${h.ms.toFixed(1)}`).join('; ')}. Slowest: ${worst.name}, **${(worst.ms / normalMs).toFixed(1)}×** the normal narrative.`,
  );
  lines.push('');
  lines.push(`**Own labelled corpus** (test/fixtures/deidentification/corpus: ${cs.reports} reports, strict recall: every letter and digit of a labelled identifier replaced)`);
  lines.push('');
  lines.push('| kind | recall | labelled |');
  lines.push('| --- | ---: | ---: |');
  for (const k of REDACTION_KINDS) {
    const t = cs.byKind.get(k);
    if (t) lines.push(`| ${k} | ${f3(rate(t))} | ${t.total} |`);
  }
  lines.push(`| **structured identifiers (target ≥ 0.995)** | **${f3(rate(structured))}** | ${structured.total} |`);
  lines.push('');
  lines.push(`| group \\ language | ${langs.join(' | ')} |`);
  lines.push(`| --- | ${langs.map(() => '---:').join(' | ')} |`);
  for (const [group, label] of [
    ['names_places', 'names, addresses, places (target ≥ 0.97)'],
    ['dates', 'dates and times (target ≥ 0.98)'],
    ['structured', 'structured'],
    ['ages', 'ages'],
  ] as const) {
    const m = cs.byLanguageGroup.get(group);
    lines.push(`| ${label} | ${langs.map((l) => (m?.get(l) ? `${f3(rate(m.get(l)!))} (${m.get(l)!.total})` : '–')).join(' | ')} |`);
  }
  lines.push('');
  lines.push(`Violation words and amounts kept: ${f3(rate(cs.keptViolationWords))} of ${cs.keptViolationWords.total} (target ≥ 0.99). Over-redaction of other words: ${pct(rate(cs.overRedaction))}% of ${cs.overRedaction.total} (target ≤ 5%).`);
  if (cs.misses.length) lines.push(`Missed: ${cs.misses.map((m) => `${m.id} ${m.kind}`).join(', ')}.`);
  lines.push('');

  const presidio = loadPresidio(repoRoot);
  if (!presidio) {
    lines.push(`Presidio synthetic set not found at ${presidioPath(repoRoot)}: not scored.`);
  } else {
    const raw = scorePresidio(presidio, (t) => engine.deidentify(t));
    // Same definition, but placeholder bodies are ignored when looking for the span text: an age band
    // such as [AGE_75_79] contains "79" although the age itself is gone.
    const masked = scorePresidio(presidio, (t) => {
      const r = engine.deidentify(t);
      return { ...r, text: r.text.replace(PLACEHOLDER_RE, '[]') };
    });
    lines.push(`**Presidio synthetic set** (${presidio.length} sentences, shared/benchmarks/presidio-synth-v2.json; recall = share of labelled spans whose text no longer appears in the output, as its README defines it)`);
    lines.push('');
    lines.push('| entity type | recall (README) | recall, placeholders ignored | strict (all characters replaced) | spans |');
    lines.push('| --- | ---: | ---: | ---: | ---: |');
    for (const [type, t] of [...raw.byType].sort((a, b) => a[0].localeCompare(b[0]))) {
      const m = masked.byType.get(type)!;
      const star = PRESIDIO_TARGET_TYPES.includes(type) ? '' : ' (not a target)';
      lines.push(`| ${type}${star} | ${f3(t.removed / t.total)} | ${f3(m.removed / m.total)} | ${f3(t.strict / t.total)} | ${t.total} |`);
    }
    lines.push(`| **target types together (target ≥ 0.95)** | **${f3(raw.target.removed / raw.target.total)}** | **${f3(masked.target.removed / masked.target.total)}** | ${f3(raw.target.strict / raw.target.total)} | ${raw.target.total} |`);
    lines.push('');
    lines.push(`Over-redaction (words outside any labelled span that were removed): ${pct(raw.overRedaction.removed / raw.overRedaction.words)}% of ${raw.overRedaction.words}.`);
  }
  const md = lines.join('\n');
  writeBenchmarkSection('deid', md);
  process.stdout.write(`${md}\n`);
}

main();
