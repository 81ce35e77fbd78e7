import { Candidate, Recogniser, TextView, WB, collect } from './recogniser.types';

/** Plain e-mail addresses. */
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const PROVIDERS =
  'gmail|googlemail|hotmail|yahoo|outlook|live|msn|icloud|me|aol|proton|protonmail|pm|mail|gmx|web|yandex|qq|163|126|sina|sohu|yeah|foxmail|uol|bol|terra|ig|orange|free|laposte|sfr|wanadoo|online|t-online|freenet|posteo|online|hotmail|telenor|live|tutanota|zoho|fastmail|digicelpacific|digicel|netvigator';
const AT = '(?:\\s*[\\(\\[\\{<]\\s*(?:at|arroba|arobase|ät|alfakrøll|krøllalfa|a)\\s*[\\)\\]\\}>]\\s*|\\s+(?:at|arroba|arobase|chez|ät|krøllalfa|alfakrøll)\\s+|\\s*@\\s+|\\s+@\\s*)';
const DOT = '(?:\\s*[\\(\\[\\{<]\\s*(?:dot|punto|ponto|point|punkt|prikk|dót)\\s*[\\)\\]\\}>]\\s*|\\s+(?:dot|punto|ponto|point|punkt|prikk)\\s+|\\s*\\.\\s*)';
const TLD = '(?:com|net|org|edu|gov|info|biz|io|co|me|app|xyz|online|[a-z]{2})';

/** Obfuscated: "maria.lopez at gmail dot com", "juan (arroba) hotmail (punto) es", "lin AT qq DOT com". */
const OBFUSCATED = new RegExp(
  `${WB}[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*(?:\\s+(?:dot|punto|ponto|point|punkt|prikk|underscore|guion|guión)\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*){0,3}${AT}(?:(?:${PROVIDERS})(?:${DOT}${TLD}(?:${DOT}${TLD})?)?|[\\p{L}\\p{N}-]+${DOT}${TLD}(?:${DOT}${TLD})?)(?![\\p{sc=Latin}\\p{N}])`,
  'gu',
);

const COMMON_BEFORE_AT = /^(?:i|me|we|you|he|she|they|it|him|her|them|us|was|is|are|were|be|been|stayed|arrived|left|met|work|worked|working|live|lived|living|stopped|waiting|waited|look|looked|laughed|shouted|yelled|one|two|three|him|home|there|here|police|officer|cop|landlord|doctor|nurse|clinic|hospital|station|market|park|hotel|bar|night|morning|work|night|\d+)$/i;

export const recogniseEmails: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  collect(EMAIL, view.fold, 'EMAIL', 90, out);
  collect(OBFUSCATED, view.lower, 'EMAIL', 88, out, (m) => {
    const local = m[0].split(/[\s([{<@]/)[0] ?? '';
    // "I was at gmail dot com"? Very unlikely; but "met him at ..." must not become an e-mail.
    if (COMMON_BEFORE_AT.test(local)) return false;
    return true;
  });
  return out;
};
