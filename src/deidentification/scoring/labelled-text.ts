import { REDACTION_KINDS, type RedactionKind } from '../deidentification.types';

/** A report of the labelled corpus: plain text, labelled identifier spans and words that must survive. */
export interface LabelledReport {
  id: string;
  language: string;
  country: string | null;
  text: string;
  labels: { start: number; end: number; kind: RedactionKind }[];
  keep: { start: number; end: number }[];
}

const MARKUP = /\{\{([A-Z_]+):([^{}]+?)\}\}|<<([^<>]+?)>>/g;

/**
 * Parses inline markup: `{{KIND:value}}` labels an identifier, `<<word>>` marks words that carry the
 * violation and must survive. Throws on unknown kinds so that a typo in the corpus cannot pass silently.
 */
export function parseLabelled(id: string, language: string, country: string | null, marked: string): LabelledReport {
  const labels: LabelledReport['labels'] = [];
  const keep: LabelledReport['keep'] = [];
  let text = '';
  let last = 0;
  MARKUP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKUP.exec(marked)) !== null) {
    text += marked.slice(last, m.index);
    if (m[1] !== undefined) {
      const kind = m[1] as RedactionKind;
      if (!(REDACTION_KINDS as readonly string[]).includes(kind)) throw new Error(`Corpus ${id}: unknown kind ${kind}`);
      const value = m[2] ?? '';
      labels.push({ start: text.length, end: text.length + value.length, kind });
      text += value;
    } else {
      const value = m[3] ?? '';
      keep.push({ start: text.length, end: text.length + value.length });
      text += value;
    }
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/\{\{|\}\}|<<|>>/.test(text)) throw new Error(`Corpus ${id}: unbalanced markup`);
  return { id, language, country, text, labels, keep };
}

/**
 * Reads a corpus file: reports start with a header line `## <id> lang=<bcp47> country=<CC>` and run
 * until the next header. Lines starting with `//` are comments.
 */
export function parseCorpusFile(content: string): LabelledReport[] {
  const reports: LabelledReport[] = [];
  const blocks = content.split(/^## /m).slice(1);
  for (const block of blocks) {
    const nl = block.indexOf('\n');
    const header = block.slice(0, nl);
    const body = block
      .slice(nl + 1)
      .split('\n')
      .filter((l) => !l.startsWith('//'))
      .join('\n')
      .trim();
    const id = header.split(/\s+/)[0] ?? '';
    const lang = /lang=(\S+)/.exec(header)?.[1] ?? 'und';
    const country = /country=(\S+)/.exec(header)?.[1] ?? null;
    if (!body) continue;
    reports.push(parseLabelled(id, lang, country, body));
  }
  return reports;
}
