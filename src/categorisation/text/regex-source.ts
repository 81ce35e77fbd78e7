/**
 * Reading a regular expression's source: the one walk the prefilter (which
 * keys rules by their literal start) and the compactor (which marks groups of
 * alternatives) share.
 */

/** Indices of `(`, `)` and `|` in `src` from `from` on, outside escapes and character classes. */
export function* structure(src: string, from = 0): Generator<number> {
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(' || ch === ')' || ch === '|') yield i;
  }
}

/** The index of the parenthesis closing the group that opens at `open` (-1 if none), and how many top-level alternatives the group has. */
export function groupAt(src: string, open: number): { close: number; alternatives: number } {
  let depth = 0;
  let alternatives = 1;
  for (const i of structure(src, open)) {
    const ch = src[i];
    if (ch === '(') depth++;
    else if (ch === '|') {
      if (depth === 1) alternatives++;
    } else if (--depth === 0) return { close: i, alternatives };
  }
  return { close: -1, alternatives };
}

/** Top-level alternatives of a pattern fragment. */
export function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const i of structure(src)) {
    const ch = src[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}
