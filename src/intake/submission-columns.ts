import { parsePartialDate, toMonth } from '../common/validation/partial-date';
import type { SubmittedFields } from '../reports/report.entity';
import type { SubmitReportInput } from './dto/submit-report.input';

/** The report columns a validated submission fills the same way whether it came through submitReport or the CSV import. */
export function submissionColumns(input: SubmitReportInput): { occurredMonth: string | null; language: string | null; submitted: SubmittedFields } {
  const occurred = input.occurredOn ? parsePartialDate(input.occurredOn) : null;
  return {
    occurredMonth: occurred ? toMonth(occurred) : null,
    language: input.language ? Intl.getCanonicalLocales(input.language)[0]! : null,
    submitted: {
      violations: input.violations,
      perpetrators: input.perpetrators,
      workSetting: input.workSetting,
      reportedToPolice: input.reportedToPolice,
    },
  };
}
