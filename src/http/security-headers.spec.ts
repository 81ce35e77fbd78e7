import helmet from 'helmet';
import { SECURITY_HEADERS, securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('are the headers helmet sets on a response for the same options', () => {
    const set = new Map<string, string>();
    const res = { setHeader: (k: string, v: unknown) => set.set(k.toLowerCase(), String(v)), removeHeader: (k: string) => set.delete(k.toLowerCase()) };
    helmet(SECURITY_HEADERS)({} as never, res as never, () => undefined);
    expect(securityHeaders()).toEqual(Object.fromEntries(set));
  });

  it('forbid framing, referrers and every source', () => {
    const h = securityHeaders();
    expect(h['content-security-policy']).toContain("default-src 'none'");
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
