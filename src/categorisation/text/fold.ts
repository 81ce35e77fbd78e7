/**
 * One-for-one character folding: lower case and Latin diacritics removed,
 * without changing the length, so offsets into the folded text are offsets
 * into the original (evidence phrases are cut from the original).
 */
const MAP = new Uint16Array(0x250);
for (let c = 0; c < MAP.length; c++) MAP[c] = c;
for (let c = 0x41; c <= 0x5a; c++) MAP[c] = c + 0x20;

const GROUPS: Record<string, string> = {
  a: 'ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ',
  c: 'ÇçĆćĈĉĊċČč',
  d: 'ĎďĐđ',
  e: 'ÈÉÊËèéêëĒēĔĕĖėĘęĚě',
  g: 'ĜĝĞğĠġĢģ',
  i: 'ÌÍÎÏìíîïĨĩĪīĬĭĮįİ',
  n: 'ÑñŃńŅņŇň',
  o: 'ÒÓÔÕÖØòóôõöøŌōŎŏŐő',
  u: 'ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų',
  y: 'ÝýÿŸ',
  s: 'ŚśŜŝŞşŠš',
  z: 'ŹźŻżŽž',
  l: 'ĹĺĻļĽľŁł',
  r: 'ŔŕŖŗŘř',
  t: 'ŢţŤť',
};
for (const [base, chars] of Object.entries(GROUPS)) {
  for (const ch of chars) MAP[ch.charCodeAt(0)] = base.charCodeAt(0);
}
// æ and œ keep one character each; they fold to their first letter.
MAP['Æ'.charCodeAt(0)] = MAP['æ'.charCodeAt(0)] = 'a'.charCodeAt(0);
MAP['Œ'.charCodeAt(0)] = MAP['œ'.charCodeAt(0)] = 'o'.charCodeAt(0);

const RIGHT_QUOTE = 0x2019;
const LEFT_QUOTE = 0x2018;

/** Fold a text (see above). The result has exactly the length of the input. */
export function fold(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x250 ? MAP[c] : c === RIGHT_QUOTE || c === LEFT_QUOTE ? 0x27 : c;
  }
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) {
    s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Fold only the non-ASCII letters of a pattern source (ASCII must stay as written: `\S`, `\W` …). */
export function foldPatternSource(source: string): string {
  let s = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    s += c >= 0x80 ? fold(source[i]) : source[i];
  }
  return s;
}
