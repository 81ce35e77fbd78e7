import { randomBytes } from 'node:crypto';
import { ConfigurationError, validateEnvironment } from './environment';

const good = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  REDIS_URL: 'redis://127.0.0.1:6379',
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  HMAC_KEY: randomBytes(32).toString('base64'),
};

function problems(env: Record<string, string>): string[] {
  try {
    validateEnvironment(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
}

describe('validateEnvironment', () => {
  it('accepts a complete environment and applies defaults', () => {
    const env = validateEnvironment(good);
    expect(env.PORT).toBe(3000);
    expect(env.ANONYMOUS_SUBMISSIONS).toBe(true);
    expect(env.MIN_CELL_SIZE).toBe(10);
  });

  it('names each missing variable', () => {
    expect(problems({})).toEqual(
      expect.arrayContaining(['DATABASE_URL is required', 'REDIS_URL is required', 'ENCRYPTION_KEY is required', 'HMAC_KEY is required']),
    );
  });

  it('names a bad variable without echoing its value', () => {
    const secret = 'not-a-key-' + 'z'.repeat(30);
    const found = problems({ ...good, ENCRYPTION_KEY: secret, PORT: '99999' });
    expect(found.some((p) => p.startsWith('ENCRYPTION_KEY'))).toBe(true);
    expect(found.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(found.join('\n')).not.toContain(secret);
  });

  it('says what is wrong in a sentence: the most basic rule first, custom messages whole', () => {
    const found = problems({ ...good, ENCRYPTION_KEY: 'short', PORT: 'notaport' });
    expect(found).toContain('ENCRYPTION_KEY must be 32 random bytes, base64-encoded (openssl rand -base64 32)');
    expect(found).toContain('PORT must be an integer number');
    expect(problems({ ...good, PORT: '99999' })).toContain('PORT must not be greater than 65535');
  });

  it('refuses the example secrets in production but not in development', () => {
    const example = { ...good, ENCRYPTION_KEY: 'ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=' };
    expect(problems(example)).toEqual([]);
    expect(problems({ ...example, NODE_ENV: 'production' }).join()).toMatch(/ENCRYPTION_KEY is the example value/);
  });

  it('parses switches', () => {
    expect(validateEnvironment({ ...good, ANONYMOUS_SUBMISSIONS: 'false' }).ANONYMOUS_SUBMISSIONS).toBe(false);
  });
});
