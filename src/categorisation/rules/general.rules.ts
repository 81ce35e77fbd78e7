/**
 * Generalisation layer: broader lexicons and fallbacks per language, added to
 * each language's own rules (rules/index.ts). Written from the taxonomy and
 * the wording people use, not from particular corpus sentences: verb forms,
 * synonyms and slang for the acts, and fallbacks for the two safeguarding
 * types, where recall matters more than precision:
 * - any age under 18 written out (digits or words, with or without "years"),
 *   "underage"/"minor" words, and school words for a person → CHILD_INVOLVED;
 * - documents held by someone, debt to be worked off, being unable to leave,
 *   being forced or deceived into the work → COERCION_OR_TRAFFICKING.
 * Reviewers: patterns are lower case and accent-folded, as in the language
 * files; `\b` is a word edge.
 */
import type { PerpetratorType, ViolationType } from '../../taxonomy/taxonomy.codes';
import { act, CONFIDENCE_THRESHOLD, v, type ActRule, type ActorRule, type ViolationRule } from './rule.types';

export interface GeneralRules {
  /** The reporter's own child (see LanguageRules.ownChild). */
  ownChild?: RegExp;
  /** The reporter's own child named right after an age placeholder (see LanguageRules.ownChildAfter). */
  ownChildAfter?: RegExp;
  /** A length of time before a number (see LanguageRules.durationBefore). */
  durationBefore?: RegExp;
  /** Police said not to be police (see LanguageRules.unmasked). */
  unmasked?: RegExp;
  /** Nothing to report (see LanguageRules.nothingToReport). */
  nothingToReport?: RegExp;
  violations: ViolationRule[];
  acts: ActRule[];
  actors: ActorRule[];
}

const NOT_EXPLOITERS: readonly PerpetratorType[] = ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD', 'CLIENT', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN'];

/** A person under 18 (the exploiter, when named in the same sentence, is the perpetrator). */
const child = (pattern: RegExp): ViolationRule =>
  v(pattern, 'CHILD_INVOLVED', undefined, 0.9, { mode: 'always', who: 'resolve', sameSentence: true, notActors: NOT_EXPLOITERS });

/** Control by a third party or partner (clients do not hold passports). */
const control = (pattern: RegExp, subtype: string, weight = 0.8): ViolationRule =>
  v(pattern, 'COERCION_OR_TRAFFICKING', subtype, weight, {
    who: 'resolve',
    // Documents taken is a fact ("if they take my passport" is not); forced entry, deception and debt are often told as threats.
    mode: subtype === 'DOCUMENTS_CONFISCATED' ? 'fact' : 'nohyp',
    fallback: 'THIRD_PARTY',
    notActors: ['CLIENT'],
    // Sex forced by an officer is police abuse, found by its acts.
    ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null },
  });
/** control() told in any mode: the sign itself carries its negation, or is a sign even when told as a fear. */
const controlAlways = (pattern: RegExp, subtype: string, weight = 0.8): ViolationRule => ({ ...control(pattern, subtype, weight), mode: 'always' });

const VIOLENCE: ViolationType = 'VIOLENCE_BY_PRIVATE_ACTORS';
/** Kept from leaving (the pattern carries its own negation). Held by a client or a stranger: violence; by police: an arrest, found elsewhere. */
const leave = (pattern: RegExp): ViolationRule =>
  v(pattern, 'COERCION_OR_TRAFFICKING', 'PREVENTED_FROM_LEAVING', 0.8, {
    who: 'resolve',
    mode: 'always',
    fallback: 'UNKNOWN',
    ifActor: { CLIENT: VIOLENCE, MEMBER_OF_PUBLIC: VIOLENCE, POLICE: null, OTHER_STATE_OFFICIAL: null },
  });

/**
 * Round 8: who pays or asks for a child (CLIENT), and who brings the child or keeps the money (the
 * exploiter, THIRD_PARTY unless a relative is named), found anywhere in the report. Weight 0.05: these
 * only name the doers when a child is found by another rule.
 */
const payer = (pattern: RegExp): ViolationRule => v(pattern, 'CHILD_INVOLVED', undefined, 0.05, { who: 'CLIENT', mode: 'always' });
const bringer = (pattern: RegExp): ViolationRule =>
  v(pattern, 'CHILD_INVOLVED', undefined, 0.05, { who: 'resolve', sameSentence: true, fallback: 'THIRD_PARTY', mode: 'always', notActors: NOT_EXPLOITERS });

/** Round 10: a school, exam or care word for a person: a child, with no doer of its own (the doers come from payer and bringer rules). */
const schoolChild = (pattern: RegExp): ViolationRule => v(pattern, 'CHILD_INVOLVED', undefined, 0.9, { mode: 'always' });

const fear = (pattern: RegExp): ViolationRule => v(pattern, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.8, { mode: 'always' });

/** Round 9: the doers a bribe goes to. */
const STATE: readonly PerpetratorType[] = ['POLICE', 'OTHER_STATE_OFFICIAL'];
/** Round 9: doers who never stand for the state (a lawyer or interpreter is denied by officials). */
const NOT_OFFICIALS: readonly PerpetratorType[] = ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'IMPERSONATOR', 'OTHER'];
/**
 * Round 9: a payment or favour that is a bribe only when an officer is the one who takes it (an
 * envelope, a phone top-up, "for the boss", something every week).
 */
const bribe = (pattern: RegExp): ViolationRule => v(pattern, 'EXTORTION', 'POLICE_BRIBE', 0.85, { who: 'resolve', mode: 'nohyp', onlyActors: STATE });
/** Round 9: sex as the price of a fine or an arrest let go (only when an officer asks it). */
const coercedSex = (pattern: RegExp): ViolationRule => v(pattern, 'POLICE_ABUSE', 'SEXUAL_VIOLENCE', 0.85, { who: 'resolve', mode: 'nohyp', onlyActors: STATE });
/** Round 9: a lawyer or interpreter not given (by the police, or by the officials named). */
const dueProcess = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE', 'OTHER_STATE_OFFICIAL'], notActors: NOT_OFFICIALS, mode: 'always' });
/** Round 9: a report not taken, or dismissed as a risk of the trade. */
const refused = (pattern: RegExp): ViolationRule => v(pattern, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' });
/** Round 9: police who press a landlord (weak alone: names them with an eviction found otherwise). */
const pressLandlord = (pattern: RegExp): ViolationRule => v(pattern, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE', mode: 'always' });

const EN: GeneralRules = {
  // Round 8: "her son ([AGE_UNDER_18])" in a case note is the client's own child, its age in brackets; "(everyone says) I look
  // about sixteen" is an adult's looks, not a child; a "schoolgirl" roleplay, costume or outfit is no child.
  ownChild: /^(?:\d+|thirteen|fourteen|fifteen|sixteen|seventeen) (?:years?|yrs) (?:in the (?:job|game|business|trade|life|industry)|of (?:work|doing this|experience|escorting))|\b(?:my|our) (?:daughters?|sons?|kids?|children|child|boys?|girls?|little ones?|babies|baby|eldest|youngest)\b|\b(?:her|his|their) (?:daughters?|sons?|kids|children|baby|toddler|little (?:boy|girl)) ?\($|\b(?:i|we) (?:still |can |could )?$|^school ?(?:girls?|boys?|kids?|uniform)'? ?(?:role ?-?play|costume|outfit|fantasy|fancy dress|kink|scene|porn|clip|video|shoot|thing|look|get-?up|gear|kit|style)\b|\b(?:you|u|ya) (?:still )?$|\b(?:i|you|u) (?:\w+ )?(?:look(?:s|ed)?|seem(?:s|ed)?|pass(?:ed)? for) (?:about |around |like |as if |as though |maybe )?(?:i (?:was|were|am|'m) |you (?:were|are|'re) )?$|\b(?:thought|thinks?|assumed|suspected|worried|wondered (?:if|whether)) ['‘"“]?(?:that )?(?:i|she|you|we) (?:might|may|could|must) (?:be|have been) (?:an? )?$|\b(?:thinks?|says?|claims?|reckons?|said|claimed|decided|insists?) ['‘"“]?(?:that )?(?:i'm|i am|i was) (?:an? |still )?$|\b(?:report|reported|reporting|expose|out) (?:me|her)\b[^.]{0,50}\bas an? $|\b(?:dropp(?:ed|ing)|drop|pick(?:ed|ing)?|tak(?:e|es|ing)|took|walk(?:ed|ing)?) (?:off )?(?:my|our) $/,
  durationBefore: /\b(?:for|over|past|last|about|nearly|almost|than) (?:the )?(?:last |past )?$/,

  actors: [actor(/\b(?:(?:warrant card|(?:cid|undercover)(?<=\bsaid (?:he was|they were) (?:cid|undercover)))(?=[^]{0,500}\b(?:(?:was|were) not (?:a |real )?(?:police|police officers?|officers?|cops?)|wasn't (?:a |real )?(?:police|cop|officer)|weren't (?:real )?(?:police|cops|officers)|fake (?:police|cops?|officers?))))/, 'IMPERSONATOR'), actor(/\b(?:(?:letting|lettings|estate|rental|property|managing) (?:agency|agencies|agents?|company|firm)|property manag(?:er|ers|ement)|block manag(?:er|ement))\b/, 'LANDLORD'), actor(/\b(?:(?:hotel|motel|hostel|guest ?house|mall|shopping cent(?:re|er)|car park|station|supermarket|shop) (?:security|guards?|security guards?|bouncers?|doormen|doorman)|security (?:guards?|men|man|guys?) (?:at|from|of|in) the (?:hotel|motel|hostel|guest ?house|mall|shopping cent(?:re|er)|car park|station)|militias?|vigilantes?)\b/, 'OTHER'), actor(/\b(?:pcsos?|police community support officers?|community support officers?|special constables?|auxiliary police|municipal police)\b/, 'POLICE'), actor(/\b(?:council (?:officers?|inspectors?|wardens?|staff|licensing)|licensing (?:officers?|inspectors?)|environmental health (?:officers?|inspectors?)?|street wardens?|community wardens?|trading standards)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:(?:lot|crew|boys|lads|people|firm|mob)(?<=\[person_\d+\]'s \w+))\b/, 'THIRD_PARTY'), actor(/\b(?:(?:the|some|a few|lots of|loads of|all the) cars(?= (?:stop|pull|slow|come|wait|circle|queue|pick)))\b/, 'CLIENT'), actor(/\b(?:(?:officer|cop|copper)(?<=\bthe (?:older|younger) \w+)|desk sergeant|custody sergeant)\b/, 'POLICE'), 
    actor(/\b(?:(?:some|a group of|a gang of|a bunch of|a couple of|two|three|these|those) (?:young |drunk |teenage )?(?:lads|blokes|men|guys|boys|youths|teens|teenagers|women|people|drunks|kids))\b/, 'MEMBER_OF_PUBLIC'),
   actor(/\b(?:(?:drops|dropped|picks|picked|drives|drove|brings|brought|takes|took|sends|sent|books|booked) (?:her|them|the girls?|the kids?)(?<=\b(?:a|an|some|the|this) (?:older |old |grown )?(?:man|guy|bloke|dude|woman) (?:who )?\w+ [\w ]+)|(?:boyfriend|manager|minder|handler)(?<=\b(?:her|their) (?:so-called |')?\w+)'?)\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:(?:docks?|docked|deducts?|deducted|skims?|skimmed) (?:half|\d+ ?%|\d+ percent|a cut|a share|[a-z]+ percent|most))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:threaten\w* (?:me|us|her) with (?:a |an |his |her |their )?(?:knife|gun|pistol|machete|bush ?knife|blade|bottle|broken bottle|weapon|hammer|bat)|pulled (?:out )?(?:a |his )?(?:knife|gun|blade)|held (?:a |his )?(?:knife|gun|blade) to)\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:pay|give|hand over|slip|bung)(?: him| them| her| the (?:cop|officer|copper))? (?:\[money_\d+\]? )?(?:or|otherwise|else)\b|(?:told|asked|wanted) (?:me|us) to (?:pay|give|hand over) (?:him|them|her)? ?\[money_\d+)/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:hits|beats|slaps|kicks|punches|batters|chokes) (?:me|us|her)\b(?<=\b(?:if|when|whenever) (?:i|we|she) (?:refuse|say no|complain|don't|come back with|come home with|argue)\b[^.]{0,40}\b(?:he|they|she) \w+ \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:called (?:me|us|her) (?:a |an )?(?:slag|slut|skank|tart|ho|hoe|whore|hooker|tramp|dirty \w+|filthy \w+)|slags?|skanks?)\b/, 'INSULT', 0.6),
    act(/\b(?:(?:lobbed|chucked|threw|hurled|flung|thrown) (?:a |an |his |her |their |something |some )?\w* ?(?:at|towards) (?:me|us|her))\b/, 'ASSAULT', 0.85),
    act(/\b(?:battered|whacked|decked|belted|thrashed|knocked (?:me|us|her) (?:out|down|over)|gave (?:me|us|her) a (?:hiding|beating|kicking|slap|black eye)|a (?:hiding|kicking|good beating)|grabbed (?:me|us|her) by the (?:throat|neck|hair|arm)|(?:grabbed|squeezed|had (?:his|her) hands? (?:round|around|on)) (?:my|her) (?:throat|neck)|pinned (?:me|us|her) (?:down|against)|headbutt\w*|glassed (?:me|her)|threw (?:a |an |his |something )?\w* at (?:me|us|her))\b/, 'ASSAULT', 0.85),
    act(/\b(?:(?:keeps?|kept|takes?|took|pockets?|pocketed|collects?|collected) (?:it all|all of it|everything|every (?:penny|cent|dollar|pound)|the lot)|(?:keeps?|kept|takes?|took) (?:all|most) (?:of )?(?:what|the money) (?:i|we|she) (?:make|made|earn|earned))\b/, 'TAKE', 0.85),
    act(/\b(?:unless (?:i|we|she) (?:transfer\w*|send|sent|pay|paid|give|gave|hand\w* over)|(?:transfer|send|pay|give) (?:him|them|her) \[money_\d+ or)\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:what (?:do|did) (?:you|i|u) expect|serves? (?:you|me) right|you (?:asked|were asking) for it)\b/, 'BLAME', 0.75, 'always'),
    act(/\b(?:at (?:knife|gun) ?point|knifepoint|gunpoint)\b/, 'WEAPON', 0.8),
    act(/\b(?:took|stole|nicked|grabbed|robbed) (?:my|her|our) (?:whole |entire )?(?:[\w']+ ){0,2}(?:cash|money|earnings|takings|envelope)\b/, 'TAKE', 0.85),
    // Round 8: money, sex or favours demanded under threat of exposure; held by the throat; condoms pocketed.
    act(/\b(?:pay\w* (?:it |for it |me |us |him |them )?(?:another way|some other way|in kind|with (?:sex|your body|my body|her body)))\b/, 'SEXUAL', 0.85, 'nohyp'),
    act(/\b(?:(?:send|sent|show|tell|post|forward|shar|email|text|out)\w* (?:\w+ ){0,4}(?:to )?(?:my|her|our|your) (?:mum|mom|mother|dad|father|family|parents|husband|hubby|boyfriend|partner|fella|boss|work|employer|kids|school|landlord|sister|brother)(?<=\b(?:or|otherwise|unless|if (?:i|she|we) (?:don't|doesn't|won't|refuse))\b[^.]{0,70})|(?:freebie|free (?:session|one|go|service|shag)|(?:sleep|sleeping|sex) with (?:him|them)|free(?<=\bfor free))\b[^.]{0,40}\b(?:or (?:else )?(?:he|they|she)|otherwise|unless))\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:throat|neck|hair)(?<=\bhad (?:me|her|us) by the \w+)|(?:strangled|choked|throttled) (?:me|her|us)|(?:blacked|passed) out(?<=\btill (?:i|she) (?:nearly |almost )?\w+ out))\b/, 'ASSAULT', 0.85),
    // Round 9: extortion told indirectly — a levy in quotes or on a pitch, a ticket or arrest let go in exchange; exposure threatened with the condition after it.
    act(/\b(?:(?:tax|taxes|levy|contribution|donation|protection|toll|subs|insurance|tip|gift|present|coffee|drink)(?<=['‘"“]\w+)(?=['’"”])|(?:protection|pitch|corner|patch|street) (?:money|fee|tax|rent))\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:lose|losing|tear up|tore up|rip up|ripped up|forget|forgot|drop|dropped|scrap|bin|make) (?:the |my |that |this |it |all )?(?:paperwork|ticket|fine|charge|caution|arrest|report|warrant|it go away|it all go away|about it)|let (?:me|us) off)\b[^.]{0,60}\b(?:as long as|if (?:i|we)|in exchange|in return|provided|so long as)\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:send|show|tell|post|forward|share|text|email)\w* (?:\w+ ){0,4}(?:to )?(?:my|her|our) (?:mum|mom|mother|dad|father|family|parents|husband|hubby|boyfriend|partner|boss|work|employer|kids|son|daughter|school|landlord|sister|brother)\b(?=[^.]{0,50}\b(?:if (?:i|she|we) (?:don't|do not|doesn't|won't|refuse|stop|say no)|unless|as long as)))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:hand(?:ed|ing)? over (?:all )?(?:my|our|her|the) (?:night's |day's |whole |entire )?(?:takings|earnings|cash|money|wages|tips))\b/, 'TAKE', 0.85),
    // Round 10: a 'fee' in quotes, sex 'in kind' or a free session demanded; people like you, your sort (resolved by who says it).
    act(/\b(?:(?:fee|tax)'(?<='(?:quiet|protection|door|street|corner|parking|hush|silence|nuisance|inconvenience|peace|security|keep ?quiet|friendship|admin) (?:fee|tax)')|kind\b(?<=\b(?:take|takes|took|taking|pay|paid|paying|have|get) (?:it )?in kind)|freebies?\b(?=[^.]{0,80}\b(?:or (?:else|he|she|they)|otherwise|unless|if i (?:don't|didn't|refuse))))/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:people|girls|women|someone|somebody|persons?|folk) like you(?! (?:need|deserve|should know|can get|have the right))|your (?:kind|sort|type)(?: of (?:people|girl|woman|person))?)\b(?<!\bfor (?:people|girls|women|someone|somebody|persons?|folk) like you)/, 'INSULT', 0.75, 'always'),
  ],
  violations: [
    // Round 6: whole vocabulary families for the types a new writer's wording missed.
    // Health care: refused or put off (PrEP, PEP, tests, stitches, the pill), sent elsewhere, papers asked at A&E, made to wait, lectured.
    v(/\b(?:(?:can't|couldn't|won't|wouldn't|refused to|declined to|would not|will not|didn't want to) (?:refill|renew|prescribe|start|sell|give|dispense|stitch|see|treat|examine|test|admit|register|book)\b(?:[\w' ]{0,25}?)\b(?:prep|pep|meds|medication|pills?|morning[- ]after|contracepti\w*|prescription|script|test\w*|stitch\w*|appointment|treatment|injection|jab|smear|me|her|us)\b|(?:try|go (?:to|back to)|referred (?:me|her|us) to|sent (?:me|her|us) (?:off )?to) (?:the |a |another |some )?(?:\w+ ){0,2}(?:std|sti|vd|sexual health|hiv|gum|walk-in|other|different) (?:place|clinic|centre|center|unit|service)|(?:asked|wanted|demanded) (?:for )?(?:my|her|our|to see (?:my|her)) (?:passport|papers|documents|id|visa|proof of address|insurance)\b(?=[^.]{0,80}\b(?:treat|seen|see|stitch|billed|charged|pay|care|a&e|er|emergency|clinic|hospital|doctor|nurse))|(?:would|will|'d|'ll) (?:be|get) (?:billed|charged)\b(?=[^.]{0,60}\b(?:instead|elsewhere|go))|left without (?:being )?(?:seen|treated|stitched|examined|my (?:meds|prep|pep|prescription))|off my (?:meds|prep|pep|medication) (?:for |now )|(?:doesn't|don't|won't|wouldn't|didn't) (?:serve|treat|see) (?:my sort|my kind|people like (?:me|her|us)|girls like|women like|our kind|your sort|working girls|hookers))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'resolve', fallback: 'HEALTH_WORKER', mode: 'nohyp', notActors: ['CLIENT', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'MEMBER_OF_PUBLIC', 'POLICE', 'IMPERSONATOR'] }),
    v(/\b(?:double[- ]?glov\w*|two pairs of gloves|(?:gave|giving) (?:me|her|us) (?:a|the) (?:lecture|talk|sermon|speech)|lectur\w* (?:me|her|us) (?:about|on)|(?:made|making|passed|passing) (?:remarks|comments|jokes)\b|(?:remarks|comments|jokes) about (?:girls|women|people) like|(?:this|that) one's (?:a|on the)|(?:more your|your sort of|your kind of) (?:situation|thing|place|problem)|(?:girls|women|people) like (?:you|her|me|us)\b|(?:read|said|called|shouted|announced) (?:it )?out (?:that|loud|my|her)\b|(?:whole|entire|full) (?:waiting (?:room|area)|ward|queue|reception) (?:heard|could hear|knew)|told (?:my|her) (?:family|mum|mother|partner|husband|boyfriend|employer|neighbours?) (?:about )?(?:my|her) (?:status|results|diagnosis|hiv|work|job)|(?:hiv|std|sti) (?:status|results)\b(?=[^.]{0,60}\b(?:heard|everyone|out loud|in front|told)))/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', fallback: 'HEALTH_WORKER', ifActor: { NONE: null, POLICE: null, CLIENT: null, LANDLORD: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, IMPERSONATOR: null, OTHER_STATE_OFFICIAL: null } }),
    // Discrimination: banks and payment apps, hotels, hostels, shops, gyms, schools, employers, benefits offices, neighbours and family.
    v(/\b(?:(?:closed|froze|frozen|shut|shut down|cancelled|suspended|terminated|ended|ending) (?:down )?(?:my|our|her) (?:\w+ )?(?:accounts?|card|relationship with (?:me|her|us))|(?:bank|paypal|stripe|cash ?app|venmo|revolut|monzo|wise|credit union|payment (?:app|provider))\b[^.]{0,80}\b(?:closed|froze|frozen|shut|ending|ended|terminat\w*|suspend\w*|against (?:their|its|our) (?:policy|policies|terms)|(?:adult|sexual) services?)|(?:kicked|threw|thrown|chucked|turfed) (?:me|her|us) out of (?:the |a |my |her )?(?:hotel|hostel|shop|store|gym|bar|restaurant|pub|club|shelter|cafe|church|class|course|school|taxi|uber)|(?:can|could) only stay (?:one|a|1) night|(?:because|cos|coz|bc) of what (?:i|she|we) do\b|(?:won't|wouldn't|refused to|don't|didn't) (?:let|allow) (?:me|her|us|anyone|people|girls|women) (?:who|that|like|to stay|stay|book|check in|in)\b)/, 'DISCRIMINATION', 'SERVICES', 0.65, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'CLIENT', 'THIRD_PARTY', 'IMPERSONATOR', 'HEALTH_WORKER'] }),
    v(/\b(?:(?:letting me go|let me go from|fired me|sacked me|got rid of me|dismissed me|let go from|told (?:me|her) not to come back (?:to work|on monday|tomorrow))|(?:my|her) (?:contract|shifts?|hours) (?:was|were) (?:ended|cut|terminated|cancelled)|(?:hr|human resources|the boss at (?:my|her) day job|(?:my|her) (?:day ?job|other job|employer|supervisor|line manager|team leader))\b[^.]{0,80}\b(?:profile|ads?|advert|found out|saw|recogni[sz]ed|fired|sacked|let (?:me|her) go|dismiss\w*|disciplin\w*))\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER', 'LANDLORD', 'OTHER_STATE_OFFICIAL'] }),
    v(/\b(?:(?:neighbou?rs?|other (?:mums|mothers|parents)|people (?:at|in) (?:the|my|her) (?:school|building|church|estate|street|village)|(?:my|her) (?:family|relatives|parents|mum|dad)|in-laws)\b[^.]{0,80}\b(?:stopped (?:talking|speaking) to|won't (?:talk|speak) to|shun\w*|spread\w*|gossip\w*|note (?:on|in|under)|posted|put up|sign|called (?:me|her|us)|won't let (?:their|the) (?:kids|children)|don't let (?:their|the) (?:kids|children)|disowned|cut (?:me|her) off|threw (?:me|her) out|kicked (?:me|her) out|outed)|(?:outed|doxx?ed|exposed) (?:me|her|us)\b)/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.65, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'IMPERSONATOR'] }),
    // Labour exploitation: fines, cuts and house fees taken or charged (a house fee alone is a club's usual terms: round 31),
    // long shifts, no breaks, drinks quotas, clients imposed.
    v(/\b(?:(?:fines?|fined|charges?|charged|docks?|docked|makes? (?:us|me|the (?:girls|women)) pay)\b(?:[\w' ]{0,25}?)\b(?:(?:if|when|for) (?:we|i|you|they|she) (?:are |were |arrive |come |get |turn up )?(?:late|refuse|say no|don't|miss|take|sit|leave early)|for (?:being late|lateness|the room|the towels|sheets|condoms|a day off|sick days|every|each)|a (?:house|room|shift|door) fee|per (?:day|shift|night) for the room)|(?:takes?|took|taking|charges?|charged|charging|docks?|docked) (?:us |me |her |them )?(?:a |an |the |half (?:of )?the |our |my )?['"‘’“]?(?:house|room|shift|door) fees?\b|(?:keeps?|kept|takes?|took|skims?) (?:\d+ ?%|\d+ percent|[a-z]+ percent|half|a cut|most|a third|two thirds) (?:of )?(?:every|each|all|what|our|my|her)|(?:shifts?|work(?:ing)?) (?:from )?\d+ ?(?:pm|am|h)? (?:to|till|until|-) \d+ ?(?:am|pm|h)?|(?:no|never any|without a?) (?:breaks?|rest|days? off|food|time to eat|sleep)\b|back[- ]to[- ]back (?:shifts?|bookings|clients)|(?:manager|boss|madam|owner|management)\b[^.]{0,40}\b(?:decides?|chooses?|picks?|assigns?) (?:which|the|who|our|my) (?:clients|punters|customers|men|bookings)|(?:have|has|had|made|make|makes) to (?:drink|get drinks|sell drinks|hit a (?:drinks )?quota)|drinks? quota|(?:can't|cannot|not allowed to|aren't allowed to|couldn't) (?:refuse|turn down|say no to) (?:a |any |the )?(?:clients?|punters?|customers?|bookings?|men))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', mode: 'always', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null, HEALTH_WORKER: null, LANDLORD: null, IMPERSONATOR: null, FAMILY_OR_PARTNER: null } }),
    // Eviction: told to leave by a date, belongings put out, locks changed, deposit kept, hotel/hostel/room.
    v(/\b(?:(?:wants?|wanted|told|ordered|gave) (?:me|her|us) (?:out|gone|to (?:leave|go|get out|move out|clear out|pack))\b(?:[\w' ]{0,20}?)\b(?:by|before|till|until|today|tonight|tomorrow|now|immediately|in \w+ (?:days?|hours?))|(?:had|have|has|gave (?:me|her|us)) (?:till|until|til|to) \w+ (?:to (?:be|get|move|clear|pack) )?out|(?:my|her|our) (?:stuff|things|belongings|clothes|bags?|gear)\b[^.]{0,30}\b(?:bin bags|out on the (?:street|pavement|landing|stairs|doorstep|hallway|road|lawn|curb|kerb|drive)|on the (?:street|pavement|landing|stairs|doorstep|hallway)|in the (?:hallway|corridor|street|stairwell)|outside the door|thrown out|dumped)|(?:changed|changing|change) the locks|locked (?:me|her|us) out|kept (?:my|her|our|the) (?:deposit|bond)|(?:forfeited|lose|lost) (?:my|her|our|the) (?:deposit|bond)|(?:kicked|threw|thrown|turfed|chucked) (?:me|her|us) out of (?:the|my|her|our) (?:flat|room|house|place|apartment|hostel|hotel|b&b|bedsit|digs))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    // Denial of justice: not reporting and why, in the words people use.
    fear(/\b(?:(?:was|am|i'm|is|she's|were) (?:not|never) (?:going|gonna) to (?:report|go to the (?:police|cops)|call the (?:police|cops))|(?:we|i|she|they) (?:just )?keep (?:quiet|our mouths shut|it to ourselves)|lock (?:me|her|us) (?:up )?instead|(?:declined|refused|doesn't want|does not want|didn't want|is reluctant|was reluctant|too (?:scared|afraid|frightened)) to (?:make a |file a |give a )?(?:report|statement|complaint|go to the police|involve (?:the )?police)|(?:frightened|afraid|scared|terrified|worried) (?:of|about) (?:being |getting )?(?:deported|removed|arrested|charged|outed|exposed|losing (?:my|her) (?:kids|children|visa))|(?:no|didn't have a|without a|hasn't got a|expired|run out) (?:visa|papers)\b[^.]{0,40}\b(?:report|police|cops))\b/),
    v(/\b(?:(?:more or less|basically|just|practically) (?:laughed|smirked|scoffed)|what (?:were you|was she) (?:doing|expecting)|not much (?:they|we) can do|(?:no|nothing) (?:they|we) can do without|come back (?:when|if) (?:you|she) (?:have|has|get|gets) (?:proof|evidence|witnesses)|(?:took|logged|filed) it as (?:a |an )?(?:incident|information|intelligence|report only|non-crime)|never (?:heard|got a call) back|no one (?:ever )?(?:came|came out|rang back|called back|followed up))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.75, { who: 'resolve', mode: 'always', fallback: 'POLICE', ifActor: { CLIENT: null, HEALTH_WORKER: null, LANDLORD: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, IMPERSONATOR: null } }),
    child(/\b(?:(?:her|his) school (?:tie|uniform|bag|blazer|jumper|shoes|books|id|badge)|(?:maths|math|school|science|english) homework|(?:braces on her teeth|got braces)|(?:says|said|claims|told (?:me|us|them)) (?:she's|she is|she was|he's|he is) (?:18|eighteen|19|nineteen) but)\b/),
    v(/\b(?:(?:won't|wouldn't|doesn't|don't|didn't) let (?:us|me) (?:have|hire|get|use) (?:a |our own )?(?:driver|security|guard|bodyguard|receptionist|minder))\b/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.65, { who: 'THIRD_PARTY', mode: 'always' }),
    child(/\b(?:12|13|14|15|16|17|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) (?:at (?:the )?most|tops|max|at a push)\b|\b(?:no|not|can't be|couldn't be) (?:more|older) than (?:12|13|14|15|16|17|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b/),
    v(/\b(?:(?:told|in front of) (?:the whole|everyone in the|all the people in the|the) (?:queue|waiting room|ward|reception)|(?:announced|shouted|said) (?:my|her) (?:status|diagnosis|results) (?:out loud|in front))\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'resolve', fallback: 'HEALTH_WORKER', notActors: ['POLICE', 'CLIENT', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'MEMBER_OF_PUBLIC'] }),
    v(/\b(?:refused to (?:do|give|take|run|renew) (?:my|me|the|a|an) (?:smear|test|bloods|exam\w*|check-?up|scan|prescription|jab|vaccin\w*|pap))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/\b(?:soliciting|loitering|prostitution|kerb[- ]crawling|brothel[- ]keeping|running a brothel|advertising)\b(?<=\b(?:done|nicked|busted|pinched|lifted|charged again|fined again) for [\w -]+)/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'POLICE' }),
    v(/\b(?:no (?:normal|proper|regular|straight|other) (?:job|employer|work) (?:will|would|wants to) (?:take|have|hire))\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'CLIENT'] }),
    fear(/\b(?:so (?:i|we) (?:haven't|have not|didn't|did not|never|won't) (?:told|tell|reported|report|gone to|go to|called|call) (?:anyone|anybody|it|the police|the cops))\b/),
    child(/\b(?:12|13|14|15|16|17|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?<=\b(?:is|was|are|were|am|only|just|barely|still|now|shes|hes|im|she|he|ur|aged?) (?:only |just |barely |still |now )?\w+)(?!\s*(?:am|pm|o'?clock|:|\.\d|of|or so|times|hours|hrs|mins?|minutes|days|weeks|months|years? (?:ago|in|of|later)|clients|men|guys|people|girls|euros|dollars|pounds|quid|kroner|%|percent|miles|km|floors?|bookings|[a-z]+ (?:clients|men|guys)))/),
    child(/\b(?:12|13|14|15|16|17|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?:[ -]?(?:yrs?|years?)[ -]?old|[ -]?y\/o|[ -]?yo\b|[ -]?yrs?\b)/),
    child(/\b(?:under ?-?aged?|under (?:18|eighteen)|not (?:even |yet )?(?:18|eighteen)|high school|secondary school|middle school|junior high|year (?:7|8|9|10|11)\b|grade (?:6|7|8|9|10|11)\b|just a (?:kid|child|schoolgirl|schoolboy)|only a (?:kid|child|schoolgirl|schoolboy)|still a (?:kid|child|schoolgirl|schoolboy)|school ?(?:girls?|boys?|kids?)|(?:hasn't|has not|hadn't|didn't|not) (?:even )?turned (?:18|eighteen)|turns? (?:18|eighteen) (?:in|next|this|on|after))\b/),
    // Round 7: a school year told as someone's class ("I was in Form 2", "still in Standard 7"), school clothes carried or worn, "small girls".
    child(/\b(?:(?:was|is|am|were|are|i'm|im|she's|shes|he's|still|only|just|then) in (?:form|standard|std\.?|class|grade|year) (?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten)\b|school (?:jumpers?|sweaters?|shirts?|skirts?|blazers?|ties?|socks|cardigans?)|small girls?|(?:still|only|just) (?:a )?(?:teen|teenager|baby)\b|(?:a|the) (?:teenage|teen) girl)\b/),
    v(/\b(?:(?:couldn't|could not|can't|cannot|unable to|wasn't able to|not able to) (?:get|access|pick up|refill|renew|collect) (?:my |the |any |more )?(?:prep|pep|arvs?|hiv meds|meds|medication|prescription|pills|contraception|hiv test)|(?:stopped|cut|closed|cancelled) (?:doing |the |its |their )?(?:walk-ins|drop-ins|outreach|prep|needle exchange|condom (?:scheme|distribution)))\b/, 'DENIAL_OF_HEALTH_CARE', 'HIV_SRH_BARRIER', 0.7, { mode: 'always' }),
    control(/\b(?:(?:passports?|papers|documents|id cards?|visa)\b[^.]{0,40}\b(?:for safe ?keeping|locked (?:away|up|in)|won't give (?:it|them) back|never gave (?:it|them) back|(?:he|she|they) (?:keeps?|kept|holds?|held|has|have|took|takes)(?: it| them)?(?! to\b))|(?:took|takes|kept|keeps|keeping|holds?|holding|held|has|have|hid|hides|locked up|confiscated|took away) (?:away )?(?:my|our|her|their|all our|all the|the girls'?) (?:passports?|papers|documents|id cards?|visas?))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:owe|owes|owed|owing) (?:him|her|them|the (?:boss|agency|agent|madam|owner|house|man|woman))|(?:i'm|i am|we're|we are|she's|she is) in debt|debt bondage|(?:pay|paying|paid|work|working|worked) (?:it |that |the money |the loan )?(?:off|back) (?:first|before)|(?:work|working|worked|pay|paying) (?:off|back) (?:the|her|my|his|our|their) (?:fees?|loan|flight|fare|ticket|visa|travel|rent|debt|costs?)|(?:till|until|til) (?:it'?s|its|i've|i have|the debt is|we've|she's) (?:all )?paid(?: off| back)?|(?:goes|going|keeps going|went) up every (?:week|month|day))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:passports?|papers|documents|id cards?)\b[^.]{0,25}\b(?:to register|for safe ?keeping|in (?:his|her|their|the) (?:safe|drawer|bag|car))|(?:owe|owes|owed|owing|debt|pay (?:off|back)|work off)\b[^.]{0,40}\b(?:the journey|the trip|(?:my|her|the) (?:travel|flights?|fare|passage|ticket)|bringing (?:me|her|us)|getting (?:me|her|us) (?:here|over|across)))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:threaten\w* (?:to )?(?:hurt|harm|kill|find|visit|go after|tell) (?:my|her|our) (?:family|mum|mother|kids|children|parents|sister|brother|son|daughter)|(?:knows?|know) where (?:my|her|our) (?:family|mum|mother|kids|children|parents) (?:live|lives|are))\b/, 'PREVENTED_FROM_LEAVING', 0.7),
    control(/\b(?:(?:waitress\w*|cleaning|cleaner|nanny|babysit\w*|au pair|bar ?work|hostess|shop|hotel|restaurant|factory|modelling|care ?work|hairdress\w*|kitchen|housekeep\w*)\b(?<=\b(?:said|told (?:me|us|her)|thought|promised|supposed to be|was meant to be|they said) (?:it was |it would be |it'd be |i'd be |i would be |a job |work )?(?:in |as |at )?(?:an? )?[\w ]+)[^.]{0,80}\b(?:turned out|but (?:it was|it's|they)|instead|actually|really it was)|turned out (?:to be|it was) (?:a |the )?(?:brothel|massage (?:place|parlou?r)|sex work|prostitution|escort\w*))\b/, 'DECEPTION', 0.8),
    control(/\b(?:(?:forces?|forced|forcing|pressures?|pressured) (?:me|us|her) (?:to |into )?(?:go out|work|sell|see (?:clients|men|guys)|take clients|sleep with|have sex with|do (?:clients|bookings|punters|it))|(?:sells?|sold|selling|rents?|rented|renting) (?:me|her|us) (?:out )?to (?:men|guys|clients|his friends)|puts? (?:me|her) on the (?:street|game|corner)|(?:places|posts|puts up|runs|writes) (?:my|her) (?:ads|adverts|profile)\b[^.]{0,40}\b(?:keeps?|takes?) (?:everything|it all|all the money|the money))\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:can'?t (?:go|get) (?:home|out|away)|(?:won't|wouldn't|doesn't|don't|didn't|never) let (?:me|us|her) (?:go (?:home|out)|out of (?:his|her|their) sight|leave the (?:house|flat|room))|locks? (?:the door|us in|me in|her in|us up|me up)|not allowed (?:to go )?out(?:side)?(?: alone)?|never (?:allowed|let) out|(?:when|if) (?:i|we|she) (?:said (?:i|we|she) wanted to |tried to |wanted to |try to )?(?:quit|leave|stop|go home)\b[^.]{0,50}\b(?:threat\w*|(?:said|says) (?:they|he|she)(?:'?d| would| will|'?ll)|beat|hurt|find)|(?:told (?:him|them|her)|said|asked (?:him|them|her)) (?:that )?(?:i|we|she) (?:wanted|want|was going|were going) (?:out|to (?:quit|leave|stop|get out|go home))\b[^.]{0,40}\b(?:and|so|then) (?:he|they|she) (?:\w+ ){0,2}?(?:beat|hit|smashed|punched|slapped|kicked|hurt|threat\w*|battered|locked|said (?:he|they|she)(?:'?d| would| will|'?ll))|(?:threaten\w*|said (?:he|they)(?:'d| would)) [^.]{0,30}\bif (?:i|we|she) (?:quit|leave|stop|go))\b/),
    v(/\b(?:closure (?:notice|order)|notice to (?:quit|vacate)|eviction notice|(?:told|ordered|given notice) to vacate|(?:locks|lock) (?:were|was|got) changed|gave (?:me|us) (?:\w+ )?(?:days?|hours?|weeks?|a week|until \w+) to (?:get out|leave|move|clear out|go))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'] }),
    v(/\b(?:(?:nurse|doctor|receptionist|gp|midwife|pharmacist)\b[^.]{0,60}\b(?:(?:waited|wait|waiting) \d+ ?(?:hours|hrs)|everyone (?:else )?(?:after me )?(?:got|was) seen|made (?:faces|a face|comments|a comment)|rolled (?:her|his) eyes|pulled a face)|(?:waited|waiting) \d+ ?(?:hours|hrs) while (?:everyone|others|people))\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:told|asked) (?:me|us) not to come back|banned (?:me|us) from|(?:won't|wouldn't) let (?:me|us) (?:in|book|stay))\b/, 'DISCRIMINATION', 'SERVICES', 0.65, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'CLIENT', 'FAMILY_OR_PARTNER', 'THIRD_PARTY'] }),
    fear(/\b(?:what (?:would|will|could|can|do) (?:the )?(?:police|cops|they) (?:even |ever )?do|(?:police|cops) (?:wouldn't|won't|don't|never) (?:care|help|do anything|believe)|no point (?:in )?(?:calling|telling|going to|reporting))\b/),
    v(/\b(?:(?:send|show|post|share|leak)\w* (?:my |the |those |these |her )?(?:pics|photos|pictures|screenshots|videos?|nudes|messages|texts) to (?:my|her|our|the))\b/, 'EXTORTION', 'THIRD_PARTY_EXTORTION', 0.7, { who: 'resolve', mode: 'nohyp' }),
    // Round 7: not reporting, with the reason told in the next sentence ("Didn't call the cops. They'd ask what I was doing there"); "Report it? Forget it."
    fear(/\b(?:(?:didn't|did not|never|won't|wouldn't|not going to)\s+(?:call(?:ed)?|ring|rang|phone|go to|report\w*(?: it)? to|tell|called it in|call it in)\b(?: the)?(?: cops| police| guards| gardai)?[^.]{0,30}[.!]\s*[^.]{0,100}\b(?:they'd|they would|they'll|they will|they could|i'd be|i'll be|i would be|first thing|arrest\w*|charg\w*|deport\w*|laugh\w*|breach\w*|evict\w*)|(?:report|call the (?:cops|police))(?: it| him| them)?\?\s*(?:forget it|no way|yeah right|as if|never)|if i (?:talk|speak|go|went) to (?:the )?(?:police|cops)|(?:i )?never called it in)\b/),
    // Police who warn a landlord that he could be prosecuted are perpetrators of the eviction with him.
    v(/\b(?:(?:told|warned|informed|reminded|said to) (?:him|her|them|the (?:landlord|landlady|owner|letting agent|agency))\b[^.]{0,100}\b(?:could|would|might|can|will) be (?:done|charged|prosecuted|fined|liable|arrested|held responsible|closed)|permitting (?:the )?premises|(?:used|being used) (?:as a brothel|for (?:immoral|prostitution)))/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.6, { who: 'resolve', ifActor: { NONE: null, LANDLORD: null, CLIENT: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, HEALTH_WORKER: null, IMPERSONATOR: null, OTHER: null } }),
    // Deadlines told as hours or days given ("he gave us 48 hours").
    v(/\b(?:gave (?:me|us|her) (?:\d+|one|two|three|a few|24|48) (?:hours?|hrs|days?|weeks?)(?: notice| to (?:leave|get out|move|clear out|pack))?|(?:keys|key) back by)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.7, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null, POLICE: null } }),
    // Round 8: condoms pocketed or kept as "evidence" told with slang; GCSEs and care placements of the person themself.
    v(/\b(?:(?:johnnies|johnnys|rubbers|condoms|jimmies|frangers)(?<=\b(?:pocketed|kept|took|confiscated|binned|seized|bagged) (?:the |my |our |all (?:my|our|the) |her |packets of )?\w+))\b/, 'POLICE_ABUSE', 'CONDOMS_AS_EVIDENCE', 0.75, { who: 'resolve', fallback: 'POLICE', ifActor: { CLIENT: null, MEMBER_OF_PUBLIC: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, LANDLORD: null, HEALTH_WORKER: null } }),
    child(/\b(?:(?:gcses?|junior cert|leaving cert|mock exams)(?<=\b(?:her|his|my|their) (?:\w+ )?(?:gcses?|junior cert|leaving cert|mock exams)))\b/),
    payer(/\b(?:(?:friends|mates)(?<=\b(?:men|guys|punters|clients|regulars|blokes|johns)(?: there)? (?:are|were) (?:'|")?his \w+)|(?:punters|clients|regulars|johns|men) (?:ask|asked|pay|paid|book|booked|choose|chose|request|requested) (?:for )?(?:her|him|them)\b|(?:give|gave|pay|paid) (?:me|her|him) (?:\[money_\d+|money|cash)(?<=\bthey \w+ \w+ \[?\w+))/),
    bringer(/\b(?:(?:picks|picked) (?:me|her|him) up (?:after|from) school|(?:takes|took|drives|drove) (?:me|her|him) to (?:his (?:mates?|friends?)|'?parties|parties|flats|hotels)|(?:hands|handed|gives|gave) (?:him|her) the money)\b/),
    // Round 9: bribes told indirectly (only when an officer takes them), sex as the price of a ticket, a lawyer not given,
    // reports dismissed, police who press a landlord, children by the age they turn or their braces.
    bribe(/\b(?:top[- ]?ups?|topped up|phone credit|airtime|credit (?:on|to|for) (?:his|their|her) (?:phone|number)|envelopes?|(?:keep|keeps|kept|keeping) (?:him|them|her) (?:sorted|sweet|happy|quiet|onside)|(?:little|wee) something|something for (?:the weekend|his trouble|the boys|the lads|the station)|drinks? money|beer money|for the (?:boss|sergeant|guv(?:nor)?|inspector)|(?:every|each) (?:week|friday|saturday|month|shift)(?<=\b(?:pay|paid|paying|give|gave|giving|send|sent|sending|transfer\w*|top\w* up|hand\w* over|drop\w* off)\b[^.]{0,40}))\b/),
    coercedSex(/\b(?:if (?:i|we) (?:got|get|go|went|came|come|sat|sit|hopped|hop) (?:\w+ ){0,2}in(?:to)? (?:his|their|the) (?:car|van|motor)|(?:favours?|favors?|freebies?)(?<=\b(?:in exchange for|for|if i (?:did|do|gave|give) (?:him|them)|as long as i (?:did|do|gave|give) (?:him|them)) (?:a |some )?\w+))\b/),
    dueProcess(/\b(?:(?:lawyer|solicitor|interpreter|translator|duty solicitor)s?\b[^.]{0,30}\b(?:wasn't|was not|never|weren't|were not|not) (?:called|provided|given|offered|contacted|available|allowed|present))\b/),
    refused(/\b(?:(?:risk|hazard|part) of the (?:job|trade|game)|occupational hazard|(?:wouldn't|would not|won't|didn't|did not|refused to) (?:open|log|record|give (?:me|her) a) (?:a |an )?(?:case|crime (?:number|reference)|file|incident)|no crime (?:number|reference))\b/),
    pressLandlord(/\b(?:(?:charged|done|prosecuted|nicked|arrested|in trouble) (?:for|with) (?:running|keeping|managing|allowing|letting) (?:a )?(?:brothel|disorderly house)|(?:police|cops|officers?)\b[^.]{0,40}\b(?:rang|called|phoned|visited|warned|wrote to|came to see|had a word with|spoke to) (?:the |my |our )?(?:landlord|landlady|owner|letting agent|agency|him|her)(?<=\b(?:landlord|landlady|letting agent|owner)\b[^]{0,200}))\b/),
    fear(/\b(?:(?:didn't|did not|never|won't|not) (?:bother(?:ed)?|even try|even think about) (?:with )?(?:report\w*|going to the (?:police|cops)|calling the (?:police|cops))|no way (?:i'm|am i|i am|would i|i'd) (?:going to|gonna|go to|calling|call|reporting|report)|(?:police|cops) (?:round here|here|there|in this town) are (?:in on it|mates with|friends with|the ones)|report\w* (?:it|him|them|that)\?\s*(?:no|nah|yeah right|forget it|as if|why would))\b/),
    child(/\b(?:(?:turns?|turning|will be) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?! (?:years|yrs|minutes|hours|days|weeks|times|clients|men|quid|pounds|dollars|euros))|braces on (?:her|his) teeth|(?:her|his) braces)/),
    payer(/\b(?:cars (?:stop|pull up|slow down) for her|(?:men|guys|blokes|punters|clients) (?:pick|choose|want|ask for|go for) her)\b/),
    // Round 9, beyond I: not reporting, and the reason told in the next sentence ("They'd only tell my landlord").
    fear(/\b(?:(?:never|didn't|did not|won't|wouldn't|not going to) (?:tell|told|call|called|ring|rang|go to|went to|report (?:it )?to) the (?:police|cops)\b[^.!?]{0,40}[.!]\s*(?:they|the police|the cops|cops)(?:'d| would| will|'ll) (?:only |just |probably )?(?:tell|call|ring|arrest|deport|ask|want|check|blame|laugh|charge|fine|nick|take))/),
    // Round 10: school life (exams, resits, teachers, truancy, being picked up from school), being in care; debts for travel, training, clothes, room and food, written down, that only go up; IDs taken to register; someone watching; discrimination by agencies after looking someone up; reasons for not reporting told as what the police would do; wages held for months.
    v(/\b(?:terminat\w* (?:the (?:tenancy|lease|contract) )?with immediate effect|(?:had|have|gave (?:us|me)|given (?:us|me)) (?:until|till) (?:the end of the day|tonight|tomorrow(?: morning)?|the morning|midnight)(?= to (?:leave|go|get out|move out|be out)|\.|,| and))\b/, 'FORCED_EVICTION', 'NO_NOTICE', 0.75, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', notActors: ['CLIENT', 'HEALTH_WORKER'] }),
    pressLandlord(/\b(?:police\b[^.]{0,40}\b(?:sent|wrote|gave|emailed) (?:the |a )?(?:letting )?(?:agency|agent|landlord|owner) (?:a |an )?(?:letter|email|warning|notice))/),
    schoolChild(/\b(?:(?:(?:turned|turning) (?:18|eighteen)|had (?:my|her|his) (?:18th|eighteenth)(?: birthday)?|celebrated (?:my|her|his) (?:18th|eighteenth)(?: birthday)?)\b(?=[^.]{0,30}\b(?:here|there|in the (?:flat|house|brothel|parlou?r|club)|while (?:i|she|he) was (?:there|here|working)|with the other girls))|(?:(?:resits?|re-sits?|retakes?)(?<=\b(?:her|his|my|a|the) (?:\w+ )?(?:resits?|re-sits?|retakes?))(?<!\b(?:uni|university|college|degree|course|module|driving|theory)\b[^.]{0,80})|(?:teacher|tutor|exams?|mocks|test)(?<=\b(?:her|his|my) (?:maths|science|history|geography|form|class|pe|year 9|year 10|year 11) \w+)|head of year|school(?<=\b(?:bunk\w*|skip\w*|skiv\w*|missing|miss|missed|stopped going to) (?:off )?school)|(?:playing|played) truant|truanting|sixth form(?:er)?|care(?<=\b(?:i'm|im|i am|she's|shes|she is|he's|he is|was|were|living|lives|live|placed|put|taken) (?:in|into) (?:foster )?care)|foster (?:home|carers?|placement|family|parents?|mum|dad)|children's home|kids'? home|looked[- ]after (?:child|children|kid))\b|(?:(?:school|class(?:es)?)(?! (?:of|run)\b)(?<=\b(?:pick(?:s|ed|ing)? (?:me|her|him) up|wait(?:s|ed|ing)?(?: for (?:me|her|him))?|meet(?:s|ing)? (?:me|her|him)|met (?:me|her|him)|collect(?:s|ed|ing)? (?:me|her|him)|(?:i|she|he) (?:go|goes|went|would go|'d go|used to go|come|came))\b[^.]{0,30}\b(?:after|from|outside|near|round the corner from|at the gates? of|before) (?:school|class(?:es)?))))/),
    control(/\b(?:(?:owe|owes|owed|owing)'? (?:him|her|them)|(?:owe|owes|owed|owing|debt)\b[^.]{0,40}\b(?:training|make-?up|clothes|outfits|photos|ads|adverts|the room|my room|food|board|lodging|visa|flights?|ticket)|(?:never (?:went|goes) down|only (?:ever )?(?:went|goes) up|keeps? going up|got bigger every)(?<=\b(?:debt|amount|number|owed?|it)\b[^.]{0,30})|(?:notebook|ledger)\b(?<=\b(?:owe\w*|debts?)\b[^.]{0,80})|(?:book|list|tab)\b(?<=\b(?:writes?|wrote|written|keeps?|kept|marks?|marked|adds?|added|puts?)\b[^.]{0,30}\b(?:in|into|on) (?:a|her|his|the|their|a little) \w+)(?<=\b(?:owe\w*|debts?)\b[^.]{0,80}))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:ids|id cards?|passports?|papers|documents)(?<=\b(?:took|takes|take|collected|collects|collect|kept|keeps|keep|held|holds) (?:all )?(?:our|my|her|their|the girls'?|everyone's|everybody's) [\w ]+) (?:on the first day|when (?:we|i|she) (?:arrived|got there|got here)|to register|for registration|to get (?:us|me|her) registered))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    leave(/\b(?:(?:someone|somebody|(?:man|guy|guard)(?<=\ba (?:man|guy|guard))|(?:men|guys|boys)(?<=\bone of (?:his|her|their) \w+)|(?:man|guy|driver|brother|cousin)(?<=\b(?:his|her|their) \w+)) (?:is |was )?(?:always |sits |stands )?(?:watch(?:es|ing)?|keep(?:s|ing)? (?:an )?eye on|guard(?:s|ing)?) (?:us|me|her|the girls|the flat|the house|the door)\b|watched (?:all the time|24\/7|day and night|every minute)|(?:leave|go (?:out|home))(?<=\b(?:can't|cannot|couldn't|allowed to) (?:leave|go (?:out|home)))\b[^.]{0,30}\b(?:until|till|before) (?:i|we|she|the debt|it|its|it's)\b|only (?:allowed|let) out with)/),
    v(/\b(?:(?:look(?:s|ed)? me up|googled? (?:me|my name|my number)|saw my (?:ads?|profile)|found my (?:ads?|profile))(?<=\b(?:second|minute|moment|once|soon as|after|when) (?:they|he|she|the agent|the landlord) [^.]{1,30}))\b/, 'DISCRIMINATION', 'HOUSING', 0.7, { who: 'resolve', fallback: 'LANDLORD', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER'], mode: 'always' }),
    fear(/\b(?:would(?<=\b(?:police|cops|they) would) (?:only|just) (?:want to know|ask|say|tell|laugh|blame|arrest|deport|charge|look at)|(?:declined (?:a |the )?(?:referral|to report|to go) (?:to )?(?:the )?police|want(?<=\b(?:doesn't|does not|didn't|did not) want) (?:to involve (?:the )?police|police involvement|to report))(?=[^.]{0,15}\b(?:saying|because|as|for fear|afraid|worried|scared|since)\b)|report (?:it|them|this) to\b(?<=\bwho (?:would|do|could|can) i (?:even )?report \w+ to)|report (?:it |them )?to who(?:m)?\b)/),
    v(/\b(?:still with (?:him|her|them|the boss)(?<=\b(?:my|our|her) (?:money|wages|salary|pay) (?:is )?still with [\w ]+)|(?:salary|wages|pay)\b[^.]{0,25}\b(?:next month|end of (?:the )?month)\b[^.]{0,40}\b(?:again|next month|like this)|months? (?:like this|without (?:pay|salary|wages))(?<=\b(?:two|three|four|several) months? [\w ]+)|tips(?<=\b(?:only|just) (?:have|get|got|had|live on|living on) (?:the )?tips))\b/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'POLICE', 'OTHER_STATE_OFFICIAL', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER'], mode: 'always' }),
  ],
};

const ES: GeneralRules = {
  ownChild: /\b(?:mis?|nuestr[oa]s?) (?:(?:dos|tres|cuatro|\d) )?(?:hij[oa]s?|nen[ea]s?|ni[ñn][oa]s?|chic[oa]s?|pib[ea]s?|peque[ñn][oa]s?|beb[eé]s?|mayor|menor)\b|\b(?:ir|voy|iba|fui|vamos|pasar|paso|salgo) (?:a )?(?:por|buscar a|recoger a) (?:los|las) $|\b(?:por|a|con|de|y|para) (?:mis?|nuestr[oa]s?) $|\b(?:parezco|parec[ií]a (?:yo )?|pareces|aparento|aparentaba|aparentas|me (?:dan|daban|dar[ií]an|echan|echaban)|te (?:dan|daban|echan)|(?:ten[ií]a|tiene|tengo|con) cara) (?:de |tener )?$/,
  durationBefore: /\b(?:hace|desde hace|durante|por|en|ya|llevo|m[aá]s de) (?:m[aá]s de |unos |casi )?$/,

  actors: [actor(/\b(?:inmobiliaria|administraci[oó]n del (?:edificio|consorcio)|administrador del (?:edificio|consorcio)|encargad[ao] de la pensi[oó]n)\b/, 'LANDLORD'), actor(/\b(?:(?:seguridad|vigilantes?|guardias?) del (?:hotel|hostal|albergue|shopping|telo|centro comercial|super)|milicia|paramilitares)\b/, 'OTHER'), actor(/\b(?:guardia urbana|polic[ií]a (?:local|municipal)|agentes? de tr[aá]nsito|agentes? municipales)\b/, 'POLICE'), actor(/\b(?:(?:un|el|otro|este) (?:tipo|flaco|chab[oó]n|viejo|se[ñn]or|hombre|pibe)(?=[^.]{0,60}\b(?:pag\w*|termin\w*|acab\w*|me bajara|del auto|el servicio|el pase|la salida)\b))/, 'CLIENT'), actor(/\b(?:(?:los|unos|algunos|muchos|varios) (?:autos|coches|carros|camiones)(?= (?:paran|frenan|se paran|vuelven|pasan|la|le|se detienen)))\b/, 'CLIENT'), actor(/\b(?:(?:place_\d+|comisar[ií]a|seccional|brigada|federal|bonaerense|metropolitana)(?<=\blos de la \[?\w+)|cabo(?<=\b(?:el|un) cabo)|sargento(?<=\bel sargento)|subcomisario|principal(?<=\bel principal)|oficial de turno)\b/, 'POLICE'), actor(/\b(?:(?:los|las|el|la) (?:de )?inspecci[oó]n|inspector(?:es|a|as)?|(?:del|el) ayuntamiento|la municipalidad|los municipales)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:due[ñn][oa] de la (?:pieza|casa|habitaci[oó]n|pensi[oó]n)|due[ñn][oa] del (?:cuarto|hotel|inquilinato|edificio|departamento|depto))\b/, 'LANDLORD'), actor(/\b(?:su (?:t[ií][oa]|padre|madre|padrastro|madrastra|herman[oa]|prim[oa]|abuel[oa]))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:un (?:tipo|viejo|se[ñn]or|hombre) (?:que )?(?:la|las|lo) (?:hace|pone|manda|lleva|trae|busca)|(?:la|las) (?:hace|pone|manda) a trabajar)\b/, 'THIRD_PARTY'), actor(/\b(?:la se[ñn]ora que (?:maneja|lleva|tiene)|el que (?:maneja|lleva) (?:el|la) (?:privado|casa|departamento|depto)|el hombre que (?:me|nos) (?:trajo|pag[oó]))\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:amenaz\w* con (?:un |una |el |la )?(?:cuchillo|navaja|arma|pistola|fierro|rev[oó]lver|faca|botella)|(?:sac[oó]|sacaron) (?:un |una )?(?:cuchillo|navaja|arma|pistola|fierro|faca))\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:daba|diera|d[eé]|dar|pagaba|pagara|pague|pagar|pasaba|pasara|pasar) (?:\[money_\d+\]?|plata|la plata|guita) o (?:si no )?(?:me|nos|la)|(?:o|si no) (?:le |les )?(?:daba|pagaba|pasaba) [^.]{0,20}\bo (?:me|nos) (?:llevaba|llevaban|met[ií]a|detiene|detienen))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:estrangul\w*|me ahorc[oó]|me ahorcaron|apu[ñn]al\w*|me acuchill\w*)\b/, 'ASSAULT', 0.85),
    act(/\b(?:pega|golpea|fajan?|cag[ae]|lastima)\b(?<=\bsi (?:me niego|no quiero|no salgo|vuelvo con poca|le digo que no)\b[^.]{0,40}\bme \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:(?:nos|me) (?:descuenta|descontaba|descuentan|sacan|cobra|cobran) (?:la mitad|el \d+|un \d+|\w+ por ciento|casi todo))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:me|nos|la) (?:cag[oó]|cagaron|moli[oó]|molieron|revent[oó]|reventaron|faj[oó]|fajaron|madre[oó]|madrearon|cache?te[oó]|cachetearon|zamarre\w*|fajaban|cagaba|cagaban) (?:a )?(?:palos|golpes|trompadas|pi[ñn]as|pi[ñn]ados)?|(?:me|nos) (?:dio|dieron|daba|daban) (?:una )?(?:paliza|pi[ñn]a|trompada|cachetada|bofetada|patada|golpiza))\b/, 'ASSAULT', 0.85),
    act(/\b(?:se (?:queda|quedaba|quedan|qued[oó]|lleva|llevaba) con (?:toda )?(?:la guita|la plata|el dinero|mis ganancias|lo que (?:gano|ganamos|hago|hacemos)))\b/, 'TAKE', 0.85),
    // Round 8: money collected for being let work, "lo suyo", a fee per girl, and what happens to whoever does not pay; earnings taken in custody.
    act(/\b(?:pag\w* (?:de otra (?:forma|manera)|con el cuerpo|en especie|con sexo))\b/, 'SEXUAL', 0.85, 'nohyp'),
    act(/\b(?:(?:buscar|cobrar|llevarse|retirar|pedir) (?:')?lo suyo|(?:plata|guita) (?:por|x) (?:chica|piba|mina|cabeza|noche|semana|mes|persona)|(?:chica|piba|mina|cabeza)(?<=\bpor \w+)|(?:deje|dejen|dejara|dejaran) (?:laburar|trabajar|parar|estar|seguir|tranquil\w*|en paz)(?<=\bpara que (?:nos|me|las|la|los) \w+ \w+)|(?:pone|paga|pagan|ponen|afloja|arregla)(?<=\b(?:la|el|las|los) que no \w+)|(?:puse|pagu[eé]|afloj[eé]|arregl[eé])(?<=\b(?:porque|ya que|como) \w+))\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:sacaron|sac[oó]|quitaron|quit[oó]|robaron|rob[oó]|afanaron|manotearon|quedaron con|qued[oó] con)(?<=\b(?:me|nos|le|les|se) \w+(?: con)?)\b[^.]{0,40}(?:\[money_\d+\]|la plata|el dinero|la guita|la recaudaci[oó]n|lo que (?:hab[ií]a|hab[ií]amos|hice|hicimos)\b)|(?:figuraba|aparec[ií]a|constaba) en el acta)/, 'TAKE', 0.85),
    // Round 9: a levy in quotes or for the pitch ("derecho de piso"); earnings taken ("lo recaudado"); exposure threatened with the condition after it.
    act(/\b(?:(?:impuesto|cuota|colaboraci[oó]n|aporte|contribuci[oó]n|peaje|diezmo|protecci[oó]n|regalo|cafecito|gaseosa)(?<=['‘"“]\w+)(?=['’"”])|derecho de piso|cobro de piso|cuota semanal|cuota de protecci[oó]n)\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:sacaron|sac[oó]|quitaron|quit[oó]|robaron|rob[oó]|llevaron|llev[oó]|se quedaron con|se qued[oó] con)(?<=\b(?:me|nos|le|les|se) \w+(?: \w+)?) (?:todo )?(?:lo recaudado|lo ganado|lo trabajado|lo que (?:gan[eé]|ganamos|gan[oó]|hab[ií]a (?:hecho|ganado|juntado|trabajado))|las? ganancias?))\b/, 'TAKE', 0.85),
    act(/\b(?:(?:mand\w*|envi\w*|mostr\w*|contar\w*|cuenta|subir|sube|publicar|publica|difund\w*)\b[^.]{0,40}\b(?:a )?(?:mi|mis|su|sus|tu|tus) (?:familia|madre|mam[aá]|vieja|padre|pap[aá]|viejo|marido|esposo|novio|hij[oa]s?|jef[ea]|trabajo|laburo|patr[oó]n|vecinos)\b(?=[^.]{0,60}\b(?:si no|a menos que|salvo que)\b))/, 'DEMAND', 0.85, 'nohyp'),
    // Round 10: a free session or a 'favour' demanded under a threat; people like you.
    act(/\b(?:(?:gratis|regalo|onda)\b(?<=\b(?:un|uno|una|servicio|pase|polvo) (?:gratis|de regalo|de onda))(?=[^.]{0,80}\b(?:si no|sino|o (?:si no|le|me|te|va|lo)|porque si)\b)|(?:gratis|regalo)(?<=\b(?:si no|sino)\b[^.]{0,40}\b(?:un|uno|una|servicio|pase) (?:gratis|de regalo))|molestias'?(?<=\bpor las molestias'?))/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:gente|chicas|mujeres|personas|minas|pibas) como (?:vos|t[uú]|ustedes|ella)|(?:clase|cala[nñ]a)(?<=\b(?:tu|su) \w+)|(?:clase|cala[nñ]a) de (?:gente|mujeres|chicas)(?<=\besa \w+ de \w+))\b/, 'INSULT', 0.75, 'always'),
    act(/\b(?:(?:golpe[oó]|golpearon|agredi[oó]|agredieron|empuj[oó]|empujaron|pate[oó]|patearon|cachete[oó]|abofete[oó])(?<=\blas? \w+)|(?:peg[oó]|pegaron)(?<=\ble \w+) (?:en|una|un)|(?:golpeada|agredida|apu[ñn]alada)(?<=\b(?:fue|result[oó]|haber sido) \w+))\b/, 'ASSAULT', 0.85),
  ],
  violations: [
    // Round 6: vocabulary families for the types a new writer's wording missed (also third-person caseworker notes: "la usuaria refiere que…").
    v(/\b(?:(?:se neg[oó]|se negaron|no quiso|no quisieron|se niega|se niegan) a (?:atender\w*|recetar\w*|dar(?:me|le|nos)?|vender(?:me|le)?|hacer(?:me|le)?|coser(?:me|le)?|ver(?:me|la)|revisar(?:me|la)|curar(?:me|la)|ingresar(?:me|la))|(?:me|la|nos|le) (?:mand[oó]|mandaron|deriv[oó]|derivaron|envi[oó]|enviaron) (?:a (?:otro|otra|la unidad|infecto\w*|un centro)|al centro de (?:its|ets|vih))|(?:me|la|le|nos) (?:mand[oó]|mandaron|hizo|hicieron|oblig[oó]|obligaron) (?:a )?hacer(?:me|se|le)? (?:el |un |los |una )?(?:test|an[aá]lisis|prueba|estudios?)\w* (?:de(?:l)? )?(?:vih|sida|hiv|s[ií]filis|its|ets)|(?:sin (?:ser )?atendid[ao]|sin que (?:me|la) (?:atendieran|vieran|revisaran))|me fui sin (?:la placa|la receta|el tratamiento|que me)|(?:pidieron|exigieron|ped[ií]an|exig[ií]an|pidi[oó]|exigi[oó]) (?:la |el |mi |su |los )?(?:tarjeta sanitaria|tarjeta de salud|nie|papeles|documentaci[oó]n|pasaporte|obra social|seguro)|(?:tendr[ií]a|ten[ií]a|tiene) que pagar (?:la consulta|la atenci[oó]n|la urgencia)|no (?:me|le|nos) (?:dieron|quisieron dar|vendi[oó]|vendieron|recetaron|renovaron) (?:la |el )?(?:prep|pep|pastilla|tratamiento|receta|antirretrovirales|medicaci[oó]n))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'resolve', fallback: 'HEALTH_WORKER', mode: 'nohyp', notActors: ['CLIENT', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'MEMBER_OF_PUBLIC', 'POLICE', 'IMPERSONATOR'] }),
    v(/\b(?:(?:me|la|nos|le) (?:dej[oó]|dejaron|tuvo|tuvieron|hizo|hicieron) esperando (?:hasta|m[aá]s de|horas|toda|todo)|esperando (?:m[aá]s de )?\w+ horas mientras|eso (?:le|te|me|les) pasa por (?:su|tu|mi) (?:trabajo|laburo|vida)|serm[oó]n|(?:me|la) (?:ret[oó]|rega[ñn][oó]|sermone[oó])|cambiar de vida|nombre de (?:var[oó]n|hombre|nacimiento)|nombre (?:masculino|muerto)|a los gritos en la sala|delante de (?:todos|todo el mundo|los dem[aá]s|otros pacientes)|(?:cont[oó]|dijo|revel[oó]|cuent[ae]) (?:a \w+ )?(?:mi|su) (?:diagn[oó]stico|estado serol[oó]gico|vih|resultado)|doble guante|dos pares de guantes)\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', fallback: 'HEALTH_WORKER', ifActor: { POLICE: null, CLIENT: null, LANDLORD: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, IMPERSONATOR: null, OTHER_STATE_OFFICIAL: null } }),
    v(/\b(?:(?:cerraron|cerr[oó]|bloquearon|bloque[oó]|congelaron|cancelaron|cancel[oó]) (?:la|mi|su|nuestra) cuenta|(?:vecin[oa]s?|(?:las )?otras madres|(?:mi|su) familia|mis padres|sus padres)\b[^.]{0,80}\b(?:retir\w* el saludo|no (?:me|le|nos) hablan|dejaron de hablar\w*|no dejan (?:que|a)|pintad\w*|cartel\w*|una nota|insult\w*|echaron)|retir\w* el saludo|me (?:echaron|despidieron|corrieron) del (?:trabajo|laburo|curro|empleo)|(?:me|le) (?:quitaron|suspendieron|cortaron|retiraron|denegaron) (?:la|el) (?:ayuda|subsidio|pensi[oó]n|ingreso m[ií]nimo|prestaci[oó]n|plan))\b/, 'DISCRIMINATION', 'SERVICES', 0.65, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER', 'IMPERSONATOR'] }),
    v(/\b(?:(?:nos|me|les|te) (?:pone|ponen|pon[ií]a|cobra|cobran|cobraba|descuenta|descuentan|cae|caen) (?:una )?(?:multas?|\d+ euros al d[ií]a|la comida|las toallas|la plaza|la habitaci[oó]n|la cama)|multas? (?:de \S+ )?(?:si|por|cuando)|(?:se queda|se quedan|se quedaba|queda) con (?:la mitad|el \d+|un \d+|parte|todo lo)|(?:obliga|obligan|obligaba|tenemos que|ten[ií]amos que|hay que) (?:a )?(?:beber|tomar|consumir|hacer copas|sacar copas)|(?:no hay|sin|ni un) descanso|(?:todav[ií]a no|no) (?:me|nos) (?:las |lo |la )?(?:ha|han) pagad[oa]|no (?:tienen|hay) (?:timbre|portero|seguridad)|(?:elige|escoge|decide) (?:los|a los|qu[eé]) clientes|no (?:podemos|puedo|se puede) (?:rechazar|decir que no a) (?:a )?(?:un |ning[uú]n )?cliente)\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', mode: 'always', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null, HEALTH_WORKER: null, LANDLORD: null, IMPERSONATOR: null, FAMILY_OR_PARTNER: null } }),
    v(/\b(?:(?:cambi[oó]|cambiaron|cambiado) (?:la|las) cerraduras?|(?:sus|mis) cosas (?:en bolsas|en la calle|en el portal|afuera|en la puerta|tiradas)|(?:me|la|nos) (?:dio|dieron|daba) (?:\w+ )?(?:d[ií]as?|horas?|minutos|semanas?|una semana|hasta \w+) para (?:irme|irnos|irse|salir|dejar|desalojar|vaciar)|(?:me|la|nos) (?:sac[oó]|sacaron|ech[oó]|echaron) de (?:la|mi|su) (?:habitaci[oó]n|pieza|casa|piso|departamento|depto|pensi[oó]n|hotel|hostal)|se qued[oó] (?:con )?(?:la|mi|su) fianza)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'], fallback: 'LANDLORD', mode: 'nohyp', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    fear(/\b(?:(?:no fui|no voy|no denunci\w*|no llam\w*)\b[^.]{0,30}\bpara qu[eé]|(?:miedo|p[aá]nico|terror) (?:a |de )?que (?:me|la|nos) (?:abran|deporten|expulsen|detengan|quiten|encierren)|(?:no quiere|no quiso|se neg[oó] a) (?:denunciar|poner (?:la )?denuncia|ir a (?:la )?(?:polic[ií]a|comisar[ií]a)))\b/),
    v(/\b(?:(?:se neg[oó]|se negaron|no quiso|no quisieron) a (?:recoger\w*|tomar\w*|aceptar\w*) (?:la )?denuncia|(?:volviera|volver|vuelva) con (?:testigos|pruebas)|ya sab[ií]a a lo que se (?:expon[ií]a|arriesgaba)|(?:nunca|no) (?:me|la) (?:volvieron a llamar|llamaron))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.75, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:calabozo|(?:nos|me|la) (?:suben|subieron|subi[oó]) a la patrulla|dando vueltas toda la noche|(?:forros|condones|preservativos)\b(?![^.]{0,80}\bpruebas? r[aá]pidas?)[^.]{0,80}\bprueba)\b/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'resolve', fallback: 'POLICE', ifActor: { CLIENT: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, IMPERSONATOR: null, LANDLORD: null } }),
    v(/\b(?:(?:me|nos) (?:multaron|multa|labraron (?:un )?acta|hicieron (?:una )?(?:multa|contravenci[oó]n|acta)) (?:por|de)|(?:tengo|ahora tengo) antecedentes)\b/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.8, { who: 'POLICE' }),
    v(/\b(?:(?:seguridad|un guardia|un custodio|un chofer)(?<=\bno (?:nos|me) (?:deja|dejan|dejaba) (?:tener|contratar|poner) [\w ]+)|prohib\w* (?:el |los )?(?:preservativos?|forros?|cond[oó]n))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    fear(/\b(?:(?:fui|voy|vamos|fuimos) a (?:la comisar[ií]a|la polic[ií]a|denunciar)\b(?<=\bno \w+ a \w+(?: \w+)?)[^.]{0,50}\b(?:porque|miedo|me van a|me iban a))\b/),
    v(/\b(?:(?:me|nos) (?:levant[oó]|llev[oó]|llevaron|tuvieron|tuvo|dejaron) (?:toda la noche |\w+ horas |horas )?(?:en (?:la comisar[ií]a|el calabozo|el patrullero|la celda|la seccional)|detenid[ao]s?)|(?:me|nos) (?:tuvieron|tuvo) (?:toda la noche|\w+ horas|horas|un d[ií]a)(?! (?:esperando|de espera|en la (?:guardia|sala)))|(?:me|nos) (?:largaron|soltaron) sin (?:explicar\w*|decir\w*|cargos|papel))\b/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'POLICE' }),
    child(/\b(?:menor de edad|es menor|era menor|son menores|una menor|un menor|mayor(?<=\bno (?:es|era) mayor)|(?:12|13|14|15|16|17|doce|trece|catorce|quince|diecis[eé]is|diecisiete)\b(?<=\b(?:tiene|ten[ií]a|tengo|cumpli[oó]|cumple|de|apenas|solo|s[oó]lo) (?:apenas |solo |s[oó]lo |reci[eé]n )?\w+)(?! (?:clientes|hombres|horas|d[ií]as|veces|mil|pesos|a[nñ]os (?:de|en|trabajando|que|atr[aá]s)))|(?:doce|trece|catorce|quince|diecis[eé]is|diecisiete) a[nñ]os|(?:va|iba) (?:al|a la) (?:colegio|escuela|secundaria|liceo)|(?:todav[ií]a|a[uú]n) (?:va|est[aá]|anda) (?:al|en el|en la) (?:colegio|escuela|secundaria|liceo)|uniforme (?:del colegio|escolar|de la escuela)|colegialas?|nenitas?)\b/),
    // Round 7: the school year ("tercero de secundaria", "segundo año del secundario"), slang for a young girl, "says she is of age".
    child(/\b(?:(?:primero|segundo|tercero|cuarto|quinto|primer|tercer|[1-5][°ºo]?) (?:a[ñn]o )?(?:de|del) (?:la )?(?:secundaria|secundario|bachillerato|eso|liceo|media|b[aá]sica|b[aá]sico|colegio)|chibol\w*|peladitas?|culicagad\w*|(?:dice|dijo|asegura|jura) (?:que (?:es|era|ya es)|ser) mayor de edad|(?:dice|dijo) (?:que )?tene?r? (?:18|dieciocho))\b/),
    control(/\b(?:(?:dni|pasaportes?|documentos|c[eé]dula|papeles)\b(?<=\b(?:sac[oó]|sacaron|quit[oó]|quitaron|retiene|retienen|retuvo|retuvieron|guarda|guardan|guard[oó]|tiene|tienen|se qued[oó] con|se quedaron con|se queda con|se quedan con|agarr[oó]) (?:el |los |mi |mis |nuestros |su |sus )?\w+)|(?:dni|pasaporte|documentos|papeles|c[eé]dula)\b[^.]{0,30}\b(?:retenid\w*|no (?:me|nos) (?:lo|los) (?:devuelve|devuelven|quiere devolver))|(?:lo|los|la|las) (?:tiene|tienen|guarda|guardan|retiene|retienen) (?:la|el) (?:encargad[ao]|due[ñn][oa]|jef[ae]|madama|se[ñn]ora|tipo|fiolo|cafishio|patr[oó]n)(?<=\b(?:dni|pasaportes?|documentos|papeles|c[eé]dula)\b[^.]{0,40}))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:le |les )?(?:debo|debemos|deb[ií]a|deb[ií]amos|debe|deben|deb[ií]an) (?:el pasaje|la comida|el viaje|plata|dinero|\[money_\d+|todo|el alquiler|la pieza|la casa|a la (?:se[ñn]ora|encargada|due[ñn]a))|dice(?:n)? que (?:le |les )?debo|deuda|hasta (?:pagar|que pague|que (?:le |les )?pague)|pagar (?:el pasaje|el viaje|lo que (?:le )?debo))\b(?![^.]{0,80}\b(?:me prest[oó]|nos prest[oó]|pr[eé]stamo|al banco|a mi (?:herman[oa]|madre|mam[aá]|padre|pap[aá]|t[ií][oa]|prim[oa]|amig[oa]|abuel[oa])\b))/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:me|nos|la|las) (?:obliga|obligan|obligaba|obligaban|oblig[oó]|obligaron|fuerza|fuerzan|forz[oó]|forzaron|manda|mandan|mandaba|pone|pon[ií]a|hace|hac[ií]a) (?:a )?(?:salir a (?:la ruta|la calle|la esquina|trabajar|laburar)|trabajar en la calle|atender (?:clientes|tipos)|prostituir(?:me|se)|hacer (?:clientes|la calle)|ir con (?:hombres|clientes|tipos)|acostarme con)|(?:me|la|nos) vend(?:i[oó]|ieron|e|en)(?! (?:un[oa]s?|el|la|los|las|algo|eso|esto|pastillas|medicamentos|droga|comida|ropa|boletos?|pasajes?|entradas?|cr[eé]dito|saldo)\b)|(?:me|la) prostitu(?!ci[oó]n)\w*)\b/, 'FORCED_ENTRY', 0.8),
    control(/\b(?:promet(?:i[oó]|ieron|iendo(?:me|le)?) (?:un )?(?:trabajo|laburo|empleo)|con la promesa de|(?:dijo|dijeron) que (?:era|ser[ií]a|iba a ser) (?:de |para |un trabajo de |en )?(?:moza|mesera|camarera|limpieza|ni[ñn]era|empleada|cuidar|una casa de familia|promotora|modelo)|(?:me|nos) enga[ñn](?:[oó]|aron)|era (?:todo )?mentira)\b/, 'DECEPTION', 0.8),
    leave(/\b(?:no (?:me|nos|la|las) (?:deja|dejan|dejaba|dejaban|dej[oó]|dejaron) (?:salir|irme|irnos|ir|volver|sola)|no (?:puedo|podemos|pod[ií]a|pod[ií]amos|pude) (?:salir|irme|irnos|volver a (?:mi|casa)|escapar)|(?:me|nos) (?:tiene|tienen|ten[ií]an) encerrad\w*|salir sola)\b/),
    v(/\b(?:(?:nos|me) (?:dio|dieron|dan|da) (?:\w+ )?(?:d[ií]as|horas|semanas?) para (?:irnos|irme|desalojar|dejar|salir)|(?:nos|me) (?:dio|dieron|da|dan) (?:plazo )?hasta (?:el |la |fin de )?\w+ para (?:irnos|irme|desalojar|dejar|salir|mudarme|mudarnos)|(?:(?:me|nos) (?:fui|fuimos) (?:al otro d[ií]a|al d[ií]a siguiente|esa misma noche|enseguida)|(?:agarr[eé]|junt[eé]) (?:mis|nuestras) cosas y (?:me|nos) (?:fui|fuimos))(?<=\b(?:due[ñn][oa]|alquiler|pieza|pensi[oó]n|hotel|casero|casera|desalojo|sacaba|echaba|vereda)\b[^]{0,200})|(?:tuve|tuvimos) que (?:irme|irnos) (?:del|de la) (?:depto|departamento|pieza|casa|cuarto)|orden de desalojo|aviso de desalojo)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:(?:me|nos) (?:subi[oó]|subieron|aument[oó]|aumentaron|duplic[oó]|duplicaron|triplic[oó]) (?:el alquiler|la pieza|el precio|la renta))\b/, 'DISCRIMINATION', 'HOUSING', 0.7, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD' }),
    fear(/\b(?:(?:no )?denunci(?:[eé]|amos|o)[,. ]{0,3}(?:para qu[eé]|de qu[eé] sirve|no sirve de nada)|para qu[eé] (?:denunciar|ir a la (?:polic[ií]a|comisar[ií]a))|(?:no sirve|de nada sirve) denunciar)\b/),
    // Round 7: the police refusing a report, told with "could not / would not take" it.
    v(/\b(?:no (?:me |le |nos )?(?:pod[ií]a|pod[ií]an|pudo|pudieron|quer[ií]a|quer[ií]an) (?:tomar(?:me|le|nos)?|recibir(?:me|le|nos)?|levantar(?:me|le)?) (?:la )?(?:denuncia|exposici[oó]n|querella)|no (?:me |le )?(?:levant[oó]|levantaron|recibi[oó]|recibieron) (?:la )?denuncia)\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    // Round 8: police who warn a landlord (weak alone: names them with the eviction); a lawyer asked for and not given.
    v(/\b(?:(?:avisad[oa]|advertid[oa]|amenazad[oa]|avisaron|advirtieron)(?<=\b(?:comisar[ií]a|polic[ií]as?|canas?|comisario|\[place_\d+\])\W{0,2}[^.]{0,20}\b(?:le|les) (?:hab[ií]an? )?\w+))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:p[ie]d[ií]\w* (?:un |una )?(?:abogad[oa]|defensor\w*|int[eé]rprete|traductor\w*)(?: de oficio)?[^.]{0,30}\bno (?:se |me |le |nos )?(?:l[oa] |l[oa]s )?(?:dieron|dio|pusieron|trajeron|llamaron))/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE', 'OTHER_STATE_OFFICIAL'], mode: 'always' }),
    payer(/\b(?:(?:plata|guita) que le (?:dan|daban|pagan|pagaban)|(?:camioneros|clientes|viejos|tipos) (?:le|la) (?:pagan|pagaban|piden|buscan|eligen))\b/),
    bringer(/\b(?:(?:trae|tra[ií]a|lleva|llevaba) todas las noches(?<=\b(?:la|lo|las) \w+ todas las noches)|queda(?:ba)? con la plata(?<=\bse \w+ con la plata))\b/),
    // Round 9: bribes told indirectly (only when an officer takes them), made to work for someone, not reporting told with its reason
    // after a colon, a lawyer not given, gossip spread through the building, braces.
    bribe(/\b(?:(?:el|un|los|del) sobres?(?:cito)?\b|lo de la semana|la semanal\b|para el (?:caf[eé]|cafecito|comisario|jefe|cabo|sargento|principal)|para los muchachos|para la gaseosa|recargas?(?: de (?:saldo|cr[eé]dito))?|(?:carg\w*|pas\w*) (?:saldo|cr[eé]dito)|(?:nadie|ya no) (?:nos|me) (?:molesta|molestan|jode|joden)|(?:deja|dejan|colabora|pasa|entrega|cumple)(?<=\b(?:la|el|las|los) que no \w+))/),
    coercedSex(/\b(?:si (?:me |nos )?(?:sub[ií]a|subo|sub[ií]amos|iba|voy) (?:\w+ )?(?:al|a su|a la) (?:auto|patrullero|patrulla|coche|camioneta)|(?:un|unos) favor(?:es|cito)?(?<=\b(?:a cambio de|por|si le hac[ií]a|si le hago) (?:un|unos) \w+))\b/),
    control(/\b(?:(?:me|la|las|nos) (?:hace|hac[ií]a|hacen|hac[ií]an|hizo|hicieron|pone|pon[ií]a|ponen|manda|mandan|mandaba) (?:a )?trabajar para (?:[eé]l|ella|ellos|otro|otra))\b/, 'FORCED_ENTRY', 0.8),
    fear(/\b(?:no (?:hice|hago|puse|pongo|hicimos|quise hacer|voy a hacer|fui a hacer|hizo|puso) (?:la |una |ninguna )?denuncia\b[^.]{0,100}\b(?:porque|si |miedo|pierd\w*|perder\w*|me (?:van|iban) a|capaz|seguro|para qu[eé]))/),
    dueProcess(/\b(?:(?:sin|no (?:hubo|hab[ií]a|le dieron|me dieron|trajeron|llamaron)) (?:un |una |ning[uú]n |ninguna )?(?:abogad[oa]|defensor\w*|int[eé]rprete|traductor\w*)|no (?:me|le|nos) (?:dejaron|dej[oó]) (?:llamar|hablar|ver) (?:a|con) (?:un |una |mi |su )?(?:abogad[oa]|defensor\w*))\b/),
    refused(/\b(?:riesgos? del (?:oficio|trabajo|laburo)|no (?:le |me )?(?:abrieron|abri[oó]|quisieron abrir) (?:una |ninguna )?causa)\b/),
    v(/\b(?:(?:dice|dicen|cuenta|cuentan|anda diciendo|andan diciendo|va diciendo|cont[oó]|divulg\w*|difund\w*|le dice) (?:a|en|por) (?:todo el (?:edificio|barrio|mundo|pueblo)|todos|todas|los vecinos|el grupo))\b/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.65, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER', 'IMPERSONATOR'] }),
    child(/\b(?:(?:usa|tiene|con) (?:brackets|frenillos|ortodoncia|aparatos? (?:en los dientes|de dientes|dental))|(?:va a cumplir|cumplir[aá]) (?:1[0-7]|doce|trece|catorce|quince|diecis[eé]is|diecisiete)\b)/),
    payer(/\b(?:(?:autos|coches|carros|camiones) (?:paran|frenan|se paran|se detienen))\b/),
    bringer(/\b(?:(?:la|lo|las) (?:traen|trae|tra[ií]a|tra[ií]an|llevan|lleva) y (?:la|lo|las) (?:buscan|busca|buscaban|retiran|levantan))\b/),
    fear(/\b(?:no (?:la |lo )?(?:denunci[eé]|denunciamos|hice la denuncia|fui a la (?:polic[ií]a|comisar[ií]a))\b[^.]{0,80}\b(?:arreglad[oa]s?|comprad[oa]s?|transad[oa]s?|son (?:amigos|socios)|trabaja\w* (?:para|con)|cobra\w* (?:del|de la|al)))\b/),
    // Round 10: school life (the way out of school, resits and tests, teachers, skipping school), care homes and fostering; debts written down or that grow, IDs taken to register, someone watching, never out alone; not reporting and why (to whom? they are friends of the police), a complaint not taken.
    schoolChild(/\b(?:(?:cumpl[ií] (?:los )?(?:18|dieciocho)(?: a[nñ]os)?|(?:festej|celebr)[eé] (?:mis|los) (?:18|dieciocho)(?: a[nñ]os)?)\b(?=[^.]{0,30}\b(?:ac[aá]|aqu[ií]|all[aá]|en el (?:privado|departamento|depto|piso|prost[ií]bulo|cabaret|boliche)|con las (?:otras )?chicas))|(?:salida del? (?:cole|colegio|liceo|secundario|secundaria|instituto|insti|escuela)(?! de (?:mis?|sus?|los|las|nuestr)\b)|(?:salida|puerta) de (?:la escuela|clase|clases)(?! de (?:mis?|sus?|los|las|nuestr)\b)|(?:recuperatorios?|(?:prueba|examen|evaluaci[oó]n|recuperaci[oó]n) de (?:historia|matem[aá]tica\w*|lengua|biolog[ií]a|geograf[ií]a|ingl[eé]s|qu[ií]mica|f[ií]sica|literatura|sociales|naturales))(?<!\b(?:facu|facultad|universidad|uni|carrera|c[aá]tedra|terciario|profesorado)\b[^.]{0,80})|(?:hogar|centro|residencia|instituto) de menores|(?:familia|hogar|centro|piso) de acogida|acogimiento|tutelad[ao](?<=\b(?:est[aá]|estaba|vive|viv[ií]a) tutelad[ao])|(?:escap\w*|rate\w*)(?<=\b(?:me|se|nos) \w+) del (?:cole|colegio|liceo|instituto|insti|hogar|centro)|(?:rata|novillos|pellas|chupina)(?<=\b(?:hac[eií]\w*|hago|hice|hizo) (?:la )?\w+)|(?:maestra|maestro|seño|preceptora?)(?<=\b(?:mi|su) \w+)|tutora? del (?:cole|colegio|insti)|(?:cole|insti)\b(?<=\b(?:va|voy|iba|iban|vamos|ven[ií]a) al \w+)))/),
    control(/\b(?:(?:cuaderno|cuadernito|libreta)\b(?<=\b(?:deb\w*|deuda)\b[^.]{0,80})|deuda (?:crece|crec[ií]a|sube|sub[ií]a|aumenta|aumentaba|nunca baja|no baja|cada vez m[aá]s)|(?:junt[oó]|juntaron|recogi[oó]|recogieron|pidi[oó]|pidieron|sac[oó]|sacaron)(?<=\b(?:nos|me|les|le) \w+) (?:los|el|la|las|todos los) (?:dni|documentos|pasaportes?|c[eé]dulas?|papeles) (?:para|pa) (?:registrar\w*|hacer los papeles|el registro|anotar\w*|inscribir\w*))\b/, 'DEBT_BONDAGE', 0.75),
    leave(/\b(?:(?:vigila|vigilan|vigilaba|cuida|cuidaba)(?<=\b(?:alguien|uno|tipo|hombre|pibe|guardia) (?:que )?\w+) (?:abajo|en la puerta|la puerta|afuera|el edificio|la salida|a las chicas)|(?:salimos|sal[ií]amos|salgo|sal[ií]a|sale|sal[ií]an|salen) sol[ao]s?(?<=\b(?:no|nunca) \w+ sol[ao]s?)|nosotras(?<=\b(?:va|viene|sale) (?:el|un|una|la) [^ ]+ con nosotras))\b/),
    fear(/\b(?:qui[eé]n (?:le |la |los )?(?:voy a|vas a|vamos a|iba a|va a|vas|voy) (?:denunciar|ir|quejar\w*|reclamar)(?<=\b(?:a|ante|con) qui[eé]n[^.]{0,24})|denunciar\s*\?|ellos mismos\b(?<=\ba ellos mismos)|amigos? en (?:la comisar[ií]a|la polic[ií]a|la fiscal[ií]a)(?<=\b(?:tiene|tienen|ten[ií]a) (?:un |unos )?amigos? en [\w ]+)|comen todos juntos|(?:realiz[oó]|realic[eé]|hizo|hice|hicimos|quiso|quise|present[oó]|radic[oó])(?<=\bno \w+) (?:hacer |realizar |presentar |radicar )?(?:la |una |ninguna )?denuncia(?=[^.]{0,30}\b(?:porque|por miedo|por temor|ya que|pues|por(?: |que)))|(?:realiz[oó]|hizo|present[oó])(?<=\bno \w+) (?:la )?denuncia\b)/),
    refused(/\b(?:(?:tomaron|tom[oó]|quisieron tomar|quiso tomar|recibieron|recibi[oó]|quisieron recibir)\b(?<=\bno (?:me|nos|le|les) (?:la|lo) [\w ]+)(?<=\bdenuncia\b[^.]{0,120})|(?:elegiste|elegiste vos|vos elegiste|t[uú] elegiste) (?:esto|eso|esta vida))/),
    v(/\b(?:(?:dejar|abandonar|desocupar|irse de)(?<=\b(?:deb[ií]a|debe|ten[ií]a que|tiene que|tendr[ií]a que) \w+(?: de)?) (?:la|el|su) (?:habitaci[oó]n|pieza|cuarto|departamento|depto|casa|piso|pensi[oó]n)\b[^.]{0,30}\b(?:esa (?:misma )?noche|ese mismo d[ií]a|hoy mismo|en el d[ií]a|al d[ií]a siguiente|ya|inmediatamente|en (?:\w+ )?(?:horas|d[ií]as)))/, 'FORCED_EVICTION', 'NO_NOTICE', 0.8, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', notActors: ['CLIENT', 'HEALTH_WORKER', 'POLICE', 'FAMILY_OR_PARTNER'] }),
    v(/\b(?:(?:atiende|atend[ií]a|atendi[oó]|atienden|revisa)\b(?<=\b(?:sin (?:eso|el test|el an[aá]lisis|los resultados)|primero (?:me )?(?:haga|hagas|hiciera))\b[^.]{0,40}\bno (?:me|la|te) \w+)|sin (?:que|q) (?:nadie|el m[eé]dico|la m[eé]dica|el doctor|la doctora) (?:me |la |le )?(?:revise|revisara|atienda|atendiera|vea|viera|examine|examinara))/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/\b(?:(?:llam[oó]|llamaron|nombr[oó]|nombraron)(?<=\b(?:me|la|le) \w+) (?:por|con) (?:el|mi|su) nombre (?:viejo|anterior|de var[oó]n|de hombre|muerto|legal)|deadname\w*)/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', onlyActors: ['HEALTH_WORKER'], mode: 'always' }),
  ],
};

const PT: GeneralRules = {
  ownChild: /(?:\b(?:filh[oa]s?,? (?:e )?(?:o|a) (?:mais nov[oa]|mais velh[oa]|ca[cç]ula|do meio)|(?:meus?|minhas?|nossos?|nossas?|seus?|suas?) (?:(?:dois|duas|tr[eê]s|quatro|\d) )?(?:filh[oa]s?|menin[oa]s?|crian[cç]as?|mi[uú]d[oa]s?|beb[eê]s?|caçula|mais velh[oa]|mais nov[oa])|(?:dois|duas|tr[eê]s|quatro) filh[oa]s|filh[oa]s del[ae]s?|(?:escola|creche|col[eé]gio) d(?:os|as|o|a) (?:meus? |minhas? |seus? |suas? )?(?:filh|crian|mi[uú]d|menin)\w*)\b)|(?:tenho|tem|t[eê]m) (?:uma|um|duas|dois|tr[eê]s|\d) (?:filh[oa]s?|crian[cç]as?|mi[uú]d[oa]s?)|\b(?:trabalh\w*|emprego|vaga|merendeira|faxineira|cozinheira|professora|porteira|zeladora|limpeza|servente|auxiliar|funcion[aá]ria)(?: de \w+)? (?:na|numa|em uma|de uma|da) $|\b(?:pare[cç]o|aparento|aparentava|me (?:d[aã]o|davam|dariam)|te (?:d[aã]o|davam)) (?:ter )?$|\b(?:guarda|frente|perto|longe|presen[cç]a|m[aã]e|pai) d(?:as|os) $|\b(?:falar|falou|falava|falando|dizer|disse|dizia|dizendo|achou|achava|acusou|acusando|inventou|gritou|gritando) que eu (?:era |sou |fosse |seria )?['"“‘]?$|\b(?:cara|carinha|rosto|jeito) de $/,
  durationBefore: /\b(?:faz|h[aá]|durante|por|em|j[aá]|mais de) (?:mais de |uns |quase )?$/,

  actors: [actor(/\b(?:moradores(?: d[oa] (?:pr[eé]dio|rua|bairro|condom[ií]nio|esquina))?|vizinhan[cç]a)\b/, 'MEMBER_OF_PUBLIC'), actor(/\b(?:imobili[aá]ria|(?:administrador|administradora|s[ií]ndic[oa]) do pr[eé]dio)\b/, 'LANDLORD'), actor(/\b(?:(?:mil[ií]cias?|milicianos?|seguran[cç]as? do (?:hotel|motel|shopping|pr[eé]dio|supermercado|mercado|terminal|esta[cç][aã]o))\b|(?:banco(?<=\bo banco)|ag[eê]ncia banc[aá]ria|gerente do banco)\b)/, 'OTHER'), actor(/\b(?:guarda (?:civil )?municipal|gcms?|pol[ií]cia municipal|guardas(?<=\bos guardas)|guarda(?<=\b(?:pela|da|a) guarda))\b/, 'POLICE'), actor(/\b(?:fiscais?(?: da prefeitura| da c[aâ]mara| municipais)?|fiscaliza[cç][aã]o|prefeitura|c[aâ]mara municipal|asae)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:os carros (?=param|encostam|passam devagar))/, 'CLIENT'), actor(/\b(?:dono|dona|gerente)\b/, 'THIRD_PARTY'), actor(/\b(?:rececionista|medica de familia|medico de familia)\b/, 'HEALTH_WORKER'), actor(/\b(?:chefe deles|chefe da (?:opera[cç][aã]o|patrulha|viatura|equipa|equipe))\b/, 'POLICE'), actor(/\b(?:(?:o|a) (?:tio|tia|pai|m[aã]e|irm[aã]o|irm[aã]|primo|prima|padrasto|madrasta) del[ae]|(?:seu|sua) (?:tio|tia|pai|m[aã]e|padrasto|madrasta))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:um cara|uns caras|um desconhecido|uns desconhecidos|um homem na rua)\b/, 'MEMBER_OF_PUBLIC'), actor(/\b(?:o homem que (?:pagou|trouxe|arrumou)|a mulher que (?:pagou|trouxe|arrumou)|a dona da casa|cafetin[ae]|cafet[aã]o|agenciador\w*)\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:amea[cç]\w* com (?:uma |um |a |o )?(?:faca|arma|rev[oó]lver|pistola|canivete|navalha|garrafa)|(?:puxou|sacou|tirou) (?:uma |um )?(?:faca|arma|rev[oó]lver|canivete))\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:for[cç](?:ou|aram) a (?:fazer|transar)[^.]{0,20}\bsem camisinha|sem camisinha [aà] for[cç]a)\b/, 'SEXUAL', 0.9),
    act(/\b(?:(?:dar|pagar|passar|desse|pagasse) (?:\[money_\d+\]?|dinheiro|grana)(?: (?:pra|para) (?:ele|eles|ela|elas))? sen[aã]o|tinha que dar (?:\[money_\d+|dinheiro|grana))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:esfaque\w*|me furou|me furaram|estrangul\w*|me enforcou)\b/, 'ASSAULT', 0.85),
    act(/\b(?:bate|espanca|agride|surra)\b(?<=\bse eu (?:reclamo|reclamar|recuso|recusar|n[aã]o (?:quero|fa[cç]o|trago))\b[^.]{0,40}\b(?:ele|ela|eles) me \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:descont(?:a|ava|am|aram) (?:a )?(?:metade|\d+ ?%|\w+ por cento))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:surra|co[cç]a|sova|porrada|pisa|tapa|bofetada|pancada)(?<=\b(?:levei|tomei|levou|tomou|dei|deu) uma \w+)|(?:espancou|espancaram|esmurrou|socou|socaram|chutou|chutaram|agrediu|agrediram|bateu em mim|bateram em (?:mim|n[oó]s))|porradas?|pancadas?|socos?\b|tapa na cara|(?:jogou|jogaram|atirou|atiraram) (?:uma |um )?(?:lata|pedra|garrafa|ovo|copo))\b/, 'ASSAULT', 0.85),
    act(/\b(?:(?:fica|ficava|ficam|pega|pegava|leva|levava) com (?:tudo|todo o dinheiro|toda a grana|o dinheiro todo|meu dinheiro))\b/, 'TAKE', 0.85),
    // Round 8: a manager who keeps a share, or docks "fines".
    // Round 8: money demanded so as not to be taken in.
    act(/\b(?:pag\w* de outra (?:maneira|forma)|pag\w* com o corpo)\b/, 'SEXUAL', 0.85, 'nohyp'),
    act(/\b(?:(?:dar|pagar|passar) [^.]{0,30}\bpara (?:nao|não) (?:irmos|ir|ser|sermos|dormir|levar|prender|apanhar|ficar))\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:fica(?:va)? com (?:\d+ ?%|\d+ por cento|metade|a metade|(?:um|o) ter[cç]o)|desconta(?:va|m)? (?:')?multas?)\b/, 'SKIM', 0.75, 'always'),
    // Round 9: a levy in quotes or for the pitch; belongings taken and not given back; exposure threatened with the condition after it.
    act(/\b(?:(?:imposto|taxa|contribui[cç][aã]o|cota|prote[cç][aã]o|ped[aá]gio|d[ií]zimo|presente|cafezinho|cervejinha|ajuda|colabora[cç][aã]o)(?<=['‘"“]\w+)(?=['’"”])|taxa (?:de|da|do) (?:ponto|esquina|prote[cç][aã]o|rua|cal[cç]ada))\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:recolheu|recolheram|levou|levaram|apreendeu|apreenderam|confiscou|confiscaram|tomou|tomaram) (?:as |todas as |os |todos os )?(?:minhas|nossas|suas|meus|nossos|seus) (?:coisas|roupas|mercadorias|pertences|bolsas?|camisinhas|preservativos)|(?:coisas|pertences|celular|documentos)\b[^.]{0,30}\b(?:n[aã]o (?:me |nos )?devolveram|nunca (?:me |nos )?devolveram))\b/, 'SEIZE', 0.85),
    act(/\b(?:(?:mand\w*|envi\w*|mostr\w*|cont\w*|post\w*|divulg\w*|espalh\w*)\b[^.]{0,40}\b(?:pra|para|[aà]|ao|aos|pros) (?:minha|meu|meus|minhas|sua|seu|seus|suas) (?:fam[ií]lia|m[aã]e|pai|marido|namorado|filh[oa]s?|chefe|patr[aã]o|trabalho|emprego|vizinhos)\b(?=[^.]{0,60}\b(?:se (?:eu |ela )?n[aã]o|a menos que|caso (?:eu|ela) n[aã]o)\b))/, 'DEMAND', 0.85, 'nohyp'),
    // Round 10: a free session demanded under a threat, a levy 'for the trouble'; people like you; a rifle butt.
    act(/\b(?:(?:gra[cç]a|gr[aá]tis|faixa|brinde)\b(?<=\b(?:um|uns|umas?|programa|programas) (?:de gra[cç]a|gr[aá]tis|na faixa|de brinde))(?<=\b(?:se (?:eu )?n[aã]o|sen[aã]o|ou (?:ent[aã]o|eu|ele|ela))\b[^.]{0,90})|(?:gra[cç]a|gr[aá]tis|faixa)(?<=\b(?:se (?:eu )?n[aã]o|sen[aã]o)\b[^.]{0,60}\b(?:um|uns|programa) (?:de gra[cç]a|gr[aá]tis|na faixa))|inc[oó]modo(?<=\bpelo inc[oó]modo)|contr[aá]rio '?(?:fala|conta|liga|chama|vai falar)(?<=\bcaso contr[aá]rio '?\w+(?: \w+)?))/, 'LEVY', 0.85, 'always'),
    act(/\b(?:(?:gente|mulheres|meninas|pessoas) (?:como (?:voc[eê]|voc[eê]s|tu|vo[cs]ês)|da sua laia)|tipo de (?:gente|mulher|pessoa)(?<=\besse tipo de \w+)|traveco\w*|nojent[ao]s?(?<=['"‘“]\w*\s?nojent[ao]s?|\w+ nojent[ao]s?))\b/, 'INSULT', 0.75, 'nohyp'),
    act(/\b(?:coronhada\w*|spray de pimenta|g[aá]s de pimenta)\b/, 'ASSAULT', 0.85),
  ],
  violations: [
    v(/\b(?:proib\w* (?:a )?camisinha|pro[ií]b\w* (?:a )?camisinha|n[aã]o (?:deixa|deixam) (?:a gente )?(?:ter|contratar) seguran[cç]a)\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    fear(/\b(?:n[aã]o fui (?:na|[aà]) (?:delegacia|pol[ií]cia)\b[^.]{0,50}\b(?:porque|pois|medo|iam|v[aã]o))\b/),
    child(/\b(?:de menor|n[aã]o (?:é|e|era) de maior|(?:12|13|14|15|16|17|doze|treze|catorze|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete)\b(?<=\b(?:tem|tinha|tenho|fez|com) (?:uns |umas |s[oó] |apenas )?\w+)(?! (?:clientes|homens|horas|dias|vezes|reais|mil|anos (?:de|que|trabalhando)))|novinhas?|ninfetas?|(?:vai (?:pra|para|na) |est[aá] na |estuda na )(?:escola|col[eé]gio)|uniforme (?:da escola|escolar)|n[aã]o tem 18)\b/),
    // Round 7: the school year ("8º ano", "nono ano"), "says she is of age".
    child(/\b(?:(?:[5-9]|1[0-2])[ºo°] ano|(?:sexto|s[eé]timo|oitavo|nono) ano|(?:diz|disse|jura|garante) que (?:j[aá] )?(?:é|e|era) maior(?: de idade)?|(?:diz|disse) ter (?:18|dezoito))\b/),
    control(/\b(?:(?:ficou|fica|ficaram|ficam|est[aá]|est[aã]o|segura|segurou|escondeu|esconde|guardou|guarda) (?:com )?(?:o |os |meu |meus |a |minha |nossos )?(?:passaportes?|documentos?|rg|identidade|carteira de identidade))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:devendo|devo (?:a|pra|para) (?:ele|ela|eles|elas|cafetina|dona|casa)|diz(?:em)? que (?:eu )?devo)\b(?![^]{0,200}\b(?:n[aã]o [eé] (?:nada de )?tr[aá]fico|(?:posso|pode) ir embora (?:quando|a hora que)|se eu quiser ir embora|(?:documentos?|passaporte) (?:t[aá]|est[aá]|fica|ficam) comigo))/, 'DEBT_BONDAGE', 0.75),
    leave(/\b(?:n[aã]o (?:me |nos )?(?:deixa|deixam|deixava|deixavam|deixou) (?:eu |a gente )?(?:sair|ir embora|voltar)|n[aã]o (?:posso|podemos|podia|consigo|conseguia) (?:sair|ir embora|voltar (?:pra|para) casa|fugir)|(?:fico|ficamos|ficava) trancad[ao]s?|presa em casa|(?:me|nos) vigia(?:m|va)?)\b/),
    control(/\b(?:(?:me|nos|a) (?:obriga|obrigam|obrigava|for[cç]a|for[cç]ava|manda|mandava|p[oõ]e|botou|bota) (?:a |pra |para )?(?:fazer programas?|trabalhar na (?:rua|pista)|atender|sair com (?:homens|clientes)|ir (?:pra|para) (?:a )?(?:rua|pista))|(?:anuncia|agencia|vende) (?:meus|os meus|os|seus) programas\b[^.]{0,40}\b(?:fica com|pega|leva))\b/, 'FORCED_ENTRY', 0.8),
    control(/\b(?:achando que (?:ia|iria) (?:ser|trabalhar)|(?:disseram|disse|falaram|falou) que (?:era|seria|ia ser) (?:pra |para )?(?:trabalh\w*|bab[aá]|gar[cç]onete|faxin\w*|dom[eé]stica|modelo|cuidar)|(?:enganou|enganaram)|promet\w* (?:um )?(?:trabalho|emprego)|proposta de (?:trabalho|emprego))\b/, 'DECEPTION', 0.8),
    v(/\b(?:(?:m[eé]dic[oa]|enfermeir[oa]|atendente|recepcionista)\b[^.]{0,50}\b(?:piad\w*|deboch\w*|cara feia|olhou torto|fofoc\w*|coment[aá]rios?)|(?:fazendo|fez|fizeram) piad\w* (?:comigo|de mim))\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:semana|semanas|dias?|horas?|m[eê]s) (?:pra|para) (?:sair|desocupar|ir embora|mudar)(?<=\b(?:me|nos) (?:deu|deram|d[aá]|deixou) (?:uma|um|\w+) \w+ \w+ \w+(?: embora)?)|(?:mandou|mandaram|pediu|pediram) (?:eu |a gente |pra (?:eu|gente) )?(?:desocupar|sair d[oa] (?:quarto|casa|apartamento|kitnet|im[oó]vel))|desocupar (?:o|a) (?:quarto|casa|apartamento|im[oó]vel|kitnet)|ordem de despejo)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:fichad[ao]s?|autuad[ao]s?)\b/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.4, { who: 'POLICE' }),
    fear(/\b(?:ningu[eé]m denuncia|n[aã]o adianta (?:denunciar|ir (?:na|[aà]) (?:pol[ií]cia|delegacia))|denunciar (?:é|e) pior)\b/),
    // Round 7: a report refused or not made, and why; notices to leave the country.
    v(/\b(?:recus(?:ou|aram|ava)(?:-se)? a (?:registrar|registar|fazer|aceitar|receber) (?:o |a )?(?:boletim|b\.?o|queixa|den[uú]ncia|ocorr[eê]ncia|participa[cç][aã]o))/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    fear(/\b(?:(?:nem pensei em|n[aã]o (?:vou|fui|quis)|nunca) (?:fazer |apresentar |registrar |registar )?(?:o |um |uma )?(?:b\.?o|boletim|queixa|den[uú]ncia)\b[^.]{0,60}\b(?:rir|gozar|medo|porque|pois|n[aã]o adianta|n[aã]o serve)|(?:v[aã]o|iam|ia|vai) (?:rir|gozar|tirar sarro) (?:da minha cara|de mim|da gente)|(?:n[aã]o|nunca) (?:apresentou|apresentei|fez|fiz|registou|registei|registrou|registrei) (?:queixa|den[uú]ncia|b\.?o|participa[cç][aã]o)\b[^.]{0,40}\b(?:medo|receio|porque|pois)|por medo de (?:ser|ficar) (?:expuls|deportad|pres[ao]|detid|multad)\w*)/),
    v(/\b(?:abandono volunt[aá]rio|perman[eê]ncia ilegal|estadia ilegal|(?:notificad[oa]|notifica[cç][aã]o) (?:para|de) (?:sair|abandonar|expuls)\w*)\b/, 'CRIMINALISATION', 'IMMIGRATION', 0.8, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL' }),
    // Round 8: screening refused, the reason told to others; a lawyer not allowed; no security allowed; who asks for or pays a child.
    v(/\b(?:recus\w*(?:-se)? a (?:fazer|realizar|marcar)(?:-me|-lhe)? (?:o |a |um |uma )?(?:rastreio|exame|teste|citologia|papanicolau|consulta|preventivo|ecografia))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/\b(?:coment\w* (?:o motivo|o caso|a situa[cç][aã]o|a minha profiss[aã]o|o que eu fa[cç]o)[^.]{0,30}\b(?:utentes|pacientes|sala de espera))\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:nao (?:lhe|me|nos) (?:foi|era|foram) permitid[oa]s? (?:contactar|contatar|falar com|ligar (?:a|para)|ver) (?:um |uma |o |a )?(?:advogad|defensor|consulado|int[eé]rprete|tradutor)\w*)\b/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE', 'OTHER_STATE_OFFICIAL'], mode: 'always' }),
    v(/\b(?:nao (?:deixa|deixam|deixava|deixavam|permite|permitem) (?:ter|contratar|pôr|por|chamar) (?:um |uma )?seguran[cç]a)\b/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    v(/\b(?:(?:clientes|caminhoneiros|homens|fregueses|coroas) (?:pedem|pediam|escolhem|escolhiam|pagam|pagavam|procuram|procuravam|querem|queriam) (?:ela|a menina|a garota|a novinha|(?:')?programa))/, 'CHILD_INVOLVED', undefined, 0.05, { who: 'CLIENT', mode: 'always' }),
    v(/\b(?:finge que n[aã]o v[eê]|faz vista grossa)\b/, 'CHILD_INVOLVED', undefined, 0.05, { who: 'resolve', sameSentence: true, mode: 'always', notActors: NOT_EXPLOITERS }),
    bringer(/\b(?:fica(?:va)? com o dinheiro|escolhe(?:m)? os (?:caminh[oõ]es|clientes|homens))\b/),
    // Round 9: bribes told indirectly (only when an officer takes them), a night in the cell, a lawyer not called,
    // police who threaten a landlord with pimping, not reporting and why, children by the age they turn or their braces.
    bribe(/\b(?:(?:um|o|uns|os) envelopes?|recargas?|cr[eé]dito (?:no|pro|para o) (?:celular|telefone|n[uú]mero)|(?:pro|para o) (?:cafezinho|caf[eé]|chefe|delegado|comandante|sargento|cabo)|(?:a|uma) cervejinha|(?:toda|todo|cada) (?:semana|sexta|s[aá]bado|m[eê]s)(?<=\b(?:pag\w*|d[aá]\w*|d[eê]\w*|pass\w*|deix\w*|transfer\w*|mand\w*)\b[^.]{0,40})|(?:ningu[eé]m|n[aã]o) (?:nos|me) (?:incomoda|perturba|enche))\b/),
    coercedSex(/\b(?:se (?:eu )?(?:entrasse|entrar|subisse|subir|fosse|for) (?:\w+ )?(?:no|na) (?:carro|viatura)(?: dele| deles)?|(?:um|uns) favor(?:es|zinho)?(?<=\b(?:em troca de|por|se eu fizesse|se eu fizer) (?:um|uns) \w+))\b/),
    v(/\b(?:(?:passei|passamos|dormi|dormimos|fiquei|ficamos) (?:a noite (?:toda |inteira )?|\w+ horas )?(?:na|numa) (?:cela|cadeia|delegacia|esquadra))\b/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'resolve', fallback: 'POLICE', onlyActors: STATE }),
    dueProcess(/\b(?:n[aã]o (?:me |lhe |a |nos )?(?:deixaram|deixou|permitiram|permitiu) (?:eu )?(?:ligar|telefonar|falar|chamar|contactar|contatar) (?:pra|para|com|a|ao|à) (?:a |o |minha |meu |uma |um )?(?:advogad\w*|defensor\w*|associa[cç][aã]o)|sem (?:advogad\w*|int[eé]rprete|tradutor\w*)|nenhum (?:int[eé]rprete|tradutor|advogad\w*))\b/),
    pressLandlord(/\b(?:(?:lenoc[ií]nio|responde(?:r)? por|casa de prostitui[cç][aã]o|favorecimento)(?<=\b(?:psp|pol[ií]cia|pm|gnr|delegad\w*|policiais|agentes?)\b[^.]{0,120}))/),
    fear(/\b(?:n[aã]o (?:fiz|fizemos|registrei|registramos|dei|prestei) (?:o |a |nenhum |nenhuma |queixa)?(?:b\.?o\.?|boletim|queixa|den[uú]ncia|ocorr[eê]ncia|participa[cç][aã]o)\b[^.]{0,100}\b(?:porque|pois|se |medo|perd\w*|v[aã]o|iam?|sen[aã]o|pra qu[eê]))/),
    refused(/\b(?:risco da profiss[aã]o|ossos do of[ií]cio|faz parte do (?:trabalho|servi[cç]o)|n[aã]o (?:quiseram|quis) (?:registrar|fazer|fazer o registro d[oa]) (?:o |a )?(?:b\.?o\.?|boletim|ocorr[eê]ncia|queixa))\b/),
    child(/\b(?:(?:faz|far[aá]|vai fazer|completa|completar[aá]) (?:1[0-7]|doze|treze|catorze|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete) anos (?:m[eê]s que vem|semana que vem|amanh[aã]|em \[date_\d+\]|no pr[oó]ximo|daqui|esse ano|este ano)|usa aparelho|aparelho nos dentes)\b/),
    payer(/\b(?:(?:homens|caras|clientes|velhos|coroas|caminhoneiros|senhores)\b[^.]{0,30}\bque (?:lhe |a |me )?(?:pagavam|pagam|pagaram|davam dinheiro|d[aã]o dinheiro)|os carros param (?:pra|para) ela)\b/),
    bringer(/\b(?:marca(?:va)? os programas dela|(?:é|e|era) (?:ele|ela) que (?:marca|agenda|combina)|fica(?:va)? com o dinheiro (?:dela|delas))\b/),
    // Round 10: school life (the way out of school, after class, resits and tests, skipping class), shelters and foster care; debts written down or that grow, for the trip, food, room or clothes, IDs collected to register, someone watching; not reporting and why (report to whom? whoever reports disappears, afraid to lose custody), a bank that refuses 'that kind of client'.
    control(/\b(?:(?:rg|documentos?|passaporte|identidade|cart[aã]o do banco|cart[oõ]es)\b[^.]{0,25}['"‘“]?(?:para|pra) (?:n[aã]o perder|guardar|registrar)\b)/, 'DOCUMENTS_CONFISCATED', 0.85),
    leave(/\b(?:(?:sair(?<=\bn[aã]o (?:pode|posso|podia|podemos) sair) (?:de casa |do quarto |da casa )?(?:sem (?:ele|ela|o companheiro|o marido|o namorado|a dona|o dono|avisar|pedir)|sozinh[ao]s?))\b|(?:(?:vigiando|tomando conta)(?<=\b(?:um|uma|algu[eé]m) (?:cara |homem |seguran[cç]a )?\w+ ?\w*)|(?:sa[ií]mos|saio|sai|sa[ií]a|sa[ií]amos) sozinh[ao]s?(?<=\b(?:n[aã]o|nunca) \w+ sozinh[ao]s?)|manda\b(?<=\bs[oó] sai quem (?:ele|ela) manda)|deixa\b(?<=\bs[oó] sai quem (?:ele|ela) deixa)))/),
    schoolChild(/\b(?:(?:fiz|completei|comemorei) (?:os )?(?:meus )?(?:18|dezoito)(?: anos)?\b(?=[^.]{0,30}\b(?:aqui|l[aá]|na casa|no garimpo|na boate|com as (?:outras )?meninas))|(?:(?:escola|col[eé]gio)(?<=\b(?:sa[ií]da|porta|port[aã]o) d[ao] \w+)(?! d[oa]s? (?:meus?|minhas?|seus?|suas?|filh))|(?:escola|aula)(?<=\b(?:depois|sa[ií]a|saio|sai|saindo) da \w+)|(?:(?:prova|provas|simulado) de (?:matem[aá]tica|portugu[eê]s|hist[oó]ria|geografia|ci[eê]ncias|ingl[eê]s|biologia|qu[ií]mica|f[ií]sica)|recupera[cç][aã]o(?<=\b(?:fiquei|ficou|estou|est[aá]|tava) de recupera[cç][aã]o))(?<!\b(?:faculdade|facul|universidade|curso|enem|vestibular|concurso)\b[^.]{0,80})|aula(?<=\b(?:matar|matei|mata|matava|matando|cabular|cabulava|gazetar|gazetava|fazer gazeta) (?:a )?aula)|abrigo (?:de menores|institucional)|casa de acolhimento|acolhimento (?:institucional|familiar)|lar de (?:crian[cç]as|menores|inf[aâ]ncia)|fam[ií]lia (?:de acolhimento|acolhedora))\b)/),
    control(/\b(?:(?:caderno|caderninho|livrinho)\b(?<=\b(?:dev\w*|d[ií]vida)\b[^.]{0,80})|d[ií]vida (?:s[oó] )?(?:aumenta|aumentava|cresce|crescia|sobe|subia|nunca (?:diminui|diminu[ií]a|baixa|baixava|acaba|acabava))|(?:devo|devia|devemos|dev[ií]amos|devem) (?:a |o |as |os )?(?:viagem|passagem|comida|quarto|hospedagem|aluguel|roupas?|maquiagem|curso|treinamento|fotos|an[uú]ncios|rede)|(?:documentos|passaportes?|identidades?)(?<=\b(?:recolheu|recolheram|pegou|pegaram|tomou|tomaram|ficou com|ficaram com) (?:os|o|nossos|meus|nossas|todos os|a) \w+) (?:pra|para) (?:registrar|cadastrar|fazer o cadastro|o registro|fazer os pap[eé]is))\b/, 'DEBT_BONDAGE', 0.75),
    fear(/\b(?:denunciar (?:pra|para|a) quem|denuncia(?<=\bquem denuncia) (?:some|morre|apanha|aparece morto)|(?:registrar|fazer|abrir|prestar) (?:o |um |a |uma )?(?:b\.?o\b|boletim|queixa|den[uú]ncia)(?<=\bn[aã]o (?:deseja|desejou|quer|quis|quiseram) [^.]{1,30})(?=[^.]{0,40}\b(?:por medo|porque|pois|com medo|por receio))|perder (?:a guarda|o visto|a casa|as crian[cç]as|os filhos)(?<=\bpor medo de perder [\w ]+))/),
    v(/\b(?:(?:tipo|perfil|ramo) de (?:clientes?|gente|pessoas?|atividade)(?<=\bn[aã]o (?:trabalha|trabalhamos|atende|atendemos|aceita|aceitamos|queremos) (?:com )?(?:esse|este|essa|esta|esses) \w+ de \w+))\b/, 'DISCRIMINATION', 'SERVICES', 0.75, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT'], mode: 'always' }),
  ],
};

const FR: GeneralRules = {
  // Round 18: a length of time in the trade told after the number ("dix-sept ans de métier"); teenagers at home ("deux ados à la maison de [AGE]").
  ownChild: /^(?:\d+|treize|quatorze|quinze|seize|dix-sept) ans (?:de m[eé]tier|de travail|dans le m[eé]tier|d'exp[eé]rience|que je (?:fais|bosse|travaille))|\b(?:mes|nos|deux|trois|quatre|\d) (?:ados|enfants|gamins|gosses)\b[^.]{0,45}$|\b(?:mon|ma|mes|notre|nos) (?:fils|filles?|enfants?|gamins?|gamines?|petits?|petites?|b[eé]b[eé]s?|a[iî]n[eé]e?|cadet(?:te)?)\b|\b(?:j'ai|j'avais|tu as|t'as|tu avais) l'air d'avoir $|\b(?:je|tu) (?:fais|faisais|parais|paraissais) $|\bon (?:me|te) (?:donne|donnait|donnerait) $|\b(?:au contact|aupr[eè]s|s'occuper|surveiller|encadrer|garder|travailler avec|travaille avec|bosse avec) $|\b(?:celles|ceux|celle|celui) qui (?:ont|avaient|avait|a) $|^des enfants [aà] (?:r[eé]cup[eé]rer|aller chercher|nourrir|faire manger|garder)\b/,
  durationBefore: /\b(?:depuis|il y a|pendant|en|plus de|ca fait|cela fait) (?:plus de |presque )?$/,

  actors: [actor(/\b(?:(?:mecs|types|hommes|gars) (?:en civil(?: avec (?:un |des )?brassards?)?|avec (?:un |des )?brassards?)(?: (?:de )?[«"'‘]? ?police ?[»"'’]?)?(?=[^]{0,400}\b(?:pas des vrais|faux flics|faux policiers|pas de (?:vrais )?(?:flics|policiers))))/, 'IMPERSONATOR'), actor(/\b(?:agence (?:immobili[eè]re|de location)|agence(?<=\b(?:de|par) l'agence)|syndic|bailleur|g[eé]rance|g[eé]rant de l'immeuble|g[eé]rant de la r[eé]sidence)\b/, 'LANDLORD'), actor(/\b(?:vigiles? (?:de l'h[oô]tel|du centre commercial|de la gare|du magasin|du supermarch[eé]|de la galerie)|s[eé]curit[eé] de l'h[oô]tel|milices?|miliciens?)\b/, 'OTHER'), actor(/\b(?:police municipale|polici(?:er|ers|[eè]re|[eè]res) municipa(?:l|ux|les?)|municipaux(?<=\b(?:les|des) municipaux)|asvp|gardes? champ[eê]tres?)\b/, 'POLICE'), actor(/\b(?:contr[oô]leu(?:r|se)s? de la (?:commune|ville|mairie)|inspect(?:eur|eurs|rice|rices) (?:de la (?:commune|ville|mairie)|municipa\w*|d'hygi[eè]ne|du travail|des imp[oô]ts)|agents? de (?:la commune|la ville|la mairie)|mairie|office des [eé]trangers|pr[eé]fecture)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:vigiles?|agents? de s[eé]curit[eé]|videurs?)\b/, 'THIRD_PARTY'), actor(/\b(?:garde [aà] vue|(?:[eé]t[eé]e?s?|s'est fait|me suis fait|l'ont|m'ont) interpell\w*)\b/, 'POLICE'), actor(/\b(?:un (?:mec|type|gars|monsieur|homme) (?:que j'ai (?:vu|re[cç]u|rencontr[eé]|fait|eu)|qui (?:m'a (?:pay[eé]e?|r[eé]serv[eé]e?|book[eé]e?)|est venu)))\b/, 'CLIENT'), actor(/\b(?:les voitures (?=s'arr[eê]tent|ralentissent|la prennent))/, 'CLIENT'), actor(/\b(?:(?:pr[eé]sent\w* comme|disant|disaient|pr[eé]tendant)(?<=\bse \w+(?: comme)?)) '?(?:la |les |des |un |une |de la |du )?(?:police\w*|polici\w*|flics?|brigade\w*|bac|stups|m[oœ]urs|keufs?|gendarm\w*|agents?)\b/, 'IMPERSONATOR'), actor(/\b(?:corps habill[eé]s|les hommes en tenue)\b/, 'POLICE'), actor(/\b(?:direction(?<=\bla direction)|mon employeur|mon chef|cheffe(?<=\bma cheffe))\b/, 'THIRD_PARTY'), actor(/\b(?:(?:p[eè]re|m[eè]re|parent)s? d'[eé]l[eè]ves?|voisine?(?<=\bune? voisine?))\b/, 'MEMBER_OF_PUBLIC'), actor(/\b(?:contr[oô]leu(?:r|se)|(?:la|[aà] la) caf|agent de la caf)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:qui se dit son (?:copain|mec|ami|petit ami)|son soi-disant (?:copain|mec))\b/, 'THIRD_PARTY'), actor(/\b(?:habitu[eé]s?)\b/, 'CLIENT'), actor(/\b(?:(?:sa|son|ses|leur) (?:tante|oncle|m[eè]re|p[eè]re|cousine?|fr[eè]re|s[oœ]ur|beau-p[eè]re|belle-m[eè]re))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:un (?:type|homme|mec|monsieur) (?:qui )?(?:vient (?:la|les) chercher|(?:la|les) d[eé]pose|(?:la|les) conduit|(?:la|les) am[eè]ne|(?:lui|leur) trouve))\b/, 'THIRD_PARTY'), actor(/\b(?:la patronne|le patron|son copain|son mec|un mec qui (?:me|nous) (?:loge|h[eé]berge))\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:menac[eé]\w* (?:avec|d'un|d'une) (?:couteau|arme|flingue|pistolet|lame|cutter|bouteille)|sorti (?:un|son) (?:couteau|flingue|cutter))\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:payer|donner|filer|l[aâ]cher|raquer) (?:\[money_\d+\]?|\d+ (?:balles|euros))(?: (?:[aà] (?:lui|eux)))? (?:sinon|ou (?:il|ils))|(?:demand[eé]|r[eé]clam[eé]) (?:\[money_\d+|\d+ (?:balles|euros)))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:g[aâ]terie|pipe|fellation|turlutte)\b[^.]{0,60}\b(?:sinon|garde [aà] vue|embarqu|arr[eê]t)|si je (?:lui |leur )?(?:faisais|fais|faisait) (?:pas )?(?:une |des )?(?:g[aâ]terie|pipe|fellation))/, 'SEXUAL', 0.85, 'always'),
    act(/\b(?:frappe|frappent|bat|battent|cogne|tape|tabasse)\b(?<=\bsi (?:je|on) (?:refuse|dis non|rentre avec|ram[eè]ne pas)\b[^.]{0,40}\b(?:il|ils|elle) (?:me|nous) \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:(?:garde|gardait|prend|prenait|empoche|empochait) toute? (?:la thune|la recette|la caisse|l'argent))\b/, 'TAKE', 0.85),
    act(/\b(?:(?:m'a|m'ont|l'a|l'ont|nous a|nous ont) (?:cogn[eé]e?|d[eé]fonc[eé]e?|explos[eé]e?|amoch[eé]e?|mis (?:une|des) (?:claques?|baffes?|gifles?|rac?l[eé]es?|coups?)|roug?e? de coups)|rac?l[eé]e|rouste|baffes?|tartes? dans la gueule)\b/, 'ASSAULT', 0.85),
    act(/\b(?:(?:garde|gardait|gardent|empoche|empochait) (?:tout )?(?:l'argent|les sous|le fric|la thune|mes gains|nos gains|tout ce que (?:je|j'|on|elle) (?:gagne|gagnait|fait)))\b/, 'TAKE', 0.85),
    // Round 8: sex or money demanded under threat of exposure ("soit … soit il envoie tout à ma mère").
    act(/\b(?:pay\w* (?:autrement|en nature|avec (?:mon|son|ton) corps))\b/, 'SEXUAL', 0.85, 'nohyp'),
    act(/\b(?:(?:sortir|partir|[eê]tre lib[eé]r[eé]e?s?)(?<=\bpour (?:\w+ )?\w+)\b[^.]{0,30}\b(?:\d+ 000|francs|euros|cfa|\[money_\d+))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:soit (?:je|tu|elle) (?:le|la|les|lui) (?:vois|voit|suce|couche|paie|paye|donne)\b[^.]{0,40}\bsoit (?:il|elle|ils)|(?:sinon|autrement) (?:il|elle|ils) (?:envoie|enverra|montre|montrera|balance|balancera|dit|dira|raconte|racontera|publie|publiera|pr[eé]vient|pr[eé]viendra)|(?:envoie|enverra|montre|montrera|balance|balancera|dit|dira|raconte|racontera|publie|publiera) (?:tout|les (?:photos|captures|messages|vid[eé]os)) (?:[aà] (?:ma|mon|mes|sa|son|ses)|au|aux) (?:m[eè]re|p[eè]re|famille|parents|copain|mec|mari|patron|employeur|enfants|copine|fr[eè]re|s[oœ]ur))\b/, 'DEMAND', 0.85, 'nohyp'),
    // Round 9: a levy in quotes or for the pitch; a fine let go in exchange; exposure threatened with the condition after it.
    act(/\b(?:(?:imp[oô]t|taxe|cotisation|contribution|protection|p[eé]age|d[iî]me|cadeau|participation)(?<=['‘"«]\s?\w+)(?=\s?['’"»])|droit de (?:trottoir|place|bout de trottoir|passage)|taxe (?:de|du) trottoir|argent de (?:la )?protection)\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:oubli\w*|fermer les yeux|passer l'[eé]ponge|laisser (?:filer|tomber|courir)|d[eé]chir\w*)['’"]?\b[^.]{0,40}\bsi (?:je|j'|tu|on) (?:\w+ ){0,2}?(?:mont\w*|pass\w*|ven\w*|suis|[eé]tais|sois|fais|faisais|couch\w*|accept\w*|donn\w*|pay\w*)\b)/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:envo\w*|balanc\w*|montr\w*|publi\w*|post\w*|diffus\w*|dire|dira|dit|racont\w*|transf[eé]r\w*)\b[^.]{0,40}\b(?:[aà]|aux?) (?:mes|ma|mon|sa|son|ses|tes|ta|ton) (?:parents|m[eè]re|p[eè]re|daron\w*|famille|mari|copain|mec|patron|boss|boulot|travail|taf|enfants?|fils|fille|employeur|coll[eè]gues|proprio|voisins)\b(?=[^.]{0,60}\bsi (?:je|j'|elle|tu|on) (?:ne |n')?(?:\w+ ){0,3}?(?:pas|plus)\b))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:nous|me|les|leur) (?:font|faisait|faisaient|fait) payer|sinon (?:ils|il|elle|on) (?:appell\w*|pr[eé]vien\w*|balance\w*) (?:les flics|la police|les keufs|les condés))\b/, 'DEMAND', 0.85, 'nohyp'),
    // Round 10: tips kept by the boss; a 'petit arrangement' (officers only, as bribe()); people like you; a neck squeezed.
    act(/\b(?:pourboires(?<=\b(?:garde|gardait|gardent|prend|prenait|empoche|empochait) (?:tous |toujours )?(?:les|nos|mes) pourboires)|(?:gains|recettes|passes)(?<=\b(?:garde|gardait|prend|prenait) (?:la moiti[eé]|une partie|un tiers) (?:de |des )?(?:nos|mes|les) \w+))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:filles|femmes|gens|personnes|putes) comme (?:toi|vous|elle)|ton genre|votre genre|ce genre de (?:client[eè]le|personnes?|filles?|femmes?|gens))\b/, 'INSULT', 0.75, 'always'),
    act(/\b(?:serr[eé] le cou|[eé]trangl[eé]e?(?<=\b(?:m'a|l'a|a) [eé]trangl[eé]e?)|(?:frapp[eé]e?|gifl[eé]e?|cogn[eé]e?)(?<=\b(?:m'a|l'a|a) \w+) (?:au|[aà] la) (?:visage|t[eê]te|ventre))\b/, 'ASSAULT', 0.85),
  ],
  violations: [
    // Round 6: vocabulary families for the types a new writer's wording missed (also third-person caseworker notes: "l'usagère rapporte…").
    v(/\b(?:refus\w* de (?:me |lui |nous )?(?:prescrire|d[eé]livrer|vendre|donner|soigner|recevoir|recoudre|examiner|voir)|(?:prescrirai\w*|donnerai\w*) (?:juste |seulement )?si|revenir dans \w+ mois avec|(?:demand[eé]|exig[eé]) (?:ses|mes|nos) papiers(?=[^.]{0,60}\b(?:avant|soins?|prise en charge|carte vitale|urgences|h[oô]pital|m[eé]decin|infirmi\w*))|carte vitale\b(?=[^.]{0,60}\b(?:avant|sinon|pas|payer))|sans (?:[eê]tre|avoir [eé]t[eé]) (?:vue|re[cç]ue|soign[eé]e|examin[eé]e|prise en charge)|(?:renvoy[eé]e?|envoy[eé]e?|orient[eé]e?) (?:vers|au|[aà] la|[aà] un) (?:un autre|une autre|le cegidd|le centre|autre part|ailleurs|cegidd)|(?:pas|plus) (?:de|eu de|pu avoir (?:ma|la|mon)) (?:prep|pep|traitement|ordonnance))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'resolve', fallback: 'HEALTH_WORKER', mode: 'nohyp', notActors: ['CLIENT', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'MEMBER_OF_PUBLIC', 'POLICE', 'IMPERSONATOR'] }),
    v(/\b(?:sermon|fait la morale|(?:penser [aà] )?changer de vie|(?:parl[eé]|racont[eé]) de (?:son|mon) (?:activit[eé]|m[eé]tier|travail)|montr\w* du doigt|attendu toute la (?:nuit|journ[eé]e)|fait attendre (?:toute|des heures|jusqu)|devant (?:les autres|tout le monde) (?:patients|dans la salle)|(?:divulgu\w*|r[eé]v[eé]l\w*) (?:mon|son) (?:statut|s[eé]ropositivit[eé]|diagnostic))\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', fallback: 'HEALTH_WORKER', ifActor: { POLICE: null, CLIENT: null, LANDLORD: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, IMPERSONATOR: null, OTHER_STATE_OFFICIAL: null } }),
    v(/\b(?:(?:caf|p[oô]le emploi|france travail|cpam|s[eé]cu|pr[eé]fecture|mairie)\b[^.]{0,80}\b(?:suspendu|coup[eé]|supprim[eé]|refus\w*|bloqu\w*|r[eé]clam[eé]|radi[eé]e?)|(?:suspendu|coup[eé]|supprim[eé]) (?:mon|le|mes|ma|l') ?(?:rsa|apl|allocations?|aides?|ch[oô]mage)|trop-per[cç]u)\b/, 'DISCRIMINATION', 'SOCIAL_SECURITY', 0.65, { who: 'OTHER_STATE_OFFICIAL' }),
    v(/\b(?:voisins?\b[^.]{0,80}\b(?:un mot|une affiche|plus bonjour|insult\w*|parlent plus|tract|lettre|pris en photo)|(?:ne me disent|ne me dit|me disent) plus bonjour)\b/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.65, { who: 'MEMBER_OF_PUBLIC' }),
    v(/\b(?:(?:garde|gardait|bloque|retient) (?:tout )?(?:notre|mon|nos|mes) (?:argent|paie|gains|sous)\b[^.]{0,30}\b(?:fin du mois|jusqu|pour qu)|journ[eé]es de \d+ ?h|(?:pas le droit|interdit) de refuser (?:un |les |des )?clients?|dix filles qui attendent|(?:amendes?|retenues?) (?:de \S+ (?:euros )?)?(?:si|quand|pour) (?:on|je|elle) (?:refuse|arrive|est en retard)|c'est (?:elle|lui) qui choisit les clients|de \d+ ?h [aà] \d+ ?h sans|sans (?:pause|s'asseoir|manger))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', mode: 'always', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null, HEALTH_WORKER: null, LANDLORD: null, IMPERSONATOR: null, FAMILY_OR_PARTNER: null } }),
    v(/\b(?:jusqu'(?:[aà]|au) (?:\w+ ){1,2}pour (?:partir|quitter|d[eé]gager|sortir|vider|c[aâ]lisser|d[eé]crisser|faire (?:mes|ses) valises)|(?:laiss[eé]|donn[eé]) (?:\w+ )?(?:jours?|heures?|semaines?|une semaine) pour (?:partir|quitter|d[eé]gager|sortir|vider)|(?:mes|ses|nos) affaires (?:sur le palier|dans des sacs|dehors|sur le trottoir|dans la rue|dans l'escalier)|serrure (?:avait [eé]t[eé] |a [eé]t[eé] )?chang[eé]e|chang\w* (?:la|les) serrures?|gard[eé] (?:ma|la|notre) caution)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'], fallback: 'LANDLORD', mode: 'nohyp', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    v(/\b(?:l'(?:avez|avais|as|a|aviez) (?:un peu |bien )?cherch[eé]|main courante au lieu|(?:jamais|pas) (?:[eé]t[eé] )?rappel[eé]e|revenir (?:si|quand|avec) (?:j'avais |vous avez |elle avait )?(?:des )?(?:preuves|t[eé]moins))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.75, { who: 'POLICE', mode: 'always' }),
    control(/\b(?:(?:met|mettait|mettent|mise?|mises) sur le trottoir|(?:tapiner|faire le trottoir|faire des passes)(?<=\b(?:me|la|nous) fait [\w ]+))\b/, 'FORCED_ENTRY', 0.8),
    v(/\b(?:(?:banque|h[oô]tel|magasin|assurance|agence)\b[^.]{0,30}\b(?:cl[oô]tur[eé]|ferm[eé]|bloqu[eé]|refus[eé]|r[eé]sili[eé])|(?:cl[oô]tur[eé]|ferm[eé]|bloqu[eé]) (?:mon|notre) compte)\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    v(/\b(?:(?:interdit|interdisait|interdisent) (?:les |le )?(?:pr[eé]servatifs?|capotes?)|(?:paye|paie|payait) quand (?:il|elle) veut|(?:interdit|pas le droit) (?:de prendre )?(?:un )?(?:agent de s[eé]curit[eé]|vigile))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    fear(/\b(?:(?:pas|jamais) (?:port[eé] plainte|all[eé]e? (?:[aà] la police|au commissariat|voir les flics))\b[^.]{0,60}\b(?:auraient|aurait|vont|va|parce|car|peur|de toute fa[cç]on))\b/),
    child(/\b(?:(?:12|13|14|15|16|17|douze|treize|quatorze|quinze|seize|dix-sept)\b(?<=\b(?:n'a|n'avait|a|avait|j'ai|j'avais) (?:que |seulement |a peine |meme pas |pas )?[\w-]+)(?! (?:clients|hommes|heures|jours|fois|euros|balles))|mineure?s?|pas (?:encore )?majeure?|au (?:coll[eè]ge|lyc[eé]e)|en (?:3e|4e|5e|troisi[eè]me|quatri[eè]me|seconde)|(?:va|allait) (?:encore )?(?:au coll[eè]ge|au lyc[eé]e|a l'[eé]cole)|gamines?)\b/),
    // Round 7: the school years and levels of France, Belgium, Switzerland and West Africa, school things, "says she is of age".
    child(/\b(?:cycle d'orientation|coll[eé]gien(?:ne)?s?|lyc[eé]en(?:ne)?s?|(?:en|est en|[eê]tre en) ['‘]?(?:6e|6[eè]me|sixi[eè]me|5[eè]me|cinqui[eè]me|4[eè]me|3[eè]me|terminale|cm2|cm1)\b|niveau (?:coll[eè]ge|lyc[eé]e|primaire|secondaire|cycle)|carnet de correspondance|(?:dit|pr[eé]tend|assure|jure|affirme) (?:qu'elle est|qu'il est|[eê]tre) majeure?|(?:encore )?une (?:gosse|gamine|enfant))\b/),
    control(/\b(?:(?:m'a|m'ont|lui a|lui ont|nous a|nous ont|a|ont) (?:pris|piqu[eé]|confisqu[eé]|gard[eé]|retenu|cach[eé]) (?:mes|nos|ses|leurs|mon|son) (?:papiers|passeports?|documents|cartes? d'identit[eé])|(?:garde|gardent|retient|retiennent) (?:toujours )?(?:mon|mes|nos|son|ses) (?:passeports?|papiers))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:je|on|elle) (?:lui |leur )?(?:dois|doit|devais|devait) (?:encore )?(?:\[money_\d+|de l'argent|le (?:voyage|billet|loyer)|\d+)|payer (?:ma|sa) place|rembourser (?:le voyage|le billet|la dette|ma place))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:m'oblige|l'oblige|nous oblige|me force|la force|me pousse|la pousse)\w* [aà] (?:faire des passes|travailler|coucher|voir des clients|me prostituer|se prostituer|faire le trottoir)|(?:me|lui|nous) (?:demande|demandait|impose|imposait) de coucher avec|coucher avec (?:ses|des) (?:potes|amis|copains|clients|mecs) pour (?:payer|rembourser)|(?:lui|me|leur) trouve (?:les|des) clients)\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:(?:peux|peut|pouvais|pouvons|pourrai) (?:pas|plus) (?:partir|sortir|rentrer|m'en aller|quitter)|(?:m'emp[eê]che\w*|l'emp[eê]che\w*|m'interdit|nous interdit|lui interdit) de (?:sortir|partir|quitter)|(?:pas le droit|interdit) de sortir)\b/),
    v(/\b(?:r[eé]sili\w* (?:le|mon|notre) bail|d[eé]gager(?<=\bpour d[eé]gager)|(?:arr[eê]t[eé]|avis|ordre) (?:de fermeture|d'expulsion)|pr[eé]avis de \w+|on a eu (?:une heure|\w+ (?:heures|jours)) pour (?:partir|sortir|d[eé]gager))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'] }),
    v(/\b(?:(?:raconte|racont[eé]|r[eé]p[eé]t[eé]|balanc[eé]|dit) (?:a|à) (?:toute la salle|tout le monde|tout le service|toute la salle d'attente))\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:n'a|n'ont|ne voulait|ne voulaient|a refus[eé]|ont refus[eé]|refuse)\b[^.]{0,25}\b(?:m'examiner|me soigner|me recevoir|me traiter|me toucher|m'ausculter|me prescrire))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/\b(?:pas d'(?:avocat|interpr[eè]te|traducteur)|sans (?:avocat|interpr[eè]te|traducteur))\b/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'POLICE', mode: 'always' }),
    // Round 7: a complaint not made for fear of detention or removal; a complaint the desk would not record.
    fear(/\b(?:(?:craint|crains|craignait|a peur|avait peur|j'ai peur) (?:d'[eê]tre|de se faire) (?:plac[eé]e? en r[eé]tention|expuls[eé]e?|arr[eê]t[eé]e?|renvoy[eé]e?|enferm[eé]e?|contr[oô]l[eé]e?)|(?:pas|jamais) (?:port[eé]|d[eé]pos[eé]) plainte\s*:)/),
    v(/\b(?:refus\w* d'(?:enregistrer|acter|prendre) (?:sa|ma|la|leur) (?:plainte|d[eé]claration)|(?:n'a|n'ont) pas voulu (?:enregistrer|prendre) (?:sa|ma|la) plainte)\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    // Police who warn a landlord: renting to a sex worker "is procuring".
    v(/\b(?:proxén[eé]tisme|prox[eé]n[eé]tisme h[oô]telier)(?<=\b(?:commissariat|police|policiers?|flics|brigade)\b[^.]{0,160})/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.6, { who: 'POLICE', mode: 'always' }),
    // Round 8: dismissed from a day job once the sex work is known.
    v(/\b(?:(?:vir[eé]e?s?|licenci[eé]e?s?|renvoy[eé]e?s?|remerci[eé]e?)(?<=\b(?:m'a|m'ont|l'a|l'ont|nous a|nous ont) \w+))\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'LANDLORD'] }),
    payer(/\b(?:(?:habitu[eé]s|clients|hommes|mecs) (?:la|le|les) (?:demandent|demandaient|choisissent|choisissaient|r[eé]servent|paient|payent|payaient)|contre (?:un lit|un repas|de l'argent|un toit|une nuit|[aà] manger|un h[eé]bergement))\b/),
    bringer(/\b(?:(?:met|mettait|mettent|place|pla[cç]ait) (?:sur|avec|chez) (?:les )?(?:cr[eé]neaux|clients|hommes|passes)(?<=\b(?:la|le|les) \w+ \w+ (?:les )?\w+))\b/),
    // Round 9: bribes told indirectly (only when an officer takes them), sex as the price of a fine, a lawyer or interpreter
    // not called, not reporting for fear of removal, reports dismissed, children by the age they turn or their braces.
    bribe(/\b(?:(?:une |l'|des |les )enveloppes?|recharges?(?: t[eé]l[eé]phon\w*)?|cr[eé]dit (?:t[eé]l[eé]phon\w*|sur son (?:t[eé]l[eé]phone|portable|num[eé]ro))|pour le (?:caf[eé]|chef|patron|commissaire|brigadier)|(?:un|le) petit (?:quelque chose|billet|geste)|(?:chaque|toutes? les?) (?:semaines?|vendredis?|samedis?|mois)(?<=\b(?:pa[iy]\w*|donn\w*|fil\w*|l[aâ]ch\w*|vers\w*|envoy\w*)\b[^.]{0,40})|(?:personne|plus personne) ne nous (?:emb[eê]te|d[eé]range|touche))\b/),
    coercedSex(/\b(?:si (?:je|j'|tu) (?:\w+ ){0,2}?(?:montais|monte|montes|montait|passais|passe|venais|viens) (?:\w+ ){0,4}?dans (?:sa|leur|la) (?:voiture|caisse|bagnole|camionnette|fourgon|v[eé]hicule)|si (?:je|j') (?:[eé]tais|suis|sois) (?:gentille|sage|cool|sympa) avec (?:lui|eux))\b/),
    dueProcess(/\b(?:aucun (?:interpr[eè]te|avocat|traducteur)|(?:interpr[eè]te|avocat|traducteur)s?(?: de permanence| commis d'office)? n'(?:a|ont|avait|avaient) (?:pas |jamais )?[eé]t[eé] (?:requis|appel[eé]|avis[eé]|pr[eé]venu|contact[eé]|fourni|propos[eé]|demand[eé])|(?:pas|jamais) (?:pu |eu le droit d'|le droit d')?(?:appeler|voir|parler [aà]) (?:un |mon |son )?(?:avocat|interpr[eè]te))\b/),
    fear(/\b(?:sans (?:porter plainte|d[eé]poser plainte|le signaler|rien dire [aà] la police)\b[^.]{0,60}\b(?:par (?:crainte|peur)|de peur|craignant|parce qu|car)|(?:par (?:crainte|peur)|de peur|craignant)(?: \w+){0,2} (?:d'[eê]tre|de se faire|qu'on (?:l'|me|la)) (?:expuls\w*|arr[eê]t\w*|reconduit\w*|renvoy\w*|fich\w*|interpell\w*|enferm\w*))/),
    refused(/\b(?:risques? du m[eé]tier|c'est (?:le|ton|votre) m[eé]tier|(?:juste|seulement|simplement|qu'une) (?:une )?main courante)\b/),
    child(/\b(?:appareil (?:dentaire|aux dents|dans la bouche)|(?:va avoir|aura|f[eê]tera ses) (?:1[0-7]|douze|treize|quatorze|quinze|seize|dix-sept) ans)\b/),
    payer(/\b(?:(?:lui|leur) (?:laissent|laissaient|laisse|donnent|donnaient|filent|filaient|paient|payent|payaient) (?:de l'argent|des sous|du fric|des billets|\[money_\d+)|les voitures s'arr[eê]tent pour elle)/),
    bringer(/\b(?:h[eé]berg[eé]e par (?:un|une) (?:homme|type|mec|monsieur|femme)|(?:un homme|un type|un mec) qui l'(?:aide|h[eé]berge|loge))\b/),
    // Round 10: school years told as a class ('en classe de troisième'), after school, exams, skipping class, child welfare and foster care (ASE, foyer de l'enfance, famille d'accueil); debts written in a notebook or that grow, for the road, room, food, clothes or make-up, papers taken to register, someone watching, never out alone; immigration detention and removal orders; municipal by-law fines; treatment not given; not reporting and why.
    schoolChild(/\b(?:(?:(?:f[eê]t[eé]|eu|pass[eé]) (?:mes|ses|son) (?:18|dix-huit) ans|(?:18|dix-huit) ans (?:ici|l[aà]-bas))\b(?=[^.]{0,40}\b(?:ici|l[aà]-bas|au bois|au salon|avec les (?:autres )?filles|dans (?:la|le) (?:maison|foyer|appartement|salon)))|(?:classe de (?:6e|6[eè]me|sixi[eè]me|5e|5[eè]me|cinqui[eè]me|4e|4[eè]me|quatri[eè]me|3e|3[eè]me|troisi[eè]me|seconde)|redoubl\w* (?:sa |la |ma )?(?:6e|6[eè]me|sixi[eè]me|5e|5[eè]me|cinqui[eè]me|4e|4[eè]me|quatri[eè]me|3e|3[eè]me|troisi[eè]me|seconde|cm1|cm2)|brevet(?<=\b(?:le|son|mon) brevet)|(?:s[eè]che|s[eé]chait|s[eè]chent|s[eé]cher) (?:les cours|l'[eé]cole|le coll[eè]ge)|ase(?<=\bl'ase)|aide sociale [aà] l'enfance|foyer (?:de l'enfance|pour mineurs|d'accueil d'urgence)|famille d'accueil|foyer(?<=\bplac[eé]e? en foyer)|contr[oô]le de (?:maths|math[eé]matiques|fran[cç]ais|histoire|physique|svt|anglais)|conseil de classe|bulletin (?:scolaire|du trimestre))\b|(?:(?:cours|coll[eè]ge|lyc[eé]e|[eé]cole|classe)(?<=\b(?:apr[eè]s|[aà] la sortie (?:des|du|de l'|de la)) ?(?:les )?\w+)(?! d[eu]s? (?:mes|ses|mon|ma|son|sa|nos)\b)))/),
    control(/\b(?:(?:carnet|cahier|calepin)\b(?<=\b(?:dois|doit|devais|devait|dette\w*)\b[^.]{0,80})|dette (?:augmente|grossit|grandit|monte|ne baisse jamais|ne diminue jamais|ne fait que monter)|(?:dois|doit|devais|devait)(?<=\b(?:je|on|elle) (?:lui |leur )?\w+) (?:encore )?(?:la route|le passage|le trajet|la nourriture|la chambre|les (?:frais|v[eê]tements|photos|annonces)|le maquillage|la formation)|(?:ramass[eé]|r[eé]cup[eé]r[eé]|collect[eé]|pris)(?<=\b(?:a|ont) \w+) (?:nos|les|toutes les|tous les) (?:papiers|passeports|cartes d'identit[eé]|pi[eè]ces d'identit[eé]) pour (?:l'enregistrement|nous enregistrer|les enregistrer|faire les papiers|nous d[eé]clarer))\b/, 'DEBT_BONDAGE', 0.75),
    leave(/\b(?:quelqu'un (?:nous |me |la )?(?:surveille|surveillait|garde|gardait)|surveill(?:e|ent|ait|aient)(?<=\b(?:nous|me|les) surveill\w*) (?:tout le temps|jour et nuit|en permanence|en bas|devant)|(?:homme|gars|type|mec) (?:en bas|devant la porte|[aà] la porte) (?:qui )?(?:surveille|garde|nous surveille)|(?:sort|sors|sortait|sortais|sortons) jamais seule?s?(?<=\bne \w+ jamais seule?s?)|jamais seule?s? dehors)\b/),
    v(/\b(?:centre ferm[eé]|centre de r[eé]tention|ordre de quitter le territoire|oqtf|reconduite? [aà] la fronti[eè]re|arr[eê]t[eé] d'expulsion|obligation de quitter)/, 'CRIMINALISATION', 'IMMIGRATION', 0.85, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL', prefer: ['POLICE', 'OTHER_STATE_OFFICIAL'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'IMPERSONATOR', 'OTHER'] }),
    v(/\b(?:(?:amendes?|pv|contraventions?)\b(?<=\b(?:colle|collent|collait|collaient|mis|mettent|mettait|donn\w*|re[cç]u|prends|prend) (?:des |une |plein d')?\w+)|arr[eê]t[eé] (?:du maire|municipal|anti-?prostitution|pr[eé]fectoral))/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER'] }),
    v(/\b(?:(?:donn[eé]|fourni|administr[eé])(?<=\b(?:pas|jamais) \w+) (?:son|mon|le|leur|ses|mes) (?:traitement|m[eé]dicaments?|antir[eé]troviraux?|arv|insuline)|sans (?:son|mon) traitement)\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'HEALTH_WORKER', mode: 'always' }),
    fear(/\b(?:personne (?:n')?(?:appelle|appelait|ose appeler|ose porter plainte) jamais|(?:tombons|tombe|tombera|finissons)(?<=\bc'est nous qui \w+)|(?:porter plainte|d[eé]noncer|appeler la police)\s*\?\s*(?:aupr[eè]s de qui|pour quoi faire|[aà] quoi bon)|aupr[eè]s de qui\s*\?|plainte(?<=\b(?:pas|jamais) (?:voulu )?port(?:[eé]|er) plainte)(?= (?:par|de) peur|,? (?:car|parce qu|de peur)))/),
    bribe(/\b(?:arranger(?<=\bon (?:peut|pourrait|pouvait) s'arranger)|arrangement(?<=\b(?:trouver|trouve) un arrangement|\bun petit arrangement))\b/),
  ],
};

const NB: GeneralRules = {
  ownChild: /(?:\b(?:(?:s[oø]nnen|s[oø]nnene|datteren|dattera|døtrene|barna|barnet|ungene|gutten|jenta) (?:min|mitt|mine|v[aå]r|v[aå]re)|(?:min|mine) (?:s[oø]nn|datter|barn|unger))\b)|\b(?:har|hennes|hans) (?:to|tre|fire|fem|ett|et|en|\d) (?:(?:barn|unger|s[oø]nner|d[oø]tre)\b|$)|\bs(?:er|[aå]g?) ut som (?:om )?(?:jeg|du|han) (?:var|er) $|\b(?:jeg|du) s(?:er|[aå]g?) ut (?:som|til [aå] v[aæ]re) $|\b(?:mine|v[aå]re|hennes|sine|egne) $/,
  durationBefore: /\b(?:i|p[aå]|over|nesten|snart) (?:over |nesten )?$/,

  actors: [actor(/\b(?:(?:vekter\w*|vakt\w*) (?:p[aå]|ved) (?:hotellet|kj[oø]pesenteret|senteret|stasjonen|butikken|motellet)|hotellvekter\w*|sentervekter\w*)\b/, 'OTHER'), actor(/\b(?:utleiemegler\w*|eiendomsmegler\w*|utleiefirma\w*|utleieselskap\w*|boligselskap\w*|vaktmester\w*)\b/, 'LANDLORD'), actor(/\b(?:kommunen|skjenkekontroll\w*|tilsynet|arbeidstilsynet|mattilsynet)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:vekter\w*|dørvakt\w*|dorvakt\w*)\b/, 'THIRD_PARTY'), actor(/\b(?:bilene (?=stopper|sakker ned|kj[oø]rer sakte))/, 'CLIENT'), actor(/\b(?:(?:onkelen|tanten|faren|moren|stefaren|stemoren|broren|fetteren) (?:hennes|hans|deres))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:en (?:eldre |voksen )?(?:mann|fyr|kar) (?:som )?(?:kj[oø]rer|kj[oø]rte|henter|hentet|bringer|tar med|sender|selger) (?:henne|dem|jentene))\b/, 'THIRD_PARTY'), actor(/\b(?:han som (?:ordnet|betalte|fikset) (?:reisen|billetten|turen)|hun som (?:ordnet|betalte|fikset) (?:reisen|billetten))\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:truet (?:meg|oss|henne) med (?:en )?(?:kniv|pistol|v[aå]pen|flaske)|holdt (?:en )?kniv)\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:m[aå]tte|skulle|m[aå]) betale (?:ham |dem )?(?:\[money_\d+\]?|penger)|(?:betale|gi (?:ham|dem)) (?:\[money_\d+\]? |penger )?ellers)/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:lar (?:meg|oss|henne) ikke beholde|tar alt (?:jeg|vi|hun) tjener)\b/, 'TAKE', 0.85, 'always'),
    act(/\b(?:trekker (?:halvparten|\d+ ?%|\w+ prosent)|tar halvparten)\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:sl[aå]r|banker|dytter) (?:han|de|hun) (?:meg|oss)\b(?<=\bhvis (?:jeg|vi) (?:nekter|sier nei|klager)\b[^.]{0,40}\b\w+ \w+ \w+)/, 'ASSAULT', 0.85, 'always'),act(/\b(?:(?:gikk l[oø]s p[aå]|denget|klappet til|lugget|kl[aå]dde til) (?:meg|oss|henne)|fikk (?:juling|bank|en på trynet))\b/, 'ASSAULT', 0.85),
    act(/\b(?:dytt(?:a|et|er) (?:meg|henne|oss)|brakk (?:\w+ )?(?:fingre|finger|armen|nesa|nesen|ribbein\w*|kjeven)|kvel(?:te|er) (?:meg|henne))\b/, 'ASSAULT', 0.85),
    act(/\b(?:tok (?:lommeboka|lommeboken|veska|vesken|telefonen|pengene) (?:mi|min|mine))\b/, 'SEIZE', 0.85),
    act(/\b(?:krever \[money_\d+\]?|krever \d+ ?(?:kr|kroner)|vippser? (?:ham|henne|dem)(?<=\bhvis (?:jeg|hun) ikke [^.]{0,10})|ellers (?:vil|skal) (?:han|hun|de) (?:sende|legge ut|fortelle|vise))/, 'DEMAND', 0.85, 'nohyp'),
    // Round 8: an owner who keeps a share or docks "fines".
    act(/\b(?:betale (?:p[aå] en annen m[aå]te|med kroppen|i natura))\b/, 'SEXUAL', 0.85, 'nohyp'),
    act(/\b(?:truer med (?:\w+ ){0,2}(?:sende|vise|fortelle|legge ut|poste|spre)\b[^.]{0,60}\bhvis (?:jeg|hun|vi) ikke|(?:sende|vise|fortelle|legge ut|poste|spre) (?:\w+ ){0,4}(?:til|for) (?:jobben|familien|mamma|mora|moren|pappa|faren|mannen|kj[aæ]resten|sjefen|foreldrene|barnehagen|skolen)\b[^.]{0,40}\bhvis (?:jeg|hun|vi) ikke)/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:beholdt|beholder|tok|tar|trakk|trekker|krever|krevde) (?:halvparten|\d+ ?%|\d+ prosent|en tredjedel|en tredel)|b[oø]ter(?<=\b(?:trakk|trekker|ga|gir) '?b[oø]ter))\b/, 'SKIM', 0.75, 'always'),
    // Round 9: a levy in quotes; a fine let go in exchange; exposure threatened with the condition after it.
    act(/\b(?:(?:skatt|avgift|bidrag|beskyttelse\w*|bompenger|gave|kaffe|tiende)(?<=['‘"«]\w+)(?=['’"»])|beskyttelsespenger|beskyttelsesavgift|gateavgift|hj[oø]rneavgift)\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:glemme|droppe|se bort fra|rive|rev|slette) (?:\w+ ){0,3}(?:boten|bota|forelegget|saken|anmeldelsen|rapporten)\b[^.]{0,40}\bhvis (?:jeg|vi|hun))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:sender|sende|vise|viser|fortelle|forteller|legge ut|legger ut|poste|poster|spre|sprer)\b[^.]{0,50}\b(?:til|for) (?:\w+ )?(?:s[oø]nnen|datteren|barna|familien|mannen|kj[aæ]resten|sjefen|jobben|dagjobben|arbeidsgiver\w*|foreldrene|moren|mora|faren|mamma|pappa|naboene|kollega\w*)\w*\b[^.]{0,60}\bhvis (?:jeg|hun|vi) ikke)/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:krev\w* (?:penger|betaling|\[money_\d+|en andel|sex|gratis)|for [aå] la (?:oss|meg|henne) (?:st[aå]|jobbe|v[aæ]re) (?:der|i fred))\b/, 'DEMAND', 0.85, 'nohyp'),
    // Round 10: a free session demanded ('spandere', 'en gratis tur'); people like you.
    act(/\b(?:spandere(?<=\b(?:skal|m[aå]|vil|krever|kreve)\b[^.]{0,30}spandere)|gratis(?:tur| tur| runde| nummer| kn[uo]ll)|(?:gratis|fritt) (?:sex|ligge))\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:s[aå]nne som (?:deg|dere|henne)|folk som (?:deg|dere)|(?:din|deres) type|ditt slag|slike som (?:deg|dere))\b/, 'INSULT', 0.75, 'always'),
    act(/\b(?:(?:slo|sl[aå]r|sparket|sparker|dyttet|dytter|kvalte|lugget|klorte|banket|kastet) (?:han|hun|de|en av (?:dem|kundene|gutta|mennene)|kunden|mannen|fyren) (?:meg|oss|henne)\b)/, 'ASSAULT', 0.85),
  ],
  violations: [
    leave(/\b(?:(?:dreper|finner|skader|sl[aå]r)(?<=\b(?:hvis|om) (?:jeg|hun|vi) (?:drar|g[aå]r|stikker|slutter|forsvinner)\b[^.]{0,40}\b\w+)|(?:dreper|finner|skader) (?:meg|henne|oss|familien) (?:hvis|om) (?:jeg|hun|vi) (?:drar|g[aå]r|stikker))\b/),
    v(/\b(?:(?:snakket|fortalte|sa) (?:h[oø]yt )?(?:om )?(?:statusen|diagnosen|testresultat\w*|hiv-?statusen) (?:min|mitt|mine)?\b[^.]{0,30}\bforan|foran (?:alle|de andre) (?:i|p[aå]) venterommet)\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:vakt|vekter|sikkerhet)(?<=\b(?:f[aå]r|fikk) ikke (?:lov (?:til )?[aå] )?ha \w+)|(?:ha vakt|jobbe sammen)(?<=\bikke lov (?:til )?[aå] \w+ \w+))\b/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.65, { mode: 'always' }),
    v(/\b(?:banken\b[^.]{0,30}\b(?:nektet|stengte|sa opp|avsluttet)|(?:stengte|avsluttet|sa opp) (?:konto(?:en)?|bankkonto(?:en)?) (?:min|mitt))\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    child(/\b(?:(?:12|13|14|15|16|17|tolv|tretten|fjorten|femten|seksten|sytten)\b(?<=\b(?:er|var|bare|kun|knapt) (?:bare |kun |knapt )?\w+)(?! (?:[aå]r siden|timer|kunder|menn|ganger|kroner|kr|minutter|dager))|(?:tolv|tretten|fjorten|femten|seksten|sytten)[ -]?[aå]r(?:ing)?\b|(?:12|13|14|15|16|17) ?[aå]r(?:ing|s)?\b(?! siden)|ikke (?:fylt|myndig|engang) 18|under atten|g[aå]r (?:fortsatt |enn[aå] )?p[aå] (?:skolen|ungdomsskolen|videreg[aå]ende|vgs)|(?:[89]|10)\. klasse|(?:[aå]ttende|niende|tiende) klasse|skolejente\w*)\b/),
    // Round 7: the school year told on its own ("går i niende"), "says she is old enough".
    child(/\b(?:g[aå]r (?:fortsatt |enn[aå] )?i (?:sjette|sjuende|syvende|[aå]ttende|niende|tiende|[6-9]\.|10\.)|(?:sjette|sjuende|syvende|[aå]ttende|niende|tiende)(?:klasse| klasse| trinn)|(?:[6-9]|10)\. trinn|sier (?:hun|han) er ['‘"]?(?:gammel nok|18|atten|myndig)|(?:bare|fortsatt|enn[aå]) (?:et )?barn|ungjente\w*)\b/),
    control(/\b(?:(?:passet|passene|papirene|dokumentene)(?<=\b(?:tok|tar|har|holder|beholdt|beholder|gjemte|gjemmer|l[aå]ste inn) (?:p[aå] |vare p[aå] )?[\w-]+)(?<!\b(?:jeg|vi) (?:har|holder|beholder) (?:p[aå] )?[\w-]+)(?! (?:mitt|mine|v[aå]re|sitt) selv)|(?:id-?en|id-?kortet)(?<=\b(?:har|holder|beholdt|beholder|gjemte|gjemmer|l[aå]ste inn) (?:p[aå] |vare p[aå] )?[\w-]+))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:tvinger|tvang|presser|presset) (?:meg|oss|henne)(?: til)?(?: [aå])? (?:selge|jobbe|ta (?:imot )?kunder|ligge med|ha sex|g[aå] p[aå] gata)|selger (?:henne|meg|dem|jentene|jenter)(?! ikke)|leier (?:henne|meg) ut)\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:f[aå]r ikke lov (?:til )?[aå] (?:g[aå]|dra|reise|forlate|slutte)|kan ikke (?:dra|reise|g[aå] hjem|slutte|forlate)(?: f[oø]r)?|ikke lov (?:til )?[aå] g[aå] ut|passer p[aå] (?:meg|oss|henne) hele tiden|l[aå]ser (?:meg|oss|henne|d[oø]ra)|innel[aå]st)\b/),
    // Round 7: an exit programme made a condition (of benefits, of a sentence).
    v(/\b(?:(?:exit|rehab\w*|ut av prostitusjon)['’"]?-?program\w*['’"]?\b[^.]{0,80}\b(?:vilk[aå]r|krav|m[aå]tte|tvunget|p[aå]lagt|ellers|hvis (?:jeg|hun|vi) ikke)|(?:vilk[aå]r|krav|hvis (?:jeg|hun|vi) ikke|p[aå]lagt|tvunget)\b[^.]{0,80}\b['‘"]?(?:exit|rehab\w*)['’"]?-?program\w*)/, 'COERCION_OR_TRAFFICKING', 'COMPELLED_PROGRAMME', 0.85, { who: 'resolve', mode: 'always', fallback: 'OTHER_STATE_OFFICIAL' }),
    v(/\b(?:(?:politiet|purken|de p[aå] (?:stasjonen|vakta))\b[^.]{0,30}\b(?:gadd ikke|ville ikke (?:ta imot|skrive|gj[oø]re|h[oø]re)|nektet [aå] (?:ta imot|skrive)|brydde seg ikke|gjorde ingenting|tok (?:ikke|ingen) anmeldelse))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:ga (?:meg|oss) (?:en|to|tre|fire|\w+) (?:uke|uker|dager|dag|timer|d[oø]gn) (?:p[aå]|til) [aå] (?:flytte|komme (?:meg|oss) ut|dra|forsvinne)|sa opp (?:kontrakten|leieavtalen|leiekontrakten|husleie\w*|leiligheten)|m[aå]tte (?:ut|flytte ut|komme meg ut) (?:p[aå]|innen|i l[oø]pet av)|oppsigelse)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    // Round 7: reporting told as a condition by word order ("Anmelder jeg, ..."), "Anmelde noe? Glem det."
    fear(/\b(?:anmelder jeg|melder jeg (?:det|ham|dem|fra)|ringer jeg (?:til )?politiet|g[aå]r jeg til politiet|(?:anmelde|melde|ringe politiet)(?: noe| det)?\?\s*(?:glem det|aldri|nei|niks)|(?:ringte|anmeldte|meldte) (?:ikke|aldri) (?:politiet|det|saken)\b[^.]{0,30}[.!]\s*[^.]{0,80}\b(?:mister|kaster|utvist|arrestert|tatt|sp[oø]r))/),
    // Police who tell a landlord he could be punished for pimping are perpetrators of the eviction with him.
    v(/\b(?:hallikvirksomhet|medvirkning til prostitusjon|(?:han|hun|utleier\w*|eieren) (?:kunne|kan|ville|vil) bli (?:straffet|tiltalt|anmeldt|siktet|d[oø]mt|b[oø]telagt))(?<=\bpolitiet\b[^.]{0,120})/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.6, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:(?:har )?f[aå]tt (?:frist )?til (?:mandag|tirsdag|onsdag|torsdag|fredag|l[oø]rdag|s[oø]ndag|m[aå]nedsskiftet|\[date_\d+\])|m[aå]tte (?:v[aæ]re )?ute (?:innen|til|f[oø]r))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.7, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    // Round 8: police who stop and fine the clients, so no one dares come.
    v(/\b(?:kundene (?:utenfor|på gata|pa gata|ved|i bilen|når|nar)(?<=\b(?:ta|tar|tok|tatt) kundene \w+)|(?:stoppe|stopper|stoppet|bøtlegg\w*|botlegg\w*|bøtla|botla|arrestere|arresterer|arresterte|pågrip\w*|pagrip\w*) (?:kundene|kunder|kundane|menn som)|(?:tør|tor) ingen (?:kunder )?(?:komme|kommer)|kundene (?:tør|tor) (?:ikke|ikkje))\b/, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC'], mode: 'nohyp' }),
    payer(/\b(?:menn som vil (?:treffe|m[oø]te|ha)|betaler (?:han|henne|ham|meg)(?<=\bde betaler \w+))\b/),
    bringer(/\b(?:fikser(?<=\b(?:fyr|mann|type|kar) (?:p[aå] \w+ )?som fikser)|gir meg (?:noe|litt|en del) av (?:det|pengene))\b/),
    // Round 9: bribes told indirectly (only when an officer takes them), out the same night, clients taken and fined,
    // reports dismissed as a risk of the trade, "it does not help", an exit programme as a condition of a permit.
    bribe(/\b(?:konvolutt\w*|(?:fylle|fyller|fylte|lade|lader|ladet|sette|satte|setter) (?:inn )?(?:p[aå] )?(?:ringe)?(?:kontant|tellerskritt|kreditt)|ringekreditt|(?:litt|noe) til (?:sjefen|kaffen|gutta)|til sjefen|(?:hver|hvert|hveranne) (?:uke|fredag|l[oø]rdag|m[aå]ned)(?<=\b(?:betal\w*|gi|gir|ga|vippse?r?|vippset|overf\w*|send\w*)\b[^.]{0,40})|lar de oss (?:v[aæ]re )?i fred)\b/),
    coercedSex(/\b(?:hvis (?:jeg|hun) (?:ble med|blir med|satte meg|setter meg|gikk|g[aå]r|satte seg|setter seg) (?:\w+ ){0,3}(?:i|inn i) (?:bilen|politibilen)|hvis (?:jeg|hun) (?:var|er) (?:snill|grei) med (?:ham|han|dem))\b/),
    v(/\b(?:(?:m[aå]tte (?:v[aæ]re )?(?:ute|ut|flytte)|ga (?:oss|meg) (?:til|frist til)) (?:samme (?:natt|dag|kveld)|med en gang|umiddelbart|i (?:kveld|natt|morgen)|innen (?:kvelden|natta|morgenen|i morgen)))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.7, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    v(/\b(?:(?:(?:politiet|purken|snuten)\b[^.]{0,30}\b(?:ta|tar|tok|tatt)|(?:tok|tar) (?:de|politiet|purken)) (?:kundene|en kunde|kunder|kunden)|(?:kunde\w*|han|mannen) (?:fikk|har f[aå]tt|ble ilagt) (?:et |en )?(?:forelegg|bot|b[oø]ter)|(?:t[oø]r|tor) ingen (?:kunder )?(?:stoppe|stopper|stanse))\b/, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC'], mode: 'nohyp' }),
    v(/\b(?:(?:stoppet|stopper|stanset|kontrollert|kontrollerte) (?:meg|henne|oss|dem) (?:\w+ ){0,2}(?:to|tre|fire|fem|seks|flere|mange|\d+) ganger|(?:krevd|krevde|krever|sjekket|sjekker|sjekka) (?:legitimasjon\w*|id-?en|papirene)|(?:tatt|tok|tar) bilder? av (?:henne|oss|dem))\b/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.55, { who: 'POLICE' }),
    v(/\b(?:(?:kastet|kaster|kasta|tok|tatt|beslagla\w*) (?:de |dem )?(?:\w+ )?kondom(?:ene|er))\b/, 'POLICE_ABUSE', 'CONDOMS_AS_EVIDENCE', 0.85, { who: 'resolve', fallback: 'POLICE', onlyActors: STATE }),
    refused(/\b(?:(?:ikke|ingen) (?:opprett\w*|[aå]pne\w*|starte?r?) (?:noen |en )?sak|(?:opprett\w*|[aå]pne\w*) ikke (?:noen )?sak|henla\w*|henlagt|risiko(?:en)? (?:man|du|vi) tar|yrkesrisiko)\b/),
    fear(/\b(?:(?:hjelper|nytter) (?:jo |uansett |likevel |ikke noe )?(?:ikke|ingenting)(?<=\b(?:klag|anmeld|meld|politi|ringe)\w*\b[^.]{0,60}))/),
    v(/\b(?:(?:exit|rehab\w*)['’"]?-?program\w*(?<=\b(?:dersom|hvis|med mindre|om) (?:jeg|hun|vi) ikke (?:fullf[oø]rer|deltar|g[aå]r|begynner|blir med|m[oø]ter)[^.]{0,30})|(?:ikke (?:blir )?forlenget|mister (?:tillatelsen|oppholdet|st[oø]naden|sosialhjelpa|sosialhjelpen|ytelsen))\b[^.]{0,60}\b(?:exit|rehab\w*)['’"]?-?program\w*)/, 'COERCION_OR_TRAFFICKING', 'COMPELLED_PROGRAMME', 0.85, { who: 'resolve', mode: 'always', fallback: 'OTHER_STATE_OFFICIAL' }),
    child(/\b(?:(?:har|med) (?:tann)?regulering|(?:fyller|blir) (?:1[0-7]|tolv|tretten|fjorten|femten|seksten|sytten) (?:i|til|neste|om)\b)/),
    payer(/\b(?:(?:kundene|kunder|mennene|torskene|de)\b[^.]{0,30}\b(?:velger|vil ha|foretrekker|sp[oø]r etter|betaler ekstra for) henne)\b/),
    // Round 10: school life (after school, tests, truancy, teachers), foster homes and child-welfare institutions; debts written in a book or that grow, for travel, room, food or ads, IDs taken to register, a guard downstairs; not reporting and why.
    schoolChild(/\b(?:(?:fylte (?:jeg |hun |han )?(?:18|atten)|feiret (?:18|atten)-?[aå]rsdagen)\b(?=[^.]{0,30}\b(?:her|der|mens (?:jeg|hun) (?:var|jobbet|bodde)|i leiligheten|med de andre jentene))|(?:(?:henter|hentet|m[oø]ter|m[oø]tte|venter p[aå]|ventet p[aå]|plukker opp) (?:meg|henne|ham|oss|dem)\b[^.]{0,20}\b(?:etter skolen|utenfor skolen|ved skolen|etter skoletid)|tentamen|heldagspr[oø]ve\w*|(?:matte|engelsk|norsk)pr[oø]ve\w*|skulk\w*|kontaktl[aæ]rer\w*|(?:bor|bodde|plassert) (?:i|p[aå]) (?:fosterhjem|barnevernsinstitusjon|institusjon|beredskapshjem)|fosterhjem\w*|fosterforeldr\w*|fostermor|fosterfar|barnevernsinstitusjon\w*|beredskapshjem\w*|ungdomshjem\w*|(?:gj[oø]r|gjorde|gj[oø]re) lekser)\b)/),
    control(/\b(?:(?:bok|boka|boken|notatbok\w*|liste)\b(?<=\b(?:skriver|skrev|noterer|noterte|f[oø]rer|f[oø]rte)\b[^.]{0,25}\b(?:i|p[aå]) (?:en |ei )?\w+)(?<=\b(?:skyld\w*|gjeld\w*)\b[^.]{0,80})|gjelda? (?:blir|ble) (?:bare )?(?:st[oø]rre|mer)|gjelda? (?:vokser|[oø]ker|g[aå]r aldri ned)|every week it is more|hver uke (?:blir det )?mer|skylder (?:ham|henne|dem|sjefen)\b[^.]{0,20}\b(?:for )?(?:reisen|billetten|turen|mat|rom|husleie|annonse\w*|kl[aæ]r|sminke|oppl[aæ]ring)|(?:tok|samlet (?:inn)?) (?:passene|id-?ene|id-?kortene|papirene|legitimasjonen) (?:v[aå]re|deres) for [aå] registrere)\b/, 'DEBT_BONDAGE', 0.75),
    leave(/\b(?:(?:vakt|mann|fyr)(?<=\b(?:en|noen) \w+) (?:som )?(?:passer p[aå]|vokter|st[aå]r (?:nede|utenfor|i d[oø]ra)) (?:oss|meg|henne|d[oø]ra|nede|utenfor)?|f[aå]r ikke g[aå] ut alene)/),
    fear(/\b(?:(?:ringte|anmeldte|kontaktet|meldte|gikk) (?:ikke|aldri) (?:til )?(?:politiet|purken|det)\b[^.]{0,10}\b(?:for|fordi)\b|anmelde (?:til|hos) hvem|hvem skal (?:jeg|vi) (?:anmelde|klage) til|bare (?:sp[oø]rre|le|si|ringe|kaste)(?<=\b(?:de|politiet) (?:ville|vil|kommer til [aå]) bare \w+))/),
  ],
};

const ZH: GeneralRules = {
  ownChild: /(?:我|我們|我们|我哋)(?:的|个|個|嘅|屋企)?(?:仔|女|儿子|兒子|女儿|女兒|孩子|细路|細路|小朋友|大仔|大女|细仔|細仔)|(?:問我|问我|話我|话我|說我|说我|講我|讲我|以為我|以为我|當我|当我)(?:係咪|是不是|是否|係唔係|係|是|好似|好像|好象|似|像)?$|(?:我)?(?:睇落|看起来|看起來)(?:好)?(?:似|像)?$|(?:被)?(?:當成|当成|當作|当作|誤認為|误认为|以為是|以为是)$|救$|(?:正月|大年)$|(?:屋企|家裡|家里|家中|老家)(?:仲|還|还|都)?有(?:個|个|一個|一个|兩個|两个)?$|^(?:細路|细路|孩子|小朋友|仔女)要(?:養|养|供|照顧|照顾|湊|凑)|^(?:學生妹|学生妹|女學生|女学生|學生|学生)['‘’"“”]?(?:風格|风格|造型|裝|装|制服|角色扮演)|^初[一二三四五六七八九十](?:我|她|他)?就?(?:回|返|走|開工|开工|上班)|(?:似|像|好似|好像|扮)$/,
  ownChildAfter: /(?:的|嘅)(?:女儿|女兒|儿子|兒子|大仔|大女|细仔|細仔)/,

  actors: [actor(/(?:經理人|经理人)/, 'THIRD_PARTY'), actor(/(?:(?:(?:酒店|酒店嘅|酒店的|賓館|宾馆|旅館|旅馆|商場|商场|時鐘酒店|时钟酒店)(?:保安|護衛|护卫|看更)|民兵|民團|民团)|(?:酒店前台|酒店前枱|酒店職員|酒店职员|酒店接待|旅館老闆|旅馆老板))/, 'OTHER'), actor(/(?:辅警|輔警|协警|協警|联防队|聯防隊)/, 'POLICE'), actor(/(?:城管|食環署|食环署|屋宇署|消防處|消防处|工商局|市場監管|市场监管|街道办|街道辦|居委会|居委會)/, 'OTHER_STATE_OFFICIAL'), actor(/(?:地產|地产|房屋中介|租房中介|二房東|二房东|物業管理|物业管理|管理處|管理处)/, 'LANDLORD'), actor(/(?:家長|家长|鄰居|邻居|街坊|其他媽媽|其他妈妈)/, 'MEMBER_OF_PUBLIC'), actor(/(?:(?:保安|護衛|护卫)(?<![請请聘冇没沒](?:保安|護衛|护卫)))/, 'THIRD_PARTY'), actor(/(?:客(?<=(?:個|个|條|条)客)(?!廳|厅|人|氣|气|戶|户|服|觀|观|套|房))/, 'CLIENT'), actor(/(?:衞生科|社會衞生科|姑娘(?<=(?:護士|护士|診所|诊所|衞生科|衛生科|卫生科|醫院|医院|驗身|验身|睇醫生|看医生)[^。]{0,12}姑娘))/, 'HEALTH_WORKER'), actor(/(?:社團人士|社团人士|社團|社团|黑社會|黑社会|黑帮|黑幫)/, 'OTHER'), actor(/(?:陌生人|路人|有个人|有個人|街上(?:有个|有個)?(?:人|男人|女人|大妈|大媽|阿伯))/, 'MEMBER_OF_PUBLIC'), ],
  acts: [
    act(/(?:刀(?<=(?:用|拿|揸|持)刀)|枪(?<=(?:用|拿)枪)|槍(?<=(?:用|拿)槍)|刀指住|刀指着|刀架)/, 'WEAPON', 0.8, 'always'),
    act(/(?:(?:俾|畀|给|給)[^。，,]{0,6}(?:錢|钱|蚊|万|萬|块|塊)[^。]{0,4}(?:唔係就|唔系就|先放|否則|否则|不然|就放)|要我(?:俾|畀|给)[^。，,]{0,4}(?:錢|钱|蚊|块))/, 'DEMAND', 0.85, 'nohyp'),
    act(/(?:(?:钱|錢)(?:全部|都|通通)?(?:俾|畀|被|给|給)(?:佢|他|她)(?:攞走|拿走|收走|袋走|拿去|攞晒))/, 'TAKE', 0.85),
    act(/(?:扣(?:我|我哋|我们|我們|她|佢)?[^。，,]{0,3}(?:一半|[一二三四五六七八九]成|\d+ ?%|百分之))/, 'SKIM', 0.75, 'always'),act(/(?:活該|活该|抵死|自找的|自作自受)(?<!(?:会|會|肯定|一定)[^。，,]{0,3}(?:活該|活该|抵死|自找的|自作自受))/, 'BLAME', 0.75, 'always'),
    act(/(?:掐(?:着|住|著)?(?:我)?(?:的)?(?:脖子|頸|颈|喉)|推(?:我)?(?:去|到)?撞(?:牆|墙)|把我推|將我推|将我推|撞(?:牆|墙)|摔(?:了|爛|烂|坏|壞)?(?:我)?(?:的)?(?:手机|手機)|(?:手机|手機)摔)/, 'ASSAULT', 0.85),
    act(/(?:(?:搶走|抢走|搶了|抢了|搶咗)(?:我)?(?:的)?|(?:钱|錢)全(?:部)?(?:拿走|攞走|抢走|搶走))/, 'SEIZE', 0.85),
    // Round 8: pay-to-avoid ("交了就不拘留"), no receipt, protection money, exposure threats; phones kept by officers.
    act(/(?:就(?:不|唔|冇|没)(?:拘留|拉|抓|告|通知|罰|罚|扣|关|關)(?<=(?:交|畀|俾|给|給)[^。，,]{0,14})|就(?:拘留|拉|抓|告|关|關|通知)(?<=(?:不|唔)(?:交|畀|俾|给|給)(?:錢|钱)?就..)|(?:单子|單子|收据|收據|收条|收條|收據|发票|發票)都(?:没|冇|沒)(?:给|畀|俾|開|开)|(?:进|進|落)(?:了|咗)?(?:他们|他們|佢哋|佢|他)(?:自己)?(?:的)?(?:口袋|腰包|袋)|(?:不|唔|冇|没)(?:给|給|畀|俾|開|开)(?:收據|收据|單|单)|陀地|睇場費|睇场费|看场费|看場費|規費|规费|(?:唔|不)(?:俾|畀|给|給|交)(?:錢|钱)?就[^。]{0,4}(?:同|话|話|告诉|告訴|讲|講|说|說|发|發|寄|post)|(?:否則|否则|不然|唔係就|唔系就)[^。]{0,6}(?:告訴|告诉|话|話|同|发|發|讲|講)[^。]{0,6}(?:老公|家人|屋企|男朋友|父母|爸妈|爸媽|公司|老闆|老板|学校|學校))/, 'DEMAND', 0.85, 'nohyp'),
    act(/(?:(?:手機|手机|電話|电话|證件|证件)(?:也|都)?(?:被|俾|畀)(?:他们|他們|佢哋|警察|差佬|公安)?(?:扣|收|拿走|沒收|没收|攞走)(?:了|咗|起|走|住)?)/, 'SEIZE', 0.85),
    // Round 9: a levy whoever collects it, a landlord included ("茶錢" on top of the rent).
    act(/(?:茶錢|茶钱|保護費|保护费|陀地|(?:場費|场费)(?<=(?:睇|看)(?:場費|场费))|規費|规费)/, 'LEVY', 0.85, 'nohyp'),
    // Round 10: slurs quoted or named (北姑, 髒, 你們這種人), resolved by who says them; a free session demanded.
    act(/(?:北姑|北妹|雞婆|鸡婆|臭雞|臭鸡|賤人|贱人|婊子|破鞋|(?:髒|脏|賤|贱|臭|雞|鸡|骯髒|肮脏)(?<=「(?:髒|脏|賤|贱|臭|雞|鸡|骯髒|肮脏))(?=」)|你們這種人|你们这种人|你哋呢啲人|你们这些人|你們這些人|這種女人|这种女人)/, 'INSULT', 0.75, 'nohyp'),
    act(/(?:免費(?:做|陪|玩|服務|一次)|免费(?:做|陪|玩|服务|一次)|白做|白玩|打白炮|唔俾錢做)(?<=(?:唔係就|唔系就|否則|否则|不然|要不|要唔係|唔係)[^。]{0,20}|(?:要|叫|逼)(?:我|佢|她)[^。]{0,6}(?:免費|免费|白做|白玩|打白炮|唔俾錢做))/, 'LEVY', 0.85, 'nohyp'),
  ],
  violations: [
    control(/(?:逼我(?:出嚟|出来|出去)?(?:做|接客|賣|卖)|迫我(?:出嚟|出来)?(?:做|接客))/, 'FORCED_ENTRY', 0.85),
    leave(/(?:(?:我)?想走[^。]{0,10}(?:打死|打我|殺|杀|搵人)|(?:走|離開|离开)就(?:打|殺|杀))/),
    v(/(?:(?:当住|當住|当着|當着|喺|在)(?:其他|其它|所有)?(?:病人|人|大家)(?:面前|面)[^。]{0,10}(?:讲|講|说|說|话|話)|(?:讲|講|说|說)(?:咗|了)?(?:俾|给)(?:所有人|大家|其他病人)(?:知|听|聽))/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/(?:(?:唔肯|不肯|拒绝|拒絕|唔願意|不愿意)(?:帮我|幫我|同我|给我|俾我)?(?:睇|看|检查|檢查|治|医|醫))/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/(?:唔准(?:我哋|我们|我們)?(?:休息|請保安|请保安|用套)|不准(?:我们|我們)?(?:休息|请保安|請保安))/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    child(/(?:初中|高中|國中|国中|初一|初二|初三|(?<!其)中一|中二|中三|中四|中五|中六|高一|高二|高三|小五|小六|五年級|五年级|六年級|六年级|援交|援助交際|援助交际|細路女|细路女|細路仔|细路仔|細路|细路|女學生|女学生|學生仔|学生仔|讀中學|读中学|讀初中|读初中|還在讀|还在读|仲讀緊|仲读紧|讀緊書|读紧书|上學|上学|未夠(?:十八|18)|未够(?:十八|18)|不够(?:十八|18)|唔夠(?:十八|18)|不滿(?:十八|18)|不满(?:十八|18)|才(?:十[二三四五六七]|1[2-7])|少女)/),
    control(/(?:(?:护照|護照|身份证|身份證|证件|證件|回乡证|回鄉證)[^。，,]{0,4}(?:在|喺)(?:他|佢|她|老板|老闆|中介|公司|妈咪|媽咪)(?:那里|那裡|那兒|度|手上|手里|手裡))/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/(?:(?:安排|叫|逼|迫|強迫|强迫|要)(?:她|我|佢|我们|我們|我哋|佢哋)(?:晚上|每晚|夜晚)?(?:去)?(?:陪客|接客|出去企街|賣淫|卖淫|做鸡|做雞))/, 'FORCED_ENTRY', 0.8),
    control(/(?:(?:说是|說是|话系|話係)(?:去)?[^。，,]{0,8}(?:打工|工作|做嘢|返工|做服务员|做服務員)|结果(?:被|要)(?:关|關|逼|迫|接客)|(?:以为|以為)(?:是)?[^。，,]{0,8}(?:打工|工作|做嘢|返工))/, 'DECEPTION', 0.8),
    leave(/(?:(?:才|先)可以走|不能走|走不了|唔可以走|唔走得|做满[^。]{0,6}才|做滿[^。]{0,6}先|被关|被關|关在|關喺|锁在|鎖喺|不让我回家|唔俾我返屋企|逃出来|逃出嚟)/),
    fear(/(?:报了也没用|報咗都冇用|报警也没用|報警都冇用|报警没用|告都冇用|报了没用)/),
    // Round 7: not daring to report, in simplified and traditional wording; police who pressure a landlord.
    fear(/(?:不敢(?:去)?(?:报警|報警|报案|報案|去派出所|去警察局)|唔敢(?:去)?(?:報警|报警|報案|去差館)|(?:报|報)了(?:他们|他們|佢哋)?(?:肯定|一定|都会|都會)?(?:先)?(?:查我|抓我|拘留我|罰我|罚我))/),
    v(/(?:(?:民警|警察|派出所|差佬|警方|公安)[^。]{0,20}(?:找过|找過|上门|上門|警告|通知|搵過|搵过)(?:了)?(?:他|佢|房东|房東|业主|業主)|连带处理|連帶處理)/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.6, { who: 'POLICE', mode: 'always' }),
    // Round 8: papers of every kind kept ("雙程證收埋"), a debt not yet repaid told with its negation, condoms as 證物, gangs' fees, refusals by banks and landlords.
    control(/(?:(?:證|证|護照|护照)(?<=(?:將|将|把)(?:佢|她|我)?(?:的|嘅|個|个)?[^。，,]{0,6}(?:證|证|護照|护照))[^。，,]{0,8}(?:收埋|收起|扣埋|扣住|扣起|鎖埋|锁起|收走|拿走|攞走|沒收|没收|收咗|扣咗|扣了|收了)|(?:雙程證|双程证|回鄉證|回乡证|通行證|通行证|簽證|签证|工作證|工作证|居留證|居留证)[^。，,]{0,6}(?:收埋|收起|扣埋|扣住|扣起|收走|拿走|攞走|沒收|没收|收咗|扣咗|扣了|收了))/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/(?:(?:未|冇|没|沒|还没|還未|还未)(?:有)?(?:還|还)(?:清|完|晒)[^。]{0,12}(?:唔准|不准|不能|唔可以|唔得|不许|不許)|(?:還|还)(?:清|完|晒)[^。，,]{0,4}(?:才能|才可以|先可以|先至可以|先准|才准))/, 'DEBT_BONDAGE', 0.8),
    v(/(?:(?:套|安全套|避孕套)[^。]{0,12}(?:證物|证物|物證|物证)|(?:搜走|攞走|拿走|收走|沒收|没收)(?:了|咗|晒)*[^。，]{0,8}(?:啲|的)套)/, 'POLICE_ABUSE', 'CONDOMS_AS_EVIDENCE', 0.85, { who: 'POLICE' }),
    v(/(?:(?:唔做|不做|唔接|不接)(?:你|你哋|你们|你們)?(?:呢|这|這)(?:類|类|種|种|啲|些)(?:客|人|生意)|(?:一聽|一听|知道)(?:我|到我)?(?:做|係做|是做)[^。，,]{0,8}(?:即刻|马上|馬上|就)(?:收線|收线|挂线|掛線|拒絕|拒绝|唔租|不租|赶人|趕人))/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT'] }),
    payer(/(?:客[^。，,]{0,5}(?:照搵|搵|找|點|点|揀|拣|要|包)(?:佢|她))/),
    bringer(/(?:馬伕|马夫|皮條|皮条|雞頭|鸡头)/),
    // Round 9: bribes told indirectly (only when an officer takes them), a levy with a threat to call the police, care put last
    // and gossiped about at a clinic, wages held and guards forbidden, braces.
    bribe(/(?:紅包|红包|利是|信封|充值|(?:費|费)(?<=(?:話|话)(?:費|费))|增值|買煙|买烟|香煙|香烟|(?:飲茶|饮茶|喝茶|食飯|吃饭)(?<=(?:請|请)(?:飲茶|饮茶|喝茶|食飯|吃饭))|孝敬)/),
    v(/(?:(?:報警|报警|叫差佬|告發|告发)(?<=(?:唔俾|不给|不給|唔畀|不交|唔交|冇俾|没给)(?:錢|钱)?(?:嘅話|的话|的話|就)[^。，,]{0,4}(?:報警|报警|叫差佬|告發|告发)))/, 'EXTORTION', 'THIRD_PARTY_EXTORTION', 0.85, { who: 'resolve', mode: 'always', notActors: ['POLICE'] }),
    v(/(?:(?:最後|最后)(?<=(?:等到|排到)(?:最後|最后))|最後先(?:睇|叫)|最后才(?:看|叫)|(?:邊|边)(?<=坐埋一(?:邊|边))|候(?:區|区|診室|诊室)(?<=(?:成個|整个|成个|整個)等?候(?:區|区|診室|诊室))(?=(?:都|的人都)?(?:聽到|听到|知道))|(?:雞|鸡)(?<=(?:又一個|又一个)做(?:雞|鸡))|黑晒面|黑晒(?<=面黑晒)|面黑(?<=塊面黑))/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', onlyActors: ['HEALTH_WORKER'] }),
    v(/(?:(?:工資|工资|工錢|工钱|薪水|薪金|工(?<=人工))(?<=(?:扣起|扣住|扣押|扣咗|扣了|拖欠|唔出|不发|不發|冇出|没发|沒發)[^。，,]{0,6}(?:工資|工资|人工|工錢|工钱|薪水|薪金)))/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'POLICE', 'OTHER_STATE_OFFICIAL', 'MEMBER_OF_PUBLIC'], mode: 'always' }),
    v(/(?:(?:看更|保安|睇場|睇场)(?<=(?:唔准|不准|不許|不许|唔俾|不让|不讓)[^。，,]{0,6}(?:請|请)(?:看更|保安|睇場|睇场))|(?:齊|起)(?:開工|开工|做|住)(?<=(?:唔准|不准|不许|不許)[^。，,]{0,6}(?:一齊|一起)(?:開工|开工|做|住)))/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.7, { who: 'resolve', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC'], mode: 'always' }),
    fear(/(?:(?:報警|报警|報案|报案)(?:都|也)?(?:有咩用|有什么用|有甚麼用|冇用|没用|沒用))/),
    child(/(?:牙箍|箍牙|戴牙套)/),
    bringer(/(?:(?:叫|逼|迫|安排)(?:佢|她)(?:出嚟|出来)?(?:做|接客|企街))/),
    // Round 10: school life (after school, exams, resits, truancy, homeroom teachers), care homes and foster families; debts for travel, training, make-up, clothes, board written in a notebook or that grow, IDs taken 'to register', someone watching, not allowed out; not reporting and why (complain to whom? nothing came of it), a sex-work premises charge and court; parents' group chats.
    schoolChild(/(?:(?:(?:歲|岁)(?<=(?:在这里|在這裡|喺度|喺呢度|喺嗰度|在那里|在那裡)[^。]{0,6}(?:十八|18)(?:歲|岁))|(?:滿|满|夠|够)(?:十八|18)(?<=(?:来|來|嚟)(?:的|嘅)(?:時候|时候)(?:還|还|仲)?(?:未|没|沒|冇)(?:滿|满|夠|够)(?:十八|18)))|(?:(?:放學後|放学后|放學之後|放学之后|放咗學|下課後|下课后)(?<!(?:接|送|帶|带)(?:完|咗|了)?(?:我|我的|我嘅)?(?:女儿|女兒|儿子|兒子|孩子|小朋友|個仔|個女|仔|女)[^。，,]{0,6}(?:放學後|放学后|放學之後|放学之后|放咗學|下課後|下课后))(?![^。，,]{0,8}(?:接|送|帶|带)(?:我|我的|我嘅)?(?:女儿|女兒|儿子|兒子|孩子|小朋友|個仔|個女|仔|女))|補考|补考|期中考|期末考|中考|會考|会考|班主任|班主任|逃課|逃课|逃學|逃学|翹課|翘课|曠課|旷课|福利院|孤兒院|孤儿院|兒童院|儿童院|寄養家庭|寄养家庭|兒童之家|儿童之家|少年之家|國小|国小|國一|国一|國二|国二|國三|国三|初二|高職|高职|校服|開學|开学))/),
    control(/(?:欠(?:她|他|佢|老板|老闆|妈咪|媽咪|公司|中介|经理|經理)?(?:的)?(?:[^。，,]{0,3})(?:路费|路費|機票|机票|車費|车费|船费|船費|培训费|培訓費|化妆费|化妝費|服装费|服裝費|衣服(?:钱|錢)|住宿费|住宿費|伙食费|伙食費|食宿|介绍费|介紹費|中介费|中介費|手续费|手續費|办证费|辦證費)|越记越多|越記越多|越欠越多|越滚越多|越滾越多|利滚利|利滾利|(?:记|記)(?:在)?(?:本子|簿|帳|账|数|數)(?:上)?(?<=欠[^。]{0,40})|(?:身份证|身份證|证件|證件|护照|護照)[^。]{0,12}(?:统一登记|統一登記|统一保管|統一保管|代为保管|代為保管|帮我保管|幫我保管|幫你保管|帮你保管|收走|收咗|收了|收去|拿走|扣下|扣了|没收|沒收))/, 'DEBT_BONDAGE', 0.8),
    leave(/(?:(?:看着|看著|看守|盯着|盯著|守着|守著|睇住|看门|看門|跟着|跟著)(?<=(?:有|派)人..)|(?:出门|出門|出去|外出|出街|离开|離開|下楼|落街)(?<=(?:不许|不許|不准|不準|不让|不讓|唔准|唔俾|唔畀)(?:我们|我們|我|她们|她們|她|我哋|佢哋|佢)?(?:单独|單獨|自己)?..))/),
    fear(/(?:(?:投诉|投訴|举报|舉報|报警|報警|告)(?:给|給|向|搵)?(?:谁|誰|邊個)|所(?:里|裡)的人(?<=都是一(?:个|個)所(?:里|裡)的人)|官官相(?:护|護)|(?:報警|报警|報案|报案)(?<=(?:不欲|不想|唔想|不願|不愿|冇|没有|沒有|没|沒)(?:去)?..)(?=[^。]{0,3}(?:擔心|担心|怕|驚|因為|因为|因|費事|费事))|(?:警方|警察|差佬|公安)(?<=(?:擔心|担心|驚|怕)(?:警方|警察|差佬|公安)))/),
    refused(/(?:(?:下文|跟進|跟进|回音)(?<=(?:冇|没有|沒有)..)|不了了之|理(?<=(?:唔|不)理)(?:個|个)?(?:賊|贼|客|人))/),
    v(/(?:賣淫場所|卖淫场所|(?:等|要)上庭|落案起訴|落案起诉|被控|控告我|控我|拘了|被拘)/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'OTHER'] }),
    v(/(?:(?:群組|群组|群裡|群里|群入面|群(?<=(?:line|微信)群))[^。]{0,12}(?:說|说|話|话|講|讲|傳|传|認出|认出)|(?:不要|唔好|别|別)(?:讓|让|俾|畀)(?:他們|他们|佢哋)?(?:家)?(?:小孩|孩子|細路)(?:跟|同|和))/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.75, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT'], mode: 'always' }),
    v(/(?:(?:收取|收走|拿走|攞晒|收晒|拿晒)(?:其|佢|她|我|我們|我们)?(?:的|嘅)?(?:全部|所有)(?:收入|收益|錢|钱|人工|工錢|工钱)|未有分毫發還|分文未還|分文未还|(?:钱|錢)都(?:没|沒|冇)(?:给|給|俾|畀|還|还)(?<=一分(?:钱|錢)都..))/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'POLICE', 'OTHER_STATE_OFFICIAL', 'MEMBER_OF_PUBLIC'], mode: 'always' }),
    v(/(?:禁止[^。]{0,20}(?:聘請|聘请|請|请)(?:人士|人)?(?:看場|看场|睇場|睇场|保安)|禁止[^。]{0,12}(?:合租|一起住|一齊住|一起做|一齊做))/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.7, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'POLICE'], mode: 'always' }),
  ],
};

const TPI: GeneralRules = {
  ownChild: /\b(?:pikinini (?:meri |man )?bilong (?:mi|mipela)\b|mi (?:wanpela )?mama bilong (?:\w+ )?(?:pikinini\b|$)|(?:samting|klos|skul fi|skul|kaikai|mani|haus|buk|papa|mama) bilong (?:ol )?$|(?:tokim|tok long|holim|lukautim|wantaim) (?:ol )?$|narapela (?:i gat )?$|\b(?:mi|mipela|em) gat (?:wanpela|tupela|tripela|foapela|fopela|faivpela|sikspela|planti|sampela|\d) $|\b(?:ai|pes|fes|fran) bilong (?:ol )?$|\b(?:namba (?:wan|tu|tri)|fes|las|bikpela|liklik)(?: pikinini)?(?: bilong mi)? (?:i gat|em i) $|\b(?:sut|marasin|sot|injeksen) long (?:ol )?$|\bting (?:olsem )?(?:mi|em) (?:i )?(?:stap )?$)/,
  durationBefore: /\b(?:inap|long|bilong|winim) $/,

  actors: [actor(/\b(?:(?:seki?uriti(?: gad)? (?:long|bilong) (?:gest ?haus|gestaus|hotel|haus slip|lojing|stoa|maket|sopin|bar|klab)|milisia)\b|(?:klaien(?= i (?:tok|stori|ripot|no laik ripot|no kisim pe|bin tok|explainim)\b)))/, 'OTHER'), actor(/\b(?:komiti bilong (?:setlmen|setelmen|ples|viles)|ol yut)\b/, 'MEMBER_OF_PUBLIC'), actor(/\b(?:sekuriti(?: gad)?(?! bilong gavman))\b/, 'THIRD_PARTY'), actor(/\b(?:papa bilong (?:gestaus|gest haus|haus slip|lojing|bilding|rum)|ona bilong (?:gestaus|gest haus|bilding))\b/, 'LANDLORD'), actor(/\b(?:papa graun(?: bilong haus)?|mama graun)\b/, 'LANDLORD')],
  acts: [
    act(/\b(?:holim (?:bus )?naip|holim gan|soim (?:bus )?naip|soim gan)\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:mas )?givim (?:(?:em|ol|mi|ol polis) )?(?:\[money_\d+\]?|mani|pe|sampela mani) o (?:em|ol|bai)|(?:em|ol) i askim (?:mi|mipela) long (?:\[money_\d+|mani|pe))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:paitim (?:mi|mipela)(?<=\bsapos (?:mi|mipela) (?:tok nogat|les|no laik|no givim|no bringim|laik lusim|lusim|laik go|laik ranawe|ranawe|go bek)\b[^.]{0,40}\bi (?:save )?paitim (?:mi|mipela)))\b/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:kisim hap (?:mani|pe)|kisim (?:planti|bikpela hap) (?:mani|pe))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:em|ol) (?:yet )?i (?:save )?kisim (?:olgeta )?(?:mani|pe))\b/, 'TAKE', 0.85),
    act(/\b(?:pulim (?:bek )?mani|pulim (?:bek )?bek|stilim)\b/, 'SEIZE', 0.85),
    act(/\b(?:pusim (?:mi|em|mipela) (?:i )?(?:go )?daun|pusim (?:mi|em|mipela))\b/, 'ASSAULT', 0.85),
    act(/\b(?:(?:i )?no laik baim (?:mi|mipela)|no baim (?:mi|mipela)(?<!\b(?:mun|wik)\b[^.]{0,12}no baim \w+))\b/, 'NONPAYMENT', 0.75, 'always'),
    act(/\b(?:yu yet (?:i|yu) painim)\b/, 'BLAME', 0.75, 'always'),
    // Round 8: protection money, and what happens to whoever does not pay.
    act(/\b(?:protection fee|protekson(?: fi| mani)?|sapos (?:nogat|no gat|(?:mi|ol|em|yu|ol meri) i? ?no (?:givim|peim|bringim|baim))\b[^.]{0,25}\bbai (?:ol|em|mi) i? ?(?:paitim|kalabusim|holim|bagarapim|katim|kilim|rausim|kisim|slip long kalabus)|givim (?:\w+ )?(?:\[money_\d+\]?|mani|pe|k\d+)\W{0,3}(?:nogat|o) bai)\b/, 'DEMAND', 0.85, 'nohyp'),
    // Round 9: "moni" as well as "mani".
    act(/\b(?:givim (?:(?:em|ol|mi|ol polis) )?(?:moni|sampela moni) o (?:em|ol|bai))\b/, 'DEMAND', 0.85, 'nohyp'),
    // Round 10: a 'small looking after' or a free night demanded; pamuk meri shouted.
    act(/\b(?:lukautim (?:mipela|mi|ol) liklik|slip (?:wantaim (?:wanpela (?:bilong ol|long ol) |ol |em )?)?fri|fri (?:seks|slip|koap))\b/, 'LEVY', 0.85, 'nohyp'),
    act(/\b(?:(?:singaut|kolim|tok) (?:'|")?pamuk(?: meri)?(?:'|")?(?: long (?:mi|mipela))?)/, 'INSULT', 0.75, 'nohyp'),
  ],
  violations: [
    v(/\b(?:tokim (?:olgeta|ol) (?:man|lain|pasin)\b[^.]{0,40}\b(?:sik|hiv|status)|wet ?rum)\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:i no (?:save )?peim (?:mi|mipela) long taim|no larim (?:mi|mipela) (?:i )?(?:gat|kisim|holim) (?:sekuriti|gat))\b/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    child(/\b(?:(?:greid|greit|gred|grade|klas) (?:[1-9]|1[0-2])\b|skul yunifom|yunifom bilong skul|stap (?:yet )?long skul|skul yet|gel skul|sumatin|yangpela (?:meri|pikinini)(?![^.]{0,40}\[age_(?:1[89]|[2-9]\d))|i no (?:kamap )?bikpela yet|i no (?:kamap )?(?:18|eitin) yet|liklik pikinini)\b/),
    control(/\b(?:giamanim (?:mi|em|mipela|ol)|tok giaman (?:long|olsem)|salim (?:mi|em|ol meri) (?:long|i go long) (?:ol )?(?:man|kastoma|draiva)(?<=\b(?:em|ol|bilong mi|boifren|bos) i (?:save )?salim \w+(?: meri)? (?:long|i go long) (?:ol )?\w+))\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:(?:mi|mipela|em) no inap (?:go|lusim|wokabaut|kam|ran) (?:ausait|long haus|bek|i go)|lokim dua|pasim dua (?:na|long) (?:mi|mipela) (?:i )?(?:stap )?insait)\b/),
    v(/\b(?:tok (?:mi|mipela) (?:mas|bai) lusim (?:haus|rum|ples)|rausim (?:mi|mipela) long (?:haus|rum|ples|viles|setelmen|komuniti))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:(?:nes|dokta|klinik|haus sik|ol wokman bilong klinik)\b[^.]{0,40}\b(?:i no laik (?:lukim|helpim|givim|tritim)|tok mi mas go long narapela|rausim mi))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/\b(?:(?:stoa|bank|hotel|gest haus|bas|pmv|taksi|kantin|sios|skul)\b[^.]{0,40}\b(?:i no laik (?:salim|givim|larim|opim|kisim|helpim|lukim)|tambuim (?:mi|mipela))|(?:no laik|i no laik|i no) opim akaun)\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER', mode: 'always' }),
    v(/\b(?:(?:kotim (?:mi|mipela)|kot)\b[^.]{0,40}\b(?:pamuk|fain)|givim (?:mi|mipela) (?:wanpela )?fain)\b/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.75, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL' }),
    // Round 7: not reporting and why; a report not written; no lawyer; a landlord who wants no trouble with the police.
    fear(/\b(?:(?:mi|em|mipela) no (?:go|ripot\w*|ripotim)(?: long)? (?:polis|long polis)\b[^.]{0,80}\b(?:lap|pret|bai|long wanem|ol i save)|sapos (?:mi|mipela|em) go(?: long polis)?,? bai ol i (?:holim|kalabusim|lokim|arestim|kisim|kotim))/),
    v(/\b(?:(?:ol|polis) i no (?:laik )?(?:raitim|kisim) (?:ripot|stori|komplein)|(?:no|i no) larim (?:em|mi|mipela|ol) (?:i )?(?:toktok|tok|lukim|kisim) (?:wantaim )?(?:loya|lawyer))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:(?:no laik|i no laik) (?:trabel|hevi) wantaim (?:ol )?polis)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.6, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:(?:no gat|nogat|i no gat) ples (?:long|bilong) slip|troimwe (?:ol )?samting bilong (?:mi|mipela)|yu no ken stap long haus bilong mi)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    // Round 8: not reporting for fear of being jailed too; a charge under sex-work law; police who go to the landlord.
    fear(/\b(?:sapos (?:mi|mipela|em) (?:go|ripot\w*)(?: long polis)?,? (?:ol|polis) (?:bai|i bai|bai i) (?:holim|kalabusim|lokim|arestim|kisim|kotim|sasim))/),
    v(/\b(?:sasim (?:mi|em|mipela|ol meri|ol) long\b[^.]{0,20}(?:prostitution|pamuk|seks wok|earnings|lo bilong))/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC'] }),
    v(/\b(?:polis\w*\b[^.]{0,40}\btokim (?:papa graun|mama graun|bos bilong haus|landlord))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE', mode: 'always' }),
    payer(/\b(?:(?:baim|peim) (?:\[money_\d+|mani|em)(?<=\bol man i (?:save )?\w+ \[?\w+)|givim (?:em|mi) mani(?<=\bol man i (?:save )?givim \w+ mani))/),
    bringer(/\b(?:salim (?:em|mi|ol) i go long (?:ol )?man)\b/),
    // Round 9: bribes told indirectly (only when an officer takes them), a charge under the law named, everyone put out, who pays the relative.
    bribe(/\b(?:(?:kad|kat) (?:bilong )?(?:fon|digicel|bmobile)|flex ?kad|(?:putim|salim|baim) (?:flex|kredit)|bilong bosman bilong (?:ol )?polis|(?:olgeta|wan wan) (?:wik|fraide|sarere|mun)(?<=\b(?:givim|peim|baim|salim)\b[^.]{0,40}))\b/),
    v(/\b(?:(?:aninit long|brukim) (?:dispela )?lo\b|living on the earnings|lo bilong (?:pamuk|prostitution|seks wok))/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC'] }),
    v(/\b(?:rausim (?:olgeta|ol) (?:meri|lain|man)\b)/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
    payer(/\b(?:ol man i (?:save )?(?:givim|peim|baim) (?:moni|mani|pe) long (?:anti|bos|em|papa|mama|brata|susa|boifren|angkel))\b/),
    // Round 10: school life (after school, exams, teachers, homework); a debt ('kaon', 'dinau') for food, room or fare to be paid off before leaving; pay held by the boss; not reporting and why (report to whom?), a report not written, care refused.
    schoolChild(/\b(?:(?:(?:kamap|kisim|pinisim) (?:18|eitin)(?: krismas| yia)? (?:long hia|hia|long dispela ples|long haus bilong em))\b|(?:bihain long skul|tisa bilong (?:mi|em)|eksam|homwok|skul (?:i )?pinis long apinun)\b)/),
    control(/\b(?:kaon(?<=\b(?:ol|em|mipela|mi|yu) i? ?gat kaon)|kaon (?:long|bilong) (?:kaikai|rum|haus|tiket|balus|sip|pmv|klos|rot)|(?:pinisim|baim (?:bek )?|peim (?:bek )?|bekim) (?:kaon|dinau))\b/, 'DEBT_BONDAGE', 0.8),
    leave(/\b(?:inap (?:go|lusim|kalap|ranawe)\b(?<=\b(?:ol|em|mi|mipela) i? ?no inap \w+)[^.]{0,40}\binap (?:ol|em|mi|mipela) (?:i )?(?:pinisim|baim|peim|bekim))/),
    v(/\b(?:holim (?:pe|mani|moni) bilong (?:ol meri|mi|mipela|em|ol)|kisim pe long(?<=\bno kisim pe long) (?:wanpela|tupela|tripela|foapela|\d+|planti) (?:mun|wik))\b/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'POLICE', 'OTHER_STATE_OFFICIAL', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'OTHER'], mode: 'always' }),
    fear(/\b(?:ripot long husat|laik (?:go |ripot\w* )(?:long )?polis(?<=\bno laik \w+ (?:long )?polis))/),
    refused(/\b(?:(?:raitim|kisim) (?:ripot|stori|komplein)(?<=\bi no (?:laik )?\w+ \w+)(?<=\b(?:polis|ofisa|kaunta)\b[^.]{0,60}))/),
    v(/\b(?:kisim (?:helpim|marasin|tritmen)(?<=\b(?:em|mi) i? ?no kisim \w+)|lukautim ol pamuk(?<=\bmi no (?:save )?lukautim ol pamuk))/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'resolve', onlyActors: ['HEALTH_WORKER'], mode: 'always' }),
    v(/\b(?:laik (?:baim|salim) (?:kaikai|samting|buai) (?:long|bilong) (?:mi|mipela)(?<=\bno laik [\w ]+))\b(?<!\b(?:stoa|bank|hotel|kantin)\b[^.]{0,60})/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT'], mode: 'always' }),
  ],
};

/**
 * Round 11 (blind set K as development material): families added to every language.
 * - school years written the way people write them (abbreviated, misspelt, in words);
 * - a partner or "friend" who brought her for a job that was not the job, holds the money "for us",
 *   leaves her no bank card of her own and hits her when she wants to go home (COERCION_OR_TRAFFICKING);
 * - an exit programme imposed on pain of losing a residence permit, or "that or deportation" (COMPELLED_PROGRAMME).
 */
/** Round 11: an exit programme imposed by the state (a permit, a residence card, removal). */
const compelled = (pattern: RegExp): ViolationRule =>
  v(pattern, 'COERCION_OR_TRAFFICKING', 'COMPELLED_PROGRAMME', 0.85, { who: 'OTHER_STATE_OFFICIAL', mode: 'always' });

/** Round 11: a report that says nothing happened (a hint: used only when nothing else is found, it keeps the actor fallback off). */
const nothing = (pattern: RegExp): ViolationRule => v(pattern, 'OUT_OF_SCOPE', undefined, 0.3, { mode: 'always' });
/** Round 11: housing refused to "that kind of person" (by the landlord or letting agency). */
const housing = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'HOUSING', 0.75, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER', 'IMPERSONATOR'], mode: 'always' });
/** Round 11: recognised from an advert and turned away from a job or a shop. */
const recognised = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'EMPLOYMENT', 0.7, { who: 'resolve', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER', 'IMPERSONATOR', 'FAMILY_OR_PARTNER'], mode: 'always' });
/** Round 11: pay held for weeks or months, door staff or guards taken away, working together forbidden (by a manager or landlord). */
const labour = (pattern: RegExp, subtype = 'UNPAID_EARNINGS'): ViolationRule =>
  v(pattern, 'LABOUR_EXPLOITATION', subtype, 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'IMPERSONATOR', 'OTHER'], mode: 'always', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null } });
/** Round 11: an interrogation by shouting, table-banging or a paper signed unread (officers only). */
const interrogation = (pattern: RegExp): ViolationRule =>
  v(pattern, 'POLICE_ABUSE', 'COERCIVE_INTERROGATION', 0.8, { who: 'resolve', onlyActors: STATE, mode: 'nohyp' });

interface Additions {
  violations?: ViolationRule[];
  acts?: ActRule[];
  actors?: ActorRule[];
}

const R11: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      fear(/\b(?:(?:not|never|no point) (?:going|gonna|goin) (?:to )?(?:the )?(?:cops|police|feds|guards|gardai|garda)|believe (?:me|a \w+|us|her)(?<=\bwho(?:'d| would|'s going to|'s gonna| is going to) (?:ever )?believe \w+(?: \w+)?)|criminals?(?<=\btreat (?:me|us|her) like (?:a )?criminals?))\b/),
      refused(/\b(?:(?:declined|refused|wouldn't|would not|didn't want) to (?:take|record|log|write up|accept) (?:a |my |her |the |our )?(?:statement|report|complaint)|(?:different|another) line of work(?<=\b(?:find|get|try|choose|pick) (?:a |an )?\w+ line of work)(?<=\b(?:officer|police|cops?|copper|sergeant|desk|constable)\b[^.]{0,160}))\b/),
      labour(/\b(?:(?:hasn't|has not|haven't|have not|didn't|never) (?:been )?(?:paid|pay) (?:out )?(?:our|my|the girls'?|us|her) (?:shifts|wages|earnings)\b|(?:door|doorman|door staff|security|bouncer|minder)\b(?<=\b(?:got rid of|let go|sacked|fired|took away|removed|cut) (?:the |our |a )?(?:\w+ ){0,4}(?:door|doorman|door staff|security|bouncer|minder)))/),
      housing(/\b(?:rent (?:to|out to) (?:that kind of|those kind of|your kind of|people like|girls like|women like|people in your)\b(?<=\b(?:won't|doesn't|don't|wouldn't|didn't|not|never|refuse\w*) (?:\w+ )?rent (?:to|out to) \w+ \w+))/),
      recognised(/\b(?:recogni[sz]ed (?:me|her) (?:from|off) (?:the |my |her |an |a )?(?:ad|advert|site|website|profile|listing|escort site))\b/),
      interrogation(/\b(?:table(?<=\b(?:banging|banged|slamming|slammed|thumping|thumped|hitting|hit) (?:on )?the table)|sign (?:something|a paper|papers|a statement|a form) (?:i|she|we) (?:couldn't|could not|didn't|did not) (?:read|understand)(?<=\b(?:made|making|forced) (?:me|her|us) (?:to )?sign [^.]{0,60}))\b/),
      nothing(/\b(?:nothing to report|(?:incidents?|issues|complaints)\b(?<=\bno \w+)|positive (?:feedback|experience|news))/),
      child(/\b(?:(?:yr|grd|gr) (?:[6-9]|1[01])\b|year (?:seven|eight|nine|ten|eleven)\b|(?:7th|8th|9th|10th|11th|seventh|eighth|ninth|tenth|eleventh) grade(?:rs?)?\b|(?:middle|high)[ -]?schooler)/),
      control(/\b(?:(?:hotel|restaurant|cleaning|nanny|au pair|waitress|waitressing|bar|kitchen|factory|shop|salon|care) (?:job|work)(?<=\b(?:promised|offered|(?:said|told (?:me|her|us)) (?:there was|there were|there'd be|it was|it would be|i would|i'd|we would|we'd|she would|she'd))\b[^.]{0,60}))/, 'DECEPTION'),
      control(/\b(?:(?:card|account)\b(?<=\b(?:no|don't have|haven't got|never had|not allowed|doesn't have|hasn't got) (?:my |an |a |her )?own (?:bank )?\w+)|(?:money|cash|earnings)\b(?= ['‘"“]?for us)(?<=\b(?:keeps|takes|holds|kept|took|has) (?:all )?(?:the |my |her )?\w+))/, 'PREVENTED_FROM_LEAVING'),
      control(/\b(?:(?:hits|beats|slaps|slapped|punches)\b(?<=\b(?:want|wanted|say i want|said i wanted|ask to go|asked to go) (?:to )?(?:go )?home\b[^.]{0,50}))/, 'PREVENTED_FROM_LEAVING'),
      compelled(/\b(?:(?:exit|rehab\w*|diversion) (?:programme|program|scheme|pathway|route|plan)\b[^.]{0,100}\b(?:visa|permit|residence|leave to remain|status|deport\w*|removal))/),
    ],
  },
  es: {
    acts: [
      act(/\b(?:(?:apret[oó]|apretaba|apretando) (?:el|mi) cuello|me (?:ahorc[oó]|ahorcaba|estrangul[oó]|asfixi[oó]))\b/, 'ASSAULT', 0.85),
    ],
    violations: [
      fear(/\b(?:creer(?<=\b(?:qui[eé]n|qui[eé]nes) (?:me|nos) (?:va|van|iba) a creer)|cree(?<=\bqui[eé]n me cree)|prefiero (?:callarme|quedarme callada|no decir nada)|(?:delincuente|criminal)(?<=\b(?:tratar(?:me|nos|la)?|tratan) como (?:a una )?\w+)|no (?:fui|voy|quise ir) a la (?:comisar[ií]a|polic[ií]a|fiscal[ií]a))\b/),
      refused(/\b(?:(?:denuncia|declaraci[oó]n)(?<=\bno (?:me |le )?(?:quisieron|quiso) (?:tomar|recibir) (?:la )?\w+)|(?:laburo|trabajo)(?<=\bbusc(?:ar|ate|ara|[aá]s) (?:otro|otra) \w+)(?<=\b(?:polic[ií]a|comisar[ií]a|oficial|agente|cana|canas|milico)\b[^.]{0,160}))\b/),
      labour(/\b(?:(?:semanas|meses)(?<=\b(?:no (?:nos |me )?pag[aó]|no (?:nos |me )?paga|sin cobrar|sin pagarnos|debe) (?:hace )?(?:dos|tres|cuatro|varias|\d+) (?:semanas|meses))|(?:seguridad|patovica|vigilador)(?<=\b(?:sac[oó]|ech[oó]|despidi[oó]|quit[oó]) (?:al |a la |el |la )?(?:\w+ ){0,2}\w+))\b/),
      housing(/\b(?:alquila(?:n|mos)? a (?:ese tipo de|este tipo de|gente como|chicas como|personas como|mujeres como)(?<=\bno (?:le |les |te )?alquila(?:n|mos)? a \w+ \w+(?: \w+)?))/),
      recognised(/\b(?:reconoci[oó] (?:de|por) (?:la |el |mi |su )?(?:p[aá]gina|aviso|anuncio|perfil|sitio|web)(?<=\b(?:me|la) reconoci[oó] [^.]{3,30})|(?:entran|entra|aceptamos|atendemos|contratamos|trabajamos con) (?:putas|chicas de la calle|trabajadoras sexuales|gente como)(?<=\bno (?:entran|entra|aceptamos|atendemos|contratamos|trabajamos con) [^.]{3,30}))\b/),
      interrogation(/\b(?:golpe(?:aba|[oó]) la mesa|firmar (?:algo|un papel|una declaraci[oó]n) que no (?:entend[ií]a|entend[ií]|pod[ií]a leer)(?<=\b(?:me|la) hizo firmar [^.]{5,40}))\b/),
      nothing(/\b(?:nada (?:que|para) reportar|(?:novedad(?:es)?|incidentes)(?<=\bsin \w+)|experiencia positiva)\b/),
      child(/\b(?:grado(?<=\b(?:[5-9]|1[0-2])(?:to|vo|no|mo|er|°|º)? grado)|(?:sexto|s[eé]ptimo|octavo|noveno) (?:grado|b[aá]sico|a[nñ]o)|(?:primero|segundo|tercero|cuarto) de (?:la )?eso|(?:1er|2do|3er|4to|5to|1ro|2ndo) a[nñ]o\b(?! de (?:la )?(?:universidad|facu|carrera)))/),
      control(/\b(?:(?:trabajar|laburar|trabajo) (?:en|de|como) (?:un |una )?(?:hotel|restaurante|restaurant|limpieza|ni[ñn]era|mesera|camarera|moza|cocina|tienda|f[aá]brica|casa de familia|peluquer[ií]a)(?<=\b(?:prometi[oó]|promet[ií]a|ofreci[oó]|ofrec[ií]a|(?:dijo|dec[ií]a) que (?:iba|[ií]bamos|ibas|hab[ií]a|era|ser[ií]a|[ií]ba))\b[^.]{0,60}))/, 'DECEPTION'),
      control(/\b(?:propia\b(?<=\bno (?:tengo|tiene|ten[ií]a) (?:una )?(?:tarjeta|cuenta) propia)|(?:para nosotros|para los dos)(?<=\b(?:guarda|se queda con|agarra|maneja|tiene) (?:toda )?(?:la plata|el dinero|la guita) ['‘"“]?(?:para nosotros|para los dos)))/, 'PREVENTED_FROM_LEAVING'),
      control(/\b(?:(?:pega|golpea|cachetea)\b(?<=\bquiero (?:volver|irme|regresar)\b[^.]{0,50}\bme \w+))/, 'PREVENTED_FROM_LEAVING'),
      compelled(/\b(?:(?:programa|ruta|plan) de (?:salida|reinserci[oó]n|rehabilitaci[oó]n)\b[^.]{0,100}\b(?:residencia|permiso|papeles|radicaci[oó]n|precaria|deport\w*|expuls\w*|migraciones))/),
    ],
  },
  pt: {
    acts: [
      act(/\b(?:(?:apertou|apertava|apertando) (?:o )?(?:meu|seu) pesco[cç]o|me (?:enforcou|enforcava|estrangulou|sufocou))\b/, 'ASSAULT', 0.85),
      act(/\b(?:(?:levando|levou|roubou|arrancou) (?:a |o )?(?:minha|meu) (?:bolsa|carteira|celular|mochila))\b/, 'SEIZE', 0.85),
    ],
    violations: [
      fear(/\b(?:acreditar (?:em mim|numa|na gente)(?<=\bquem (?:vai|ia) acreditar \w+ \w+)|prefiro ficar calad[ao]|(?:criminosa|bandida|marginal)(?<=\b(?:tratar|trat[aá]-la|trat[aá]-lo|me tratar|tratam|tratar ela) como (?:uma )?\w+)|n[aã]o (?:fui|vou|quis ir|vou mais) (?:na|[aà]|pra) (?:delegacia|pol[ií]cia))\b/),
      refused(/\b(?:n[aã]o (?:quis|quiseram) (?:registrar|fazer|pegar) (?:o |meu |a )?(?:boletim|queixa|den[uú]ncia)|(?:gostado)(?<=\bse (?:eu )?n[aã]o tinha ['‘"“]?gostado))/),
      labour(/\b(?:(?:semanas|meses)(?<=\b(?:n[aã]o (?:nos |me )?paga|n[aã]o (?:nos |me )?pagou|sem receber|deve) (?:h[aá] )?(?:duas|tr[eê]s|quatro|v[aá]rias|\d+) (?:semanas|meses))|(?:seguran[cç]a|porteiro)(?<=\b(?:tirou|mandou embora|demitiu|dispensou) (?:o |a )?(?:\w+ ){0,2}(?:seguran[cç]a|porteiro)))\b/),
      housing(/\b(?:aluga(?:m)? (?:pra|para|a) (?:esse tipo de|gente como|mulher de programa|garota de programa|mulheres como)(?<=\bn[aã]o aluga(?:m)? (?:pra|para|a) [\\w ]{3,20}))/),
      recognised(/\b(?:reconheceu (?:do|no|pelo|pelo meu) (?:site|an[uú]ncio|perfil)(?<=\b(?:me|a) reconheceu [^.]{3,20})|(?:entra|aceita|atende|contrata|trabalha com|aceitamos|contratamos) (?:mulher|garota|menina|puta|gente)(?: de programa| como (?:voc[eê]|tu|ela))?(?<=\bn[aã]o (?:entra|aceita|atende|contrata|trabalha com|aceitamos|contratamos) [^.]{4,40}))/),
      interrogation(/\b(?:(?:batia|bateu|batendo|socava|socou) na mesa|assinar (?:algo|um papel|uma declara[cç][aã]o) que (?:eu|ela) n[aã]o (?:entendia|entendi|sabia ler|conseguia ler)(?<=\b(?:me|a) fez assinar [^.]{5,50}))\b/),
      nothing(/\b(?:nada a relatar|(?:incidentes|ocorr[eê]ncias)(?<=\bsem \w+)|experi[eê]ncia positiva)\b/),
      child(/\b(?:s[eé]rie(?<=\b(?:[5-9][ªa°º]?|quinta|sexta|s[eé]tima|oitava) s[eé]rie)|(?:primeiro|segundo) ano do (?:ensino )?m[eé]dio)\b/),
      control(/\b(?:trabalh(?:ar|o) (?:num|numa|em|de|como) (?:um |uma )?(?:hotel|restaurante|limpeza|bab[aá]|gar[cç]onete|empregada|cozinha|loja|f[aá]brica|casa de fam[ií]lia|sal[aã]o)(?<=\b(?:prometeu|prometia|ofereceu|oferecia|(?:disse|dizia|falou) que (?:eu ia|a gente ia|n[oó]s [ií]amos|ia|tinha|era|seria))\b[^.]{0,60}))/, 'DECEPTION'),
      control(/\b(?:pr[oó]pri[oa]\b(?<=\bn[aã]o (?:tenho|tem|tinha) (?:um |uma )?(?:cart[aã]o|conta) pr[oó]pri[oa])|(?:pra n[oó]s|para n[oó]s|pros dois)(?<=\b(?:guarda|fica com|pega|segura) (?:todo )?o dinheiro ['‘"“]?(?:pra n[oó]s|para n[oó]s|pros dois)))/, 'PREVENTED_FROM_LEAVING'),
      control(/\b(?:(?:bate|espanca|agride)\b(?<=\bquero (?:voltar|ir embora)\b[^.]{0,50}\bme \w+))/, 'PREVENTED_FROM_LEAVING'),
      compelled(/\b(?:(?:programa|percurso|plano) de (?:sa[ií]da|reinser[cç][aã]o)\b[^.]{0,100}\b(?:autoriza[cç][aã]o|t[ií]tulo de resid[eê]ncia|resid[eê]ncia|visto|sef|aima|pap[eé]is|deport\w*|expuls\w*))/),
    ],
  },
  fr: {
    acts: [
      act(/\b(?:(?:serr[eé]|serrait|serrant) (?:le|mon) cou|m'a (?:[eé]trangl[eé]e?|stranguler))\b/, 'ASSAULT', 0.85),
    ],
    violations: [
      fear(/\b(?:(?:croire|croirait|croira)(?<=\b(?:qui (?:va|allait|voudra|voudrait) me croire|qui me croirait|personne ne (?:me croira|me croirait|va me croire)))|pr[eé]f[eè]re (?:me taire|rien dire|ne rien dire|fermer ma gueule)|(?:criminelle|d[eé]linquante)(?<=\b(?:traiter|trait[eé]e) comme une \w+))\b/),
      refused(/\b(?:(?:refus[eé]|pas voulu) (?:de )?(?:prendre|enregistrer) (?:ma |la )?(?:plainte|d[eé]position|main courante)|(?:m[eé]tier|travail|boulot)(?<=\b(?:trouve|trouver|chercher|change|changer) (?:un )?autre \w+)(?<=\b(?:policier|policiers|flics?|agent|commissariat|gendarme)\b[^.]{0,160}))\b/),
      labour(/\b(?:depuis (?:deux|trois|quatre|plusieurs|\d+) (?:semaines|mois)(?<=\b(?:pas (?:pay[eé]es?|vers[eé]|re[cç]u)|pay[eé] personne|rien re[cç]u|doit) depuis \w+ \w+)|(?:videur|vigile|s[eé]curit[eé]|portier)(?<=\b(?:vir[eé]|renvoy[eé]|supprim[eé]|enlev[eé]) (?:le |la |notre )?(?:\w+ ){0,2}(?:videur|vigile|s[eé]curit[eé]|portier)))\b/),
      housing(/\b(?:loue(?:nt)? (?:pas )?(?:[aà]|aux) (?:ce genre de|ce type de|des filles comme|des gens comme|des femmes comme)(?<=\bne (?:\w+ )?loue(?:nt)? (?:pas )?\w+ [\w ]{3,20}))/),
      recognised(/\b(?:reconnue? (?:sur|d'apr[eè]s|gr[aâ]ce [aà]|avec) (?:le site|l'annonce|mon annonce|son annonce|le profil|mon profil)(?<=\b(?:m'a|l'a) reconnue? [^.]{6,30}))\b/),
      interrogation(/\b(?:(?:tapait|tapé|frappait|cognait) sur la table|signer (?:un papier|quelque chose|une d[eé]claration|un pv) que (?:je|elle|on) (?:ne )?(?:comprenai[st]|comprends|pouvai[st] (?:pas )?lire)(?<=\b(?:m'a|l'a|nous a) fait signer [^.]{5,50}))\b/),
      nothing(/\b(?:signaler(?<=\brien [aà] signaler)|positif(?<=\bretour positif)|incident(?<=\baucun incident)|pass[eé](?<=\btout s'est bien pass[eé]))\b/),
      child(/\b(?:(?:secondaire|sec) (?:[1-5]|un|deux|trois|quatre|cinq)\b(?<=\ben (?:secondaire|sec) \w+)|(?:6eme|5eme|4eme|3eme|6ieme|5ieme|4ieme|3ieme)\b(?<=\b(?:en|de) \w+)|(?:6e |5e |4e |3e )(?<=\b(?:en|de) [3-6]e ))/),
      control(/\b(?:travailler (?:dans|en|comme) (?:un |une )?(?:h[oô]tel|restaurant|resto|m[eé]nage|nounou|serveuse|cuisine|boutique|usine|salon)(?<=\b(?:promis|promettait|propos[eé]|proposait|(?:dit|disait) qu'(?:on|il y avait|il y aurait|elle|je) (?:allait|allais|aurait|avait|aurais)?)\b[^.]{0,60}))/, 'DECEPTION'),
      control(/\b(?:carte (?:bancaire|bleue)(?: [aà] moi| perso)(?<=\bpas (?:de|d'une|ma) (?:propre )?carte \w+(?: [aà] moi| perso))|pour nous(?<=\b(?:garde|prend|g[eè]re) (?:tout )?l'argent ['‘"“]?pour nous))/, 'PREVENTED_FROM_LEAVING'),
      control(/\b(?:(?:frappe|tape|cogne)\b(?<=\bveux (?:rentrer|partir)\b[^.]{0,50}\bme \w+))/, 'PREVENTED_FROM_LEAVING'),
      compelled(/\b(?:(?:parcours|programme) de sortie\b[^.]{0,120}\b(?:r[eé]c[eé]piss[eé]|titre de s[eé]jour|carte de s[eé]jour|autorisation provisoire|pr[eé]fecture|expuls\w*|oqtf)|(?:r[eé]c[eé]piss[eé]|titre de s[eé]jour|carte de s[eé]jour|autorisation provisoire)\b[^.]{0,80}\b(?:parcours|programme) de sortie)/),
    ],
  },
  nb: {
    violations: [
      fear(/\b(?:(?:anmelder|anmeldte) (?:det |ham |han |dem |ikke det )?ikke\b|hvem (?:vil|kommer til [aå]|skulle) tro p[aå] (?:meg|en)|holder (?:heller )?kjeft|verdt (?:det|bryet)(?<=\b(?:ikke|aldri) verdt \w+)(?<=\b(?:anmeld|politi)\w*\b[^]{0,200}))/),
      refused(/\b(?:(?:ville|vil) ikke (?:ta imot|registrere|ta) (?:anmeldelsen|anmeldelse|klagen|forklaringen)|(?:annen jobb|annet yrke)(?<=\b(?:finne|skaffe|fant) (?:deg |meg )?(?:en )?(?:annen jobb|annet yrke))(?<=\b(?:politi\w*|betjent\w*|lensmann\w*)\b[^.]{0,160}))\b/),
      labour(/\b(?:(?:uker|m[aå]neder)(?<=\b(?:ikke (?:f[aå]tt|betalt|utbetalt)(?: \w+)?|ingen l[oø]nn) (?:p[aå]|i) (?:to|tre|fire|flere|\d+) (?:uker|m[aå]neder))|(?:bordell)(?<=\b(?:blir|bli|er|regnes som|kalles) (?:det )?['‘"“]?bordell)(?<=\b(?:sammen|hverandre|samme leilighet|samme sted)\b[^.]{0,80}bordell))\b/, 'EXCLUDED_FROM_PROTECTION'),
      housing(/\b(?:leie(?:r)? (?:ut )?til (?:s[aå]nne|slike|folk som (?:deg|henne)|jenter som (?:deg|henne))(?<=\b(?:ikke|aldri) (?:\w+ )?leie(?:r)? (?:ut )?til \w+(?: \w+)?))/),
      recognised(/\b(?:kjente (?:meg|henne) igjen (?:fra|p[aå]) (?:annonsen|nettsiden|siden|profilen))\b/),
      interrogation(/\b(?:(?:slo|dunket|banket) (?:i|p[aå]) bordet|signere (?:noe|et papir|en forklaring) (?:jeg|hun) ikke (?:forsto|kunne lese)(?<=\b(?:fikk|m[aå]tte) (?:meg |henne )?(?:til [aå] )?signere [^.]{3,40}))\b/),
      nothing(/\b(?:hendelser(?<=\bingen hendelser)|ingenting [aå] (?:melde|rapportere)|positiv erfaring|dans(?:et|a|er|ing)\b)/),
      child(/\b(?:klasse\b(?<=\b(?:i|gikk i|g[aå]r i|var i) (?:[6-9]|10)\.? ?klasse)(?<!\b(?:datteren|dattera|s[oø]nnen|barnet|jenta|gutten|eldste|yngste) (?:min |mitt |v[aå]r )?(?:g[aå]r|gikk|er|var|begynner|begynte) (?:n[aå] )?i (?:[6-9]|10)\.? ?klasse)|(?:[aå]ttendeklassing|niendeklassing|tiendeklassing)\w*|(?:vg1|vg 1)\b(?<=\b(?:p[aå]|i|gikk) (?:vg1|vg 1)))/),
      control(/\b(?:jobbe (?:p[aå]|i|som|med) (?:et |en )?(?:hotell|restaurant|kaf[eé]|rengj[oø]ring|barnepass|au ?pair|butikk|fabrikk|fris[oø]r|kj[oø]kken)\w*(?<=\b(?:lovet|lovte|tilb[oø]d|(?:sa|fortalte) at (?:vi|jeg|hun|det) (?:skulle|kunne|fikk|var))\b[^.]{0,60}))/, 'DECEPTION'),
      control(/\b(?:(?:bankkort|bankkonto)\b(?<=\b(?:ikke|ingen|aldri) (?:noe |et |en )?(?:eget|egen) \w+)|(?:til oss|for oss)(?<=\bpengene ['‘"“]?(?:til oss|for oss)))/, 'PREVENTED_FROM_LEAVING'),
      control(/\b(?:(?:sl[aå]r|slo|sint)\b(?<=\b(?:vil|ville|skal) (?:reise )?hjem\b[^.]{0,50}))/, 'PREVENTED_FROM_LEAVING'),
      compelled(/\b(?:(?:oppholdstillatelse\w*|oppholdskort\w*)\b[^.]{0,100}\b(?:exit|ut av prostitusjon|rehab\w*)['’"]?-?program\w*)/),
    ],
    acts: [act(/\b(?:sl[aå]r(?<=\b(?:blir|ble) (?:han|hun|de) sint og sl[aå]r))\b/, 'ASSAULT', 0.85, 'always')],
  },
  zh: {
    violations: [
      fear(/(?:(?:信我|相信我)(?<=(?:邊個|边个|誰|谁|有邊個|有谁)(?:會|会)?(?:信我|相信我))|(?:抓我|拉我|查我|捉我)(?<=(?:先|反而|就會|就会|會先|会先)(?:抓我|拉我|查我|捉我))|(?:冇報警|沒報警|没报警|唔報警|不敢報警|不敢报警|冇去報案|没去报案)(?=[^。]{0,20}(?:驚|惊|怕|擔心|担心)))/),
      refused(/(?:(?:唔肯|不肯|不願|不愿|拒絕|拒绝)(?:幫我)?(?:落案|立案|錄口供|录口供|受理|開檔|开档))/),
      labour(/(?:(?:出糧|出粮)(?<=(?:冇|未|唔)(?:出糧|出粮))|拖糧|欠糧|欠薪|扣糧|(?:工資|工资|薪水|人工)(?<=(?:沒發|没发|拖欠|冇)(?:工資|工资|薪水|人工))|(?:安全套|避孕套|套)(?<=(?:唔准|不准|唔俾|唔畀|不讓|不让|不給|不给)(?:佢哋|她们|她們|我哋|我们|我們)?(?:自備|自备|用|戴|帶|带)(?:安全套|避孕套|套)))/),
      v(/(?:(?:拉人|抓人|拉你|拉我|抓我)(?<=(?:先唔|就唔|先不|就不|才不|先至唔)(?:拉人|抓人|拉你|拉我|抓我)))/, 'EXTORTION', 'POLICE_BRIBE', 0.85, { who: 'resolve', onlyActors: STATE, mode: 'nohyp' }),
      v(/(?:(?:委任證|委任证|警察證|警察证|警員證|警员证|證件|证件)(?<=(?:做完|完事|搞完|做咗|做了)[^。]{0,20}(?:委任證|委任证|警察證|警察证|警員證|警员证|證件|证件)))/, 'POLICE_ABUSE', 'ENTRAPMENT', 0.8, { who: 'POLICE', mode: 'always' }),
      housing(/(?:(?:租俾|租畀|租给|租給)(?<=(?:唔|不|唔會|不会|唔肯|不肯)(?:租俾|租畀|租给|租給)))/),
      v(/(?:(?:雞|鸡)(?:婆)?(?<=(?:話|话|罵|骂|講|讲|說|说|叫|寫|写)(?:我|佢|她)(?:係|是|做|個|个)?(?:雞|鸡))(?!蛋|肉|翼|髀|飯|饭|湯|汤|精)|(?:雞竇|鸡窦|鳳樓|凤楼)(?<=(?:寫|写|噴|喷|貼|贴)[^。]{0,10}(?:雞竇|鸡窦|鳳樓|凤楼))|(?:滾出|滚出)(?:大廈|大厦|呢度|這裡|这里|去))/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.7, { who: 'resolve', sameSentence: true, fallback: 'UNKNOWN', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'LANDLORD', 'OTHER_STATE_OFFICIAL'], mode: 'always' }),
      v(/(?:(?:返去|回去|返嚟|回來|回来|返屋企|回家)(?<=(?:叫我|話我|话我|不准我|唔准我)[^。]{0,4}(?:唔好|不要|唔准|不准|唔俾|唔畀)(?:再)?(?:返去|回去|返嚟|回來|回来|返屋企|回家)))/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.7, { who: 'resolve', fallback: 'FAMILY_OR_PARTNER', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'OTHER_STATE_OFFICIAL'], mode: 'always' }),
      v(/(?:(?:望晒過嚟|望晒过来|都望住我|都看著我|都看着我|全場都聽到|全场都听到)|(?:先肯|才肯|先至肯)(?:幫我|帮我|同我|給我|给我|俾我)(?:打針|打针|睇|看|驗|验|開藥|开药))/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', fallback: 'HEALTH_WORKER', onlyActors: ['HEALTH_WORKER'], mode: 'always' }),
      interrogation(/(?:(?:拍桌子|拍枱|拍檯|拍台|拍桌)|(?:看不懂|睇唔明|睇唔識|看不明白)(?<=(?:叫我|要我|逼我|让我|讓我)(?:簽|签)[^。]{0,10}(?:看不懂|睇唔明|睇唔識|看不明白)))/),
      nothing(/(?:(?:乜事|咩事)(?<=冇(?:乜|咩)事)|(?:甚麼事|什么事)(?<=(?:沒|没)(?:甚麼|什么)事)|正常(?<=一切正常)|純粹想|纯粹想)/),
      child(/(?:國一|國二|国一|国二|國三|国三|中一|中二|小六|高一|高二)(?<=(?:讀|读|念|係|是|喺|在|讀緊|读紧|升)(?:國一|國二|国一|国二|國三|国三|中一|中二|小六|高一|高二))/),
      control(/(?:(?:酒店|餐廳|餐厅|飯店|饭店|工廠|工厂)(?:做嘢|做|工作|打工|上班)(?<=(?:話|话|說|说|講|讲|答應|答应|承諾|承诺)[^。]{0,20}(?:酒店|餐廳|餐厅|飯店|饭店|工廠|工厂)(?:做嘢|做|工作|打工|上班)))/, 'DECEPTION'),
      control(/(?:(?:銀行卡|银行卡|提款卡|銀行戶口|银行账户)(?<=(?:冇|沒有|没有|無|没)自己(?:的|嘅)?(?:銀行卡|银行卡|提款卡|銀行戶口|银行账户)))/, 'PREVENTED_FROM_LEAVING'),
      control(/(?:打我(?<=(?:想|要)(?:返屋企|回家|返鄉下|返乡下|回國|回国|返大陸|回老家)[^。]{0,20}打我))/, 'PREVENTED_FROM_LEAVING'),
      compelled(/(?:(?:離開|离开|退出|轉行|转行)[^。]{0,10}(?:計劃|计划|課程|课程)[^。]{0,40}(?:居留|簽證|签证|身份證|身份证|遞解|递解|遣返))/),
    ],
  },
  tpi: {
    violations: [
      refused(/\b(?:wok bilong (?:mipela|polis|mi|ol)(?<=\bi no wok bilong \w+))\b/),
      fear(/\b(?:husat (?:bai|i bai|tu bai) (?:bilipim|biliv\\w*) (?:mi|em|mipela))\b/),
      interrogation(/\b(?:paitim tebol|(?:sainim|sain long) pepa(?<=\b(?:fosim|tok) (?:mi|em) (?:long )?(?:sainim|sain long) pepa))\b/),
      nothing(/\b(?:hevi(?<=\bno ?gat hevi)|orait(?<=\bolgeta samting i orait))\b/),
      child(/\b(?:(?:gret|grd|gereid|grad|fom|form|klass) ?(?:[1-9]|1[0-2]|wan|tu|tri|foa|faiv|sikis|seven|eit|nain|ten|ileven)\b|(?:greid|greit|gred|grade|klas) (?:wan|tu|tri|foa|faiv|sikis|seven|eit|nain|ten|ileven)\b)/),
      control(/\b(?:(?:hotel|restoran|stoa|kantin|haus kuk|ofis)(?<=\bwok long (?:\w+ )?\w+)(?<=\b(?:tok|promis\w*|giaman)\b[^.]{0,50}))/, 'DECEPTION'),
      control(/\b(?:paitim mi(?<=\blaik (?:go bek|go hom|go long ples|lusim em|lusim ol)\b[^.]{0,50}))/, 'PREVENTED_FROM_LEAVING'),
      v(/\b(?:kisim olgeta m[ao]ni bilong (?:ol )?kastoma|baim (?:yu|mi) bihain|(?:mun|wik)\b[^.]{0,10}\bi no (?:baim|peim) (?:mi|mipela)|(?:wok wantaim|putim sek[iu]riti|gat sek[iu]riti)(?<=\bno (?:larim|laik) [^.]{0,50}))/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'POLICE', 'OTHER_STATE_OFFICIAL', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'OTHER'], mode: 'always' }),
      v(/\b(?:salim (?:mi|em) go bek|marasin i pinis|wet inap ol (?:arapela|narapela))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'resolve', onlyActors: ['HEALTH_WORKER'], mode: 'nohyp' }),
      compelled(/\b(?:program bilong lusim (?:dispela )?(?:wok|pamuk)\b[^.]{0,80}\b(?:pepa|visa|dipot\w*|salim (?:mi|em) i go bek))/),
    ],
  },
};

/**
 * Round 12 (blind set L as development material): families of wording for what L's writer told and the rules
 * did not know, kept per language as in round 11:
 * - a bribe told as the price of getting things back or of making it "go away", and a fine paid with no
 *   receipt or money taken and not recorded (officers only);
 * - reasons for not reporting told as what the police would do, and complaints not taken up;
 * - a shop or hotel that refuses to serve or cancels a booking, and slurs written on a door;
 * - a panic button or alarm left broken by a manager, and a fine passed on to the workers out of their pay;
 * - a complaint of rape or robbery "against a client": the client's violence.
 */
/** Round 12: a bribe whose pattern carries its own negation ("no receipt", "not recorded"): officers only. */
const unrecorded = (pattern: RegExp): ViolationRule => v(pattern, 'EXTORTION', 'POLICE_BRIBE', 0.85, { who: 'resolve', onlyActors: STATE, mode: 'always' });
/** Round 12: a shop, café or hotel that will not serve someone or cancels her booking. */
const served = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'SERVICES', 0.7, {
    who: 'resolve',
    sameSentence: true,
    fallback: 'MEMBER_OF_PUBLIC',
    notActors: ['CLIENT', 'IMPERSONATOR', 'THIRD_PARTY'],
    ifActor: { HEALTH_WORKER: null, POLICE: null, OTHER_STATE_OFFICIAL: null, LANDLORD: null },
    mode: 'always',
  });
/** Round 12: a slur written or sprayed on a door or wall (whoever did it, often unknown). */
const graffiti = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.7, { who: 'resolve', sameSentence: true, fallback: 'UNKNOWN', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'OTHER_STATE_OFFICIAL', 'IMPERSONATOR'], mode: 'always' });
/** Round 12: a complaint of violence against a client: the client's act, told as what was reported. */
const clientReported = (pattern: RegExp): ViolationRule => v(pattern, VIOLENCE, undefined, 0.8, { who: 'CLIENT', mode: 'always' });

const R12: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      bribe(/\b(?:slip (?:him|them|the \w+|her|officers?) (?:\[money_\d+|a (?:tenner|twenty|fifty|score|few quid)|some (?:cash|money)|cash|money)|wanted (?:it|them|my \w+(?: \w+)?) back\b[^.]{0,40}\b(?:pay|bring|hand over|give (?:him|them))\b)/),
      unrecorded(/\b(?:receipts?\b(?<=\b(?:no|without (?:a |any )?|(?:didn't|did not|never|wouldn't|won't) (?:give|gave|get|got|write|issue) (?:me |us |her )?(?:a |any )?)receipts?)|(?:returned|recorded|logged|written down)(?<=\b(?:never|not|wasn't|weren't) (?:been )?(?:returned|recorded|logged|written down))(?<=\b(?:cash|money|\[money_\d+\]?)\b[^.]{0,60}))/),
      fear(/\b(?:(?:soliciting|loitering|kerb ?crawling|immigration)\b(?<=\b(?:they'll|they'd|they will|they would|'ll|'d) (?:just |only )?(?:do|nick|charge|arrest|book|pull|pick) (?:me|us|her)(?: up)? for (?:soliciting|loitering|kerb ?crawling|immigration))(?<=\b(?:go(?:ing)? to|call(?:ing)?|tell(?:ing)?|report(?:ing)? (?:it |him |them )?to) (?:the )?(?:cops|police|feds|guards|gardai)\b[^]{0,150}))/),
      pressLandlord(/\b(?:landlord(?<=\b(?:police|cops|officers?)\b[^.]{0,40}\b(?:asking|asked|questioning|questioned|talked to|talking to|spoke to|spoke with|warned|visited) (?:my|the|our|her) landlord))\b/),
      v(/\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|weekend|\[date_\d+\]?)(?<=\b(?:have|has|had|got) to (?:leave|be out|get out|move out|go) (?:by|before|on|this|until|til|till) (?:the )?(?:end of (?:the )?)?\S+))/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', onlyActors: ['LANDLORD'], mode: 'nohyp' }),
      v(/\b(?:(?:gave|given|gives) (?:me|us|her) (?:a day|a week|(?:one|two|three|four|five|seven|ten|\d+) (?:days|weeks|hours|nights))(?: to (?:leave|get out|move out|go|pack))?)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', onlyActors: ['LANDLORD'], mode: 'always' }),
      served(/\b(?:serve (?:me|us|her)\b(?<=\b(?:refused|wouldn't|would not|won't|will not|didn't want|did not want) to serve \w+)|cancel(?:s|led|ed|ling)? (?:the |my |our |her )?(?:whole |entire )?(?:booking|reservation)|(?:activity|activities)(?<=\ballow (?:that|this) kind of activit\w*))/),
      graffiti(/\b(?:(?:whore|slag|slut|hooker|prozzie|tart)\b(?<=\b(?:sprayed|spray-?painted|painted|wrote|written|scrawled|graffiti\w*)\b[^.]{0,40}))/),
      labour(/\b(?:(?:panic|alarm) (?:button|alarm|bell)s?\b[^.]{0,60}\b(?:broken|doesn't work|not working|never fixed|won't fix|wouldn't fix|refuses to fix))/, 'UNSAFE_CONDITIONS'),
      clientReported(/\b(?:(?:rape|sexual assault|assault|robbery)\b(?<=\breport (?:a |the )?(?:rape|sexual assault|assault|robbery))(?= by (?:a |the |her |my )?(?:client|punter|customer)))/),
      v(/\b(?:loitering (?:or soliciting )?for the purposes?)\b/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'POLICE' }),
    ],
  },
  es: {
    violations: [
      bribe(/\b(?:vuelta\b(?<=\bquer[ií]a (?:\w+ )?de vuelta)[^.]{0,40}\b(?:llevar|traer|pagar|dar)|recuperar(?:lo|la|los|las)?\b(?<=\bsi (?:lo |la |los |las )?quer[ií]a recuperar\w*)[^.]{0,40}\b(?:llevar|traer|pagar|dar))\b/),
      unrecorded(/\b(?:(?:recibo|comprobante|boleta)\b(?<=\b(?:sin|ning[uú]n|ninguna|no (?:me |nos |le |les )?(?:dieron|dio|dan|da|hicieron|hizo)(?: un| una| ning[uú]n| ninguna)?) (?:recibo|comprobante|boleta)))/),
      dueProcess(/\b(?:(?:comunicarse|comunicarme|hablar|llamar) (?:con|a) (?:su |la |esta |un |una |el |mi )?(?:defensa|defensor\w*|abogad[oa]s?)(?<=\b(?:sin que se (?:le|la|me) permit\w+|no (?:le|la|me|nos) (?:dejaron|dej[oó]|permitieron|permiti[oó])) (?:\w+ ){0,2}\w+ [^.]{0,30}))/),
      served(/\b(?:(?:atenderme|venderme|atenderla|venderle|servirme|cobrarme|atendernos|vendernos)\b(?<=\b(?:se neg[oó] a|se negaron a|no quiso|no quisieron) \w+)|cancel(?:[oó]|aron) (?:la |mi |su )?reserva)/),
      graffiti(/\b(?:(?:puta|trola|travesti|gato)\b(?<=\b(?:pintad[ao]s?|pintaron|pintada|escribieron|escrito|grafitearon|aerosol)\b[^.]{0,40}))/),
      v(/\b(?:(?:me|nos|le) (?:dio|dieron|da|dan) (?:un d[ií]a|una semana|(?:dos|tres|cuatro|cinco|siete|diez|\d+) (?:d[ií]as|semanas|horas))(?: para (?:irme|irnos|salir|desalojar|dejar))?)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', onlyActors: ['LANDLORD'], mode: 'always' }),
      labour(/\b(?:bot[oó]n (?:de )?(?:p[aá]nico|alarma)\b[^.]{0,60}\b(?:roto|no funciona|no anda|arreglar))/, 'UNSAFE_CONDITIONS'),
      clientReported(/\b(?:(?:violaci[oó]n|abuso sexual|agresi[oó]n|robo)\b(?<=\bdenuncia(?:r)? (?:por|una|la) (?:violaci[oó]n|abuso sexual|agresi[oó]n|robo))(?=[^.]{0,20}\b(?:contra|de|por parte de) (?:un|el|su) cliente))/),
    ],
  },
  pt: {
    acts: [
      act(/\b(?:levaram \[money_\d+\]?)/, 'TAKE', 0.85),
      act(/\b(?:levaram (?:o |os |a |as |meu |minha |meus |minhas |dois |duas )?(?:celular\w*|bolsa|carteira|telefone\w*))/, 'SEIZE', 0.85),
    ],
    violations: [
      bribe(/\b(?:volta\b(?<=\bquisesse (?:\w+ )?de volta)[^.]{0,40}\b(?:levar|trazer|pagar|dar))\b/),
      unrecorded(/\b(?:recibo\b(?<=\b(?:sem|nenhum|n[aã]o (?:me |nos |lhe )?(?:deram|deu|d[aã]o|d[aá])(?: nenhum| um)?) recibo))/),
      fear(/\b(?:riem da (?:nossa |minha )?cara|nem (?:fui|vou|registrei|denunciei)\b(?<=\b(?:delegacia|pol[ií]cia|bo|b\.o\.|boletim|queixa|den[uú]ncia)\b[^]{0,300}))/),
      served(/\b(?:(?:recusou|recusaram|quis|quiseram)(?:-se)? (?:a )?(?:me |nos )?(?:atender|vender|servir)\b(?<=\b(?:se recusou|se recusaram|recusou-se|recusaram-se|n[aã]o quis|n[aã]o quiseram) (?:a )?(?:me |nos )?\w+)|cancel(?:ou|aram) (?:a |minha |sua )?reserva)/),
      graffiti(/\b(?:(?:puta|piranha|vagabunda|travecos?)\b(?<=\b(?:pichad\w*|picharam|pichou|escreveram|escrito|pintaram|pintado|spray)\b[^.]{0,40}))/),
      v(/\b(?:(?:me|nos|lhe) (?:deu|deram|d[aá]|d[aã]o) (?:um dia|uma semana|(?:dois|duas|tr[eê]s|quatro|cinco|sete|dez|\d+) (?:dias|semanas|horas)))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', onlyActors: ['LANDLORD'], mode: 'always' }),
      labour(/\b(?:bot[aã]o (?:de )?(?:p[aâ]nico|alarme)\b[^.]{0,60}\b(?:quebrado|n[aã]o funciona|consertar))/, 'UNSAFE_CONDITIONS'),
    ],
  },
  fr: {
    acts: [
      act(/\b(?:arrach\w* (?:leurs?|son|sa|ses|mon|ma|mes) (?:sacs?|t[eé]l[eé]phones?|portables?|sacoches?))\b/, 'SEIZE', 0.85),
      act(/\b(?:bouscul\w*(?<=\b(?:me|la|les|nous) bouscul\w*))\b/, 'ASSAULT', 0.85),
    ],
    violations: [
      unrecorded(/\b(?:re[cç]u\b(?<=\b(?:sans|aucun|pas de) re[cç]u)|quittance\b(?<=\b(?:sans|aucune|pas de) quittance))/),
      fear(/\b(?:porter plainte(?<=\b(?:ne veut|ne veulent|veut pas|veulent pas|voulait pas|voulaient pas|voulu) (?:pas )?porter plainte))/),
      served(/\b(?:(?:refus[eé]|refuse|refusait) de (?:me|nous|la|les|lui) (?:servir|vendre)|(?:voulu|voulait|veut|voulaient) (?:pas )?(?:me|nous|la|lui) (?:servir|vendre)|annul[eé] (?:la |ma |sa )?r[eé]servation)/),
      graffiti(/\b(?:(?:pute|salope|tapineuse)\b(?<=\b(?:tagu[eé]\w*|[eé]crit|[eé]crivent|peint|bomb[eé])\b[^.]{0,40}))/),
      recognised(/\b(?:reconnue? (?:[aà] cause|gr[aâ]ce) (?:d'une|de l'|de mon|de son) annonce)/),
      v(/\b(?:(?:m'a|nous a|lui a|m'ont|nous ont) (?:donn[eé]|laiss[eé]) (?:un jour|une semaine|(?:deux|trois|quatre|cinq|sept|dix|\d+) (?:jours|semaines|heures)))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', onlyActors: ['LANDLORD'], mode: 'always' }),
      labour(/\b(?:bouton (?:d'alarme|d'urgence|panique)\b[^.]{0,60}\b(?:cass[eé]|marche pas|fonctionne pas|r[eé]parer))/, 'UNSAFE_CONDITIONS'),
      clientReported(/\b(?:(?:viol|agression\w*|vol)\b(?<=\bplainte pour (?:viol|agression\w*|vol))(?=[^.]{0,20}\bcontre (?:un|le|son) client))/),
    ],
  },
  nb: {
    acts: [act(/\b(?:ellers (?:sender|viser|legger|forteller|poster|sprer) (?:han|hun|de))\b/, 'DEMAND', 0.85, 'nohyp')],
    violations: [
      bribe(/\b(?:tilbake\b(?<=\bville ha (?:den|dem|det|mobilen|telefonen|pengene) tilbake)[^.]{0,40}\b(?:betale|ta med|gi))/),
      unrecorded(/\b(?:kvittering\w*(?<=\b(?:uten|ingen|ikke (?:noen )?)kvittering\w*))/),
      fear(/\b(?:(?:ringer|ringte|kontakter|kontaktet) (?:ikke|aldri) (?:til )?politiet)\b/),
      pressLandlord(/\b(?:(?:brev|beskjed|varsel|telefon|besøk|bes[oø]k) fra politiet(?<=\butleie\w*\b[^.]{0,40}(?:brev|beskjed|varsel|telefon|besøk|bes[oø]k) fra politiet))\b/),
      v(/\b(?:(?:ga|gir|gav) (?:meg|oss|henne) (?:en|ei|to|tre|fire|fem|sju|syv|ti|\d+) (?:dag|dager|d[oø]gn|uke|uker|timer)(?: p[aå] [aå] (?:flytte|komme meg ut|pakke))?)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', onlyActors: ['LANDLORD'], mode: 'always' }),
      v(/\b(?:(?:p[aå]grepet|arrestert|siktet|bortvist|utvist|anholdt) (?:etter|for brudd p[aå]|i henhold til|med hjemmel i) utlendingsloven|vedtak om (?:bortvisning|utvisning))\b/, 'CRIMINALISATION', 'IMMIGRATION', 0.8, { who: 'POLICE' }),
      served(/\b(?:(?:nektet|ville ikke) [aå] (?:betjene|selge til|servere) (?:meg|oss|henne))\b/),
      graffiti(/\b(?:(?:hore|hora|luder)\b(?<=\b(?:sprayet|skrevet|skrev|malt|tagget)\b[^.]{0,40}))/),
      labour(/\b(?:alarmknapp\w*\b[^.]{0,80}\b(?:[oø]delagt|virker ikke|fikse))/, 'UNSAFE_CONDITIONS'),
    ],
  },
  zh: {
    violations: [
      unrecorded(/(?:不开票|不開票|冇收據|沒有收據|没有收据|唔開單|不給收據|不给收据|没开票|沒開票|冇發票|沒有發票|没有发票|(?:記錄|记录|紀錄)(?:上)?(?:冇寫|沒寫|没写|冇記|沒有|没有))/),
      refused(/(?:(?:未|沒|没|冇|不|唔)(?:處理|处理|理會|理会)(?<=警[^。]{0,20}(?:未|沒|没|冇|不|唔)(?:處理|处理|理會|理会)))/),
      served(/(?:(?:唔肯|不肯|拒絕|拒绝|不願意|不愿意)(?:賣|卖|招呼|服務|服务)(?:俾我|畀我|给我|給我)?)/),
      labour(/(?:(?:工資|工资|人工|薪水)(?:裡|里|度|入面)?(?:扣|扣除)|平攤|平摊|分攤|分摊)/),
      labour(/(?:(?:警鐘|警钟|警報器|警报器|緊急按鈕|紧急按钮|平安鐘|平安钟)[^。]{0,20}(?:壞|坏|唔修|不修|冇修))/, 'UNSAFE_CONDITIONS'),
      v(/(?:社會秩序維護法|社会秩序维护法)/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'POLICE' }),
      bribe(/(?:(?:想拿返|想攞返|要拿回|想拿回|想要回|想取回)[^。]{0,20}(?:俾|給|给|交|帶|带)[^。]{0,6}(?:錢|钱|\[money))/),
    ],
  },
  tpi: {
    actors: [actor(/\b(?:wasman\w*|kalabus wasman)\b/, 'OTHER_STATE_OFFICIAL'), actor(/\b(?:lanlot|lanlod)\b/, 'LANDLORD'), actor(/\b(?:(?:ankol|anti|kasin) bilong (?:mi|em))\b/, 'FAMILY_OR_PARTNER')],
    violations: [
      unrecorded(/\b(?:risit\b(?<=\bno (?:givim|gat|kisim) (?:\w+ )?risit))/),
      fear(/\b(?:ripot long polis(?<=\bno (?:bin )?ripot long polis))/),
      dueProcess(/\b(?:larim (?:mi|loya|em) (?:long )?(?:lukim|toktok wantaim|visitim)(?<=\bno larim \w+ (?:long )?\w+)|nogat beil)\b/),
      bribe(/\b(?:laik kisim bek\b[^.]{0,40}\b(?:baim|givim|bringim))\b/),
      v(/\b(?:rausim (?:em|mi|ol) long skul)\b/, 'DISCRIMINATION', 'EDUCATION', 0.75, { who: 'OTHER', mode: 'always' }),
    ],
  },
};

/**
 * Round 13 (blind set M as development material): families of wording for what M's writer told and the rules
 * did not know, kept per language as in rounds 11 and 12:
 * - coercion told only indirectly: documents a boss keeps "safe" or "safer with him", a debt told by its parts
 *   (the ticket, the visa, the room "paid back", a number that grows, going home "when it is zero"), being locked
 *   in "for safety" with the only key, earnings held "as savings" until a contract ends, sent to men who paid
 *   someone else, "had to go with them" on pain of a beating;
 * - a child's age told by a life event (the year of the lower-secondary exam, a fifteenth birthday party,
 *   confirmation, 中考);
 * - the clients who pay a child named by what they do (men who give her money, pick her up, ask for her by name).
 */
/** Round 13: coercion told without its usual words (a pattern carries its own context; the doer named earlier, else THIRD_PARTY). */
const keptSafe = (pattern: RegExp): ViolationRule => control(pattern, 'DOCUMENTS_CONFISCATED', 0.8);
const owedParts = (pattern: RegExp): ViolationRule => control(pattern, 'DEBT_BONDAGE', 0.8);
const lockedIn = (pattern: RegExp): ViolationRule => control(pattern, 'PREVENTED_FROM_LEAVING', 0.8);
/** Told as "had to go with them, if not he would beat me": the pattern carries its own threat, so a negation inside it ("if not") does not drop it. */
/** Round 13: a deadline to get out told as "got till the weekend to get out" (landlord only, as round 12's "gave me three days"). */
const deadline = (pattern: RegExp): ViolationRule => v(pattern, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD'], onlyActors: ['LANDLORD'], mode: 'nohyp' });
const forcedGo = (pattern: RegExp): ViolationRule => ({ ...control(pattern, 'FORCED_ENTRY', 0.8), mode: 'always', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC'] });

const R13: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      deadline(/\b(?:(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\[date_\d+\]?)(?<=\b(?:got|have|has|had|gave (?:us|me|her)) (?:till|until|til) (?:the )?(?:end of (?:the )?)?\S+)(?= to (?:get out|leave|move out|be out|clear out)))/),
      keptSafe(/\b(?:(?:passports?|papers|documents|id cards?)\b(?<=\b(?:has|keeps|kept|holds|held|took|takes|got|look(?:s|ing)? after) (?:\w+ )?(?:my|our|her|the girls'?) (?:passports?|papers|documents|id cards?))(?=[^.]{0,60}\b(?:safe|safer|safekeeping|safety)\b)|safer (?:with|at) (?:him|her|them|the boss)\b(?<=\b(?:passports?|papers|documents|id|cards?|money)\b[^.]{0,60}))/),
      owedParts(/\b(?:(?:flights?|plane tickets?|air ?fares?|visas?)\b(?<=\b(?:pay(?:ing)?|paid) (?:him |her |them |it )?back\b[^.]{0,50})|(?:zero|paid off|cleared)\b(?<=\b(?:go home|leave|be free|stop) (?:only )?when (?:it's|it is|it gets to|the (?:debt|number|amount) (?:is|gets to)|everything is) (?:\w+ )?(?:zero|paid off|cleared))|(?:bigger|higher)\b(?<=\b(?:the )?(?:number|amount|debt|total) (?:keeps getting|gets|just gets|is getting|keeps growing) (?:bigger|higher)))/),
      lockedIn(/\b(?:outside\b(?<=\b(?:locks?|locked|locking) (?:the |our |my )?(?:door|flat|room|place)? ?(?:from )?(?:the )?outside)(?=[^]{0,120}\b(?:safe|safety|key|keys)\b)|savings?\b(?<=\b(?:keeps|kept|holds|holding|puts|put) (?:the |our |my |her |all )?(?:money|earnings|cash) (?:as |in |into |for )?(?:a |our |my )?['‘"“]?savings?)(?=[^.]{0,60}\b(?:contract|until|till|lose|leave)))/),
      forcedGo(/\b(?:(?:beat|hit|hurt)\b(?<=\b(?:had|have|has) to go with (?:them|him|the men|those men)\b[^.]{0,50}\b(?:or|otherwise|if not|if i didn't|if i refused)\b[^.]{0,20}\b(?:he'd|he would|he will|he'll|they'd|they would) \w+))/),
      child(/\b(?:(?:thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|13th|14th|15th|16th|17th) birthday|school\b(?<=\b(?:the year|the summer|the term|just after|just before|before|after) (?:i|she) (?:started|finished|left) (?:primary|middle|junior high|secondary|high) school))/),
      payer(/\b(?:cars\b(?<=\b(?:getting|gets|got|get) (?:in|into) cars)|name\b(?<=\bask(?:s|ed|ing)? for (?:her|him) by name)|(?:give|gave|gives) her (?:money|cash|\[money_\d+\]?)(?<=\b(?:men|guys|drivers|truckers|lorry drivers|blokes|punters) (?:\w+ )?\w+ her \S+))/),
      bringer(/\b(?:paid (?:him|her|them)\b(?<=\b(?:men|guys|friends|mates|they) (?:who )?paid (?:him|her|them))(?=,? not (?:me|her)))/),
    ],
  },
  es: {
    violations: [
      deadline(/\b(?:(?:horas|oras|d[ií]as)(?<=\b(?:nos|me|le|les) (?:dio|dieron|da|dan) (?:\w+ )(?:horas|oras|d[ií]as))(?= para (?:irnos|irme|sacar|salir|desalojar|dejar|vaciar))|(?:ech[oó]|echaron)(?<=\b(?:nos|me|las) (?:ech[oó]|echaron))(?= (?:a todas|de (?:la|el) (?:pieza|cuarto|hotel|casa|departamento|depto|pensi[oó]n))))/),
      keptSafe(/\b(?:(?:pasaportes?|dni|documentos|papeles|c[eé]dula)\b[^.]{0,60}\b(?:m[aá]s segur[oa]s?|a salvo|para que no (?:se )?(?:me |le |nos )?(?:lo |los |la |las )?(?:pierda|pierdan|perdiera|perdamos)|por (?:nuestra |mi |su )?seguridad)(?<=\b(?:tiene|guarda|guard[oó]|se qued[oó] con|se queda con|retiene|qued[oó]) [^.]{0,80}))/),
      owedParts(/\b(?:(?:pasaje|boleto de avi[oó]n|vuelo|visa)\b(?<=\b(?:devolv\w*|pag\w*) (?:\w+ )?(?:de vuelta )?(?:el |la |mi )?(?:pasaje|boleto de avi[oó]n|vuelo|visa))(?=[^.]{0,80}\b(?:habitaci[oó]n|pieza|alquiler|anuncio|comida|taxi|deuda))|cero\b(?<=\b(?:irme|volver|salir|dejarlo|ir a casa)\b[^.]{0,30}\bcuando [^.]{0,20}\bcero)|(?:m[aá]s grande|m[aá]s alt[oa])\b(?<=\b(?:el n[uú]mero|la cifra|la cuenta|la deuda) (?:se hace|es cada vez|sigue|va) (?:cada vez )?(?:m[aá]s grande|m[aá]s alt[oa])))/),
      lockedIn(/\b(?:fuera\b(?<=\b(?:cierra|cerr[oó]|cerraba|echa|echaba) (?:la puerta )?(?:con llave )?(?:por|desde) (?:a)?fuera)(?=[^]{0,120}\b(?:seguridad|llave)\b)|ahorro\b(?<=\b(?:guarda|guardaba|tiene|se queda con|retiene) (?:la plata|el dinero|nuestra plata|nuestro dinero|lo que ganamos) (?:como |en )?(?:un |una )?['‘"“]?(?:ahorro|cuenta de ahorro)))/),
      forcedGo(/\b(?:(?:pegar\w*|pegaba|golpear\w*|golpeaba)\b(?<=\b(?:ten[ií]a|tengo|tiene) que ir(?:me)? con (?:ellos|ese|esos|los tipos|los hombres)\b[^.]{0,50}\bsi no\b[^.]{0,20}))/),
      child(/\b(?:(?:fiesta|cumplea[ñn]os) de (?:quince|15)|quincea[ñn]era|primaria(?<=\b(?:el a[ñn]o|cuando|despu[eé]s de que|antes de) (?:termin[eé]|dej[eé]|termin[oó]|dej[oó]) la primaria))/),
      payer(/\b(?:(?:camioneros|choferes|tipos|viejos|hombres|clientes)\b[^.]{0,40}\ble (?:dan|daban|dieron|pagan|pagaban|cargan|cargaban) (?:plata|guita|dinero|\[money_\d+\]?|el celu\w*|cr[eé]dito))/),
      bringer(/\b(?:(?:le|se lo) pagaban a [eé]l|(?:me|la) mandaba con sus (?:amigos|conocidos|compas))\b/),
    ],
  },
  pt: {
    violations: [
      deadline(/\b(?:(?:domingo|segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|amanh[aã]|fim do m[eê]s|fim de semana|\[date_\d+\]?)(?<=\b(?:tenho|temos|tem|t[eê]m|deu|deram) at[eé] [^.]{0,15})(?= (?:para|pra) (?:sair|sairmos|ir embora|desocupar|deixar)))/),
      keptSafe(/\b(?:(?:passaportes?|documentos?|rg|identidade)\b[^.]{0,60}\b(?:mais segur[oa]s?|em seguran[cç]a|(?:pela|por) (?:nossa |minha |sua )?seguran[cç]a|(?:pra|para) n[aã]o (?:perder|perdermos))(?<=\b(?:tem|guarda|guardou|ficou com|fica com|ret[eé]m|reteve) [^.]{0,80}))/),
      owedParts(/\b(?:(?:passagem|passagens|bilhete de avi[aã]o|visto)\b(?<=\b(?:devolv\w*|pag\w*) (?:de volta )?(?:a |o |minha |meu )?(?:passagem|passagens|bilhete de avi[aã]o|visto))(?=[^.]{0,80}\b(?:quarto|apartamento|aluguel|renda|an[uú]ncio|comida|t[aá]xi|d[ií]vida))|(?:zerar|zerada|zero|quitada|quitar tudo)\b(?<=\b(?:ir embora|voltar|sair)\b[^.]{0,30}\bquando [^.]{0,20})|(?:maior|mais alto)\b(?<=\b(?:o n[uú]mero|a conta|a d[ií]vida|o valor) (?:fica|est[aá] ficando|s[oó] fica|vai ficando) (?:cada vez )?(?:maior|mais alto)))/),
      lockedIn(/\b(?:fora\b(?<=\b(?:fecha|fechou|fechava|tranca|trancou|trancava) (?:a porta )?(?:a chave )?(?:por|pelo lado de) fora)(?=[^]{0,120}\b(?:seguran[cç]a|chave)\b)|poupan[cç]a\b(?<=\b(?:dinheiro|ganho|ganhos)\b[^.]{0,40}\b(?:fica|ficam|fica com ele|guarda|guardado|guardados)\b[^.]{0,20}\b(?:numa|na|como|em) ['‘"“]?poupan[cç]a)(?=[^.]{0,60}\b(?:contrato|at[eé]|acabar|perd)))/),
      forcedGo(/\b(?:(?:bater|batia|espancar|surrar)\b(?<=\b(?:tinha|tenho|tem) que ir com (?:eles|ele|os homens|esses homens)\b[^.]{0,50}\bse n[aã]o\b[^.]{0,20}))/),
      child(/\b(?:festa de (?:quinze|15) anos|debutante|fundamental(?<=\b(?:o ano|quando|antes de|depois que) (?:terminei|sa[ií] do|larguei o|terminou|saiu do|largou o) (?:ensino )?fundamental))/),
      payer(/\b(?:(?:caminhoneiros|clientes|homens|coroas|velhos)\b(?= (?:sabem|sabiam) que ela)|novinha(?<=\b(?:essa|esta) (?:[eé] )?a novinha))/),
      bringer(/\b(?:pagavam (?:pra|para|a) ele|me mandava (?:pros|para os) (?:amigos|conhecidos) dele)\b/),
    ],
  },
  fr: {
    violations: [
      deadline(/\b(?:(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|week-end|demain|fin du mois|\[date_\d+\]?)(?<=\b(?:j'ai|on a|nous avons|elle a|avais|avait) jusqu'(?:[aà]|au) [^.]{0,15})(?= pour (?:partir|quitter|d[eé]m[eé]nager|sortir|vider)))/),
      keptSafe(/\b(?:(?:passeports?|papiers|carte d'identit[eé]|titre de s[eé]jour)\b[^.]{0,60}\b(?:plus s[uû]rs?|en s[eé]curit[eé]|pour (?:pas|ne pas) (?:que (?:je|tu|on|nous) )?(?:le |les )?perd\w*|pour (?:ma|notre|ta) s[eé]curit[eé])(?<=\b(?:garde|gard[eé]|a|gardait|retient|retenait|a pris|prend) [^.]{0,80}))/),
      owedParts(/\b(?:(?:dois|devais|doit|devait) (?:encore )?tout (?:[cç]a|ce qu'(?:il|elle) m'a)(?<=\b(?:lui|leur) (?:dois|devais|doit|devait) [^.]{4,30})|(?:billet d'avion|visa)\b(?<=\brembours\w* (?:\w+ )?(?:le |mon |son |du )?(?:billet d'avion|visa))|z[eé]ro\b(?<=\b(?:rentrer|partir|arr[eê]ter)\b[^.]{0,30}\bquand [^.]{0,20}))/),
      lockedIn(/\b(?:ext[eé]rieur\b(?<=\b(?:ferme|fermait|a ferm[eé]|verrouille|verrouillait) (?:la porte )?(?:[aà] cl[eé] )?(?:de|depuis) l'ext[eé]rieur)(?=[^]{0,120}\b(?:s[eé]curit[eé]|cl[eé]s?)\b)|[eé]pargne\b(?<=\b(?:argent|gains?)\b[^.]{0,40}\b(?:garde|gard[eé]|met|bloqu[eé])\b[^.]{0,20}\b(?:en|comme|pour) (?:une |l')?['‘"“«]? ?[eé]pargne))/),
      forcedGo(/\b(?:chez ses (?:potes|amis|copains|cousins)(?<=\bm'envo\w+ chez ses \w+)|(?:frapp\w*|cogn\w*)(?<=\b(?:devais|dois|devait) (?:aller|partir) avec (?:eux|lui|ces hommes)\b[^.]{0,50}\bsinon\b[^.]{0,20}))/),
      child(/\b(?:brevet(?<=\b(?:l'ann[eé]e du|avant le|apr[eè]s le|pendant le|passais le|passer le|rat[eé] le) brevet)|(?:seize|quinze|quatorze|treize|16|15|14|13) ans(?<=\b(?:anniversaire|f[eê]te) (?:de (?:mes|ses) )?\w+ ans))/),
      payer(/\b(?:(?:lui|leur) (?:trouve|trouvait|trouvent|am[eè]ne|amenait|ram[eè]ne) des clients|payaient(?<=\bqui (?:le|la) payaient))\b/),
      bringer(/\b(?:payaient(?<=\bqui (?:le|la) payaient)(?= lui))\b/),
    ],
  },
  nb: {
    violations: [
      deadline(/\b(?:(?:s[oø]ndag|mandag|tirsdag|onsdag|torsdag|fredag|l[oø]rdag|helga|m[aå]nedsskiftet|\[date_\d+\]?)(?<=\b(?:har|fikk|ga (?:meg|oss|henne)) (?:frist )?til \S+)(?= (?:med|til) [aå] (?:flytte|komme meg ut|pakke|v[aæ]re ute)))/),
      keptSafe(/\b(?:trygg(?:ere|est)? (?:hos|med) (?:han|ham|henne|dem|sjefen)\b(?<=\b(?:pass\w*|id-?\w*|papir\w*|dokument\w*|penge\w*)\b[^.]{0,60})|(?:passet|id(?:-kortet|kortet)|id(?:-en|en)|papirene)\b(?<=\b(?:har|holder|beholder|oppbevarer|tok) (?:ogs[aå] |fortsatt |fremdeles |enda |ennå )(?:passet|id-?kortet|id-?en|papirene)))/),
      owedParts(/\b(?:(?:flybillett\w*|visum)\b(?<=\bbetale\w* (?:\w+ )?tilbake\b[^.]{0,40})|(?:null|nedbetalt)\b(?<=\b(?:reise|dra|fare|komme) (?:hjem|herfra)\b[^.]{0,20}\bn[aå]r (?:det|gjelda|gjelden|summen|tallet) er (?:\w+ )?(?:null|nedbetalt))|st[oø]rre\b(?<=\b(?:tallet|summen|gjelda|gjelden) blir (?:bare )?st[oø]rre))/),
      lockedIn(/\b(?:utsiden\b(?<=\b(?:l[aå]ser|l[aå]ste) (?:d[oø]ra |d[oø]ren )?(?:fra|p[aå]) utsiden)(?=[^]{0,120}\b(?:trygg\w*|sikkerhet\w*|n[oø]kkel\w*)\b)|sparekonto\b(?<=\bpenge\w*\b[^.]{0,40}\bsparekonto))/),
      child(/\b(?:konfirma\w+(?<=\b(?:[aå]ret|sommeren|v[aå]ren|h[oø]sten|etter|f[oø]r|rundt) (?:jeg ble |hun ble |min |hennes )?konfirm\w+)|konfirmert)\b/),
      payer(/\b(?:menn som (?:henter|hentet|plukker opp|kj[oø]rer|tar med) henne|betaler\b(?<=\b(?:menn|mennene|kunder|kundene|de)\b[^.]{0,40}\bog betaler))/),
    ],
  },
  zh: {
    violations: [
      keptSafe(/(?:(?:護照|护照|證件|证件|身份證|身份证|身分證)[^。]{0,12}(?:保管|比較安全|比较安全|更安全|安全啲|安全些)(?<=(?:老闆|老板|老闆娘|老板娘|經理|经理|佢|他|她|媽咪|妈咪)[^。]{0,10}(?:護照|护照|證件|证件|身份證|身份证|身分證)[^。]{0,12}(?:保管|比較安全|比较安全|更安全|安全啲|安全些)))/),
      owedParts(/(?:(?:機票|机票|簽證|签证)(?<=(?:還|还|俾返|畀返|給回|给回)[^。]{0,10}(?:機票|机票|簽證|签证))|(?:越還越多|越还越多|越來越多|越来越多)(?<=(?:債|债|數|数|欠)[^。]{0,10}(?:越還越多|越还越多|越來越多|越来越多)))/),
      lockedIn(/(?:(?:反鎖|反锁|鎖住|锁住|鎖門|锁门)(?=[^。]{0,30}(?:安全|鎖匙|钥匙|鑰匙)))/),
      child(/(?:中考(?:那年|嗰年|之前|前|後|后|完)|初中(?:畢業|毕业)(?:那年|嗰年)|小升初)/),
      payer(/(?:客人(?:多是|都是|大多|多数|多數|主要是))/),
    ],
  },
  tpi: {
    violations: [
      keptSafe(/\b(?:(?:paspot|pasport|aidi kad|aidi kat|aidi)\b[^.]{0,60}\b(?:i stap sef|sef long|stap gut long|long sef)(?<=\b(?:holim|kisim|lukautim|putim|gat) [^.]{0,80}))/),
      owedParts(/\b(?:(?:tiket bilong balus|balus tiket|visa)\b(?<=\b(?:baim|peim|bekim) (?:bek )?[^.]{0,20}))/),
      forcedGo(/\b(?:paitim\b(?<=\bmas go (?:wantaim|wantem) (?:ol|em|ol man)\b[^.]{0,40}))/),
      payer(/\b(?:givim (?:moni|mani) long (?:em|papa|mama|anti|bos)(?<=\bol man\b[^.]{0,40}\bol i givim \w+ long \w+))/),
    ],
  },
};

/**
 * Round 14 (blind set N as development material): families added to every language.
 * - a child's age told by a celebration (a fifteenth birthday "celebrated", confirmation to come);
 * - coercion by a partner told without its usual words: "had to sell sex to pay for the trip / the flat",
 *   "said there was no job" (the job promised was not there);
 * - reasons for not reporting told by others' advice ("everyone tells me to call the police") or by what
 *   reporting would bring, and complaints that nobody took up;
 * - extortion told indirectly: money "for the fuel / a soft drink", "this can be sorted out", money taken and
 *   not in the record; free sessions demanded by a client under the threat of exposure;
 * - labour exploitation told without its usual words: pay not given for weeks, fines and room fees kept,
 *   everything deducted before payout, condoms removed from the rooms;
 * - a health worker or clerk who reads someone's record out loud; being told not to come back to a day job.
 */
/** Round 14: held in a patrol car and driven around (officers only). */
const drivenAround = (pattern: RegExp): ViolationRule => v(pattern, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.8, { who: 'resolve', onlyActors: STATE, mode: 'nohyp' });
/** Round 14: a record read out loud where others hear (health settings only, by the pattern's own context). */
const readOut = (pattern: RegExp): ViolationRule => v(pattern, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.75, { who: 'HEALTH_WORKER', mode: 'always' });
/** Round 14: a client (or anyone not an officer) who demands money or free sessions under a threat of exposure. */
const exposed = (pattern: RegExp): ViolationRule =>
  v(pattern, 'EXTORTION', 'THIRD_PARTY_EXTORTION', 0.8, { who: 'resolve', fallback: 'CLIENT', notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD'], mode: 'nohyp' });
/** Round 14: a charge under sex-work law told by its paperwork (a health card not up to date, a fine at court). */
const charged = (pattern: RegExp, subtype = 'SEX_WORK_OFFENCE'): ViolationRule =>
  v(pattern, 'CRIMINALISATION', subtype, 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE'], notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER'], mode: 'nohyp' });

const R14: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      owedParts(/\b(?:(?:trip|journey|flights?|tickets?|travel|flat|room|visa)\b(?<=\b(?:had|has|have|made (?:me|her)) (?:to )?(?:sell sex|sell (?:my|her)self|work|do sex work|see clients|go with men) to pay (?:for|back|off) (?:the |my |her |his )?\w+))/),
      control(/\b(?:(?:job|work)\b(?<=\b(?:said|says|told (?:me|her|us)) (?:that )?there (?:was|is|were|'s) no (?:such )?(?:job|work))(?! (?:for me|at home|in my country|back home)))/, 'DECEPTION'),
      fear(/\b(?:reporting (?:it|him|this|that)\b(?<=\b(?:i'm not|i am not|not|no,? i'm not|never|she's not|she is not) reporting \w+)|(?:police|cops|feds|old bill)\b(?<=\b(?:before anyone says|everyone says|everyone tells me to|everyone's telling me to|people keep saying|they all say) (?:to )?(?:ring|call|phone|go to) (?:the )?\S+))/),
      refused(/\b(?:statement\b(?<=\b(?:did not|didn't|never|wouldn't|would not) (?:take|took|write down|record) (?:a |my |his |her |any )?statement)|risk\b(?<=\b(?:that's|that is|it's|it is|part of) the risk)(?= (?:with|of|in) (?:your|the|this) (?:line of work|job|work|trade|game))(?<=\b(?:officer|police|cops?|copper|sergeant|constable)\b[^.]{0,160}))/),
      labour(/\b(?:(?:fortnight|weeks?|months?|shifts?)\b(?<=\b(?:hasn't|has not|haven't|have not|didn't|did not|never) (?:yet )?(?:been )?paid (?:me|us|her|the girls) (?:for|in) (?:the |my |our |her )?(?:last |past |previous )?(?:two |three |four |few |\w+ )?(?:fortnight|weeks?|months?|shifts?)))/),
      readOut(/\b(?:out loud\b(?<=\bread (?:out )?(?:my|her|the) (?:results?|screen|notes|file|record|diagnosis|name) (?:out loud|aloud))(?<=\b(?:clinic|surgery|gp|doctor|nurse|hospital|a&e|receptionist|appointment)\b[^]{0,400}))/),
      exposed(/\b(?:(?:post|send|show)s? (?:them|it|the (?:pics|photos|screenshots))\b(?<=\b(?:if|unless) (?:i|she) (?:don't|doesn't|won't) (?:\w+ ){1,6}['‘"“]?free['’"”]?\b[^.]{0,80}))/),
      recognised(/\b(?:come back\b(?<=\b(?:didn't|did not|don't|doesn't) need to come back|(?:no need|not to bother) to come back))/),
      payer(/\b(?:book(?:s|ed)? her\b(?<=\b(?:guys|men|blokes|punters|regulars|clients) (?:who |that )?book(?:s|ed)? her))/),
    ],
  },
  es: {
    actors: [actor(/\b(?:personal policial|efectivos policiales|agentes policiales|personal de (?:la )?polic[ií]a|patrulla(?<=\bla patrulla))\b/, 'POLICE')],
    violations: [
      child(/\b(?:(?:quince|15)\b(?<=\b(?:festej[oó]|celebr[oó]|cumpli[oó]|hizo|tuvo|pas[oó]) (?:sus |los |la fiesta de |el )?(?:quince|15))(?! a[ñn]os (?:de|en|que|trabajando|haciendo)))/),
      owedParts(/\b(?:(?:viaje|pasaje|vuelo|boleto|departamento|depto|piso|pieza|visa)\b(?<=\b(?:ten[ií]a|tiene|tengo|ten[ií]amos) que (?:prostituirme|prostituirse|trabajar|hacer (?:la calle|clientes|plazas|pases)|vender sexo|atender clientes|vender (?:mi|su) cuerpo) para pagar (?:el |la |mi |su )?\w+))/),
      control(/\b(?:(?:trabajo|laburo|empleo)\b(?<=\b(?:dijo|dijeron|dice|me dijo|le dijo) que no hab[ií]a (?:ning[uú]n |tal |ese )?\w+))/, 'DECEPTION'),
      fear(/\b(?:papeles\b(?<=\bprefiero [^.]{0,40}\bque perder (?:los|mis) papeles)|(?:denuncia|comisar[ií]a)\b(?<=\b(?:me dicen|me dijeron|todas me dicen|todos me dicen|me insisten|las chicas me dicen|las meninas me dicen) (?:que )?(?:and[aá]|vaya|haga|ir|hacer|vay[aá]|hag[aá]) (?:a )?(?:hacer |poner )?(?:la )?(?:denuncia|comisar[ií]a)))/),
      bribe(/\b(?:cooperaci[oó]n\b(?=[^.]{0,25}\b(?:refresco|chesco|caf[eé]|cerveza|gasolina))|arreglar\b(?<=\b(?:se pod[ií]a|se puede|podemos|lo podemos|ah[ií] se pod[ií]a) arreglar))/),
      unrecorded(/\b(?:acta\b(?<=\bno (?:figura|aparece|consta|est[aá]|figuraba|aparec[ií]a) en el acta))/),
      drivenAround(/\b(?:dando vueltas\b(?<=\b(?:me|nos|la|lo) (?:trajeron|tuvieron|llevaron|pasearon|traian|llevaban) dando vueltas))/),
      readOut(/\b(?:en voz alta\b(?<=\bley[oó] (?:la pantalla|mi (?:ficha|historia|expediente|nombre|diagn[oó]stico)|el (?:resultado|diagn[oó]stico|expediente)) en voz alta)(?<=\b(?:centro de salud|m[eé]dic[oa]|cl[ií]nica|hospital|consultorio|cita|enfermer[oa]|urgencias)\b[^]{0,400}))/),
      recognised(/\b(?:volviera\b(?<=\bque no (?:hac[ií]a falta|hace falta|era necesario) que volviera)|volver\b(?<=\bno (?:hace|hac[ií]a) falta volver))/),
    ],
  },
  pt: {
    violations: [
      child(/\b(?:(?:quinze|15)\b(?<=\b(?:comemorou|festejou|celebrou|fez a festa de|teve a festa de) (?:os |seus )?(?:quinze|15))(?! anos (?:de|que|trabalhando)))/),
      owedParts(/\b(?:(?:viagem|passagem|passagens|voo|apartamento|quarto|visto)\b(?<=\b(?:tinha|tem|tenho|t[ií]nhamos) (?:que|de) (?:fazer programa|se prostituir|me prostituir|trabalhar|atender clientes|vender o corpo) (?:pra|para) pagar (?:a |o |minha |meu |sua |seu )?\w+))/),
      control(/\b(?:(?:emprego|trabalho|servi[cç]o)\b(?<=\b(?:disse|falou|disseram|falaram) que n[aã]o (?:tinha|havia|existia) (?:nenhum |esse )?\w+))/, 'DECEPTION'),
      fear(/\b(?:(?:fiz|fa[cç]o|registrei) (?:o |um |nenhum )?(?:b\.?o|boletim)\b(?<=\bn[aã]o \w+ (?:o |um |nenhum )?\S+)|cara\b(?<=\bdelegad[oa] (?:rindo|rindo-se|ri|riu) da (?:minha |nossa )?cara))/),
      refused(/\b(?:depor\b(?<=\bningu[eé]m (?:me |nos |a |te )?(?:chamou|ligou|intimou) (?:pra|para) depor)(?<=\b(?:corregedoria|delegacia|ouvidoria|den[uú]ncia|queixa|reclama[cç][aã]o)\b[^]{0,200}))/),
      readOut(/\b(?:em voz alta\b(?<=\bleu (?:a tela|o (?:prontu[aá]rio|resultado|diagn[oó]stico)|meu (?:prontu[aá]rio|nome|resultado)) em voz alta)(?<=\b(?:posto|m[eé]dic[oa]|cl[ií]nica|hospital|consult[oó]rio|consulta|enfermeir[oa]|upa)\b[^]{0,400}))/),
    ],
  },
  fr: {
    violations: [
      child(/\b(?:(?:treize|quatorze|quinze|seize|dix-sept|13|14|15|16|17) ans\b(?<=\b(?:f[eê]t[eé]|c[eé]l[eé]br[eé]) (?:ses|mes) \S+ ans))/),
      owedParts(/\b(?:(?:voyage|billet|vol|appart|appartement|chambre|visa)\b(?<=\b(?:devait|devais|dois|doit|fallait) (?:se prostituer|me prostituer|faire des passes|travailler|voir des clients|vendre son corps) pour (?:rembourser|payer) (?:le |la |l'|son |mon |sa |ma )?\w+))/),
      control(/\b(?:(?:travail|boulot|emploi|job)\b(?<=\b(?:a dit|disait|ont dit|m'a dit|lui a dit) qu'il n'y (?:avait|a) (?:pas de|aucun|plus de) \w+))/, 'DECEPTION'),
      fear(/\b(?:(?:police|flics|keufs)\b(?<=\b(?:tout le monde|on|les filles|mes amies|mes copines) me (?:dit|disent) d'(?:appeler|aller voir|aller [aà]) (?:la |les )?\w+)|risque-l[aà]\b(?<=\bpeux pas prendre ce risque-l[aà]))/),
      bribe(/\b(?:(?:carburant|essence|gasoil|gazoil)\b(?<=\bpour ['‘"“«]? ?(?:le |l')?\w+)(?<=\b(?:donne|donner|payer|paye|verse|verser|donnait)\b[^.]{0,30}\bpour [^.]{0,6}\w+))/),
      charged(/\b(?:carnet (?:sanitaire )?(?:pas|non|plus) [aà] jour|amende\b(?<=\btribunal\b[^.]{0,30}\bamende))/),
      labour(/\b(?:frais de chambre|p[eé]nalit[eé]s\b(?<=['‘"“«] ?p[eé]nalit[eé]s))/),
      readOut(/\b(?:[aà] voix haute\b(?<=\blu (?:mon dossier|l'[eé]cran|mes r[eé]sultats|le r[eé]sultat|mon diagnostic) [aà] voix haute)(?<=\b(?:h[oô]pital|m[eé]decin|clinique|infirmi[eè]re|cabinet|rendez-vous|urgences)\b[^]{0,400}))/),
      exposed(/\b(?:gratuite?s?\b(?<=\b(?:rencontres?|passes?|s[eé]ances?|plans?|faveurs?) ['‘"“«]? ?gratuite?s?)(?<=\bsi (?:je|elle|on) [^.]{0,40}))/),
    ],
  },
  nb: {
    actors: [actor(/\b(?:kj[aæ]resten(?: (?:hennes|hans|din))?|samboeren hennes|mannen hennes|typen (?:min|hennes))\b/, 'FAMILY_OR_PARTNER')],
    violations: [
      child(/\b(?:konfirmeres|konfirmant\w*|(?:13|14|15|16|17|tretten|fjorten|femten|seksten|sytten)(?:-[aå]rsdagen|[aå]rsdagen)\w*(?<=\bfeiret (?:sin |hennes )?\S+))\b/),
      owedParts(/\b(?:(?:reisen|billetten|flybilletten|turen|leiligheten|rommet|visumet)\b(?<=\b(?:m[aå]tte|skulle|m[aå]) (?:selge sex|selge seg|jobbe|ta kunder|ta imot kunder) for [aå] betale (?:for |tilbake |ned )?(?:\w+ )?\w+))/),
      control(/\b(?:jobb\b(?<=\bsa (?:han |hun |de )?at det ikke (?:fantes|fins|var) (?:noen|ingen) jobb))/, 'DECEPTION'),
      fear(/\b(?:anmelder\b(?<=\bhvorfor (?:vi|jeg|hun|dere) ikke anmelder)|112\b(?<=\b(?:ringer|ringte) jeg [^.]{0,40}\bikke 112))/),
      interrogation(/\b(?:spurte\b(?<=\b(?:satt|var) (?:\w+ ){0,6}(?:i|p[aå]) (?:to|tre|fire|fem|seks|\d+) timer (?:og )?spurte))/),
      charged(/\b(?:bortvisning\w*\b(?<=\b(?:papir|vedtak|beslutning|brev)\W{1,3}(?:om )?bortvisning\w*))/, 'IMMIGRATION'),
      labour(/\b(?:trekkes\b(?=[^.]{0,30}\b(?:utbetal\w*|l[oø]nn\w*))|kondom\w*\b(?<=\bfjern\w* (?:alle )?kondom\w*)(?=[^.]{0,30}\brom))/),
      exposed(/\b(?:(?:legger|sender|viser|poster|sprer) (?:han|hun|de) (?:dem|det|bildene|skjermbildene)\b(?<=\bhvis (?:jeg|hun|vi) ikke\b[^.]{0,80}))/),
      recognised(/\b(?:komme tilbake\b(?<=\bikke trengte [aå] komme tilbake|\b(?:trengte|trenger) ikke [aå] komme tilbake))/),
    ],
  },
  zh: {
    violations: [
      child(/(?:(?:十三|十四|十五|十六|十七|13|14|15|16|17)(?:歲|岁)(?:的)?生日)/),
      owedParts(/(?:(?:路費|路费|機票|机票|房租|旅費|旅费)(?<=(?:賣淫|卖淫|接客|賣身|卖身|做|出台)(?:來|来)?(?:還|还|償還|偿还|付)[^。]{0,4}(?:路費|路费|機票|机票|房租|旅費|旅费)))/),
      fear(/(?:(?:別逗了|别逗了|開玩笑|开玩笑|怎麼可能|怎么可能)(?<=(?:報警|报警)[？?]\s?(?:別逗了|别逗了|開玩笑|开玩笑|怎麼可能|怎么可能))|(?:派出所|警察局|報警|报警)(?<=(?:要是|如果|若是|若)(?:我)?(?:去)?(?:派出所|警察局|報警|报警))(?=[^]{0,80}(?:拘留|罚款|罰款|通知家里|通知家裡)))/),
      charged(/(?:社維法|社维法)/),
      labour(/(?:押金(?<=(?:經理|经理|老闆|老板|老闆娘|老板娘|媽咪|妈咪|會所|会所|店裡|店里)[^。]{0,10}(?:扣|收|拿|押)[^。]{0,12}押金)|(?:罚款|罰款)(?<=(?:各種|各种)(?:罚款|罰款)))/),
    ],
  },
  tpi: {
    violations: [
      owedParts(/\b(?:(?:tiket|balus|rum|haus)\b(?<=\bmas salim bodi (?:bilong (?:em|mi) )?long (?:bekim|baim|peim) (?:dinau (?:bilong )?)?\w+))/),
      labour(/\b(?:pe bilong (?:mi|mipela|ol)\b(?<=\b(?:i )?no givim pe bilong \w+)|hap (?:moni|mani) long (?:olgeta|ol) kastoma(?<=\bkisim hap \w+ long \w+ kastoma))/),
      exposed(/\b(?:tokim (?:ol )?polis\b(?<=\bsapos (?:mi|mipela|em) no givim\b[^.]{0,50}\bbai tokim (?:ol )?polis))/),
    ],
  },
};

/**
 * Round 15 (blind set O as development material): families added to every language.
 * - a child told only by her school, named the short way ("a sophomore at [PLACE] High", "la secu", "au bahut",
 *   "no colegial", "10.º ano", "hai skul");
 * - coercion told by a colleague: papers "with him" (está com ele, chez lui, hos ham, 喺…度), a debt for the trip that
 *   never ends or grows (條數成日都加, "a conta nunca mais acaba"), not going out without him knowing or asking;
 * - a charge told by its name or paperwork ("charged with wandering", "caution for loitering", a municipal
 *   "arrêté anti-…", the "third PV", 行政拘留), clients fined where she works ("ley mordaza", "multam os clientes"),
 *   bail that had to be paid to officers, stops told by their count ("third time that week", "trois fois ce mois-ci").
 * Safeguarding false flags fixed in the language files: a debt followed by "free to leave / documents with me / not
 * trafficking", "skylder … ingenting", "je dois le signaler ?", the reporter's own passport ("jeg har passet mitt selv").
 */
/** Round 15: not going out without the controller knowing or asking him first (the pattern carries its own negation). */
const notAlone = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'PREVENTED_FROM_LEAVING');
/** Round 15: clients fined or chased where she works (CRIMINALISATION of the trade, as es "multan a los clientes"; never the client as doer). */
const clientsFined = (pattern: RegExp): ViolationRule =>
  v(pattern, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER'], mode: 'nohyp' });
/** Round 15: stopped again and again by officers, told by the count ("third time that week"; each pattern names the police near it). Standalone: harassment stays when a charge is named too. */
const stoppedAgain = (pattern: RegExp): ViolationRule =>
  v(pattern, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.8, { who: 'POLICE', mode: 'nohyp', standalone: true });

const R15: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      child(/\b(?:(?:freshman|sophomore)\b(?=[^.]{0,40}\bhigh\b)(?<!\bcollege (?:freshman|sophomore))|high\b(?<=\[place_\d+\] high)(?! (?:st|street|road|rd|rise|court|heels|end)\b))/),
      charged(/\b(?:(?:wandering|loitering|idling|vagrancy)\b(?<=\b(?:charged|arrested|booked|picked|caution(?:ed)?|convicted) (?:us |me |her |them |up )?(?:with|for) (?:\w+ )?\w+))/),
      bribe(/\b(?:bail\b(?<=\bpay (?:\[money_\d+\]?\]? |money |cash |something )?(?:for|as) bail))/),
      stoppedAgain(/\b(?:(?:third|fourth|fifth|sixth|3rd|4th|5th) time (?:that|this|in a) (?:week|month|fortnight)(?<=\bstop(?:ped|s)?\b[^]{0,120})(?<=\b(?:officers?|police|cops?|coppers?|old bill|garda[ií]?)\b[^]{0,200}))/),
      clientsFined(/\b(?:(?:clients|punters|drivers|customers)\b(?<=\b(?:fin(?:e|es|ed|ing)|ticket(?:s|ed|ing)?|book(?:s|ed|ing)?) (?:the |my |our )?(?:clients|punters|drivers|customers)))/),
    ],
  },
  es: {
    violations: [
      child(/\b(?:(?:secu|prepa)\b(?<=\b(?:en|a|de) la (?:secu|prepa)))/),
      clientsFined(/\b(?:(?:ley mordaza|multa\b(?<=\b(?:pone|ponen|pon[ií]a|puso|pusieron|ponen) a (?:los|mis) clientes (?:la|una) multa)))/),
      notAlone(/\b(?:sepa\b(?<=\bno (?:sale|sal[ií]a|puede salir|pod[ií]a salir)(?: (?:a la calle|sola|de casa|ni a \w+))? sin que (?:[eé]l|ella|ellos|\[person_\d+\]) (?:lo )?sepa))/),
    ],
  },
  pt: {
    violations: [
      clientsFined(/\b(?:clientes\b(?<=\bmult(?:am|aram|ando|ar|ava|avam) (?:os |meus |nossos )?clientes))/),
      child(/\b(?:colegial\b(?<=\b(?:no|do) colegial)|(?:[5-9]|1[0-2])\.?\s?º ano\b(?<=\b(?:no|do|o) \S+ ano))/),
      keptSafe(/\b(?:(?:passaporte|documentos?|bi|cart[aã]o de cidad[aã]o)\b(?: (?:dela|dele|delas))? (?:est[aá]|t[aá]|fica|ficou|est[aã]o|ficam) com (?:ele|ela|eles|\[person_\d+\]|o \[person_\d+\]|o patr[aã]o|a dona|o senhor)\b)/),
      owedParts(/\b(?:(?:viagem|passagem|voo|visto)\b(?<=\b(?:lhe |me |ainda )*deve (?:ainda )?(?:a|o) (?:viagem|passagem|voo|visto))|(?:nunca mais acaba|nunca acaba|n[aã]o acaba nunca|s[oó] aumenta|s[oó] cresce)\b(?<=\b(?:a conta|a d[ií]vida|o valor|o n[uú]mero) (?:\w+ )?\S+ \S+(?: \S+)?))/),
      notAlone(/\b(?:saber\b(?<=\bn[aã]o (?:sai|sa[ií]a|pode sair|podia sair)(?: (?:[aà]|na|para a|pra) rua| de casa| sozinha)? sem (?:ele|ela|eles|o \[person_\d+\]|\[person_\d+\]) saber))/),
    ],
  },
  fr: {
    violations: [
      child(/\b(?:bahut\b(?<=\b(?:au|du) bahut))/),
      stoppedAgain(/\b(?:(?:trois|quatre|cinq) fois (?:ce mois-ci|cette semaine|dans la semaine|en une semaine)(?=[^.]{0,40}\b(?:la bac|les flics|la police|les keufs|les policiers|les gendarmes)\b))/),
      charged(/\b(?:arr[eê]t[eé] (?:anti-?\w+|municipal|pr[eé]fectoral)|pv\b(?<=\b(?:deuxi[eè]me|troisi[eè]me|quatri[eè]me|\d+e) pv))/),
      keptSafe(/\b(?:(?:passeport|papiers|carte d'identit[eé]|pi[eè]ces? d'identit[eé])\b (?:est|sont|reste|restent) chez (?:lui|elle|eux|\[person_\d+\]|le patron|la patronne)\b)/),
      notAlone(/\b(?:(?:sache|sachent|demander)\b(?<=\bsort(?:ait)? (?:pas|jamais|plus) (?:\w+ )?sans (?:qu'(?:il|elle|ils) le \w+|lui demander)))/),
    ],
  },
  nb: {
    violations: [
      clientsFined(/\b(?:(?:kundene|sj[aå]f[oø]rene|torskene)\b(?<=\b(?:b[oø]tela\w*|b[oø]telegg\w*) (?:\w+ )?(?:kundene|sj[aå]f[oø]rene|torskene)))/),
      keptSafe(/\b(?:(?:passet|id-?kortet|papirene)\b(?: (?:hennes|mitt|v[aå]rt))? (?:er|ligger) hos (?:ham|han|henne|dem|sjefen|\[person_\d+\])\b)/),
      notAlone(/\b(?:uten (?:at (?:han|hun|de|\[person_\d+\]) vet|[aå] sp[oø]rre (?:ham|han|henne|dem|\[person_\d+\]))(?<=\b(?:ikke|aldri) (?:\w+ )?ut uten \S+ \S+(?: \S+)?))/),
    ],
  },
  zh: {
    violations: [
      charged(/(?:行政拘留|治安拘留|治安管理(?:处罚|處罰)|收容教育)/),
      bribe(/(?:(?:没收|沒收)(?<=(?:现金|現金|钱|錢)(?:全部|都|全都)?(?:没收|沒收)))/),
      fear(/(?:(?:報了警|报了警|一報警|一报警)(?=[^。]{0,20}(?:抓|拘留|罚|罰)))/),
      clientsFined(/(?:(?:嫖客|客人)(?<=(?:罰|罚|抓)(?:嫖客|客人)))/),
      keptSafe(/(?:(?:證件|证件|護照|护照|身份證|身份证|回鄉證|回乡证)(?:喺|在|放喺|放在)[^。，,]{0,14}(?:度|嗰度|那裡|那里|手上|手裡|手里))/),
      owedParts(/(?:(?:條數|条数)(?:成日|一直|經常|经常|又|不停)(?:都)?(?:加|多|長|长)|做(?:夠|够)(?:條)?(?:數|数)先)/),
      notAlone(/(?:(?:落街|出街|出門|出门|外出)[^。]{0,8}(?:都要|要先|都得|得先)(?:打電話|打电话)?(?:問過|问过|問|问))/),
    ],
  },
  tpi: {
    acts: [act(/\b(?:kisim (?:\[money_\d+\]?|\d+ kina) long (?:olgeta |wanwan |ol )?kastoma)/, 'SKIM', 0.85)],
    violations: [
      child(/\b(?:hai ?skul\b(?<=\b(?:stap (?:yet )?long|i go long|skul long) hai ?skul))/),
      keptSafe(/\b(?:(?:paspot|pasport|aidi kad|aidi)\b(?: bilong (?:em|mi))? i stap (?:wantaim|long han bilong) (?:em|bos|\[person_\d+\]))/),
      notAlone(/\b(?:(?:ausait|autsait)\b(?<=\bno (?:inap|ken) go (?:ausait|autsait))(?=[^.]{0,30}\bsapos (?:em|bos|\[person_\d+\]) i no save))/),
    ],
  },
};

/**
 * Round 16 (blind set P as development material: phone messages, voice-to-text, code-switching, outreach notes):
 * families added to every language.
 * - reasons for not reporting told as a question or a refusal ("who am I supposed to report that to", "¿denunciar?
 *   ni loca", "porter plainte ?", "vil ikke anmelde", "não querem denunciar", "mi no inap ripotim", 「報警？」);
 * - extortion by a client told as free sessions or the photos sent to someone unless she complies;
 * - held at the station without being told why (ARBITRARY_ARREST, officers only);
 * - labour exploitation told by the share kept and the rules of the house (a percentage kept, pay not given,
 *   no two together, no security, no saying no to a client without a condom);
 * - eviction told by its paperwork (a lease terminated, the lock changed) and housing refused once they look her up;
 * - the clients of a child named by what they do (drivers she is set up with, men she meets online, 搵客).
 */
/** Round 16: held without being told why (each pattern names a police station, cell or officers before it). Standalone: a charge found elsewhere in the report (a colleague's papers) does not explain this detention. */
const heldNoReason = (pattern: RegExp): ViolationRule =>
  v(pattern, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.8, { who: 'resolve', fallback: 'POLICE', prefer: ['POLICE', 'OTHER_STATE_OFFICIAL'], notActors: NOT_OFFICIALS, mode: 'always', standalone: true });
/** Round 16: money or sex demanded of her by a client under a threat of exposure (the pattern carries its condition). */
const exposedAlways = (pattern: RegExp): ViolationRule => ({ ...exposed(pattern), mode: 'always' });
/** Round 16: a home or room lost by its paperwork (landlord, or whoever runs the building). */
const evicted = (pattern: RegExp): ViolationRule =>
  v(pattern, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD', notActors: ['CLIENT', 'HEALTH_WORKER', 'MEMBER_OF_PUBLIC'], mode: 'nohyp' });
/** Round 16: sent to a special clinic because of the work, or refused as a patient (health settings only). */
const sentAway = (pattern: RegExp): ViolationRule => v(pattern, 'DENIAL_OF_HEALTH_CARE', 'NOT_MEDICALLY_INDICATED', 0.75, { who: 'HEALTH_WORKER', mode: 'always' });
/** Round 16: a bank or a shop that closed her account or refused her for the work. */
const banked = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'SERVICES', 0.75, { who: 'OTHER', mode: 'always' });

/**
 * Round 16: a reason for not reporting told in a way of its own. A backup (round 17): it finds the type when
 * nothing else did and adds no weight to a reason found otherwise, so a report that already says why keeps its
 * order of types.
 */
const fearAlso = (pattern: RegExp): ViolationRule => v(pattern, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.5, { mode: 'always', backup: true });

const R16: Readonly<Record<string, Additions>> = {
  en: {
    actors: [actor(/\b(?:no (?:such )?(?:officer|cop|detective) (?:by|with|of) (?:that|his|her|the) (?:name|number|badge)\b(?<=\b(?:badge|vice|cop|police|officer|detective|undercover)\b[^]{0,500})|(?:flash(?:es|ed|ing)? (?:a |his |her )?badge|says? (?:he'?s|he is|he was|hes|she'?s|she is|she was) (?:vice|a cop|police|an officer|undercover|a detective))(?=[^]{0,500}\b(?:no (?:such )?(?:officer|cop|detective) (?:by|with|of) (?:that|his|her|the) (?:name|number|badge)|(?:not|wasn't|wasnt) a real (?:cop|officer|detective)|fake (?:cop|badge|officer))))/, 'IMPERSONATOR'), actor(/\b(?:his (?:\w+ )?(?:partner|colleague|mate|buddy|sidekick)\b(?<=\b(?:cops?|officers?|vice|police|detective|copper|sergeant|constable)\b[^]{0,200})(?: \w+)?)/, 'POLICE')],
    acts: [act(/\b(?:(?:takes|took|pockets|pocketed|grabs|grabbed) (?:all )?the \[money_\d+\]?\]?(?= (?:i|we|she) (?:made|earned|had)))/, 'TAKE', 0.85)],
    violations: [
      fearAlso(/\b(?:report (?:it|that|this|him|them) to\b(?<=\bwho (?:am i|are we|is she|was i|would i|do i) (?:supposed|meant|going|gonna|sposed) to report \w+ to)|(?:police|cops|feds)\?(?<=\b(?:go to|call|ring|tell|report (?:it )?to) (?:the )?\S+))/),
      heldNoReason(/\b(?:why\b(?<=\b(?:without|never|didn't|didnt|did not|wouldn't|wouldnt|would not|no one) (?:even )?(?:telling|told|tell|saying|said|explaining|explained) (?:me|us|her|them)? ?why)(?<=\b(?:station|cells?|custody|locked up|held|kept|detained|van|police|cops|officers)\b[^.]{0,80}))/),
      charged(/\b(?:breach(?:ing)? (?:of )?(?:(?:her|my|their|the) )?(?:visa|immigration|student visa) (?:conditions|rules))\b/, 'IMMIGRATION'),
      evicted(/\b(?:lease (?:was )?(?:terminated|cancelled|canceled|ended)|(?:changed|changing) the locks?\b(?<=\b(?:already|landlord|manager|mgr|owner|they|he|she) (?:\w+ )?(?:changed|changing) the locks?))/),
      housing(/\b(?:(?:it's|its|it is) a no\b(?<=\b(?:google|look up|search|check)\w* (?:my|her) name\b[^.]{0,20}))/),
      sentAway(/\b(?:(?:infectious|std|sti|vd|hiv|special|sexual health) (?:diseases? )?(?:unit|ward|clinic)\b(?<=\b(?:should|had to|must|need to|needed to|have to|to) go to (?:the )?\w+ (?:diseases? )?\w+)(?<=\b(?:said|says|told me|goes|tells me)\b[^.]{0,80}))/),
      coercedSex(/\b(?:take care of (?:him|them)\b(?=[^.]{0,60}\bor (?:he|they)(?:'ll| will)? (?:writes?|books?|nicks?|arrests?|charges?) (?:me|us|her)))/),
      payer(/\b(?:(?:dates|johns|tricks) w(?:ith|\/) (?:drivers|truckers|men|guys|older men)|(?:men|guys|drivers) she meets (?:on|online|through))\b/),
    ],
  },
  es: {
    violations: [
      fearAlso(/\b(?:ni loca\b(?<=\b(?:comisar[ií]a|polic[ií]a|denuncia\w*|cana|yuta)\b[^.]{0,15}\bni loca)|ni loca (?:voy|denuncio|hago la denuncia|llamo)|denunciar\?)/),
      exposedAlways(/\b(?:gratis\b(?<=\bsi no (?:lo |la |le )?(?:atiendo|atiende|hago|hace|doy|da)\b[^.]{0,20}\bgratis)(?=[^.]{0,30}\b(?:manda|env[ií]a|muestra|publica|sube|cuenta)))/),
      heldNoReason(/\b(?:por qu[eé]\b(?<=\bsin (?:decir(?:nos|me|le|les)?|explicar(?:nos|me|le)?) (?:nada de )?por qu[eé])(?<=\b(?:comisar[ií]a|calabozo|celda|patrullero|m[oó]vil|polic[ií]as?|canas|detenid[oa]s?|demorad[oa]s?|encerrad[oa]s?)\b[^.]{0,80}))/),
      labour(/\b(?:(?:retiene|se queda con|cobra) (?:el )?\d+ ?%|no (?:le |me |nos )?paga (?:su|mi|nuestra) parte|no (?:permite|deja) que (?:est[eé]n|estemos|trabajen|trabajemos) dos juntas)/),
      labour(/\b(?:(?:alguien|nadie|guardia|persona) de seguridad\b(?<=\bno (?:permite|deja)\b[^.]{0,40}))/, 'EXCLUDED_FROM_PROTECTION'),
      banked(/\b(?:(?:cerr[oó]|cerraron|bloque[oó]|bloquearon|dio de baja) (?:la|mi|su) (?:caja de ahorro|cuenta)(?<=\bbanco\b[^.]{0,30}\b\w+ (?:la|mi|su) (?:caja de ahorro|cuenta)))\b/),
      payer(/\b(?:le pasa clientes|le consigue clientes|le busca clientes)\b/),
    ],
  },
  pt: {
    actors: [actor(/\b(?:don[oa] d[ao] (?:kitnet|quitinete|quarto|apartamento|pens[aã]o|im[oó]vel))\b/, 'LANDLORD')],
    violations: [
      fearAlso(/\b(?:(?:n[aã]o|nem) (?:querem|quer|quis|quiseram|vou|vai|v[aã]o) (?:denunciar|dar queixa|fazer (?:o )?b\.?o|registrar))\b/),
      heldNoReason(/\b(?:por ?qu[eê]\b(?<=\bsem (?:nos |me )?(?:falar|dizer|explicar) (?:nada )?(?:de |o )?por ?qu[eê])(?<=\b(?:delegacia|comisar[ií]a|cela|viatura|patrulh\w+|pol[ií]cia\w*|pm|presa|detida|levad[oa]s?)\b[^.]{0,80}))/),
      housing(/\b(?:n[aã]o aluga (?:pra|para|a) (?:traveco|travesti|puta|garota de programa|quem faz programa|mulher que faz programa))/),
      labour(/\b(?:segurou o pagamento|cobra multa (?:de \[money_\d+\]? )?por atraso|pro[ií]be recusar cliente)/),
      payer(/\b(?:faz programa com (?:caminhoneiros|homens|coroas|velhos|clientes))\b/),
    ],
  },
  fr: {
    violations: [
      fearAlso(/\b(?:porter plainte ?\?|j'ose pas (?:porter plainte|aller (?:voir )?(?:[aà] )?la police|appeler les flics)|j'ose pas\b(?<=\bplainte\b[^]{0,100}\bj'ose pas))/),
      exposedAlways(/\b(?:gratos\b(?<=\bsi (?:je|elle) (?:lui |leur )?(?:fais|fait) pas (?:des |de )?(?:passes|plans|s[eé]ances) gratos)|gratuit\w*\b(?<=\bsi (?:je|elle) (?:lui |leur )?(?:fais|fait) pas (?:des |de )?(?:passes|plans|s[eé]ances) gratuit\w*))/),
      heldNoReason(/\b(?:pourquoi\b(?<=\bsans (?:nous |me |leur |lui )?(?:dire|expliquer) pourquoi)(?<=\b(?:commissariat|garde [aà] vue|gendarmerie|poste|cellule|gard[eé]es?|retenues?)\b[^.]{0,60}))/),
      control(/\b(?:passeport (?:est )?(?:gard[eé]|confisqu[eé]|retenu|pris) par\b|(?:dit |doit |disait )?devoir \[money_\d+\]? ?[aà] (?:la |sa |le |son )?['‘"“«]? ?(?:madame|mama|patron|patronne|mac|passeur))/, 'DEBT_BONDAGE'),
    ],
  },
  nb: {
    violations: [
      // The subject left out, as in a caseworker's note ("Vil ikke anmelde, redd for …").
      fearAlso(/\b(?:(?:vil|t[oø]r|orker) ikke (?:[aå] )?anmelde\b(?<=(?:^|[.!?:;] ?)\w+ ikke (?:[aå] )?anmelde))/),
      heldNoReason(/\b(?:hvorfor\b(?<=\buten [aå] (?:si|fortelle|forklare) (?:oss |meg |henne )?hvorfor)(?<=\b(?:politi\w*|arrest\w*|glattcelle\w*|purken|holdt|stasjonen)\b[^.]{0,80}))/),
      payer(/\b(?:selger sex til menn|menn (?:hun|jeg) m[oø]ter p[aå] (?:snap|nett|appen))\b/),
    ],
  },
  zh: {
    acts: [act(/(?:(?:錢|钱|現金|现金)(?:全部|都|全都|晒)?(?:拿走|搶走|抢走|收走|袋走|拎走|攞走|搜走))/, 'TAKE', 0.85)],
    violations: [
      fearAlso(/(?:(?:報警|报警)\s?[?？](?=[^。]{0,30}(?:唔敢|不敢|bu gan|m gam|差佬|警察|實問|实问|會問|会问)))/),
      sentAway(/(?:(?:驚|惊|怕)(?:其他|其它|別的|别的)?(?:病人|客人)(?<=(?:醫生|医生|護士|护士|診所|诊所|姑娘)[^。]{0,40}))/),
      v(/(?:講我是非|讲我是非|講我閒話|讲我闲话|說我閒話|说我闲话)(?<=(?:醫生|医生|護士|护士|診所|诊所|姑娘)[^。]{0,60}(?:講我是非|讲我是非|講我閒話|讲我闲话|說我閒話|说我闲话))/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER', mode: 'always' }),
      payer(/(?:(?:網上|网上|網|网)(?:搵客|找客|揾客))/),
    ],
  },
  tpi: {
    acts: [act(/\b(?:(?:singaut|singautim|kolim|tok) ['"]?(?:yupela|yu|em|ol) (?:ol )?pamuk)\b/, 'INSULT', 0.75, 'nohyp')],
    violations: [
      fearAlso(/\b(?:(?:no inap|no ken|no laik|no save) ripot(?:im)?)\b/),
      labour(/\b(?:(?:half|hap) (?:of |bilong )?(?:our|mipela|ol) (?:moni|mani)\b(?<=\bkisim (?:half|hap) (?:of |bilong )?\w+ \w+)|no larim (?:mipela|mi|ol meri) (?:long )?tok no\b)/),
      labour(/\b(?:no security|nogat (?:sekiuriti|security)|no lock long dua)\b/, 'UNSAFE_CONDITIONS'),
    ],
  },
};

/**
 * Round 17 (blind set Q as development material: caseworker forms, long accounts, reports through a friend):
 * reasons for not reporting built from their parts rather than listed phrase by phrase, since every writer has
 * told them in words of their own. A reporting verb (report, press charges, go to / call the police, denunciar,
 * porter plainte, anmelde, dar queixa, ripot, 報警, 投訴) refused, not dared or not done, a few words after the
 * refusal, or asked as a question ("Porter plainte pour le couteau ?", "Denunciar como", "Ripot?"). Not when the
 * report is only not made yet ("has not gone to police yet", "no ripot yet", 未報警). Apostrophes are optional, as
 * people type them.
 */
/** Round 17: working alone now, with nobody knowing where she is, because working together is prosecuted (no doer of its own). */
const alone = (pattern: RegExp): ViolationRule => v(pattern, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.75, { mode: 'always' });

const R17: Readonly<Record<string, Additions>> = {
  en: {
    actors: [actor(/\b(?:flash(?:es|ed|ing)? (?:a |his |her )?(?:warrant card|badge|id)(?=[^]{0,500}\b(?:weren'?t|were not|wasn'?t|was not|aren'?t|isn'?t) (?:even )?(?:real )?(?:old bill|police|cops|coppers|officers?)))/, 'IMPERSONATOR')],
    acts: [
      act(/\b(?:broke (?:my|her) (?:wrist|arm|nose|jaw|ribs?|fingers?|hand|cheekbone|leg))\b/, 'ASSAULT', 0.85),
      act(/\b(?:take (?:all )?the booking money|keeps? (?:all )?the booking money)\b/, 'SKIM', 0.75, 'always'),
    ],
    violations: [
      exposedAlways(/\b(?:(?:tell|ring|call|grass us up to|report us to) (?:the )?(?:police|cops|old bill|council)\b(?<=\b(?:or|otherwise) (?:he'?d|he would|he'll|she'?d|she would|they'?d|they would) (?:\w+ )?\w+ (?:the )?\w+)(?<=\[money_\d+\]?\]?[^.]{0,80}))/),
      bribe(/\b(?:(?:pay|give|sort)\b(?<=\bif (?:i|she|we) want(?:ed)? to (?:keep|carry on) (?:working|standing|on)\b[^.]{0,40}\b(?:had|have|has) to (?:pay|give|sort)))/),
      charged(/\b(?:caution(?:ed)? for (?:soliciting|loitering|kerb crawling)|breach(?:ing)? (?:of )?(?:my |her |the )?conditions? of (?:stay|entry|my visa|her visa))\b/),
      alone(/\b(?:nobody knows where (?:i am|i'm|she is|she's)|no ?one knows where (?:i am|i'm|she is))\b(?<=\b(?:on my own|alone|by myself|on her own)\b[^.]{0,80})/),
      recognised(/\b(?:couldn'?t have (?:someone|anyone|a person) (?:like (?:me|her|that)|with (?:that|a record))|(?:wouldn'?t|won'?t) (?:hire|employ|take on) (?:someone|anyone) (?:like (?:me|her)|with (?:that|a record)))\b/),
      fearAlso(/\b(?:(?:not|never|won'?t|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|couldn'?t|can'?t|cannot|wouldn'?t|isn'?t going to|ain'?t|refuses? to|refused to|(?:too )?(?:scared|afraid) to|no point(?: in)?)(?: \w+){0,2} (?:report(?:ing|ed)?|go(?:ne|ing)? (?:in |down )?to (?:the )?(?:police|cops|feds|old bill|station|guards)|call(?:ing|ed)? (?:the )?(?:police|cops|999|911)|ring(?:ing)? (?:the )?(?:police|cops)|press(?:ing)? charges|(?:make|made|making) a (?:statement|complaint|report)))\b(?![^.]{0,40}\b(?:yet|so far)\b)/),
      fearAlso(/\b(?:(?:report(?:ing)?|press(?:ing)? charges)(?: (?:it|him|them|this|that))?(?: to (?:the )?(?:police|cops))?\?)/),
    ],
  },
  es: {
    acts: [
      act(/\b(?:(?:con|la|me dej[oó] (?:tirada )?con la) cara partida|se llev[oó] (?:el|mi|su) (?:bolso|cartera|mochila|plata|celular))\b/, 'ASSAULT', 0.8),
    ],
    violations: [
      heldNoReason(/\b(?:acusaba\b(?<=\bsin decir(?:le|me|nos|les)? de qu[eé] (?:se (?:la|lo|las|me|nos) )?acusaba)(?<=\b(?:comisar[ií]a|calabozo|patrullero|m[oó]vil|polic[ií]as?|canas|levant[oó]|levantaron)\b[^.]{0,120}))/),
      bribe(/\b(?:(?:arreglar|pagar|dar(?:le)?|poner)\b(?<=\bsi (?:quer[ií]a|quiere|quer[eé]s|quieres|quiero) seguir (?:parando|trabajando|laburando|estando)\b[^.]{0,50}\bten[ií]a que ['‘"“]?(?:arreglar|pagar|dar(?:le)?|poner)))/),
      unrecorded(/\b(?:acta\b(?<=\b(?:nunca|no) (?:apareci[oó]|aparecieron|figur[oó]|figuraron|const[oó]) en el acta))/),
      v(/\b(?:(?:secuestraron|quitaron|sacaron) (?:el|los|mi|sus|su) (?:celulares?|m[oó]vil(?:es)?|tel[eé]fonos?)\b)/, 'POLICE_ABUSE', 'THEFT_SEIZURE', 0.75, { who: 'resolve', onlyActors: STATE, mode: 'nohyp' }),
      banked(/\b(?:(?:no|tampoco) (?:me|le) (?:quisieron|quiso|quieren) abrir (?:la|una) cuenta)\b/),
      fearAlso(/\b(?:(?:no|ni|nunca|jam[aá]s|se niega a|se neg[oó] a|no se anima a|no me animo a|miedo de|teme|tem[ií]a)(?: \w+){0,3} (?:denunci\w*|hacer (?:la|una) denuncia|poner (?:la |una )?denuncia|ir a la (?:polic[ií]a|comisar[ií]a|cana|yuta)|llamar a la polic[ií]a|avisar a la polic[ií]a))\b(?![^.]{0,30}\b(?:todav[ií]a|a[uú]n)\b)/),
      fearAlso(/\b(?:denunciar\b(?= (?:c[oó]mo|para qu[eé]|a qui[eé]n)\b)|denunciar(?:lo|la)?\?)/),
    ],
  },
  pt: {
    actors: [actor(/\b(?:(?:colete|distintivo|carteira|crach[aá]) da pol[ií]cia(?: civil| militar| federal)?(?=[^]{0,300}\bn[aã]o (?:[eé]|era) (?:policial|pol[ií]cia|da pol[ií]cia)))/, 'IMPERSONATOR')],
    violations: [
      housing(/\b(?:n[aã]o aluga (?:pra|para|a) ['‘"“]?(?:mulher da vida|mulher de programa|mulheres da vida))/),
      fearAlso(/\b(?:(?:n[aã]o|nem|nunca|se recusa a|se recusou a|medo de|receio de)(?: \w+){0,3} (?:denunci\w*|registr\w* (?:o |um )?(?:b\.?o|boletim|queixa|ocorr[eê]ncia)|dar queixa|prestar queixa|fazer (?:o |um )?(?:b\.?o|boletim)|ir [aà] (?:pol[ií]cia|delegacia)|chamar a pol[ií]cia))\b(?![^.]{0,30}\b(?:ainda)\b)/),
      fearAlso(/\b(?:denunciar\b(?= (?:como|pra qu[eê]|para qu[eê]|pra quem|para quem)\b)|denunciar\?)/),
      refused(/\b(?:registrar\b(?<=\bn[aã]o (?:tinha|tem|havia) como registrar)(?<=\b(?:delegacia|delegad[oa]|escriv[aã]o|policial|pol[ií]cia)\b[^.]{0,120}))/),
    ],
  },
  fr: {
    actors: [actor(/\b(?:le (?:gars|monsieur|type|bonhomme|commis) du (?:d[eé]panneur|coin|magasin|restaurant))\b/, 'MEMBER_OF_PUBLIC')],
    acts: [act(/\b(?:(?:arrach[eé]|arrachent|arrachaient) (?:son|mon|ses|mes|leur|leurs) (?:t[eé]l[eé]phone|portable|sac|cellulaire)s?)\b/, 'TAKE', 0.8)],
    violations: [
      charged(/\b(?:vagabondage\b(?<=\bpour ['‘"“«]? ?vagabondage))/, 'PUBLIC_ORDER_LAWS'),
      bribe(/\b(?:(?:donn[eé]|donner|donne) quelque chose\b(?<=\b(?:apr[eè]s (?:que|qu')|qu'apr[eè]s (?:que|qu'))[^.]{0,40}))/),
      coercedSex(/\b(?:oblig[eé]e? [aà] coucher avec (?:lui|eux))\b/),
      exposedAlways(/\b(?:cotiser\b(?=[^.]{0,60}\b(?:pour rester|sinon)))/),
      housing(/\b(?:(?:loue|louait|louerait) (?:pas|plus) ['‘"“«]? ?[aà] (?:ce monde-l[aà]|des putes|des filles comme (?:moi|elle)|ce genre de (?:filles|femmes|monde)))/),
      fearAlso(/\b(?:(?:pas|jamais|refuse de|refusent de|refusait de|peur de)(?: \w+){0,2} (?:porter plainte|d[eé]poser plainte|appeler (?:la police|les flics|les keufs|le 17)|aller (?:voir |[aà] )?(?:la police|au commissariat|les flics))|(?:refuse|refusent|refusait) d'(?:appeler (?:la police|les flics)|aller (?:voir )?(?:la police|au commissariat)))\b(?![^.]{0,30}\bencore\b)/),
      fearAlso(/\b(?:porter plainte\b(?=[^.?!]{0,40}\?))/),
      refused(/\b(?:(?:n'a|n'ont|n'avait|n'avaient) rien (?:[eé]crit|not[eé]|enregistr[eé]|pris)(?<=\b(?:commissariat|agent|policier|policiers|flic|flics|gendarme|gendarmes|brigade)\b[^.]{0,160}))/),
    ],
  },
  nb: {
    violations: [
      charged(/\b(?:bortvisningsvedtak\w*|utvisningsvedtak\w*)\b/, 'IMMIGRATION'),
      banked(/\b(?:banken (?:ville|vil) ikke (?:[aå]pne|gi (?:meg|henne)) (?:en )?konto)\b/),
      v(/\b(?:(?:ikke|aldri) (?:kunne|kan|f[aå]r) f[aå] (?:bost[oø]tte|sosialhjelp|st[oø]nad|dagpenger|trygd)\b(?<=\b(?:nav|nav-\w+|saksbehandler\w*|veileder\w*)\b[^.]{0,60}))/, 'DISCRIMINATION', 'SOCIAL_SECURITY', 0.75, { who: 'OTHER_STATE_OFFICIAL', mode: 'always' }),
      alone(/\b(?:uten at noen vet hvor (?:jeg|hun) er)\b(?<=\balene\b[^.]{0,60})/),
      fearAlso(/\b(?:(?:vil|t[oø]r|turte|orker|ville|nekter [aå]|nektet [aå]) ikke(?: \w+){0,3} (?:anmelde\w*|klage|g[aå] til politiet|ringe politiet|kontakte\w* politiet|kontakter politiet))\b(?![^.]{0,30}\bennå\b)/),
    ],
  },
  zh: {
    actors: [actor(/(?:(?:說是|说是)[^。]{0,10}(?:的)?(?=[^]{0,300}(?:根本(?:沒|没)(?:有)?(?:這|这)|假警察|冒充)))/, 'IMPERSONATOR')],
    violations: [
      labour(/(?:(?:扣|扣除)[^。]{0,6}(?:住宿费|住宿費|管理费|管理費|床位费|床位費)|到手的钱不到一半|到手嘅錢唔夠一半)/),
      alone(/(?:(?:唔敢|不敢)再(?:同人|跟人|和人)(?:夾住|一齊|一起|一齐)做)/),
      recognised(/(?:(?:应聘|應聘|见工|見工|找工)[^。]{0,20}(?:一查就说不要|一查就說不要|说不要|說不要|唔請|不录用|不錄用))/),
      fearAlso(/(?:(?:唔想|不想|唔敢|不敢|唔肯|不肯|拒絕|拒绝|冇|沒有|没有|不會|唔會)(?:去)?(?:報警|报警|投訴|投诉|報案|报案|告佢|告他)(?![^。]{0,8}(?:住|先))|(?:報警|报警|投訴|投诉)(?:有咩用|有什么用|有甚麼用|有乜用|都冇用|也没用|都沒用))/),
    ],
  },
  tpi: {
    violations: [
      bribe(/\b(?:smok mani|(?:givim|baim) (?:\w+ )?(?:sapos|long) (?:mi|mipela) laik stap long (?:dispela )?kona)\b/),
      banked(/\b(?:no save opim akaun|no laik opim akaun|i no opim akaun)\b/),
      fearAlso(/\b(?:(?:no|no laik|no inap|pret long|pret(?: \w+){0,2} long)(?: \w+){0,2} (?:ripot\w*|go long polis|kolim polis))\b(?![^.]{0,30}\b(?:yet|pastaim)\b)|\b(?:ripot\?|husat bai (?:mi|em|mipela) ripot)/),
    ],
  },
};

/**
 * Round 18 (blind set R as development material: people writing on someone's behalf, group reports, sarcasm,
 * dialogue, rural settings). Safeguarding first: coercion seen from outside (a neighbour, a colleague, a client),
 * told by its signs rather than named: she never goes out without him, he answers her phone, she cannot stop "until
 * the ticket is finished". Then discrimination, the type every blind set found least: not welcome (a notice, a shop,
 * a building), rent doubled or refused once they know, a shop that will not sell to her, benefits stopped, fired
 * after an advert was shared; extortion told as a weekly hand-over or "either you pay or I call the police"; reasons
 * not to report told sarcastically ("who exactly are we supposed to complain to?"), a complaint filed away unrecorded,
 * an interpreter refused.
 */
/** Round 18: money demanded under a threat by anyone who is not an officer or a health worker (a landlord, a guard, a client). */
const demanded = (pattern: RegExp): ViolationRule =>
  v(pattern, 'EXTORTION', 'THIRD_PARTY_EXTORTION', 0.8, { who: 'resolve', fallback: 'UNKNOWN', notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER'], mode: 'always' });
/** Round 18: not welcome somewhere because of the work (a notice, a shop, a building). */
const unwelcome = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'SERVICES', 0.75, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'IMPERSONATOR'], mode: 'always' });
/** Round 18: benefits or allowances stopped or refused by an official (the pattern names the office). */
const benefits = (pattern: RegExp): ViolationRule => v(pattern, 'DISCRIMINATION', 'SOCIAL_SECURITY', 0.75, { who: 'OTHER_STATE_OFFICIAL', mode: 'always' });

const R18: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      notAlone(/\b(?:(?:outside|out)\b(?<=\bnever (?:once )?(?:seen|see|saw) her (?:outside|out))(?= without (?:him|her|them|the boss)\b)|answers her (?:phone|messages|texts)\b(?<=\b(?:he|she|they|boss|man|guy) (?:even )?answers her \w+))/),
      owedParts(/\b(?:(?:ticket|flight|trip|debt|visa) is (?:finished|paid|paid off|done)\b(?<=\b(?:after|until|till|when) the \w+ is \w+(?: off)?))/),
      fearAlso(/\b(?:who (?:exactly )?(?:am i|are we|is she|was i|were we|do we|do i) (?:supposed|meant|going|gonna) to (?:report|complain|go|turn)(?: \w+)? to\b|(?:what was i|what am i|what were we) (?:meant|supposed) to do\b[^.]{0,40}\b(?:station|police|cops|report))/),
      refused(/\b(?:laughed\b(?<=\b(?:reported|report|complained|went to the police)\b[^.]{0,40}\b(?:constable|officer|cop|copper|sergeant|policeman|policewoman|desk)\b[^.]{0,10}laughed))/),
      { ...bribe(/\b(?:(?:hand|give|pay|slip)s? (?:him|them|the sergeant) \[money_\d+\]?\]? (?:every|each|a) (?:week|night|friday|saturday|month|shift))\b/), backup: true },
      readOut(/\b(?:told (?:half|the whole|all) (?:the )?(?:town|village|street|estate|block)\b(?<=\b(?:nurse|doctor|gp|receptionist|clinic|surgery|health visitor)\b[^.]{0,80}))/),
      unwelcome(/\b(?:(?:not|aren't|isn't|never) welcome\b(?<=\b(?:people like (?:you|me|us|her)|the likes of (?:you|me|us|her)|(?:escorts?|prostitutes?|sex workers?|working girls?|your kind|her kind)\b[^.]{0,20}) (?:are |is )?\S+ welcome))/),
    ],
  },
  es: {
    violations: [
      notAlone(/\b(?:sola\b(?<=\bnunca (?:la )?(?:veo|vi|he visto) (?:salir )?sola)|(?:atiende|contesta) (?:el |su )?(?:celular|tel[eé]fono) (?:de ella|por ella))/),
      housing(/\b(?:(?:cuesta|cobra|cobran|sale) el doble\b(?<=\b(?:se enter[oó]|supo|sab[eí]amos|sabe)\b[^.]{0,80}))/),
      served(/\b(?:no me (?:quieren|quisieron|quiere) vender)\b/),
      readOut(/\b(?:cont[oó] a (?:medio|todo el) (?:barrio|pueblo|edificio)\b(?<=\b(?:enfermer[oa]|m[eé]dic[oa]|doctor[a]?|salita|centro de salud|hospital|administrativ[oa])\b[^.]{0,80}))/),
      unwelcome(/\b(?:no (?:es|son|somos|eres) bienvenid[oa]s?)\b/),
    ],
  },
  pt: {
    violations: [
      notAlone(/\b(?:nunca sai sozinha|atende o celular dela|fica com as chaves\b(?<=\b(?:ele|homem|cara)\b[^.]{0,40}))/),
      housing(/\b(?:aceita alugar (?:pra|para|a) (?:ela|mim|n[oó]s)\b(?<=\b(?:nenhum|nenhuma|ningu[eé]m|n[aã]o)\b[^.]{0,80}))/),
      readOut(/\b(?:contou (?:pra|para|a) (?:meio|todo o|o) (?:bairro|pr[eé]dio|cidade|mundo)\b(?<=\b(?:enfermeir[oa]|m[eé]dic[oa]|posto|agente de sa[uú]de|recepcionista)\b[^.]{0,80}))/),
      unwelcome(/\b(?:n[aã]o (?:[eé]|s[aã]o) bem-vind[ao]s?)\b/),
    ],
  },
  fr: {
    violations: [
      notAlone(/\b(?:(?:jamais|pas) (?:vue? )?sortir seule|r[eé]pond [aà] (?:son|ses) (?:t[eé]l[eé]phone|portable|messages) (?:[aà] sa place|pour elle))/),
      benefits(/\b(?:(?:allocations?|aides?|rsa|apl)\b[^.]{0,30}\b(?:suspendue?s?|coup[eé]e?s?|supprim[eé]e?s?|refus[eé]e?s?)(?<=\b(?:caf|cpam|p[oô]le emploi|france travail|conseill[eè]re?|pr[eé]fecture)\b[^.]{0,160}))/),
      unwelcome(/\b(?:(?:pas|plus) (?:les )?bienvenue?s?)\b/),
      readOut(/\b(?:racont[eé] [aà] tout le (?:quartier|village|monde|immeuble)\b(?<=\b(?:infirmi[eè]re|m[eé]decin|docteur|secr[eé]taire m[eé]dicale|pharmacien\w*|clinique)\b[^.]{0,80}))/),
      refused(/\b(?:sans l'enregistrer|sans (?:la |le )?(?:noter|enregistrer))\b(?<=\bplainte\b[^.]{0,80})/),
      demanded(/\b(?:soit (?:tu|vous) (?:me )?(?:rajoutes?|donnes?|payes?|files?|verses?|ajoutes?) \[money_\d+)/),
    ],
  },
  nb: {
    actors: [actor(/\b(?:sa at (?:de|han|hun) var (?:fra )?politi\w*(?=[^]{0,300}\b(?:var ikke politi|ikke politi i det hele tatt|falsk\w* politi)))/, 'IMPERSONATOR')],
    violations: [
      notAlone(/\b(?:f[aå]r aldri g[aå] (?:noe sted|noen steder|ut) alene|svarer p[aå] (?:meldingene|telefonen) hennes for henne)\b/),
      owedParts(/\b(?:ferdig med [aå] betale for (?:reisen|billetten|turen|visumet))\b/),
      fearAlso(/\b(?:(?:har|hadde) ikke (?:\w+ )?anmeldt)\b/),
      dueProcess(/\b(?:tolk\b(?<=\bba (?:\w+ ){0,3}om tolk)(?=[^.]{0,60}\bikke\b))/),
      refused(/\b(?:(?:og|s[aå]) la (?:de |han |hun )?p[aå](?=\s*(?:[.!]|$))(?<=\bpoliti\w*\b[^]{0,150}))/),
      recognised(/\b(?:fikk (?:jeg |hun )?sparken\b(?<=\b(?:annonse\w*|nettside\w*|bilde\w*)\b[^]{0,100}))/),
      unwelcome(/\b(?:ikke (?:er )?velkomne?)\b(?<=\b(?:s[aå]nne som (?:deg|meg|henne|oss)|horer|prostituerte)\b[^.]{0,20})/),
    ],
  },
  zh: {
    violations: [
      notAlone(/(?:(?:從沒見|从没见|從來沒見|从来没见|唔見過|冇見過)(?:她們|她们|佢哋|她|佢)?(?:自己)?(?:出過門|出过门|出門|出门|出街))/),
      demanded(/(?:不然(?:我)?(?:就)?(?:把|將|将)?[^。]{0,30}(?:貼|贴|發|发|寄|傳|传|公開|公开)(?:到|給|给|去)?[^。]{0,10})(?<=(?:匯|汇|轉|转|給|给|俾)\[money_\d+\]?\]?[^。]{0,30}不然[^]{0,40})/),
      recognised(/(?:(?:叫|讓|让)我不用再(?:來|来)上班)/),
    ],
  },
  tpi: {
    actors: [actor(/\b(?:sekuriti gad\w*|sekiuriti gad\w*|security gad\w*)\b/, 'OTHER')],
    acts: [act(/\b(?:(?:singaut|singautim) (?:mi|mipela|em) ['"]?pamuk)\b/, 'INSULT', 0.75, 'nohyp')],
    violations: [
      bribe(/\b(?:givim mani o givim bodi|givim mani o\b(?<=\blaik go fri\b[^.]{0,30}))/),
      demanded(/\b(?:(?:tokim polis|paitim em|paitim mi)\b(?<=\bsapos (?:em|mi|yu) i? ?no givim\b[^.]{0,40}\bbai (?:ol )?(?:tokim polis|paitim em|paitim mi)))/),
      dueProcess(/\b(?:loya\b(?<=\baskim (?:long )?loya)(?=[^.]{0,30}\b(?:nogat|no gat)\b))/),
      served(/\b(?:no laik baim (?:\w+ )?bilong (?:mi|mipela))\b/),
    ],
  },
};

/**
 * Round 19: the two types blind sets find least, built from their parts (as round 17 did for the reasons not to
 * report, the one family whose gain carried over to new writers), all as backups, so they only add a type no other
 * rule found and never reorder a report's types:
 * - discrimination: a refusal or a loss (refused, would not rent, sacked, closed the account, stopped serving) in the
 *   same sentence as the moment they learned of the work ("once they found out what I do", "cuando se enteró de a qué
 *   me dedico", "da de fant ut hva jeg driver med", 知道我做呢行). Not by officers, health workers or clients, whose
 *   acts are other types; evictions are told by their own verbs, which this family leaves out;
 * - labour exploitation: a manager who keeps a share or fines (a verb of keeping or deducting with half, a percentage,
 *   fines or fees), or who will not let the workers refuse a client, insist on condoms or work together. Only with a
 *   manager, agency or house named as the doer (onlyActors THIRD_PARTY).
 */
const learned = (loss: string, link: string, latin = true): RegExp => near(loss, link, latin ? 120 : 40, latin);
const shunned = (pattern: RegExp): ViolationRule =>
  v(pattern, 'DISCRIMINATION', 'SERVICES', 0.6, {
    who: 'resolve',
    fallback: 'OTHER',
    ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null, HEALTH_WORKER: null, CLIENT: null, IMPERSONATOR: null },
    mode: 'always',
    backup: true,
  });
const housed = (pattern: RegExp): ViolationRule =>
  v(pattern, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.6, { who: 'resolve', onlyActors: ['THIRD_PARTY'], mode: 'nohyp', backup: true });
const houseRules = (pattern: RegExp): ViolationRule =>
  v(pattern, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.6, { who: 'resolve', onlyActors: ['THIRD_PARTY'], mode: 'always', backup: true });

const R19: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      shunned(
        learned(
          String.raw`refused|wouldn'?t (?:rent|serve|hire|let|take|sell|give|open)|won'?t (?:rent|serve|hire|let|take|sell|give|open)|didn'?t want (?:me|her|us)|said no|turned (?:me|her|us) (?:away|down)|fired|sacked|let (?:me|her) go|closed (?:my|her) (?:account|card)|cancell?ed (?:my|her)|banned|blocked (?:me|her)|told (?:me|her) (?:to leave|not to come back)|asked (?:me|her) to leave|stopped (?:serving|inviting|talking to)`,
          String.raw`(?:because|once|when|after|as soon as|the moment|since) (?!(?:the |a |my |this |that )?(?:clients?|customers?|punters?|johns?|tricks?|cops?|police|officers?|nurses?|doctors?)\b)(?:[\w']+ ){1,5}?(?:found out|saw|knew|learned|learnt|realised|realized|googled|recognised|recognized|heard|figured out)\b[^.!?]{0,40}\b(?:what i do|what she does|my (?:work|job|ads?|profile|photos|pictures|listing)|her (?:work|job|ads?|profile)|(?:i|she) (?:was|am|is|'m) (?:a |an )?(?:sex worker|escort|prostitute|working girl|hooker)|(?:i|she) (?:do|does|did) sex work)`,
        ),
      ),
      housed(/\b(?:(?:keeps?|kept|takes?|took|docks?|docked|deducts?|deducted|skims?|skimmed|charges?|charged|fines?|fined) (?:us |me |her |the girls )?(?:\w+ ){0,3}(?:half|\d+ ?(?:%|percent)|\w+ percent|a cut|the lion's share|fines?|fees?)\b)/),
      houseRules(/\b(?:(?:won'?t|doesn'?t|didn'?t|never|wouldn'?t) let (?:us|me|her|the girls|anyone) (?:refuse|say no|turn down|choose|pick|use condoms|insist on condoms|work together|have (?:a )?(?:driver|security|bouncer)|leave early)|(?:not|aren'?t|isn'?t|weren'?t|wasn'?t) allowed to (?:refuse|say no to|turn down|choose) (?:a |any )?(?:client|customer|booking|punter|john)s?)\b/),
    ],
  },
  es: {
    violations: [
      shunned(
        learned(
          String.raw`no me quis\w+|no le quis\w+|se neg\w+|me (?:despidi\w+|rechaz\w+|cerr\w+ la cuenta|bloque\w+|cancel\w+)|no me (?:dej\w+|atendi\w+|vendi\w+|alquil\w+|contrat\w+)|no (?:la|le) (?:dej\w+|atendi\w+|vendi\w+|alquil\w+|contrat\w+)`,
          String.raw`(?:cuando|apenas|porque|despu[eé]s de que|en cuanto|ni bien) (?!(?:el |un |mi )?(?:cliente|polic[ií]a|cana|m[eé]dic[oa]|enfermer[oa])\b)(?:\w+ ){0,5}?(?:se enter[oó]|se enteraron|supo|supieron|vio|vieron|descubri[oó]|descubrieron|reconoci[oó]|reconocieron)\b[^.!?]{0,40}\b(?:a qu[eé] me dedico|a qu[eé] se dedica|de qu[eé] (?:trabajo|vivo|trabaja|vive)|lo que hago|mi trabajo|mis anuncios?|mi perfil|(?:que )?(?:soy|era|es) (?:trabajadora sexual|puta|prostituta|escort))`,
        ),
      ),
      housed(/\b(?:(?:se queda con|se quedaba con|retiene|reten[ií]a|cobra|cobraba|descuenta|descontaba|multa|multaba) (?:\w+ ){0,3}(?:la mitad|el \d+ ?%|\d+ ?%|multas?|comisi[oó]n))/),
      houseRules(/\b(?:no (?:nos|me|le|les) (?:deja|dejaba|dejan|dejaban|permite|permit[ií]a) (?:rechazar|decir que no|elegir|usar (?:el )?cond[oó]n|exigir (?:el )?cond[oó]n|trabajar juntas))/),
    ],
  },
  pt: {
    violations: [
      shunned(
        learned(
          String.raw`n[aã]o quis\w*|se recus\w+|me (?:demitiu|demitiram|bloque\w+|cancel\w+|recus\w+)|fech\w+ (?:minha|a) conta|n[aã]o (?:me |a )?(?:atend\w+|vend\w+|alug\w+|contrat\w+)`,
          String.raw`(?:quando|assim que|porque|depois que|logo que) (?!(?:o |um |meu )?(?:cliente|pol[ií]cia|policial|m[eé]dic[oa]|enfermeir[oa])\b)(?:\w+ ){0,5}?(?:soube|souberam|descobriu|descobriram|viu|viram|reconheceu|ficou sabendo|ficaram sabendo)\b[^.!?]{0,40}\b(?:o que eu fa[cç]o|o que ela faz|com o que (?:eu )?trabalho|do que eu vivo|meu trabalho|meus an[uú]ncios|meu perfil|(?:que )?(?:sou|era) (?:garota de programa|puta|prostituta|acompanhante|travesti)|(?:que )?fa[cç]o programa)`,
        ),
      ),
      housed(/\b(?:(?:fica com|ficava com|ret[eé]m|retinha|cobra|cobrava|desconta|descontava) (?:\w+ ){0,3}(?:metade|\d+ ?%|multas?|comiss[aã]o))/),
      houseRules(/\b(?:n[aã]o (?:deixa|deixava|deixam|deixavam|permite|permitia) (?:a gente |n[oó]s |as meninas )?(?:recusar|dizer n[aã]o|escolher|usar camisinha|trabalhar juntas))/),
    ],
  },
  fr: {
    violations: [
      shunned(
        learned(
          String.raw`refus\w+|(?:m'a|m'ont|l'a|l'ont) (?:vir[eé]e?|renvoy[eé]e?|licenci[eé]e?|bloqu[eé]e?)|ferm[eé] (?:mon|son) compte|annul\w+|plus voulu`,
          String.raw`(?:quand|d[eè]s qu'|parce qu'|apr[eè]s qu'|une fois qu')\s?(?!(?:le |un |mon )?(?:client|flic|policier|m[eé]decin|infirmi[eè]re)\b)(?:[\w']+ ){1,5}?(?:a su|ont su|a appris|ont appris|a vu|ont vu|a d[eé]couvert|ont d[eé]couvert|a reconnu|a compris|a trouv[eé]|ont trouv[eé])\b[^.!?]{0,40}\b(?:ce que je fais|ce qu'elle fait|mon (?:m[eé]tier|travail|activit[eé]|annonce|profil)|mes annonces|que je (?:suis|fais) (?:escorte|travailleuse du sexe|pute|prostitu[eé]e|du sexe))`,
        ),
      ),
      housed(/\b(?:(?:garde|gardait|prend|prenait|retient|retenait|pr[eé]l[eè]ve|pr[eé]levait|facture|facturait) (?:\w+ ){0,3}(?:la moiti[eé]|\d+ ?%|\d+ pour cent|une amende|des amendes|des p[eé]nalit[eé]s))/),
      houseRules(/\b(?:(?:nous|me|lui|leur) (?:laisse|laissait|laissent) pas (?:refuser|dire non|choisir|mettre (?:un |le )?(?:pr[eé]servatif|capote)|travailler ensemble)|interdit de (?:refuser|dire non|choisir|travailler ensemble))/),
    ],
  },
  nb: {
    violations: [
      shunned(
        learned(
          String.raw`nektet|ville ikke (?:leie|selge|ansette|ha|gi|[aå]pne)|fikk (?:jeg |hun )?sparken|sparket (?:meg|henne)|stengte (?:kontoen|kortet)|sa opp (?:meg|henne)|avslo|avviste|blokkerte`,
          String.raw`(?:da|n[aå]r|etter at|fordi) (?!(?:kunden|politiet|legen|sykepleieren)\b)(?:[\wæøå]+ ){1,5}?(?:fant ut|s[aå]|visste|oppdaget|skj[oø]nte|kjente igjen|googlet|fikk vite)\b[^.!?]{0,40}\b(?:hva (?:jeg|hun) (?:driver med|jobber med|gj[oø]r)|jobben (?:min|hennes)|annonsen? (?:min|hennes)|annonsene (?:mine|hennes)|profilen (?:min|hennes)|at (?:jeg|hun) (?:selger sex|er (?:sexarbeider|escort|prostituert)))`,
        ),
      ),
      housed(/\b(?:(?:tar|tok|beholder|beholdt|trekker|trakk) (?:\w+ ){0,3}(?:halvparten|\d+ ?(?:%|prosent)|b[oø]ter))/),
      houseRules(/\b(?:(?:f[aå]r|fikk) (?:vi |jeg |hun )?ikke (?:lov til [aå] )?(?:avvise|si nei|velge|bruke kondom|jobbe sammen))/),
    ],
  },
  zh: {
    violations: [
      shunned(
        learned(
          String.raw`不租|唔租|不請|唔請|辭退|辞退|炒咗|炒了|拒絕|拒绝|不賣|唔賣|不讓|不让|唔俾|封了|封咗|取消`,
          String.raw`(?:知道|發現|发现|得知|認出|认出|聽講|听说)(?:了)?(?:我|她|佢)(?:是)?(?:做|幹|干)(?:這行|这行|呢行|雞|鸡|小姐|那個的|那个的|性工作)`,
          false,
        ),
      ),
      housed(/(?:(?:抽|扣|拿走|收)(?:了|咗)?(?:一半|[一二三四五六七八九]成|\d+ ?%|百分之[一二三四五六七八九十\d]+))/),
      houseRules(/(?:(?:不准|不許|不许|唔准|唔俾|不让|不讓)(?:我們|我们|我哋|我|佢哋|她們|她们)?(?:拒絕|拒绝|揀客|拣客|挑客|戴套|用套|一齊做|一起做))/),
    ],
  },
  tpi: {
    violations: [
      shunned(
        learned(
          String.raw`tok nogat|no laik (?:givim|salim|larim|baim)|pinisim wok bilong (?:mi|em)|pasim akaun`,
          String.raw`(?:taim|bihain) (?:\w+ ){1,5}?i (?:painimaut|save|harim|lukim)\b[^.!?]{0,30}\b(?:mi (?:wok|salim bodi|pamuk)|wok bilong (?:mi|em)|(?:mi|em) (?:stap )?wok long rot)`,
        ),
      ),
      housed(/\b(?:(?:kisim|holim) (?:\w+ ){0,2}(?:hap|half|\d+ ?%) (?:bilong |of )?(?:moni|mani|pe))/),
      houseRules(/\b(?:no larim (?:mipela|mi|ol meri|em) (?:long )?(?:tok no|makim|usim kondom|wok wantaim))/),
    ],
  },
};

/**
 * Round 20: extortion built from its parts, the type every blind set found least after discrimination (first-sight
 * recall 0.45–0.63). Phrase families taken from a development set did not carry over to the next writer (rounds
 * 16–18); families built from their parts did (round 17's reasons for not reporting, recall 0.45 → 0.73), so this
 * round writes extortion the same way, in all seven languages, as backup rules:
 * - a demand under a threat ("ransom"): money, a payment or sex "for free" tied by "or", "unless", "otherwise"
 *   (or an "if you don't pay …") to what will follow: photos sent or posted, the family or the landlord told, the
 *   police or immigration called, a beating. Not for officers, whose demands are the next family;
 * - money to an officer ("paid"): a verb of paying, giving, taking or demanding next to an amount, in a sentence
 *   whose doer is an officer, and no fine or ticket in that sentence (a fine by the book is criminalisation).
 */
const ransom = (pattern: RegExp): ViolationRule =>
  v(pattern, 'EXTORTION', 'THIRD_PARTY_EXTORTION', 0.6, {
    who: 'resolve',
    fallback: 'UNKNOWN',
    ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null, HEALTH_WORKER: null },
    mode: 'nohyp',
    backup: true,
  });
const paid = (pattern: RegExp): ViolationRule => v(pattern, 'EXTORTION', 'POLICE_BRIBE', 0.6, { who: 'resolve', onlyActors: STATE, mode: 'nohyp', backup: true });

/** A leading word edge dropped: the alternatives below start inside one `\b(?:…)`, which the prefilter can read. */
const bare = (part: string): string => part.replace(/^\\b/, '');
/**
 * A demand, then "or"/"unless" and a consequence; an "if … not pay" and a consequence; a consequence "unless" paid;
 * a payment that buys the deletion. The amount placeholder is matched from its word (`money_1]`), so every
 * alternative starts at a word the prefilter knows.
 */
function threatened(p: { demand: string; or: string; ifNot: string; harm: string; unless?: string; release?: string }): RegExp {
  const alts = [
    String.raw`(?:${bare(p.demand)})(?=[^.!?]{0,80}(?:${p.or})[^.!?]{0,60}(?:${p.harm}))`,
    String.raw`(?:${bare(p.ifNot)})(?=[^.!?]{0,80}(?:${p.harm}))`,
  ];
  if (p.unless) alts.push(String.raw`(?:${bare(p.harm)})(?=[^.!?]{0,60}(?:${p.unless})[^.!?]{0,60}(?:${p.demand}))`);
  if (p.release) alts.push(String.raw`(?:${bare(p.demand)})(?=[^.!?]{0,12}(?:${p.release}))`);
  return new RegExp(String.raw`\b(?:${alts.join('|')})`);
}
/** A payment next to an amount, with no fine or ticket in the sentence. */
function handedOver(pay: string, fine: string, after?: string): RegExp {
  const near = String.raw`(?:${bare(pay)})[^.!?]{0,30}\[money_\d+\]` + (after ? String.raw`|money_\d+\]\]?[^.!?]{0,15}(?:${after})` : '');
  return new RegExp(String.raw`\b(?:${near})(?<!(?:${fine})[^.!?]{0,80})(?![^.!?]{0,60}(?:${fine}))`);
}
const HAN_STOP = '[^。！？]';

/**
 * Round 20, safeguarding: coercion told by its signs, the way a colleague, a neighbour or the person herself tells
 * it without naming it (the kind of report the blind sets missed: en-r03, nb-r04, pt-r01, es-s08, nb-s07, fr-tt02):
 * - freedom that waits on a debt ("until the trip is paid", "todavía no terminó de pagar", "tant qu'elle n'aura pas
 *   fini de rembourser", "ikke ferdig med å betale"): enough on its own;
 * - papers that stay with someone ("her passport is with the driver", "passet ligger hos"): enough on its own;
 * - weaker signs, each weight 0.3 so that one alone finds nothing and two together do: someone answers or speaks for
 *   her, she has no phone of her own, she sleeps where she works.
 */
const owedFreedom = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'DEBT_BONDAGE');
const papersWith = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'DOCUMENTS_CONFISCATED');
/**
 * Round 24: the indicators of control over where she is and where she goes (round 22's list: not knowing the town,
 * always accompanied or not let out, keys held or the door locked from outside, moved from city to city) flag
 * coercion on their own (weight CONFIDENCE_THRESHOLD, 0.5); no phone of her own, someone else taking the money,
 * sleeping where she works and someone who speaks for her stay weak (0.3), two needed. Chosen on the corpus and
 * blind sets AA and AB, one indicator at a time (test/fixtures/categorisation/README.md, "Round 24").
 */
const ALONE: ReadonlySet<string> = new Set(['place', 'watched', 'keys', 'moved']);
/**
 * Round 26: a sign of control is told of the person who keeps her, not of the police who came to the door ("the police
 * had to wait for him to open up: they have no key to their own room"); an officer in the sentence is passed over.
 */
const SIGN_DOERS = { notActors: ['CLIENT', 'POLICE', 'OTHER_STATE_OFFICIAL'] as readonly PerpetratorType[] };
/** A sign of control and the indicator it tells: weak signs of one indicator count once together. */
const sign = (pattern: RegExp, indicator: string): ViolationRule => ({
  ...control(pattern, 'PREVENTED_FROM_LEAVING', ALONE.has(indicator) ? CONFIDENCE_THRESHOLD : 0.3),
  mode: 'always',
  indicator,
  ...SIGN_DOERS,
});

const R20: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      owedFreedom(/\b(?:(?:not|never) (?:yet )?(?:finished|done) (?:paying|paying (?:off|back))\b|(?:until|till|before) (?:the|her|my|his) (?:debt|ticket|trip|flight|journey|fare|visa|bill|tab) (?:is|was|gets|has been) (?:paid|finished|done|cleared|paid off)|still (?:owes?|paying off) (?:\w+ )?(?:for )?(?:the|her|my) (?:debt|ticket|trip|flight|journey|fare|visa|papers))\b/),
      papersWith(/\b(?:(?:passports?|papers|documents|id)\b[^.!?]{0,20}\b(?:is|are|stays?|stay|kept) (?:with|at) (?:him|them|the (?:boss|driver|man|guy|madam|owner|agent|manager)|his|her (?:boss|madam|driver)))\b/),
      sign(/\b(?:(?:answers|speaks|talks) for her|does (?:the|all the) talking for her)\b/, 'speaks for her'),
      sign(/\b(?:(?:never|not once) (?:seen|saw|see) her (?:with|on) (?:a|her) (?:phone|mobile)|(?:hasn'?t|doesn'?t have|has no) (?:got )?(?:a |her own )?(?:phone|mobile) of her own)\b/, 'phone'),
      sign(/\b(?:(?:sleeps?|slept|lives?|lived) (?:in|at) (?:the )?(?:back room|club|salon|parlou?r|massage place|venue|shop|workplace|bar|storeroom))\b/, 'living'),
      ransom(
        threatened({
          demand: String.raw`money_\d+\]|(?:money|cash|pay|paid|for free|free)\b`,
          or: String.raw`\b(?:or|unless|otherwise|else)\b`,
          ifNot: String.raw`\bif (?:i|you|she|we|they) (?:don'?t|do not|didn'?t|did not|won'?t|will not|wouldn'?t|refuse to|refused to|stop|stopped|can'?t) (?:\w+ ){0,2}?(?:pay|give|send|transfer|hand over|see him|meet him|do (?:it|him|them))\b`,
          harm: String.raw`\b(?:send(?:s|ing)?|post(?:s|ing)?|put (?:it|them|those|these|the \w+) (?:up|online|on)|shar(?:e|es|ing)|show(?:s|ing)?|tell(?:s|ing)?|leak(?:s|ing)?|upload(?:s|ing)?|publish(?:es|ing)?|expos(?:e|es|ing)|out (?:me|her|him|us)|report(?:s|ing)?|grass|call(?:s|ing)? (?:the )?(?:police|cops|immigration)|ring(?:s|ing)? (?:the )?(?:police|cops)|goes (?:to|on|out|online|up)|hurt|beat|cut|kill|burn)\b`,
          unless: String.raw`\bunless\b`,
          release: String.raw`\band (?:i|i'?ll|i will|he'?ll|she'?ll|they'?ll) (?:delete|wipe|destroy|get rid of)\b`,
        }),
      ),
      paid(
        handedOver(
          String.raw`\b(?:took|take|takes|taking|gave|give|gives|giving|paid|pay|pays|paying|wanted|wants|demanded|demands|asked for|asking for|collect(?:s|ed|ing)?|hand(?:ed)? over|pocketed)\b`,
          String.raw`\b(?:fine|fined|fines|ticket|penalty notice)\b`,
          String.raw`\b(?:to let (?:me|us|her|them) go|to look the other way|to forget)\b`,
        ),
      ),
    ],
  },
  es: {
    violations: [
      owedFreedom(/\b(?:(?:no|todav[ií]a no|a[uú]n no) (?:termin[oó]|termin[eé]|acab[oó]|acab[eé]|ha terminado|ha acabado|termina|acaba) de pagar|hasta (?:que )?(?:no )?(?:pague|pagar|termine de pagar|salde) (?:la deuda|el pasaje|el viaje|lo que debe|los papeles)|(?:debe|debo|deb[ií]a|sigue debiendo) (?:todav[ií]a )?(?:el pasaje|el viaje|la deuda|los papeles|el boleto))\b/),
      papersWith(/\b(?:(?:el|su|mi) pasaporte|(?:sus|mis|los) (?:papeles|documentos))\b[^.!?]{0,20}\b(?:lo tiene|los tiene|est[aá]n? con|se queda(?:n)? con|los guarda|lo guarda) (?:el|la) (?:encargad[oa]|due[ñn][oa]|jef[ea]|chofer|ch[oó]fer|se[ñn]or|madama|patr[oó]n)\b/),
      sign(/\b(?:(?:contesta|responde|habla) (?:siempre )?por ella)\b/, 'speaks for her'),
      sign(/\b(?:nunca la (?:vi|veo|he visto) con (?:celular|tel[eé]fono|m[oó]vil)|no tiene (?:celular|tel[eé]fono|m[oó]vil)(?: propio)?)\b/, 'phone'),
      sign(/\b(?:(?:duerme|dorm[ií]a|vive|viv[ií]a) en (?:el|la) (?:dep[oó]sito|local|boliche|club|privado|cuarto de atr[aá]s|trastienda))\b/, 'living'),
      ransom(
        threatened({
          demand: String.raw`money_\d+\]|(?:plata|dinero|guita|lana|pago|pagar|gratis)\b`,
          or: String.raw`\b(?:o|si no|sino|de lo contrario)\b`,
          ifNot: String.raw`\bsi no (?:le |les |te |me )?(?:pago|pagas|pag[aá]s|paga|pagamos|doy|das|d[aá]s|da|damos|transfiero|deposito|mando|env[ií]o|lo hago gratis|lo hac[eé]s gratis)\b`,
          harm: String.raw`\b(?:manda|mandar|env[ií]a|enviar|sube|subir|publica|publicar|muestra|mostrar|cuenta|contar|avisa|avisar|denuncia|denunciar|llama|llamar|reporta|reportar|pega|madrea|mata|matar|quema)\w*\b`,
          unless: String.raw`\b(?:a menos que|salvo que)\b`,
          release: String.raw`\by (?:lo |las |los )?(?:borro|borra|elimino|elimina)\b`,
        }),
      ),
      paid(
        handedOver(
          String.raw`\b(?:pag\w*|dar|darle|darles|d[ií]|dio|dimos|dieron|entreg\w*|sac\w*|quit\w*|llev\w*|ped[ií]\w*|pid\w*|cobr\w*|quer[ií]\w*|tir\w*)\b`,
          String.raw`\b(?:multa\w*|infracci[oó]n|boleta)\b`,
          String.raw`\b(?:para (?:dejarnos|dejarme|dejarla|soltarnos|soltarme|soltarla|que (?:nos|me|la) (?:dejen|dejaran|suelten|soltaran))|y (?:nos|me|la) (?:dejaron|solt\w+))\b`,
        ),
      ),
    ],
  },
  pt: {
    violations: [
      owedFreedom(/\b(?:(?:n[aã]o|ainda n[aã]o) (?:terminou|acabou|terminei|acabei|termina|acaba) de pagar|at[eé] (?:pagar|quitar|terminar de pagar) (?:a d[ií]vida|a passagem|a viagem|o que deve)|(?:deve|devo|devia|ainda deve) (?:\w+ )?(?:a passagem|a viagem|a d[ií]vida))\b/),
      papersWith(/\b(?:(?:o|seu|meu) passaporte|(?:os|seus|meus) documentos)\b[^.!?]{0,20}\b(?:fica|ficam|est[aá]o?|ficou) com (?:o|a) (?:dono|dona|gerente|motorista|cafet[aã]o|cafetina|patr[aã]o|cara)\b/),
      sign(/\b(?:(?:responde|atende|fala) por ela)\b/, 'speaks for her'),
      sign(/\b(?:nunca (?:a )?vi (?:ela )?com celular|n[aã]o tem celular(?: pr[oó]prio)?)\b/, 'phone'),
      sign(/\b(?:(?:dorme|dormia|mora|morava) (?:no|na) (?:boate|casa de massagem|quartinho dos fundos|fundos|dep[oó]sito|local|termas))\b/, 'living'),
      ransom(
        threatened({
          demand: String.raw`money_\d+\]|(?:dinheiro|grana|pagar|pago|pix|de gra[cç]a|gr[aá]tis)\b`,
          or: String.raw`\b(?:ou|sen[aã]o|se n[aã]o|caso contr[aá]rio)\b`,
          ifNot: String.raw`\bse (?:eu |ela |voc[eê] |tu |a gente |n[oó]s )?n[aã]o (?:\w+ )?(?:pagar|pagasse|pago|der|desse|dar|mandar|transferir|fizer|fizesse)\b`,
          harm: String.raw`\b(?:manda|mandar|envia|enviar|posta|postar|publica|publicar|mostra|mostrar|conta|contar|espalha|espalhar|denuncia|denunciar|chama|chamar|liga|ligar|bate|bater|mata|matar)\w*\b`,
          unless: String.raw`\b(?:a n[aã]o ser que|a menos que)\b`,
          release: String.raw`\be (?:eu |ele )?(?:apago|apaga|deleto|deleta)\b`,
        }),
      ),
      paid(
        handedOver(
          String.raw`\b(?:pag\w*|dar|dei|deu|demos|deram|lev\w*|tir\w*|peg\w*|ped\w*|cobr\w*|quer\w*|exig\w*|arranc\w*)\b`,
          String.raw`\b(?:multa\w*|auto de infra\w*)\b`,
          String.raw`\b(?:pra (?:deixar|liberar|soltar) (?:a gente|n[oó]s|eu|ela)|para (?:nos|me|a) (?:deixar|liberar|soltar))\b`,
        ),
      ),
    ],
  },
  fr: {
    violations: [
      owedFreedom(/\b(?:(?:pas (?:encore )?fini de (?:rembourser|payer))|tant qu'(?:elle|il|je) n'(?:aura|a|ai|aurai) pas (?:fini de )?(?:rembours\w+|pay\w+)|jusqu'[aà] ce qu'(?:elle|je) (?:ait|aie) (?:tout )?(?:rembours\w+|pay\w+))\b/),
      papersWith(/\b(?:(?:son|mon|le) passeport|(?:ses|mes|les) papiers)\b[^.!?]{0,20}\b(?:est|sont|reste|restent) chez (?:le|la) (?:patron|patronne|chauffeur|madame|mac|proprio|g[eé]rant)\b/),
      sign(/\b(?:r[eé]pond (?:toujours )?(?:[aà] sa place|pour elle)|parle (?:toujours )?pour elle)\b/, 'speaks for her'),
      sign(/\b(?:(?:jamais vu|jamais vue) avec (?:un|son) t[eé]l[eé]phone|(?:n'a|a) pas de t[eé]l[eé]phone)\b/, 'phone'),
      sign(/\b(?:(?:dort|dormait|vit|vivait) (?:au|dans le|dans la) (?:salon|bar|club|r[eé]serve|chambre du fond|arri[eè]re-boutique))\b/, 'living'),
      ransom(
        threatened({
          demand: String.raw`money_\d+\]|(?:argent|fric|thune|cash|payer|paye|gratuit\w*|gratos)\b`,
          or: String.raw`\b(?:ou|sinon|sans quoi|autrement|soit)\b`,
          ifNot: String.raw`\bsi (?:je|tu|elle|on|vous|nous) (?:ne |n')?(?:lui |leur )?(?:paie|paye|payais|payes|payez|donne|donnais|verse|versais|vire|virais|fais|faisais|envoie|envoyais)\w* (?:pas|rien)\b`,
          harm: String.raw`\b(?:envoi\w*|enverr\w*|post\w*|publi\w*|montr\w*|balanc\w*|dira|dire|raconte\w*|d[eé]nonc\w*|appeler|appelle\w*|frapp\w*|tuer|faire fermer|fera fermer)\b`,
          unless: String.raw`\b(?:[aà] moins que|sauf si)\b`,
          release: String.raw`\bpour ['‘"“«]? ?(?:oublier|l'oubli|fermer les yeux)\b`,
        }),
      ),
      paid(
        handedOver(
          String.raw`\b(?:pay\w*|pai\w*|donn\w*(?<!\b(?:me|nous|te|m'|t') ?donn\w*)|pris|prend\w*|demand\w*|exig\w*|r[eé]clam\w*|voul\w*|vers\w*|dit|disent|disait)\b`,
          String.raw`\b(?:amende\w*|proc[eè]s-verbal|contravention)\b`,
          String.raw`\bpour (?:sortir|partir|nous laisser|me laisser|la laisser|les laisser|fermer les yeux|oublier)\b`,
        ),
      ),
    ],
  },
  nb: {
    violations: [
      owedFreedom(/\b(?:ikke (?:er )?ferdig med [aå] (?:betale|nedbetale|betale ned)|til (?:gjelden|reisen|billetten|regningen) er (?:betalt|nedbetalt)|(?:regningen|gjelden)(?: hennes| min)? blir aldri mindre)\b/),
      papersWith(/\b(?:(?:passet|papirene|id-kortet)(?: (?:til|hennes|mitt) (?:\[person_\d+\]|henne)?)?[^.!?]{0,10}\b(?:ligger|er) hos)\b/),
      sign(/\b(?:svarer (?:p[aå] meldingene hennes )?for henne|snakker for henne)\b/, 'speaks for her'),
      sign(/\b(?:har ikke (?:egen )?telefon)\b/, 'phone'),
      sign(/\b(?:(?:sover|bor) p[aå] (?:jobben|salongen|klubben|lageret|bakrommet))\b/, 'living'),
      ransom(
        threatened({
          demand: String.raw`money_\d+\]|(?:penger|pengene|cash|betale|betaler|gratis)\b`,
          or: String.raw`\b(?:ellers|hvis ikke|eller s[aå])\b`,
          ifNot: String.raw`\bhvis (?:jeg|du|hun|vi|de) ikke (?:\w+ ){0,2}?(?:betaler|betale|gir|gi|sender|overf[oø]rer|m[oø]ter|gj[oø]r)\b`,
          harm: String.raw`\b(?:sender|sende|poster|poste|legger ut|legge ut|deler|dele|viser|vise|forteller|fortelle|sier (?:det |han |hun |de )?(?:til|fra)|si (?:det )?(?:til|fra)|melder|melde|anmelder|anmelde|ringer|ringe|skader|skade|dreper|drepe|sl[aå]r)\b`,
          unless: String.raw`\bmed mindre\b`,
          release: String.raw`\bs[aå] sletter (?:jeg|han|hun|de)\b`,
        }),
      ),
      paid(
        handedOver(
          String.raw`\b(?:betal\w*|ga|gi|gir|tok|ta|tar|krev\w*|ville ha|vil ha|samlet inn|samler inn)\b`,
          String.raw`\b(?:b[oø]te\w*|forelegg\w*)\b`,
          String.raw`\bfor [aå] (?:slippe|la (?:oss|meg|henne) g[aå])\b`,
        ),
      ),
    ],
  },
  zh: {
    violations: [
      owedFreedom(/(?:(?:未|仲未|还没|還沒|没|沒)(?:有)?(?:还清|還清|还完|還完|还晒|還晒|供完|俾晒)|(?:还清|還清|还完|還完)(?:债|債|钱|錢|数|數)?(?:先|才)(?:可以|能|得)?(?:走|返|回|离开|離開))/),
      papersWith(/(?:(?:护照|護照|证件|證件|身份证|身份證)(?:喺|在)(?:老板|老闆|司机|司機|妈咪|媽咪|经理|經理|佢|他|她)(?:度|那里|那裡|手上|手里|手裡))/),
      sign(/(?:(?:帮|幫|替)(?:佢|她)(?:答|回答|覆|回覆|講嘢|说话|說話))/, 'speaks for her'),
      sign(/(?:(?:冇|没有|沒有)(?:自己)?(?:嘅|的)?(?:电话|電話|手机|手機))/, 'phone'),
      sign(/(?:(?:瞓|睡|住)(?:喺|在)(?:店|舖頭|铺头|场|場|会所|會所|后面|後面))/, 'living'),
      ransom(
        new RegExp(
          // "不给…就发…" (if not paid, then sent); a plain "唔俾錢" (did not pay) is non-payment, so the 就 is required.
          String.raw`(?:(?:(?:不|唔|冇|没|沒)(?:给|給|俾|畀|交|付|转|轉|打|出|陪)|如果不|要是不)${HAN_STOP}{0,15}(?:就|便)|不然|否则|否則|要么|要麼)(?=${HAN_STOP}{0,15}(?:发|發|寄|传|傳|公开|公開|曝光|告诉|告訴|话俾|話俾|通知|报警|報警|举报|舉報|放上|贴|貼|上传|上傳|打死|找人))`,
        ),
      ),
      paid(
        new RegExp(
          String.raw`(?:(?:要|俾|畀|给|給|交|收|拿|攞|索|塞)(?:了|咗)?${HAN_STOP}{0,4}\[money_\d+\])(?<!(?:罚款|罰款|罚单|罰單|罚|罰)${HAN_STOP}{0,30})(?!${HAN_STOP}{0,30}(?:罚款|罰款|罚单|罰單))`,
        ),
      ),
    ],
  },
  tpi: {
    violations: [
      owedFreedom(/\b(?:(?:i )?no pinis (?:yet )?long bekim|mas bekim (?:olgeta )?(?:dinau|moni) pastaim|inap (?:em|mi) bekim olgeta dinau)\b/),
      papersWith(/\b(?:(?:pas|paspot|pasport)(?: bilong (?:em|mi))?[^.!?]{0,15}\b(?:i stap wantaim|stap long han bilong|stap long) (?:bos|draiva|man|em)\b)/),
      sign(/\b(?:bekim toktok long em)\b/, 'speaks for her'),
      sign(/\b(?:em i no gat fon)\b/, 'phone'),
      sign(/\b(?:(?:slip|stap) long (?:ples wok|klab|baksait bilong stoa))\b/, 'living'),
      ransom(
        threatened({
          demand: String.raw`money_\d+\]|(?:moni|mani)\b`,
          or: String.raw`\b(?:o|o nogut|nogut)\b`,
          ifNot: String.raw`\bsapos (?:mi|yu|em|mipela|yupela|ol) (?:i )?no (?:\w+ )?(?:givim|baim|peim|salim|bekim)\b`,
          harm: String.raw`\b(?:bai|mi bai|em bai|ol bai) (?:\w+ ){0,2}?(?:putim|salim|soim|tokim|ripotim|kolim|kisim (?:yu|mi|em|mipela) i go|paitim|bagarapim|kilim)\b`,
        }),
      ),
      paid(
        handedOver(
          String.raw`\b(?:givim|baim|peim|kisim|laikim|askim|mas givim)\b`,
          String.raw`\b(?:fain)\b`,
          String.raw`\b(?:bai (?:ol|em) i (?:lusim|larim) (?:mipela|mi|em|ol))\b`,
        ),
      ),
    ],
  },
};

/**
 * Round 11: additions of one kind (same type, subtype, weight and options) are merged into one pattern, so a
 * language gains few compiled patterns (the scan's cost grows with their number).
 */
function merged(rules: readonly ViolationRule[]): ViolationRule[] {
  const groups = new Map<string, ViolationRule[]>();
  for (const [i, r] of rules.entries()) {
    const { pattern, ...rest } = r;
    void pattern;
    // A weak rule (under the threshold) counts once per report, so weak signs stay apart: two are two signs.
    const key = r.weight < CONFIDENCE_THRESHOLD ? `weak ${i}` : JSON.stringify(rest);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((g) => {
    if (g.length === 1) return g[0];
    const latin = g.every((r) => r.pattern.source.startsWith('\\b(?:'));
    const inner = g.map((r) => (latin ? r.pattern.source.slice(2) : r.pattern.source)).join('|');
    return { ...g[0], pattern: new RegExp(latin ? `\\b(?:${inner})` : `(?:${inner})`) };
  });
}

function withAdditions(g: GeneralRules, a: Additions | undefined): GeneralRules {
  if (!a) return g;
  return { ...g, violations: [...g.violations, ...merged(a.violations ?? [])], acts: [...g.acts, ...(a.acts ?? [])], actors: [...g.actors, ...(a.actors ?? [])] };
}

/**
 * Round 21 (blind sets U and V as development material, V written to test the safeguarding flag on reports that
 * show it only by its signs, where the first score was 30 of 35). Built as families of signs, not sentences:
 * - signs of control at weight 0.3 (two needed, round 20's `sign`): someone else handles her money ("he counts the
 *   money in the car", "she never has a cent of her own"), her phone taken or borrowing one to call home, not
 *   knowing which city she is in, moved from city to city, watched ("he would know", eyes on the door);
 * - papers someone keeps ("lo tiene él", "il la garde pour pas qu'elle la perde"), a debt that grows or that
 *   missed nights are added to ("le suma", "越計越多"), and freedom that waits on an amount ("做夠[MONEY]先得"):
 *   enough on their own;
 * - a child told by what a child has: a school photo, a confirmation last spring, "when I was in tenth", a care
 *   home;
 * - pay kept back or owed by a manager or agency ("the agency still owes me for three outcalls", "ni eso nos paga",
 *   扣了我们两个月的钱), and discrimination after someone searched her name or came across an old advert;
 * - not reported, told as the answer to a form's question ("Did you report it? No.", "Vous avez porté plainte ?
 *   Non.", "Anmeldt? Nei.", 你有报警吗？没有): a backup, like round 17's reasons not to report.
 */
/** Round 21: pay kept back or owed by a manager, an agency or a house (onlyActors THIRD_PARTY), as a backup. */
const owedPay = (pattern: RegExp): ViolationRule =>
  v(pattern, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.6, { who: 'resolve', onlyActors: ['THIRD_PARTY'], mode: 'always', backup: true });

const R21: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      owedPay(/\b(?:still owes (?:me|us|her)\b|(?:hasn'?t|haven'?t|didn'?t|never) (?:paid|pay) (?:me|us|her|the girls)\b(?! (?:back|yet)\b)|(?:owes?|owed) (?:me|us|her) (?:for|from) (?:\w+ ){0,3}(?:outcalls?|bookings?|shifts?|weeks?|nights?|jobs?)\b)/),
      shunned(learned(String.raw`told (?:me|her) not to come back|(?:stopped|stop) (?:answering|replying|calling back)|(?:won'?t|wouldn'?t|don'?t) (?:answer|reply|call back)|(?:said|says) no|let (?:me|her) go|(?:lost|lose) (?:the|my|her) (?:job|room|flat|place)`, String.raw`(?:googl\w*|look\w* up|search\w*|came across|stumbled (?:on|across)|found) (?:my|her|an old|my old|her old|a) (?:name|number|ad|advert|profile|photos?|pictures?)|(?:googl\w*|look\w*) (?:me|her) up`)),
      fearAlso(/\b(?:(?:report(?:ed)?(?: it)?|go(?:ne)? to the (?:police|cops)|call(?:ed)? the (?:police|cops)|tell (?:anyone|someone)|told (?:anyone|someone))\b[^?.!\n]{0,30}\?\s*['\u2018"\u201c]?(?:no|nope|nah|never|not)\b)/),
      sign(/\b(?:(?:counts|collects|takes|holds|handles) (?:all )?(?:her|the) (?:money|cash|takings|earnings)\b(?<=\b(?:he|she|they|boss|driver|man|guy|boyfriend|partner) (?:\w+ )?\w+ (?:all )?(?:her|the) \w+)|(?:never|doesn'?t) (?:has|have|handles?|keeps?|sees?) (?:a penny|any (?:money|cash)|a cent|her own money))/, 'money'),
      sign(/\b(?:(?:borrow(?:ed)?|use|used) (?:my|a|someone'?s) phone (?:to (?:call|ring|text|message) (?:home|her (?:mum|mother|family|sister))))/, 'phone'),
      sign(/\b(?:(?:didn'?t|doesn'?t|did not|does not) (?:even )?know (?:what|which) (?:city|town|country) (?:she|he) (?:was|is) in)/, 'place'),
      sign(/\b(?:(?:moved|moves|moving) (?:her |them |the girls )?(?:every|each) (?:week|few days|month) (?:to|between))/, 'moved'),
      sign(/\b(?:kept (?:looking|glancing) at the door|(?:he|they)'?d (?:know|find out)\b(?<=\b(?:can'?t|couldn'?t|cannot) [^.!?]{0,40}))/, 'watched'),
      papersWith(/\b(?:(?:keeps|has|holds|kept|took|takes) (?:it|them)\b(?<=\b(?:passports?|papers|documents|id|id card)\b[^.!?]{0,60}))/),
      owedFreedom(/\b(?:(?:debt|tab|bill|what (?:she|i) owe[sd]?)\b[^.!?]{0,40}\b(?:keeps? (?:growing|going up|getting bigger)|never (?:goes down|gets smaller))|adds? (?:it|that|\w+) (?:on )?to (?:her|my|the) (?:debt|tab|bill))\b/),
      schoolChild(/\b(?:school (?:photo|picture|uniform|bag|books|id|timetable|jumper|blazer)\b(?<=\b(?:her|his|a|the) school \w+)|care home(?<=\b(?:in|from|at) a care home)(?<=\b(?:she'?s|she is|he'?s|he is|i was|i'?m|she was|he was|lives|living|placed)\b[^.!?]{0,15}))/),
    ],
  },
  es: {
    violations: [
      owedPay(/\b(?:(?:ni eso|tampoco|ya no|no) nos (?:paga|pagan|pag[oó]|pagaron)|(?:nos|me) debe (?:\w+ ){0,3}(?:semanas|meses|pases|d[ií]as|noches))\b/),
      shunned(learned(String.raw`no (?:me |le )?(?:contesta\w*|responde\w*|atiende\w*)|me dijo (?:que )?no (?:volviera|vuelva)|perd[ií] (?:el|mi) (?:trabajo|laburo|curro|changa|cuarto|departamento)`, String.raw`(?:googl\w*|busc\w* (?:mi|su) (?:nombre|n[uú]mero)|encontr\w* (?:mi|su|un|una) (?:viejo |vieja )?(?:anuncio|perfil|foto|fotos|nombre))`)),
      fearAlso(/\b(?:(?:denunci\w*|lo contaste|se lo contaste|contaste|dijiste|fuiste a la polic[ií]a|llamaste a la polic[ií]a)\b[^?.!\n]{0,40}\?\s*(?:no|nunca|nada)\b)/),
      sign(/\b(?:(?:le|les) (?:cuenta|cuentan|contaba|cont[oó]) la (?:plata|guita|recaudaci[oó]n)|no (?:maneja|tiene|ve) ni un (?:peso|mango|centavo|euro))\b/, 'money'),
      sign(/\b(?:(?:me )?(?:pidi[oó]|pide|ped[ií]a) (?:prestado )?(?:el|mi) (?:celular|tel[eé]fono|m[oó]vil) (?:prestado )?para (?:llamar|hablar) (?:a su casa|a su (?:familia|mam[aá]|madre)))\b/, 'phone'),
      sign(/\b(?:no (?:sab[ií]a|sabe) en qu[eé] (?:ciudad|pa[ií]s|pueblo) (?:estaba|est[aá]))\b/, 'place'),
      sign(/\b(?:la (?:mueven|cambian|llevan) (?:cada|todas las) (?:semanas?|meses?) (?:de|a otra))\b/, 'moved'),
      sign(/\b(?:(?:[eé]l|el tipo) (?:se enterar[ií]a|sabr[ií]a))\b/, 'watched'),
      papersWith(/\b(?:(?:lo|los) tiene (?:[eé]l|el tipo|el jefe|el encargado|ella)\b(?<=\b(?:documentos?|pasaporte|dni|c[eé]dula|papeles)\b[^.!?]{0,60}))/),
      owedFreedom(/\b(?:(?:le|me) suma\b(?<=\b(?:deuda|debe|pasaje|viaje|falta|faltar|falto|faltaba)\b[^.!?]{0,60})|(?:la deuda|lo que (?:le )?debe)\b[^.!?]{0,30}\b(?:crece|aumenta|nunca baja|sube))/),
    ],
  },
  pt: {
    violations: [
      owedPay(/\b(?:n[aã]o (?:me|nos) (?:repassou|repassa|pagou|paga)\b|(?:me|nos) deve (?:\w+ ){0,3}(?:semanas|meses|programas|noites)\b)/),
      shunned(/\b(?:(?:n[aã]o quer|n[aã]o queria|n[aã]o aceita) ['‘"“]?(?:esse tipo|gente assim|essas mulheres|puta|garota de programa)|perdi (?:o|meu) (?:bico|emprego|trabalho|quarto)\b(?=[^.!?]{0,120}\b(?:porque|por causa)\b))/),
      fearAlso(/\b(?:(?:denunci\w*|registr\w* (?:b\.?o|queixa|ocorr[eê]ncia)|deu queixa|foi [aà] pol[ií]cia|contou (?:pra|para) algu[eé]m)\b[^?.!\n]{0,30}\?\s*(?:n[aã]o|nunca|nada|na corregedoria)\b)/),
      sign(/\b(?:(?:conta|recolhe|pega|segura) (?:todo )?o dinheiro dela|n[aã]o (?:tem|v[eê]|pega em) (?:um tost[aã]o|um centavo|um real|dinheiro nenhum))\b/, 'money'),
      sign(/\b(?:(?:pediu|pede) (?:meu|o meu|um) celular (?:emprestado )?(?:pra|para) ligar (?:pra|para) (?:casa|a fam[ií]lia|a m[aã]e))\b/, 'phone'),
      sign(/\b(?:n[aã]o sab(?:ia|e) em que cidade (?:estava|est[aá]))\b/, 'place'),
      sign(/\b(?:(?:mudam|trocam|levam) (?:ela|elas|as meninas) de cidade (?:toda|cada) (?:semana|m[eê]s))\b/, 'moved'),
      sign(/\b(?:(?:ele|o cara) (?:ia saber|saberia|vai saber))\b/, 'watched'),
      papersWith(/\b(?:(?:t[aá]|est[aá]|fica) com ele\b(?<=\b(?:documentos?|passaporte|rg|identidade)\b[^.!?]{0,60})|ele (?:que )?guarda (?:o|os) (?:documentos?|passaporte))/),
      owedFreedom(/\b(?:(?:a d[ií]vida|o que (?:ela )?deve)\b[^.!?]{0,30}\b(?:s[oó] aumenta|nunca diminui|cresce|s[oó] cresce)|(?:soma|coloca|p[oõ]e|bota) (?:na|em) (?:conta|d[ií]vida)\b)/),
    ],
  },
  fr: {
    violations: [
      owedPay(/\b(?:(?:nous|me) (?:doit|devait) (?:\w+ ){0,3}(?:semaines|mois|passes|soir[eé]es)|(?:m'a|nous a) (?:pas|jamais|toujours pas) pay[eé]e?s?|(?:nous|me) (?:paie|paye|verse) (?:plus|pas|jamais|rien))\b/),
      shunned(learned(String.raw`(?:m'a|lui a) dit de (?:ne )?plus revenir|(?:a dit|dit) ['‘\"“«]? ?(?:ah )?non|r[eé]pond plus|rappelle jamais`, String.raw`(?:tomb[eé]e? sur|trouv[eé]) (?:une |mon |ma |mes |son |sa )?(?:vieille |ancienne )?(?:annonce|photo|profil)|tap[eé] (?:mon|son) nom|googl\w*|cherch[eé] (?:mon|son) nom`)),
      fearAlso(/\b(?:(?:port[eé] plainte|d[eé]pos[eé] plainte|appel[eé] la police|signal[eé]|parl[eé] [aà] quelqu'un)\b[^?.!\n]{0,30}\?\s*(?:non|jamais|pas)\b)/),
      sign(/\b(?:(?:c'est lui qui|il) (?:passe )?(?:chercher|r[eé]cup[eè]re|ramasse|prend|compte) la recette|(?:n'a|a) (?:jamais )?(?:pas )?un (?:sou|centime|euro) (?:[aà] elle|sur elle))\b/, 'money'),
      sign(/\b(?:(?:m'a|a) demand[eé] (?:mon|un) t[eé]l[eé]phone pour appeler (?:chez elle|sa (?:famille|m[eè]re)))\b/, 'phone'),
      sign(/\b(?:(?:savait|sait) (?:pas|m[eê]me pas) dans quelle ville (?:elle|il) (?:[eé]tait|est))\b/, 'place'),
      sign(/\b(?:r[eé]pond (?:[aà] mes messages )?seulement quand il dort|qu'il ['‘"“«]? ?saurait)\b/, 'watched'),
      sign(/\b(?:(?:la|les) (?:change|changent|d[eé]place|d[eé]placent) de ville (?:chaque|toutes les) (?:semaines?|mois))\b/, 'moved'),
      papersWith(/\b(?:(?:il|elle) (?:la|le|les) garde\b(?<=\b(?:carte d'identit[eé]|passeport|papiers|titre de s[eé]jour)\b[^.!?]{0,60}))/),
      owedFreedom(/\b(?:(?:lui|leur) doit encore|(?:la dette|ce qu'elle doit)\b[^.!?]{0,30}\b(?:augmente|grossit|baisse jamais|diminue jamais))\b/),
    ],
  },
  nb: {
    violations: [
      owedPay(/\b(?:skylder (?:meg|oss) (?:for )?(?:\w+ ){0,3}(?:uker|m[aå]neder|vakter|kunder|netter)|(?:har )?ikke (?:betalt|utbetalt) (?:meg|oss)|betaler (?:oss|meg) ikke)\b/),
      shunned(/\b(?:googler (?:nummeret|navnet) (?:mitt|hennes)\b(?=[^.!?]{0,40}\b(?:svarer ikke|sier nei|ringer ikke tilbake|h[oø]rer ikke)))/),
      fearAlso(/\b(?:(?:anmeldt|anmelde|meldt (?:fra|det)|sagt (?:det )?til noen|g[aå]tt til politiet|g[aå] til politiet)\b[^?.!\n]{0,60}\?\s*(?:nei|aldri|ikke|de vil)\b)/),
      sign(/\b(?:(?:han|sj[aå]f[oø]ren|sjefen|kj[aæ]resten) (?:teller|tar|henter|samler inn) (?:alle )?pengene (?:hennes )?|har (?:aldri|ikke) (?:en krone|penger) (?:selv|p[aå] seg))\b/, 'money'),
      sign(/\b(?:l[aå]nte telefonen min (?:for [aå] )?ringe hjem)\b/, 'phone'),
      sign(/\b(?:visste ikke hvilken by (?:hun|han|vi) var i)\b/, 'place'),
      sign(/\b(?:(?:flyttes|flyttet|blir flyttet) (?:hver|annenhver) (?:uke|m[aå]ned))\b/, 'moved'),
      sign(/\b(?:madrasser p[aå] gulvet)\b/, 'living'),
      sign(/\b(?:(?:han|de) (?:ville|vil) (?:vite|merke) det)\b/, 'watched'),
      owedFreedom(/\b(?:f[oø]r (?:gjelden|reisen|billetten|regningen) er (?:betalt|nedbetalt))\b/),
      papersWith(/\b(?:(?:har han|har hun|har sjefen|beholder han|tar han vare p[aå])\b(?<=\b(?:passet|papirene|id-kortet|legitimasjonen)\b[^.!?]{0,60}))/),
      schoolChild(/\b(?:konfirmasjonen (?:sin|hennes|min)\b(?=(?: \w+)? (?:i v[aå]r|i fjor|i [aå]r|i h[oø]st))|gikk i (?:sjette|sjuende|syvende|[aå]ttende|niende|tiende)\b(?! (?:[aå]r|gang)))/),
    ],
  },
  zh: {
    violations: [
      owedPay(/(?:(?:扣|拖)(?:了|咗|住)?(?:我们|我們|我哋|我)?[^。，]{0,6}(?:钱|錢|人工|工资|工資|糧))/),
      fearAlso(/(?:(?:报警|報警|报案|報案|投诉|投訴)[^。！\n]{0,12}[?？][^。\n]{0,12}(?:没有|沒有|冇|無|无|唔))/),
      sign(/(?:(?:幫|帮|替)(?:佢|她)(?:數錢|数钱|收錢|收钱))/, 'money'),
      sign(/(?:(?:借|用)(?:我|人)?(?:部)?(?:電話|电话|手機|手机)(?:打)?(?:返|回)(?:屋企|家|老家)|(?:部機|部手機|手機|手机|電話|电话)(?:俾|被|畀)[^。，]{0,6}(?:收起|收埋|拿走|沒收|没收))/, 'phone'),
      sign(/(?:(?:唔知|不知道)(?:自己)?(?:喺|在)(?:邊度|边度|邊個城市|哪个城市|哪裡|哪里))/, 'place'),
      sign(/(?:望住(?:道)?門|盯着门)/, 'watched'),
      sign(/(?:(?:每個|每个)(?:禮拜|星期|月)(?:都)?(?:換|换)(?:地方|城市))/, 'moved'),
      owedFreedom(/(?:越計越多|越计越多|越滾越大|越滚越大|(?:食住|食宿|住宿)(?:都)?(?:計|计|算)(?:埋)?(?:落|进|進)(?:去)?|做(?:夠|够|满|滿)[^。！？]{0,6}\[money_\d+\]\]?\s?(?:先|才)(?:得|可以|能|走|返|回))/),
    ],
  },
  tpi: {
    violations: [
      owedPay(/\b(?:no (?:bin )?baim mipela|i no (?:bin )?givim pe bilong (?:mi|mipela)|holim pe bilong (?:mi|mipela))\b/),
      fearAlso(/\b(?:(?:ripot\w*|go long polis|tokim (?:wanpela|narapela|sampela))\b[^?.!\n]{0,30}\?\s*(?:nogat|no)\b)/),
      sign(/\b(?:em i (?:save )?kaunim (?:olgeta )?moni bilong em|em i no (?:save )?holim (?:wanpela )?toea)\b/, 'money'),
      sign(/\b(?:askim (?:long )?fon bilong mi long (?:kolim|ringim) (?:ples|famili|mama))\b/, 'phone'),
      sign(/\b(?:i no save em i stap long wanem (?:taun|ples))\b/, 'place'),
      sign(/\b(?:ol i (?:save )?muvim (?:em|ol) long nupela (?:taun|ples) olgeta wik)\b/, 'moved'),
      owedFreedom(/\b(?:dinau (?:bilong em )?(?:i )?(?:go antap|kamap bikpela|i no save go daun))\b/),
    ],
  },
};

/**
 * Round 22: the indicators of trafficking and of a child that anti-trafficking guidance lists (no phone of one's
 * own, someone else takes the money, someone else holds the keys or the door is locked from outside, not knowing
 * the town or the country, always accompanied or "not allowed", mattresses on the floor or sleeping in a car, new
 * women every week and adverts that move city; a school bag, braces, homework or a test the next day), written as
 * pairs of concepts near each other in one sentence rather than as phrases, because round 21 showed that phrases
 * taken from one writer's signs do not reach the next writer's (blind set W, 0 of 6). Each indicator weighs 0.3,
 * so one alone flags nothing and two together do.
 */
/** Two concepts within `window` characters of each other in one sentence, in either order. */
function near(a: string, b: string, window = 50, latin = true): RegExp {
  return latin
    ? new RegExp(`\\b(?:(?:${a})\\b(?=[^.!?]{0,${window}}\\b(?:${b}))|(?:${b})\\b(?=[^.!?]{0,${window}}\\b(?:${a})\\b))`)
    : new RegExp(`(?:(?:${a})(?=[^。！？]{0,${window}}(?:${b}))|(?:${b})(?=[^。！？]{0,${window}}(?:${a})))`);
}
const childSign = (pattern: RegExp, indicator: string): ViolationRule => ({ ...v(pattern, 'CHILD_INVOLVED', undefined, 0.3, { mode: 'always' }), indicator });

const R22: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      sign(near(String.raw`phones?|mobiles?|cell ?phones?|sim cards?`, String.raw`\b(?:no|never|without|don'?t have|doesn'?t have|didn'?t have|not (?:their|her) own|takes|collects?|keeps?|borrow(?:ed)?|pointed at|asked (?:me )?(?:if she could|to) use)\b`, 40), 'phone'),
      sign(near(String.raw`cash|money|earnings|takings`, String.raw`\b(?:takes the|collects? (?:the|it)|hand(?:s|ed)? (?:it )?over|give (?:it to )?him|gives (?:it to )?him|gave (?:it to )?him|never (?:once )?(?:saw|see|seen) (?:one of them|her|them) keep|off them at|pays? (?:for them|for her|at the (?:till|desk|counter)))\b`, 40), 'money'),
      sign(near(String.raw`keys?|locks?|locked|padlock(?:ed)?|bolted`, String.raw`\b(?:only (?:he|him|the man|the guy)|(?:he|the man|the guy) (?:has|holds|keeps)|(?:no|none of them (?:had|has)|didn'?t have|don'?t have|doesn'?t have) (?:a |the |their own )?keys?|from (?:the )?outside|new lock|screwed shut|bars on)\b`, 40), 'keys'),
      sign(/\b(?:(?:what|which) (?:city|town|country|place) (?:this|it|we|they|she) (?:is|was|were|are)|(?:the )?name of (?:this|the) (?:town|city|place)|(?:didn'?t|doesn'?t|don'?t) (?:even )?know (?:where (?:she|they) (?:was|were|are|is)|the address))\b/, 'place'),
      sign(/\b(?:(?:always|every time) (?:the same|one) (?:man|guy|bloke|driver)\b|never (?:alone|on (?:her|their) own|goes? out(?:side)?)\b|looked at (?:him|the man|the guy|the other car|the driver) (?:first|before)|['‘"“]?not allowed['’"”]?(?=[^a-z]{0,3}$|[.!?,])|sits? (?:outside|in the (?:car|ute|van|truck))(?: the whole time| waiting)?|waits? outside the whole time)/, 'watched'),
      sign(/\b(?:mattress(?:es)? on the floor|(?:sleep|sleeps|sleeping|slept) in (?:the|a|their) (?:car|van))\b/, 'living'),
      sign(/\b(?:new (?:girls|women|faces) every (?:week|couple of weeks|few days|fortnight|month)|(?:ads?|adverts?|listings?) (?:change|changes|move|moves|moved) (?:city|town|cities)|moved (?:them|her) to (?:another|a different|a new) (?:city|town))\b/, 'moved'),
      childSign(/\b(?:(?:school ?bag|backpack|rucksack|book ?bag) with|school (?:jumper|jacket|tie|badge|shoes|blazer|backpack)|pencil case|lunch ?box)\b/, 'school things'),
      childSign(/\b(?:braces on her teeth|(?:with|had|has|wearing) braces)\b/, 'braces'),
      childSign(/\b(?:homework|(?:a|her) (?:test|exam|quiz) (?:the next day|tomorrow|on monday))\b/, 'schoolwork'),
      childSign(/\b(?:(?:her|a) (?:form )?(?:teacher|tutor) (?:said|told|called|rang)|curfew)\b/, 'teacher'),
    ],
  },
  es: {
    violations: [
      sign(near(String.raw`celulares?|tel[eé]fonos?|m[oó]viles?|chips?`, String.raw`\b(?:no (?:tienen|tiene|ten[ií]an|ten[ií]a)|sin|nunca|propio|les (?:saca|sacan|quita|quitan|retiene)|se los (?:lleva|guarda)|(?:me )?(?:pidi[oó]|pide) (?:usar|prestado)|se(?:ñ|n)al[oó])\b`, 40), 'phone'),
      sign(near(String.raw`plata|dinero|guita|efectivo|recaudaci[oó]n`, String.raw`\b(?:se (?:lleva|llev[oó]|queda con)|le (?:dan|daban|entregan|entregaban|da|entrega)|(?:nunca|ni) (?:la|les) (?:vi|veo) (?:quedarse|guardar)|paga [eé]l|paga por ellas|cobra [eé]l)\b`, 40), 'money'),
      sign(near(String.raw`llaves?|candado|cerradura|cerrad[oa] con llave`, String.raw`\b(?:solo (?:[eé]l|el hombre|el tipo)|(?:[eé]l|el hombre|el tipo) (?:tiene|guarda)|(?:ninguna|nadie) (?:ten[ií]a|tiene)|no (?:tienen|tiene|ten[ií]an) (?:llave|llaves)|por fuera|desde afuera)\b`, 40), 'keys'),
      sign(/\b(?:(?:en )?qu[eé] (?:ciudad|pa[ií]s|pueblo|lugar) (?:estaba|estaban|est[aá]|est[aá]n|est[aá]bamos|era)|c[oó]mo se llama(?:ba)? (?:este|el) (?:pueblo|lugar|barrio|ciudad)|no (?:sab[ií]a|sabe|saben|sab[ií]an) (?:d[oó]nde (?:estaba|est[aá]|estaban)|la direcci[oó]n))\b/, 'place'),
      sign(/\b(?:siempre (?:el mismo|un) (?:hombre|tipo|se[ñn]or|chofer)|nunca (?:sale|salen|sal[ií]a|sal[ií]an) sola?s?|lo mir[oó] (?:a [eé]l )?(?:primero|antes)|no (?:la|las|le|les) (?:dejan|deja|dejaban) salir|se queda (?:afuera|en el auto)(?: esperando)?)\b/, 'watched'),
      sign(/\b(?:colchones en el piso|(?:duermen|dorm[ií]an|duerme) en (?:el|un) (?:auto|coche|carro))\b/, 'living'),
      sign(/\b(?:chicas nuevas (?:cada|todas las) (?:semana|semanas|mes)|(?:los anuncios|las publicaciones) (?:cambian|cambiaban) de ciudad|las (?:llevaron|mandaron|movieron) a otra ciudad)\b/, 'moved'),
      childSign(/\b(?:mochila (?:con|del cole|de la escuela)|carpeta (?:del cole|llena de)|stickers|uniforme|guardapolvo)/, 'school things'),
      childSign(/\b(?:(?:con|tiene|ten[ií]a) (?:brackets|frenillos|aparatos?))\b/, 'braces'),
      childSign(/\b(?:(?:tarea|deberes) (?:del cole|de la escuela|para ma[ñn]ana)|(?:prueba|examen) (?:al d[ií]a siguiente|ma[ñn]ana))\b/, 'schoolwork'),
      childSign(/\b(?:alumna|preceptora|(?:su|la) (?:profesora|maestra))\b/, 'teacher'),
    ],
  },
  pt: {
    violations: [
      sign(near(String.raw`celulares?|telefones?|chips?`, String.raw`\b(?:n[aã]o (?:t[eê]m|tem|tinham|tinha)|sem|nunca|pr[oó]prio|(?:recolhe|pega|leva|guarda) (?:os|o)|ficam sem|pediu (?:pra|para) usar)\b`, 40), 'phone'),
      sign(near(String.raw`dinheiro|grana|pagamento`, String.raw`\b(?:entrega(?:m|va|vam)?|d[aã]o|dava|davam) (?:o dinheiro |a grana )?(?:pra|para|a) ele\b|\b(?:ele (?:leva|levou|pega|pegou|recolhe|fica com|paga)|nunca (?:vi|vejo) (?:elas|ela) (?:ficar|guardar))\b`, 40), 'money'),
      sign(near(String.raw`chaves?|cadeado|tranca(?:da|do)?|fechadura`, String.raw`\b(?:s[oó] (?:ele|o homem|o senhor|o cara)|(?:ele|o homem|o senhor|o cara) (?:tem|guarda|que tem)|(?:nenhuma|ningu[eé]m) (?:tem|tinha)|n[aã]o (?:t[eê]m|tinham|tem|tinha) (?:a )?chave|por fora)\b`, 40), 'keys'),
      sign(/\b(?:(?:em )?que (?:cidade|pa[ií]s|lugar) (?:estava|estavam|est[aá]|est[aã]o|era)|(?:como se chama|o nome d)(?:esta|essa|a) cidade|n[aã]o (?:sabia|sabe|sabem|sabiam) (?:onde (?:estava|est[aá]|estavam)|o endere[cç]o))\b/, 'place'),
      sign(/\b(?:sempre (?:o mesmo|um) (?:homem|cara|senhor|motorista)|nunca (?:saem|sai|sa[ií]a|sa[ií]am) sozinhas?|olhou (?:pra|para) ele (?:primeiro|antes)|n[aã]o (?:deixa|deixam|deixava) (?:elas?|a gente) sair|fica (?:esperando )?(?:l[aá] )?fora (?:o tempo todo|esperando))\b/, 'watched'),
      sign(/\b(?:colch[oõ]es no ch[aã]o|(?:dormem|dormia|dormiam|dorme) (?:no|num) (?:carro|caminh[aã]o))\b/, 'living'),
      sign(/\b(?:meninas novas (?:toda|cada) (?:semana|m[eê]s)|(?:os an[uú]ncios) (?:mudam|mudavam) de cidade|levaram (?:elas|ela) (?:pra|para) outra cidade)\b/, 'moved'),
      childSign(/\b(?:mochila (?:com|da escola)|uniforme (?:da escola|escolar))\b/, 'school things'),
      childSign(/\b(?:aparelho (?:no|nos) dentes?)\b/, 'braces'),
      childSign(/\b(?:(?:li[cç][aã]o|dever) de casa|prova (?:no dia seguinte|amanh[aã]|de (?:geografia|matem[aá]tica|hist[oó]ria|portugu[eê]s|ci[eê]ncias)))\b/, 'schoolwork'),
      childSign(/\b(?:(?:a|sua) professora|aluna)\b/, 'teacher'),
    ],
  },
  fr: {
    violations: [
      sign(near(String.raw`t[eé]l[eé]phones?|portables?|puces?`, String.raw`\b(?:(?:n'ont|n'a|ont|a) pas de|sans|jamais|(?:[aà] elles?|[aà] eux)|(?:prend|prenait|ramasse|ramassait|garde|gardait|confisqu\w*)|montr[eé] (?:mon|le) t[eé]l[eé]phone du doigt|demand[eé] (?:[aà] )?(?:utiliser|emprunter))\b`, 40), 'phone'),
      sign(near(String.raw`argent|liquide|esp[eè]ces|recette`, String.raw`\b(?:(?:c'est )?(?:lui|le m[eê]me (?:homme|type)) qui (?:r[eè]gle|paye|paie|encaisse|prend|ram[aè]sse)|(?:lui )?(?:donnent|donnaient|remettent|remettaient)(?: l'argent)? [aà] (?:lui|l'homme)|(?:paye|paie|r[eè]gle) (?:[aà] la caisse|en liquide|pour elles))\b`, 40), 'money'),
      sign(near(String.raw`cl[eé]s?|clefs?|verrou|cadenas|badges?|ferm[eé]e? [aà] cl[eé]`, String.raw`\b(?:(?:c'est )?(?:lui|l'homme|le type) qui (?:a|garde|d[eé]tient)|(?:seul|seulement) (?:lui|l'homme|le type)|(?:aucune|personne) n'(?:a|avait)|(?:n'ont|n'a|ont|a) pas (?:de|les) cl[eé]s?|de l'ext[eé]rieur|par dehors)\b`, 40), 'keys'),
      sign(/\b(?:dans quel(?:le)? (?:pays|ville|endroit) (?:on|elle|elles|nous) (?:[eé]tait|[eé]taient|est|sont|[eé]tions)|(?:le )?nom de (?:la|cette) ville|(?:savait|savent|sait) (?:pas|m[eê]me pas) (?:o[uù] (?:elle|elles) (?:[eé]tait|est|sont)|l'adresse))\b/, 'place'),
      sign(/\b(?:toujours le m[eê]me (?:homme|type|gars|mec|chauffeur)|(?:ne )?(?:sort|sortent|descend|descendent) jamais|l'a regard[eé] (?:lui )?(?:d'abord|avant)|(?:pas le droit|interdit) de sortir|(?:reste|attend) (?:dehors|dans la voiture|en bas) (?:tout le temps|pendant))\b/, 'watched'),
      sign(/\b(?:matelas (?:par terre|au sol)|(?:dorment|dormait|dormaient|dort) dans (?:la|une|leur) voiture)\b/, 'living'),
      sign(/\b(?:(?:nouvelles filles|nouvelles t[eê]tes) (?:chaque|toutes les) (?:semaine|semaines|mois)|(?:les annonces) (?:changent|changeaient) de ville|(?:partie|parties|envoy[eé]es?|d[eé]plac[eé]es?) dans une autre ville)\b/, 'moved'),
      childSign(/\b(?:sac (?:de cours|d'[eé]cole|de coll[eè]ge|de lyc[eé]e)|cartable|trousse|carnet de correspondance)\b/, 'school things'),
      childSign(/\b(?:appareil (?:dentaire|aux dents)|bagues aux dents)\b/, 'braces'),
      childSign(/\b(?:devoirs|(?:contr[oô]le|interro|examen) (?:le lendemain|demain))\b/, 'schoolwork'),
      childSign(/\b(?:(?:son|sa) (?:prof|professeur|professeure|cpe))\b/, 'teacher'),
    ],
  },
  nb: {
    violations: [
      sign(near(String.raw`telefon(?:er|en|ene)?|mobil(?:er|en)?`, String.raw`\b(?:(?:har|hadde) ikke|ingen|uten|aldri|egne|egen|(?:tar|samler inn|holder p[aå]|beholder) (?:dem|den|alle)|pekte p[aå]|l[aå]ne)\b`, 40), 'phone'),
      sign(near(String.raw`penger(?:ne)?|kontanter|cash`, String.raw`\b(?:(?:gir|ga|leverer|leverte) (?:ham|han|mannen) pengene|(?:han|mannen) (?:tar|tok|henter|hentet|samler inn|betaler|betalte)|(?:har|hadde) aldri penger p[aå] seg|betaler (?:for dem|med kort))\b`, 40), 'money'),
      sign(near(String.raw`n[oø]kkel(?:en)?|n[oø]kler|l[aå]s|l[aå]st|hengel[aå]s`, String.raw`\b(?:bare (?:han|mannen|leietakeren|sj[aå]f[oø]ren)|(?:han|mannen) (?:har|holder)|(?:ingen|ikke) (?:av dem )?(?:har|hadde) (?:egen )?n[oø]kkel|ny l[aå]s|utenfra|skrudd igjen)\b`, 40), 'keys'),
      sign(/\b(?:hvilken (?:by|land|sted) (?:hun|de|vi) (?:var|er) i|hva (?:byen|stedet) het|visste ikke (?:hvor (?:hun|de) (?:var|bodde)|adressen))\b/, 'place'),
      sign(/\b(?:alltid (?:den )?samme (?:mann|fyr|sj[aå]f[oø]r)|(?:g[aå]r|gikk) aldri ut alene|s[aå] (?:bort )?p[aå] (?:ham|mannen|den andre bilen) (?:f[oø]rst|f[oø]r)|['‘"“«]?not allowed['’"”»]?|f[aå]r ikke (?:lov til [aå] )?g[aå] ut|venter (?:utenfor|i bilen) (?:hele tiden|hele natta))\b/, 'watched'),
      sign(/\b(?:madrasser p[aå] gulvet|(?:sover|sov) i bilen)\b/, 'living'),
      sign(/\b(?:nye (?:damer|jenter|kvinner) hver (?:uke|m[aå]ned)|(?:annonsene) (?:bytter|byttet) by|flytta? til (?:en annen by|bergen|trondheim|stavanger|oslo)\b(?<=\b(?:var|ble|er) flytta? til \w+(?: \w+)?))\b/, 'moved'),
      childSign(/\b(?:skolesekk|ryggsekk med)\b/, 'school things'),
      childSign(/\b(?:tannregulering|regulering p[aå] tennene)\b/, 'braces'),
      childSign(/\b(?:lekser|pr[oø]ve (?:dagen etter|i morgen))\b/, 'schoolwork'),
      childSign(/\b(?:kontaktl[aæ]rer\w*|(?:l[aæ]reren|l[aæ]rer) (?:hennes|hans))\b/, 'teacher'),
    ],
  },
  zh: {
    violations: [
      sign(near(String.raw`電話|电话|手機|手机`, String.raw`冇|没有|沒有|收起|收埋|自己|指住|指着|借`, 10, false), 'phone'),
      sign(near(String.raw`錢|钱|現金|现金`, String.raw`(?:交|畀|俾|给|給)(?:晒)?(?:佢|他|个男人|個男人)|(?:佢|他|个男人|個男人)(?:收|攞|拿|数|數|付|俾)|(?:冇|没有|沒有)(?:見過|见过)(?:佢哋|她们|她們)?(?:留|拎)`, 12, false), 'money'),
      sign(near(String.raw`鎖匙|锁匙|鑰匙|钥匙|鎖|锁`, String.raw`(?:只有|淨係|净系)(?:佢|他|個男人|个男人)|(?:佢|他)(?:有|拎住|拿着|拿著)|(?:冇|没有|沒有)(?:鎖匙|钥匙|鑰匙)|(?:喺|在)外面(?:鎖|锁)|反鎖|反锁`, 12, false), 'keys'),
      sign(/(?:(?:呢度|这里|這裡|呢個|这个|這個)(?:係|是)(?:邊度|边度|哪里|哪裡|咩地方|什么地方|乜嘢地方)|(?:唔知|不知道)(?:自己)?(?:喺|在)(?:邊度|边度|哪里|哪裡|邊個城市|哪个城市)|(?:邊個|哪个|哪個)(?:國家|国家|城市))/, 'place'),
      sign(/(?:(?:成日|總是|总是|每次都)(?:係|是)(?:同一個|同一个)(?:男人|人)|(?:從來|从来|从不|從不)(?:唔|不)?(?:自己)?(?:一個人)?(?:出街|出门|出門|落樓|下楼)|(?:唔|不)(?:准|俾|让|讓)(?:佢|她)(?:哋|们|們)?(?:出去|出街|出门|出門)|喺(?:門口|门口|車度|车里)(?:等|坐)(?:住|着))/, 'watched'),
      sign(/(?:(?:床褥|床垫|床墊)(?:喺|在)?(?:地上|地下)|(?:瞓|睡)(?:喺|在)(?:車|车)(?:度|里|裡|入面))/, 'living'),
      sign(/(?:(?:每個|每个)(?:禮拜|星期|月)(?:都)?(?:有)?(?:新|唔同)(?:嘅|的)?(?:女仔|女人|小姐)|(?:廣告|广告)(?:成日)?(?:換|换)(?:城市|地方))/, 'moved'),
      childSign(/(?:校褸|校服|書包|书包)/, 'school things'),
      childSign(/(?:箍牙|牙箍|牙套)/, 'braces'),
      childSign(/(?:功課|功课|作業|作业|測驗|测验|考試|考试)/, 'schoolwork'),
      childSign(/(?:班主任|(?:[1-6][a-f])(?=」|”|"))/, 'teacher'),
    ],
  },
  tpi: {
    violations: [
      sign(near(String.raw`fon|mobail`, String.raw`\b(?:nogat|i no gat|no gat|kisim|holim|bilong ol yet|askim long usim)\b`, 40), 'phone'),
      sign(near(String.raw`mani|moni|pe`, String.raw`\b(?:givim (?:long )?em|em i kisim|em i holim|man i kisim|ol i givim long em|i no save holim)\b`, 40), 'money'),
      sign(near(String.raw`ki|lok|lokim`, String.raw`\b(?:em (?:tasol|wanpela tasol)|em i holim|nogat ki|long ausait)\b(?<!\b(?:senisim|nupela) lok\b[^.!?]{0,50})`, 40), 'keys'),
      sign(/\b(?:wanem (?:taun|ples|kantri) (?:em|ol|mipela) (?:i )?stap|i no save (?:em|ol) i stap we)\b/, 'place'),
      sign(/\b(?:oltaim wanpela man|(?:em|ol) i no (?:save )?go ausait (?:wanpela|em yet)|no inap go ausait|sanap ausait (?:oltaim|long olgeta taim))\b/, 'watched'),
      sign(/\b(?:slip long (?:graun|flo)|slip (?:insait )?long ka)\b/, 'living'),
      sign(/\b(?:nupela meri olgeta wik)\b/, 'moved'),
      childSign(/\b(?:skul bek|yunifom bilong skul)\b/, 'school things'),
      childSign(/\b(?:homwok|tes (?:long )?tumora)\b/, 'schoolwork'),
      childSign(/\b(?:tisa bilong em|grade [5-9]|grade 1[0-2])\b/, 'teacher'),
    ],
  },
};

/**
 * Round 23 (Y and Z as development material). Coercion built from its parts, as round 20 built extortion: leaving
 * has a price. A wish or an attempt to leave, stop or go home, near a price for it: a sum to pay first ("she can
 * only go home when she pays the 'fine' for trying to leave", 未夠期走就要賠), or harm to the family or to
 * someone who left (识人上我屋企, her mum got sent pictures). And three more indicators of a child (weak, two
 * needed): the school day ("after last period", "no recreio"), parents who do not know ("home before mum finishes
 * her shift"), and secrecy asked by an adult ("don't tell anyone or we'll all get in trouble").
 */
/** Leaving, then its price within one sentence (or the price first): enough on its own. */
function leavingCosts(leave: string, price: string, latin = true): RegExp {
  return near(leave, price, 70, latin);
}
const leavePrice = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'PREVENTED_FROM_LEAVING');

const R23: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:leave|leaving|left|quit|quitting|stop|stopping|go (?:back )?home|going (?:back )?home|get out|walk away|come home)`,
        String.raw`\b(?:(?:until|till|before|unless|only (?:when|after|if)) (?:i|she|we|they) (?:pay|paid|have paid|has paid|owe nothing)|(?:fine|penalty|fee|debt) for (?:trying to |having )?(?:leave|leaving|left|quit|go)|(?:her|my|their) (?:mum|mother|family|sister|kids) (?:got|get|would get|will get) (?:sent|told|shown|hurt|visited)|(?:knows?|know) where (?:my|her|their) (?:family|mum|mother|parents) live)\b`,
      )),
      childSign(/\b(?:(?:after|before|during) (?:last |first )?(?:period|lesson|class|registration|school)|(?:on|at) (?:lunch|morning) break|school bus|(?:in|after) p\.?e\.?\b)(?<!\b(?:my|our|her|his|the) (?:kids?|children|son|daughter)\b[^.!?]{0,40})/, 'school day'),
      childSign(/\b(?:(?:mum|mom|mother|dad|father|parents|my folks) (?:doesn'?t|don'?t|does not|do not) know|(?:home|back) before (?:my )?(?:mum|mom|dad|parents) (?:gets?|finishes|comes?)|(?:my|our) (?:mum|mom|dad|parents) (?:thinks?|think) (?:i'?m|i am|we'?re|we are) (?:at|with|in))\b/, 'parents'),
      childSign(/\b(?:(?:don'?t|not to|never) tell (?:anyone|anybody|your (?:mum|parents|teacher))|our (?:little )?secret|(?:we'?ll|we will|you'?ll|you will|we'?d) (?:all )?get in trouble)\b/, 'secrecy'),
    ],
  },
  es: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:irme|irse|irnos|me voy|se va|dejarlo|dejar esto|salir(?:me)?|volver (?:a (?:mi|su) (?:casa|pa[ií]s))|volver a casa|escaparse|escaparme)`,
        String.raw`\b(?:hasta (?:que )?(?:no )?(?:pague|pagar|termine de pagar)|(?:multa|deuda|castigo) por (?:haber )?(?:intentado )?(?:irse|irme|escaparse|salir)|(?:a|le|les) (?:mi|su) (?:familia|mam[aá]|madre|hermana|hijos?) (?:le |les )?(?:mandan|mandar[ií]an|van a|har[ií]an|pasar[ií]a)|sabe(?:n)? d[oó]nde vive (?:mi|su) (?:familia|mam[aá]|madre))\b`,
      )),
      childSign(/\b(?:(?:a la )?salida (?:del|de la) (?:cole|colegio|escuela|liceo|secundaria)|(?:en el )?recreo|(?:despu[eé]s|antes) de (?:clase|la escuela|el cole))\b/, 'school day'),
      childSign(/\b(?:(?:mi|su) (?:mam[aá]|vieja|madre|pap[aá]|viejo) no sabe|antes de que (?:llegue|vuelva) (?:mi|su) (?:mam[aá]|vieja|madre)|(?:mis|sus) (?:viejos|padres) (?:creen|piensan) que)\b/, 'parents'),
      childSign(/\b(?:no (?:le )?(?:digas|cuentes) (?:a nadie|nada)|nuestro secreto|(?:nos|te) (?:vamos|van) a meter en (?:un )?problemas?)\b/, 'secrecy'),
    ],
  },
  pt: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:ir embora|sair daqui|sair|parar|voltar (?:pra|para) casa|volta (?:pra|para) casa|fugir|largar)`,
        String.raw`\b(?:(?:at[eé]|s[oó] (?:quando|depois que|se)) (?:pagar|pague|quitar)|(?:multa|d[ií]vida|castigo) por (?:ter )?(?:tentado )?(?:ir embora|sair|fugir)|(?:a|sua|minha) (?:fam[ií]lia|m[aã]e|irm[aã]) (?:ia|vai|iria) (?:receber|saber|sofrer)|sabe(?:m)? onde (?:mora|vive) (?:a|sua|minha) (?:fam[ií]lia|m[aã]e))\b`,
      )),
      owedFreedom(/\b(?:s[oó] (?:volta|vai voltar|pode voltar|sai) (?:pra|para) casa quando pagar)\b/),
      childSign(/\b(?:(?:na )?sa[ií]da da escola|(?:no )?recreio|(?:depois|antes) da (?:aula|escola))\b/, 'school day'),
      childSign(/\b(?:(?:minha|sua) (?:m[aã]e|fam[ií]lia) n[aã]o sabe|antes (?:da|de) (?:minha|sua) m[aã]e (?:chegar|voltar)|(?:meus|seus) pais (?:acham|pensam) que)\b/, 'parents'),
      childSign(/\b(?:n[aã]o (?:conta|fala) (?:pra|para) ningu[eé]m|nosso segredo|(?:a gente|n[oó]s) (?:vai|vamos) (?:se dar mal|ter problema))\b/, 'secrecy'),
    ],
  },
  fr: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:partir|arr[eê]ter|rentrer|quitter|m'en aller|s'en aller|sortir de l[aà])`,
        String.raw`\b(?:(?:tant qu'|avant d'|avant que|sauf si)(?:elle|je|on)? ?(?:n'a|n'ai|n'aura|ait|aie|paie|paye|rembourse)|(?:amende|dette|p[eé]nalit[eé]) pour (?:avoir )?(?:essay[eé] de )?(?:partir|fuir)|(?:sa|ma) (?:famille|m[eè]re|s[oœ]ur) (?:va|allait|aurait) (?:recevoir|payer|souffrir)|sai(?:t|ent) o[uù] (?:vit|habite) (?:sa|ma) (?:famille|m[eè]re))\b`,
      )),
      childSign(/\b(?:(?:[aà] la )?sortie (?:du coll[eè]ge|du lyc[eé]e|de l'[eé]cole|des cours)|(?:[aà] la )?r[eé]cr[eé]|(?:apr[eè]s|avant) les cours)\b/, 'school day'),
      childSign(/\b(?:(?:ma|sa) (?:m[eè]re|daronne|famille) (?:ne )?sait (?:pas|rien)|avant que (?:ma|sa) m[eè]re (?:rentre|revienne)|(?:mes|ses) parents (?:croient|pensent) que)\b/, 'parents'),
      childSign(/\b(?:(?:le )?dis (?:[aà] personne|rien)|notre secret|on (?:va|aura) (?:tous )?(?:avoir des probl[eè]mes|des ennuis))\b/, 'secrecy'),
    ],
  },
  nb: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:dra|reise hjem|komme hjem|dra hjem|slutte|g[aå] (?:derfra|hjem)|stikke av)`,
        String.raw`\b(?:(?:f[oø]r|til|med mindre) (?:jeg|hun|vi|de) (?:har )?(?:betalt|betaler)|(?:bot|gjeld|straff) for [aå] (?:ha )?(?:pr[oø]vd [aå] )?(?:dra|stikke av|slutte)|(?:familien|moren|mora|s[oø]steren) (?:hennes|min|mi) (?:fikk|f[aå]r|ville f[aå]) (?:bilder|vite|tilsendt)|vet hvor (?:familien|moren|mora) (?:hennes|min|mi) bor)\b`,
      )),
      sign(/\b(?:(?:har|hadde) aldri (?:egne )?penger (?:p[aå] seg|selv)|betaler for alt\b(?<=\b(?:han|mannen|sj[aå]f[oø]ren) (?:\w+ )?betaler for alt))/, 'money'),
      childSign(/\b(?:etter (?:siste )?(?:time|skolen)|f[oø]r skolen|i friminuttet|skolebussen)\b/, 'school day'),
      childSign(/\b(?:(?:mamma|pappa|foreldrene mine|mora mi|moren min) (?:vet|visste) ikke|f[oø]r (?:mamma|mora mi|moren min) kommer hjem|(?:foreldrene mine|mamma) tror (?:jeg|at jeg))\b/, 'parents'),
      childSign(/\b(?:ikke si (?:det )?til noen|v[aå]rel? hemmelighet|(?:vi|du) (?:f[aå]r|kommer til [aå] f[aå]) (?:alle )?problemer)\b/, 'secrecy'),
    ],
  },
  zh: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:走|離開|离开|唔做|不做|返屋企|回家|返鄉下|回老家)`,
        String.raw`(?:賠|赔|罰|罚|還清|还清|還錢|还钱|先得|先可以|先可以走)|(?:上|去)(?:我|佢|她)(?:屋企|家)(?:搵|找)|(?:淋紅油|淋红油|淋油)`,
        false,
      )),
      childSign(/(?:放學|放学|小息|小休|上堂|落堂|課室|课室)/, 'school day'),
      childSign(/(?:(?:阿媽|媽媽|妈妈|屋企人|家人|爸媽|爸妈)(?:唔知|不知道)|(?:阿媽|媽媽|妈妈)(?:返|回)(?:到)?(?:屋企|家)之前)/, 'parents'),
      childSign(/(?:唔好同(?:人|任何人)講|不要告诉(?:别人|任何人)|不要跟(?:别人|任何人)说|我哋之間嘅秘密|我们之间的秘密)/, 'secrecy'),
    ],
  },
  tpi: {
    violations: [
      leavePrice(leavingCosts(
        String.raw`(?:lusim|go bek long ples|go bek long haus|ranawe|lusim dispela wok)`,
        String.raw`\b(?:(?:inap|taim) (?:mi|em) (?:baim|bekim|peim) pinis|(?:fain|dinau) long (?:traim )?(?:lusim|ranawe)|(?:famili|mama|susa) bilong (?:mi|em) (?:bai )?(?:kisim|painim) (?:hevi|trabel))\b`,
      )),
      childSign(/\b(?:bihain long skul|long taim bilong skul|taim skul i pinis)\b/, 'school day'),
      childSign(/\b(?:mama (?:bilong mi )?i no save|papa (?:bilong mi )?i no save)\b/, 'parents'),
      childSign(/\b(?:no ken tokim (?:wanpela|narapela)|hait tok bilong yumi)\b/, 'secrecy'),
    ],
  },
};

/**
 * Round 25 (AH and AI as development material, with the other blind sets' last safeguarding misses): a sign told in
 * passing inside a report about something else. Families, not sentences:
 * - institutions and papers that exist only for children (a children's home, the Conselho Tutelar, a legal guardian
 *   asked for at a clinic, child benefit still drawn for her, a children's ID card not yet swapped for an adult's, her
 *   mother going to the school's parents' evening): a child on their own;
 * - never seen going out without the man, or sent everywhere with a minder, or unable to move from the corner until
 *   he comes ('watched'); the name of the pimp tattooed on her ('branded'): each enough on its own, as round 24's;
 * - a debt that never goes down (a notebook of her food, bed and ticket against her earnings; owing more than she
 *   earned; a fare or bride price to be paid back first), tickets held by the boss, a passport "never given back";
 * - a job promised that was not the job (a nail bar, caring for old people, cooking at a camp);
 * - an exit programme imposed on pain of a conviction, of losing welfare or of a call to immigration;
 * - a quota enforced by beatings; leaving that waits on the madam's word or on a photograph of her mother's house.
 */
/** A notebook of what she "owes" against what she earns: debt bondage on its own (ILO indicator). */
const ledger = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'DEBT_BONDAGE', CONFIDENCE_THRESHOLD);
/** Watched, escorted, branded: sign(), standing alone (round 24's ALONE weight) whatever its indicator. */
const watched = (pattern: RegExp, indicator = 'watched'): ViolationRule => ({ ...sign(pattern, indicator), weight: CONFIDENCE_THRESHOLD });
/** A job promised that was not the job (the promise near a job that is not sex work). */
const lured = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'DECEPTION');
/** Made to work (FORCED_ENTRY): a quota enforced by beatings or hunger, a sale from one boss to another, all she earns taken. */
const quota = (pattern: RegExp): ViolationRule => controlAlways(pattern, 'FORCED_ENTRY');

const R25: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      schoolChild(/\b(?:(?:kids'?|children'?s) (?:care )?home|parental consent|(?:parent|guardian)(?:'s)? (?:consent|signature)|without (?:a |her )?(?:parent|guardian|social worker) (?:present|there|with her)|child benefit for her)\b/),
      compelled(near(String.raw`(?<!\bof )course|programme|program|diversion scheme|exit scheme`, String.raw`or (?:get |face |take |have )?(?:a |the )?(?:conviction|criminal record|prosecution|charge|court|deportation|removal)`, 80)),
      watched(/\b(?:(?:never|not once) (?:saw|seen|see) (?:them|her|the girls|either of them) (?:go(?:ing)? out|leave|leaving|come down|coming down|out)(?: \w+){0,3} (?:alone|on (?:her|their) own|without (?:him|the man|the guy))|(?:sends?|sent) (?:him|a man|someone|a minder) (?:with her )?everywhere|goes everywhere with her)\b/),
      watched(/\b(?:(?:his|the pimp'?s|the man'?s|the guy'?s|a man'?s) name tattooed|tattooed with (?:his|the pimp'?s|a man'?s) name)\b/, 'branded'),
      owedFreedom(/\b(?:owes? (?:him|her|them|the man|the madam) more than (?:she|i|they) (?:earned|made|makes|earns)|the (?:debt|tab|bill) (?:never|doesn'?t|does not|won'?t) (?:go(?:es)? down|get smaller|shrink))\b/),
      ledger(/\b(?:(?:writes|wrote|puts|put|keeps|kept) (?:it )?(?:all |everything )?(?:down )?in (?:a|the|her|his) (?:notebook|ledger|little book)\b(?=[^.!?]{0,80}\b(?:food|rent|room|bed|ticket|fare|condoms|clothes|owe)))/),
      lured(near(String.raw`promised|told (?:them|her) (?:they|she) (?:would|'d) be|brought (?:them|her) over (?:saying|telling)`, String.raw`nail (?:bar|salon)|caring for (?:old|elderly)|look(?:ing)? after (?:old|elderly)|care work|care home job|cooking (?:at|in) (?:a|the) camp`, 50)),
      papersWith(/\b(?:holds?|held|keeps?|kept) (?:the |our |their |her )?(?:boat|ferry|bus|plane|return) tickets\b/),
    ],
  },
  es: {
    violations: [
      schoolChild(/\b(?:asignaci[oó]n (?:universal )?por hijo por (?:ella|[eé]l)|(?:hogar|instituto) de menores|(?:sin|con) (?:un |su )?(?:adulto responsable|tutor legal)|autorizaci[oó]n de (?:sus|los) padres)\b/),
      watched(/\b(?:nunca (?:las|la|los) (?:vi|vimos|veo|he visto) (?:bajar|salir|ir)(?: \w+){0,2} sol[ao]s?|no (?:se )?(?:puede|pod[ií]a|puedo) (?:mover|ir|irse|salir) de (?:la esquina|la parada|ah[ií]|el lugar|la ruta) hasta que)\b/),
      watched(/\b(?:(?:el )?nombre del? (?:fiolo|cafiolo|proxeneta|chulo|tipo|novio) tatuad[oa]|tatuad[oa] (?:con )?el nombre (?:del?|de su) (?:fiolo|cafiolo|proxeneta|chulo|novio))\b/, 'branded'),
      owedFreedom(/\b(?:debe m[aá]s de lo que (?:gan[oó]|gana|hizo|hace)|la (?:cuenta|deuda) (?:no (?:baja|se achica|termina) nunca|nunca (?:baja|se achica))|(?:todav[ií]a|a[uú]n) no (?:llega|alcanza),? que falta)\b/),
      ledger(/\b(?:(?:anota|apunta|anotaba|apuntaba)(?: \w+){0,3} en (?:un|una|el|la|su) (?:cuaderno|libreta|planilla|lista)\b)/),
      lured(/\b(?:(?:ofreci[oó]|ofrecieron|prometi[oó]|prometieron)(?: \w+){0,3} (?:trabajo|laburo|empleo)? ?"?(?:cuidando|cuidar) (?:a )?(?:una se[nñ]ora|un se[nñ]or|ancianos|abuelos|ni[nñ]os|una abuela)\b(?=[^]{0,250}\b(?:al llegar|cuando (?:llego|llegaron|llegamos|llegue)|resulto|en realidad)))/),
      papersWith(/\b(?:(?:pasaporte|documentos?|dni|c[eé]dula)\b[^.!?]{0,60}\b(?:nunca (?:me|se|le|nos) (?:lo|la|los) (?:devolvi[oó]|devolvieron|devuelve|devuelven)|no (?:me|le|nos) (?:lo|la|los) (?:quiere|quieren) devolver|lo tiene \S+ desde que (?:llegamos|llegu[eé]|lleg[oó])))/),
      compelled(near(String.raw`programa (?:de asistencia|de rescate|de salida)|(?:entrar|ir) al programa`, String.raw`(?:avisar|llamar|denunciar) a migraciones|(?:te|nos|la|las) (?:deportan|expulsan)|si no (?:[ií]bamos|vamos|firmaba|firmamos|entr\w+)`, 80)),
    ],
  },
  pt: {
    violations: [
      schoolChild(/\b(?:conselho tutelar|(?:sem|presen[cç]a (?:de|do|da)|assinatura (?:de|do|da)|autoriza[cç][aã]o (?:de|do|da|dos)) (?:um |uma |o |a |seu |sua |dos )?(?:respons[aá]vel legal|respons[aá]veis legais))\b/),
      watched(/\b(?:nunca (?:sa[ií]ram|saem|sa[ií]am|sai|sa[ií]a)\b[^.!?]{0,40}\bsem (?:o|a) (?:\[person_\d+\]|cara|homem|dono|dona|senhor)|sem (?:ele|o cara) do lado)/),
      quota(near(String.raw`sem (?:fechar|bater) (?:o valor|a meta|a cota)|sem (?:a|o) (?:cota|meta) (?:da noite|do dia)`, String.raw`bater|apanhar|surra|espancar|mandar (?:ela|a gente|elas) de volta`, 80)),
      lured(near(String.raw`trouxe|trouxeram|prometeu|prometeram|dizendo que|disse que|falou que`, String.raw`(?:vinham|vinha|iam|ia|vir) (?:pra |para )?(?:cuidar de (?:idosos|velhos|uma senhora|um senhor)|trabalhar (?:de|como) (?:bab[aá]|cuidadora|manicure|faxineira|dom[eé]stica))`, 40)),
    ],
  },
  fr: {
    violations: [
      schoolChild(/\b(?:foyer de l'ase|aide sociale [aà] l'enfance|foyer (?:pour|de) mineurs|autorisation parentale|sans (?:la pr[eé]sence d'un |un |son )?(?:repr[eé]sentant l[eé]gal|tuteur l[eé]gal))\b/),
      watched(/\b(?:(?:l'envoie|envoie|l'accompagne|accompagne) (?:avec elle )?partout|(?:ne sortent|sortaient|sort|sortait) jamais sans (?:lui|le type|l'homme|\[person_\d+\]))/),
      lured(near(String.raw`promis|promettait|propos[eé]|fait venir`, String.raw`bar [aà] ongles|onglerie|(?:boulot|travail|emploi|job) (?:de |d'|comme )?(?:aide[- ]soignante|garde d'enfants|nounou|femme de m[eé]nage)|s'occuper de (?:personnes [aâ]g[eé]es|vieux|vieilles)`, 50)),
    ],
  },
  nb: {
    violations: [
      schoolChild(/\b(?:r[oø]mt fra (?:barnevernsinstitusjonen|institusjonen|barnehjemmet|fosterhjemmet)|barnevernsinstitusjon(?:en)?|barnetrygd for henne)\b/),
      compelled(near(String.raw`exit-?l[oø]p(?:et)?|exitprogram(?:met)?|ut av prostitusjon(?:en)?`, String.raw`stanses|stoppes|kuttes|mister|miste|trekkes|hvis (?:hun|jeg|du) ikke|m[aå] (?:begynne|delta)`, 80)),
      watched(/\b(?:(?:sender|sendte) (?:med henne|ham|han|en mann)(?: med henne)? overalt|f[oø]lger (?:henne|dem) overalt|(?:g[aå]r|gikk|dro) aldri (?:noe sted )?uten (?:ham|han|mannen|madammen|\[person_\d+\]))/),
      leave(/\b(?:(?:kan|kunne|f[aå]r|fikk) ikke (?:dra|reise|slutte|g[aå])(?: \w+){0,3} f[oø]r (?:madammen|mannen|han|sjefen) (?:sier|sa|bestemmer|gir))\b/),
      sign(/\b(?:(?:klarte|kunne|visste) ikke (?:[aå] )?(?:si|svare p[aå]) (?:hvilken|hva) (?:gate|by|adresse|sted)\w*)/, 'place'),
      sign(/\b(?:ny by (?:hver|annenhver) uke|fra by til by|hvilken by (?:de|hun) skulle (?:til|videre))\b/, 'moved'),
      sign(/\b(?:har (?:bankkortet|bankid(?:-brikken)?|kortet) (?:mitt|hennes|deres)|(?:f[aå]r|fikk) aldri se (?:noe av )?pengene)\b/, 'money'),
      leavePrice(leavingCosts(
        String.raw`(?:dra|reise hjem|komme hjem|dra hjem|slutte|g[aå] (?:derfra|hjem)|stikke av)`,
        String.raw`\b(?:f[oø]rst m[aå] (?:betale|nedbetale)|m[aå] f[oø]rst betale|(?:bilde|bilder|foto) av (?:mammas|mors|familiens|pappas|foreldrenes) (?:hus|hjem))\b`,
      )),
    ],
  },
  zh: {
    violations: [
      schoolChild(/(?:兒童身份證|儿童身份证|細個嗰種身份證|未換成人(?:身份)?證|未换成人(?:身份)?证|冇換成人證)/),
      schoolChild(near(String.raw`家長會|家长会|家長日|家长日`, String.raw`(?:她|佢)(?:媽媽|阿媽|媽|妈妈|妈|爸爸|老豆)`, 20, false)),
      // The escort is named in the match (個男人, 佢): no one else named in the sentence (an officer, a caller who
      // turned out to be one) is the doer.
      { ...watched(/(?:(?:落街|落樓|出街|下楼|下樓|出门|出門|買飯|买饭)[^。，,]{0,8}(?:都)?(?:要|有)(?:個男人|个男人|佢|他|人)(?:陪住|跟住|陪着|跟着|陪著|跟著)|(?:落街|落樓|出街|下楼|下樓|出门|出門)[^。，,]{0,10}(?:都要|要)(?:同|跟)(?:佢|他|個男人|个男人)(?:講|讲|说|說))/), who: 'THIRD_PARTY' },
      sign(/(?:(?:部手機|部電話|手機|手机|電話|电话)[^。，,]{0,8}(?:交俾|交畀|交给|交給|上交))/, 'phone'),
      papersWith(/(?:(?:護照|护照|證件|证件)(?:喺|在|俾|被|畀)(?:中介|老闆|老板|經理人|经理人|公司|個男人|个男人)(?:度|那裡|那里|手上|處|处))/),
    ],
  },
  tpi: {
    violations: [
      owedFreedom(/\b(?:(?:i )?no (?:pinisim|pinis) (?:yet )?(?:long )?(?:pe|baim|bekim) (?:bilong )?(?:sip|balus|tiket|kar|bas)|bekim brai(?:t)?prais pastaim|baim (?:pinis )?brai(?:t)?prais bilong (?:mi|em)\b[^.!?]{0,60}\bmas (?:bringim|givim|kisim))/),
      papersWith(/\b(?:holim (?:ol |olgeta )?(?:tiket|tikit|pasport)(?: bilong (?:sip|balus|mipela|mi|em|ol))?)\b/),
      sign(/\b(?:bos i holim olgeta|(?:bos|em) i holim (?:olgeta )?(?:pe|moni|mani) bilong (?:mi|em|mipela|ol))\b/, 'money'),
      watched(/\b(?:no save go ausait sapos(?: \w+){1,5} i no go wantaim)\b/),
      leavePrice(/\b(?:mas wok pinis(?: \w+){0,5} pastaim bai (?:em|ol) i (?:larim|lusim))\b/),
      lured(/\b(?:(?:tok|promis\w*) (?:mipela|mi|em|ol|yu)(?: meri)? bai wok (?:kuk|klin|haus meri|long stoa|long kantin))\b/),
    ],
  },
};

/**
 * Round 26 (AK and AL as development material: a new writer's clues told in passing, and signs told by a third
 * party). Families, each in every language where people tell it:
 * - food, drugs, sleep or going home given only once she has seen her number of clients: a quota (FORCED_ENTRY);
 * - watched from afar: a camera in the room watched on his phone, a call every hour to say where she is, a tracking
 *   app; no key to her own room ('watched', 'keys': alone);
 * - sold or "handed over" from one boss or salon to another for a sum; she "belongs" to the madam;
 * - an oath sworn before a priest or at a shrine, whose breaking harms her family ('oath', alone);
 * - a photograph of her family's house, or pictures to be sent to her father or her boss, when she wants to stop;
 * - the boss does not let her go home even for the New Year; guards who do not let the women out of the camp gate;
 * - moved to a new city every Monday; never knowing the address of the house she is in;
 * - a barcode or a man's name tattooed on her wrist ('branded');
 * - a child: the youth travel card, the AUH drawn for her, the school's welfare officer calling her mother, Vipps
 *   that needs her parents' approval, a left-behind child (留守儿童), a boy whose voice has not broken;
 * - a court-ordered church "rehab" programme, or prison.
 */
const R26: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      quota(/\b(?:only\b[^.!?]{0,50}\b(?:once|after|when) (?:she|they)(?:'s| has| have|'ve| had)? (?:done|seen|finished|made|hit) (?:her|their|the) (?:punters|clients|quota|number|target|bookings))/),
      watched(/\b(?:(?:call|ring|text|check in with) (?:him|her boss|the boss|her 'cousin'|\[person_\d+\]) every (?:hour|half hour|thirty minutes)|(?:tracking|tracker|location) app (?:on her phone|he (?:put|installed))|camera in (?:the|her) room\b[^.!?]{0,40}\b(?:phone|watches|watching))/),
      watched(/\b(?:(?:hasn'?t|haven'?t|has no|have no|doesn'?t have|don'?t have) (?:got )?(?:a )?keys? (?:to|of|for) (?:her|their) own (?:room|door|flat))\b/, 'keys'),
      quota(/\b(?:(?:sold|resold|handed|passed) (?:her|them|me) (?:on )?to (?:another|a different|the other) (?:salon|parlou?r|house|flat|boss|pimp|man|club)|(?:bought|sold) (?:her|them|me) for \[money_\d+\])/),
      watched(/\b(?:(?:swore|sworn|swear|taken) an oath\b[^.!?]{0,60}\b(?:priest|shrine|juju|madam|native doctor|back home)|juju (?:oath|priest|shrine))/, 'oath'),
      schoolChild(/\b(?:zip oyster|child oyster)\b/),
      schoolChild(/\b(?:(?:voice|his voice) (?:hasn'?t|had not|hadn'?t|has not) (?:even )?broken)\b/),
    ],
  },
  es: {
    violations: [
      quota(/\b(?:(?:solo|s[oó]lo) (?:le|les|me) (?:da|dan|daba|daban) (?:de )?(?:comer|la droga|la merca|la comida)\b[^.!?]{0,40}\b(?:cuando|despu[eé]s de que|una vez que) (?:hace|hizo|termina|atiende|cumple)|no (?:come|puede comer|la deja comer) hasta (?:que )?(?:haga|cumpla|termine))/),
      watched(/\b(?:c[aá]mara\b[^.!?]{0,50}\b(?:mira|ve|controla|vigila)\b[^.!?]{0,30}\b(?:celular|tel[eé]fono|m[oó]vil)|(?:llamarlo|llamar(?:le)?|avisarle) (?:a [eé]l )?cada (?:hora|media hora))/),
      watched(/\b(?:no (?:tienen|tiene|ten[ií]an|ten[ií]a) (?:la )?llave (?:de|del|de la) (?:su|sus) (?:propia |propio )?(?:pieza|cuarto|habitaci[oó]n|puerta))\b/, 'keys'),
      quota(/\b(?:(?:la|las|lo) (?:vendi[oó]|vendieron|revendi[oó]|pas[oó]|cedi[oó]) a (?:otro|otra) (?:due[nñ]o|due[nñ]a|privado|casa|local|tipo|fiolo)|(?:la|las) (?:compr[oó]|compraron) por \[money_\d+\])/),
      watched(/\b(?:juramento\b[^.!?]{0,60}\b(?:sacerdote|brujo|santero|juju|madama|curandero))/, 'oath'),
      schoolChild(/\b(?:(?:cobra|cobraba|cobran) la auh por (?:ella|[eé]l)|la auh (?:de|por) (?:ella|[eé]l))\b/),
    ],
  },
  pt: {
    violations: [
      quota(/\b(?:s[oó] (?:pode|deixa(?:m)? ela) (?:comer|dormir|voltar)\b[^.!?]{0,30}\b(?:depois que|quando) (?:fizer|fechar|atender|bater))/),
      watched(/\b(?:(?:ele|o cara|o dono) conta o tempo|c[aâ]mera\b[^.!?]{0,50}\b(?:celular|telefone)|(?:ligar|mandar mensagem) (?:pra|para) ele (?:de )?(?:hora em hora|toda hora|a cada hora))/),
      watched(/\b(?:tatuage(?:m|ns)\b[^.!?]{0,80}\b(?:apelido|nome) de um homem|c[oó]digo de barras)/, 'branded'),
      sign(/\b(?:(?:nunca|n[aã]o) sabe (?:a morada|o endere[cç]o)|mudam(?:-na)? de (?:apartamento|casa|cidade) de (?:duas em duas|uma em uma) semanas)\b/, 'moved'),
      leavePrice(leavingCosts(
        String.raw`(?:ir embora|ia embora|vou embora|parar|voltar (?:pra|para) casa|sair)`,
        String.raw`\b(?:foto da casa da (?:minha|sua) (?:m[aã]e|fam[ií]lia|av[oó])|(?:mandar|manda|enviar) (?:as )?fotos (?:pro|para o|pra) (?:meu|seu) (?:pai|marido|chefe))\b`,
        true,
      )),
    ],
  },
  fr: {
    violations: [
      quota(/\b(?:(?:n'a|a) le droit de (?:manger|dormir|rentrer|partir)\b[^.!?]{0,40}\b(?:qu'une fois qu'elle|qu'apr[eè]s qu'elle|quand elle) (?:a|aura|avait) (?:fait|vu|termin\w*))/),
      watched(/\b(?:(?:doit|devait|faut) (?:l'appeler|appeler son '?\w+'?|lui t[eé]l[eé]phoner) toutes les (?:heures|demi-heures)|cam[eé]ra\b[^.!?]{0,50}\b(?:t[eé]l[eé]phone|portable))/),
      sign(/\b(?:(?:ne )?conna[iî]t (?:m[eê]me )?pas (?:l'adresse|le nom de la ville))\b/, 'place'),
      quota(/\b(?:(?:revendue?s?|vendue?s?|c[eé]d[eé]e?s?)['’"»]? (?:[aà] |par )?(?:un autre|une autre|l'actuel|le patron d'un autre)\b)/),
      watched(/\b(?:appartien(?:nent|t)['’"»]? ?(?:[aà] la mama|[aà] la madame|[aà] lui|[aà] son patron|au patron)|serment\b[^.!?]{0,60}\b(?:pr[eê]tre|marabout|juju|mama|f[eé]ticheur))/, 'oath'),
      schoolChild(/\b(?:(?:la |le )?cpe de son coll[eè]ge|de son coll[eè]ge a appel[eé] sa m[eè]re)\b/),
    ],
  },
  nb: {
    violations: [
      watched(/\b(?:(?:sverget|avla|sverge)(?: hun| de)? (?:en )?ed\b[^.!?]{0,60}\b(?:prest|madammen|juju|sjaman)|(?:prest|madammen)\b[^.!?]{0,40}\bsverget (?:en )?ed)/, 'oath'),
      sign(/\b(?:(?:ny|en ny) by hver (?:uke|mandag|tirsdag|onsdag|torsdag|fredag|helg)|f[aå]r aldri vite hvor (?:hun skal|de skal))\b/, 'moved'),
      watched(/\b(?:(?:m[aå]|skal) ringe (?:ham|han|madammen|sjefen) hver (?:time|halvtime)|(?:sporings|lokasjons)app)/),
      leavePrice(leavingCosts(
        String.raw`(?:gj[oø]r det slutt|slutte|dra|reise hjem|g[aå] fra (?:ham|han))`,
        String.raw`\b(?:sender (?:bildene|bilder|videoer) til (?:pappa|faren|familien|sjefen|moren|mamma))\b`,
      )),
      schoolChild(/\b(?:(?:f[aå]r|fikk) ikke vipps uten (?:at )?(?:foreldrene|mamma|pappa))\b/),
    ],
  },
  zh: {
    violations: [
      leave(/(?:(?:不放|唔放|不让|唔俾|不准|唔准)(?:她|佢|我|佢哋|她们)(?:回|返)(?:老家|屋企|家|鄉下|乡下))/),
      papersWith(/(?:(?:通行證|通行证|回鄉證|回乡证|護照|护照|證件|证件)[^。，,]{0,8}(?:俾|被|畀)[^。，,]{0,6}(?:收起|收埋|扣起|扣住|收走|拿走)(?:咗|了)?)/),
      schoolChild(/(?:留守儿童|留守兒童)/),
      watched(/(?:(?:每個鐘|每个小时|每小時|每個小時)(?:都要)?(?:打電話|打电话|報到|报到)|(?:定位|跟蹤|跟踪)(?:軟件|软件|app))/),
    ],
  },
  tpi: {
    violations: [
      watched(/\b(?:no larim (?:ol|em|mipela|mi) (?:i )?go ausait)\b/),
      compelled(near(String.raw`rehab|program bilong sios|program`, String.raw`kalabus`, 120)),
      schoolChild(/\b(?:nek bilong em i no bruk yet)\b/),
    ],
  },
};

/**
 * Round 27 (after the second opinion was retrained on every set: the reports it had found and now missed, Z, AA, AF,
 * AG and AH, read as families): an age she is told to give ("if the police ask, say she's 18", «répondre vingt ans»):
 * a child; a debt to "finish paying the madam"; an oath sworn back home; never seen leaving; keys on the man; always the
 * same man at her side; her photographs sent to her husband and mother if she leaves; papers the boss "looks after".
 */
const R27: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      schoolChild(/\b(?:(?:say|tell (?:them|him|anyone|the police|clients|punters)|to say) (?:that )?(?:she'?s|she is|you'?re|you are) (?:18|eighteen|19|nineteen|20|twenty)\b)/),
      watched(/\b(?:(?:never|not once) (?:seen|saw|see) (?:her|them) (?:leave|go out|step out))\b/),
      papersWith(/\b(?:(?:looking after|minding|holding on to|keeping hold of) her (?:papers|passport|documents|id))\b/),
    ],
  },
  es: {
    violations: [
      schoolChild(/\b(?:(?:dec[ií]s|di|decir|dig[aá]s|diga|que diga) que (?:ten[eé]s|tiene|tenes) (?:18|dieciocho|19|diecinueve|20|veinte)\b)/),
    ],
  },
  pt: {
    violations: [
      schoolChild(/\b(?:(?:diz|fala|dizer|falar|diga|fale) que (?:tem|tens|voc[eê] tem|ela tem) (?:18|dezoito|19|dezenove|20|vinte)\b)/),
    ],
  },
  fr: {
    violations: [
      schoolChild(/\b(?:(?:dites|dis|dire|r[eé]pondre|r[eé]ponds) (?:qu'(?:elle|tu) (?:a|as) )?['‘"“«]? ?(?:18|dix-huit|19|dix-neuf|vingt|20) ans|sans que (?:les|ses|mes) parents (?:signent|signe))/),
      owedFreedom(/\b(?:finir de (?:payer|rembourser) (?:la madame|la mama|la patronne|le patron|sa dette|le voyage))/),
      watched(/\b(?:serment qu'elle a (?:fait|pr[eê]t[eé]) (?:au pays|l[aà]-bas|chez elle|avant de partir))/, 'oath'),
    ],
  },
  nb: {
    violations: [
      schoolChild(/\b(?:(?:si|sier|svare|svarer) (?:at )?(?:hun|du) er (?:18|atten|19|nitten|20|tjue)\b)/),
    ],
  },
  zh: {
    violations: [
      schoolChild(/(?:(?:叫|教|要)(?:佢|她|你|我)(?:講|讲|話|话|说|說)(?:自己)?(?:有|係|是)?(?:18|十八|19|十九|20|二十)(?:歲|岁))/),
      watched(/(?:(?:鎖匙|锁匙|鑰匙|钥匙)(?:在|喺)(?:那个|嗰個|個|个|佢|他)?(?:男人)?(?:身上|手上|度))/, 'keys'),
      watched(/(?:每次(?:来|嚟|來)?都(?:由|係|是)?(?:同一个|同一個)男人(?:陪|跟))/),
      leavePrice(leavingCosts(
        String.raw`(?:走|離開|离开|唔做|不做)`,
        String.raw`(?:相|照片|片)${HAN_STOP}{0,10}(?:send|發|发|寄)${HAN_STOP}{0,6}(?:畀|俾|给|給)(?:我|佢|她)?(?:老公|阿媽|媽|妈|屋企|家人|爸)`,
        false,
      )),
    ],
  },
};

/**
 * Round 28 (AN and the last AO miss as development material). Mostly wider wordings of rounds 25–27's families, which
 * AN told in words those rounds had not written: a phone given back only for bookings; a family that must pay the fine
 * if she breaks the contract; moved to another club every few weeks (Spain's "plazas"); not moving from the corner
 * unless he says; a gate that opens only with the owner's remote; a boat that takes no one without the club owner's
 * order; the man behind her takes all she earns; a court programme where a missed session means court or prison; a job
 * caring for an old lady who did not exist; and for a child: custody held by an aunt, the AUH still drawn "for me",
 * a confirmation last year, too young for an internet café, the child welfare office asking after her, an 11–15 Zip card.
 */
const R28: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      watched(/\b(?:only (?:gives|hands|lets me have|lets her have) (?:it|my phone|her phone|the phone)(?: \w+)? back (?:for|when|to do) (?:bookings|jobs|clients|work))\b/, 'phone held'),
      schoolChild(/\b(?:(?:11-15|5-10|16\+) zip|zip (?:card|photocard))\b/),
      compelled(/\b(?:(?:miss(?:ed)?|skip(?:ped)?) (?:a |one |a single |any )?(?:session|class|appointment)\b[^.!?]{0,80}\b(?:court|prison|jail|conviction))/),
      leavePrice(/\b(?:(?:or|otherwise|or else) (?:my|her|their) (?:family|parents|mum|mother) (?:has|have|would have|will have) to pay)\b/),
    ],
  },
  es: {
    violations: [
      schoolChild(/\b(?:cobr(?:a|aba|an|ando) la (?:auh|asignaci[oó]n(?: universal)? por hijo) por (?:ella|[eé]l|m[ií]))\b/),
      watched(/\b(?:(?:me|la|las|nos|les) (?:cambian|mueven|rotan|mandan) de (?:plaza|club|ciudad|provincia|local) cada)\b/, 'moved'),
      watched(/\b(?:no (?:me|se|nos) (?:muevo|mueve|movemos|puedo mover|puede mover)\b[^.!?]{0,20}\bsi (?:[eé]l|el fiolo|el tipo|ella|la due[nñ]a) no (?:dice|quiere|lo dice|deja))/),
      lured(/\b(?:(?:me|le|nos) dijo que (?:en [^.!?]{1,30} )?hab[ií]a (?:un )?trabajo (?:cuidando|de cuidar|para cuidar) (?:a )?(?:una se[nñ]ora|un se[nñ]or|ancianos|abuelos|ni[nñ]os))\b/),
      leavePrice(/\b(?:(?:si no|sino|de lo contrario),? (?:mi|su) (?:familia|mam[aá]|madre) (?:tiene|tendr[ií]a|va a tener) que pagar)\b/),
    ],
  },
  pt: {
    violations: [
      schoolChild(/\b(?:(?:quem |que )?tem a (?:minha|sua) guarda|a (?:minha|sua) guarda (?:[eé]|est[aá]|fica) com)\b/),
      watched(/\b(?:(?:port[aã]o|porta) s[oó] abre com (?:o controle|a chave|o cart[aã]o) (?:da|do) (?:dona|dono|patr[aã]o|patroa|cafet[aã]o|gerente))\b/, 'keys'),
      leave(/\b(?:n[aã]o deixa (?:nenhuma de n[oó]s|ningu[eé]m|a gente|elas?) (?:embarcar|sair|ir embora|voltar)\b[^.!?]{0,30}\bsem (?:ordem|autoriza[cç][aã]o|permiss[aã]o))/),
      leavePrice(/\b(?:(?:sen[aã]o|se n[aã]o),? (?:a )?(?:minha|sua) (?:fam[ií]lia|m[aã]e) (?:tem|ter[aá]|vai ter) que pagar)\b/),
    ],
  },
  fr: {
    violations: [
      leavePrice(/\b(?:sinon,? (?:ma|sa) (?:famille|m[eè]re) (?:doit|devra|devrait) payer)\b/),
    ],
  },
  nb: {
    violations: [
      schoolChild(/\b(?:konfirmasjons\w* fra i fjor|(?:ble|ble jeg|ble hun) konfirmert i (?:fjor|v[aå]r))\b/),
      leavePrice(/\b(?:(?:ellers|hvis ikke) m[aå] (?:familien|foreldrene|moren|mora) (?:min|mine|hennes)? ?betale)\b/),
      quota(/\b(?:bakmann(?:en)?(?: \w+)? (?:tar|tok|beholder|tar inn) (?:alt|alle pengene|det meste))\b/),
    ],
  },
  zh: {
    violations: [
      papersWith(/(?:(?:雙程證|双程证)[^。，,]{0,8}(?:俾|被|畀)[^。，,]{0,6}(?:收起|收埋|扣起|扣住|收走|拿走)(?:咗|了)?)/),
      schoolChild(/(?:(?:网吧|網吧)(?:都)?(?:进不去|進不去|入唔到|唔俾入|不让进|不讓進))/),
    ],
  },
  tpi: {
    violations: [
      schoolChild(/\b(?:lukautim pikinini\b[^.!?]{0,40}\b(?:askim|painim|kisim|toktok) (?:long )?(?:mi|em)\b)/),
    ],
  },
};

/**
 * Round 29 (Chinese, from AP and AQ): money taken by officers "with no receipt given" in every wording of the
 * negation (沒有給收據, 冇俾收據), and a complaint not made for fear that the officers would come back to make
 * trouble (投訴完佢哋實會日日上嚟搵麻煩): the retaliation that other languages' rules already read.
 */
const R29: Readonly<Record<string, Additions>> = {
  zh: {
    violations: [
      unrecorded(/(?:(?:沒有|没有|沒|没|冇|唔|不)(?:給|给|俾|畀|開|开|出)(?:過|过)?(?:任何|一張|一张)?(?:收據|收据|單據|单据|發票|发票))/),
      fear(near(String.raw`投訴|投诉|報警|报警|報案|报案|舉報|举报`, String.raw`搵麻煩|找麻烦|找麻煩|報復|报复|針對|针对|秋後算帳|秋后算账`, 30, false)),
    ],
  },
};

/**
 * Round 30 (AP as development material, after the model was trained on every set): the Fraser questions a nurse asks
 * a girl under 16; a travel authorisation signed by her mother; a student handbook her mother signs every night; no
 * food unless the night's number of clients is brought; someone else runs her ad and her bookings; an oath sworn
 * before a priest with hair and nails kept by the madam, and "she cannot stop until the madam says"; NAV's
 * "exit-programmet"; sent to another town every fortnight; a photograph of her mother's front door; a tracking app
 * installed on her phone.
 */
const R30: Readonly<Record<string, Additions>> = {
  en: {
    violations: [
      schoolChild(/\b(?:fraser (?:questions|guidelines|competen\w*)|gillick(?: competen\w*)?)\b/),
    ],
  },
  es: {
    violations: [
      quota(near(String.raw`pases|clientes|la cuota|la plata de la noche`, String.raw`no (?:le|les|me) (?:da|dan|daba|daban) (?:de )?comer`, 60)),
      schoolChild(/\b(?:autorizaci[oó]n de viaje (?:firmada )?(?:por|de) (?:su|la) (?:madre|mam[aá]|padre|pap[aá]|vieja))\b/),
    ],
  },
  pt: {
    violations: [
      schoolChild(/\b(?:autoriza[cç][aã]o de viagem|autoriza[cç][aã]o (?:pra|para) viajar)\b/),
      watched(/\b(?:cada quinzena (?:numa|em uma|em outra) (?:pra[cç]a|cidade)|(?:mandar|manda|mandam|mandava|levar|leva|levam) (?:ela|elas) (?:pra|para) outra cidade)\b/, 'moved'),
      watched(/\b(?:fotos? da (?:porta da )?casa da (?:m[aã]e|fam[ií]lia|av[oó])|manda(?:r)? algu[eé]m na casa da (?:m[aã]e|fam[ií]lia))/, 'family threatened'),
    ],
  },
  fr: {
    violations: [
      watched(/\b(?:(?:n'a|n'avait) (?:m[eê]me )?pas la main sur (?:sa|son) (?:propre )?(?:annonce|compte|t[eé]l[eé]phone)|c'est (?:son|lui|le) ['‘"“«]?\w+['’"”»]? qui tient (?:le compte|l'annonce|son annonce))/, 'ad run by him'),
    ],
  },
  nb: {
    violations: [
      watched(/\b(?:sverget foran (?:en )?prest|h[aå]r og negler)\b/, 'oath'),
      leave(/\b(?:(?:ikke kan|kan ikke|kunne ikke|ikke kunne|f[aå]r ikke|ikke f[aå]r) (?:dra|reise|slutte|g[aå])(?: \w+){0,3} f[oø]r (?:madam(?:men)?|mannen|han|sjefen) (?:sier|sa|bestemmer|gir))\b/),
      compelled(near(String.raw`exit-?program(?:met)?`, String.raw`stanses|stoppes|stopper|kuttes|mister|miste|trekkes|hvis (?:hun|jeg|du) ikke|bare f[aå]r|m[aå] (?:begynne|delta|melde)`, 120)),
    ],
  },
  zh: {
    violations: [
      watched(/(?:(?:裝了|装了|裝咗|装咗|開咗|开了|安裝了|安装了)(?:個|个)?(?:定位|追蹤|追踪))/),
      schoolChild(new RegExp(String.raw`(?:媽媽|妈妈|阿媽|家長|家长|爸爸)${HAN_STOP}{0,16}(?:學生手冊|学生手册|手冊|手册)(?:上)?(?:簽名|签名|簽|签)`)),
    ],
  },
};

/**
 * Round 20: police said afterwards not to be police, in the reporter's words or someone else's (see
 * LanguageRules.unmasked): "turns out they weren't real cops", "no eran policías", "nem polícia é", "c'est pas la
 * police", "var ikke ekte politi", 根本冇呢兩個人, "em i no polis tru".
 */
const UNMASKED: Readonly<Record<string, RegExp>> = {
  en: /\b(?:(?:was|were|is|are)(?:n'?t| not) (?:even |actually )?(?:real |actual |proper )?(?:police|cops?|coppers|officers?|old bill|feds)\b|not (?:real|actual|proper) (?:police|cops|coppers|officers)|fake (?:police|cops?|coppers?|officers?|badges?|warrant cards?)|no (?:such )?officers? (?:by that name|on duty|out (?:in|on))|(?:pretend(?:ed|ing)?|pos(?:ed|ing)|claim(?:ed|ing)) (?:to be |as )(?:a |the )?(?:police|cops?|coppers?|officers?|detectives?)|impersonat\w*)/,
  es: /\b(?:no (?:eran|era|son|es) (?:ni )?(?:polic[ií]as?|canas|de la polic[ií]a|polis|agentes|ratis)\b|(?:falsos?|truchos?) (?:polic[ií]as?|agentes|canas)|(?:polic[ií]as?|agentes) (?:falsos?|truchos?)|(?:se hac[ií]an?|haci[eé]ndose) pasar por (?:polic[ií]as?|agentes|la polic[ií]a))/,
  pt: /\b(?:n[aã]o (?:eram|era|[eé]|s[aã]o) (?:policiais|pol[ií]cia|da pol[ií]cia|pms?|tiras?|gambés)\b|nem (?:eram |era )?(?:policiais|pol[ií]cia)(?: (?:[eé]|era|eram))?\b|(?:falsos?) (?:policiais|pol[ií]cias|pms)|(?:policiais|pms?) falsos?|se passando por (?:policiais?|pol[ií]cia|pms?))/,
  fr: /\b(?:(?:c'est|c'etait|c'etaient|ce sont|ce n'est|ce n'etait|ce n'etaient|n'etait|n'etaient|etait|etaient|sont) pas (?:du tout )?(?:la police|des flics|des policiers|un flic|un policier|de la police|de vrais|des vrais|un vrai)\b|c'(?:etait|etaient) (?:un |des )?faux\b|(?:faux|fausse|fausses) (?:flics?|policiers?|police|cartes? de police)|se (?:faisait|faisaient|fait|font) passer pour (?:un |des |la )?(?:flics?|policiers?|police))/,
  nb: /\b(?:(?:var|er) ikke (?:ekte |virkelig )?(?:politi|politifolk|purk|purken|politimenn|politiet|politimann)\b|(?:var|er) ikke politi i det hele tatt|falske? (?:politi|politimenn|politifolk|politimann)|utga (?:seg|de seg) for (?:[aå] v[aæ]re )?(?:politi|politimenn))/,
  zh: /(?:不是警察|唔係差人|唔係警察|唔係真差人|假警察|假差人|扮警察|扮差人|冒充|根本(?:没|沒|冇)(?:这|這|呢|那|嗰)(?:两|兩|二|個|个)?)/,
  tpi: /\b(?:(?:i|em i|ol i|ol) no (?:ol )?polis (?:tru|stret)|giaman polis|em i no polis|ol i no polis|ol no polis)\b/,
};

/**
 * Round 29: a sentence saying there was nothing to report, as people answer a form's "Did you report it? Why not?"
 * when nothing happened (AQ, answers to a survey): no denial of justice from it (LanguageRules.nothingToReport).
 */
const NOTHING_TO_REPORT: Readonly<Record<string, RegExp>> = {
  en: /\b(?:nothing (?:to|worth) report(?:ing)?|(?:there'?s|there is|there was|had|have) nothing to report|nothing happened to report)\b/,
  es: /\b(?:(?:no hay|no hab[ií]a|no tengo|no ten[ií]a) nada (?:que|para) denunciar|nada que denunciar)\b/,
  pt: /\b(?:(?:n[aã]o (?:tem|tinha|h[aá]|havia)|nada) (?:o )?(?:que|pra|para) denunciar|nada (?:pra|para) denunciar)\b/,
  fr: /\b(?:(?:rien|pas grand-chose) [aà] (?:signaler|d[eé]clarer|d[eé]noncer)|il n'y a rien [aà] (?:signaler|d[eé]noncer))\b/,
  nb: /\b(?:(?:ingenting|ikke noe|ikkje noko) [aå] (?:anmelde|melde|rapportere))\b/,
  zh: /(?:(?:冇嘢|冇乜嘢|沒有什麼|没有什么|沒什麼|没什么|無嘢)(?:好|可以|需要|要)?(?:報|报|報警|报警|報案|报案|投訴|投诉))/,
  tpi: /\b(?:(?:nogat|i no gat) (?:wanpela )?samting (?:long|bilong) ripot(?:im)?)\b/,
};

const ROUNDS = [R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, R23, R25, R26, R27, R28, R29, R30];
const BASE: Readonly<Record<string, GeneralRules>> = { en: EN, es: ES, pt: PT, fr: FR, nb: NB, zh: ZH, tpi: TPI };

export const GENERAL: Readonly<Record<string, GeneralRules>> = Object.fromEntries(
  Object.entries(BASE).map(([lang, base]) => [lang, { ...ROUNDS.reduce((g, round) => withAdditions(g, round[lang]), base), unmasked: UNMASKED[lang], nothingToReport: NOTHING_TO_REPORT[lang] }]),
);

function actor(pattern: RegExp, a: PerpetratorType): ActorRule {
  return { pattern, actor: a };
}
