/**
 * Tok Pisin rules (Papua New Guinea): polis, paitim, kalabus, reipim, pamuk
 * meri (a slur, also used by workers themselves), salim bodi, kastoma, raskol.
 * "i no" before a verb negates it; "sapos" (if) and "bai" (will) mark what
 * has not happened.
 */
import { act, actor, reported, setting, v, type LanguageRules } from './rule.types';

/** Actors other than health workers (a health-only finding needs a health worker named in its sentence). */
const NOT_HEALTH = ['POLICE', 'OTHER_STATE_OFFICIAL', 'LANDLORD', 'CLIENT', 'THIRD_PARTY', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER', 'IMPERSONATOR', 'OTHER'] as const;
const HEALTH_ONLY = { who: 'resolve', prefer: ['HEALTH_WORKER'], notActors: NOT_HEALTH, fallback: 'HEALTH_WORKER', ifActor: { NONE: null } } as const;

export const TPI_RULES: LanguageRules = {
  language: 'tpi',
  markers: /\b(?:bilong|mipela|tasol|olsem|dispela|wanpela|tupela|sapos|pela|ol i|em i|mi no|i no|long wanem|kisim|paitim|save|bai|long|na|ol|mi)\b/g,
  negation: /\b(?:no|nogat|nating|never)\b/,
  // Round 15: "go to the police to report a man who hit me": the act is the man's, told as what was reported.
  mention: /\bripotim (?:wanpela |dispela |tupela |ol )?(?:man|kastoma|meri|lain)(?: husat)? i\s*$/,
  hypothetical: /\b(?:sapos|bai|baimbai|ating|laik|inap long|nogut(?<!\b(?:tok|mekim|pasin|wok) nogut))\b/,
  relative: /\b(?:na em i|na ol i|we)\b/g,
  clauseBreak: /[,;:()]|\b(?:na|tasol|olsem na|long wanem|bikos|taim|orait)\b/g,
  actors: [
    actor(/\b(?:polis\w*|polisman|polismeri|ol polis|kops|polis stesin|stesin|sekiuriti bilong gavman|ami|soldia)\b/, 'POLICE'),
    actor(/\b(?:giaman (?:olsem )?(?:ol i |em i )?polis|giaman polis|i no polis tru|mekim olsem ol i polis)\b/, 'IMPERSONATOR'),
    actor(/\b(?:kaunsil|siti kaunsil|ol wokman bilong gavman|kot|majistret|jas|imigresen|ofisa bilong imigresen)\b/, 'OTHER_STATE_OFFICIAL'),
    actor(/\b(?:dokta|nes|nesmeri|ol nes|haus sik|klinik|helt woka)\b/, 'HEALTH_WORKER'),
    actor(/\b(?:lanlot|lanlod|lendlod|lan lod|papa bilong haus|mama bilong haus|lenlod|landlord|ona bilong haus)\b/, 'LANDLORD'),
    actor(/\b(?:(?:kastoma\w*|draiva)(?<!\b(?:salim (?:mi|em|ol meri) (?:long|i go long)|painim|bringim|kisim|givim (?:mi|em) long)(?: ol)? (?:kastoma\w*|draiva))|klaien|man i baim mi)\b/, 'CLIENT'),
    actor(/\b(?:bos\w*|bos meri|pimp|man i salim mi|meri i salim mi|ejen|ona bilong klab)\b/, 'THIRD_PARTY'),
    actor(/\b(?:ol man na meri|ol pasindia|wanpela mama|ol mama|raskol\w*|ol yangpela man|ol man long (?:rot|setelmen|maket)|sampela man|ol man nating|ol lain|gang|ol drunk|spak man)\b/, 'MEMBER_OF_PUBLIC'),
    actor(/\b(?:man bilong mi|meri bilong mi|boifren|brata bilong mi|brada bilong mi|papa bilong mi|mama bilong mi|kasin bilong mi|famili bilong mi|ol wantok bilong mi|anti bilong mi|anti bilong em|papa bilong em|mama bilong em|brata bilong em|angkel)\b/, 'FAMILY_OR_PARTNER'),
  ],
  acts: [
    act(/\b(?:paitim (?:mi|mipela|em|yumi)|paitim|bin paitim|kilim (?:mi|mipela)|brukim (?:han|lek|nus|maus|bun)|pairap|banisim na paitim|pusim mi|tromoi ston|sutim(?! tok)|katim mi|katim (?:han|lek|pes|bodi|nek) bilong (?:mi|em)|bagarapim bodi)\b/, 'ASSAULT', 0.85),
    act(/\b(?:reipim|reip|fosim mi long (?:slip|koap|sex|mekim sex)|fosim mi long slip wantaim|fosim (?:mi|em) long koap|pulim mi i go long bus|koap long strong|tekewe kondom|rausim kondom|givim (?:em|ol) fri|sex fri|fri sex|mekim nogut long (?:mi|mipela|mitupela|em|ol meri)(?! long (?:maus|tok))|repim)\b/, 'SEXUAL', 0.9),
    act(/\b(?:(?:kisim|stilim|rausim|holim) (?:olgeta )?m[ao]ni(?! bilong (?:ol )?kastoma)|kisim (?:\[money_\d+\]?|\d+ kina)(?!\]? long (?:olgeta |wanwan |ol )?kastoma)|putim (?:moni |mani )?long paus bilong (?:em|ol)|stilim m[ao]ni)\b/, 'TAKE', 0.85),
    act(/\b(?:bagarapim haus|brukim haus|kukim (?:olgeta|ol) samting|bagarapim ol samting|stilim (?:fon|bilum|ol samting|klos|samting)|stilim|kisim fon|kisim bilum|holimap)\b/, 'SEIZE', 0.85),
    act(/\b(?:(?<!mi )askim m[ao]ni|askim mipela long m[ao]ni|askim mi long m[ao]ni|mas baim ol|givim m[ao]ni long polis|baim polis|mekim mi baim|salim piksa|putim piksa|tokaut long (?:famili|man bilong mi))\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:naip|bus naip|busnaip|gan|hom gan|homgan|spia|sisis)\b/, 'WEAPON', 0.8),
    act(/\b(?:tok nogut long (?:mi|mipela)|kolim (?:mi|mipela) (?:pamuk|pamuk meri|rabis)|tok mi pamuk meri|tok mi pamuk|sem long mi|lap long mi|lap lap long|tok bilas|spet long mi)\b/, 'INSULT', 0.6),
    act(/\b(?:i no laik givim (?:mani|moni)|no givim (?:mi |em )?(?:mani|moni)|i no laik peim|no peim mi|i no peim mi|no baim mi(?<!\b(?:mun|wik)\b[^.]{0,12}no baim mi)|ranawe na i no peim)\b/, 'NONPAYMENT', 0.75, 'always'),
  ],
  violations: [
    v(/\b(?:kalabus\w*|kisim mi i go long stesin|kisim mipela i go long stesin|putim mi long kalabus|putim mipela long kalabus|holim mi|holim mipela|arestim)\b/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'POLICE' }),
    v(/\b(?:polis i giaman olsem kastoma|polis i kam olsem kastoma|trikim mi)\b/, 'POLICE_ABUSE', 'ENTRAPMENT', 0.75, { who: 'POLICE' }),
    v(/\b(?:askim nem)\b/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.35, { who: 'POLICE' }),
    v(/\b(?:mas lusim rot|tok (?:mi|mipela) (?:mas )?lusim (?:rot|maket|ples))\b/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.55, { who: 'POLICE' }),
    v(/\b(?:wokabaut bihainim mi|hambak long mipela|hambakim|ronim mipela|ronim mi|sekim bilum|sekim mi)\b/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.55, { who: 'POLICE' }),
    v(/\b(?:(?:kondom)\w*\b[^.]{0,60}\b(?:evidens|pruf|kisim|tromoi)|kisim ol kondom|tromoi ol kondom)/, 'POLICE_ABUSE', 'CONDOMS_AS_EVIDENCE', 0.85, { who: 'POLICE' }),
    v(/\b(?:fosim mi long toktok|fosim mi long sainim)\b/, 'POLICE_ABUSE', 'COERCIVE_INTERROGATION', 0.6, { who: 'POLICE' }),
    v(/\b(?:rausim (?:ol )?(?:stoa|haus|maket)\w*|rausim (?:mi|mipela|em) long (?:haus|rum)|rausim (?:mi|em)(?! long (?:wok|lain|komuniti|setelmen|ples|famili|lotu|sios|skul))|rausim mipela|(?:tok|tokim) (?:mi|em|mipela) (?:mas|long) lusim (?:haus|rum)|senisim lok|tromoi ol (?:klos|samting|bek|kago) bilong (?:mi|em|mipela)|kukim (?:ol )?haus|kukim olgeta|slip long rot|no gat haus nau)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:raidim|reid|pasim (?:klab|ples|haus)|sutim ples)\b/, 'FORCED_EVICTION', 'WORKPLACE_CLOSURE', 0.75, { who: 'resolve' }),
    v(/\b(?:no gat taim long kisim|i no gat taim long kisim|nating tok save)\b/, 'FORCED_EVICTION', 'NO_NOTICE', 0.4, { mode: 'always' }),
    v(/\b(?:(?:dokta|nes|haus sik|klinik)\b[^.]{0,40}\b(?:i no laik (?:lukim|givim|helpim|sekim)|rausim mi|salim mi i go)|no laik givim marasin|mas bringim man bilong mi|no laik lukim mi)\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/\b(?:(?:dokta|nes)\w*\b[^.]{0,50}\b(?:lap long mi|tok nogut|tok mi pamuk|sem long mi|mekim nogut)|putim mi long las lain|mas baim moa mani|las lain)\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:fosim mi long kisim test|test nating long tok save)\b/, 'DENIAL_OF_HEALTH_CARE', 'NOT_MEDICALLY_INDICATED', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:tokaut long sik|autim sik|toktok long sik bilong mi)\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:no inap kisim (?:marasin|kondom|arv|test)|no gat marasin bilong hiv)\b/, 'DENIAL_OF_HEALTH_CARE', 'HIV_SRH_BARRIER', 0.7, { mode: 'always' }),
    v(/\b(?:rausim mi long wok|lusim wok bilong mi|no laik givim mi wok)\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY' }),
    v(/\b(?:no laik givim rum|no laik rentim)\b/, 'DISCRIMINATION', 'HOUSING', 0.7, { who: 'resolve' }),
    v(/\b(?:(?:polis|ol)\b[^.]{0,40}\b(?:i no laik kisim ripot|no laik raitim|no laik harim|no mekim wanpela samting|tok mi go bek)|no laik kisim ripot|lap long mi na tok mi go bek)\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:em asua bilong mi|asua bilong yu yet|yu yet i mekim)\b/, 'DENIAL_OF_JUSTICE', 'VICTIM_BLAMED', 0.75, { who: 'resolve', mode: 'always' }),
    v(/\b(?:(?:pret|mi pret)\b[^.]{0,60}\b(?:ripot|polis)|(?:mi no|mipela i no|mi no bin) (?:ripot\w*|go long polis)\b[^.]{0,80}\b(?:long wanem|bikos|bai|pret)|sapos (?:mi|mipela) (?:ripot\w*|go long polis|toktok(?! long (?:ol )?narapela)))\b/, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.8, { mode: 'always' }),
    v(/\b(?:no gat loya|no givim loya)\b/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:lo bilong pamuk|kot long pamuk|sasim long pamuk|baim fain)\b/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER', 'HEALTH_WORKER', 'LANDLORD', 'THIRD_PARTY', 'IMPERSONATOR'] }),
    v(/\b(?:vagrensi|vegrensi|lo bilong ples)\b/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.8, { who: 'POLICE' }),
    v(/\b(?:salim mi i go bek long kantri|dipotim)\b/, 'CRIMINALISATION', 'IMMIGRATION', 0.8, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL' }),
    v(/\b(?:ol kastoma i pret long polis)\b/, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'resolve', mode: 'nohyp', notActors: ['CLIENT'] }),
    v(/\b(?:kisim hap mani|kisim haf mani|no givim mipela (?:pe|mani|kaikai))\b/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'THIRD_PARTY', mode: 'always' }),
    v(/\b(?:no larim mipela yusim kondom)\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    v(/\b(?:kisim ol man i kam|bringim ol man|salim (?:mi|em|ol meri) long ol man|salim mi(?! (?:i )?go (?:bek|long (?:narapela|haus|klinik|hausik)))|fosim mi long salim bodi|fosim mi long wok)\b/, 'COERCION_OR_TRAFFICKING', 'FORCED_ENTRY', 0.85, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/\b(?:giaman long mi|tok bai mi wok long (?:stoa|haus|maket)|tok mi bai kisim wok)\b/, 'COERCION_OR_TRAFFICKING', 'DECEPTION', 0.8, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    // Round 18: a loan from a bank or a credit union is no debt bondage ("mi gat dinau long benk").
    v(/\b(?:dinau(?! (?:long|bilong) (?:benk|bank|kredit yunion|sevings))|mi gat kaon)\b/, 'COERCION_OR_TRAFFICKING', 'DEBT_BONDAGE', 0.75, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/\b(?:holim pas (?:pepa|paspot|aidi)|kisim (?:pepa|paspot|aidi) bilong mi)\b/, 'COERCION_OR_TRAFFICKING', 'DOCUMENTS_CONFISCATED', 0.85, { who: 'resolve', mode: 'fact', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    // Health care: medicine and PEP/PrEP/ART not given, made to wait at the back, served last, shouted at, status told.
    v(/\b(?:(?:no|i no|i no laik|no laik) givim (?:mi |em )?(?:marasin|pep|prep|art|kondom)|givim marasin long (?:ol )?(?:olgeta )?(?:narapela|gutpela meri)\w* pastaim|(?:mi|em) (?:i )?sindaun long baksait|wet i go inap (?:long )?(?:apinun|nait)|go bek long haus nating|salim (?:mi|em) i go (?:bek|long narapela))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/\b(?:singaut strong|i ken wet|pamuk meri|yu yet i (?:painim|kolim|kisim)|tok nogut|tokaut long (?:ol )?(?:narapela|famili|olgeta)|autim sik bilong|tokim ol narapela)\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { ...HEALTH_ONLY, mode: 'nohyp' }),
    // Driven out of the community or kept out of a shop: discrimination (a landlord's "go" is an eviction).
    v(/\b(?:rausim (?:mi|em|mipela) long (?:lain|komuniti|setelmen|ples|famili|lotu|sios)|(?:no larim|i no larim) (?:mi|em|mipela) (?:i )?(?:go|kam) insait|no ken kam insait|no ken sindaun klostu)\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'resolve', fallback: 'OTHER', notActors: ['HEALTH_WORKER', 'POLICE'] }),
    // Labour: a cut of all earnings, pay cut for refusing a man, all night with no rest.
    v(/\b(?:kisim hap (?:bilong|long) (?:olgeta )?(?:moni|mani)|katim (?:pe|moni|mani)|(?:nogat|no gat) taim (?:long|bilong) malolo|no (?:inap|ken) malolo|wok long nait i go inap (?:long )?moning|fainim (?:mi|mipela)|(?:mas|mipela mas) (?:go wantaim|kisim) olgeta (?:man|kastoma))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD'], mode: 'nohyp', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null } }),
    // Justice: no lawyer, signing what one cannot read; not reporting out of fear (first or third person).
    v(/\b(?:nogat loya|no gat loya|no larim (?:mi|em) (?:lukim|toktok long|kisim) loya|(?:mi|em) no save (?:wanem samting )?(?:mi|em) (?:i )?sainim|sainim pepa (?:mi|em) no save)\b/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'HEALTH_WORKER', 'LANDLORD', 'THIRD_PARTY', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER', 'IMPERSONATOR'], mode: 'always' }),
    v(/\b(?:(?:mi|em|mipela|meri) (?:i )?no (?:bin )?(?:go )?(?:ripot\w*|go long polis)\b[^.]{0,80}\b(?:long wanem|bikos|bai|pret)|(?:em|mi|meri) i pret long (?:ripot\w*|go long polis|tokaut))\b/, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.8, { mode: 'always' }),
    v(/\b(?:no larim (?:mi|mipela) (?:i )?(?:go|lusim)(?! insait)|pasim (?:mi|mipela) insait|lokim (?:mi|mipela)|sapos mi (?:laik )?lusim (?:em|ol))\b/, 'COERCION_OR_TRAFFICKING', 'PREVENTED_FROM_LEAVING', 0.8, {
      who: 'resolve',
      mode: 'always',
      fallback: 'UNKNOWN',
      // Held by a client or a stranger: violence, not trafficking.
      ifActor: { CLIENT: 'VIOLENCE_BY_PRIVATE_ACTORS', MEMBER_OF_PUBLIC: 'VIOLENCE_BY_PRIVATE_ACTORS' },
    }),
    // Police pressure on a landlord is part of the eviction (TAXONOMY: "often under police pressure"); weak alone.
    v(/\b(?:polis\w* (?:i )?(?:kam |bin |save )?(?:toktok wantaim|toktok long|tokim|askim|kam askim|pretim|singautim|tok strong long) (?:em|papa graun|mama graun|mama bilong haus|papa bilong haus|lenlod|landlord|ona bilong haus))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE' }),
    // Who pays a child for sex is a perpetrator of the child's exploitation (weight only names the doer; the age is found below).
    v(/\b(?:(?:i )?(?:save )?baim (?:em|ol|dispela meri|liklik meri|pikinini meri)\b|givim mani long em long (?:slip|koap))/, 'CHILD_INVOLVED', undefined, 0.05, {
      mode: 'always',
      who: 'resolve',
      sameSentence: true,
      fallback: 'CLIENT',
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN', 'FAMILY_OR_PARTNER', 'THIRD_PARTY'],
    }),
    v(/\b(?:pikinini meri|pikinini|liklik meri(?![^]{0,120}\[age_(?:1[89]|[2-9]\d))|yangpela meri i stap long skul|i stap long skul yet|skul meri|(?:10|11|12|13|14|15|16|17|1|2|3|4|5|6|7|8|9) krismas|aninit long 18)\b/, 'CHILD_INVOLVED', undefined, 0.9, {
      mode: 'always',
      // Who brings or exploits the child, when named in the same sentence.
      who: 'resolve',
      sameSentence: true,
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD', 'CLIENT', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN'],
    }),
    v(/\b(?:danis|wokim piksa|video bilong sex)\b/, 'OUT_OF_SCOPE', undefined, 0.3, { mode: 'always' }),
  ],
  settings: [
    setting(/\b(?:long rot|long maket|long taun|long bus|long nait klab ausait)\b/, 'STREET', 0.7),
    setting(/\b(?:gest haus|klab|haus we mipela wok)\b/, 'INDOOR_SHARED', 0.6),
    setting(/\b(?:rum bilong mi|haus bilong mi)\b/, 'INDOOR_OWN', 0.5),
    setting(/\b(?:haus bilong em|hotel)\b/, 'OUTCALL', 0.65),
    setting(/\b(?:fesbuk|facebook|whatsapp|intanet)\b/, 'ONLINE', 0.45),
  ],
  reported: [
    reported(/\b(?:i no laik kisim ripot|no laik raitim ripot|mi go long polis stesin long ripot, tasol)\b/, 'TRIED_REFUSED', 'always'),
    reported(/\b(?:ripotim long polis|go long polis long ripot|mi ripot)\b/, 'YES'),
    reported(/\b(?:mi no ripot\w*|mi no go long polis)\b/, 'NO', 'always'),
  ],
};
