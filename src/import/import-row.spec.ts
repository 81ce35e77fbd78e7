import { ImportProblem, parseHeader, validateRow } from './import-row';

const HEADER = ['narrative', 'country', 'region', 'date', 'violations', 'perpetrators', 'work_setting', 'reported_to_police', 'case_reference'];
const NARRATIVE = 'The police took my money and said they would arrest me.';

function header() {
  const parsed = parseHeader(HEADER);
  if (!parsed.header) throw new Error('header refused');
  return parsed.header;
}

function row(overrides: Partial<Record<(typeof HEADER)[number], string>>): string[] {
  const base: Record<string, string> = {
    narrative: NARRATIVE,
    country: 'AR',
    region: 'AR-C',
    date: '2024-06-05',
    violations: 'EXTORTION;POLICE_ABUSE',
    perpetrators: 'POLICE',
    work_setting: 'STREET',
    reported_to_police: 'NO',
    case_reference: 'CASE-1',
  };
  return HEADER.map((h) => overrides[h] ?? base[h]!);
}

describe('parseHeader', () => {
  it('accepts the documented columns in any order and case, with spaces or dashes for underscores', () => {
    const parsed = parseHeader(['Case Reference', 'COUNTRY', 'narrative', 'work-setting']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.header?.columns).toEqual(['case_reference', 'country', 'narrative', 'work_setting']);
  });

  it('names unknown columns by position only, so a headerless file never prints its first narrative', () => {
    const parsed = parseHeader([NARRATIVE, 'AR', 'CASE-1']);
    expect(parsed.header).toBeUndefined();
    expect(JSON.stringify(parsed.problems)).not.toContain('police');
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'column 1', problem: ImportProblem.UNKNOWN_COLUMN },
        { row: 1, column: 'narrative', problem: ImportProblem.REQUIRED },
        { row: 1, column: 'case_reference', problem: ImportProblem.REQUIRED },
      ]),
    );
  });

  it('refuses a duplicated column', () => {
    expect(parseHeader(['narrative', 'country', 'case_reference', 'country']).problems).toEqual([
      { row: 1, column: 'country', problem: ImportProblem.DUPLICATE_COLUMN },
    ]);
  });
});

describe('validateRow', () => {
  it('turns a good row into the input the API would accept', () => {
    const result = validateRow(header(), row({}), 2);
    expect(result.problems).toBeUndefined();
    expect(result.input).toMatchObject({
      narrative: NARRATIVE,
      countryCode: 'AR',
      regionCode: 'AR-C',
      occurredOn: '2024-06-05',
      violations: ['EXTORTION', 'POLICE_ABUSE'],
      perpetrators: ['POLICE'],
      workSetting: 'STREET',
      reportedToPolice: 'NO',
      caseReference: 'CASE-1',
    });
  });

  it('treats empty optional cells as absent and trims code cells', () => {
    const result = validateRow(header(), row({ region: '', date: ' ', violations: '', perpetrators: '', work_setting: '', reported_to_police: '', country: ' AR ' }), 3);
    expect(result.problems).toBeUndefined();
    expect(result.input?.countryCode).toBe('AR');
    expect(result.input?.regionCode).toBeUndefined();
    expect(result.input?.violations).toBeUndefined();
  });

  it.each([
    ['country', { country: 'XX' }, 'COUNTRY_CODE'],
    ['country', { country: 'ar' }, 'COUNTRY_CODE'],
    ['region', { region: 'NO-03' }, 'REGION_CODE'],
    ['date', { date: '2024-02-30' }, 'DATE_FORMAT'],
    ['date', { date: '2999-01' }, 'DATE_IN_FUTURE'],
    ['violations', { violations: 'EXTORTION;NOT_A_TYPE' }, 'IS_IN'],
    ['violations', { violations: 'EXTORTION;EXTORTION' }, 'UNIQUE_ITEMS_MAX_12'],
    ['work_setting', { work_setting: 'MOON' }, 'IS_IN'],
    ['narrative', { narrative: 'x'.repeat(20001) }, 'LENGTH_1_20000'],
    ['narrative', { narrative: 'bad \u0007 bell' }, 'CONTROL_CHARACTERS'],
    ['narrative', { narrative: '' }, ImportProblem.REQUIRED],
    ['case_reference', { case_reference: '' }, ImportProblem.REQUIRED],
    ['case_reference', { case_reference: 'c'.repeat(101) }, 'LENGTH_1_100'],
    ['narrative', { narrative: ' \u200b\u00a0 … ' }, 'NO_LETTERS_OR_DIGITS'],
    ['case_reference', { case_reference: '   ' }, 'BLANK'],
  ])('reports a bad %s (%#) with the row number and never the value', (column, overrides, problem) => {
    const result = validateRow(header(), row(overrides), 7);
    expect(result.input).toBeUndefined();
    expect(result.problems).toContainEqual({ row: 7, column, problem });
    const text = JSON.stringify(result.problems);
    for (const value of Object.values(overrides)) if (value.length > 2) expect(text).not.toContain(value);
    expect(text).not.toContain('police');
  });

  it('reports every bad column of a row, once each', () => {
    const result = validateRow(header(), row({ country: 'XX', date: 'yesterday', narrative: '' }), 4);
    expect(result.problems?.map((p) => p.column).sort()).toEqual(['country', 'date', 'narrative', 'region']); // AR-C is no region of XX
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(validateRow(header(), [NARRATIVE, 'AR'], 5).problems).toEqual([{ row: 5, column: '*', problem: ImportProblem.COLUMN_COUNT }]);
  });
});
