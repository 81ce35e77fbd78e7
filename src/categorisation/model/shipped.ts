/**
 * The shipped model (model.json, written by `npm run train:categorise`),
 * read once, lazily, from beside this file (nest build copies it to dist).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinearModel, type LinearModelData } from './linear';

export const MODEL_FILE = join(__dirname, 'model.json');

/** model.json: the weights and what they were trained on. */
export interface ShippedModelFile extends LinearModelData {
  /** The training options and the corpus the weights come from (reports, and a SHA-256 of their ids, texts and labels). */
  trainedOn: { reports: number; sha256: string; options: Record<string, number> };
}

let cached: LinearModel | null = null;

export function shippedModel(): LinearModel {
  if (cached === null) cached = new LinearModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ShippedModelFile);
  return cached;
}
