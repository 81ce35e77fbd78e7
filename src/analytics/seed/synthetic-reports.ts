import { unitRandom } from '../../common/random/mulberry32';
import type { PerpetratorType, ReportedToPolice, ViolationType, WorkSetting } from '../../taxonomy/taxonomy.codes';

/**
 * Realistic synthetic reports for development and benchmarks (framework-free,
 * deterministic for a given seed). The mix follows the research summarised in
 * the policy: police abuse and extortion dominate in Papua New Guinea and
 * Buenos Aires, eviction through "promotion" laws in Norway, "vice
 * establishment" raids and entrapment in Hong Kong, fewer state abuses under
 * decriminalisation in New Zealand.
 */
export interface SyntheticReport {
  countryCode: string;
  regionCode: string | null;
  month: string;
  violations: ViolationType[];
  perpetrators: PerpetratorType[];
  workSetting: WorkSetting | null;
  reportedToPolice: ReportedToPolice | null;
  safeguarding: boolean;
  narrative: string;
}

interface CountryProfile {
  code: string;
  weight: number;
  regions: [string | null, number][];
  violations: [ViolationType, number][];
}

const PROFILES: CountryProfile[] = [
  {
    code: 'AR', weight: 25,
    regions: [['AR-C', 6], ['AR-B', 3], ['AR-X', 1], [null, 1]],
    violations: [['POLICE_ABUSE', 30], ['EXTORTION', 20], ['CRIMINALISATION', 18], ['DENIAL_OF_HEALTH_CARE', 10], ['DENIAL_OF_JUSTICE', 10], ['DISCRIMINATION', 8], ['VIOLENCE_BY_PRIVATE_ACTORS', 8], ['FORCED_EVICTION', 5]],
  },
  {
    code: 'HK', weight: 15,
    regions: [[null, 1]],
    violations: [['POLICE_ABUSE', 25], ['CRIMINALISATION', 25], ['VIOLENCE_BY_PRIVATE_ACTORS', 15], ['DENIAL_OF_JUSTICE', 12], ['EXTORTION', 8], ['DISCRIMINATION', 8], ['LABOUR_EXPLOITATION', 5]],
  },
  {
    code: 'NO', weight: 15,
    regions: [['NO-03', 7], ['NO-46', 2], ['NO-50', 1], [null, 1]],
    violations: [['FORCED_EVICTION', 30], ['DENIAL_OF_JUSTICE', 20], ['CRIMINALISATION', 15], ['VIOLENCE_BY_PRIVATE_ACTORS', 15], ['DISCRIMINATION', 10], ['POLICE_ABUSE', 8], ['DENIAL_OF_HEALTH_CARE', 4]],
  },
  {
    code: 'PG', weight: 25,
    regions: [['PG-NCD', 6], ['PG-MPL', 2], ['PG-EHP', 2], [null, 2]],
    violations: [['POLICE_ABUSE', 35], ['EXTORTION', 15], ['VIOLENCE_BY_PRIVATE_ACTORS', 20], ['DENIAL_OF_HEALTH_CARE', 12], ['DENIAL_OF_JUSTICE', 10], ['DISCRIMINATION', 8], ['CRIMINALISATION', 6]],
  },
  {
    code: 'NZ', weight: 8,
    regions: [['NZ-AUK', 5], ['NZ-WGN', 2], ['NZ-CAN', 2], [null, 1]],
    violations: [['VIOLENCE_BY_PRIVATE_ACTORS', 30], ['LABOUR_EXPLOITATION', 20], ['DISCRIMINATION', 20], ['DENIAL_OF_HEALTH_CARE', 10], ['CRIMINALISATION', 8], ['OUT_OF_SCOPE', 8]],
  },
  {
    code: 'KE', weight: 6,
    regions: [[null, 1]],
    violations: [['POLICE_ABUSE', 30], ['EXTORTION', 25], ['VIOLENCE_BY_PRIVATE_ACTORS', 20], ['DENIAL_OF_HEALTH_CARE', 15], ['DISCRIMINATION', 10]],
  },
  {
    code: 'FR', weight: 6,
    regions: [['FR-IDF', 5], [null, 2]],
    violations: [['VIOLENCE_BY_PRIVATE_ACTORS', 30], ['CRIMINALISATION', 25], ['FORCED_EVICTION', 15], ['POLICE_ABUSE', 15], ['DENIAL_OF_JUSTICE', 15]],
  },
];

const PERPETRATOR_OF: Record<ViolationType, [PerpetratorType, number][]> = {
  POLICE_ABUSE: [['POLICE', 10], ['IMPERSONATOR', 1]],
  FORCED_EVICTION: [['LANDLORD', 6], ['POLICE', 3], ['OTHER_STATE_OFFICIAL', 2]],
  EXTORTION: [['POLICE', 7], ['CLIENT', 2], ['THIRD_PARTY', 2]],
  DENIAL_OF_HEALTH_CARE: [['HEALTH_WORKER', 10]],
  VIOLENCE_BY_PRIVATE_ACTORS: [['CLIENT', 6], ['MEMBER_OF_PUBLIC', 2], ['FAMILY_OR_PARTNER', 2], ['THIRD_PARTY', 1]],
  DISCRIMINATION: [['MEMBER_OF_PUBLIC', 4], ['OTHER', 3], ['LANDLORD', 1]],
  DENIAL_OF_JUSTICE: [['POLICE', 10]],
  CRIMINALISATION: [['POLICE', 8], ['OTHER_STATE_OFFICIAL', 3]],
  LABOUR_EXPLOITATION: [['THIRD_PARTY', 10]],
  COERCION_OR_TRAFFICKING: [['THIRD_PARTY', 8], ['FAMILY_OR_PARTNER', 2]],
  CHILD_INVOLVED: [['THIRD_PARTY', 5], ['CLIENT', 5]],
  OUT_OF_SCOPE: [['UNKNOWN', 10]],
};

const SETTINGS: [WorkSetting | null, number][] = [['STREET', 40], ['INDOOR_SHARED', 20], ['INDOOR_OWN', 15], ['OUTCALL', 10], ['ONLINE', 8], [null, 7]];
const POLICE: [ReportedToPolice | null, number][] = [['NO', 55], ['TRIED_REFUSED', 15], ['YES', 15], [null, 15]];

const PHRASES: Partial<Record<ViolationType, string>> = {
  POLICE_ABUSE: 'the police stopped me, hit me and took my condoms as evidence',
  FORCED_EVICTION: 'the landlord evicted us after the police told him we were sex workers',
  EXTORTION: 'the officer made me pay to stay on my corner',
  DENIAL_OF_HEALTH_CARE: 'the nurse at the clinic refused to treat me when she heard what I do',
  VIOLENCE_BY_PRIVATE_ACTORS: 'a client attacked me and would not pay',
  DISCRIMINATION: 'I was refused a room because of my work',
  DENIAL_OF_JUSTICE: 'I did not report it because I was afraid they would arrest me',
  CRIMINALISATION: 'we were charged with keeping a brothel for working together',
  LABOUR_EXPLOITATION: 'the manager kept half of our earnings',
  COERCION_OR_TRAFFICKING: 'they took my passport and said I owed them money',
  CHILD_INVOLVED: 'a girl of [AGE_UNDER_18] was working there',
  OUT_OF_SCOPE: 'I work as a dancer and wanted advice',
};

function pick<T>(random: () => number, weighted: readonly [T, number][]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

export function* syntheticReports(count: number, seed = 1, fromYear = 2019, years = 7): Generator<SyntheticReport> {
  const random = unitRandom(seed);
  const countries = PROFILES.map((p) => [p, p.weight] as [CountryProfile, number]);
  for (let i = 0; i < count; i++) {
    const profile = pick(random, countries);
    const first = pick(random, profile.violations);
    const violations = new Set<ViolationType>([first]);
    if (random() < 0.35) violations.add(pick(random, profile.violations));
    if (first === 'POLICE_ABUSE' && random() < 0.3) violations.add('EXTORTION');
    if (random() < 0.02) violations.add('COERCION_OR_TRAFFICKING');
    if (random() < 0.005) violations.add('CHILD_INVOLVED');
    if (violations.size > 1) violations.delete('OUT_OF_SCOPE');
    const list = [...violations];
    const perpetrators = [...new Set(list.map((v) => pick(random, PERPETRATOR_OF[v])))];
    // Slightly more reports in later years, a dip in 2020.
    const year = fromYear + Math.min(years - 1, Math.floor(Math.pow(random(), 0.8) * years));
    const month = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    yield {
      countryCode: profile.code,
      regionCode: pick(random, profile.regions),
      month,
      violations: list,
      perpetrators,
      workSetting: pick(random, SETTINGS),
      reportedToPolice: pick(random, POLICE),
      safeguarding: list.includes('CHILD_INVOLVED') || list.includes('COERCION_OR_TRAFFICKING'),
      narrative: `${list.map((v) => PHRASES[v] ?? '').filter(Boolean).join('. ')}. [PERSON_1] can confirm it.`,
    };
  }
}
