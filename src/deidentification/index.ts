export * from './deidentification.types';
export { Deidentifier, DeidentificationError, PLACEHOLDER_RE, deidentify } from './deidentification.engine';
export { deidentifyJsonLines } from './deidentify-jsonl';
