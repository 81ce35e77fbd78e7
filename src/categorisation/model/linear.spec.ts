import { readFileSync } from 'node:fs';
import { loadCorpus } from '../scoring/corpus';
import { featureSpans, features } from './features';
import { LinearModel, train } from './linear';
import { MODEL_FILE, shippedModel } from './shipped';
import { corpusFingerprint, serialise, shippedFile, trainingReports } from './training';

describe('features', () => {
  it('folds words, makes bigrams within a clause, reduces placeholders to their kind', () => {
    const f = features('The Cops took [MONEY_1] from [PERSON_2]. Señora was [AGE_UNDER_18], her friend [AGE_25_29]');
    expect([...f]).toEqual(expect.arrayContaining(['cops', 'the cops', 'took #money', '#person', 'senora', '#age_minor', '#age_adult']));
    expect(f.has('#person senora')).toBe(false); // no bigram across a full stop
  });

  it('uses Han character 1-3-grams, with spans into the original text', () => {
    const text = '警察打我';
    const spans = featureSpans(text);
    expect(spans.map((s) => s.feature)).toEqual(expect.arrayContaining(['警察', '察打', '警察打', '打']));
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.feature);
  });
});

describe('linear model', () => {
  const toy = [
    { text: 'the police beat me', labels: ['v:POLICE_ABUSE', 'p:POLICE'] },
    { text: 'police officers hit her hard', labels: ['v:POLICE_ABUSE', 'p:POLICE'] },
    { text: 'the police beat him at night', labels: ['v:POLICE_ABUSE', 'p:POLICE'] },
    { text: 'the landlord told me to leave the flat', labels: ['v:FORCED_EVICTION', 'p:LANDLORD'] },
    { text: 'my landlord evicted me from the flat', labels: ['v:FORCED_EVICTION', 'p:LANDLORD'] },
    { text: 'landlord changed the locks of my flat', labels: ['v:FORCED_EVICTION', 'p:LANDLORD'] },
  ];
  const labels = ['v:POLICE_ABUSE', 'v:FORCED_EVICTION', 'p:POLICE', 'p:LANDLORD'];
  const model = new LinearModel(train(toy, labels, { l2: 0.03, minDf: 1, prune: 0, maxIterations: 200, stem: 0 }));

  it('learns the obvious on a toy set', () => {
    const p = model.predict('the police beat my friend');
    expect(p[model.labelIndex('v:POLICE_ABUSE')]).toBeGreaterThan(0.8);
    expect(p[model.labelIndex('v:FORCED_EVICTION')]).toBeLessThan(0.2);
    const q = model.predict('the landlord wants me out of the flat');
    expect(q[model.labelIndex('v:FORCED_EVICTION')]).toBeGreaterThan(0.8);
    expect(q[model.labelIndex('p:LANDLORD')]).toBeGreaterThan(0.8);
  });

  it('gives as evidence phrases of the text that weigh for the label', () => {
    const text = 'Last week the police beat me near the station.';
    const ev = model.evidence(text, 'v:POLICE_ABUSE');
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(text).toContain(e);
    expect(ev.join(' ')).toMatch(/police|beat/);
  });

  it('training is deterministic', () => {
    const again = train(toy, labels, { l2: 0.03, minDf: 1, prune: 0, maxIterations: 200, stem: 0 });
    expect(again).toEqual(model.data);
  });
});

/** predict() the plain way, over feature strings (what the numeric feature index must reproduce exactly). */
function plainPredict(model: LinearModel, text: string): Float64Array {
  const f = features(text, model.data.stem);
  const s = f.size === 0 ? 0 : 1 / Math.sqrt(f.size);
  const z = Float64Array.from(model.data.bias);
  for (const feature of f) {
    if (!Object.hasOwn(model.data.weights, feature)) continue;
    const pairs = model.data.weights[feature];
    for (let k = 0; k < pairs.length; k += 2) z[pairs[k]] += pairs[k + 1] * s;
  }
  return z.map((x) => 1 / (1 + Math.exp(-x)));
}

describe('feature index (inference without feature strings)', () => {
  const texts = loadCorpus().flatMap((r) => [r.text, r.text.toUpperCase()]);
  texts.push('', '[PERSON_1] [AGE_UNDER_18] [AGE_15_17] 警察打我 警察 the police beat me', `[${'A'.repeat(45)}] police`);

  it('gives the probabilities of the plain computation, bit for bit (shipped model, corpus texts)', () => {
    const model = shippedModel();
    for (const text of texts) expect([text, [...model.predict(text)]]).toEqual([text, [...plainPredict(model, text)]]);
  });

  it('does so with stem features too', () => {
    const stemmed = new LinearModel(train(loadCorpus().slice(0, 150).map((r) => ({ text: r.text, labels: r.violations.map((t) => `v:${t}`) })), ['v:POLICE_ABUSE', 'v:EXTORTION'], { l2: 0.03, minDf: 1, prune: 0, maxIterations: 30, stem: 4 }));
    for (const text of texts.slice(0, 400)) expect([text, [...stemmed.predict(text)]]).toEqual([text, [...plainPredict(stemmed, text)]]);
  });
});

describe('shipped model', () => {
  it('loads, and is what the training script produces from the corpus (retrained here, byte for byte)', () => {
    const corpus = trainingReports(loadCorpus());
    const shipped = readFileSync(MODEL_FILE, 'utf8');
    const head = JSON.parse(shipped) as { trainedOn: { sha256: string; reports: number; options: { prune: number } }; weights: Record<string, number[]> };
    // A corpus change without `npm run train:categorise` fails here first, with a clear message.
    expect({ reports: head.trainedOn.reports, sha256: head.trainedOn.sha256 }).toEqual({ reports: corpus.length, sha256: corpusFingerprint(corpus) });
    expect(serialise(shippedFile(corpus))).toBe(shipped);
    expect(shippedModel().labels.length).toBe(21);
    // Pruned as trained: no weight under the threshold was kept (each one kept is a feature's entry).
    const kept = Object.values(head.weights).flatMap((pairs) => pairs.filter((_, i) => i % 2 === 1));
    expect(kept.filter((w) => Math.abs(w) < head.trainedOn.options.prune)).toEqual([]);
    // The file grows with the corpus (1,169 reports: 1.07 MiB, 0.94 KiB each; 1,449: 1.49 MiB, 1.04 KiB
    // each), so its budget is per report: past 1.5 KiB a report, the features or the pruning changed.
    expect(shipped.length / corpus.length).toBeLessThan(1.5 * 1024);
  }, 60_000);
});
