/**
 * The taxonomy of ../shared/TAXONOMY.md as versioned data (framework-free).
 *
 * Codes come from ./taxonomy.codes.ts and never change here; this module adds
 * names, descriptions, policy basis, safeguarding and the HURIDOCS mapping.
 *
 * TAXONOMY_VERSION follows semver:
 * - MAJOR: a code is removed or renamed, or its meaning narrows/widens so that
 *   reports categorised before and after can no longer be compared
 *   (trend figures must then be split by version).
 * - MINOR: a code (type, sub-type, perpetrator, setting …) is added, or the
 *   categorisation rules change in a way that can change results.
 * - PATCH: names, descriptions, translations or the HURIDOCS mapping change;
 *   results cannot change.
 */
import {
  LEGAL_MODELS,
  PERPETRATOR_TYPES,
  REPORTED_TO_POLICE,
  SAFEGUARDING_TYPES,
  VIOLATION_SUBTYPES,
  VIOLATION_TYPES,
  WORK_SETTINGS,
  type LegalModel,
  type PerpetratorType,
  type ReportedToPolice,
  type ViolationType,
  type WorkSetting,
} from './taxonomy.codes';

export const TAXONOMY_VERSION = '1.0.0';

/** Languages every name and description is given in (BCP 47 primary subtags). */
export const TAXONOMY_LANGUAGES = ['en', 'es', 'pt', 'fr', 'nb', 'zh', 'tpi'] as const;
export type TaxonomyLanguage = (typeof TAXONOMY_LANGUAGES)[number];

/** One text per language, in the order of TAXONOMY_LANGUAGES. */
type L7 = readonly [en: string, es: string, pt: string, fr: string, nb: string, zh: string, tpi: string];

export interface LocalisedText {
  language: TaxonomyLanguage;
  text: string;
}

/** HURIDOCS Events Standard Formats, micro-thesaurus "Types of Acts". */
export interface HuridocsMapping {
  /** null where the label is known but the numeric code could not be verified. */
  code: string | null;
  label: string;
}

export interface TaxonomySubtype {
  code: string;
  names: LocalisedText[];
}

export interface TaxonomyViolationType {
  code: ViolationType;
  subtypes: TaxonomySubtype[];
  names: LocalisedText[];
  descriptions: LocalisedText[];
  safeguarding: boolean;
  huridocs: HuridocsMapping | null;
  policyBasis: string;
}

export interface TaxonomyValue<T extends string> {
  code: T;
  names: LocalisedText[];
}

export interface Taxonomy {
  version: string;
  languages: TaxonomyLanguage[];
  violationTypes: TaxonomyViolationType[];
  perpetratorTypes: TaxonomyValue<PerpetratorType>[];
  workSettings: TaxonomyValue<WorkSetting>[];
  reportedToPolice: TaxonomyValue<ReportedToPolice>[];
  legalModels: TaxonomyValue<LegalModel>[];
}

interface TypeData {
  names: L7;
  descriptions: L7;
  policyBasis: string;
  huridocs: HuridocsMapping | null;
}

/*
 * HURIDOCS: the Events Standard Formats "Types of Acts" micro-thesaurus has
 * labels for these acts, but its numeric codes could not be verified while
 * this module was written, so every code is null (never guessed) and only the
 * closest label is given. Fill a code in only from the published thesaurus
 * (a PATCH version bump).
 */
const TYPES: Record<ViolationType, TypeData> = {
  POLICE_ABUSE: {
    names: [
      'Abuse by law enforcement',
      'Abuso policial',
      'Abuso policial',
      'Abus des forces de l’ordre',
      'Overgrep fra politiet',
      '执法人员的侵害',
      'Pasin nogut bilong polis',
    ],
    descriptions: [
      'Physical or sexual violence, arbitrary arrest, entrapment, harassment, condoms used as evidence, theft or coercive interrogation by police or other law enforcement.',
      'Violencia física o sexual, detención arbitraria, trampas, acoso, uso de condones como prueba, robo o interrogatorios coercitivos por parte de la policía.',
      'Violência física ou sexual, prisão arbitrária, armadilhas, assédio, preservativos usados como prova, roubo ou interrogatório coercivo pela polícia.',
      'Violences physiques ou sexuelles, arrestation arbitraire, piège, harcèlement, préservatifs utilisés comme preuve, vol ou interrogatoire coercitif par la police.',
      'Fysisk eller seksuell vold, vilkårlig pågripelse, provokasjon, trakassering, kondomer brukt som bevis, tyveri eller tvangsavhør fra politiet.',
      '警察或其他执法人员的身体或性暴力、任意逮捕、诱捕、骚扰、以安全套作为证据、盗取财物或强迫审讯。',
      'Polis i paitim, reipim, kalabusim nating, trikim, hambak, kisim kondom olsem evidens, stilim samting o fosim man long toktok.',
    ],
    policyBasis: '"Physical and sexual violence"; research finding 3',
    huridocs: { code: null, label: 'Torture / Ill-treatment; Arbitrary arrest; Rape' },
  },
  FORCED_EVICTION: {
    names: [
      'Forced eviction',
      'Desalojo forzoso',
      'Despejo forçado',
      'Expulsion forcée',
      'Tvangsutkastelse',
      '强制驱逐',
      'Rausim long haus o ples wok',
    ],
    descriptions: [
      'Forced eviction from home or workplace: landlords evicting under police pressure, raids and closures of premises, removal with no notice.',
      'Desalojo forzoso de la vivienda o del lugar de trabajo: caseros que echan bajo presión policial, allanamientos y clausuras, desalojo sin aviso.',
      'Despejo forçado da casa ou do local de trabalho: senhorios que despejam sob pressão policial, rusgas e encerramentos, remoção sem aviso.',
      'Expulsion forcée du logement ou du lieu de travail : propriétaires sous pression policière, descentes et fermetures, expulsion sans préavis.',
      'Tvangsutkastelse fra bolig eller arbeidssted: utleiere som kaster ut under press fra politiet, razziaer og stenging, utkastelse uten varsel.',
      '被强制逐出住所或工作场所：房东在警方压力下驱逐、突击搜查及关闭场所、未经通知即被赶走。',
      'Ol i rausim yu long haus o ples wok: papa bilong haus i rausim yu long wanem polis i tok, polis i kam pasim ples, rausim yu nating tok save.',
    ],
    policyBasis: '"Criminalisation" (forced eviction); research finding 2',
    huridocs: { code: null, label: 'Forced eviction' },
  },
  EXTORTION: {
    names: ['Extortion and bribery', 'Extorsión y soborno', 'Extorsão e suborno', 'Extorsion et corruption', 'Utpressing og bestikkelser', '勒索与索贿', 'Pulim mani long pasin nogut'],
    descriptions: [
      'Money or sex demanded by police to avoid arrest or to be allowed to work, on-the-spot "fines" kept by officers, and demands by clients, managers or others under threat.',
      'Dinero o sexo exigido por la policía para no detener o para dejar trabajar, "multas" que se queda el agente, y exigencias bajo amenaza de clientes, encargados u otros.',
      'Dinheiro ou sexo exigido pela polícia para não prender ou para deixar trabalhar, "multas" que ficam com o agente, e exigências sob ameaça de clientes, gerentes ou outros.',
      'Argent ou sexe exigé par la police pour éviter l’arrestation ou pour laisser travailler, « amendes » gardées par l’agent, exigences sous menace de clients, gérants ou autres.',
      'Penger eller sex som politiet krever for ikke å pågripe eller for å la deg jobbe, «bøter» som betjenten beholder, og krav under trusler fra kunder, ledere eller andre.',
      '警察为免予逮捕或"允许"工作而索要金钱或性服务、被警员私吞的当场"罚款"，以及客人、经理或他人以威胁索要钱财或性。',
      'Polis i askim mani o koap bambai ol i no kalabusim yu o larim yu wok, "fain" we polis i kisim i go long pocket bilong em, na ol kastoma o bos i pulim mani long pasin bilong tok pait.',
    ],
    policyBasis: 'research finding 3',
    huridocs: { code: null, label: 'Extortion' },
  },
  DENIAL_OF_HEALTH_CARE: {
    names: ['Denial of health care', 'Negación de atención de salud', 'Negação de cuidados de saúde', 'Refus de soins', 'Nektet helsehjelp', '拒绝或歧视性医疗', 'Ol i no givim marasin o lukautim sik'],
    descriptions: [
      'Turned away or discriminated against in health care, treatment driven by occupation rather than need, breaches of confidentiality, barriers to HIV and sexual and reproductive health services.',
      'Rechazo o discriminación en la atención de salud, tratamiento según la ocupación y no la necesidad, violación de la confidencialidad, barreras a servicios de VIH y salud sexual y reproductiva.',
      'Recusa ou discriminação nos cuidados de saúde, tratamento pela ocupação e não pela necessidade, quebra de sigilo, barreiras a serviços de VIH e saúde sexual e reprodutiva.',
      'Refus ou discrimination dans les soins, traitement dicté par l’activité plutôt que par le besoin, violation du secret médical, obstacles aux services VIH et de santé sexuelle et reproductive.',
      'Avvist eller diskriminert i helsevesenet, behandling styrt av yrke i stedet for behov, brudd på taushetsplikt, hindringer for hiv- og seksualhelsetjenester.',
      '在医疗中被拒诊或受歧视、依职业而非病情安排治疗、泄露隐私、在艾滋病及性与生殖健康服务上受阻。',
      'Ol i rausim yu long haus sik o mekim nogut long yu, ol i tokaut long sik bilong yu, o pasim yu long kisim HIV test o marasin.',
    ],
    policyBasis: '"Stigma and discrimination"; "Criminalisation" (right to health, HIV prevention); research finding 1',
    huridocs: { code: null, label: 'Denial of access to health care' },
  },
  VIOLENCE_BY_PRIVATE_ACTORS: {
    names: ['Violence by clients, third parties or others', 'Violencia de clientes, terceros u otros', 'Violência de clientes, terceiros ou outros', 'Violences de clients, de tiers ou d’autres', 'Vold fra kunder, tredjeparter eller andre', '客人、第三方或他人的暴力', 'Pait na pasin nogut bilong kastoma o narapela man'],
    descriptions: [
      'Physical or sexual assault, robbery, threats with a weapon or non-payment by force by clients, managers, members of the public, family or people posing as police.',
      'Agresión física o sexual, robo, amenazas con armas o negativa a pagar por la fuerza de clientes, encargados, desconocidos, familia o falsos policías.',
      'Agressão física ou sexual, roubo, ameaça com arma ou recusa de pagamento pela força de clientes, gerentes, desconhecidos, família ou falsos polícias.',
      'Agression physique ou sexuelle, vol, menace avec une arme ou refus de payer par la force de la part de clients, gérants, inconnus, famille ou faux policiers.',
      'Fysisk eller seksuell vold, ran, trusler med våpen eller tvang til ikke å betale fra kunder, bakmenn, fremmede, familie eller falske politifolk.',
      '客人、经理、公众、家人或冒充警察者的身体或性侵犯、抢劫、持械威胁或以暴力拒付。',
      'Kastoma, bos, ol man nating, famili o ol giaman polis i paitim yu, reipim yu, stilim samting, tok pait wantaim naip o gan, o no laik peim yu.',
    ],
    policyBasis: '"Physical and sexual violence"',
    huridocs: { code: null, label: 'Assault; Rape; Robbery' },
  },
  DISCRIMINATION: {
    names: ['Stigma and discrimination', 'Estigma y discriminación', 'Estigma e discriminação', 'Stigmatisation et discrimination', 'Stigma og diskriminering', '污名与歧视', 'Ol i daunim yu na mekim narakain long yu'],
    descriptions: [
      'Refused or dismissed from other work, housing, education, social security or ordinary services; insults and racist, anti-migrant or transphobic abuse.',
      'Rechazo o despido de otros trabajos, vivienda, educación, seguridad social o servicios comunes; insultos y abuso racista, xenófobo o tránsfobo.',
      'Recusa ou despedimento de outros trabalhos, habitação, educação, segurança social ou serviços comuns; insultos e abuso racista, xenófobo ou transfóbico.',
      'Refus ou licenciement d’un autre emploi, logement, éducation, protection sociale ou services ordinaires ; insultes et abus racistes, xénophobes ou transphobes.',
      'Nektet eller oppsagt fra annet arbeid, bolig, utdanning, trygd eller vanlige tjenester; skjellsord og rasistisk, innvandrerfiendtlig eller transfobisk trakassering.',
      '在其他工作、住房、教育、社会保障或日常服务中被拒绝或解雇；侮辱及种族、排外或跨性别歧视的辱骂。',
      'Ol i no givim yu narapela wok, haus, skul, halivim o sevis; ol i kolim yu long nogut nem o tok nogut long skin, ples o kain bilong yu.',
    ],
    policyBasis: '"Stigma and discrimination"; "Intersectional discrimination"',
    huridocs: { code: null, label: 'Discrimination' },
  },
  DENIAL_OF_JUSTICE: {
    names: ['Barriers to police protection and justice', 'Barreras a la protección policial y la justicia', 'Barreiras à proteção policial e à justiça', 'Obstacles à la protection policière et à la justice', 'Hindringer for politibeskyttelse og rettferdighet', '获得警方保护与司法的障碍', 'Polis na kot i no helpim yu'],
    descriptions: [
      'Police refuse to record or act, the victim is blamed, the person does not report for fear of prosecution, eviction, fines on clients, losing income or immigration status, or is denied a lawyer, interpreter or hearing.',
      'La policía se niega a registrar o actuar, se culpa a la víctima, no se denuncia por miedo a ser procesada, desalojada, a multas a clientes, a perder ingresos o la situación migratoria, o se niega abogado, intérprete o audiencia.',
      'A polícia recusa registar ou agir, a vítima é culpada, não se denuncia por medo de processo, despejo, multas aos clientes, perda de rendimento ou do estatuto migratório, ou é negado advogado, intérprete ou audiência.',
      'La police refuse d’enregistrer ou d’agir, la victime est blâmée, on ne porte pas plainte par peur de poursuites, d’expulsion, d’amendes aux clients, de perdre ses revenus ou son titre de séjour, ou on refuse avocat, interprète ou audience.',
      'Politiet nekter å ta imot anmeldelse eller gjøre noe, offeret får skylden, man anmelder ikke av frykt for straff, utkastelse, bøter på kunder, tapt inntekt eller oppholdsstatus, eller nektes advokat, tolk eller rettsmøte.',
      '警方拒绝立案或处理、受害者被指责、因害怕被检控、被驱逐、客人被罚、失去收入或居留身份而不敢报案，或被剥夺律师、翻译或聆讯。',
      'Polis i no laik raitim ripot o helpim yu, ol i tok em asua bilong yu, yu pret long ripot long wanem ol bai kalabusim o rausim yu, o ol i no givim yu loya o tanim tok.',
    ],
    policyBasis: '"Physical and sexual violence" (impunity); research finding 3',
    huridocs: { code: null, label: 'Denial of access to justice / Failure to protect' },
  },
  CRIMINALISATION: {
    names: ['Enforcement of sex-work and related laws', 'Aplicación de leyes sobre trabajo sexual y afines', 'Aplicação de leis sobre trabalho sexual e afins', 'Application des lois sur le travail du sexe et connexes', 'Håndheving av lover om sexarbeid og beslektede lover', '执行性工作及相关法律', 'Ol i yusim lo bilong pamuk na ol narapela lo long yu'],
    descriptions: [
      'Arrests, charges or fines for soliciting, advertising, brothel keeping, working together, public-order offences, immigration offences, and enforcement against clients that pushes work into less safe places.',
      'Detenciones, cargos o multas por oferta, publicidad, regentar un local, trabajar juntas, contravenciones de orden público, infracciones migratorias y persecución de clientes que empuja el trabajo a lugares menos seguros.',
      'Detenções, acusações ou multas por aliciamento, publicidade, casa de prostituição, trabalhar juntas, contravenções de ordem pública, infrações migratórias e perseguição de clientes que empurra o trabalho para locais menos seguros.',
      'Arrestations, poursuites ou amendes pour racolage, publicité, proxénétisme, travail à plusieurs, troubles à l’ordre public, infractions au séjour, et poursuite des clients qui repousse le travail vers des lieux moins sûrs.',
      'Pågripelser, siktelser eller bøter for kobling, annonsering, bordelldrift, å jobbe sammen, ordensforstyrrelser, utlendingslovbrudd og straffeforfølgelse av kunder som presser arbeidet til mindre trygge steder.',
      '因招揽、广告、经营卖淫场所、一起工作、公共秩序罪行、入境违规而被捕、被控或被罚，以及执法针对客人而迫使工作转往较不安全的地方。',
      'Ol i kalabusim o kotim yu long pamuk, putim ads, ran long haus pamuk, wok wantaim, brukim lo bilong ples, lo bilong visa, na polis i ronim ol kastoma na yu mas wok long ples i no sef.',
    ],
    policyBasis: '"Criminalisation"; research finding 2',
    huridocs: { code: null, label: 'Arrest; Prosecution' },
  },
  LABOUR_EXPLOITATION: {
    names: ['Denial of labour rights and safe working conditions', 'Negación de derechos laborales y condiciones seguras', 'Negação de direitos laborais e condições seguras', 'Négation des droits du travail et de conditions sûres', 'Nektet arbeidsrettigheter og trygge arbeidsforhold', '劳动权利及安全工作条件被剥夺', 'Ol i no givim raits bilong wok na ples wok i sef'],
    descriptions: [
      'Earnings withheld, unsafe working conditions, and exclusion from labour protection (cannot hire security, join a union or use labour and health and safety law).',
      'Ganancias retenidas, condiciones de trabajo inseguras y exclusión de la protección laboral (no poder contratar seguridad, sindicarse ni usar la ley laboral).',
      'Ganhos retidos, condições de trabalho inseguras e exclusão da proteção laboral (não poder contratar segurança, sindicalizar-se ou usar a lei laboral).',
      'Gains retenus, conditions de travail dangereuses et exclusion de la protection du travail (impossible d’engager une sécurité, de se syndiquer ou d’invoquer le droit du travail).',
      'Inntekt holdt tilbake, utrygge arbeidsforhold og utestengt fra arbeidervern (kan ikke ansette vakt, organisere seg eller bruke arbeidsmiljøloven).',
      '收入被扣、工作环境不安全、被排除于劳动保障之外（不能聘请保安、组织工会或援引劳动及职业安全法）。',
      'Ol i holim pe bilong yu, ples wok i no sef, na yu no inap kisim sekiuriti, joinim yunion o yusim lo bilong wok.',
    ],
    policyBasis: '"Regulation of sex work"',
    huridocs: { code: null, label: 'Violation of labour rights' },
  },
  COERCION_OR_TRAFFICKING: {
    names: ['Coercion, trafficking or being prevented from leaving', 'Coacción, trata o impedimento de dejarlo', 'Coação, tráfico ou impedimento de sair', 'Contrainte, traite ou impossibilité de partir', 'Tvang, menneskehandel eller å bli hindret i å slutte', '胁迫、贩运或被阻止离开', 'Fosim yu, salim yu olsem samting, o pasim yu long lusim'],
    descriptions: [
      'Forced or deceived into selling sex, debt bondage, documents confiscated, prevented from leaving, or compelled into "exit" programmes under threat of sanctions. Not sex work under the policy; flagged for safeguarding.',
      'Obligada o engañada a vender sexo, servidumbre por deudas, documentos retenidos, impedida de irse u obligada a programas de "salida" bajo amenaza. No es trabajo sexual según la política; se marca para protección.',
      'Forçada ou enganada a vender sexo, servidão por dívida, documentos retidos, impedida de sair ou obrigada a programas de "saída" sob ameaça. Não é trabalho sexual segundo a política; sinalizado para proteção.',
      'Contrainte ou trompée pour vendre du sexe, servitude pour dettes, papiers confisqués, empêchée de partir ou forcée dans des programmes de « sortie » sous menace de sanctions. Ce n’est pas du travail du sexe au sens de la politique ; signalé pour protection.',
      'Tvunget eller lurt til å selge sex, gjeldsslaveri, dokumenter tatt, hindret i å slutte eller tvunget inn i «exit»-programmer under trussel om sanksjoner. Ikke sexarbeid etter policyen; flagges for beskyttelse.',
      '被强迫或欺骗出卖性服务、债务奴役、证件被没收、被阻止离开，或在制裁威胁下被迫参加"退出"计划。按政策不属性工作；需作保护跟进。',
      'Ol i fosim o giamanim yu long salim bodi, dinau i pasim yu, ol i holim pas pepa bilong yu, ol i no larim yu go, o fosim yu long go long "exit" program. Dispela i no sex wok; mas lukautim kwiktaim.',
    ],
    policyBasis: '"Entry into sex work"; "Leaving sex work"; trafficking position',
    huridocs: { code: null, label: 'Trafficking in persons; Forced labour' },
  },
  CHILD_INVOLVED: {
    names: ['A person under 18 involved', 'Persona menor de 18 años involucrada', 'Pessoa menor de 18 anos envolvida', 'Personne de moins de 18 ans concernée', 'Person under 18 år involvert', '涉及未满18岁人士', 'Pikinini aninit long 18 krismas i insait'],
    descriptions: [
      'Any indication that a person under 18 is involved. This is child sexual exploitation, not sex work; always flagged for urgent safeguarding review.',
      'Cualquier indicio de que participa una persona menor de 18 años. Es explotación sexual infantil, no trabajo sexual; siempre se marca para protección urgente.',
      'Qualquer indício de que está envolvida uma pessoa menor de 18 anos. É exploração sexual infantil, não trabalho sexual; sempre sinalizado para proteção urgente.',
      'Tout indice qu’une personne de moins de 18 ans est concernée. Il s’agit d’exploitation sexuelle d’enfant, pas de travail du sexe ; toujours signalé pour protection urgente.',
      'Ethvert tegn på at en person under 18 år er involvert. Dette er seksuell utnytting av barn, ikke sexarbeid; flagges alltid for rask beskyttelse.',
      '任何显示涉及未满18岁人士的迹象。这是儿童性剥削而非性工作；一律标记作紧急保护审查。',
      'Sapos i gat mak olsem wanpela pikinini aninit long 18 krismas i insait. Dispela em i pasin nogut long pikinini, i no sex wok; mas lukautim kwiktaim.',
    ],
    policyBasis: 'definition of child; child exploitation position',
    huridocs: { code: null, label: 'Sexual exploitation of children' },
  },
  OUT_OF_SCOPE: {
    names: ['Nothing above applies', 'No corresponde a ningún tipo', 'Nenhum tipo se aplica', 'Aucun type ne s’applique', 'Ingen type passer', '不属以上任何类别', 'I no fit long wanpela bilong ol dispela'],
    descriptions: [
      'No violation type applies (for example dancing or sexually explicit material outside the policy, or no violation described). Kept and counted, never dropped.',
      'No aplica ningún tipo (por ejemplo baile o material sexual explícito fuera de la política, o no se describe una violación). Se guarda y se cuenta, nunca se descarta.',
      'Nenhum tipo se aplica (por exemplo dança ou material sexual explícito fora da política, ou nenhuma violação descrita). Guardado e contado, nunca descartado.',
      'Aucun type ne s’applique (par exemple danse ou contenu sexuellement explicite hors de la politique, ou aucune violation décrite). Conservé et compté, jamais écarté.',
      'Ingen type passer (for eksempel dans eller seksuelt eksplisitt materiale utenfor policyen, eller ingen krenkelse beskrevet). Beholdes og telles, forkastes aldri.',
      '不适用任何违规类别（例如政策以外的舞蹈或色情内容制作，或未描述违规）。仍予保存及计算，绝不丢弃。',
      'I no fit long wanpela kain (olsem danis o wokim piksa bilong sex, o i no gat pasin nogut). Mipela i holim na kaunim, i no rausim.',
    ],
    policyBasis: 'terminology section',
    huridocs: null,
  },
};

const SUBTYPE_NAMES: Record<string, L7> = {
  PHYSICAL_VIOLENCE: ['Physical violence', 'Violencia física', 'Violência física', 'Violence physique', 'Fysisk vold', '身体暴力', 'Paitim bodi'],
  SEXUAL_VIOLENCE: ['Sexual violence', 'Violencia sexual', 'Violência sexual', 'Violence sexuelle', 'Seksuell vold', '性暴力', 'Reipim na pasin nogut long sex'],
  ARBITRARY_ARREST: ['Arbitrary arrest or detention', 'Detención arbitraria', 'Detenção arbitrária', 'Arrestation ou détention arbitraire', 'Vilkårlig pågripelse eller varetekt', '任意逮捕或拘留', 'Kalabusim nating'],
  ENTRAPMENT: ['Entrapment', 'Trampa policial', 'Armadilha policial', 'Piège policier', 'Politiprovokasjon', '诱捕', 'Polis i giaman olsem kastoma'],
  HARASSMENT_PROFILING: ['Harassment and profiling', 'Acoso y perfilamiento', 'Assédio e perfilamento', 'Harcèlement et profilage', 'Trakassering og profilering', '骚扰与针对性盘查', 'Polis i hambak na stopim yu oltaim'],
  CONDOMS_AS_EVIDENCE: ['Condoms as evidence', 'Condones como prueba', 'Preservativos como prova', 'Préservatifs comme preuve', 'Kondomer som bevis', '以安全套作证据', 'Kondom olsem evidens'],
  THEFT_SEIZURE: ['Theft or seizure of belongings', 'Robo o incautación de pertenencias', 'Roubo ou apreensão de pertences', 'Vol ou saisie de biens', 'Tyveri eller beslag av eiendeler', '盗取或没收财物', 'Stilim o kisim samting'],
  COERCIVE_INTERROGATION: ['Coercive interrogation', 'Interrogatorio coercitivo', 'Interrogatório coercivo', 'Interrogatoire coercitif', 'Tvangsavhør', '强迫审讯', 'Fosim long toktok'],
  HOME_EVICTION: ['Eviction from home', 'Desalojo de la vivienda', 'Despejo da casa', 'Expulsion du logement', 'Utkastelse fra bolig', '被逐出住所', 'Rausim long haus'],
  WORKPLACE_CLOSURE: ['Workplace raided or closed', 'Allanamiento o clausura del lugar de trabajo', 'Rusga ou encerramento do local de trabalho', 'Descente ou fermeture du lieu de travail', 'Razzia eller stenging av arbeidssted', '工作场所被搜查或关闭', 'Pasim ples wok'],
  NO_NOTICE: ['Removed with no notice', 'Desalojo sin aviso', 'Despejo sem aviso', 'Expulsion sans préavis', 'Kastet ut uten varsel', '未经通知被赶走', 'Rausim nating tok save'],
  POLICE_BRIBE: ['Bribe demanded by police', 'Soborno exigido por la policía', 'Suborno exigido pela polícia', 'Pot-de-vin exigé par la police', 'Bestikkelse krevd av politiet', '警察索贿', 'Polis i askim mani'],
  UNLAWFUL_FINE: ['Unlawful on-the-spot fine', 'Multa ilegal en el acto', 'Multa ilegal no local', 'Amende illégale sur place', 'Ulovlig bot på stedet', '非法当场罚款', 'Giaman fain'],
  THIRD_PARTY_EXTORTION: ['Extortion by clients or others', 'Extorsión por clientes u otros', 'Extorsão por clientes ou outros', 'Extorsion par des clients ou autres', 'Utpressing fra kunder eller andre', '客人或他人勒索', 'Kastoma o narapela i pulim mani'],
  REFUSED_TREATMENT: ['Refused treatment', 'Atención negada', 'Tratamento recusado', 'Soins refusés', 'Nektet behandling', '被拒诊', 'Ol i no givim marasin'],
  DISCRIMINATORY_TREATMENT: ['Discriminatory treatment', 'Trato discriminatorio', 'Tratamento discriminatório', 'Traitement discriminatoire', 'Diskriminerende behandling', '歧视性对待', 'Mekim narakain long yu'],
  NOT_MEDICALLY_INDICATED: ['Treatment not medically indicated', 'Tratamiento sin indicación médica', 'Tratamento sem indicação médica', 'Traitement non justifié médicalement', 'Behandling uten medisinsk grunn', '非基于医疗需要的处置', 'Marasin i no long sik tru'],
  CONFIDENTIALITY_BREACH: ['Breach of confidentiality', 'Violación de la confidencialidad', 'Quebra de sigilo', 'Violation du secret médical', 'Brudd på taushetsplikt', '泄露隐私', 'Tokaut long sik bilong yu'],
  HIV_SRH_BARRIER: ['Barrier to HIV or sexual and reproductive health services', 'Barrera a servicios de VIH o salud sexual y reproductiva', 'Barreira a serviços de VIH ou saúde sexual e reprodutiva', 'Obstacle aux services VIH ou de santé sexuelle et reproductive', 'Hindring for hiv- eller seksualhelsetjenester', '艾滋病或性与生殖健康服务受阻', 'Pasim yu long HIV na sevis bilong sex helt'],
  PHYSICAL_ASSAULT: ['Physical assault', 'Agresión física', 'Agressão física', 'Agression physique', 'Fysisk angrep', '身体侵犯', 'Paitim yu'],
  SEXUAL_ASSAULT: ['Sexual assault', 'Agresión sexual', 'Agressão sexual', 'Agression sexuelle', 'Seksuelt overgrep', '性侵犯', 'Reipim yu'],
  ROBBERY: ['Robbery', 'Robo', 'Roubo', 'Vol', 'Ran', '抢劫', 'Stilim long strong'],
  THREAT_WITH_WEAPON: ['Threat with a weapon', 'Amenaza con arma', 'Ameaça com arma', 'Menace avec une arme', 'Trussel med våpen', '持械威胁', 'Tok pait wantaim naip o gan'],
  NON_PAYMENT_BY_FORCE: ['Non-payment by force', 'Negativa a pagar por la fuerza', 'Recusa de pagamento pela força', 'Refus de payer par la force', 'Tvang til ikke å betale', '以暴力拒付', 'No laik peim yu na mekim strong'],
  EMPLOYMENT: ['Employment', 'Empleo', 'Emprego', 'Emploi', 'Arbeid', '就业', 'Wok'],
  HOUSING: ['Housing', 'Vivienda', 'Habitação', 'Logement', 'Bolig', '住房', 'Haus'],
  EDUCATION: ['Education', 'Educación', 'Educação', 'Éducation', 'Utdanning', '教育', 'Skul'],
  SOCIAL_SECURITY: ['Social security', 'Seguridad social', 'Segurança social', 'Protection sociale', 'Trygd', '社会保障', 'Halivim bilong gavman'],
  SERVICES: ['Ordinary services', 'Servicios comunes', 'Serviços comuns', 'Services ordinaires', 'Vanlige tjenester', '日常服务', 'Ol sevis'],
  VERBAL_ABUSE: ['Verbal abuse', 'Abuso verbal', 'Abuso verbal', 'Abus verbal', 'Verbal trakassering', '言语辱骂', 'Tok nogut'],
  REPORT_REFUSED: ['Report refused', 'Denuncia rechazada', 'Queixa recusada', 'Plainte refusée', 'Anmeldelse avvist', '拒绝受理报案', 'Polis i no laik kisim ripot'],
  VICTIM_BLAMED: ['Victim blamed', 'Culpabilización de la víctima', 'Culpabilização da vítima', 'Victime blâmée', 'Offeret fikk skylden', '指责受害者', 'Ol i tok em asua bilong yu'],
  FEAR_OF_REPORTING: ['Fear of reporting', 'Miedo a denunciar', 'Medo de denunciar', 'Peur de porter plainte', 'Frykt for å anmelde', '害怕报案', 'Pret long ripot'],
  DUE_PROCESS: ['Due process denied', 'Debido proceso negado', 'Devido processo negado', 'Procès équitable refusé', 'Nektet rettssikkerhet', '被剥夺正当程序', 'No gat loya o kot'],
  SEX_WORK_OFFENCE: ['Sex-work offence', 'Infracción de trabajo sexual', 'Infração de trabalho sexual', 'Infraction liée au travail du sexe', 'Sexarbeidslovbrudd', '性工作相关罪行', 'Lo bilong pamuk'],
  PUBLIC_ORDER_LAWS: ['Public-order laws', 'Leyes de orden público', 'Leis de ordem pública', 'Lois d’ordre public', 'Ordenslover', '公共秩序法', 'Lo bilong ples'],
  IMMIGRATION: ['Immigration enforcement', 'Control migratorio', 'Controlo migratório', 'Contrôle de l’immigration', 'Utlendingskontroll', '入境执法', 'Lo bilong visa'],
  CLIENT_PURSUIT: ['Enforcement against clients', 'Persecución de clientes', 'Perseguição de clientes', 'Poursuite des clients', 'Straffeforfølgelse av kunder', '针对客人的执法', 'Polis i ronim kastoma'],
  UNPAID_EARNINGS: ['Unpaid or withheld earnings', 'Ganancias retenidas o impagas', 'Ganhos retidos ou não pagos', 'Gains retenus ou impayés', 'Tilbakeholdt inntekt', '收入被扣或未付', 'Ol i no peim yu'],
  UNSAFE_CONDITIONS: ['Unsafe working conditions', 'Condiciones inseguras', 'Condições inseguras', 'Conditions dangereuses', 'Utrygge arbeidsforhold', '不安全的工作条件', 'Ples wok i no sef'],
  EXCLUDED_FROM_PROTECTION: ['Excluded from labour protection', 'Excluida de la protección laboral', 'Excluída da proteção laboral', 'Exclue de la protection du travail', 'Utestengt fra arbeidervern', '被排除于劳动保障之外', 'No gat lo bilong wok'],
  FORCED_ENTRY: ['Forced into selling sex', 'Obligada a vender sexo', 'Forçada a vender sexo', 'Contrainte à vendre du sexe', 'Tvunget til å selge sex', '被迫卖淫', 'Fosim yu long salim bodi'],
  DECEPTION: ['Deception', 'Engaño', 'Engano', 'Tromperie', 'Lureri', '欺骗', 'Giamanim yu'],
  DEBT_BONDAGE: ['Debt bondage', 'Servidumbre por deudas', 'Servidão por dívida', 'Servitude pour dettes', 'Gjeldsslaveri', '债务奴役', 'Dinau i pasim yu'],
  DOCUMENTS_CONFISCATED: ['Documents confiscated', 'Documentos retenidos', 'Documentos retidos', 'Papiers confisqués', 'Dokumenter tatt', '证件被没收', 'Ol i holim pepa bilong yu'],
  PREVENTED_FROM_LEAVING: ['Prevented from leaving', 'Impedida de irse', 'Impedida de sair', 'Empêchée de partir', 'Hindret i å dra', '被阻止离开', 'Ol i no larim yu go'],
  COMPELLED_PROGRAMME: ['Compelled into an "exit" programme', 'Obligada a un programa de "salida"', 'Obrigada a um programa de "saída"', 'Contrainte à un programme de « sortie »', 'Tvunget inn i «exit»-program', '被迫参加"退出"计划', 'Fosim yu long go long exit program'],
};

const PERPETRATOR_NAMES: Record<PerpetratorType, L7> = {
  POLICE: ['Police', 'Policía', 'Polícia', 'Police', 'Politi', '警察', 'Polis'],
  OTHER_STATE_OFFICIAL: ['Other state official', 'Otro funcionario público', 'Outro funcionário público', 'Autre agent de l’État', 'Annen offentlig tjenesteperson', '其他政府人员', 'Narapela wokman bilong gavman'],
  HEALTH_WORKER: ['Health worker', 'Personal de salud', 'Profissional de saúde', 'Soignant', 'Helsearbeider', '医护人员', 'Dokta o nes'],
  LANDLORD: ['Landlord', 'Casero o dueño', 'Senhorio', 'Propriétaire', 'Utleier', '房东', 'Papa bilong haus'],
  CLIENT: ['Client', 'Cliente', 'Cliente', 'Client', 'Kunde', '客人', 'Kastoma'],
  THIRD_PARTY: ['Manager, agent or employer', 'Encargado, agente o empleador', 'Gerente, agente ou empregador', 'Gérant, agent ou employeur', 'Leder, agent eller arbeidsgiver', '经理、中介或雇主', 'Bos o ejen'],
  MEMBER_OF_PUBLIC: ['Member of the public', 'Persona desconocida', 'Pessoa do público', 'Membre du public', 'Privatperson', '公众人士', 'Man nating long rot'],
  FAMILY_OR_PARTNER: ['Family or partner', 'Familia o pareja', 'Família ou parceiro', 'Famille ou partenaire', 'Familie eller partner', '家人或伴侣', 'Famili o poroman'],
  IMPERSONATOR: ['Person posing as police', 'Persona que se hace pasar por policía', 'Pessoa que se faz passar por polícia', 'Personne se faisant passer pour la police', 'Person som utgir seg for å være politi', '冒充警察者', 'Giaman polis'],
  OTHER: ['Other', 'Otro', 'Outro', 'Autre', 'Annen', '其他', 'Narapela'],
  UNKNOWN: ['Unknown', 'Desconocido', 'Desconhecido', 'Inconnu', 'Ukjent', '不详', 'I no save'],
};

const WORK_SETTING_NAMES: Record<WorkSetting, L7> = {
  STREET: ['Street', 'Calle', 'Rua', 'Rue', 'Gate', '街头', 'Rot'],
  INDOOR_OWN: ['Own premises, alone', 'Lugar propio, sola', 'Local próprio, sozinha', 'Chez soi, seule', 'Egen leilighet, alene', '独自在自己的地方', 'Ples bilong yu yet'],
  INDOOR_SHARED: ['Shared premises, brothel or parlour', 'Lugar compartido, prostíbulo o salón de masajes', 'Local partilhado, casa ou salão de massagens', 'Lieu partagé, maison close ou salon de massage', 'Delt leilighet, bordell eller massasjesalong', '与他人共用的地方、妓院或按摩院', 'Haus wantaim ol narapela'],
  OUTCALL: ['Outcall (client’s home or hotel)', 'Salida (casa del cliente u hotel)', 'Deslocação (casa do cliente ou hotel)', 'Déplacement (domicile du client ou hôtel)', 'Utekall (kundens hjem eller hotell)', '外召（客人家中或酒店）', 'Go long haus bilong kastoma o hotel'],
  ONLINE: ['Online', 'En línea', 'Online', 'En ligne', 'På nett', '网上', 'Long intanet'],
  OTHER: ['Other', 'Otro', 'Outro', 'Autre', 'Annet', '其他', 'Narapela'],
  UNKNOWN: ['Unknown', 'Desconocido', 'Desconhecido', 'Inconnu', 'Ukjent', '不详', 'I no save'],
};

const REPORTED_NAMES: Record<ReportedToPolice, L7> = {
  YES: ['Reported to police', 'Denunciado a la policía', 'Denunciado à polícia', 'Signalé à la police', 'Anmeldt til politiet', '已报警', 'Ripot long polis'],
  NO: ['Not reported', 'No denunciado', 'Não denunciado', 'Non signalé', 'Ikke anmeldt', '未报警', 'No ripot'],
  TRIED_REFUSED: ['Tried, police refused', 'Intentó, la policía se negó', 'Tentou, a polícia recusou', 'Tenté, la police a refusé', 'Forsøkte, politiet nektet', '曾报警但被拒绝', 'Traim tasol polis i no laik'],
  UNKNOWN: ['Unknown', 'Desconocido', 'Desconhecido', 'Inconnu', 'Ukjent', '不详', 'I no save'],
};

const LEGAL_MODEL_NAMES: Record<LegalModel, L7> = {
  FULL_CRIMINALISATION: ['Full criminalisation', 'Penalización total', 'Criminalização total', 'Pénalisation totale', 'Full kriminalisering', '全面刑事化', 'Olgeta pasin i brukim lo'],
  PARTIAL_CRIMINALISATION: ['Partial criminalisation', 'Penalización parcial', 'Criminalização parcial', 'Pénalisation partielle', 'Delvis kriminalisering', '部分刑事化', 'Sampela pasin i brukim lo'],
  CLIENT_CRIMINALISATION: ['Criminalisation of clients', 'Penalización de clientes', 'Criminalização de clientes', 'Pénalisation des clients', 'Sexkjøpsloven (kriminalisering av kjøp)', '刑事化买方', 'Baim sex i brukim lo'],
  REGULATION: ['Regulation (licensing)', 'Regulación (licencias)', 'Regulamentação (licenças)', 'Réglementation (licences)', 'Regulering (lisenser)', '规管（发牌）', 'Lo bilong laisens'],
  DECRIMINALISATION: ['Decriminalisation', 'Despenalización', 'Descriminalização', 'Décriminalisation', 'Avkriminalisering', '非刑事化', 'I no brukim lo'],
};

function localise(texts: L7): LocalisedText[] {
  return TAXONOMY_LANGUAGES.map((language, i) => ({ language, text: texts[i] }));
}

function values<T extends string>(codes: readonly T[], names: Record<T, L7>): TaxonomyValue<T>[] {
  return codes.map((code) => ({ code, names: localise(names[code]) }));
}

function subtypeNames(code: string): L7 {
  const names = SUBTYPE_NAMES[code];
  if (!names) throw new Error(`taxonomy: sub-type ${code} has no names`);
  return names;
}

function build(): Taxonomy {
  return {
    version: TAXONOMY_VERSION,
    languages: [...TAXONOMY_LANGUAGES],
    violationTypes: VIOLATION_TYPES.map((code) => {
      const data = TYPES[code];
      return {
        code,
        subtypes: VIOLATION_SUBTYPES[code].map((s: string) => ({ code: s, names: localise(subtypeNames(s)) })),
        names: localise(data.names),
        descriptions: localise(data.descriptions),
        safeguarding: SAFEGUARDING_TYPES.includes(code),
        huridocs: data.huridocs ? { ...data.huridocs } : null,
        policyBasis: data.policyBasis,
      };
    }),
    perpetratorTypes: values(PERPETRATOR_TYPES, PERPETRATOR_NAMES),
    workSettings: values(WORK_SETTINGS, WORK_SETTING_NAMES),
    reportedToPolice: values(REPORTED_TO_POLICE, REPORTED_NAMES),
    legalModels: values(LEGAL_MODELS, LEGAL_MODEL_NAMES),
  };
}

/** The taxonomy as a plain, typed object (a fresh copy each call: callers may not mutate the shared data). */
export function getTaxonomy(): Taxonomy {
  return build();
}

/** Name of a code in a language, falling back to English. */
export function violationTypeName(code: ViolationType, language: string): string {
  const i = TAXONOMY_LANGUAGES.indexOf(language as TaxonomyLanguage);
  return TYPES[code].names[i < 0 ? 0 : i];
}
