/* eslint-disable no-console -- a command-line script: its output is the report */
/**
 * npm run score:blind -- <folder>
 *
 * Scores a blind set (`<language>.jsonl` files written outside the repository,
 * see test/fixtures/categorisation/README.md) once, with the shipped engine
 * (rules + learned second opinion) and with the rules alone: the summary per
 * language, per-type precision and recall, safeguarding misses and false
 * flags, and each report's wrong or missing codes (ids and codes only).
 */
import { categorise } from '../src/categorisation/categorisation.engine';
import { loadBlindSet } from '../src/categorisation/scoring/corpus';
import { evaluate, perTypeTable, summaryTable, type Evaluation } from '../src/categorisation/scoring/scorer';

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run score:blind -- <folder with <language>.jsonl files>');
    process.exit(2);
  }
  const reports = loadBlindSet(dir);
  const shipped = evaluate(reports, (r) => categorise({ text: r.text }));
  const rulesAlone = evaluate(reports, (r) => categorise({ text: r.text }, { secondOpinion: false }));
  const safeguarded = reports.filter((r) => r.safeguarding).length;
  const flags = (e: Evaluation) => `${e.overall.safeguarding.tp}/${safeguarded} found, ${e.overall.safeguarding.fp} false flags`;

  console.log(`# Blind set ${dir}: ${reports.length} reports, ${safeguarded} with safeguarding\n`);
  console.log(`## Shipped engine (rules + second opinion)\n\n${summaryTable(shipped)}\n\nSafeguarding: ${flags(shipped)}\n`);
  console.log(`${perTypeTable(shipped.overall)}\n`);
  console.log(`## Rules alone\n\n${summaryTable(rulesAlone)}\n\nSafeguarding: ${flags(rulesAlone)}\n`);
  console.log('## Misses of the shipped engine (expected but not found: -, found but not expected: +)\n');
  for (const m of shipped.misses) {
    const parts = [...m.missing.map((t) => `-${t}`), ...m.extra.map((t) => `+${t}`), ...m.missingPerpetrators.map((p) => `-p:${p}`), ...m.extraPerpetrators.map((p) => `+p:${p}`)];
    console.log(`- ${m.id}: ${parts.join(' ')}`);
  }
}

main();
