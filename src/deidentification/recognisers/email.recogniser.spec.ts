import { recogniseEmails } from './email.recogniser';
import { covers, run } from './testing';

describe('email recogniser', () => {
  const found: [string, string][] = [
    ['write to maria.lopez@gmail.com please', 'maria.lopez@gmail.com'],
    ['mi correo: juan_perez99@hotmail.es', 'juan_perez99@hotmail.es'],
    ['email me at maria.lopez at gmail dot com', 'maria.lopez at gmail dot com'],
    ['juan (arroba) hotmail (punto) com', 'juan (arroba) hotmail (punto) com'],
    ['lin AT qq DOT com', 'lin AT qq DOT com'],
    ['contact: ana [at] proton [dot] me', 'ana [at] proton [dot] me'],
    ['meu email é carla.s arroba uol ponto com ponto br', 'carla.s arroba uol ponto com ponto br'],
    ['kari.n@online.no', 'kari.n@online.no'],
  ];
  it.each(found)('finds the e-mail in %p', (text, value) => {
    expect(covers(run(recogniseEmails, text), 'EMAIL', value)).toBe(true);
  });
  const kept = ['i was at home at night', 'we met at the park', 'he arrived at 5 dot on'];
  it.each(kept)('leaves %p alone', (text) => {
    expect(run(recogniseEmails, text)).toEqual([]);
  });
});
