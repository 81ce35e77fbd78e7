import { recogniseUrlsAndHandles } from './url.recogniser';
import { covers, run } from './testing';

describe('url and handle recogniser', () => {
  const found: [string, 'URL' | 'HANDLE', string][] = [
    ['see https://www.example.com/profile/123 for photos', 'URL', 'https://www.example.com/profile/123'],
    ['my ad is on www.skokka.com/maria', 'URL', 'www.skokka.com/maria'],
    ['he posted it on mariahot.blogspot.com.', 'URL', 'mariahot.blogspot.com'],
    ['write me t.me/lina_88', 'URL', 't.me/lina_88'],
    ['wa.me/4791234567', 'URL', 'wa.me/4791234567'],
    ['follow @sarah_x99 on insta', 'HANDLE', '@sarah_x99'],
    ['WeChat: lin_8899', 'HANDLE', 'lin_8899'],
    ['my insta is maria.lopez22', 'HANDLE', 'maria.lopez22'],
    ['LINE ID: sunny77', 'HANDLE', 'sunny77'],
    ['微信号：abc123456', 'HANDLE', 'abc123456'],
    ['telegram @kari_oslo', 'HANDLE', '@kari_oslo'],
    ['snapchat: jessy.b', 'HANDLE', 'jessy.b'],
  ];
  it.each(found)('finds in %p a %s', (text, kind, value) => {
    expect(covers(run(recogniseUrlsAndHandles, text), kind, value)).toBe(true);
  });
  const kept = ['the line was long and he left', 'I told the police.He laughed', 'e.g. at the clinic', 'we waited in line for hours', 'at 3 a.m. they came'];
  it.each(kept)('leaves %p alone', (text) => {
    expect(run(recogniseUrlsAndHandles, text)).toEqual([]);
  });
});
