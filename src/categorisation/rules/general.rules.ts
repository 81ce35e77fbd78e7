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
import { act, v, type ActRule, type ActorRule, type ViolationRule } from './rule.types';

export interface GeneralRules {
  /** The reporter's own child (see LanguageRules.ownChild). */
  ownChild?: RegExp;
  /** A length of time before a number (see LanguageRules.durationBefore). */
  durationBefore?: RegExp;
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

const VIOLENCE: ViolationType = 'VIOLENCE_BY_PRIVATE_ACTORS';
/** Kept from leaving (the pattern carries its own negation). Held by a client or a stranger: violence; by police: an arrest, found elsewhere. */
const leave = (pattern: RegExp): ViolationRule =>
  v(pattern, 'COERCION_OR_TRAFFICKING', 'PREVENTED_FROM_LEAVING', 0.8, {
    who: 'resolve',
    mode: 'always',
    fallback: 'UNKNOWN',
    ifActor: { CLIENT: VIOLENCE, MEMBER_OF_PUBLIC: VIOLENCE, POLICE: null, OTHER_STATE_OFFICIAL: null },
  });

const fear = (pattern: RegExp): ViolationRule => v(pattern, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.8, { mode: 'always' });

const EN: GeneralRules = {
  ownChild: /\b(?:my|our) (?:daughters?|sons?|kids?|children|child|boys?|girls?|little ones?|babies|baby|eldest|youngest)\b/,
  durationBefore: /\b(?:for|over|past|last|about|nearly|almost|than) (?:the )?(?:last |past )?$/,

  actors: [
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
  ],
  violations: [
    // Round 6: whole vocabulary families for the types a new writer's wording missed.
    // Health care: refused or put off (PrEP, PEP, tests, stitches, the pill), sent elsewhere, papers asked at A&E, made to wait, lectured.
    v(/\b(?:(?:can't|couldn't|won't|wouldn't|refused to|declined to|would not|will not|didn't want to) (?:refill|renew|prescribe|start|sell|give|dispense|stitch|see|treat|examine|test|admit|register|book)\b(?:[\w' ]{0,25}?)\b(?:prep|pep|meds|medication|pills?|morning[- ]after|contracepti\w*|prescription|script|test\w*|stitch\w*|appointment|treatment|injection|jab|smear|me|her|us)\b|(?:try|go (?:to|back to)|referred (?:me|her|us) to|sent (?:me|her|us) (?:off )?to) (?:the |a |another |some )?(?:\w+ ){0,2}(?:std|sti|vd|sexual health|hiv|gum|walk-in|other|different) (?:place|clinic|centre|center|unit|service)|(?:asked|wanted|demanded) (?:for )?(?:my|her|our|to see (?:my|her)) (?:passport|papers|documents|id|visa|proof of address|insurance)\b(?=[^.]{0,80}\b(?:treat|seen|see|stitch|billed|charged|pay|care|a&e|er|emergency|clinic|hospital|doctor|nurse))|(?:would|will|'d|'ll) (?:be|get) (?:billed|charged)\b(?=[^.]{0,60}\b(?:instead|elsewhere|go))|left without (?:being )?(?:seen|treated|stitched|examined|my (?:meds|prep|pep|prescription))|off my (?:meds|prep|pep|medication) (?:for |now )|(?:doesn't|don't|won't|wouldn't|didn't) (?:serve|treat|see) (?:my sort|my kind|people like (?:me|her|us)|girls like|women like|our kind|your sort|working girls|hookers))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'resolve', fallback: 'HEALTH_WORKER', mode: 'nohyp', notActors: ['CLIENT', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'MEMBER_OF_PUBLIC', 'POLICE', 'IMPERSONATOR'] }),
    v(/\b(?:double[- ]?glov\w*|two pairs of gloves|(?:gave|giving) (?:me|her|us) (?:a|the) (?:lecture|talk|sermon|speech)|lectur\w* (?:me|her|us) (?:about|on)|(?:made|making|passed|passing) (?:remarks|comments|jokes)\b|(?:remarks|comments|jokes) about (?:girls|women|people) like|(?:this|that) one's (?:a|on the)|(?:more your|your sort of|your kind of) (?:situation|thing|place|problem)|(?:girls|women|people) like (?:you|her|me|us)\b|(?:read|said|called|shouted|announced) (?:it )?out (?:that|loud|my|her)\b|(?:whole|entire|full) (?:waiting (?:room|area)|ward|queue|reception) (?:heard|could hear|knew)|told (?:my|her) (?:family|mum|mother|partner|husband|boyfriend|employer|neighbours?) (?:about )?(?:my|her) (?:status|results|diagnosis|hiv|work|job)|(?:hiv|std|sti) (?:status|results)\b(?=[^.]{0,60}\b(?:heard|everyone|out loud|in front|told)))/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'resolve', fallback: 'HEALTH_WORKER', ifActor: { POLICE: null, CLIENT: null, LANDLORD: null, THIRD_PARTY: null, FAMILY_OR_PARTNER: null, MEMBER_OF_PUBLIC: null, IMPERSONATOR: null, OTHER_STATE_OFFICIAL: null } }),
    // Discrimination: banks and payment apps, hotels, hostels, shops, gyms, schools, employers, benefits offices, neighbours and family.
    v(/\b(?:(?:closed|froze|frozen|shut|shut down|cancelled|suspended|terminated|ended|ending) (?:down )?(?:my|our|her) (?:\w+ )?(?:accounts?|card|relationship with (?:me|her|us))|(?:bank|paypal|stripe|cash ?app|venmo|revolut|monzo|wise|credit union|payment (?:app|provider))\b[^.]{0,80}\b(?:closed|froze|frozen|shut|ending|ended|terminat\w*|suspend\w*|against (?:their|its|our) (?:policy|policies|terms)|(?:adult|sexual) services?)|(?:kicked|threw|thrown|chucked|turfed) (?:me|her|us) out of (?:the |a |my |her )?(?:hotel|hostel|shop|store|gym|bar|restaurant|pub|club|shelter|cafe|church|class|course|school|taxi|uber)|(?:can|could) only stay (?:one|a|1) night|(?:because|cos|coz|bc) of what (?:i|she|we) do\b|(?:won't|wouldn't|refused to|don't|didn't) (?:let|allow) (?:me|her|us|anyone|people|girls|women) (?:who|that|like|to stay|stay|book|check in|in)\b)/, 'DISCRIMINATION', 'SERVICES', 0.65, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'CLIENT', 'THIRD_PARTY', 'IMPERSONATOR', 'HEALTH_WORKER'] }),
    v(/\b(?:(?:letting me go|let me go from|fired me|sacked me|got rid of me|dismissed me|let go from|told (?:me|her) not to come back (?:to work|on monday|tomorrow))|(?:my|her) (?:contract|shifts?|hours) (?:was|were) (?:ended|cut|terminated|cancelled)|(?:hr|human resources|the boss at (?:my|her) day job|(?:my|her) (?:day ?job|other job|employer|supervisor|line manager|team leader))\b[^.]{0,80}\b(?:profile|ads?|advert|found out|saw|recogni[sz]ed|fired|sacked|let (?:me|her) go|dismiss\w*|disciplin\w*))\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['POLICE', 'CLIENT', 'HEALTH_WORKER', 'LANDLORD', 'OTHER_STATE_OFFICIAL'] }),
    v(/\b(?:(?:neighbou?rs?|other (?:mums|mothers|parents)|people (?:at|in) (?:the|my|her) (?:school|building|church|estate|street|village)|(?:my|her) (?:family|relatives|parents|mum|dad)|in-laws)\b[^.]{0,80}\b(?:stopped (?:talking|speaking) to|won't (?:talk|speak) to|shun\w*|spread\w*|gossip\w*|note (?:on|in|under)|posted|put up|sign|called (?:me|her|us)|won't let (?:their|the) (?:kids|children)|don't let (?:their|the) (?:kids|children)|disowned|cut (?:me|her) off|threw (?:me|her) out|kicked (?:me|her) out|outed)|(?:outed|doxx?ed|exposed) (?:me|her|us)\b)/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.65, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['POLICE', 'HEALTH_WORKER', 'CLIENT', 'IMPERSONATOR'] }),
    // Labour exploitation: fines, cuts and house fees, long shifts, no breaks, drinks quotas, clients imposed.
    v(/\b(?:(?:fines?|fined|charges?|charged|docks?|docked|makes? (?:us|me|the (?:girls|women)) pay)\b(?:[\w' ]{0,25}?)\b(?:(?:if|when|for) (?:we|i|you|they|she) (?:are |were |arrive |come |get |turn up )?(?:late|refuse|say no|don't|miss|take|sit|leave early)|for (?:being late|lateness|the room|the towels|sheets|condoms|a day off|sick days|every|each)|a (?:house|room|shift|door) fee|per (?:day|shift|night) for the room)|(?:house|room|shift|door) fees?\b|(?:keeps?|kept|takes?|took|skims?) (?:\d+ ?%|\d+ percent|[a-z]+ percent|half|a cut|most|a third|two thirds) (?:of )?(?:every|each|all|what|our|my|her)|(?:shifts?|work(?:ing)?) (?:from )?\d+ ?(?:pm|am|h)? (?:to|till|until|-) \d+ ?(?:am|pm|h)?|(?:no|never any|without a?) (?:breaks?|rest|days? off|food|time to eat|sleep)\b|back[- ]to[- ]back (?:shifts?|bookings|clients)|(?:manager|boss|madam|owner|management)\b[^.]{0,40}\b(?:decides?|chooses?|picks?|assigns?) (?:which|the|who|our|my) (?:clients|punters|customers|men|bookings)|(?:have|has|had|made|make|makes) to (?:drink|get drinks|sell drinks|hit a (?:drinks )?quota)|drinks? quota|(?:can't|cannot|not allowed to|aren't allowed to|couldn't) (?:refuse|turn down|say no to) (?:a |any |the )?(?:clients?|punters?|customers?|bookings?|men))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY', mode: 'always', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null, HEALTH_WORKER: null, LANDLORD: null, IMPERSONATOR: null } }),
    // Eviction: told to leave by a date, belongings put out, locks changed, deposit kept, hotel/hostel/room.
    v(/\b(?:(?:wants?|wanted|told|ordered|gave) (?:me|her|us) (?:out|gone|to (?:leave|go|get out|move out|clear out|pack))\b(?:[\w' ]{0,20}?)\b(?:by|before|till|until|today|tonight|tomorrow|now|immediately|in \w+ (?:days?|hours?))|(?:had|have|has|gave (?:me|her|us)) (?:till|until|til|to) \w+ (?:to (?:be|get|move|clear|pack) )?out|(?:my|her|our) (?:stuff|things|belongings|clothes|bags?|gear)\b[^.]{0,30}\b(?:bin bags|out on|on the (?:street|pavement|landing|stairs|doorstep|hallway)|in the (?:hallway|corridor|street|stairwell)|outside the door|thrown out|dumped)|(?:changed|changing|change) the locks|locked (?:me|her|us) out|kept (?:my|her|our|the) (?:deposit|bond)|(?:forfeited|lose|lost) (?:my|her|our|the) (?:deposit|bond)|(?:kicked|threw|thrown|turfed|chucked) (?:me|her|us) out of (?:the|my|her|our) (?:flat|room|house|place|apartment|hostel|hotel|b&b|bedsit|digs))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.75, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'], fallback: 'LANDLORD', ifActor: { CLIENT: null, HEALTH_WORKER: null, IMPERSONATOR: null } }),
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
    v(/\b(?:(?:couldn't|could not|can't|cannot|unable to|wasn't able to|not able to) (?:get|access|pick up|refill|renew|collect) (?:my |the |any |more )?(?:prep|pep|arvs?|hiv meds|meds|medication|prescription|pills|contraception|hiv test)|(?:stopped|cut|closed|cancelled) (?:doing |the |its |their )?(?:walk-ins|drop-ins|outreach|prep|needle exchange|condom (?:scheme|distribution)))\b/, 'DENIAL_OF_HEALTH_CARE', 'HIV_SRH_BARRIER', 0.7, { mode: 'always' }),
    control(/\b(?:(?:passports?|papers|documents|id cards?|visa)\b[^.]{0,40}\b(?:for safe ?keeping|locked (?:away|up|in)|won't give (?:it|them) back|never gave (?:it|them) back|(?:he|she|they) (?:keeps?|kept|holds?|held|has|have|took|takes)(?: it| them)?(?! to\b))|(?:took|takes|kept|keeps|keeping|holds?|holding|held|has|have|hid|hides|locked up|confiscated|took away) (?:away )?(?:my|our|her|their|all our|all the|the girls'?) (?:passports?|papers|documents|id cards?|visas?))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:owe|owes|owed|owing) (?:him|her|them|the (?:boss|agency|agent|madam|owner|house|man|woman))|(?:i'm|i am|we're|we are|she's|she is) in debt|debt bondage|(?:pay|paying|paid|work|working|worked) (?:it |that |the money |the loan )?(?:off|back) (?:first|before)|(?:work|working|worked|pay|paying) (?:off|back) (?:the|her|my|his|our|their) (?:fees?|loan|flight|fare|ticket|visa|travel|rent|debt|costs?)|(?:till|until|til) (?:it'?s|its|i've|i have|the debt is|we've|she's) (?:all )?paid(?: off| back)?|(?:goes|going|keeps going|went) up every (?:week|month|day))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:waitress\w*|cleaning|cleaner|nanny|babysit\w*|au pair|bar ?work|hostess|shop|hotel|restaurant|factory|modelling|care ?work|hairdress\w*|kitchen|housekeep\w*)\b(?<=\b(?:said|told (?:me|us|her)|thought|promised|supposed to be|was meant to be|they said) (?:it was |it would be |it'd be |i'd be |i would be |a job |work )?(?:in |as |at )?(?:an? )?[\w ]+)[^.]{0,80}\b(?:turned out|but (?:it was|it's|they)|instead|actually|really it was)|turned out (?:to be|it was) (?:a |the )?(?:brothel|massage (?:place|parlou?r)|sex work|prostitution|escort\w*))\b/, 'DECEPTION', 0.8),
    control(/\b(?:(?:forces?|forced|forcing|pressures?|pressured) (?:me|us|her) (?:to |into )?(?:go out|work|sell|see (?:clients|men|guys)|take clients|sleep with|have sex with|do (?:clients|bookings|punters|it))|(?:sells?|sold|selling|rents?|rented|renting) (?:me|her|us) (?:out )?to (?:men|guys|clients|his friends)|puts? (?:me|her) on the (?:street|game|corner)|(?:places|posts|puts up|runs|writes) (?:my|her) (?:ads|adverts|profile)\b[^.]{0,40}\b(?:keeps?|takes?) (?:everything|it all|all the money|the money))\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:can'?t (?:go|get) (?:home|out|away)|(?:won't|wouldn't|doesn't|don't|didn't|never) let (?:me|us|her) (?:go (?:home|out)|out of (?:his|her|their) sight|leave the (?:house|flat|room))|locks? (?:the door|us in|me in|her in|us up|me up)|not allowed (?:to go )?out(?:side)?(?: alone)?|never (?:allowed|let) out|(?:when|if) (?:i|we|she) (?:said (?:i|we|she) wanted to |tried to |wanted to |try to )?(?:quit|leave|stop|go home)\b[^.]{0,50}\b(?:threat\w*|(?:said|says) (?:they|he|she)(?:'?d| would| will|'?ll)|beat|hurt|find)|(?:told (?:him|them|her)|said|asked (?:him|them|her)) (?:that )?(?:i|we|she) (?:wanted|want|was going|were going) (?:out|to (?:quit|leave|stop|get out|go home))\b[^.]{0,40}\b(?:and|so|then) (?:he|they|she) (?:\w+ ){0,2}?(?:beat|hit|smashed|punched|slapped|kicked|hurt|threat\w*|battered|locked|said (?:he|they|she)(?:'?d| would| will|'?ll))|(?:threaten\w*|said (?:he|they)(?:'d| would)) [^.]{0,30}\bif (?:i|we|she) (?:quit|leave|stop|go))\b/),
    v(/\b(?:closure (?:notice|order)|notice to (?:quit|vacate)|eviction notice|(?:told|ordered|given notice) to vacate|(?:locks|lock) (?:were|was|got) changed|gave (?:me|us) (?:\w+ )?(?:days?|hours?|weeks?|a week|until \w+) to (?:get out|leave|move|clear out|go))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'] }),
    v(/\b(?:(?:nurse|doctor|receptionist|gp|midwife|pharmacist)\b[^.]{0,60}\b(?:(?:waited|wait|waiting) \d+ ?(?:hours|hrs)|everyone (?:else )?(?:after me )?(?:got|was) seen|made (?:faces|a face|comments|a comment)|rolled (?:her|his) eyes|pulled a face)|(?:waited|waiting) \d+ ?(?:hours|hrs) while (?:everyone|others|people))\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:told|asked) (?:me|us) not to come back|banned (?:me|us) from|(?:won't|wouldn't) let (?:me|us) (?:in|book|stay))\b/, 'DISCRIMINATION', 'SERVICES', 0.65, { who: 'resolve', fallback: 'OTHER', notActors: ['POLICE', 'CLIENT', 'FAMILY_OR_PARTNER', 'THIRD_PARTY'] }),
    fear(/\b(?:what (?:would|will|could|can|do) (?:the )?(?:police|cops|they) (?:even |ever )?do|(?:police|cops) (?:wouldn't|won't|don't|never) (?:care|help|do anything|believe)|no point (?:in )?(?:calling|telling|going to|reporting))\b/),
    v(/\b(?:(?:send|show|post|share|leak)\w* (?:my |the |those |these |her )?(?:pics|photos|pictures|screenshots|videos?|nudes|messages|texts) to (?:my|her|our|the))\b/, 'EXTORTION', 'THIRD_PARTY_EXTORTION', 0.7, { who: 'resolve', mode: 'nohyp' }),
  ],
};

const ES: GeneralRules = {
  ownChild: /\b(?:mis?|nuestr[oa]s?) (?:hij[oa]s?|nen[ea]s?|chic[oa]s?|pib[ea]s?|peque[ñn][oa]s?|beb[eé]s?|mayor|menor)\b/,
  durationBefore: /\b(?:hace|desde hace|durante|por|en|ya|llevo|m[aá]s de) (?:m[aá]s de |unos |casi )?$/,

  actors: [actor(/\b(?:due[ñn][oa] de la (?:pieza|casa|habitaci[oó]n|pensi[oó]n)|due[ñn][oa] del (?:cuarto|hotel|inquilinato|edificio|departamento|depto))\b/, 'LANDLORD'), actor(/\b(?:su (?:t[ií][oa]|padre|madre|padrastro|madrastra|herman[oa]|prim[oa]|abuel[oa]))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:un (?:tipo|viejo|se[ñn]or|hombre) (?:que )?(?:la|las|lo) (?:hace|pone|manda|lleva|trae|busca)|(?:la|las) (?:hace|pone|manda) a trabajar)\b/, 'THIRD_PARTY'), actor(/\b(?:la se[ñn]ora que (?:maneja|lleva|tiene)|el que (?:maneja|lleva) (?:el|la) (?:privado|casa|departamento|depto)|el hombre que (?:me|nos) (?:trajo|pag[oó]))\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:amenaz\w* con (?:un |una |el |la )?(?:cuchillo|navaja|arma|pistola|fierro|rev[oó]lver|faca|botella)|(?:sac[oó]|sacaron) (?:un |una )?(?:cuchillo|navaja|arma|pistola|fierro|faca))\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:daba|diera|d[eé]|dar|pagaba|pagara|pague|pagar|pasaba|pasara|pasar) (?:\[money_\d+\]?|plata|la plata|guita) o (?:si no )?(?:me|nos|la)|(?:o|si no) (?:le |les )?(?:daba|pagaba|pasaba) [^.]{0,20}\bo (?:me|nos) (?:llevaba|llevaban|met[ií]a|detiene|detienen))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:estrangul\w*|me ahorc[oó]|me ahorcaron|apu[ñn]al\w*|me acuchill\w*)\b/, 'ASSAULT', 0.85),
    act(/\b(?:pega|golpea|fajan?|cag[ae]|lastima)\b(?<=\bsi (?:me niego|no quiero|no salgo|vuelvo con poca|le digo que no)\b[^.]{0,40}\bme \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:(?:nos|me) (?:descuenta|descontaba|descuentan|sacan|cobra|cobran) (?:la mitad|el \d+|un \d+|\w+ por ciento|casi todo))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:me|nos|la) (?:cag[oó]|cagaron|moli[oó]|molieron|revent[oó]|reventaron|faj[oó]|fajaron|madre[oó]|madrearon|cache?te[oó]|cachetearon|zamarre\w*|fajaban|cagaba|cagaban) (?:a )?(?:palos|golpes|trompadas|pi[ñn]as|pi[ñn]ados)?|(?:me|nos) (?:dio|dieron|daba|daban) (?:una )?(?:paliza|pi[ñn]a|trompada|cachetada|bofetada|patada|golpiza))\b/, 'ASSAULT', 0.85),
    act(/\b(?:se (?:queda|quedaba|quedan|qued[oó]|lleva|llevaba) con (?:toda )?(?:la guita|la plata|el dinero|mis ganancias|lo que (?:gano|ganamos|hago|hacemos)))\b/, 'TAKE', 0.85),
  ],
  violations: [
    v(/\b(?:(?:me|nos) (?:multaron|multa|labraron (?:un )?acta|hicieron (?:una )?(?:multa|contravenci[oó]n|acta)) (?:por|de)|(?:tengo|ahora tengo) antecedentes)\b/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.8, { who: 'POLICE' }),
    v(/\b(?:(?:seguridad|un guardia|un custodio|un chofer)(?<=\bno (?:nos|me) (?:deja|dejan|dejaba) (?:tener|contratar|poner) [\w ]+)|prohib\w* (?:el |los )?(?:preservativos?|forros?|cond[oó]n))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    fear(/\b(?:(?:fui|voy|vamos|fuimos) a (?:la comisar[ií]a|la polic[ií]a|denunciar)\b(?<=\bno \w+ a \w+(?: \w+)?)[^.]{0,50}\b(?:porque|miedo|me van a|me iban a))\b/),
    v(/\b(?:(?:me|nos) (?:levant[oó]|llev[oó]|llevaron|tuvieron|tuvo|dejaron) (?:toda la noche |\w+ horas |horas )?(?:en (?:la comisar[ií]a|el calabozo|el patrullero|la celda|la seccional)|detenid[ao]s?)|(?:me|nos) (?:tuvieron|tuvo) (?:toda la noche|\w+ horas|horas|un d[ií]a)(?! (?:esperando|de espera|en la (?:guardia|sala)))|(?:me|nos) (?:largaron|soltaron) sin (?:explicar\w*|decir\w*|cargos|papel))\b/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'POLICE' }),
    child(/\b(?:menor de edad|es menor|era menor|son menores|una menor|un menor|mayor(?<=\bno (?:es|era) mayor)|(?:12|13|14|15|16|17|doce|trece|catorce|quince|diecis[eé]is|diecisiete)\b(?<=\b(?:tiene|ten[ií]a|tengo|cumpli[oó]|cumple|de|apenas|solo|s[oó]lo) (?:apenas |solo |s[oó]lo |reci[eé]n )?\w+)(?! (?:clientes|hombres|horas|d[ií]as|veces|mil|pesos|a[nñ]os (?:de|en|trabajando|que|atr[aá]s)))|(?:doce|trece|catorce|quince|diecis[eé]is|diecisiete) a[nñ]os|(?:va|iba) (?:al|a la) (?:colegio|escuela|secundaria|liceo)|(?:todav[ií]a|a[uú]n) (?:va|est[aá]|anda) (?:al|en el|en la) (?:colegio|escuela|secundaria|liceo)|uniforme (?:del colegio|escolar|de la escuela)|colegialas?|nenitas?)\b/),
    control(/\b(?:(?:dni|pasaportes?|documentos|c[eé]dula|papeles)\b(?<=\b(?:sac[oó]|sacaron|quit[oó]|quitaron|retiene|retienen|retuvo|retuvieron|guarda|guardan|guard[oó]|tiene|tienen|se qued[oó] con|se quedaron con|se queda con|se quedan con|agarr[oó]) (?:el |los |mi |mis |nuestros |su |sus )?\w+)|(?:dni|pasaporte|documentos|papeles|c[eé]dula)\b[^.]{0,30}\b(?:retenid\w*|no (?:me|nos) (?:lo|los) (?:devuelve|devuelven|quiere devolver))|(?:lo|los|la|las) (?:tiene|tienen|guarda|guardan|retiene|retienen) (?:la|el) (?:encargad[ao]|due[ñn][oa]|jef[ae]|madama|se[ñn]ora|tipo|fiolo|cafishio|patr[oó]n)(?<=\b(?:dni|pasaportes?|documentos|papeles|c[eé]dula)\b[^.]{0,40}))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:le |les )?(?:debo|debemos|deb[ií]a|deb[ií]amos|debe|deben|deb[ií]an) (?:el pasaje|la comida|el viaje|plata|dinero|\[money_\d+|todo|el alquiler|la pieza|la casa|a la (?:se[ñn]ora|encargada|due[ñn]a))|dice(?:n)? que (?:le |les )?debo|deuda|hasta (?:pagar|que pague|que (?:le |les )?pague)|pagar (?:el pasaje|el viaje|lo que (?:le )?debo))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:me|nos|la|las) (?:obliga|obligan|obligaba|obligaban|oblig[oó]|obligaron|fuerza|fuerzan|forz[oó]|forzaron|manda|mandan|mandaba|pone|pon[ií]a|hace|hac[ií]a) (?:a )?(?:salir a (?:la ruta|la calle|la esquina|trabajar|laburar)|trabajar en la calle|atender (?:clientes|tipos)|prostituir(?:me|se)|hacer (?:clientes|la calle)|ir con (?:hombres|clientes|tipos)|acostarme con)|(?:me|la|nos) vend(?:i[oó]|ieron|e|en)|(?:me|la) prostitu\w*)\b/, 'FORCED_ENTRY', 0.8),
    control(/\b(?:promet(?:i[oó]|ieron|iendo(?:me|le)?) (?:un )?(?:trabajo|laburo|empleo)|con la promesa de|(?:dijo|dijeron) que (?:era|ser[ií]a|iba a ser) (?:de |para |un trabajo de |en )?(?:moza|mesera|camarera|limpieza|ni[ñn]era|empleada|cuidar|una casa de familia|promotora|modelo)|(?:me|nos) enga[ñn](?:[oó]|aron)|era (?:todo )?mentira)\b/, 'DECEPTION', 0.8),
    leave(/\b(?:no (?:me|nos|la|las) (?:deja|dejan|dejaba|dejaban|dej[oó]|dejaron) (?:salir|irme|irnos|ir|volver|sola)|no (?:puedo|podemos|pod[ií]a|pod[ií]amos|pude) (?:salir|irme|irnos|volver a (?:mi|casa)|escapar)|(?:me|nos) (?:tiene|tienen|ten[ií]an) encerrad\w*|salir sola)\b/),
    v(/\b(?:(?:nos|me) (?:dio|dieron|dan|da) (?:\w+ )?(?:d[ií]as|horas|semanas?) para (?:irnos|irme|desalojar|dejar|salir)|(?:nos|me) (?:dio|dieron|da|dan) (?:plazo )?hasta (?:el |la |fin de )?\w+ para (?:irnos|irme|desalojar|dejar|salir|mudarme|mudarnos)|(?:(?:me|nos) (?:fui|fuimos) (?:al otro d[ií]a|al d[ií]a siguiente|esa misma noche|enseguida)|(?:agarr[eé]|junt[eé]) (?:mis|nuestras) cosas y (?:me|nos) (?:fui|fuimos))(?<=\b(?:due[ñn][oa]|alquiler|pieza|pensi[oó]n|hotel|casero|casera|desalojo|sacaba|echaba|vereda)\b[^]{0,200})|(?:tuve|tuvimos) que (?:irme|irnos) (?:del|de la) (?:depto|departamento|pieza|casa|cuarto)|orden de desalojo|aviso de desalojo)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:(?:me|nos) (?:subi[oó]|subieron|aument[oó]|aumentaron|duplic[oó]|duplicaron|triplic[oó]) (?:el alquiler|la pieza|el precio|la renta))\b/, 'DISCRIMINATION', 'HOUSING', 0.7, { who: 'resolve', prefer: ['LANDLORD'], fallback: 'LANDLORD' }),
    fear(/\b(?:(?:no )?denunci(?:[eé]|amos|o)[,. ]{0,3}(?:para qu[eé]|de qu[eé] sirve|no sirve de nada)|para qu[eé] (?:denunciar|ir a la (?:polic[ií]a|comisar[ií]a))|(?:no sirve|de nada sirve) denunciar)\b/),
  ],
};

const PT: GeneralRules = {
  ownChild: /\b(?:(?:meus?|minhas?|nossos?|nossas?|seus?|suas?) (?:(?:dois|duas|tr[eê]s|quatro|\d) )?(?:filh[oa]s?|menin[oa]s?|crian[cç]as?|mi[uú]d[oa]s?|beb[eê]s?|caçula|mais velh[oa]|mais nov[oa])|(?:dois|duas|tr[eê]s|quatro) filh[oa]s|filh[oa]s del[ae]s?|(?:escola|creche|col[eé]gio) d(?:os|as|o|a) (?:meus |minhas |seus |suas )?(?:filh|crian|mi[uú]d|menin)\w*)\b/,
  durationBefore: /\b(?:faz|h[aá]|durante|por|em|j[aá]|mais de) (?:mais de |uns |quase )?$/,

  actors: [actor(/\b(?:(?:o|a) (?:tio|tia|pai|m[aã]e|irm[aã]o|irm[aã]|primo|prima|padrasto|madrasta) del[ae]|(?:seu|sua) (?:tio|tia|pai|m[aã]e|padrasto|madrasta))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:um cara|uns caras|um desconhecido|uns desconhecidos|um homem na rua)\b/, 'MEMBER_OF_PUBLIC'), actor(/\b(?:o homem que (?:pagou|trouxe|arrumou)|a mulher que (?:pagou|trouxe|arrumou)|a dona da casa|cafetin[ae]|cafet[aã]o|agenciador\w*)\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:amea[cç]\w* com (?:uma |um |a |o )?(?:faca|arma|rev[oó]lver|pistola|canivete|navalha|garrafa)|(?:puxou|sacou|tirou) (?:uma |um )?(?:faca|arma|rev[oó]lver|canivete))\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:for[cç](?:ou|aram) a (?:fazer|transar)[^.]{0,20}\bsem camisinha|sem camisinha [aà] for[cç]a)\b/, 'SEXUAL', 0.9),
    act(/\b(?:(?:dar|pagar|passar|desse|pagasse) (?:\[money_\d+\]?|dinheiro|grana)(?: (?:pra|para) (?:ele|eles|ela|elas))? sen[aã]o|tinha que dar (?:\[money_\d+|dinheiro|grana))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:esfaque\w*|me furou|me furaram|estrangul\w*|me enforcou)\b/, 'ASSAULT', 0.85),
    act(/\b(?:bate|espanca|agride|surra)\b(?<=\bse eu (?:reclamo|reclamar|recuso|recusar|n[aã]o (?:quero|fa[cç]o|trago))\b[^.]{0,40}\b(?:ele|ela|eles) me \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:descont(?:a|ava|am|aram) (?:a )?(?:metade|\d+ ?%|\w+ por cento))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:surra|co[cç]a|sova|porrada|pisa|tapa|bofetada|pancada)(?<=\b(?:levei|tomei|levou|tomou|dei|deu) uma \w+)|(?:espancou|espancaram|esmurrou|socou|socaram|chutou|chutaram|agrediu|agrediram|bateu em mim|bateram em (?:mim|n[oó]s))|porradas?|pancadas?|socos?\b|tapa na cara|(?:jogou|jogaram|atirou|atiraram) (?:uma |um )?(?:lata|pedra|garrafa|ovo|copo))\b/, 'ASSAULT', 0.85),
    act(/\b(?:(?:fica|ficava|ficam|pega|pegava|leva|levava) com (?:tudo|todo o dinheiro|toda a grana|o dinheiro todo|meu dinheiro))\b/, 'TAKE', 0.85),
  ],
  violations: [
    v(/\b(?:proib\w* (?:a )?camisinha|pro[ií]b\w* (?:a )?camisinha|n[aã]o (?:deixa|deixam) (?:a gente )?(?:ter|contratar) seguran[cç]a)\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    fear(/\b(?:n[aã]o fui (?:na|[aà]) (?:delegacia|pol[ií]cia)\b[^.]{0,50}\b(?:porque|pois|medo|iam|v[aã]o))\b/),
    child(/\b(?:de menor|n[aã]o (?:é|e|era) de maior|(?:12|13|14|15|16|17|doze|treze|catorze|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete)\b(?<=\b(?:tem|tinha|tenho|fez|com) (?:uns |umas |s[oó] |apenas )?\w+)(?! (?:clientes|homens|horas|dias|vezes|reais|mil|anos (?:de|que|trabalhando)))|novinhas?|ninfetas?|(?:vai (?:pra|para|na) |est[aá] na |estuda na )(?:escola|col[eé]gio)|uniforme (?:da escola|escolar)|n[aã]o tem 18)\b/),
    control(/\b(?:(?:ficou|fica|ficaram|ficam|est[aá]|est[aã]o|segura|segurou|escondeu|esconde|guardou|guarda) (?:com )?(?:o |os |meu |meus |a |minha |nossos )?(?:passaportes?|documentos?|rg|identidade|carteira de identidade))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:devendo|devo (?:a|pra|para) (?:ele|ela|eles|elas|cafetina|dona|casa)|diz(?:em)? que (?:eu )?devo)\b/, 'DEBT_BONDAGE', 0.75),
    leave(/\b(?:n[aã]o (?:me |nos )?(?:deixa|deixam|deixava|deixavam|deixou) (?:eu |a gente )?(?:sair|ir embora|voltar)|n[aã]o (?:posso|podemos|podia|consigo|conseguia) (?:sair|ir embora|voltar (?:pra|para) casa|fugir)|(?:fico|ficamos|ficava) trancad[ao]s?|presa em casa|(?:me|nos) vigia(?:m|va)?)\b/),
    control(/\b(?:(?:me|nos|a) (?:obriga|obrigam|obrigava|for[cç]a|for[cç]ava|manda|mandava|p[oõ]e|botou|bota) (?:a |pra |para )?(?:fazer programas?|trabalhar na (?:rua|pista)|atender|sair com (?:homens|clientes)|ir (?:pra|para) (?:a )?(?:rua|pista))|(?:anuncia|agencia|vende) (?:meus|os meus|os|seus) programas\b[^.]{0,40}\b(?:fica com|pega|leva))\b/, 'FORCED_ENTRY', 0.8),
    control(/\b(?:achando que (?:ia|iria) (?:ser|trabalhar)|(?:disseram|disse|falaram|falou) que (?:era|seria|ia ser) (?:pra |para )?(?:trabalh\w*|bab[aá]|gar[cç]onete|faxin\w*|dom[eé]stica|modelo|cuidar)|(?:enganou|enganaram)|promet\w* (?:um )?(?:trabalho|emprego)|proposta de (?:trabalho|emprego))\b/, 'DECEPTION', 0.8),
    v(/\b(?:(?:m[eé]dic[oa]|enfermeir[oa]|atendente|recepcionista)\b[^.]{0,50}\b(?:piad\w*|deboch\w*|cara feia|olhou torto|fofoc\w*|coment[aá]rios?)|(?:fazendo|fez|fizeram) piad\w* (?:comigo|de mim))\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:semana|semanas|dias?|horas?|m[eê]s) (?:pra|para) (?:sair|desocupar|ir embora|mudar)(?<=\b(?:me|nos) (?:deu|deram|d[aá]|deixou) (?:uma|um|\w+) \w+ \w+ \w+(?: embora)?)|(?:mandou|mandaram|pediu|pediram) (?:eu |a gente |pra (?:eu|gente) )?(?:desocupar|sair d[oa] (?:quarto|casa|apartamento|kitnet|im[oó]vel))|desocupar (?:o|a) (?:quarto|casa|apartamento|im[oó]vel|kitnet)|ordem de despejo)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:fichad[ao]s?|autuad[ao]s?)\b/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.4, { who: 'POLICE' }),
    fear(/\b(?:ningu[eé]m denuncia|n[aã]o adianta (?:denunciar|ir (?:na|[aà]) (?:pol[ií]cia|delegacia))|denunciar (?:é|e) pior)\b/),
  ],
};

const FR: GeneralRules = {
  ownChild: /\b(?:mon|ma|mes|notre|nos) (?:fils|filles?|enfants?|gamins?|gamines?|petits?|petites?|b[eé]b[eé]s?|a[iî]n[eé]e?|cadet(?:te)?)\b/,
  durationBefore: /\b(?:depuis|il y a|pendant|en|plus de|ca fait|cela fait) (?:plus de |presque )?$/,

  actors: [actor(/\b(?:(?:sa|son|ses|leur) (?:tante|oncle|m[eè]re|p[eè]re|cousine?|fr[eè]re|s[oœ]ur|beau-p[eè]re|belle-m[eè]re))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:un (?:type|homme|mec|monsieur) (?:qui )?(?:vient (?:la|les) chercher|(?:la|les) d[eé]pose|(?:la|les) conduit|(?:la|les) am[eè]ne|(?:lui|leur) trouve))\b/, 'THIRD_PARTY'), actor(/\b(?:la patronne|le patron|son copain|son mec|un mec qui (?:me|nous) (?:loge|h[eé]berge))\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:menac[eé]\w* (?:avec|d'un|d'une) (?:couteau|arme|flingue|pistolet|lame|cutter|bouteille)|sorti (?:un|son) (?:couteau|flingue|cutter))\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:payer|donner|filer|l[aâ]cher|raquer) (?:\[money_\d+\]?|\d+ (?:balles|euros))(?: (?:[aà] (?:lui|eux)))? (?:sinon|ou (?:il|ils))|(?:demand[eé]|r[eé]clam[eé]) (?:\[money_\d+|\d+ (?:balles|euros)))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:(?:g[aâ]terie|pipe|fellation|turlutte)\b[^.]{0,60}\b(?:sinon|garde [aà] vue|embarqu|arr[eê]t)|si je (?:lui |leur )?(?:faisais|fais|faisait) (?:pas )?(?:une |des )?(?:g[aâ]terie|pipe|fellation))/, 'SEXUAL', 0.85, 'always'),
    act(/\b(?:frappe|frappent|bat|battent|cogne|tape|tabasse)\b(?<=\bsi (?:je|on) (?:refuse|dis non|rentre avec|ram[eè]ne pas)\b[^.]{0,40}\b(?:il|ils|elle) (?:me|nous) \w+)/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:(?:garde|gardait|prend|prenait|empoche|empochait) toute? (?:la thune|la recette|la caisse|l'argent))\b/, 'TAKE', 0.85),
    act(/\b(?:(?:m'a|m'ont|l'a|l'ont|nous a|nous ont) (?:cogn[eé]e?|d[eé]fonc[eé]e?|explos[eé]e?|amoch[eé]e?|mis (?:une|des) (?:claques?|baffes?|gifles?|rac?l[eé]es?|coups?)|roug?e? de coups)|rac?l[eé]e|rouste|baffes?|tartes? dans la gueule)\b/, 'ASSAULT', 0.85),
    act(/\b(?:(?:garde|gardait|gardent|empoche|empochait) (?:tout )?(?:l'argent|les sous|le fric|la thune|mes gains|nos gains|tout ce que (?:je|j'|on|elle) (?:gagne|gagnait|fait)))\b/, 'TAKE', 0.85),
  ],
  violations: [
    control(/\b(?:(?:met|mettait|mettent|mise?|mises) sur le trottoir|(?:tapiner|faire le trottoir|faire des passes)(?<=\b(?:me|la|nous) fait [\w ]+))\b/, 'FORCED_ENTRY', 0.8),
    v(/\b(?:(?:banque|h[oô]tel|magasin|assurance|agence)\b[^.]{0,30}\b(?:cl[oô]tur[eé]|ferm[eé]|bloqu[eé]|refus[eé]|r[eé]sili[eé])|(?:cl[oô]tur[eé]|ferm[eé]|bloqu[eé]) (?:mon|notre) compte)\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    v(/\b(?:(?:interdit|interdisait|interdisent) (?:les |le )?(?:pr[eé]servatifs?|capotes?)|(?:paye|paie|payait) quand (?:il|elle) veut|(?:interdit|pas le droit) (?:de prendre )?(?:un )?(?:agent de s[eé]curit[eé]|vigile))\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    fear(/\b(?:(?:pas|jamais) (?:port[eé] plainte|all[eé]e? (?:[aà] la police|au commissariat|voir les flics))\b[^.]{0,60}\b(?:auraient|aurait|vont|va|parce|car|peur|de toute fa[cç]on))\b/),
    child(/\b(?:(?:12|13|14|15|16|17|douze|treize|quatorze|quinze|seize|dix-sept)\b(?<=\b(?:n'a|n'avait|a|avait|j'ai|j'avais) (?:que |seulement |a peine |meme pas |pas )?[\w-]+)(?! (?:clients|hommes|heures|jours|fois|euros|balles))|mineure?s?|pas (?:encore )?majeure?|au (?:coll[eè]ge|lyc[eé]e)|en (?:3e|4e|5e|troisi[eè]me|quatri[eè]me|seconde)|(?:va|allait) (?:encore )?(?:au coll[eè]ge|au lyc[eé]e|a l'[eé]cole)|gamines?)\b/),
    control(/\b(?:(?:m'a|m'ont|lui a|lui ont|nous a|nous ont|a|ont) (?:pris|piqu[eé]|confisqu[eé]|gard[eé]|retenu|cach[eé]) (?:mes|nos|ses|leurs|mon|son) (?:papiers|passeports?|documents|cartes? d'identit[eé])|(?:garde|gardent|retient|retiennent) (?:toujours )?(?:mon|mes|nos|son|ses) (?:passeports?|papiers))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:je|on|elle) (?:lui |leur )?(?:dois|doit|devais|devait) (?:encore )?(?:\[money_\d+|de l'argent|le (?:voyage|billet|loyer)|\d+)|payer (?:ma|sa) place|rembourser (?:le voyage|le billet|la dette|ma place))\b/, 'DEBT_BONDAGE', 0.75),
    control(/\b(?:(?:m'oblige|l'oblige|nous oblige|me force|la force|me pousse|la pousse)\w* [aà] (?:faire des passes|travailler|coucher|voir des clients|me prostituer|se prostituer|faire le trottoir)|(?:me|lui|nous) (?:demande|demandait|impose|imposait) de coucher avec|coucher avec (?:ses|des) (?:potes|amis|copains|clients|mecs) pour (?:payer|rembourser)|(?:lui|me|leur) trouve (?:les|des) clients)\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:(?:peux|peut|pouvais|pouvons|pourrai) (?:pas|plus) (?:partir|sortir|rentrer|m'en aller|quitter)|(?:m'emp[eê]che\w*|l'emp[eê]che\w*|m'interdit|nous interdit|lui interdit) de (?:sortir|partir|quitter)|(?:pas le droit|interdit) de sortir)\b/),
    v(/\b(?:r[eé]sili\w* (?:le|mon|notre) bail|d[eé]gager(?<=\bpour d[eé]gager)|(?:arr[eê]t[eé]|avis|ordre) (?:de fermeture|d'expulsion)|pr[eé]avis de \w+|on a eu (?:une heure|\w+ (?:heures|jours)) pour (?:partir|sortir|d[eé]gager))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD', 'OTHER_STATE_OFFICIAL'] }),
    v(/\b(?:(?:raconte|racont[eé]|r[eé]p[eé]t[eé]|balanc[eé]|dit) (?:a|à) (?:toute la salle|tout le monde|tout le service|toute la salle d'attente))\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:n'a|n'ont|ne voulait|ne voulaient|a refus[eé]|ont refus[eé]|refuse)\b[^.]{0,25}\b(?:m'examiner|me soigner|me recevoir|me traiter|me toucher|m'ausculter|me prescrire))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/\b(?:pas d'(?:avocat|interpr[eè]te|traducteur)|sans (?:avocat|interpr[eè]te|traducteur))\b/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'POLICE', mode: 'always' }),
  ],
};

const NB: GeneralRules = {
  ownChild: /\b(?:(?:s[oø]nnen|s[oø]nnene|datteren|dattera|døtrene|barna|barnet|ungene|gutten|jenta) (?:min|mitt|mine|v[aå]r|v[aå]re)|(?:min|mine) (?:s[oø]nn|datter|barn|unger))\b/,
  durationBefore: /\b(?:i|p[aå]|over|nesten|snart) (?:over |nesten )?$/,

  actors: [actor(/\b(?:(?:onkelen|tanten|faren|moren|stefaren|stemoren|broren|fetteren) (?:hennes|hans|deres))\b/, 'FAMILY_OR_PARTNER'), actor(/\b(?:en (?:eldre |voksen )?(?:mann|fyr|kar) (?:som )?(?:kj[oø]rer|kj[oø]rte|henter|hentet|bringer|tar med|sender|selger) (?:henne|dem|jentene))\b/, 'THIRD_PARTY'), actor(/\b(?:han som (?:ordnet|betalte|fikset) (?:reisen|billetten|turen)|hun som (?:ordnet|betalte|fikset) (?:reisen|billetten))\b/, 'THIRD_PARTY')],
  acts: [
    act(/\b(?:truet (?:meg|oss|henne) med (?:en )?(?:kniv|pistol|v[aå]pen|flaske)|holdt (?:en )?kniv)\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:m[aå]tte|skulle|m[aå]) betale (?:ham |dem )?(?:\[money_\d+\]?|penger)|(?:betale|gi (?:ham|dem)) (?:\[money_\d+\]? |penger )?ellers)/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:lar (?:meg|oss|henne) ikke beholde|tar alt (?:jeg|vi|hun) tjener)\b/, 'TAKE', 0.85, 'always'),
    act(/\b(?:trekker (?:halvparten|\d+ ?%|\w+ prosent)|tar halvparten)\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:sl[aå]r|banker|dytter) (?:han|de|hun) (?:meg|oss)\b(?<=\bhvis (?:jeg|vi) (?:nekter|sier nei|klager)\b[^.]{0,40}\b\w+ \w+ \w+)/, 'ASSAULT', 0.85, 'always'),act(/\b(?:(?:gikk l[oø]s p[aå]|denget|klappet til|lugget|kl[aå]dde til) (?:meg|oss|henne)|fikk (?:juling|bank|en på trynet))\b/, 'ASSAULT', 0.85)],
  violations: [
    leave(/\b(?:(?:dreper|finner|skader|sl[aå]r)(?<=\b(?:hvis|om) (?:jeg|hun|vi) (?:drar|g[aå]r|stikker|slutter|forsvinner)\b[^.]{0,40}\b\w+)|(?:dreper|finner|skader) (?:meg|henne|oss|familien) (?:hvis|om) (?:jeg|hun|vi) (?:drar|g[aå]r|stikker))\b/),
    v(/\b(?:(?:snakket|fortalte|sa) (?:h[oø]yt )?(?:om )?(?:statusen|diagnosen|testresultat\w*|hiv-?statusen) (?:min|mitt|mine)?\b[^.]{0,30}\bforan|foran (?:alle|de andre) (?:i|p[aå]) venterommet)\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:(?:vakt|vekter|sikkerhet)(?<=\b(?:f[aå]r|fikk) ikke (?:lov (?:til )?[aå] )?ha \w+)|(?:ha vakt|jobbe sammen)(?<=\bikke lov (?:til )?[aå] \w+ \w+))\b/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.65, { mode: 'always' }),
    v(/\b(?:banken\b[^.]{0,30}\b(?:nektet|stengte|sa opp|avsluttet)|(?:stengte|avsluttet|sa opp) (?:konto(?:en)?|bankkonto(?:en)?) (?:min|mitt))\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    child(/\b(?:(?:12|13|14|15|16|17|tolv|tretten|fjorten|femten|seksten|sytten)\b(?<=\b(?:er|var|bare|kun|knapt) (?:bare |kun |knapt )?\w+)(?! (?:[aå]r siden|timer|kunder|menn|ganger|kroner|kr|minutter|dager))|(?:tolv|tretten|fjorten|femten|seksten|sytten)[ -]?[aå]r(?:ing)?\b|(?:12|13|14|15|16|17) ?[aå]r(?:ing|s)?\b(?! siden)|ikke (?:fylt|myndig|engang) 18|under atten|g[aå]r (?:fortsatt |enn[aå] )?p[aå] (?:skolen|ungdomsskolen|videreg[aå]ende|vgs)|(?:[89]|10)\. klasse|(?:[aå]ttende|niende|tiende) klasse|skolejente\w*)\b/),
    control(/\b(?:(?:passet|passene|papirene|dokumentene)(?<=\b(?:tok|tar|har|holder|beholdt|beholder|gjemte|gjemmer|l[aå]ste inn) (?:p[aå] |vare p[aå] )?[\w-]+)|(?:id-?en|id-?kortet)(?<=\b(?:har|holder|beholdt|beholder|gjemte|gjemmer|l[aå]ste inn) (?:p[aå] |vare p[aå] )?[\w-]+))\b/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/\b(?:(?:tvinger|tvang|presser|presset) (?:meg|oss|henne)(?: til)?(?: [aå])? (?:selge|jobbe|ta (?:imot )?kunder|ligge med|ha sex|g[aå] p[aå] gata)|selger (?:henne|meg|dem|jentene|jenter)(?! ikke)|leier (?:henne|meg) ut)\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:f[aå]r ikke lov (?:til )?[aå] (?:g[aå]|dra|reise|forlate|slutte)|kan ikke (?:dra|reise|g[aå] hjem|slutte|forlate)(?: f[oø]r)?|ikke lov (?:til )?[aå] g[aå] ut|passer p[aå] (?:meg|oss|henne) hele tiden|l[aå]ser (?:meg|oss|henne|d[oø]ra)|innel[aå]st)\b/),
    v(/\b(?:(?:politiet|purken|de p[aå] (?:stasjonen|vakta))\b[^.]{0,30}\b(?:gadd ikke|ville ikke (?:ta imot|skrive|gj[oø]re|h[oø]re)|nektet [aå] (?:ta imot|skrive)|brydde seg ikke|gjorde ingenting|tok (?:ikke|ingen) anmeldelse))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:ga (?:meg|oss) (?:en|to|tre|fire|\w+) (?:uke|uker|dager|dag|timer|d[oø]gn) (?:p[aå]|til) [aå] (?:flytte|komme (?:meg|oss) ut|dra|forsvinne)|sa opp (?:kontrakten|leieavtalen|leiekontrakten|husleie\w*|leiligheten)|m[aå]tte (?:ut|flytte ut|komme meg ut) (?:p[aå]|innen|i l[oø]pet av)|oppsigelse)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
  ],
};

const ZH: GeneralRules = {
  ownChild: /(?:我|我們|我们|我哋)(?:的|个|個|嘅|屋企)?(?:仔|女|儿子|兒子|女儿|女兒|孩子|细路|細路|小朋友|大仔|大女|细仔|細仔)/,

  actors: [actor(/(?:陌生人|路人|有个人|有個人|街上(?:有个|有個)?(?:人|男人|女人|大妈|大媽|阿伯))/, 'MEMBER_OF_PUBLIC'), ],
  acts: [
    act(/(?:刀(?<=(?:用|拿|揸|持)刀)|枪(?<=(?:用|拿)枪)|槍(?<=(?:用|拿)槍)|刀指住|刀指着|刀架)/, 'WEAPON', 0.8, 'always'),
    act(/(?:(?:俾|畀|给|給)[^。，,]{0,6}(?:錢|钱|蚊|万|萬|块|塊)[^。]{0,4}(?:唔係就|唔系就|先放|否則|否则|不然|就放)|要我(?:俾|畀|给)[^。，,]{0,4}(?:錢|钱|蚊|块))/, 'DEMAND', 0.85, 'nohyp'),
    act(/(?:(?:钱|錢)(?:全部|都|通通)?(?:俾|畀|被|给|給)(?:佢|他|她)(?:攞走|拿走|收走|袋走|拿去|攞晒))/, 'TAKE', 0.85),
    act(/(?:扣(?:我|我哋|我们|我們|她|佢)?[^。，,]{0,3}(?:一半|[一二三四五六七八九]成|\d+ ?%|百分之))/, 'SKIM', 0.75, 'always'),act(/(?:活該|活该|抵死|自找的|自作自受)(?<!(?:会|會|肯定|一定)[^。，,]{0,3}(?:活該|活该|抵死|自找的|自作自受))/, 'BLAME', 0.75, 'always')],
  violations: [
    control(/(?:逼我(?:出嚟|出来|出去)?(?:做|接客|賣|卖)|迫我(?:出嚟|出来)?(?:做|接客))/, 'FORCED_ENTRY', 0.85),
    leave(/(?:(?:我)?想走[^。]{0,10}(?:打死|打我|殺|杀|搵人)|(?:走|離開|离开)就(?:打|殺|杀))/),
    v(/(?:(?:当住|當住|当着|當着|喺|在)(?:其他|其它|所有)?(?:病人|人|大家)(?:面前|面)[^。]{0,10}(?:讲|講|说|說|话|話)|(?:讲|講|说|說)(?:咗|了)?(?:俾|给)(?:所有人|大家|其他病人)(?:知|听|聽))/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/(?:(?:唔肯|不肯|拒绝|拒絕|唔願意|不愿意)(?:帮我|幫我|同我|给我|俾我)?(?:睇|看|检查|檢查|治|医|醫))/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/(?:唔准(?:我哋|我们|我們)?(?:休息|請保安|请保安|用套)|不准(?:我们|我們)?(?:休息|请保安|請保安))/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    child(/(?:初中|高中|國中|国中|初一|初二|初三|中一|中二|中三|中四|還在讀|还在读|仲讀緊|仲读紧|讀緊書|读紧书|上學|上学|未夠(?:十八|18)|未够(?:十八|18)|不够(?:十八|18)|唔夠(?:十八|18)|不滿(?:十八|18)|不满(?:十八|18)|才(?:十[二三四五六七]|1[2-7])|少女)/),
    control(/(?:(?:护照|護照|身份证|身份證|证件|證件|回乡证|回鄉證)[^。，,]{0,4}(?:在|喺)(?:他|佢|她|老板|老闆|中介|公司|妈咪|媽咪)(?:那里|那裡|那兒|度|手上|手里|手裡))/, 'DOCUMENTS_CONFISCATED', 0.85),
    control(/(?:(?:安排|叫|逼|迫|強迫|强迫|要)(?:她|我|佢|我们|我們|我哋|佢哋)(?:晚上|每晚|夜晚)?(?:去)?(?:陪客|接客|出去企街|賣淫|卖淫|做鸡|做雞))/, 'FORCED_ENTRY', 0.8),
    control(/(?:(?:说是|說是|话系|話係)(?:去)?[^。，,]{0,8}(?:打工|工作|做嘢|返工|做服务员|做服務員)|结果(?:被|要)(?:关|關|逼|迫|接客)|(?:以为|以為)(?:是)?[^。，,]{0,8}(?:打工|工作|做嘢|返工))/, 'DECEPTION', 0.8),
    leave(/(?:(?:才|先)可以走|不能走|走不了|唔可以走|唔走得|做满[^。]{0,6}才|做滿[^。]{0,6}先|被关|被關|关在|關喺|锁在|鎖喺|不让我回家|唔俾我返屋企|逃出来|逃出嚟)/),
    fear(/(?:报了也没用|報咗都冇用|报警也没用|報警都冇用|报警没用|告都冇用|报了没用)/),
  ],
};

const TPI: GeneralRules = {
  ownChild: /\bpikinini (?:meri |man )?bilong (?:mi|mipela)\b/,
  durationBefore: /\b(?:inap|long|bilong|winim) $/,

  actors: [actor(/\b(?:papa graun(?: bilong haus)?|mama graun)\b/, 'LANDLORD')],
  acts: [
    act(/\b(?:holim (?:bus )?naip|holim gan|soim (?:bus )?naip|soim gan)\b/, 'WEAPON', 0.8, 'always'),
    act(/\b(?:(?:mas )?givim (?:(?:em|ol|mi|ol polis) )?(?:\[money_\d+\]?|mani|pe|sampela mani) o (?:em|ol|bai)|(?:em|ol) i askim (?:mi|mipela) long (?:\[money_\d+|mani|pe))/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:paitim (?:mi|mipela)(?<=\bsapos (?:mi|mipela) (?:tok nogat|les|no laik|no givim|no bringim|laik lusim|lusim|laik go|laik ranawe|ranawe|go bek)\b[^.]{0,40}\bi (?:save )?paitim (?:mi|mipela)))\b/, 'ASSAULT', 0.85, 'always'),
    act(/\b(?:kisim hap (?:mani|pe)|kisim (?:planti|bikpela hap) (?:mani|pe))\b/, 'SKIM', 0.75, 'always'),
    act(/\b(?:(?:em|ol) (?:yet )?i (?:save )?kisim (?:olgeta )?(?:mani|pe))\b/, 'TAKE', 0.85),
    act(/\b(?:pulim (?:bek )?mani|pulim (?:bek )?bek|stilim)\b/, 'SEIZE', 0.85),
  ],
  violations: [
    v(/\b(?:tokim (?:olgeta|ol) (?:man|lain|pasin)\b[^.]{0,40}\b(?:sik|hiv|status)|wet ?rum)\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:i no (?:save )?peim (?:mi|mipela) long taim|no larim (?:mi|mipela) (?:i )?(?:gat|kisim|holim) (?:sekuriti|gat))\b/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    child(/\b(?:stap (?:yet )?long skul|skul yet|gel skul|sumatin|yangpela (?:meri|pikinini)|i no (?:kamap )?bikpela yet|i no (?:kamap )?(?:18|eitin) yet|liklik pikinini)\b/),
    control(/\b(?:giamanim (?:mi|em|mipela|ol)|tok giaman (?:long|olsem)|salim (?:mi|em|ol meri) (?:long|i go long) (?:ol )?(?:man|kastoma|draiva)(?<=\b(?:em|ol|bilong mi|boifren|bos) i (?:save )?salim \w+(?: meri)? (?:long|i go long) (?:ol )?\w+))\b/, 'FORCED_ENTRY', 0.8),
    leave(/\b(?:(?:mi|mipela|em) no inap (?:go|lusim|wokabaut|kam|ran) (?:ausait|long haus|bek|i go)|lokim dua|pasim dua)\b/),
    v(/\b(?:tok (?:mi|mipela) (?:mas|bai) lusim (?:haus|rum|ples)|rausim (?:mi|mipela) long (?:haus|rum|ples|viles|setelmen|komuniti))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:(?:nes|dokta|klinik|haus sik|ol wokman bilong klinik)\b[^.]{0,40}\b(?:i no laik (?:lukim|helpim|givim|tritim)|tok mi mas go long narapela|rausim mi))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/\b(?:(?:stoa|bank|hotel|gest haus|bas|pmv|taksi|kantin|sios|skul)\b[^.]{0,40}\b(?:i no laik (?:salim|givim|larim|opim|kisim|helpim|lukim)|tambuim (?:mi|mipela))|(?:no laik|i no laik|i no) opim akaun)\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER', mode: 'always' }),
    v(/\b(?:(?:kotim (?:mi|mipela)|kot)\b[^.]{0,40}\b(?:pamuk|fain)|givim (?:mi|mipela) (?:wanpela )?fain)\b/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.75, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL' }),
  ],
};

export const GENERAL: Readonly<Record<string, GeneralRules>> = { en: EN, es: ES, pt: PT, fr: FR, nb: NB, zh: ZH, tpi: TPI };

function actor(pattern: RegExp, a: PerpetratorType): ActorRule {
  return { pattern, actor: a };
}
