/**
 * Synthetic, realistic-looking incident narratives of about 1 KB (names,
 * phone numbers, e-mail addresses, places and dates for the de-identifier to
 * find; violations for the categoriser), deterministic from a seed. None is
 * a real account.
 */

import { unitRandom } from '../../src/common/random/mulberry32';

const NAMES = ['Johansen', 'María López', 'Ana Pereira', 'Kari Nordmann', 'John Smith', 'Lucía Fernández', 'Joana Silva', 'Grace Obi'];
const PHONES = ['+47 912 34 567', '+54 9 11 5555-0123', '+1 (555) 010-0199', '+55 11 98765-4321', '0412 345 678'];
const PLACES = ['the central station', 'Karl Johans gate', 'Avenida Corrientes', 'the bus terminal', 'the old harbour', 'Rua Augusta'];

const EN = [
  'On {date} an officer called {name} stopped me near {place} and took all the money I had earned that night.',
  'He said that if I did not pay him every week he would arrest me and tell my landlord what I do for a living.',
  'When I refused he pushed me against the wall and hit me, and his colleague laughed and took the condoms from my bag as evidence.',
  'Two weeks later the landlord told us to leave the flat within three days, without any notice in writing, because the police had visited him.',
  'At the hospital the nurse refused to treat my injuries once she understood my work and told me to go somewhere else.',
  'I did not report it to the police because the police are the ones doing this; a friend from the outreach team wrote it down for me.',
  'You can reach me through the outreach worker on {phone} or by e-mail at {email}, but please do not give my name to anyone.',
  'Other women working on the same street have told me the same officer does this to them too, usually on Friday nights.',
];
const ES = [
  'El {date} un policía llamado {name} me paró cerca de {place} y me quitó todo el dinero que había ganado.',
  'Me dijo que si no le pagaba cada semana me iba a detener y a contarle a mi casero a qué me dedico.',
  'Cuando me negué me empujó contra la pared y me golpeó, y su compañero se rió y se llevó los preservativos como prueba.',
  'En el hospital la enfermera se negó a atenderme cuando supo en qué trabajo y me dijo que fuera a otro sitio.',
  'Me pueden contactar al {phone} o por correo a {email}, pero por favor no den mi nombre a nadie.',
];

export class Prng {
  private readonly next_: () => number;
  constructor(seed: number) {
    this.next_ = unitRandom(seed);
  }
  next(): number {
    return this.next_();
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

export function narrative(seed: number, targetBytes = 1024): string {
  const rng = new Prng(seed);
  const sentences = rng.next() < 0.7 ? EN : ES;
  const fill = (s: string): string =>
    s
      .replace('{date}', `${1 + Math.floor(rng.next() * 28)} June 2024`)
      .replace('{name}', rng.pick(NAMES))
      .replace('{place}', rng.pick(PLACES))
      .replace('{phone}', rng.pick(PHONES))
      .replace('{email}', `contact${Math.floor(rng.next() * 1e6)}@example.org`);
  let text = '';
  let i = Math.floor(rng.next() * sentences.length);
  while (Buffer.byteLength(text) < targetBytes - 120) {
    text += (text ? ' ' : '') + fill(sentences[i % sentences.length]!);
    i++;
  }
  return text;
}
