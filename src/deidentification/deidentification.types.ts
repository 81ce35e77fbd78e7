/** Public interface of the de-identification engine (framework-free). */
export const REDACTION_KINDS = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'URL',
  'HANDLE',
  'ID_NUMBER',
  'PASSPORT',
  'BANK_ACCOUNT',
  'CARD',
  'IP_ADDRESS',
  'BADGE',
  'CASE_NUMBER',
  'PLATE',
  'DATE',
  'TIME',
  'AGE',
  'ADDRESS',
  'POSTCODE',
  'PLACE',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface DeidentifyContext {
  /** ISO 3166-1 alpha-2 country of the report, used as the default region for phone numbers etc. */
  country?: string | null;
  /** BCP 47 language if the submitter gave one; detected otherwise. */
  language?: string | null;
}

/** A replaced span. Offsets are into the ORIGINAL text; the removed value is never kept. */
export interface RedactionSpan {
  start: number;
  end: number;
  kind: RedactionKind;
  placeholder: string;
}

export interface RedactionCount {
  kind: RedactionKind;
  count: number;
}

export interface DeidentifyResult {
  /** The de-identified text, identifiers replaced by typed placeholders such as [PERSON_1]. */
  text: string;
  /** Detected (or given) language, BCP 47 primary subtag, or null when unknown. */
  language: string | null;
  redactions: RedactionCount[];
  spans: RedactionSpan[];
}
