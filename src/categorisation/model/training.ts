/**
 * Training the shipped second opinion from the labelled corpus: the labels,
 * the options chosen by cross-validation, and the fingerprint of the data.
 * Used by scripts/train-categoriser.ts and by the spec that checks that the
 * shipped model.json is what training produces. Framework-free.
 */
import { createHash } from 'node:crypto';
import { batchOf, type LabelledReport } from '../scoring/corpus';
import { train, type LinearModelData, type TrainingExample, type TrainOptions } from './linear';
import { MODEL_LABELS } from './second-opinion';
import type { ShippedModelFile } from './shipped';

/** Chosen by cross-validation without blind set F (test/fixtures/categorisation/README.md, "Learned second opinion"). */
export const SHIPPED_TRAIN_OPTIONS: TrainOptions = { l2: 0.03, minDf: 2, prune: 0.2, maxIterations: 300, stem: 0 };

/**
 * Blind sets in the corpus that the shipped model is not trained on yet: scored once on arrival and
 * kept unseen by the model (and the rules) until a round uses them, so that their table in
 * BENCHMARKS.md stays a first score. A set leaves this list when the model is retrained with it.
 */
export const NOT_YET_TRAINED_ON: readonly string[] = ['AR', 'AS', 'AT', 'AU'];

/** The corpus reports the shipped model is trained on, in corpus order. */
export function trainingReports(corpus: readonly LabelledReport[]): LabelledReport[] {
  return corpus.filter((r) => !NOT_YET_TRAINED_ON.includes(batchOf(r.id)));
}

export function examples(reports: readonly LabelledReport[]): TrainingExample[] {
  return reports.map((r) => ({ text: r.text, labels: [...r.violations.map((t) => `v:${t}`), ...r.perpetrators.map((q) => `p:${q}`)] }));
}

/** SHA-256 of the training reports in the order given (ids, texts, labels). */
export function corpusFingerprint(reports: readonly LabelledReport[]): string {
  const h = createHash('sha256');
  for (const r of reports) h.update(JSON.stringify([r.id, r.text, r.violations, r.perpetrators]) + '\n');
  return h.digest('hex');
}

export function trainModel(reports: readonly LabelledReport[], options: TrainOptions = SHIPPED_TRAIN_OPTIONS): LinearModelData {
  return train(examples(reports), MODEL_LABELS, options);
}

/** The shipped file: the model trained on the reports given (in the order given), and what it was trained on. */
export function shippedFile(reports: readonly LabelledReport[], options: TrainOptions = SHIPPED_TRAIN_OPTIONS): ShippedModelFile {
  const data = trainModel(reports, options);
  return { ...data, trainedOn: { reports: reports.length, sha256: corpusFingerprint(reports), options: { ...options } } };
}

/** The JSON text of model.json (one label list, then one line per feature, so diffs stay readable). */
export function serialise(file: ShippedModelFile): string {
  const head = { format: file.format, stem: file.stem, trainedOn: file.trainedOn, labels: file.labels, bias: file.bias };
  const lines = Object.keys(file.weights)
    .sort()
    .map((f) => `${JSON.stringify(f)}:${JSON.stringify(file.weights[f])}`);
  const h = JSON.stringify(head);
  return `${h.slice(0, -1)},\n"weights":{\n${lines.join(',\n')}\n}}\n`;
}
