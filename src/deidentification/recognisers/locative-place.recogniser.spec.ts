import { knownWords } from '../lexicon/known-words';
import { createLocativePlaceRecogniser } from './locative-place.recogniser';
import { covers, run } from './testing';

describe('locative place recogniser (German nouns as place names)', () => {
  const recognise = createLocativePlaceRecogniser(knownWords());
  const found: [string, string][] = [
    // gazetteer: ordinary nouns after a locative preposition
    ['die Polizei hat mich am Gürtel kontrolliert', 'Gürtel'],
    ['das war im Tiergarten in der Nacht', 'Tiergarten'],
    ['vor der Reitschule kontrolliert', 'Reitschule'],
    ['jetzt wohne ich in Kalk', 'Kalk'],
    // gazetteer: distinctive names anywhere, any case; declined adjectives
    ['ich arbeite im bahnhofsviertel', 'bahnhofsviertel'],
    ['Die Hasenheide ist gefährlich', 'Hasenheide'],
    ['auf St. Pauli im Fenster', 'St. Pauli'],
    ['in der breiten gasse', 'breiten gasse'],
    ['im Großen Tiergarten', 'Großen Tiergarten'],
    ['am Strichplatz in Zürich Kreis 4', 'Kreis 4'],
    // compound with a place-type head after a preposition
    ['an der Ochsengasse gekündigt', 'Ochsengasse'],
    ['am Hermannplatz', 'Hermannplatz'],
    ['an der kurfürstenstraße', 'kurfürstenstraße'],
    ['im Humboldthain', 'Humboldthain'],
    ['in den Rotehornpark gelaufen', 'Rotehornpark'],
    ['Am Steindamm festgenommen', 'Steindamm'],
    // name + separate type word
    ['am Worringer Platz geschlagen', 'Worringer Platz'],
    ['an der Triester Straße', 'Triester Straße'],
    ['an der ravensberger straße', 'ravensberger straße'],
    ['am Schlesischen Tor', 'Schlesischen Tor'],
    ['im Görlitzer Park', 'Görlitzer'],
    // Norwegian, written in lowercase
    ['politiet stoppet meg i tollbugata', 'tollbugata'],
  ];
  it.each(found)('finds the place in %p', (text, value) => {
    expect(covers(run(recognise, text), 'PLACE', value)).toBe(true);
  });
  it('keeps the type word of parks and stations', () => {
    expect(run(recognise, 'im Görlitzer Park').map((f) => f.value)).toEqual(['Görlitzer']);
  });
  const kept = [
    'er hat mich mit dem Gürtel geschlagen',
    'auf dem Parkplatz hinter dem Autohof',
    'am Bahnhof und am Hauptbahnhof',
    'im Krankenhaus und in der Klinik',
    'auf der Straße in der Innenstadt',
    'in der Mitte vom Spielplatz',
    'im Kindergarten und im Biergarten',
    'auf dem Heimweg im Hinterhof',
    'in Berlin und in Wien',
    'im Bordell im Sperrbezirk',
    'der Vermieter am Telefon',
    'jeg sto i hovedgata',
    'we went in spring to the wedding',
  ];
  it.each(kept)('keeps %p', (text) => {
    expect(run(recognise, text)).toEqual([]);
  });
});
