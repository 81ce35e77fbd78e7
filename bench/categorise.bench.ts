/**
 * npm run bench:categorise
 *
 * Speed of the categorisation engine on ~1 KB de-identified narratives (one
 * core: Node runs it on one thread), against a baseline measured in the same
 * run (one plain regex pass over the same texts), and the scorer's tables on
 * the labelled corpus. Writes the "categorise" section of BENCHMARKS.md.
 */
import { categorise } from '../src/categorisation/categorisation.engine';
import { batchOf, loadCorpus, type LabelledReport } from '../src/categorisation/scoring/corpus';
import { evaluate, perTypeTable, summaryTable } from '../src/categorisation/scoring/scorer';
import { TAXONOMY_VERSION } from '../src/taxonomy/taxonomy.data';
import { machineLine, writeBenchmarkSection } from './write-section';

const TARGET_CHARS = 1000;

/** ~1 KB narratives: reports of one language joined until about 1,000 characters. */
function narratives(corpus: readonly LabelledReport[]): string[] {
  const out: string[] = [];
  const byLang = new Map<string, LabelledReport[]>();
  for (const r of corpus) byLang.set(r.language, [...(byLang.get(r.language) ?? []), r]);
  for (const reports of byLang.values()) {
    for (let start = 0; start < reports.length; start++) {
      let text = '';
      for (let i = start; text.length < TARGET_CHARS; i = (i + 1) % reports.length) text += (text ? ' ' : '') + reports[i].text;
      out.push(text);
    }
  }
  return out;
}

const BASELINE = /\b(?:police|polic[ií]a|politi|polis|beat|hit|rape|money|plata|dinheiro|argent|penger|mani|evict|doctor|m[eé]dic[oa]|lege|dokta)\b|警察|打|錢|钱/giu;

function baseline(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) {
    BASELINE.lastIndex = 0;
    while (BASELINE.exec(t) !== null) n++;
  }
  return n;
}

function engine(texts: readonly string[], gateLanguages: boolean): number {
  let n = 0;
  for (const t of texts) n += categorise({ text: t }, { gateLanguages }).violations.length;
  return n;
}

interface Rate {
  median: number;
  best: number;
}

/** CPU seconds used by this process (user + system); unlike wall time, not inflated when other processes share the cores. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Reports per second of one core's time (CPU time of this single-threaded
 * process), over 9 timed rounds of at least ~0.4 CPU-seconds each, after ~2 s
 * of warm-up (JIT and regex tier-up).
 */
function rate(texts: readonly string[], run: (t: readonly string[]) => number): Rate {
  const w0 = cpuSeconds();
  while (cpuSeconds() - w0 < 2) run(texts);
  const rounds: number[] = [];
  for (let r = 0; r < 9; r++) {
    let done = 0;
    const t0 = cpuSeconds();
    let elapsed = 0;
    while (elapsed < 0.4) {
      run(texts);
      done += texts.length;
      elapsed = cpuSeconds() - t0;
    }
    rounds.push(done / elapsed);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[4], best: rounds[8] };
}

/** The blind sets (test/fixtures/categorisation/README.md), newest first: batch and ids. */
const BLIND_SETS: readonly (readonly [string, string])[] = [
  ['AU', 'au01–au10'],
  ['AT', 'at01–at10'],
  ['AS', 'as01–as10'],
  ['AR', 'ar01–ar10'],
  ['AQ', 'aq01–aq10'],
  ['AP', 'ap01–ap10'],
  ['AO', 'ao01–ao10'],
  ['AN', 'an01–an10'],
  ['AM', 'am01–am10'],
  ['AL', 'al01–al10'],
  ['AK', 'ak01–ak10'],
  ['AJ', 'aj01–aj10'],
  ['AI', 'ai01–ai10'],
  ['AH', 'ah01–ah10'],
  ['AG', 'ag01–ag10'],
  ['AF', 'af01–af10'],
  ['AE', 'ae01–ae10'],
  ['AD', 'ad01–ad10'],
  ['AC', 'ac01–ac10'],
  ['AB', 'ab01–ab10'],
  ['AA', 'aa01–aa10'],
  ['Z', 'z01–z10'],
  ['Y', 'y01–y10'],
  ['X', 'x01–x10'],
  ['W', 'w01–w10'],
  ['V', 'v01–v10'],
  ['U', 'u01–u10'],
  ['T', 'tt01–tt10'],
  ['S', 's01–s10'],
  ['R', 'r01–r10'],
  ['Q', 'q01–q10'],
  ['P', 'p01–p10'],
  ['O', 'o01–o10'],
  ['N', 'n01–n10'],
  ['M', 'm01–m10'],
  ['L', 'l01–l10'],
  ['K', 'k01–k10'],
  ['J', 'j01–j10'],
  ['I', 'i01–i10'],
  ['H', 'hh01–hh10'],
  ['G', 'g01–g10'],
  ['F', 'f01–f10'],
  ['E', 'e01–e10'],
];

function main(): void {
  const corpus = loadCorpus();
  const texts = narratives(corpus);
  const meanChars = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);

  const base = rate(texts, baseline);
  const gated = rate(texts, (t) => engine(t, true));
  const every = rate(texts, (t) => engine(t, false));

  const run = (gateLanguages: boolean) => (r: LabelledReport) => categorise({ text: r.text }, { gateLanguages });
  const all = evaluate(corpus, run(true));
  const tune = evaluate(corpus.filter((r) => r.split === 'tune'), run(true));
  const held = evaluate(corpus.filter((r) => r.split === 'heldout'), run(true));
  // Held-out sets by writing batch (test/fixtures/categorisation/README.md): A–C h01–h16, D, and the
  // blind sets E, F, G (g01–g10), H (hh01–hh10), I (i01–i10), J (j01–j10), K (k01–k10) and L (l01–l10).
  const heldPart = (...parts: string[]) => evaluate(corpus.filter((r) => r.split === 'heldout' && parts.includes(batchOf(r.id))), run(true));
  // Newest first; the newest one's per-type table is printed too.
  const blind = BLIND_SETS.map(([batch, ids]) => ({ batch, ids, scores: heldPart(batch) }));
  const blindTables = blind.map((b) => `Blind set ${b.batch} (${b.scores.overall.reports} reports, ${b.ids}):\n\n${summaryTable(b.scores)}`).join('\n\n');
  const heldAD = heldPart('A', 'B', 'C', 'D');
  const heldEvery = evaluate(corpus.filter((r) => r.split === 'heldout'), run(false));
  const allEvery = evaluate(corpus, run(false));

  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  const os = require('node:os') as typeof import('node:os');
  const load = os.loadavg()[0].toFixed(1);
  const row = (what: string, r: Rate) =>
    `| ${what} | ${fmt(r.median)} | ${fmt(r.best)} | ${(r.median / base.median).toFixed(3)} (${(base.median / r.median).toFixed(1)}× slower) |`;
  const md = `
Command: \`npm run bench:categorise\` (\`bench/categorise.bench.ts\`). Machine: ${machineLine()}. Taxonomy ${TAXONOMY_VERSION}.

**Speed, one core** (Node runs the engine on one thread; ${texts.length} narratives of ~1 KB, mean ${meanChars} characters, each several corpus reports of one language joined; timed in CPU seconds of the process, so a shared, loaded machine inflates the figures less than wall time would; 9 rounds after 2 CPU-seconds of warm-up; 1-minute load average when measured: ${load} on ${os.cpus().length} cores):

| what | reports/s (median) | reports/s (best round) | median relative to the baseline |
|---|---:|---:|---:|
| baseline: one plain case-insensitive regex pass (19 keywords) | ${fmt(base.median)} | ${fmt(base.best)} | 1 |
${row('engine, languages gated by function words (default)', gated)}
${row("engine, every language's rules on every text", every)}

**Quality on the labelled corpus** (\`test/fixtures/categorisation\`, ${corpus.length} reports; micro-F1 over violation types and over perpetrators; safeguarding recall; share of reports whose main, first-listed type is found):

**Blind sets: first scores.** Forty-three writers who never saw the rules each wrote 70 reports (10 per language), kept outside the repository until scored once (\`npm run score:blind\` since J), then mostly used as development material. Their first scores are the figures for new reports (recorded with the commits in test/fixtures/categorisation/README.md): violation micro-F1 E 0.586 (round 5 rules), F 0.707, G 0.699, H 0.758, I 0.768, J 0.691, K 0.730, L 0.749, M 0.725, N 0.673, O 0.672, P 0.798, Q 0.743, R 0.751, S 0.750, T 0.829 (round 19), U 0.814 (round 20), V 0.802 (round 20), W 0.804 (round 21), X 0.741 (round 21), Y 0.745 (round 22), Z 0.817 (round 22), AA 0.711 (round 23), AB 0.731 (round 23), AC 0.700 (round 24), AD 0.815, AE 0.664, AF 0.781 (round 24, second opinion trained up to O), AG 0.807, AH 0.774, AI 0.812, AJ 0.804 (second opinion retrained on everything up to AF, thresholds chosen on P–AC), AK 0.738, AL 0.742, AM 0.825 (round 25), AN 0.784, AO 0.824 (rounds 25–27, second opinion retrained up to AM), AP 0.713, AQ 0.819 (round 28), AR 0.764, AS 0.813 (round 30, second opinion trained on every set up to AQ), AT 0.802, AU 0.770 (round 31, the same model at its first bar); safeguarding recall E–T 10 to 14 of 14 per set (20/21 on H and I), U 13/14, X 11/14, Z 12/14, AB 13/14, AD 12/15, AF 12/14, AG 15/15, AJ 14/15, and on the sets written to test the flag (35 of 70 reports each with a child or coercion, most told only by signs) V 30/35, W 29/35, Y 30/35, AA 21/35, AC 24/35, AE 18/35, AH 24/35, AI 20/35, AK 17/35, AL 27/35, AN 20/35, AP 25/35, AR 28/35, AU 32/35 (AA, AC, AE, AH, AI, AK, AL, AN, AP, AR, AU: every indirect case a different clue; AI, AK, AN, AP, AR and AU: always told in passing; AL: told by third parties), AM 14/14, AO 13/14, AQ 14/14, AS 14/14, AT 14/14. What the rounds add on a new writer, from each set scored again with the engine of an earlier commit: rounds 16–19 gained 0.005–0.009 (Q–T, against b43411b); against the engine of 953d1c1 (before round 20), U +0.022, X +0.006, Z +0.027 (extortion built from its parts), V, W and Y +0, AA +0.014, AB +0.001, AC +0.020 in violation micro-F1, and safeguarding +0 on V and W, +1 on Y, AA and AB, +2 on AC (indicators of control over whereabouts standing alone, round 24). The retrained second opinion and its lower adding bars (\`npm run train:categorise -- --cv-to-ac\`), against the session-start engine on the same sets: AD–AF (scored after the choice) violation micro-F1 0.754 → 0.781, safeguarding 42 → 59 of 64 (false flags 12 → 14); AG 0.804 → 0.807, 15/15 both (false flags 4 → 6); AH 0.745 → 0.774, 20 → 24 of 35 (6 → 7); AI 0.780 → 0.812, 19 → 20 of 35 (4 → 5); AJ 0.756 → 0.804, 12 → 14 of 15 (7 → 11). Round 25 (safeguarding signs told in passing, written from AH and AI), against the engine before it: AK 15 → 17 of 35 (0.729 → 0.738), AL 27 and AM 14 of 14 unchanged; rounds 25–27 and the model retrained up to AM, against the session-start engine: AN 0.775 → 0.784, 19 → 20 of 35 (false flags 9 → 8), AO 0.829 → 0.824, 13 of 14 both (3 → 4); with round 28 as well, AP 0.708 → 0.713, 20 → 25 of 35 (8 → 7; the model added 16 where the one before added 12), AQ 0.817 → 0.819, 14 of 14 both (3 → 4); with rounds 29–30 and the model trained on every set up to AQ, AS 0.835 → 0.813, 14 of 14 both, false flags 6 → 11, and AR 0.784 → 0.764, 27 → 28 of 35, false flags 5 → 9 (the model trained on every set flags more); with round 31 (zh 要), AT 0.805 → 0.802, 14 of 14 both, 4 false flags both, and AU 0.770 both, 32 of 35 both, 11 false flags both. The model's safeguarding bar was then re-chosen on AR–AU, the four sets it has not seen (0.10 → 0.20, \`npm run train:categorise -- --bar-unseen\`): there, 88 → 86 of 98 found and false flags 35 → 19; the tables below use it.

The tables below are the current engine on those sets. The rules were tuned on E to R, U to AB, and AH, AI, AK, AL and AN (rounds 25–28, for safeguarding only; round 29 from AP and AQ, for two Chinese wordings and forms answered "nothing to report"; round 30 from AP), and the shipped model is trained on every set (E to AQ), so every table below but AR's to AU's is optimistic now (and those four chose the model's safeguarding bar); the first scores are the figures above.

${blindTables}

Held-out A–D (${heldAD.overall.reports} reports, h01–h16 and d01–d11: each set was scored unseen once, then used as development material, A–D in round 5; optimistic now; first scores in test/fixtures/categorisation/README.md):

${summaryTable(heldAD)}

Tuning part (${tune.overall.reports} reports the rules were developed against; optimistic by construction):

${summaryTable(tune)}

Whole corpus:

${summaryTable(all)}

Per type, whole corpus:

${perTypeTable(all.overall)}

Per type, blind set ${blind[0]!.batch}:

${perTypeTable(blind[0]!.scores.overall)}

Running every language's rules on every text instead of gating by language: violation micro-F1 ${f1s(allEvery)} on the whole corpus (gated ${f1s(all)}), ${f1s(heldEvery)} on the held-out folder, A–AJ (gated ${f1s(held)}).
`;
  writeBenchmarkSection('categorise', md);
  console.log(md);
}

function f1s(e: ReturnType<typeof evaluate>): string {
  const c = e.overall.violations;
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return (p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3);
}

main();
