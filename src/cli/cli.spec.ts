import { buildProgram, describeCliError } from './cli';

describe('describeCliError', () => {
  it('names what went wrong by a code, never by a message that may hold content', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' });
    expect(describeCliError(new AggregateError([refused], ''))).toEqual({ code: 'INTERNAL', message: 'Failed: AggregateError (ECONNREFUSED)' });
    const missing = Object.assign(new Error('database "rr_secret_name" does not exist'), { name: 'error', code: '3D000' });
    expect(describeCliError(missing)).toEqual({ code: 'INTERNAL', message: 'Failed: error (3D000)' });
    const content = Object.assign(new Error('duplicate key (narrative)=(Maria Hansen)'), { code: 'not a code: Maria Hansen' });
    expect(describeCliError(content).message).toBe('Failed: Error');
  });
});

describe('dlq commands', () => {
  const help = (name: string) => buildProgram().commands.find((c) => c.name() === name)!.helpInformation();

  it('take and show report ids, from the database (Redis keeps no failed job)', () => {
    expect(help('dlq:replay')).toContain('--id <reportId>');
    expect(help('dlq:replay')).not.toMatch(/job ?id>/i);
    expect(help('dlq:list')).toMatch(/FAILED reports/);
    expect(help('dlq:list')).toMatch(/from the database/);
  });
});
