import { foldForDetection, normalise } from './normalise';

describe('normalise', () => {
  it('maps full-width digits and keeps offsets into the original', () => {
    const input = 'call ０４１２ ５５５';
    const n = normalise(input);
    expect(n.text).toBe('call 0412 555');
    const i = n.text.indexOf('0412');
    expect(input.slice(n.origStart[i], n.origEnd[i + 3])).toBe('０４１２');
  });
  it('removes zero-width characters', () => {
    const n = normalise('91\u200B23\u200D4567');
    expect(n.text).toBe('91234567');
    expect(n.origEnd[n.text.length - 1]).toBe(10);
  });
  it('composes combining marks', () => {
    expect(normalise('Pe\u0301rez').text).toBe('Pérez');
  });
  it('folds look-alike letters for detection without changing length', () => {
    const s = 'mаriа@gmаil.com'; // Cyrillic а
    const f = foldForDetection(s);
    expect(f).toBe('maria@gmail.com');
    expect(f.length).toBe(s.length);
  });
});
