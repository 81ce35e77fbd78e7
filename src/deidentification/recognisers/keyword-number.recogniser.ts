import type { RedactionKind } from '../deidentification.types';
import { Candidate, Recogniser, TextView, WB, WE, alt, looksLikeMoney } from './recogniser.types';

/**
 * Numbers found by the words that introduce them, in each language: badge, case, vehicle plate,
 * passport, identity-card and bank-account numbers. "Weak" keywords (ordinary words such as "car",
 * "pass", "sak") only count when the value mixes letters and digits or is long.
 */

interface KeywordSet {
  kind: RedactionKind;
  priority: number;
  strong: string[];
  weak: string[];
}

const SETS: KeywordSet[] = [
  {
    kind: 'BADGE',
    priority: 72,
    strong: [
      'badge', 'badge number', 'badge no', 'shield number', 'shield', 'collar number', 'collar no', 'warrant card', 'service number', 'officer number', 'officer id', 'epaulette number',
      'placa', 'número de placa', 'numero de placa', 'número de agente', 'numero de agente', 'credencial', 'número de credencial', 'número de identificación policial', 'número tip', 'numero tip',
      'matrícula', 'matricula', 'número funcional', 'numero funcional', 'identificação funcional', 'rg funcional', 'rg militar',
      'matricule', 'numéro de matricule', 'numéro rio', 'matricule rio', 'numéro d\'identification', 'numéro de badge', 'numéro de brassard',
      'tjenestenummer', 'tjenestenr', 'tjenestebevis', 'tjenestebevisnummer', 'politinummer', 'skiltnummer', 'id-nummer',
      'dienstnummer', 'dienstausweis', 'dienstausweisnummer', 'kennung', 'kennnummer', 'dienstmarke', 'polizeinummer',
      'namba bilong polis', 'namba bilong em', 'namba blo em',
    ],
    weak: ['namba', 'number', 'numero', 'número', 'nummer', 'numéro', 'id'],
  },
  {
    kind: 'CASE_NUMBER',
    priority: 71,
    strong: [
      'case number', 'case no', 'case ref', 'case', 'case id', 'reference number', 'reference', 'ref', 'ref no', 'crime number', 'crime reference', 'crime ref', 'incident number', 'incident no', 'report number', 'report no', 'complaint number', 'warrant number', 'warrant', 'file number', 'file no', 'docket', 'docket number', 'claim number', 'ticket number', 'citation number', 'citation', 'cad number', 'log number', 'occurrence number',
      'expediente', 'número de expediente', 'numero de expediente', 'caso', 'número de caso', 'numero de caso', 'denuncia', 'número de denuncia', 'numero de denuncia', 'causa', 'carpeta', 'carpeta de investigación', 'carpeta de investigacion', 'acta', 'folio', 'sumario', 'atestado', 'diligencias', 'multa número', 'infracción',
      'boletim', 'boletim de ocorrência', 'boletim de ocorrencia', 'b.o.', 'processo', 'número do processo', 'inquérito', 'inquerito', 'protocolo', 'auto de infração', 'ocorrência',
      'dossier', 'numéro de dossier', 'plainte', 'numéro de plainte', 'procès-verbal', 'proces-verbal', 'pv', 'main courante', 'numéro de procédure', 'affaire',
      'saksnummer', 'saksnr', 'sak nr', 'sak', 'anmeldelse', 'anmeldelsesnummer', 'referansenummer', 'journalnummer', 'forelegg', 'bot nr',
      'aktenzeichen', 'vorgangsnummer', 'fallnummer', 'geschäftszeichen', 'tagebuchnummer', 'anzeige', 'strafanzeige', 'bußgeldbescheid',
      'kes', 'kes namba', 'namba bilong kes',
    ],
    weak: ['bo', 'az'],
  },
  {
    kind: 'PLATE',
    priority: 73,
    strong: [
      'plate', 'plates', 'number plate', 'license plate', 'licence plate', 'registration', 'registration number', 'reg', 'reg no', 'reg. no', 'car reg', 'rego', 'vehicle registration', 'tag number', 'tags',
      'placas', ...['placa', 'placas'].flatMap((p) => ['del carro', 'del coche', 'del auto', 'de la patrulla', 'de la camioneta', 'de la moto', 'del taxi', 'del vehículo', 'del vehiculo', 'de la camioneta'].map((v) => `${p} ${v}`)), 'placa do carro', 'placa da viatura', 'placa da moto', 'placa do táxi', 'placa do veículo', 'patente', 'dominio', 'matrícula del coche', 'matrícula del carro', 'matricula del coche', 'chapa',
      'plaque', 'plaque d\'immatriculation', 'immatriculation', 'immat',
      'bilnummer', 'bilnummeret', 'registreringsnummer', 'registreringsnummeret', 'regnr', 'reg.nr', 'skilt', 'skiltet', 'skiltnummer', 'skiltnummeret', 'kjennemerke', 'bilskilt',
      'kennzeichen', 'nummernschild', 'autokennzeichen', 'polizeikennzeichen',
      'namba plet', 'plet namba', 'plet', 'namba bilong ka',
    ],
    weak: ['car', 'vehicle', 'van', 'taxi', 'cab', 'truck', 'carro', 'coche', 'auto', 'patrulla', 'camioneta', 'viatura', 'voiture', 'bil', 'bilen', 'wagen', 'ka', 'moto', 'motorbike', 'bike'],
  },
  {
    kind: 'PASSPORT',
    priority: 74,
    strong: ['passport', 'passport number', 'passport no', 'pasaporte', 'número de pasaporte', 'passaporte', 'número do passaporte', 'passeport', 'numéro de passeport', 'reisepass', 'passnummer', 'reisepassnummer', 'paspot'],
    weak: ['pass', 'pas'],
  },
  {
    kind: 'ID_NUMBER',
    priority: 70,
    strong: [
      'id number', 'id no', 'id card', 'identity card', 'identity number', 'national id', 'national insurance', 'ni number', 'nino', 'ssn', 'social security', 'social security number', 'driver license', "driver's license", 'driving licence', 'licence number', 'license number', 'tax id', 'visa number', 'permit number', 'residence permit', 'work permit', 'brp', 'student id', 'employee id', 'membership number', 'member id', 'patient number', 'nhs number', 'medical record', 'mrn', 'hospital number',
      'dni', 'nie', 'cédula', 'cedula', 'curp', 'rfc', 'rut', 'cuil', 'cuit', 'nif', 'tarjeta de residencia', 'número de seguridad social', 'historia clínica', 'historia clinica', 'legajo',
      'cpf', 'rg', 'cnh', 'cns', 'cartão do sus', 'cartao do sus', 'título de eleitor', 'prontuário', 'prontuario',
      'cni', "carte d'identité", 'carte vitale', 'numéro de sécurité sociale', 'titre de séjour', 'numéro fiscal',
      'personnummer', 'fødselsnummer', 'fodselsnummer', 'fnr', 'd-nummer', 'dnummer', 'oppholdstillatelse', 'pasientnummer',
      'ausweis', 'personalausweis', 'ausweisnummer', 'steuer-id', 'steuernummer', 'aufenthaltstitel', 'versichertennummer', 'sozialversicherungsnummer',
      'hkid', 'aadhaar', 'aadhar', 'nid', 'id namba', 'aidi',
    ],
    weak: ['run', 'pan', 'tin', 'dl', 'nis', 'pis', 'ame', 'id', 'ident', 'identity', 'license', 'licence', 'permit', 'visa', 'carnet', 'ausweis', 'tarjeta', 'cartão', 'carte'],
  },
  {
    kind: 'BANK_ACCOUNT',
    priority: 74,
    strong: [
      'account number', 'account no', 'acct', 'acct no', 'acc no', 'a/c', 'bank account', 'sort code', 'routing number', 'routing', 'swift', 'bic', 'iban', 'bsb',
      'cuenta', 'número de cuenta', 'numero de cuenta', 'cbu', 'cvu', 'clabe', 'cuenta bancaria',
      'conta', 'número da conta', 'numero da conta', 'agência', 'agencia', 'chave pix', 'pix', 'conta corrente', 'conta bancária',
      'rib', 'numéro de compte', 'compte', 'compte bancaire',
      'konto', 'kontonummer', 'kontonr', 'blz', 'bankkonto', 'kontonummeret',
      'bank namba', 'namba bilong bank', 'bank akaun',
    ],
    weak: ['aba', 'account', 'bank'],
  },
];

const CJK_SETS: { kind: RedactionKind; priority: number; words: string[] }[] = [
  { kind: 'BADGE', priority: 72, words: ['警号', '警號', '警员编号', '警員編號', '警官证', '警官證', '工号', '工號', '编号', '編號'] },
  { kind: 'CASE_NUMBER', priority: 71, words: ['案号', '案號', '案件编号', '案件編號', '报案号', '報案號', '报警回执', '回执号', '档案号', '檔案號', '报案编号'] },
  { kind: 'PLATE', priority: 73, words: ['车牌号码', '車牌號碼', '车牌号', '車牌號', '车牌', '車牌', '牌照', '牌照号'] },
  { kind: 'PASSPORT', priority: 74, words: ['护照号码', '護照號碼', '护照号', '護照號', '护照', '護照'] },
  { kind: 'ID_NUMBER', priority: 70, words: ['身份证号码', '身份證號碼', '身份证号', '身份证', '身份證', '身分證', '證件號碼', '证件号码', '居住证', '工作签证'] },
  { kind: 'BANK_ACCOUNT', priority: 74, words: ['银行卡号', '銀行卡號', '银行卡', '銀行卡', '账号', '賬號', '帳號', '账户', '帳戶'] },
];

const FILLER_RAW =
  '(?:\\s*(?:number|numbers|num|no|nos|nr|nro|núm|nº|n°|n\\.º|n\\.|#|№|is|was|were|are|es|era|eran|son|fue|eram|são|é|foi|est|était|er|var|ist|war|lautet|lautete|de|del|da|do|of|the|his|her|their|su|sus|seu|sua|son|sa|ses|hans|hennes|sein|seine|seiner|ihr|ihre|bilong|em|i|on|in|en|på|auf|ending|ending in|terminada en|que termina en|terminando em|starting|starting with|with|con|com|avec|mit|med|like|como|something like|algo como|algo tipo|tipo|genre|se|said|dijo|disse|sagt|sa|read|decía|dizia|was like|numéro|número|numero|nummer|namba|code|código|codigo)(?![\\p{sc=Latin}\\p{N}])\\.?|\\s*[:：=#\\-–.])*';

/** Fillers between keyword and value, matched on the lowercase view (sticky, at the keyword's end). */
const FILLER_STICKY = new RegExp(FILLER_RAW, 'uy');
const OPEN_STICKY = /\s*[([]?\s*/uy;
/** A few ordinary words between keyword and value: "bilnummeret til kunden var EL 34567". */
const GAP_STICKY = /(?:\s+\p{Ll}{1,10}){1,3}\s*[:：]?\s+/uy;

/** The value: optional short letter prefix, then a digit, then letter/digit groups (case matters: fold view). */
const VALUE =
  "[#№]?(?:\\p{L}{1,4}[ \\-/]?)?\\d[\\p{L}\\p{N}]*(?:(?:[ \\-/.]|\\s?-\\s?)(?:\\d[\\p{L}\\p{N}]*|\\p{Lu}{1,3}\\d*(?![\\p{Ll}])(?<!\\bI)))*|\\p{Lu}{1,3}[ -]?\\p{Lu}{0,3}[ -]?\\d[\\p{L}\\p{N}]*";
const VALUE_STICKY = new RegExp(VALUE, 'uy');

interface Entry {
  kind: RedactionKind;
  priority: number;
  weak: boolean;
}

/**
 * One pass finds every keyword of every language and kind on the lowercase view (a single
 * alternation is much cheaper than one case-insensitive regex per kind); the filler and the value are
 * then matched in place with sticky expressions.
 */
const ENTRIES = new Map<string, Entry[]>();
for (const s of SETS) {
  for (const [words, weak] of [
    [s.strong, false],
    [s.weak, true],
  ] as const) {
    for (const w of words) {
      const list = ENTRIES.get(w) ?? [];
      list.push({ kind: s.kind, priority: s.priority, weak });
      ENTRIES.set(w, list);
    }
  }
}
const KEYWORD_RE = new RegExp(`${WB}(?:${alt(ENTRIES.keys()).replace(/ /g, '\\s+')})${WE}`, 'gu');

const CJK_COMPILED = CJK_SETS.map((s) => ({
  kind: s.kind,
  priority: s.priority,
  re: new RegExp(`(${alt(s.words)})(?:\\s*(?:是|为|為|号码|號碼|号|號|码|碼|：|:|=|#))*\\s*(${VALUE}|[\\u4e00-\\u9fff][A-Z][·.\\s]?[A-Z0-9]{4,6})`, 'gu'),
}));

function valueAt(view: TextView, pos: number): { start: number; value: string } | null {
  VALUE_STICKY.lastIndex = pos;
  const v = VALUE_STICKY.exec(view.fold);
  if (!v) return null;
  return { start: pos, value: v[0].replace(/[\s.\-/]+$/, '') };
}

function accept(view: TextView, keyword: string, weak: boolean, start: number, value: string): boolean {
  const alnum = value.replace(/[^\p{L}\p{N}]/gu, '');
  if (alnum.length < 2 || !/\d/.test(value)) return false;
  const hasLetter = /\p{L}/u.test(alnum);
  if (weak && !(hasLetter && alnum.length >= 4) && alnum.length < 6) return false;
  if (!hasLetter && looksLikeMoney(view.lower, start, start + value.length)) return false;
  // Counts of things ("case 2 times") are too short to be references: ask for 3+ characters.
  if (alnum.length < 3 && !/[\u4e00-\u9fff]/.test(keyword)) return false;
  return true;
}

/** Chinese mainland plates: province abbreviation + letter + 5-6 letters/digits, anywhere. */
const CN_PLATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][·.\s]?[A-Z0-9]{5,6}(?![A-Z0-9])/gu;

export const recogniseKeywordNumbers: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  KEYWORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_RE.exec(view.lower)) !== null) {
    const keyword = m[0].replace(/\s+/g, ' ');
    const entries = ENTRIES.get(keyword);
    if (!entries) continue;
    const end = m.index + m[0].length;
    FILLER_STICKY.lastIndex = end;
    FILLER_STICKY.exec(view.lower);
    OPEN_STICKY.lastIndex = FILLER_STICKY.lastIndex || end;
    OPEN_STICKY.exec(view.lower);
    const direct = valueAt(view, OPEN_STICKY.lastIndex || end);
    GAP_STICKY.lastIndex = end;
    const gap = GAP_STICKY.exec(view.fold) ? valueAt(view, GAP_STICKY.lastIndex) : null;
    for (const e of entries) {
      if (direct && accept(view, keyword, e.weak, direct.start, direct.value)) {
        out.push({ start: direct.start, end: direct.start + direct.value.length, kind: e.kind, priority: e.priority });
      } else if (gap && !e.weak && accept(view, keyword, true, gap.start, gap.value)) {
        out.push({ start: gap.start, end: gap.start + gap.value.length, kind: e.kind, priority: e.priority - 1 });
      }
    }
  }
  if (!view.hasHan) return out;
  for (const c of CJK_COMPILED) {
    c.re.lastIndex = 0;
    while ((m = c.re.exec(view.fold)) !== null) {
      const keyword = m[1] ?? '';
      const value = (m[2] ?? '').replace(/[\s.\-/]+$/, '');
      const start = m.index + m[0].length - (m[2] ?? '').length;
      if (!accept(view, keyword, false, start, value)) continue;
      out.push({ start, end: start + value.length, kind: c.kind, priority: c.priority });
    }
  }
  CN_PLATE.lastIndex = 0;
  while ((m = CN_PLATE.exec(view.fold)) !== null) out.push({ start: m.index, end: m.index + m[0].length, kind: 'PLATE', priority: 73 });
  return out;
};
