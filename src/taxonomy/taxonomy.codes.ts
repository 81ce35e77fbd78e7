/**
 * The codes of ../shared/TAXONOMY.md (version 1). Framework-free: the engines,
 * the database layer and the GraphQL layer all import their enums from here.
 */
export const VIOLATION_TYPES = [
  'POLICE_ABUSE',
  'FORCED_EVICTION',
  'EXTORTION',
  'DENIAL_OF_HEALTH_CARE',
  'VIOLENCE_BY_PRIVATE_ACTORS',
  'DISCRIMINATION',
  'DENIAL_OF_JUSTICE',
  'CRIMINALISATION',
  'LABOUR_EXPLOITATION',
  'COERCION_OR_TRAFFICKING',
  'CHILD_INVOLVED',
  'OUT_OF_SCOPE',
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

export const VIOLATION_SUBTYPES = {
  POLICE_ABUSE: [
    'PHYSICAL_VIOLENCE',
    'SEXUAL_VIOLENCE',
    'ARBITRARY_ARREST',
    'ENTRAPMENT',
    'HARASSMENT_PROFILING',
    'CONDOMS_AS_EVIDENCE',
    'THEFT_SEIZURE',
    'COERCIVE_INTERROGATION',
  ],
  FORCED_EVICTION: ['HOME_EVICTION', 'WORKPLACE_CLOSURE', 'NO_NOTICE'],
  EXTORTION: ['POLICE_BRIBE', 'UNLAWFUL_FINE', 'THIRD_PARTY_EXTORTION'],
  DENIAL_OF_HEALTH_CARE: [
    'REFUSED_TREATMENT',
    'DISCRIMINATORY_TREATMENT',
    'NOT_MEDICALLY_INDICATED',
    'CONFIDENTIALITY_BREACH',
    'HIV_SRH_BARRIER',
  ],
  VIOLENCE_BY_PRIVATE_ACTORS: [
    'PHYSICAL_ASSAULT',
    'SEXUAL_ASSAULT',
    'ROBBERY',
    'THREAT_WITH_WEAPON',
    'NON_PAYMENT_BY_FORCE',
  ],
  DISCRIMINATION: ['EMPLOYMENT', 'HOUSING', 'EDUCATION', 'SOCIAL_SECURITY', 'SERVICES', 'VERBAL_ABUSE'],
  DENIAL_OF_JUSTICE: ['REPORT_REFUSED', 'VICTIM_BLAMED', 'FEAR_OF_REPORTING', 'DUE_PROCESS'],
  CRIMINALISATION: ['SEX_WORK_OFFENCE', 'PUBLIC_ORDER_LAWS', 'IMMIGRATION', 'CLIENT_PURSUIT'],
  LABOUR_EXPLOITATION: ['UNPAID_EARNINGS', 'UNSAFE_CONDITIONS', 'EXCLUDED_FROM_PROTECTION'],
  COERCION_OR_TRAFFICKING: [
    'FORCED_ENTRY',
    'DECEPTION',
    'DEBT_BONDAGE',
    'DOCUMENTS_CONFISCATED',
    'PREVENTED_FROM_LEAVING',
    'COMPELLED_PROGRAMME',
  ],
  CHILD_INVOLVED: [],
  OUT_OF_SCOPE: [],
} as const satisfies Record<ViolationType, readonly string[]>;

/** Types that set the safeguarding flag (TAXONOMY.md, scope rules). */
export const SAFEGUARDING_TYPES: readonly ViolationType[] = ['CHILD_INVOLVED', 'COERCION_OR_TRAFFICKING'];

export const PERPETRATOR_TYPES = [
  'POLICE',
  'OTHER_STATE_OFFICIAL',
  'HEALTH_WORKER',
  'LANDLORD',
  'CLIENT',
  'THIRD_PARTY',
  'MEMBER_OF_PUBLIC',
  'FAMILY_OR_PARTNER',
  'IMPERSONATOR',
  'OTHER',
  'UNKNOWN',
] as const;
export type PerpetratorType = (typeof PERPETRATOR_TYPES)[number];

export const WORK_SETTINGS = ['STREET', 'INDOOR_OWN', 'INDOOR_SHARED', 'OUTCALL', 'ONLINE', 'OTHER', 'UNKNOWN'] as const;
export type WorkSetting = (typeof WORK_SETTINGS)[number];

export const REPORTED_TO_POLICE = ['YES', 'NO', 'TRIED_REFUSED', 'UNKNOWN'] as const;
export type ReportedToPolice = (typeof REPORTED_TO_POLICE)[number];

export const LEGAL_MODELS = [
  'FULL_CRIMINALISATION',
  'PARTIAL_CRIMINALISATION',
  'CLIENT_CRIMINALISATION',
  'REGULATION',
  'DECRIMINALISATION',
] as const;
export type LegalModel = (typeof LEGAL_MODELS)[number];

/** Where a finding came from. REVIEWER wins over SUBMITTER, which wins over RULES. */
export const FINDING_SOURCES = ['RULES', 'SUBMITTER', 'REVIEWER'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export function isViolationType(value: string): value is ViolationType {
  return (VIOLATION_TYPES as readonly string[]).includes(value);
}
