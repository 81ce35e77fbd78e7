import { randomBytes } from 'node:crypto';
import { issueChallenge, leadingZeroBits, solveChallenge, verifySolution } from './proof-of-work';

describe('proof of work', () => {
  const key = randomBytes(32);
  const now = new Date('2026-11-22T12:00:00Z');

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0, 0, 0x80]))).toBe(16);
    expect(leadingZeroBits(Buffer.from([0x0f, 0xff]))).toBe(4);
    expect(leadingZeroBits(Buffer.from([0xff]))).toBe(0);
  });

  it('accepts a solved challenge before it expires', () => {
    const { challenge, difficulty } = issueChallenge(key, 8, 60, now);
    const header = solveChallenge(challenge, difficulty);
    expect(verifySolution(key, header, 8, now)).toMatchObject({ ok: true, challenge });
  });

  it.each<[string, (h: string) => string, Date, string, Buffer | null]>([
    ['expired', (h) => h, new Date('2026-11-22T12:01:01Z'), 'EXPIRED', null],
    ['forged (other key)', (h) => h, now, 'FORGED', randomBytes(32)],
    ['tampered difficulty', (h) => h.replace(/^pow1\.(\d+)\.8\./, 'pow1.$1.9.'), now, 'FORGED', null],
    ['malformed', () => 'not a challenge', now, 'MALFORMED', null],
    ['no solution part', (h) => h.slice(0, h.lastIndexOf(':')), now, 'MALFORMED', null],
  ])('refuses %s', (_name, mutate, at, reason, otherKey) => {
    const { challenge } = issueChallenge(key, 8, 60, now);
    const header = mutate(solveChallenge(challenge, 8));
    expect(verifySolution(otherKey ?? key, header, 8, at)).toEqual({ ok: false, reason });
  });

  it('refuses a wrong solution and a challenge easier than required', () => {
    const { challenge } = issueChallenge(key, 12, 60, now);
    let wrong = 'x';
    for (let i = 0; ; i++) {
      const r = verifySolution(key, `${challenge}:w${i}`, 12, now);
      if (!r.ok) {
        wrong = `w${i}`;
        break;
      }
    }
    expect(verifySolution(key, `${challenge}:${wrong}`, 12, now)).toEqual({ ok: false, reason: 'WRONG_SOLUTION' });
    const easy = issueChallenge(key, 4, 60, now);
    expect(verifySolution(key, solveChallenge(easy.challenge, 4), 12, now)).toEqual({ ok: false, reason: 'TOO_EASY' });
  });
});
