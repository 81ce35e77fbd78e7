import { Candidate, Recogniser, TextView, collect } from './recogniser.types';

/** Plain e-mail addresses. */
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const PROVIDERS =
  'gmail|googlemail|hotmail|yahoo|outlook|live|msn|icloud|me|aol|proton|protonmail|pm|mail|gmx|web|yandex|qq|163|126|sina|sohu|yeah|foxmail|uol|bol|terra|ig|orange|free|laposte|sfr|wanadoo|online|t-online|freenet|posteo|online|hotmail|telenor|live|tutanota|zoho|fastmail|digicelpacific|digicel|netvigator';
const AT = '(?:\\s*[\\(\\[\\{<]\\s*(?:at|arroba|arobase|ät|alfakrøll|krøllalfa|a)\\s*[\\)\\]\\}>]\\s*|\\s+(?:at|arroba|arobase|chez|ät|krøllalfa|alfakrøll)\\s+|\\s*@\\s+|\\s+@\\s*)';
const DOT = '(?:\\s*[\\(\\[\\{<]\\s*(?:dot|punto|ponto|point|punkt|prikk|dót)\\s*[\\)\\]\\}>]\\s*|\\s+(?:dot|punto|ponto|point|punkt|prikk)\\s+|\\s*\\.\\s*)';
const TLD = '(?:com|net|org|edu|gov|info|biz|io|co|me|app|xyz|online|[a-z]{2})';

/**
 * Obfuscated: "maria.lopez at gmail dot com", "juan (arroba) hotmail (punto) es", "lin AT qq DOT com".
 * Found from the "at" word outwards (the lowercase view): the domain must follow, the local part precede.
 */
const AT_RE = new RegExp(AT, 'gu');
const DOMAIN_AFTER = new RegExp(`(?:(?:${PROVIDERS})(?:${DOT}${TLD}(?:${DOT}${TLD})?)?|[\\p{L}\\p{N}-]+${DOT}${TLD}(?:${DOT}${TLD})?)(?![\\p{L}\\p{N}])`, 'uy');
const LOCAL_BEFORE = /(?<![\p{L}\p{N}._+-])[\p{L}\p{N}][\p{L}\p{N}._+-]*(?:\s+(?:dot|punto|ponto|point|punkt|prikk|underscore|guion|guión)\s+[\p{L}\p{N}][\p{L}\p{N}._+-]*){0,3}$/u;

/** Cheap pre-check: the obfuscated pattern only runs when one of its "at" words is present. */
const OBFUSCATION_HINT = /@|\bat\b|arroba|arobase|chez|ät|krøllalfa|alfakrøll|[([{<]\s*a\s*[)\]}>]/;

const COMMON_BEFORE_AT = /^(?:i|me|we|you|he|she|they|it|him|her|them|us|was|is|are|were|be|been|stayed|arrived|left|met|work|worked|working|live|lived|living|stopped|waiting|waited|look|looked|laughed|shouted|yelled|one|two|three|him|home|there|here|police|officer|cop|landlord|doctor|nurse|clinic|hospital|station|market|park|hotel|bar|night|morning|work|night|\d+)$/i;

export const recogniseEmails: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  if (view.fold.includes('@')) collect(EMAIL, view.fold, 'EMAIL', 90, out);
  if (!OBFUSCATION_HINT.test(view.lower)) return out;
  AT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_RE.exec(view.lower)) !== null) {
    const atEnd = m.index + m[0].length;
    DOMAIN_AFTER.lastIndex = atEnd;
    const domain = DOMAIN_AFTER.exec(view.lower);
    if (!domain) continue;
    const windowStart = Math.max(0, m.index - 80);
    const local = LOCAL_BEFORE.exec(view.lower.slice(windowStart, m.index));
    if (!local) continue;
    const firstWord = local[0].split(/\s/)[0] ?? '';
    // "met him at ..." must not become an e-mail.
    if (COMMON_BEFORE_AT.test(firstWord) || COMMON_BEFORE_AT.test(local[0].split(/\s/).pop() ?? '')) continue;
    out.push({ start: windowStart + local.index, end: atEnd + domain[0].length, kind: 'EMAIL', priority: 88 });
    AT_RE.lastIndex = atEnd + domain[0].length;
  }
  return out;
};
