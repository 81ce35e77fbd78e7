/* eslint-disable no-console -- a command-line script: its output is the report */
/**
 * npm run train:categorise            train on the whole corpus, write src/categorisation/model/model.json
 * npm run train:categorise -- --cv    the cross-validation that chose the method (never reads blind set F)
 * npm run train:categorise -- --cv-to-m [--variants] [--no-loso]
 *                                     the same rolling origin with blind sets F–M as folds (re-checks the thresholds)
 * npm run train:categorise -- --cv-to-ac [--options '<json>']
 *                                     blind sets P–AC as rolling-origin folds: the model shipped then vs one retrained on each set
 *                                     as it came, and the thresholds chosen on them; AD–AF shown after the choice
 * npm run train:categorise -- --bar-unseen
 *                                     the adding bars of the shipped model over the blind sets it is not trained on
 *                                     (NOT_YET_TRAINED_ON), with the current rules: how its safeguarding bar was re-chosen
 * npm run train:categorise -- --blind-f
 *                                     score the frozen method on blind set F, model trained without F
 *                                     (done ONCE, when the method was frozen; kept for the record)
 *
 * The learned second opinion of the categorisation engine (src/categorisation/model/):
 * one-vs-rest logistic regression, combined with the rules by
 * model/second-opinion.ts. Deterministic: fixed feature order, no sampling,
 * L-BFGS from zero; the same corpus gives the same model.json byte for byte.
 *
 * Cross-validation (see test/fixtures/categorisation/README.md, "Learned
 * second opinion"), never touching F:
 *  1. Rolling origin: each batch that was once scored unseen is scored again
 *     with the rules as they were then (taken from git history) and a model
 *     trained only on the batches that existed then. This is the honest
 *     analogue of a new writer: neither the rules nor the model saw the batch.
 *  2. Leave one set out with the current rules (tuned on every set, so the
 *     rules look near perfect there): checks that the model does no harm
 *     where the rules are right, and is the only place the actor fallback
 *     (newer than every historical batch) can be judged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { affirmation, ruleView } from '../src/categorisation/categorisation.engine';
import type { CategorisationResult } from '../src/categorisation/categorisation.types';
import { LinearModel, type TrainOptions } from '../src/categorisation/model/linear';
import { MODEL_LABELS, SECOND_OPINION_PARAMS, secondOpinion, type RuleView, type SecondOpinionParams } from '../src/categorisation/model/second-opinion';
import { MODEL_FILE, shippedModel } from '../src/categorisation/model/shipped';
import { NOT_YET_TRAINED_ON, SHIPPED_TRAIN_OPTIONS, serialise, shippedFile, trainingReports, trainModel } from '../src/categorisation/model/training';
import { batchOf, loadCorpus, type LabelledReport } from '../src/categorisation/scoring/corpus';
import { emptyScores, f1, labelsAsResult, perTypeTable, recall, scoreOne, type Scores } from '../src/categorisation/scoring/scorer';
import type { PerpetratorType, ViolationType } from '../src/taxonomy/taxonomy.codes';

const ROOT = join(__dirname, '..');

/** Blind sets written after the method was frozen: the cross-validation leaves them out, as it did when it chose the method. */
const LATER_BLIND_SETS = ['F', 'G', 'H', 'I'];

const TUNE = ['t01-30', 't31-38', 't39-43', 't44-46', 't47-50', 't51-56', 't57-60', 't61-65', 't66-70'];
const upTo = (last: string) => TUNE.slice(0, TUNE.indexOf(last) + 1);

/**
 * Rolling-origin folds: a batch, the commit whose rules first scored it
 * unseen (corpus README and git log), and what existed before it.
 */
const HISTORICAL: { test: string; commit: string; train: string[] }[] = [
  { test: 't57-60', commit: '4a4531c', train: [...upTo('t51-56'), 'A', 'B', 'C'] },
  { test: 'D', commit: '0aaa7b3', train: [...upTo('t57-60'), 'A', 'B', 'C'] },
  { test: 't61-65', commit: '005951f', train: [...upTo('t57-60'), 'A', 'B', 'C', 'D'] },
  { test: 'E', commit: 'b20bf5f', train: [...upTo('t61-65'), 'A', 'B', 'C', 'D'] },
  { test: 't66-70', commit: '52b0984', train: [...upTo('t61-65'), 'A', 'B', 'C', 'D', 'E'] },
];
const LOSO = [...TUNE, 'A', 'B', 'C', 'D', 'E'];

type Categorise = (input: { text: string }) => CategorisationResult;

type EngineModule = { categorise: Categorise; ruleView?: (input: { text: string }) => RuleView };

/** The engine module as it was at a commit (src/categorisation and src/taxonomy from git, in a temporary folder). */
function engineModuleAt(commit: string): EngineModule {
  const dir = join(tmpdir(), `categoriser-rules-${commit}`);
  if (!existsSync(join(dir, 'src', 'categorisation', 'categorisation.engine.ts'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'src/categorisation', 'src/taxonomy'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return require(join(dir, 'src', 'categorisation', 'categorisation.engine.ts')) as EngineModule;
}

function engineAt(commit: string): Categorise {
  return engineModuleAt(commit).categorise;
}

/** A rules result as the second opinion sees it (an old engine has no actor fallback and no per-type perpetrators). */
function viewOf(result: CategorisationResult): RuleView {
  const types = result.violations.map((f) => f.type).filter((t) => t !== 'OUT_OF_SCOPE');
  const perpetratorsOf = new Map<ViolationType, ReadonlySet<PerpetratorType>>();
  if (types.length > 0) perpetratorsOf.set(types[0], new Set(result.perpetrators.map((p) => p.type)));
  return { types, perpetratorsOf, fallback: new Set() };
}

interface Case {
  report: LabelledReport;
  view: RuleView;
  probs: Float64Array;
  affirmed: (type: ViolationType) => boolean;
  /** The text's distinct features, for SecondOpinionParams.minFeatures (absent: the floor is not applied). */
  features?: number;
}

/** A report read by the current rules and a model (with its feature count, for minFeatures). */
function currentCase(report: LabelledReport, model: LinearModel): Case {
  return { report, view: ruleView({ text: report.text }), probs: model.predict(report.text), affirmed: affirmation({ text: report.text }, model), features: model.distinctFeatures(report.text) };
}

const NEVER = 2;
/**
 * The negation guard (engine affirmedBy): added after F was scored, when the
 * engine spec's negation cases showed the model adding POLICE_ABUSE to
 * "警察没有打我" (--no-guard: the method as frozen and scored on F).
 */
const GUARD = !process.argv.includes('--no-guard');


const labelIndex = new Map(MODEL_LABELS.map((l, i) => [l, i]));

function score(cases: readonly Case[], params: SecondOpinionParams): Scores {
  const s = emptyScores();
  for (const c of cases) {
    const o = secondOpinion(c.view, (l) => c.probs[labelIndex.get(l)!], params, GUARD ? c.affirmed : undefined, c.features);
    scoreOne(s, c.report, labelsAsResult([...o.kept, ...o.added.map((a) => a.type)], o.perpetrators));
  }
  return s;
}

/** The model alone: every label at or above 0.5 (OUT_OF_SCOPE when none). */
function scoreModelAlone(cases: readonly Case[]): Scores {
  const s = emptyScores();
  for (const c of cases) {
    const types = MODEL_LABELS.filter((l, i) => l.startsWith('v:') && c.probs[i] >= 0.5).map((l) => l.slice(2) as ViolationType);
    const perps = types.length === 0 ? [] : MODEL_LABELS.filter((l, i) => l.startsWith('p:') && c.probs[i] >= 0.5).map((l) => l.slice(2) as PerpetratorType);
    scoreOne(s, c.report, labelsAsResult(types, perps));
  }
  return s;
}

const RULES_ONLY: SecondOpinionParams = { add: NEVER, addSafeguarding: NEVER, dropFallback: 0, addPerpetrator: NEVER };

function predictAll(model: LinearModel, reports: readonly LabelledReport[]): Float64Array[] {
  return reports.map((r) => model.predict(r.text));
}

const fmt = (x: number) => x.toFixed(3);
const sg = (s: Scores) => `${s.safeguarding.tp}/${s.safeguarding.tp + s.safeguarding.fn} fp ${s.safeguarding.fp}`;
const line = (s: Scores) => `viol ${fmt(f1(s.violations))}  perp ${fmt(f1(s.perpetrators))}  sg ${sg(s)}`;
/** Safeguarding F2 (recall weighted four times precision). */
const f2 = (s: Scores) => {
  const c = s.safeguarding;
  return (5 * c.tp) / Math.max(1, 5 * c.tp + 4 * c.fn + c.fp);
};

function crossValidate(): void {
  const corpus = loadCorpus().filter((r) => !LATER_BLIND_SETS.includes(batchOf(r.id)));
  const inBatches = (names: readonly string[]) => corpus.filter((r) => names.includes(batchOf(r.id)));

  const variants: TrainOptions[] = [];
  for (const stem of [0, 5]) for (const l2 of [0.01, 0.03]) for (const prune of [0.05, 0.2]) variants.push({ ...SHIPPED_TRAIN_OPTIONS, l2, prune, stem });

  // Rules of each historical fold (fixed), and the current rules' views (fixed).
  const histRules = HISTORICAL.map((h) => {
    const run = engineAt(h.commit);
    const test = inBatches([h.test]);
    return { h, test, views: test.map((r) => viewOf(run({ text: r.text }))) };
  });
  const current = corpus.map((r) => ({ r, view: ruleView({ text: r.text }) }));
  const currentView = new Map(current.map((c) => [c.r.id, c.view]));

  const adds = [0.5, 0.6, 0.7, 0.8, 0.9, NEVER];
  const sgs = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, NEVER];
  const drops = [0, 0.05, 0.1, 0.2, 0.3];
  const perpAdds = [0.5, 0.6, 0.7, 0.8, 0.9, NEVER];

  let best: { v: TrainOptions; params: SecondOpinionParams; hist: number } | null = null;
  for (const v of variants) {
    const hist: Case[] = [];
    for (const { h, test, views } of histRules) {
      const model = new LinearModel(trainModel(inBatches(h.train), v));
      const probs = predictAll(model, test);
      test.forEach((report, i) => hist.push({ report, view: views[i], probs: probs[i], affirmed: affirmation({ text: report.text }, model) }));
    }
    const loso: Case[] = [];
    for (const held of LOSO) {
      const model = new LinearModel(trainModel(inBatches(LOSO.filter((b) => b !== held)), v));
      const test = inBatches([held]);
      const probs = predictAll(model, test);
      test.forEach((report, i) => loso.push({ report, view: currentView.get(report.id)!, probs: probs[i], affirmed: affirmation({ text: report.text }, model) }));
    }
    const hRules = score(hist, RULES_ONLY);
    const lRules = score(loso, RULES_ONLY);
    console.log(`\n== l2 ${v.l2}, prune ${v.prune}, minDf ${v.minDf}, stem ${v.stem}`);
    console.log(`historical (${hist.length}): rules ${line(hRules)} | model alone ${line(scoreModelAlone(hist))}`);
    console.log(`leave-one-set-out (${loso.length}): rules ${line(lRules)} | model alone ${line(scoreModelAlone(loso))}`);

    // Violations: add and addSafeguarding on the historical folds, subject to doing no harm (-0.01) leave-one-set-out.
    const okLoso = (p: SecondOpinionParams) => f1(score(loso, p).violations) >= f1(lRules.violations) - 0.01;
    let bestAdd = { add: NEVER, f: f1(hRules.violations) };
    for (const add of adds) {
      const p = { ...RULES_ONLY, add };
      const f = f1(score(hist, p).violations);
      if (f > bestAdd.f + 1e-9 && okLoso(p)) bestAdd = { add, f };
    }
    let bestSg = { addSafeguarding: NEVER, f: f2(score(hist, { ...RULES_ONLY, add: bestAdd.add })) };
    for (const addSafeguarding of sgs) {
      const p = { ...RULES_ONLY, add: bestAdd.add, addSafeguarding };
      const f = f2(score(hist, p));
      if (f > bestSg.f + 1e-9 && okLoso(p)) bestSg = { addSafeguarding, f };
    }
    // The fallback can only be judged on the current rules.
    let bestDrop = { dropFallback: 0, f: f1(score(loso, { ...RULES_ONLY, add: bestAdd.add, addSafeguarding: bestSg.addSafeguarding }).violations) };
    for (const dropFallback of drops) {
      const f = f1(score(loso, { ...RULES_ONLY, add: bestAdd.add, addSafeguarding: bestSg.addSafeguarding, dropFallback }).violations);
      if (f > bestDrop.f + 1e-9) bestDrop = { dropFallback, f };
    }
    const base = { add: bestAdd.add, addSafeguarding: bestSg.addSafeguarding, dropFallback: bestDrop.dropFallback, addPerpetrator: NEVER };
    const okLosoPerp = (p: SecondOpinionParams) => f1(score(loso, p).perpetrators) >= f1(score(loso, base).perpetrators) - 0.01;
    let bestPerp = { addPerpetrator: NEVER, f: f1(score(hist, base).perpetrators) };
    for (const addPerpetrator of perpAdds) {
      const p = { ...base, addPerpetrator };
      const f = f1(score(hist, p).perpetrators);
      if (f > bestPerp.f + 1e-9 && okLosoPerp(p)) bestPerp = { addPerpetrator, f };
    }
    const params = { ...base, addPerpetrator: bestPerp.addPerpetrator };

    for (const add of adds) {
      console.log(`  add ${add}: historical ${line(score(hist, { ...RULES_ONLY, add }))} | loso ${line(score(loso, { ...RULES_ONLY, add }))}`);
    }
    for (const addSafeguarding of sgs) {
      const p = { ...RULES_ONLY, add: bestAdd.add, addSafeguarding };
      console.log(`  addSafeguarding ${addSafeguarding}: historical ${line(score(hist, p))} | loso ${line(score(loso, p))}`);
    }
    for (const dropFallback of drops) {
      console.log(`  dropFallback ${dropFallback}: loso ${line(score(loso, { ...base, dropFallback }))}`);
    }
    for (const addPerpetrator of perpAdds) {
      console.log(`  addPerpetrator ${addPerpetrator}: historical ${line(score(hist, { ...base, addPerpetrator }))} | loso ${line(score(loso, { ...base, addPerpetrator }))}`);
    }
    const hs = score(hist, params);
    console.log(`chosen ${JSON.stringify(params)}: historical ${line(hs)} | loso ${line(score(loso, params))}`);
    for (const { h } of histRules) {
      const part = hist.filter((c) => batchOf(c.report.id) === h.test);
      console.log(`  ${h.test} @${h.commit}: rules ${line(score(part, RULES_ONLY))} -> hybrid ${line(score(part, params))}`);
    }
    const size = serialise(shippedFile(corpus, v)).length;
    console.log(`  model size trained on all but F: ${(size / 1024).toFixed(0)} KiB`);
    if (best === null || f1(hs.violations) > best.hist + 1e-9) best = { v, params, hist: f1(hs.violations) };
  }
  console.log(`\nbest: ${JSON.stringify(best)}`);
}

/**
 * Rolling origin to M (README, "Second opinion re-checked (rolling origin to
 * M)"): the five folds above plus blind sets F–M, each with the rules of the
 * commit that first scored it (their own ruleView(), the rules alone) and a
 * model trained only on what existed then. Reads every set, F–M included: it
 * re-judges thresholds chosen when only batches up to E existed.
 */
const BLIND_FOLDS: { test: string; commit: string; train: string[] }[] = (() => {
  const before = [...TUNE, 'A', 'B', 'C', 'D', 'E'];
  const sets: [string, string][] = [
    // F: scored with the rules of round 6 (9cd8712) and the frozen method (49e4316); the rules differ only by a same-matches speed-up.
    ['F', '49e4316'],
    ['G', '29a8f15'],
    ['H', '6094fb1'],
    ['I', 'e75c4ff'],
    ['J', '823fa67'],
    ['K', 'e480ca8'],
    ['L', 'f6e18f6'],
    ['M', '4c87efa'],
  ];
  return sets.map(([test, commit], i) => ({ test, commit, train: [...before, ...sets.slice(0, i).map(([t]) => t)] }));
})();

/** The rules alone of a commit, as the second opinion sees them: its own ruleView() where it has one (from 49e4316 on). */
function ruleViewAt(commit: string): (text: string) => RuleView {
  const mod = engineModuleAt(commit);
  const rv = mod.ruleView;
  return rv ? (text) => rv({ text }) : (text) => viewOf(mod.categorise({ text }));
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);

function crossValidateToM(): void {
  const corpus = loadCorpus();
  const inBatches = (names: readonly string[]) => corpus.filter((r) => names.includes(batchOf(r.id)));
  const folds = [...HISTORICAL, ...BLIND_FOLDS];
  const blindNames = BLIND_FOLDS.map((f) => f.test);
  const withVariants = process.argv.includes('--variants');
  const optsAt = process.argv.indexOf('--options');
  const variants: TrainOptions[] = [optsAt >= 0 ? { ...SHIPPED_TRAIN_OPTIONS, ...(JSON.parse(process.argv[optsAt + 1]) as Partial<TrainOptions>) } : SHIPPED_TRAIN_OPTIONS];
  if (withVariants) for (const stem of [0, 5]) for (const l2 of [0.01, 0.03]) for (const prune of [0.05, 0.2]) if (!(stem === SHIPPED_TRAIN_OPTIONS.stem && l2 === SHIPPED_TRAIN_OPTIONS.l2 && prune === SHIPPED_TRAIN_OPTIONS.prune)) variants.push({ ...SHIPPED_TRAIN_OPTIONS, l2, prune, stem });
  const withLoso = !process.argv.includes('--no-loso');
  const losoSets = [...TUNE, 'A', 'B', 'C', 'D', 'E', ...blindNames];

  const foldRules = folds.map((h) => {
    const view = ruleViewAt(h.commit);
    const test = inBatches([h.test]);
    return { h, test, views: test.map((r) => view(r.text)) };
  });
  const currentView = new Map(corpus.map((r) => [r.id, ruleView({ text: r.text })]));

  const adds = [...range(0.3, 0.9, 0.05), NEVER];
  const sgs = [...range(0.2, 0.6, 0.05), NEVER];
  const perpAdds = [...range(0.3, 0.9, 0.05), NEVER];
  const CURRENT = SECOND_OPINION_PARAMS;
  const cell = (s: Scores) => `${fmt(f1(s.violations))} | ${fmt(f1(s.perpetrators))} | ${s.safeguarding.tp}/${s.safeguarding.tp + s.safeguarding.fn}, ${s.safeguarding.fp}`;

  for (const v of variants) {
    const t0 = Date.now();
    const cases: Case[] = [];
    for (const { h, test, views } of foldRules) {
      const model = new LinearModel(trainModel(inBatches(h.train), v));
      test.forEach((report, i) => cases.push({ report, view: views[i], probs: model.predict(report.text), affirmed: affirmation({ text: report.text }, model) }));
    }
    const loso: Case[] = [];
    if (withLoso) {
      for (const held of losoSets) {
        const model = new LinearModel(trainModel(inBatches(losoSets.filter((b) => b !== held)), v));
        for (const report of inBatches([held])) loso.push({ report, view: currentView.get(report.id)!, probs: model.predict(report.text), affirmed: affirmation({ text: report.text }, model) });
      }
    }
    const blind = cases.filter((c) => blindNames.includes(batchOf(c.report.id)));
    const lRules = score(loso, RULES_ONLY);
    console.log(`\n== l2 ${v.l2}, prune ${v.prune}, minDf ${v.minDf}, stem ${v.stem} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    console.log(`rolling origin, 13 folds (${cases.length}): rules ${line(score(cases, RULES_ONLY))} | current ${line(score(cases, CURRENT))} | model alone ${line(scoreModelAlone(cases))}`);
    console.log(`rolling origin, F–M (${blind.length}): rules ${line(score(blind, RULES_ONLY))} | current ${line(score(blind, CURRENT))}`);
    if (withLoso) console.log(`leave one set out, current rules (${loso.length}): rules ${line(lRules)} | current ${line(score(loso, CURRENT))}`);

    // Step 1: add and addSafeguarding jointly; pooled safeguarding found >= current; max pooled violation micro-F1; LOSO guard.
    const sgFloor = score(cases, CURRENT).safeguarding.tp;
    const okLoso = (p: SecondOpinionParams) => !withLoso || f1(score(loso, p).violations) >= f1(lRules.violations) - 0.01;
    const dist = (p: SecondOpinionParams) => Math.abs(Math.min(p.add, 1) - CURRENT.add) + Math.abs(Math.min(p.addSafeguarding, 1) - CURRENT.addSafeguarding);
    let best: { p: SecondOpinionParams; f: number } | null = null;
    const grid: string[] = [];
    for (const add of adds) {
      const row: string[] = [];
      for (const addSafeguarding of sgs) {
        const p = { ...CURRENT, add, addSafeguarding };
        const s = score(cases, p);
        const f = f1(s.violations);
        const ok = s.safeguarding.tp >= sgFloor && okLoso(p);
        row.push(`${fmt(f)}${ok ? ' ' : '*'}`);
        if (ok && (best === null || f > best.f + 1e-9 || (Math.abs(f - best.f) <= 1e-9 && dist(p) < dist(best.p)))) best = { p, f };
      }
      grid.push(`  add ${add === NEVER ? 'never' : add.toFixed(2)}: ${row.join(' ')}`);
    }
    console.log(`violation micro-F1, 13 folds pooled; columns addSafeguarding ${sgs.map((x) => (x === NEVER ? 'never' : x.toFixed(2))).join(' ')} (* = fails the safeguarding floor ${sgFloor} or the LOSO guard)`);
    console.log(grid.join('\n'));
    const base = best!.p;
    console.log(`  add ${base.add}, by addSafeguarding: ${sgs.map((x) => { const s = score(cases, { ...CURRENT, add: base.add, addSafeguarding: x }); return `${x === NEVER ? 'never' : x.toFixed(2)} ${f1(s.violations).toFixed(4)} ${sg(s)}`; }).join('; ')}`);
    // Below the grid, for the record only (not selectable: the grid was fixed before looking).
    for (const add of [0.1, 0.15, 0.2, 0.25]) console.log(`  (outside the grid) add ${add}: 13 folds ${line(score(cases, { ...base, add }))} | F–M ${line(score(blind, { ...base, add }))}${withLoso ? ` | loso ${line(score(loso, { ...base, add }))}` : ''}`);
    // Step 2: addPerpetrator by pooled perpetrator micro-F1; LOSO guard on perpetrators.
    const okLosoPerp = (p: SecondOpinionParams) => !withLoso || f1(score(loso, p).perpetrators) >= f1(score(loso, { ...base, addPerpetrator: NEVER }).perpetrators) - 0.01;
    let bestPerp: { p: SecondOpinionParams; f: number } | null = null;
    for (const addPerpetrator of perpAdds) {
      const p = { ...base, addPerpetrator };
      const s = score(cases, p);
      const ok = okLosoPerp(p);
      console.log(`  addPerpetrator ${addPerpetrator === NEVER ? 'never' : addPerpetrator.toFixed(2)}: 13 folds ${line(s)} | F–M ${line(score(blind, p))}${withLoso ? ` | loso ${line(score(loso, p))}` : ''}${ok ? '' : ' (fails LOSO guard)'}`);
      const f = f1(s.perpetrators);
      if (ok && (bestPerp === null || f > bestPerp.f + 1e-9 || (Math.abs(f - bestPerp.f) <= 1e-9 && Math.abs(Math.min(addPerpetrator, 1) - CURRENT.addPerpetrator) < Math.abs(Math.min(bestPerp.p.addPerpetrator, 1) - CURRENT.addPerpetrator)))) bestPerp = { p, f };
    }
    const chosen = bestPerp!.p;
    for (const addPerpetrator of [0.1, 0.15, 0.2, 0.25]) console.log(`  (outside the grid) addPerpetrator ${addPerpetrator}: 13 folds ${line(score(cases, { ...base, addPerpetrator }))} | F–M ${line(score(blind, { ...base, addPerpetrator }))}${withLoso ? ` | loso ${line(score(loso, { ...base, addPerpetrator }))}` : ''}`);
    console.log(`best ${JSON.stringify(chosen)} vs current ${JSON.stringify(CURRENT)}`);
    console.log('| fold | commit | reports | rules alone: viol F1 | perp F1 | safeguarding found/all, false flags | current | | | best | | |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    let better = 0, worse = 0, betterP = 0, worseP = 0;
    for (const { h } of foldRules) {
      const part = cases.filter((c) => batchOf(c.report.id) === h.test);
      const [r, c, b] = [RULES_ONLY, CURRENT, chosen].map((p) => score(part, p));
      if (blindNames.includes(h.test)) {
        const d = f1(b.violations) - f1(c.violations);
        if (d > 1e-9) better++;
        if (d < -1e-9) worse++;
        const dp = f1(b.perpetrators) - f1(c.perpetrators);
        if (dp > 1e-9) betterP++;
        if (dp < -1e-9) worseP++;
      }
      console.log(`| ${h.test} | ${h.commit} | ${part.length} | ${cell(r)} | ${cell(c)} | ${cell(b)} |`);
    }
    for (const [name, part] of [['13 folds pooled', cases], ['F–M pooled', blind], ['old 5 pooled', cases.filter((c) => !blindNames.includes(batchOf(c.report.id)))]] as const) {
      console.log(`| **${name}** | | ${part.length} | ${[RULES_ONLY, CURRENT, chosen].map((p) => cell(score(part, p))).join(' | ')} |`);
    }
    console.log(`F–M folds, best vs current: violations better ${better}, worse ${worse}; perpetrators better ${betterP}, worse ${worseP}`);
    // --also '<params JSON>': one more column per fold (e.g. the chosen add with the current addSafeguarding).
    const alsoAt = process.argv.indexOf('--also');
    if (alsoAt >= 0) {
      const also = { ...CURRENT, ...(JSON.parse(process.argv[alsoAt + 1]) as Partial<SecondOpinionParams>) };
      console.log(`also ${JSON.stringify(also)}:`);
      for (const { h } of foldRules) console.log(`| ${h.test} | ${cell(score(cases.filter((c) => batchOf(c.report.id) === h.test), also))} |`);
      console.log(`| 13 folds | ${cell(score(cases, also))} | F–M | ${cell(score(blind, also))} |${withLoso ? ` loso ${line(score(loso, also))}` : ''}`);
    }
    const size = serialise(shippedFile(corpus, v)).length;
    console.log(`model.json trained on all ${corpus.length} reports with these options: ${(size / 1024).toFixed(0)} KiB`);
  }
}

/**
 * Rolling origin P–AC (corpus README, "Second opinion retrained on P–AC"): blind sets P to AC, each with the
 * rules alone of the commit that first scored it, and two models: the one shipped when it was scored
 * (trained on everything up to O) and one trained on every set that existed then. The question: would
 * retraining the model on each new set as it arrived have helped on the next writer, at first sight?
 * `--options '<json>'` tries other training options for the second model.
 */
/** The second opinion's adding thresholds from the re-check to M until 2026-11-23 (model trained up to O). */
const PARAMS_TO_M: SecondOpinionParams = { add: 0.35, addSafeguarding: 0.3, dropFallback: 0, addPerpetrator: 0.4 };

const LATER_FOLDS: { test: string; commit: string; after: string }[] = [
  { test: 'P', commit: '0f06b49', after: 'O' },
  { test: 'Q', commit: '61c299d', after: 'P' },
  { test: 'R', commit: '0ca7a01', after: 'Q' },
  { test: 'S', commit: '9155fb5', after: 'R' },
  { test: 'T', commit: '4dd42b9', after: 'S' },
  { test: 'U', commit: 'ab76dbc', after: 'T' },
  { test: 'V', commit: 'ab76dbc', after: 'T' },
  { test: 'W', commit: '670a5c2', after: 'V' },
  { test: 'X', commit: '670a5c2', after: 'V' },
  { test: 'Y', commit: 'ec429e5', after: 'X' },
  { test: 'Z', commit: 'ec429e5', after: 'X' },
  { test: 'AA', commit: '3740a94', after: 'Z' },
  { test: 'AB', commit: '3740a94', after: 'Z' },
  { test: 'AC', commit: 'dc4a7e6', after: 'AB' },
  // Scored first with the engine of the session's start (rules identical at e1106e4), after the thresholds
  // below were chosen on P–AC: shown, never used to choose.
  { test: 'AD', commit: 'e1106e4', after: 'AC' },
  { test: 'AE', commit: 'e1106e4', after: 'AC' },
  { test: 'AF', commit: 'e1106e4', after: 'AC' },
];
/** The folds the thresholds were chosen on. */
const CHOICE_FOLDS = ['P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'AA', 'AB', 'AC'];

function crossValidateToAC(): void {
  const whole = trainingReports(loadCorpus());
  const later = LATER_FOLDS.map((f) => f.test);
  const afterChoice = later.filter((t) => !CHOICE_FOLDS.includes(t));
  // The choice is made as it was, without the sets scored after it (their models still train on what came before).
  const corpus = whole.filter((r) => !afterChoice.includes(batchOf(r.id)));
  // Corpus order is batch order within a language; "up to X" is every batch that is not a later set after X.
  const upToSet = (last: string) => {
    const excluded = new Set(later.slice(later.indexOf(last) + 1));
    if (last === 'O') for (const t of later) excluded.add(t);
    return corpus.filter((r) => !excluded.has(batchOf(r.id)));
  };
  const optsAt = process.argv.indexOf('--options');
  const options: TrainOptions = optsAt >= 0 ? { ...SHIPPED_TRAIN_OPTIONS, ...(JSON.parse(process.argv[optsAt + 1]) as Partial<TrainOptions>) } : SHIPPED_TRAIN_OPTIONS;
  const models = new Map<string, LinearModel>();
  const modelUpTo = (last: string, v: TrainOptions) => {
    const key = `${last} ${JSON.stringify(v)}`;
    if (!models.has(key)) models.set(key, new LinearModel(trainModel(upToSet(last), v)));
    return models.get(key)!;
  };
  const shippedThen: Case[] = [];
  const retrained: Case[] = [];
  const afterA: Case[] = [];
  const afterB: Case[] = [];
  const cell = (s: Scores) => `${fmt(f1(s.violations))} | ${fmt(f1(s.perpetrators))} | ${s.safeguarding.tp}/${s.safeguarding.tp + s.safeguarding.fn}, ${s.safeguarding.fp}`;
  console.log(`options for the retrained model: ${JSON.stringify(options)}; params before ${JSON.stringify(PARAMS_TO_M)}, shipped ${JSON.stringify(SECOND_OPINION_PARAMS)}`);
  console.log('| set | rules of | trained up to | rules alone: viol F1 | perp F1 | safeguarding, false flags | model up to O, params before | | | model up to the set before, params before | | | the same, shipped params | | |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of LATER_FOLDS) {
    const view = ruleViewAt(f.commit);
    const test = whole.filter((r) => batchOf(r.id) === f.test);
    const old = modelUpTo('O', SHIPPED_TRAIN_OPTIONS);
    const now = modelUpTo(f.after, options);
    const a = test.map((report) => ({ report, view: view(report.text), probs: old.predict(report.text), affirmed: affirmation({ text: report.text }, old), features: old.distinctFeatures(report.text) }));
    const b = a.map((c) => ({ ...c, probs: now.predict(c.report.text), affirmed: affirmation({ text: c.report.text }, now) }));
    if (CHOICE_FOLDS.includes(f.test)) {
      shippedThen.push(...a);
      retrained.push(...b);
    } else {
      afterA.push(...a);
      afterB.push(...b);
    }
    console.log(`| ${f.test} | ${f.commit} | ${f.after} | ${cell(score(a, RULES_ONLY))} | ${cell(score(a, PARAMS_TO_M))} | ${cell(score(b, PARAMS_TO_M))} | ${cell(score(b, SECOND_OPINION_PARAMS))} |`);
  }
  console.log(`| **P–AC pooled** | | | ${cell(score(shippedThen, RULES_ONLY))} | ${cell(score(shippedThen, PARAMS_TO_M))} | ${cell(score(retrained, PARAMS_TO_M))} | ${cell(score(retrained, SECOND_OPINION_PARAMS))} |`);
  console.log(`| **AD–AF pooled** | | | ${cell(score(afterA, RULES_ONLY))} | ${cell(score(afterA, PARAMS_TO_M))} | ${cell(score(afterB, PARAMS_TO_M))} | ${cell(score(afterB, SECOND_OPINION_PARAMS))} |`);
  console.log(`model alone, up to O: ${line(scoreModelAlone(shippedThen))}; up to the set before: ${line(scoreModelAlone(retrained))}`);
  // The adding thresholds on the retrained model. Selection (fixed before blind sets AD–AF were scored):
  // addSafeguarding by safeguarding F2 pooled over P–AC; then add by violation micro-F1 pooled, each only if
  // leave-one-set-out over P–AC with the current rules (tuned on most of them) stays within 0.01 of the rules;
  // then addPerpetrator by perpetrator micro-F1 pooled (its leave-one-set-out figure printed beside it).
  const loso: Case[] = [];
  for (const held of CHOICE_FOLDS) {
    const model = new LinearModel(trainModel(corpus.filter((r) => batchOf(r.id) !== held), options));
    for (const report of corpus.filter((r) => batchOf(r.id) === held)) loso.push(currentCase(report, model));
  }
  const lRules = score(loso, RULES_ONLY);
  console.log(`leave one set out, current rules (${loso.length}): rules ${line(lRules)} | params before ${line(score(loso, PARAMS_TO_M))}`);
  const okLoso = (p: SecondOpinionParams) => f1(score(loso, p).violations) >= f1(lRules.violations) - 0.01;
  const grid = (values: number[], make: (x: number) => SecondOpinionParams) =>
    values.map((x) => ({ x, p: make(x), s: score(retrained, make(x)) })).map((r) => ({ ...r, ok: okLoso(r.p) }));
  const sgRows = grid([0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4], (x) => ({ ...PARAMS_TO_M, addSafeguarding: x }));
  for (const r of sgRows) console.log(`  addSafeguarding ${r.x}: ${line(r.s)} F2 ${fmt(f2(r.s))}${r.ok ? '' : ' (fails LOSO guard)'} | loso ${line(score(loso, r.p))}`);
  const sgBest = sgRows.filter((r) => r.ok).reduce((a, b) => (f2(b.s) > f2(a.s) + 1e-9 ? b : a));
  const addRows = grid([0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5], (x) => ({ ...sgBest.p, add: x }));
  for (const r of addRows) console.log(`  add ${r.x} (addSafeguarding ${sgBest.x}): ${line(r.s)}${r.ok ? '' : ' (fails LOSO guard)'} | loso ${line(score(loso, r.p))}`);
  const addBest = addRows.filter((r) => r.ok).reduce((a, b) => (f1(b.s.violations) > f1(a.s.violations) + 1e-9 ? b : a));
  const perpRows = grid([0.3, 0.35, 0.4, 0.45, 0.5], (x) => ({ ...addBest.p, addPerpetrator: x }));
  for (const r of perpRows) console.log(`  addPerpetrator ${r.x}: ${line(r.s)} | loso ${line(score(loso, r.p))}`);
  const perpBest = perpRows.reduce((a, b) => (f1(b.s.perpetrators) > f1(a.s.perpetrators) + 1e-9 ? b : a));
  console.log(`chosen ${JSON.stringify(perpBest.p)}: ${line(perpBest.s)} | loso ${line(score(loso, perpBest.p))}`);
  // Then the floor under which the model is left out (texts of a line or two): the smallest that keeps the
  // engine spec's hand cases passing (checked with jest, not here); its cost on the folds, for the record.
  for (const minFeatures of [0, 35, 56, 94]) {
    const p = { ...perpBest.p, minFeatures };
    console.log(`  minFeatures ${minFeatures} (corpus ${minFeatures === 0 ? 'none' : minFeatures === 35 ? 'p10' : minFeatures === 56 ? 'p25' : 'median'}): ${line(score(retrained, p))} | loso ${line(score(loso, p))}`);
  }
  const size = serialise(shippedFile(whole, options)).length;
  console.log(`model.json trained on all ${whole.length} reports with these options: ${(size / 1024).toFixed(0)} KiB (${(size / whole.length / 1024).toFixed(2)} KiB a report)`);
}

/**
 * Blind set F, once: the rules alone and the frozen hybrid (model trained on
 * everything but F). Run once, at commit 49e4316 (before the negation guard;
 * --no-guard reproduces that run); the figures are in the corpus README.
 */
function blindF(): void {
  const corpus = loadCorpus();
  const f = corpus.filter((r) => batchOf(r.id) === 'F');
  const model = new LinearModel(trainModel(corpus.filter((r) => batchOf(r.id) !== 'F')));
  const casesF: Case[] = f.map((report) => ({ report, view: ruleView({ text: report.text }), probs: model.predict(report.text), affirmed: affirmation({ text: report.text }, model) }));
  const rows: string[] = [];
  for (const lang of [...new Set(f.map((r) => r.language)), 'all']) {
    const part = casesF.filter((c) => lang === 'all' || c.report.language === lang);
    const rules = score(part, RULES_ONLY);
    const hybrid = score(part, SECOND_OPINION_PARAMS);
    rows.push(`| ${lang} | ${fmt(f1(rules.violations))} | ${fmt(f1(hybrid.violations))} | ${fmt(f1(rules.perpetrators))} | ${fmt(f1(hybrid.perpetrators))} | ${sg(rules)} | ${sg(hybrid)} |`);
  }
  const rulesF = score(casesF, RULES_ONLY);
  const hybridF = score(casesF, SECOND_OPINION_PARAMS);
  console.log(`model alone: ${line(scoreModelAlone(casesF))}`);
  console.log(`rules: ${line(rulesF)}\nhybrid: ${line(hybridF)} (safeguarding recall ${fmt(recall(hybridF.safeguarding))})`);
  console.log(`per type, rules:\n${perTypeTable(rulesF)}\nper type, hybrid:\n${perTypeTable(hybridF)}`);
  console.log(`params ${JSON.stringify(SECOND_OPINION_PARAMS)}, options ${JSON.stringify(SHIPPED_TRAIN_OPTIONS)}, guard ${GUARD}`);
  console.log('| language | violation F1 rules | hybrid | perpetrator F1 rules | hybrid | safeguarding rules | hybrid |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  console.log(rows.join('\n'));
}

/**
 * The shipped model's adding bars over the blind sets it is not trained on (NOT_YET_TRAINED_ON), each report
 * with the current rules (round 31 was written from none of them): a grid of addSafeguarding, chosen by
 * safeguarding F2 (recall first) as in --cv-to-ac, then add by violation micro-F1 (a gain under 0.005 keeps the
 * shipped bar); per set for the chosen and the
 * previous bar, and the types the model adds between the two (how many of them are labelled).
 */
function barOnUnseen(): void {
  const model = shippedModel();
  const reports = loadCorpus().filter((r) => NOT_YET_TRAINED_ON.includes(batchOf(r.id)));
  const cases: Case[] = reports.map((report) => currentCase(report, model));
  console.log(`${NOT_YET_TRAINED_ON.join(', ')}: ${cases.length} reports, ${cases.filter((c) => c.report.safeguarding).length} with safeguarding; shipped ${JSON.stringify(SECOND_OPINION_PARAMS)}`);
  console.log(`  rules alone: ${line(score(cases, RULES_ONLY))}`);
  const sgRows = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4].map((x) => ({ x, s: score(cases, { ...SECOND_OPINION_PARAMS, addSafeguarding: x }) }));
  for (const r of sgRows) console.log(`  addSafeguarding ${r.x}: ${line(r.s)} F2 ${fmt(f2(r.s))}`);
  const sgBest = sgRows.reduce((a, b) => (f2(b.s) > f2(a.s) + 1e-9 ? b : a));
  const addRows = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5].map((x) => ({ x, s: score(cases, { ...SECOND_OPINION_PARAMS, addSafeguarding: sgBest.x, add: x }) }));
  for (const r of addRows) console.log(`  add ${r.x} (addSafeguarding ${sgBest.x}): ${line(r.s)}`);
  // A bar moves only for a gain of at least 0.005 (about one report's type in 280): ties and noise keep the shipped one.
  const addTop = addRows.reduce((a, b) => (f1(b.s.violations) > f1(a.s.violations) + 1e-9 ? b : a));
  const addNow = addRows.find((r) => r.x === SECOND_OPINION_PARAMS.add);
  const addBest = addNow && f1(addTop.s.violations) - f1(addNow.s.violations) < 0.005 ? addNow : addTop;
  console.log(`chosen: addSafeguarding ${sgBest.x}, add ${addBest.x}`);
  const at = (x: number) => ({ ...SECOND_OPINION_PARAMS, addSafeguarding: x, add: addBest.x });
  for (const set of NOT_YET_TRAINED_ON) {
    const part = cases.filter((c) => batchOf(c.report.id) === set);
    console.log(`  ${set}: 0.1 ${line(score(part, at(0.1)))} | ${sgBest.x} ${line(score(part, at(sgBest.x)))}`);
  }
  let added = 0;
  let labelled = 0;
  for (const c of cases) {
    const p = (l: string) => c.probs[labelIndex.get(l)!];
    const chosen = new Set(secondOpinion(c.view, p, at(sgBest.x), c.affirmed, c.features).added.map((a) => a.type));
    for (const a of secondOpinion(c.view, p, at(0.1), c.affirmed, c.features).added) {
      if (chosen.has(a.type)) continue;
      added++;
      if (c.report.violations.includes(a.type)) labelled++;
    }
  }
  console.log(`types added at 0.1 but not at ${sgBest.x}: ${added}, of them labelled: ${labelled}`);
}

function writeShipped(): void {
  const corpus = trainingReports(loadCorpus());
  const text = serialise(shippedFile(corpus));
  writeFileSync(MODEL_FILE, text);
  console.log(`wrote ${MODEL_FILE}: ${corpus.length} reports, ${(text.length / 1024).toFixed(0)} KiB`);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes('--cv-to-ac')) crossValidateToAC();
  else if (args.includes('--cv-to-m')) crossValidateToM();
  else if (args.includes('--cv')) crossValidate();
  else if (args.includes('--blind-f')) blindF();
  else if (args.includes('--bar-unseen')) barOnUnseen();
  else writeShipped();
}
