/** Checksums of identity and payment numbers. Inputs are digit strings unless said otherwise. */

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** IBAN mod-97 (ISO 13616); input without spaces, upper case. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** Brazilian CPF (11 digits, two mod-11 check digits). */
export function cpfValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const calc = (len: number): number => {
    let s = 0;
    for (let i = 0; i < len; i++) s += (d.charCodeAt(i) - 48) * (len + 1 - i);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return calc(9) === d.charCodeAt(9) - 48 && calc(10) === d.charCodeAt(10) - 48;
}

/** Norwegian fødselsnummer / D-number (11 digits, two mod-11 control digits). */
export function fodselsnummerValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const n = Array.from(d, (c) => c.charCodeAt(0) - 48);
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const k = (w: number[]): number => {
    const s = w.reduce((acc, wi, i) => acc + wi * (n[i] ?? 0), 0);
    const r = 11 - (s % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k(w1);
  const k2 = k(w2);
  return k1 !== 10 && k2 !== 10 && k1 === n[9] && k2 === n[10];
}

/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter); input upper case without separators. */
export function spanishIdValid(id: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (!m) return false;
  const prefix = { '': '', X: '0', Y: '1', Z: '2' }[m[1] as '' | 'X' | 'Y' | 'Z'];
  const num = Number(prefix + m[2]);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23] === m[3];
}

/** Hong Kong HKID: 1-2 letters, 6 digits, check digit 0-9 or A. */
export function hkidValid(id: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})([0-9A])$/.exec(id);
  if (!m) return false;
  const letters = (m[1] ?? '').padStart(2, ' ');
  const val = (c: string): number => (c === ' ' ? 36 : c.charCodeAt(0) - 55);
  let s = val(letters[0] ?? ' ') * 9 + val(letters[1] ?? ' ') * 8;
  const digits = m[2] ?? '';
  for (let i = 0; i < 6; i++) s += (digits.charCodeAt(i) - 48) * (7 - i);
  const check = (11 - (s % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === m[3];
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Indian Aadhaar: 12 digits, not starting with 0 or 1, Verhoeff checksum. */
export function aadhaarValid(d: string): boolean {
  if (!/^[2-9]\d{11}$/.test(d)) return false;
  let c = 0;
  const rev = Array.from(d).reverse();
  for (let i = 0; i < rev.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![Number(rev[i])]!]!;
  return c === 0;
}

/** US SSN area/group/serial rules (no checksum exists). */
export function ssnPlausible(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const area = d.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}
