/**
 * A multi-label linear classifier, framework-free and dependency-free:
 * one-vs-rest logistic regression with an L2 penalty, trained by L-BFGS
 * (deterministic: fixed feature order, no sampling), over binary features
 * (model/features.ts) scaled by 1/sqrt(the number of distinct features of
 * the text). The trained weights are rounded and small ones pruned, and the
 * model is kept as data (a plain JSON object) that predict() reads.
 */
import { FeatureIndex } from './feature-index';
import { features } from './features';

export interface TrainOptions {
  /** L2 penalty (on the sum of the losses, as liblinear's 1/C). */
  l2: number;
  /** A feature is kept only if this many training texts have it. */
  minDf: number;
  /** Weights whose magnitude is below this are dropped from the model. */
  prune: number;
  /** L-BFGS iterations per label (upper bound). */
  maxIterations: number;
  /** Also a feature for the first `stem` letters of longer words (0: none). */
  stem: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 0.03, minDf: 2, prune: 0.2, maxIterations: 300, stem: 0 };

/** The model as data. weights[feature] = [labelIndex, weight, labelIndex, weight, …]. */
export interface LinearModelData {
  format: 1;
  /** Feature option the model was trained with (features.ts). */
  stem: number;
  labels: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface TrainingExample {
  text: string;
  labels: readonly string[];
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0
};

/** 1/sqrt(n distinct features): long and short texts weigh alike. */
const scaleOf = (n: number) => (n === 0 ? 0 : 1 / Math.sqrt(n));

/**
 * L-BFGS minimisation (two-loop recursion, backtracking Armijo line search).
 * f returns the value and writes the gradient into g.
 */
export function lbfgs(f: (x: Float64Array, g: Float64Array) => number, x: Float64Array, maxIterations: number, memory = 8, tolerance = 1e-5): number {
  const n = x.length;
  const g = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(memory);
  const norm = (v: Float64Array) => {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i] * v[i];
    return Math.sqrt(s);
  };
  for (let it = 0; it < maxIterations; it++) {
    if (norm(g) <= tolerance * Math.max(1, norm(x))) break;
    // d = -H g
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += S[k][i] * d[i];
      alpha[k] = rho[k] * dot;
      for (let i = 0; i < n; i++) d[i] -= alpha[k] * Y[k][i];
    }
    if (S.length > 0) {
      const k = S.length - 1;
      let yy = 0;
      let sy = 0;
      for (let i = 0; i < n; i++) {
        yy += Y[k][i] * Y[k][i];
        sy += S[k][i] * Y[k][i];
      }
      const gamma = sy / yy;
      for (let i = 0; i < n; i++) d[i] *= gamma;
    } else {
      const gn = norm(g);
      for (let i = 0; i < n; i++) d[i] /= Math.max(1, gn);
    }
    for (let k = 0; k < S.length; k++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += Y[k][i] * d[i];
      const beta = rho[k] * dot;
      for (let i = 0; i < n; i++) d[i] += S[k][i] * (alpha[k] - beta);
    }
    let gd = 0;
    for (let i = 0; i < n; i++) gd += g[i] * d[i];
    if (gd >= 0) {
      // Not a descent direction: restart from the gradient.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i];
      gd = -(norm(g) ** 2);
    }
    let step = 1;
    let fNew = 0;
    let ok = false;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * gd) {
        ok = true;
        break;
      }
      step /= 2;
    }
    if (!ok) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
      sy += s[i] * y[i];
    }
    x.set(xNew);
    g.set(gNew);
    const done = fx - fNew <= 1e-10 * Math.max(1, Math.abs(fx));
    fx = fNew;
    if (sy > 1e-12) {
      if (S.length === memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    if (done) break;
  }
  return fx;
}

/** Train one-vs-rest logistic regression for every label in `labels` (in that order). */
export function train(examples: readonly TrainingExample[], labels: readonly string[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): LinearModelData {
  const docs = examples.map((e) => features(e.text, options.stem));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= options.minDf).map(([f]) => f);
  vocab.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(vocab.map((f, i) => [f, i]));
  // Rows: feature indices of each text (sorted), and its scale.
  const rows = docs.map((d) => Int32Array.from([...d].map((f) => index.get(f)).filter((i): i is number => i !== undefined)).sort());
  const scales = docs.map((d) => scaleOf(d.size));
  const nf = vocab.length;
  const m = docs.length;

  const bias: number[] = [];
  const columns: Float64Array[] = [];
  for (const label of labels) {
    const y = examples.map((e) => (e.labels.includes(label) ? 1 : -1));
    // x = [w_0 … w_{nf-1}, b]
    const objective = (x: Float64Array, g: Float64Array): number => {
      g.fill(0);
      let loss = 0;
      const b = x[nf];
      for (let i = 0; i < m; i++) {
        const row = rows[i];
        const s = scales[i];
        let z = b;
        for (let k = 0; k < row.length; k++) z += x[row[k]] * s;
        const yz = y[i] * z;
        // log(1 + e^-yz), stably
        loss += yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz));
        const p = 1 / (1 + Math.exp(yz)); // sigma(-yz)
        const coef = -y[i] * p;
        for (let k = 0; k < row.length; k++) g[row[k]] += coef * s;
        g[nf] += coef;
      }
      for (let j = 0; j < nf; j++) {
        loss += 0.5 * options.l2 * x[j] * x[j];
        g[j] += options.l2 * x[j];
      }
      return loss;
    };
    const x = new Float64Array(nf + 1);
    lbfgs(objective, x, options.maxIterations);
    bias.push(round(x[nf], 4));
    columns.push(x);
  }

  const weights: Record<string, number[]> = {};
  for (let j = 0; j < nf; j++) {
    const pairs: number[] = [];
    for (let l = 0; l < labels.length; l++) {
      const w = round(columns[l][j], 3);
      if (Math.abs(w) >= options.prune) pairs.push(l, w);
    }
    if (pairs.length > 0) weights[vocab[j]] = pairs;
  }
  return { format: 1, stem: options.stem, labels: [...labels], bias, weights };
}

/** A trained model, ready to score texts. */
export class LinearModel {
  private readonly index: Map<string, number>;
  private readonly features: FeatureIndex;
  private spansText: string | null = null;
  private readonly spansOf = new Map<number, { start: number; end: number; phrase: string }[]>();

  constructor(readonly data: LinearModelData) {
    this.index = new Map(data.labels.map((l, i) => [l, i]));
    this.features = new FeatureIndex(data.weights, data.stem);
  }

  /**
   * The spans of the text's features that weigh for one label (positive weights), in the order of the text's
   * features. Only the labels the engine asks about are read (a few per text, out of every type and perpetrator),
   * with no span object made for the others.
   */
  private positiveSpans(text: string, l: number): { start: number; end: number; w: number }[] {
    const f = this.features.of(text);
    const { offsets, labels, values, evidence } = this.features;
    const spans: { start: number; end: number; w: number }[] = [];
    for (let j = 0; j < f.rows.length; j++) {
      const row = f.rows[j];
      if (evidence[row] === 0) continue;
      for (let k = offsets[row]; k < offsets[row + 1]; k++) {
        if (labels[k] === l && values[k] > 0) spans.push({ start: f.starts[j], end: f.ends[j], w: values[k] });
      }
    }
    return spans;
  }

  /** Index of a label in predict()'s output; -1 if the model does not know it. */
  labelIndex(label: string): number {
    return this.index.get(label) ?? -1;
  }

  get labels(): readonly string[] {
    return this.data.labels;
  }

  /** How many distinct features the text has (with or without weights): how much the model has to read. */
  distinctFeatures(text: string, folded?: string): number {
    return this.features.of(text, folded).distinct;
  }

  /** Probability of every label (in the order of `labels`). `folded` is fold(text), when the caller has it. */
  predict(text: string, folded?: string): Float64Array {
    const f = this.features.of(text, folded);
    const s = scaleOf(f.distinct);
    const z = Float64Array.from(this.data.bias);
    const { offsets, labels, values } = this.features;
    for (const row of f.rows) {
      for (let k = offsets[row]; k < offsets[row + 1]; k++) z[labels[k]] += values[k] * s;
    }
    for (let l = 0; l < z.length; l++) z[l] = 1 / (1 + Math.exp(-z[l]));
    return z;
  }

  /**
   * The phrases of the text that push a label up the most: the spans of the
   * features with the largest positive weights, merged where they touch,
   * best first (at most `max`).
   */
  evidence(text: string, label: string, max = 3): string[] {
    return this.evidenceSpans(text, label, max).map((s) => s.phrase);
  }

  /** evidence() with the offsets of each phrase in the text. */
  evidenceSpans(text: string, label: string, max = 3): { start: number; end: number; phrase: string }[] {
    const l = this.index.get(label);
    if (l === undefined) return [];
    // The engine asks for a label's evidence twice (to test it, then to show it): the last text's answers are kept.
    if (text !== this.spansText) {
      this.spansText = text;
      this.spansOf.clear();
    }
    const key = max * this.data.labels.length + l;
    const known = this.spansOf.get(key);
    if (known !== undefined) return known;
    const out = this.topSpans(text, l, max);
    this.spansOf.set(key, out);
    return out;
  }

  private topSpans(text: string, l: number, max: number): { start: number; end: number; phrase: string }[] {
    // The best max * 2 by weight (ties: the earlier first), by insertion: the lists run to hundreds, the top to six.
    const better = (a: { start: number; w: number }, b: { start: number; w: number }) => a.w > b.w || (a.w === b.w && a.start < b.start);
    const top: { start: number; end: number; w: number }[] = [];
    for (const s of this.positiveSpans(text, l)) {
      if (top.length === max * 2 && !better(s, top[top.length - 1])) continue;
      let i = top.length === max * 2 ? top.length - 1 : top.length;
      while (i > 0 && better(s, top[i - 1])) {
        top[i] = top[i - 1];
        i--;
      }
      top[i] = s;
    }
    // Merge spans that overlap or touch (a bigram and its words, a run of Han n-grams).
    const byPos = [...top].sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number; w: number }[] = [];
    for (const s of byPos) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end + 1) {
        last.end = Math.max(last.end, s.end);
        last.w = Math.max(last.w, s.w);
      } else merged.push({ ...s });
    }
    merged.sort((a, b) => b.w - a.w || a.start - b.start);
    const out: { start: number; end: number; phrase: string }[] = [];
    for (const s of merged) {
      const phrase = text.slice(s.start, s.end).trim();
      if (phrase && !out.some((o) => o.phrase === phrase)) out.push({ start: s.start, end: s.end, phrase });
      if (out.length >= max) break;
    }
    return out;
  }
}
