import { join } from 'node:path';
import { Deidentifier } from '../deidentification.engine';
import { PRESIDIO_TARGET_TYPES, loadPresidio, presidioPath, scorePresidio } from './presidio';

/**
 * The public yardstick (shared/benchmarks/presidio-synth-v2.json, beside the repository in CI too).
 * Recall as its README defines it: the share of labelled spans whose text no longer appears in the
 * output, over the entity types the issue names.
 */
describe('Presidio synthetic set', () => {
  const repoRoot = join(__dirname, '..', '..', '..');
  const samples = loadPresidio(repoRoot);

  it('is present beside the repository', () => {
    expect({ path: presidioPath(repoRoot), found: samples !== null }).toEqual({ path: presidioPath(repoRoot), found: true });
  });

  it('removes ≥ 95% of the target entity spans and ≤ 5% of the other words', () => {
    const engine = new Deidentifier();
    const score = scorePresidio(samples ?? [], (t) => engine.deidentify(t));
    expect(score.target.total).toBeGreaterThan(2000);
    expect(score.target.removed / score.target.total).toBeGreaterThanOrEqual(0.95);
    expect(score.overRedaction.removed / score.overRedaction.words).toBeLessThanOrEqual(0.05);
    for (const type of ['PHONE_NUMBER', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS', 'DOMAIN_NAME']) {
      const t = score.byType.get(type)!;
      expect({ type, recall: t.removed / t.total >= 0.99 }).toEqual({ type, recall: true });
    }
    expect(PRESIDIO_TARGET_TYPES.every((t) => score.byType.has(t))).toBe(true);
  });
});
