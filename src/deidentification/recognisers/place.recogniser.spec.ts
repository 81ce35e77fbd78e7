import { createPlaceRecogniser } from './place.recogniser';
import { covers, run } from './testing';

describe('place recogniser', () => {
  const recognise = createPlaceRecogniser();
  const found: [string, string][] = [
    ['they took me to Kowloon City Police Station', 'Kowloon City'],
    ['near Sunset Park at night', 'Sunset'],
    ['at the Blue Moon Bar', 'Blue Moon'],
    ['en el Hotel Continental', 'Continental'],
    ['en la comisaría 5ª', '5a'],
    ['no Motel Paraíso', 'Paraíso'],
    ['à la gare Saint-Lazare', 'Saint-Lazare'],
    ['ved Majorstuen politistasjon', 'Majorstuen'],
    ['我去了油麻地警署', '油麻地'],
    ['long Gordons maket', 'Gordons'],
  ];
  it.each(found)('finds the place in %p', (text, value) => {
    expect(covers(run(recognise, text), 'PLACE', value)).toBe(true);
  });
  it('keeps the type word and the words of the violation', () => {
    const f = run(recognise, 'they took me to Kowloon City Police Station and the hospital');
    expect(f.every((x) => !/police|station|hospital/i.test(x.value))).toBe(true);
  });
  const kept = ['at the police station', 'the Oslo Police Station', 'went to the hospital', 'the clinic refused me'];
  it.each(kept)('keeps %p', (text) => {
    expect(run(recognise, text)).toEqual([]);
  });
});
