import { Candidate, Recogniser, TextView, WB, collect } from './recogniser.types';

/** URLs with a scheme or www. */
const URL_RE = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"'`]+/gu;

const GENERIC_TLDS =
  'com|net|org|edu|gov|mil|int|info|biz|io|co|me|app|dev|xyz|online|site|club|shop|store|live|link|top|vip|fun|chat|tv|ly|gg|cc|ws|tk|ml|ga|cf|page|blog|tech|cloud|website|space|pro|name|mobi|asia|news|social|world|one|red|sex|porn|xxx|adult|dating|escort|love|girl|girls|agency';
const CC_TLDS =
  'ac|ad|ae|af|ag|ai|al|am|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bm|bn|bo|br|bs|bt|bw|by|bz|ca|cd|cf|cg|ch|ci|ck|cl|cm|cn|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|dm|do|dz|ec|ee|eg|er|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gd|ge|gf|gh|gi|gl|gm|gn|gp|gq|gr|gt|gu|gw|gy|hk|hn|hr|ht|hu|id|ie|il|im|in|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|mg|mk|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sk|sl|sm|sn|so|sr|st|sv|sx|sy|sz|tc|td|tg|th|tj|tl|tm|tn|to|tr|tt|tw|tz|ua|ug|uk|us|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|za|zm|zw';

/** Bare domains: label(s) + known TLD, optionally a path. The TLD must be lowercase (or the whole all caps). */
const DOMAIN_RE = new RegExp(
  `${WB}(?:[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_-]{0,61}[\\p{L}\\p{N}_])?\\.)+(?:${GENERIC_TLDS}|${CC_TLDS})(?![\\p{sc=Latin}\\p{N}_@-])(?:\\/[^\\s<>"'\`]*)?`,
  'gu',
);

/** Short links of messaging apps: t.me/name, wa.me/4791234567, m.me/name. */
const SHORT_LINK = /(?<![\p{sc=Latin}\p{N}_.])(?:t|wa|m|fb|x|vk|ig|tg)\.(?:me|com|gg)\/[^\s<>"'`]+/gu;

/** Cheap pre-check for bare domains: a letter or digit, a dot, two letters. */
const DOMAIN_HINT = /[\p{L}\p{N}_]\.[a-z]{2}/u;

/** Handles: @name (not e-mail), with letters/digits/underscore/dot. */
const AT_HANDLE = /(?<![\p{sc=Latin}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,40}[\p{L}\p{N}_])?/gu;

const APPS =
  'wechat|weixin|we chat|微信|wx|vx|telegram|tg|whatsapp|whats app|wa|zap|zapzap|wpp|signal|snapchat|snap|instagram|insta|ig|tiktok|tik tok|douyin|抖音|facebook|fb|messenger|twitter|onlyfans|fansly|kik|discord|viber|zalo|kakao|kakaotalk|kakao talk|skype|threema|grindr|tinder|bumble|hinge|badoo|line|qq|imo|wickr|session|reddit|youtube|pinterest|linkedin|vk|vkontakte|ok\\.ru|x';
/** "WeChat: lin_8899", "my insta is maria.lopez", "LINE ID sunny77", "telegram @x", "微信号：abc123". */
const APP_ID = new RegExp(
  `${WB}(${APPS})(?:\\s*(?:id|handle|user(?:name)?|name|account|acct|号|號|contact|number|no\\.?|nr\\.?|é|es|is|er|ist|est|era|was|:|：|-|=|#|de|do|da|profile|perfil|page|página)(?![A-Za-z0-9])\\.?)*\\s*[:：=-]?\\s*(@?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{1,40}[\\p{L}\\p{N}_])`,
  'gu',
);

const NOT_A_HANDLE = /^(?:line|wechat|weixin|telegram|whatsapp|signal|snapchat|instagram|insta|tiktok|facebook|messenger|twitter|onlyfans|kik|discord|viber|skype|handle|username|and|or|but|the|a|an|to|he|she|they|i|we|you|me|him|her|them|it|is|was|my|his|their|group|chat|call|calls|message|messages|account|accounts|app|number|too|also|then|y|e|o|el|la|los|las|un|una|que|de|en|mi|su|sus|lo|le|les|con|por|para|og|det|den|jeg|han|hun|und|der|die|das|et|le|les|des|ma|mon|ses|ele|ela|um|uma|do|da|no|na|em|com|pra|para|profile|perfil|story|stories|post|posts|video|videos|live|messages|mensaje|mensajes|mensagem|mensagens|nachricht|melding|meldinger|message|où|ou|und|og|eller|long|bilong|na|i|ol|em|tu|ni|tambien|también|também|aussi|auch|også|was|were|where|when|after|before|photos?|fotos?|pics?|pictures?|sent|send|said|told|blocked|bloqueó|bloqueou|bloqué|blockiert|blokkerte|ads?|anuncio|anúncio|annonce|anzeige|annonse|page|user|id|dm|dms|voice|audio|stories|today|yesterday|again|only|just|still|every|all|some|with|from|about|into|onto|over|under|after|by|at|of|on|in|for|as|if|so|not|no|any|this|that|these|those|there|here|ser|hay|está|esta|estaba|era|é|foi|er|var|ist|war|est|était|hat|har|has|had|tiene|tem|a|á|à)$/i;

export const recogniseUrlsAndHandles: Recogniser = (view: TextView): Candidate[] => {
  const out: Candidate[] = [];
  const trimEnd = (c: Candidate): Candidate => {
    let e = c.end;
    while (e > c.start && /[.,;:!?)\]}'"»”]/.test(view.fold[e - 1] ?? '')) e--;
    return { ...c, end: e };
  };
  const urls: Candidate[] = [];
  collect(URL_RE, view.lower, 'URL', 85, urls);
  if (DOMAIN_HINT.test(view.lower)) collect(DOMAIN_RE, view.lower, 'URL', 84, urls, (m) => {
    const s = view.fold.slice(m.index, m.index + m[0].length);
    const host = s.split('/')[0] ?? s;
    const labels = host.split('.');
    const tld = labels[labels.length - 1] ?? '';
    const first = labels[0] ?? '';
    if (labels.length < 2 || first.length < 2) return false; // "e.g", "a.m"
    // "...police.He said": TLD must be lowercase unless the whole host is upper case.
    if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) return false;
    if (/^\d+$/.test(host.replace(/\./g, ''))) return false; // numbers like 1.5.3 are not domains
    // A sentence ending without a space then a 2-letter word ("ok.so") with a path-less host is still a
    // domain by form; we accept it: over-redaction costs little.
    return true;
  });
  collect(SHORT_LINK, view.lower, 'URL', 86, urls);
  for (const c of urls) out.push(trimEnd(c));
  collect(AT_HANDLE, view.fold, 'HANDLE', 85, out);
  APP_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = APP_ID.exec(view.lower)) !== null) {
    const app = (m[1] ?? '').toLowerCase();
    const valueStart = m.index + m[0].length - (m[2] ?? '').length;
    const value = view.fold.slice(valueStart, valueStart + (m[2] ?? '').length);
    if (NOT_A_HANDLE.test(value)) {
      APP_ID.lastIndex = m.index + (m[1] ?? '').length;
      continue;
    }
    const plain = value.replace(/^@/, '');
    const between = m[0].slice((m[1] ?? '').length, m[0].length - value.length);
    const explicit = /[:：=@#]|\b(?:id|handle|user|username|号|號|is|es|é|er|ist|est)\b/i.test(between) || value.startsWith('@');
    const looksId = /[\d_.]/.test(plain) || /[A-Z]/.test(plain.slice(1));
    // Ambiguous app words ("line", "x", "session", "signal", "snap", "wa", "session") need an explicit marker.
    const ambiguous = /^(?:line|x|session|signal|snap|wa|zap|live|imo|ok\.ru|messenger|qq|ig|fb|tg|vx|wx)$/.test(app);
    if (ambiguous ? !(explicit && (looksId || between.includes(':') || between.includes('：'))) : !(explicit || looksId)) continue;
    // Phone numbers after "WhatsApp" are left to the phone recogniser.
    if (/^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= 6) continue;
    const start = m.index + m[0].length - value.length;
    out.push(trimEnd({ start, end: start + value.length, kind: 'HANDLE', priority: 83 }));
  }
  return out;
};
