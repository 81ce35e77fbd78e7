/** Public interface of the categorisation engine (framework-free). */
import type {
  FindingSource,
  PerpetratorType,
  ReportedToPolice,
  ViolationType,
  WorkSetting,
} from '../taxonomy/taxonomy.codes';

export interface SubmittedCategories {
  violations?: readonly ViolationType[] | null;
  perpetrators?: readonly PerpetratorType[] | null;
  workSetting?: WorkSetting | null;
  reportedToPolice?: ReportedToPolice | null;
}

export interface CategorisationInput {
  /** The DE-IDENTIFIED narrative. */
  text: string;
  /** BCP 47 primary subtag if known. */
  language?: string | null;
  submitted?: SubmittedCategories;
}

export interface ViolationFinding {
  type: ViolationType;
  subtypes: string[];
  /** 0..1 */
  confidence: number;
  source: FindingSource;
  /** Phrases of the de-identified text that support the finding. */
  evidence: string[];
}

export interface PerpetratorFinding {
  type: PerpetratorType;
  source: FindingSource;
}

export interface Sourced<T> {
  value: T;
  source: FindingSource;
}

export interface CategorisationResult {
  taxonomyVersion: string;
  violations: ViolationFinding[];
  perpetrators: PerpetratorFinding[];
  workSetting: Sourced<WorkSetting> | null;
  reportedToPolice: Sourced<ReportedToPolice> | null;
  /** CHILD_INVOLVED or COERCION_OR_TRAFFICKING found. */
  safeguarding: boolean;
}
