import type { RedactionKind } from '../deidentification.types';
import { buildView } from '../text-view';
import type { Recogniser } from './recogniser.types';

/** Runs one recogniser on a text and returns what it found, as (kind, value) pairs. Used by specs. */
export function run(recogniser: Recogniser, text: string, country?: string): { kind: RedactionKind; value: string; label?: string }[] {
  const { view } = buildView(text, country);
  return recogniser(view).map((c) => ({ kind: c.kind, value: view.text.slice(c.start, c.end), ...(c.label ? { label: c.label } : {}) }));
}

/** True when some finding of `kind` covers `value` (the finding may be longer). */
export function covers(found: { kind: RedactionKind; value: string }[], kind: RedactionKind, value: string): boolean {
  return found.some((f) => f.kind === kind && f.value.includes(value));
}
