/**
 * Smaller compiled code for the rule patterns, with the same matches.
 *
 * V8 compiles a regular expression to machine code on its second run, and
 * it generates the code that follows a choice of alternatives once for each
 * way into it (up to ten copies), so a pattern of several choices in a row
 * (`(?:a|b|c) (?:d|e|f)\b`) grows to several times its size. An empty
 * lookahead `(?=)`, which always holds and consumes nothing, makes V8 settle
 * its state there, so what follows is generated once: a typical rule pattern
 * compiles to a third to a half of the code.
 *
 * Why it matters: once a process has generated more than 1 MB of regexp code
 * and holds more than 16 MB of executable memory, V8 compiles every further
 * pattern without optimisation (about half as fast); the rules' patterns were
 * compiled to about 17 MB, so the last ones compiled (in the order the texts
 * first ran them) ran unoptimised (test/fixtures/categorisation/README.md,
 * "Speed after rounds 12–14").
 */

import { groupAt, structure } from './regex-source';

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;
/**
 * Groups of fewer alternatives are left alone: what follows them is copied
 * at most twice, and the lookahead costs a little at each run (measured:
 * from three, the rules compile to 8.9 MB rather than 8.1 MB from two, and
 * run as fast or slightly faster).
 */
const MIN_ALTERNATIVES = 3;

/**
 * The pattern source with `(?=)` after every non-capturing group of three or
 * more alternatives (after its quantifier, if any), except at the very end. Escapes and
 * character classes are skipped; a source it cannot read is returned as is.
 */
export function compactSource(src: string): string {
  const inserts: number[] = [];
  for (const i of structure(src)) {
    if (!src.startsWith('(?:', i)) continue;
    const { close, alternatives } = groupAt(src, i);
    if (close < 0) return src;
    if (alternatives < MIN_ALTERNATIVES) continue;
    const q = QUANTIFIER.exec(src.slice(close + 1));
    const at = close + 1 + (q ? q[0].length : 0);
    if (at < src.length) inserts.push(at);
  }
  if (inserts.length === 0) return src;
  inserts.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const at of inserts) {
    if (at === from && out.endsWith('(?=)')) continue;
    out += src.slice(from, at) + '(?=)';
    from = at;
  }
  return out + src.slice(from);
}
