import { randomBytes } from 'node:crypto';
import { NarrativeCipher } from './narrative-cipher';

describe('NarrativeCipher', () => {
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };
  const id = '6d1f4b52-2a8e-4c1e-9a55-0b9f0a3c2e11';

  it('round-trips text and hides it', () => {
    const cipher = new NarrativeCipher(k1);
    const payload = cipher.encrypt('la policía me pegó — 警察', id);
    expect(payload.includes(Buffer.from('policía'))).toBe(false);
    expect(cipher.decrypt(payload, id)).toBe('la policía me pegó — 警察');
  });

  it('uses a fresh IV each time', () => {
    const cipher = new NarrativeCipher(k1);
    expect(cipher.encrypt('same', id).equals(cipher.encrypt('same', id))).toBe(false);
  });

  it('binds the report id as associated data', () => {
    const cipher = new NarrativeCipher(k1);
    const payload = cipher.encrypt('text', id);
    expect(() => cipher.decrypt(payload, '00000000-0000-4000-8000-000000000000')).toThrow();
  });

  it('detects tampering', () => {
    const cipher = new NarrativeCipher(k1);
    const payload = cipher.encrypt('text', id);
    payload[payload.length - 20] ^= 1;
    expect(() => cipher.decrypt(payload, id)).toThrow();
  });

  it('decrypts with a retired key after rotation and refuses an unknown key id', () => {
    const old = new NarrativeCipher(k1).encrypt('queued before rotation', id);
    expect(new NarrativeCipher(k2, [k1]).decrypt(old, id)).toBe('queued before rotation');
    expect(() => new NarrativeCipher(k2).decrypt(old, id)).toThrow(/k1/);
  });
});
