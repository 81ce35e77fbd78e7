import { knownWords } from '../lexicon/known-words';
import { createPersonRecogniser } from './person.recogniser';
import { covers, run } from './testing';

describe('person recogniser', () => {
  const recognise = createPersonRecogniser(knownWords());
  const found: [string, string][] = [
    ['I was stopped by officer Martinez', 'Martinez'],
    ['officer martinez hit me', 'martinez'],
    ['my friend sarah was there', 'sarah'],
    ['my landlord, Tom Baker, threw me out', 'Tom Baker'],
    ['el oficial Juan Pérez me detuvo', 'Juan Pérez'],
    ['la doctora Gómez no me atendió', 'Gómez'],
    ['o policial Carlos da Silva me bateu', 'Carlos da Silva'],
    ["l'agent Dupont m'a frappée", 'Dupont'],
    ['betjenten Ola Nordmann slo meg', 'Ola Nordmann'],
    ['utleieren Kjell kastet meg ut', 'Kjell'],
    ['Polizist Müller sagte', 'Müller'],
    ['Nem bilong em John Kaupa', 'John Kaupa'],
    ['警察李明打了我', '李明'],
    ['醫生陳大文拒絕', '陳大文'],
    ['Then Xiomara called the police', 'Xiomara'],
    ['I went with Jean-Baptiste Ndiaye', 'Jean-Baptiste Ndiaye'],
    ['my sister maria josé helped', 'maria josé'],
    ['se llama Yurleidy', 'Yurleidy'],
  ];
  it.each(found)('finds the name in %p', (text, value) => {
    expect(covers(run(recognise, text), 'PERSON', value)).toBe(true);
  });
  const kept = [
    'The police came to the hospital',
    'my friend told me to go to the clinic',
    'the landlord evicted me last Monday',
    'La policía me pidió una coima',
    'Die Polizei hat mich festgenommen',
    'Politiet kom hjem til meg',
    'I went to Oslo and then to London',
    'We are sex workers from Brazil',
    'HIV test at the NGO',
  ];
  it.each(kept)('keeps %p', (text) => {
    expect(run(recognise, text).filter((f) => f.kind === 'PERSON')).toEqual([]);
  });
});
