import { unitRandom } from '../../common/random/mulberry32';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpfValid, ibanValid, luhn } from '../recognisers/checksums';
import { LabelledReport, parseCorpusFile, parseLabelled } from './labelled-text';

/**
 * The labelled multilingual corpus: hand-written reports plus template reports whose slots are filled
 * by a seeded generator (deterministic: the same corpus on every run). Values that carry checksums are
 * computed; some are deliberately typed with a wrong check digit, as people do.
 */

export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'deidentification', 'corpus');

interface Values {
  PERSON: Record<string, string[]>;
  PERSON_LC: Record<string, string[]>;
  PERSON_ZH: string[];
  ADDRESS: Record<string, string[]>;
  PLACE: Record<string, string[]>;
  PLACE_ZH: string[];
  POSTCODE: Record<string, string[]>;
  EMAIL_USERS: string[];
  EMAIL_DOMAINS: string[];
  URL: string[];
  HANDLE: string[];
  HANDLE_USERS: string[];
}


const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  tpi: ['Janueri', 'Februeri', 'Mas', 'Epril', 'Me', 'Jun', 'Julai', 'Ogas', 'Septemba', 'Oktoba', 'Novemba', 'Disemba'],
};

class Generator {
  private readonly r: () => number;
  constructor(
    private readonly v: Values,
    seed: number,
  ) {
    this.r = unitRandom(seed);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  fill(pattern: string): string {
    return pattern.replace(/x/g, () => String(this.int(0, 9)));
  }

  date(lang: string): string {
    const d = this.int(1, 28);
    const m = this.int(1, 12);
    const y = this.int(2014, 2024);
    const mn = MONTHS[lang === 'zh' ? 'en' : lang] ?? MONTHS.en!;
    const month = mn[m - 1]!;
    const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
    const forms: Record<string, string[]> = {
      en: [`${d} ${month} ${y}`, `${month} ${d}, ${y}`, `${d}/${m}/${y}`, `the ${ord(d)} of ${month.toLowerCase()}`, `${m}/${d}/${String(y).slice(2)}`, `${month} ${ord(d)}`],
      es: [`${d} de ${month} de ${y}`, `${d}/${m}/${y}`, `${d} de ${month}`, `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`],
      pt: [`${d} de ${month} de ${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${d} de ${month}`],
      fr: [`${d} ${month} ${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${d === 1 ? '1er' : d} ${month}`],
      de: [`${d}. ${month} ${y}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, `${d}. ${month}`],
      no: [`${d}. ${month} ${y}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, `${d}. ${month}`],
      zh: [`${y}年${m}月${d}日`, `${m}月${d}日`, `${m}月${d}号`],
      tpi: [`${d} ${month} ${y}`, `${d}/${m}/${y}`, `${d} ${month}`],
    };
    return this.pick(forms[lang] ?? forms.en!);
  }
  time(lang: string): string {
    const h = this.int(0, 23);
    const mm = this.pick(['00', '15', '30', '45', '10']);
    const h12 = ((h + 11) % 12) + 1;
    const forms: Record<string, string[]> = {
      en: [`${h12}pm`, `${h}:${mm}`, `${h12}:${mm} am`],
      es: [`${h}:${mm}`, `${h}:${mm} hs`],
      pt: [`${h}h${mm}`, `${h}h`, `${h}:${mm}`],
      fr: [`${h}h${mm}`, `${h}h`],
      de: [`${h}:${mm} Uhr`, `${h} Uhr`],
      no: [`${h}.${mm}`, `${h}:${mm}`],
      zh: [`下午${h12}点`, `晚上${h12}点半`, `${h}:${mm}`],
      tpi: [`${h}:${mm}`, `${h12} klok`],
    };
    return this.pick(forms[lang] ?? forms.en!);
  }
  phone(country: string): string {
    const forms: Record<string, string[]> = {
      GB: ['07700 900xxx', '+44 7700 900xxx', '07xxx xxxxxx'],
      US: ['(xxx) 555-01xx', 'xxx-555-01xx', '+1 xxx 555 01xx'],
      AU: ['04xx xxx xxx', '+61 4xx xxx xxx'],
      AR: ['11 xxxx-xxxx', '+54 9 11 xxxx xxxx', '15-xxxx-xxxx'],
      ES: ['6xx xx xx xx', '+34 6xxxxxxxx', '6xx xxx xxx'],
      MX: ['55 xxxx xxxx', '+52 1 55 xxxx xxxx'],
      CO: ['3xx xxx xxxx', '+57 3xx xxx xxxx'],
      BR: ['(11) 9xxxx-xxxx', '21 9xxxx-xxxx', '+55 21 9xxxx xxxx'],
      PT: ['9xx xxx xxx', '+351 9xx xxx xxx'],
      FR: ['06 xx xx xx xx', '+33 6 xx xx xx xx', '07.xx.xx.xx.xx'],
      BE: ['04xx xx xx xx', '+32 4xx xx xx xx'],
      NO: ['9xx xx xxx', '+47 4xx xx xxx', '4xxxxxxx'],
      DE: ['0151 xxxxxxxx', '+49 171 xxxxxxx', '0176/xxxxxxxx'],
      CN: ['138xxxxxxxx', '+86 139 xxxx xxxx', '186-xxxx-xxxx'],
      HK: ['9xxx xxxx', '+852 6xxx xxxx'],
      PG: ['7xxx xxxx', '+675 7xxx xxxx'],
    };
    return this.fill(this.pick(forms[country] ?? forms.US!));
  }
  id(lang: string): string {
    switch (lang) {
      case 'en':
        return this.pick([`${this.int(100, 665)}-${this.int(10, 99)}-${this.int(1000, 9999)}`, `${this.int(100, 665)} ${this.int(10, 99)} ${this.int(1000, 9999)}`]);
      case 'es': {
        const n = this.int(10000000, 99999999);
        const good = 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]!;
        return this.pick([`${n}${good}`, `${n}-${good}`, `${String(n).slice(0, 2)}.${String(n).slice(2, 5)}.${String(n).slice(5)}`]);
      }
      case 'pt': {
        let cpf = '';
        do cpf = this.digits(11);
        while (!cpfValid(cpf) && this.r() < 0.97);
        return this.pick([`${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`, cpf]);
      }
      case 'fr':
        return `${this.int(1, 2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(3)} ${this.digits(3)} ${this.digits(2)}`;
      case 'no': {
        // fødselsnummer-shaped (check digits computed most of the time)
        const base = `${String(this.int(1, 28)).padStart(2, '0')}${String(this.int(1, 12)).padStart(2, '0')}${this.digits(2)}${this.digits(3)}`;
        const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        const n = Array.from(base, Number);
        const k1 = (11 - (w1.reduce((a, w, i) => a + w * n[i]!, 0) % 11)) % 11;
        const k2 = (11 - (w2.reduce((a, w, i) => a + w * [...n, k1][i]!, 0) % 11)) % 11;
        return `${base}${k1 % 10}${k2 % 10}`;
      }
      case 'de':
        return `${this.pick(['L', 'T', 'C', 'F'])}${this.fill('xx')}${this.pick(['X', 'Y', 'G'])}${this.fill('xx')}${this.pick(['T', 'K', 'M'])}${this.fill('xx')}`;
      case 'zh':
        return `${this.pick(['110101', '440301', '310104'])}${this.int(1975, 2005)}${String(this.int(1, 12)).padStart(2, '0')}${String(this.int(1, 28)).padStart(2, '0')}${this.digits(3)}${this.pick(['X', String(this.int(0, 9))])}`;
      default:
        return this.digits(8);
    }
  }
  iban(lang: string): string {
    const spec: Record<string, [string, number]> = { en: ['GB', 18], es: ['ES', 20], pt: ['PT', 21], fr: ['FR', 23], no: ['NO', 11], de: ['DE', 18], zh: ['GB', 18], tpi: ['GB', 18] };
    const [cc, len] = spec[lang] ?? ['GB', 18];
    const bban = cc === 'GB' ? `${this.pick(['NWBK', 'BARC', 'HBUK'])}${this.digits(14)}` : this.digits(len);
    for (let k = 2; k < 99; k++) {
      const iban = `${cc}${String(k).padStart(2, '0')}${bban}`;
      if (ibanValid(iban)) return this.r() < 0.6 ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
    }
    return `${cc}00${bban}`;
  }
  card(): string {
    let d = '';
    do d = `${this.pick(['4', '51', '52', '37'])}${this.digits(14)}`.slice(0, 16);
    while (!luhn(d));
    return this.pick([d.replace(/(\d{4})(?=\d)/g, '$1 '), d.replace(/(\d{4})(?=\d)/g, '$1-'), d]);
  }
  render(kind: string, lang: string, country: string): [string, string, string] {
    // returns [prefix (unlabelled), KIND, value]
    const v = this.v;
    const u = this.pick(v.HANDLE_USERS);
    switch (kind) {
      case 'PERSON':
        return ['', 'PERSON', this.pick(v.PERSON[lang] ?? v.PERSON.en!)];
      case 'PERSON_LC':
        return ['', 'PERSON', this.pick(v.PERSON_LC[lang] ?? v.PERSON_LC.en!)];
      case 'PERSON_ZH':
        return ['', 'PERSON', this.pick(v.PERSON_ZH)];
      case 'PHONE':
        return ['', 'PHONE', this.phone(country)];
      case 'EMAIL':
        return ['', 'EMAIL', `${this.pick(v.EMAIL_USERS)}@${this.pick(v.EMAIL_DOMAINS)}`];
      case 'DATE':
        return ['', 'DATE', this.date(lang)];
      case 'TIME':
        return ['', 'TIME', this.time(lang)];
      case 'AGE':
        return ['', 'AGE', String(this.pick([15, 16, 17, 18, 19, 21, 23, 24, 26, 28, 29, 31, 34, 38, 42, 45, 51]))];
      case 'ADDRESS':
        return ['', 'ADDRESS', this.pick(v.ADDRESS[lang] ?? v.ADDRESS.en!)];
      case 'POSTCODE':
        return ['', 'POSTCODE', this.pick(v.POSTCODE.en!)];
      case 'PLACE':
        return ['', 'PLACE', this.pick(v.PLACE[lang] ?? v.PLACE.en!)];
      case 'PLACE_ZH':
        return ['', 'PLACE', this.pick(v.PLACE_ZH)];
      case 'PLATE': {
        const forms: Record<string, string[]> = {
          en: ['LK19 XRT', 'AB12 CDE', '7XKD 219', 'KX 4521'], es: ['ABC-123', '1234 BCD', 'AB 123 CD'], pt: ['QRS-4F21', 'MRF 2B11', 'ABC1D23'], fr: ['AB-123-CD', 'GH-456-JK'],
          no: ['EL 34567', 'AB 12345', 'DN 98765'], de: ['B-MW 1234', 'M-AB 123', 'HH-XY 99'], zh: ['粤B12345', '京A·88888', '沪C7K123'], tpi: ['PAA 123', 'BCD 456', 'LAE 789'],
        };
        return ['', 'PLATE', this.pick(forms[lang] ?? forms.en!)];
      }
      case 'BADGE':
        return ['', 'BADGE', this.pick([this.digits(4), `${this.pick(['PC', 'A', 'K'])} ${this.digits(4)}`, `${this.digits(2)}-${this.digits(3)}`, this.digits(6)])];
      case 'CASE':
        return ['', 'CASE_NUMBER', this.pick([`${this.int(2015, 2023)}/${this.digits(4)}`, `${this.digits(2)}-${this.digits(6)}`, this.digits(8), `CR/${this.digits(7)}/${this.digits(2)}`])];
      case 'ID':
        return ['', 'ID_NUMBER', this.id(lang)];
      case 'PASSPORT':
        return ['', 'PASSPORT', this.pick([`${this.pick(['AB', 'FT', 'C0', 'P'])}${this.digits(7)}`, this.digits(9), `E${this.digits(8)}`])];
      case 'IBAN':
        return ['', 'BANK_ACCOUNT', this.iban(lang)];
      case 'CARD':
        return ['', 'CARD', this.card()];
      case 'IP':
        return ['', 'IP_ADDRESS', this.r() < 0.8 ? `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `2001:db8:${this.fill('xx')}a::${this.fill('x')}f`];
      case 'URL':
        return ['', 'URL', this.pick(v.URL).replace('{u}', u.replace(/^@/, ''))];
      case 'HANDLE': {
        const f = this.pick(v.HANDLE).replace('{u}', u);
        const [pre, val] = f.includes('|') ? (f.split('|') as [string, string]) : ['', f];
        return [pre, 'HANDLE', val];
      }
      default:
        throw new Error(`unknown slot ${kind}`);
    }
  }
}

function loadValues(dir: string): Values {
  return JSON.parse(readFileSync(join(dir, 'values.json'), 'utf8')) as Values;
}

/** Hand-written reports and `variants` generated reports per template. */
export function loadCorpus(dir = CORPUS_DIR, variants = 3, seed = 20240611): LabelledReport[] {
  const files = readdirSync(dir).sort();
  const reports: LabelledReport[] = [];
  for (const f of files.filter((f) => f.startsWith('hand.') && f.endsWith('.txt'))) reports.push(...parseCorpusFile(readFileSync(join(dir, f), 'utf8')));
  const values = loadValues(dir);
  const gen = new Generator(values, seed);
  for (const f of files.filter((f) => f.startsWith('templates.') && f.endsWith('.txt'))) {
    const templates = parseTemplates(readFileSync(join(dir, f), 'utf8'));
    for (const t of templates) {
      for (let k = 0; k < variants; k++) {
        const marked = t.body.replace(/\{([A-Z_]+)\}/g, (_m, slot: string) => {
          const [pre, kind, value] = gen.render(slot, t.lang, t.country);
          return `${pre}{{${kind}:${value}}}`;
        });
        reports.push(parseLabelled(`${t.id}#${k + 1}`, t.lang, t.country, marked));
      }
    }
  }
  return reports;
}

function parseTemplates(content: string): { id: string; lang: string; country: string; body: string }[] {
  return content
    .split(/^## /m)
    .slice(1)
    .map((block) => {
      const nl = block.indexOf('\n');
      const header = block.slice(0, nl);
      return {
        id: header.split(/\s+/)[0] ?? '',
        lang: /lang=(\S+)/.exec(header)?.[1] ?? 'und',
        country: /country=(\S+)/.exec(header)?.[1] ?? 'US',
        body: block.slice(nl + 1).trim(),
      };
    })
    .filter((t) => t.body.length > 0);
}
