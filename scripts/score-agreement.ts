/* eslint-disable no-console -- a command-line script: its output is the report */
/**
 * npm run score:agreement -- <labels.jsonl> [<reference.jsonl>]
 *
 * Scores a second annotator's labels of corpus reports (one JSON object per
 * line: id, violations, perpetrators, safeguarding; no text) against the
 * corpus's own labels, or against another annotator's file, with the same
 * scorer as the engine: how far two annotators agree bounds what any engine
 * can be expected to reach on those reports (test/fixtures/categorisation/
 * README.md, "Agreement check").
 */
import { readFileSync } from 'node:fs';
import { loadCorpus, type LabelledReport } from '../src/categorisation/scoring/corpus';
import { evaluate, labelsAsResult, perTypeTable, summaryTable } from '../src/categorisation/scoring/scorer';

type Labels = Pick<LabelledReport, 'id' | 'violations' | 'perpetrators' | 'safeguarding'>;

function readLabels(file: string): Map<string, Labels> {
  const out = new Map<string, Labels>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const l = JSON.parse(line) as Labels;
    out.set(l.id, l);
  }
  return out;
}


function main(): void {
  const [labelsFile, referenceFile] = process.argv.slice(2);
  if (!labelsFile) {
    console.error('usage: npm run score:agreement -- <labels.jsonl> [<reference.jsonl>]');
    process.exit(2);
  }
  const labels = readLabels(labelsFile);
  const reference = referenceFile ? readLabels(referenceFile) : undefined;
  const corpus = loadCorpus().filter((r) => labels.has(r.id));
  if (corpus.length !== labels.size) throw new Error(`${labels.size - corpus.length} labelled ids are not in the corpus`);
  const reports = corpus.map((r) => {
    const ref = reference?.get(r.id);
    if (reference && !ref) throw new Error(`${r.id} is not in ${referenceFile}`);
    return ref ? { ...r, ...ref } : r;
  });
  const e = evaluate(reports, (r) => {
    const l = labels.get(r.id)!;
    return labelsAsResult(l.violations, l.perpetrators, l.safeguarding);
  });
  const sameMain = reports.filter((r) => labels.get(r.id)!.violations[0] === r.violations[0]).length;
  console.log(`# ${labelsFile} against ${referenceFile ?? 'the corpus labels'}: ${reports.length} reports\n`);
  console.log(`${summaryTable(e)}\n`);
  console.log(`Same main (first-listed) type: ${sameMain}/${reports.length}. Safeguarding flags: ${e.overall.safeguarding.tp} agreed, ${e.overall.safeguarding.fn} only in the reference, ${e.overall.safeguarding.fp} only in ${labelsFile}.\n`);
  console.log(perTypeTable(e.overall));
}

main();
