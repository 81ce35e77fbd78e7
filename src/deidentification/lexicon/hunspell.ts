/**
 * A small, read-only Hunspell lookup: enough to answer "is this an ordinary word of the language?".
 *
 * The `dictionary-*` packages (wooorm) are ESM-only, but they ship plain `index.aff`/`index.dic` files,
 * which we read with fs. We support single-step suffix and prefix stripping (no cross products, no
 * compounding rules); compounds are handled by the caller with a split heuristic. This is a deliberately
 * cheap approximation: it is only used to decide whether a capitalised or lowercase token is a known
 * common word (safe to keep) or possibly a name (to redact).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp | null;
}

type FlagMode = 'char' | 'long' | 'num';

function splitFlags(flags: string, mode: FlagMode): string[] {
  if (!flags) return [];
  if (mode === 'long') {
    const out: string[] = [];
    for (let i = 0; i < flags.length; i += 2) out.push(flags.slice(i, i + 2));
    return out;
  }
  if (mode === 'num') return flags.split(',');
  return Array.from(flags);
}

export class HunspellDictionary {
  /** stem -> set of flags (several homonym lines merge). */
  private readonly stems = new Map<string, string[]>();
  private readonly suffixes = new Map<string, AffixRule[]>();
  private readonly prefixes = new Map<string, AffixRule[]>();
  private maxSuffix = 0;
  private maxPrefix = 0;
  private readonly cache = new Map<string, boolean>();

  constructor(aff: string, dic: string) {
    let mode: FlagMode = 'char';
    const affLines = aff.split(/\r?\n/);
    for (const line of affLines) {
      const m = /^FLAG\s+(\S+)/.exec(line);
      if (m) mode = m[1] === 'long' ? 'long' : m[1] === 'num' ? 'num' : 'char';
    }
    for (const line of affLines) {
      const m = /^(SFX|PFX)\s+(\S+)\s+(\S+)\s+(\S+)(?:\s+(\S+))?/.exec(line);
      if (!m || m[5] === undefined || /^\d+$/.test(m[4] ?? '') && m[5] === undefined) continue;
      const [, type, flag, stripRaw, addRaw, cond] = m as unknown as [string, string, string, string, string, string];
      if (/^[YN]$/.test(stripRaw) && /^\d+$/.test(addRaw)) continue; // header line
      const strip = stripRaw === '0' ? '' : stripRaw;
      const add = (addRaw.split('/')[0] ?? '').replace(/^0$/, '');
      let condition: RegExp | null = null;
      if (cond && cond !== '.') {
        try {
          condition = type === 'SFX' ? new RegExp(`${cond}$`, 'u') : new RegExp(`^${cond}`, 'u');
        } catch {
          condition = null;
        }
      }
      const rule: AffixRule = { flag, strip, add, condition };
      const table = type === 'SFX' ? this.suffixes : this.prefixes;
      const list = table.get(add);
      if (list) list.push(rule);
      else table.set(add, [rule]);
      if (type === 'SFX') this.maxSuffix = Math.max(this.maxSuffix, add.length);
      else this.maxPrefix = Math.max(this.maxPrefix, add.length);
    }
    const dicLines = dic.split(/\r?\n/);
    for (let i = 1; i < dicLines.length; i++) {
      const line = dicLines[i];
      if (!line || line.startsWith('\t') || line.startsWith('#')) continue;
      const field = line.split(/[\t ]/)[0] ?? '';
      const slash = field.search(/(?<!\\)\//);
      const word = (slash >= 0 ? field.slice(0, slash) : field).replace(/\\\//g, '/');
      const flags = slash >= 0 ? field.slice(slash + 1) : '';
      if (!word) continue;
      const prev = this.stems.get(word);
      const list = splitFlags(flags, mode);
      if (prev) prev.push(...list);
      else this.stems.set(word, list);
    }
  }

  /** All stems exactly as written in the dictionary (used to derive name lists from capitalised stems). */
  stemList(): IterableIterator<string> {
    return this.stems.keys();
  }

  hasStem(word: string): boolean {
    return this.stems.has(word);
  }

  /** True when `word` (exact case) is a stem or a stem with one affix applied. */
  has(word: string): boolean {
    // No stem with one affix is this long; without the bound a 20,000-letter token cost seconds (a slice per affix length).
    if (word.length > MAX_WORD_LENGTH) return false;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const result = this.lookup(word);
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private lookup(word: string): boolean {
    if (this.stems.has(word)) return true;
    const maxS = Math.min(this.maxSuffix, word.length - 1);
    for (let k = 1; k <= maxS; k++) {
      const rules = this.suffixes.get(word.slice(word.length - k));
      if (!rules) continue;
      const base = word.slice(0, word.length - k);
      for (const r of rules) {
        const stem = base + r.strip;
        const flags = this.stems.get(stem);
        if (flags && flags.includes(r.flag) && (!r.condition || r.condition.test(stem))) return true;
      }
    }
    // Suffix rules whose add part is empty (only strip).
    const zero = this.suffixes.get('');
    if (zero) {
      for (const r of zero) {
        if (!r.strip) continue;
        const stem = word + r.strip;
        const flags = this.stems.get(stem);
        if (flags && flags.includes(r.flag) && (!r.condition || r.condition.test(stem))) return true;
      }
    }
    const maxP = Math.min(this.maxPrefix, word.length - 1);
    for (let k = 1; k <= maxP; k++) {
      const rules = this.prefixes.get(word.slice(0, k));
      if (!rules) continue;
      const rest = word.slice(k);
      for (const r of rules) {
        const stem = r.strip + rest;
        const flags = this.stems.get(stem);
        if (flags && flags.includes(r.flag) && (!r.condition || r.condition.test(stem))) return true;
      }
    }
    return false;
  }
}

/**
 * The longest word the dictionaries are asked about. The longest stem of the six dictionaries has
 * 38 letters ("feijões-manteiga-maravilhas-do-mercado"); a stem with an affix, or a compound of two,
 * stays well under 64. A longer token is no ordinary word of any language: it is treated as
 * unknown, which is the side of caution (it may be redacted, never kept as "common").
 */
export const MAX_WORD_LENGTH = 64;

/** Finds `node_modules/<pkg>/<file>` walking up from this file (works from src/ and from dist/). */
export function findPackageFile(pkg: string, file: string): string {
  let dir = __dirname;
  for (let i = 0; i < 12; i++) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Fail closed: without dictionaries the name recogniser would silently lose recall.
  throw new Error(`De-identification dictionary missing: ${pkg}/${file}`);
}

export function loadHunspell(pkg: string): HunspellDictionary {
  const aff = readFileSync(findPackageFile(pkg, 'index.aff'), 'utf8');
  const dic = readFileSync(findPackageFile(pkg, 'index.dic'), 'utf8');
  return new HunspellDictionary(aff, dic);
}
