/** Norwegian (bokmål) rules (purken, torsk, hallik, sexkjøpsloven, Operasjon Husløs). Lower case; æøå optional (folded). */
import { act, actor, reported, setting, v, type LanguageRules } from './rule.types';

/** Actors other than health workers (a health-only finding needs a health worker named in its sentence). */
const NOT_HEALTH = ['POLICE', 'OTHER_STATE_OFFICIAL', 'LANDLORD', 'CLIENT', 'THIRD_PARTY', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER', 'IMPERSONATOR', 'OTHER'] as const;
const HEALTH_ONLY = { who: 'resolve', prefer: ['HEALTH_WORKER'], notActors: NOT_HEALTH, fallback: 'HEALTH_WORKER', ifActor: { NONE: null } } as const;

export const NB_RULES: LanguageRules = {
  language: 'nb',
  // Not "de", "en": frequent in Spanish, Portuguese and French too.
  markers: /\b(?:jeg|ikke|og|det|er|p[aå]|meg|som|har|hun|ble|var|min|mitt|etter|hva|hvis|kom|ut|sa|til|av|han|med|dem|seg|ham|henne|fikk|hadde|skulle|ikkje)\b/g,
  negation: /\b(?:ikke|aldri|ingen|ingenting|uten|verken|ikkje)\b/,
  negationAfter: /^\s*(?:(?:meg|oss|henne|ham|dem|seg)\s+)?(?:ikke|aldri)\b/,
  hypothetical: /\b(?:hvis|dersom|om jeg|om vi|kommer til [aå]|kom til [aå]|ville(?<!\b(?:jeg|vi) ville)(?! ikke)|vil(?! (?:bare |bare [aå] |gjerne )?(?:si|fortelle|nevne|legge til)\b)|skal|kunne|truet med|truer med|kan bli|risikerer|i tilfelle|ellers|redd for at)\b/,
  mention: /\b(?:anmeld\w*|anmeldelse for|for|etter|om)\s*(?:et |en )?$/,
  relative: /\b(?:som\b|og (?:han|hun|de)\s)/g,
  agent: /\b(?:av)\s+(?:en |et |to |min |mitt )?$/,
  clauseBreak: /[,;:()]|\b(?:men|og|s[aå]|fordi|da|n[aå]r|etter|f[oø]r|selv om|mens)\b/g,
  actors: [
    actor(/\b(?:politi\w*|purken|purk|polititjenestemann|betjent\w*|politimann|politimenn|patrulje\w*|uropoliti|glattcell\w*|stasjonen(?<!(?:bensin|tog|buss|jernbane|bane|service|lade)stasjon\w*\b[^]{0,300}stasjonen))\b/, 'POLICE'),
    actor(/\b(?:sa de var politi|sa han var politi|(?:viste (?:et |meg et )?(?:falskt )?(?:kort|skilt|politiskilt) og )?sa (?:han|hun|de) var (?:fra )?politi\w*|var (?:ikke|ikkje) politi|ikke er politi|utga seg for [aå] v[aæ]re politi|falske politi\w*|ikke ekte politi|ikke ordentlig politi)\b/, 'IMPERSONATOR'),
    actor(/\b(?:udi(?<!\btil udi)|utlendingsdirektoratet|pu|politiets utlendingsenhet|utvist|utvisningsvedtak\w*|trandum|forvaringsenhet\w*|nav|kommunen|barnevernet|tollere?|tollvesenet|sosialkontoret|saksbehandler\w*)\b/, 'OTHER_STATE_OFFICIAL'),
    actor(/\b(?:lege\w*|fastlege\w*|sykepleier\w*|legevakt\w*|sykehus\w*|helsestasjon\w*|jordmor|apotek\w*|klinikk\w*)\b/, 'HEALTH_WORKER'),
    actor(/\b(?:utleier\w*|huseier\w*|huseiere|vert\w*|borettslag\w*|eieren av leiligheten|(?:mannen|damen|kvinnen|han|hun|de) som (?:leier ut|eier) (?:rommet|leiligheten|huset|hybelen)?)\b/, 'LANDLORD'),
    actor(/\b(?:menn jeg (?:finner|m[oø]ter|treffer)|kunde\w*(?<!\b(?:ta|tar|tok|ta imot|tar imot|skaffe|skaffer|finne|finner) kunde\w*)|torsk\w*|kjøper\w*|sexkjøper\w*)\b/, 'CLIENT'),
    actor(/\b(?:mannen som skaffet meg (?:jobben|jobb)|hallik(?:en|er|ene|ens)?\b|bakmann|bakmenn|sjef\w*|madam\w*|agent\w*|eieren|arbeidsgiver\w*|menneskehandler\w*)\b/, 'THIRD_PARTY'),
    actor(/\b(?:gutter|menn p[aå] gata|noen menn|(?:to|tre|fire|noen|et par|en gjeng) (?:menn|gutter|karer|fyrer|ungdommer|fulle menn)|(?:menn|folk|noen|en mann|en dame) p[aå] (?:trikken|bussen|t-banen|toget|gata)|naboer|naboen|fremmede?|forbipasserende|folk p[aå] (?:gata|trikken|bussen)|ungdommer|en gjeng)\b/, 'MEMBER_OF_PUBLIC'),
    actor(/\b(?:kj[aæ]resten min|mannen min|eksen min|broren min|faren min|moren min|familien min|en venn av familien|onkelen min|fetteren min|samboeren min)\b/, 'FAMILY_OR_PARTNER'),
  ],
  acts: [
    act(/\b(?:min egen feil|skylde meg selv|f[aå]r skylden|ga meg skylden)\b/, 'BLAME', 0.75, 'always'),
    act(/\b(?:(?:slo|sl[aå]r|sparket|sparker|dyttet|dytter|kvelte|kveler|banket|angrep|skadet|lugget|knuste) (?:meg|oss|henne|til meg)|kvelertak|strupetak|tok (?:meg|henne) i (?:strupen|halsen|h[aå]ret)|(?:presset|dyttet|slengte) (?:meg|henne) (?:opp )?mot (?:veggen|bilen|d[oø]ra)|slag|juling|banket opp|sl[aå]tt|blåmerker|bl[aå]merke|vold|voldelig|dyttet meg ut|pepperspray|batong)\b/, 'ASSAULT', 0.85),
    act(/\b(?:voldt\w*|seksuelt overgrep|overgrep|tvang meg til [aå] ha sex|tvang meg til sex|tok av kondomen|fjernet kondomen|uten kondom selv om|gratis sex|gratis tjenester|befølte|tafset|tok p[aå] meg)\b/, 'SEXUAL', 0.9),
    act(/\b(?:(?:tok|stjal|tar|beholdt|ranet) (?:med seg )?(?:alle )?(?:pengene|penga|pengene mine|kontantene)|tok pengene tilbake)\b/, 'TAKE', 0.85),
    act(/\b(?:(?:tok|stjal|tar) (?:med seg )?(?:telefonen|mobilen|veska|vesken|tingene) (?:min|mine)?|ran\b|ranet|frastj\w*|robbet)\b/, 'SEIZE', 0.85),
    act(/\b(?:med mindre (?:jeg|vi|hun) (?:ga|gir|betalte|betaler)|krevde (?:penger|\[money_\d+|betaling)|kreve penger|ville ha penger|bestikkelse\w*|utpress\w*|truet med [aå] (?:sende|legge ut|fortelle|vise)|betale (?:for [aå] f[aå]|politiet))\b/, 'DEMAND', 0.85, 'nohyp'),
    act(/\b(?:kniv|pistol|v[aå]pen|skytev[aå]pen|dro en kniv|truet med kniv)\b/, 'WEAPON', 0.8),
    act(/\b(?:hore\w*|kalte meg|ropte \w+ etter meg|spyttet|skjelte\w*|hets\w*|rasis\w*|lo av meg|latterliggjort|ydmyk\w*)\b/, 'INSULT', 0.6),
    act(/\b(?:betalte ikke|ville ikke betale|nektet [aå] betale|stakk uten [aå] betale|uten [aå] betale)\b/, 'NONPAYMENT', 0.75, 'always'),
  ],
  violations: [
    v(/\b(?:kontroll\w*)\b/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.35, { who: 'POLICE' }),
    v(/\b(?:tok meg med inn|holdt meg i \w+ timer|arrest\w*|p[aå]grep\w*|tatt med (?:p[aå]|til) stasjonen|tok meg med (?:p[aå]|til) stasjonen|glattcell\w*|satt i arresten|h[aå]ndjern\w*|innbrakt)\b/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'POLICE' }),
    v(/\b(?:sivilkledd\w*|sivilt politi|lokkeduer?|utga seg for [aå] v[aæ]re kunde|lot som (?:han|de) var kunde)\b/, 'POLICE_ABUSE', 'ENTRAPMENT', 0.75, { who: 'POLICE' }),
    v(/\b(?:stopper meg (?:nesten |omtrent )?hver|tar (?:id-?en|legitimasjonen) (?:min|mitt)|tar bilde av meg|tok bilde av meg|fotograferte meg|spør (?:hvem|om) (?:kundene|torsk\w*|'torsk)|stoppet meg (?:igjen|hver)|sjekket (?:veska|vesken|id|legitimasjon)|f[oø]lger etter meg|fulgte etter meg|trakass\w*|spør om jeg jobber|komme meg vekk|bortvist fra gata)\b/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.55, { who: 'POLICE' }),
    v(/\b(?:(?:kondom\w*)\b[^.]{0,60}\b(?:bevis|beslag\w*|tok|konfisk\w*)|(?:tok|beslagla|konfiskerte) (?:kondomene|kondomer))/, 'POLICE_ABUSE', 'CONDOMS_AS_EVIDENCE', 0.85, { who: 'POLICE' }),
    v(/\b(?:avh[oø]r\w*|tvunget til [aå] skrive under)\b/, 'POLICE_ABUSE', 'COERCIVE_INTERROGATION', 0.4, { who: 'POLICE' }),
    v(/\b(?:kast(?:et|er) (?:han|hun|de|utleier\w*|huseier\w*) (?:meg|oss) ut|kastet (?:meg|oss) ut|kaster (?:meg|oss) ut|kastet ut|utkast\w*|sagt opp leie\w*|skiftet l[aå]s\w*|byttet l[aå]s\w*|m[aå]tte flytte|mister (?:jeg )?leiligheten|mistet leiligheten|operasjon husl[oø]s|p[aå] gata uten sted)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/\b(?:razzia\w*|stengte (?:den|leiligheten|stedet|salongen|bordellet)|stengt av politiet|aksjon mot)\b/, 'FORCED_EVICTION', 'WORKPLACE_CLOSURE', 0.75, { who: 'resolve' }),
    v(/\b(?:uten varsel|fikk ikke tid til [aå] (?:hente|ta med)|to dager etter)\b/, 'FORCED_EVICTION', 'NO_NOTICE', 0.4, { mode: 'always' }),
    v(/\b(?:(?:lege\w*|sykepleier\w*|legevakt\w*|sykehus\w*)\b[^.]{0,40}\b(?:nektet [aå] (?:behandle|undersøke|skrive ut|gi)|ville ikke (?:undersøke|behandle|ta imot|gi|skrive ut)|sendte meg (?:bort|videre|hjem))|ville ikke (?:legen|sykepleieren|de|hun|han) (?:undersøke|behandle|ta imot|se p[aå])|nektet [aå] (?:behandle|undersøke) meg|nektet å skrive ut)\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'always' }),
    v(/\b(?:(?:lege\w*|sykepleier\w*|resepsjonist\w*)\b[^.]{0,50}\b(?:lo av meg|skylde meg selv|moralis\w*|dømm\w*|to par hansker|hansker|frekk)|to par hansker)\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:tvungen (?:hiv-)?test\w*|testet meg uten [aå] sp[oø]rre)\b/, 'DENIAL_OF_HEALTH_CARE', 'NOT_MEDICALLY_INDICATED', 0.75, { who: 'HEALTH_WORKER' }),
    v(/\b(?:brudd p[aå] taushetsplikt\w*|fortalte (?:familien|moren|mannen) min|foran (?:alle|de andre) p[aå] venterommet)\b/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/\b(?:ga meg ikke (?:resept|prep|pep|time|behandling)|f[aå]r ikke (?:prep|pep|hiv-?medisin\w*|kondomer)|fikk ikke (?:prep|pep|hiv-?medisin\w*|test\w*))\b/, 'DENIAL_OF_HEALTH_CARE', 'HIV_SRH_BARRIER', 0.7, { mode: 'always' }),
    v(/\b(?:sagt opp fra jobben|sparket fra jobben|mistet jobben|f[aå]r ikke jobb|fikk sparken|ble (?:sparket|oppsagt|sagt opp)|mistet (?:stillingen|jobben min))\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY' }),
    v(/\b(?:vil ikke leie ut til meg|f[aå]r ikke leie|ingen vil leie ut)\b/, 'DISCRIMINATION', 'HOUSING', 0.7, { who: 'resolve' }),
    v(/\b(?:stoppet st[oø]naden|stønaden min (?:ble )?stoppet|nav (?:stoppet|kuttet|nektet)|mistet trygden)\b/, 'DISCRIMINATION', 'SOCIAL_SECURITY', 0.65, { who: 'OTHER_STATE_OFFICIAL' }),
    v(/\b(?:(?:banken|hotellet|butikken|taxien|forsikringsselskapet|utleiefirmaet)\b[^.]{0,40}\b(?:stengte|nektet|kastet meg ut|ville ikke|sa nei|avslo|avviste|sa opp)|stengte kontoen min)\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    v(/\b(?:(?:politiet|betjenten|de)\b[^.]{0,40}\b(?:ville ikke ta imot (?:anmeldelsen)?|nektet [aå] ta imot|gjorde ingenting|henla saken|lo av meg|sendte meg hjem)|henla saken|saken ble henlagt|ikke hadde folk ledige|spurte (?:de )?(?:mest|bare|heller|mer|f[oø]rst|kun) (?:om |hva )(?:hvor mye )?(?:jeg (?:tar|tok|gjorde|gj[oø]r|drev med|jobber med|solgte)|prisen|prisene|jobben min)|(?:politiet|de|patruljen) kom (?:f[oø]rst )?etter (?:\w+ )?(?:timer|time|d[oø]gn|dager))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    v(/\b(?:(?:sa (?:han|hun|de) bare|gikk (?:sin vei|derfra)|brydde (?:han|hun|de) seg ikke|ristet (?:han|hun|de) p[aå] hodet|lo (?:han|hun|de))(?<=\b(?:fortalte|sa fra|meldte fra|anmeldte)\b[^.]{0,110})|det f[aå]r du (?:ta|ordne|fikse) (?:med )?(?:noen andre|selv)|ikke v[aå]rt problem|tok det ikke (?:alvorlig|seri[oø]st))\b/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'THIRD_PARTY', 'LANDLORD', 'FAMILY_OR_PARTNER'], ifActor: { HEALTH_WORKER: null, OTHER: null }, mode: 'always' }),
    v(/\b(?:det f[aå]r du regne med|sånt må du regne med)\b/, 'DENIAL_OF_JUSTICE', 'VICTIM_BLAMED', 0.75, { who: 'resolve', mode: 'always' }),
    v(/\b(?:(?:redd|turte ikke|tør ikke|våger ikke)\b[^.]{0,60}\b(?:anmeld\w*|politiet|melde)|(?:anmeldte|anmelder|meldte) (?:det )?ikke\b[^.]{0,80}\b(?:fordi|for da|ellers|redd|vil|kommer til|hadde|ville|uansett)|hvis jeg (?:anmelder|g[aå]r til politiet|ringer politiet|melder)|hva er vitsen med [aå] anmelde)\b/, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.8, { mode: 'always' }),
    v(/\b(?:uten (?:advokat|tolk)|fikk ikke (?:snakke med |ringe |ringt )?(?:advokat|tolk|noen)|uten [aå] f[aå] (?:ringe|snakke med|kontakte|ringt) (?:noen|advokat|tolk|familien)|skrev under p[aå] noe jeg ikke forsto)\b/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.75, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'HEALTH_WORKER', 'LANDLORD', 'THIRD_PARTY', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER', 'IMPERSONATOR'], mode: 'always' }),
    v(/\b(?:(?:siktet|d[oø]mt|tiltalt|anmeldt|straffet|b[oø]telagt|bot|sa det var)\w*[^.]{0,40}\b(?:hallik\w*|bordell\w*|kobling|medvirkning til prostitusjon))\b/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.8, { who: 'POLICE' }),
    v(/\b(?:politiloven|politivedtekt\w*|bortvist fra (?:omr[aå]det|sentrum)|forstyrrelse av den offentlige ro)\b/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.8, { who: 'POLICE' }),
    v(/\b(?:utvis\w*|bortvis\w* fra norge|deport\w*|sendt tilbake til|brudd p[aå] vilk[aå]rene|turistvisum|oppholdstillatelse\w* (?:ble )?(?:trukket|tatt))\b/, 'CRIMINALISATION', 'IMMIGRATION', 0.8, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL' }),
    v(/\b(?:(?:kunden|han|kundene|de) (?:blir|ble) straffet|m[aå] gjemme oss|etter sexkj[oø]psloven|kundene (?:tør ikke|er redde|blir straffet)|jobbe lenger ut|der det er m[oø]rkt|ikke tid til [aå] sjekke (?:bilen|kunden))\b/, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'resolve', mode: 'always', notActors: ['CLIENT'] }),
    v(/\b(?:(?:tar|tok|beholder) (?:halvparten|\d+ ?%|\d+ prosent|alt vi tjener)|f[aå]r ikke (?:betalt|utbetalt))\b/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, { who: 'THIRD_PARTY', mode: 'always' }),
    v(/\b(?:uten kondom fordi (?:sjefen|eieren)|ingen pauser|\d+ timer i strekk)\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    v(/\b(?:kan ikke (?:leie inn vakt|ansette|jobbe sammen|organisere oss)|da blir det hallikvirksomhet|jobber alene og er redd)\b/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.65, { mode: 'always' }),
    v(/\b(?:(?:tvang|tvinger) (?:meg|oss|henne) til [aå] (?:selge|jobbe|ta kunder)|solgte (?:meg|henne|oss) til|menneskehandel|utnyttet)\b/, 'COERCION_OR_TRAFFICKING', 'FORCED_ENTRY', 0.85, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/\b(?:lovet meg (?:en )?jobb|lurte meg|lurt hit|ble lurt)\b/, 'COERCION_OR_TRAFFICKING', 'DECEPTION', 0.8, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/\b(?:skylder(?! (?:\w+ )?(?:ingenting|ikke noe|ingen ting)\b)|gjeld\w*|betale tilbake reisen)\b(?![^]{0,200}\b(?:kan (?:slutte|reise hjem|dra hjem|dra|g[aå]) (?:n[aå]r (?:jeg|hun) vil|n[aå]r som helst)|og kan slutte\b(?! n[aå]r)|ikke (?:noe )?menneskehandel))/, 'COERCION_OR_TRAFFICKING', 'DEBT_BONDAGE', 0.75, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/\b(?:(?<!\b(?:jeg|vi) )(?:har|tok|beholder|holder) (?:p[aå] )?(?:passet|passene|papirene|id-?kortet) (?:mitt|mine|v[aå]re|hennes)(?! selv)|tok passet)\b/, 'COERCION_OR_TRAFFICKING', 'DOCUMENTS_CONFISCATED', 0.85, { who: 'resolve', mode: 'fact', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/\b(?:ville ikke la meg g[aå]|lot meg ikke g[aå]|f[aå]r ikke (?:g[aå] ut|dra|slutte)|l[aå]st inne|l[aå]ser oss inne|kan ikke dra|slipper ikke ut)\b/, 'COERCION_OR_TRAFFICKING', 'PREVENTED_FROM_LEAVING', 0.8, {
      who: 'resolve',
      mode: 'always',
      fallback: 'UNKNOWN',
      // Held by a client or a stranger: violence, not trafficking.
      ifActor: { CLIENT: 'VIOLENCE_BY_PRIVATE_ACTORS', MEMBER_OF_PUBLIC: 'VIOLENCE_BY_PRIVATE_ACTORS' },
    }),
    v(/\b(?:tvunget til (?:et )?(?:exit|rehab\w*)-?program\w*)\b/, 'COERCION_OR_TRAFFICKING', 'COMPELLED_PROGRAMME', 0.85, { who: 'resolve', mode: 'always', fallback: 'OTHER_STATE_OFFICIAL' }),
    v(/\b(?:(?:jeg|hun|han) er (?:1[0-7]|[1-9])\b(?! (?:[aå]r siden|timer|kunder))|da jeg var (?:1[0-7]|[1-9])\b|skoleuniform|(?:1[0-7]|[1-9]) eller (?:1[0-7]|[1-9])|mindre[aå]rig\w*|under 18|barn|skolejente\w*|ungdomsskole\w*|videreg[aå]ende|p[aå] (?:1[0-7]|[1-9]) [aå]r|(?:1[0-7]|[1-9]) [aå]r gammel|jente p[aå] (?:1[0-7]|[1-9]))\b/, 'CHILD_INVOLVED', undefined, 0.9, {
      mode: 'always',
      // Who brings or exploits the child, when named in the same sentence.
      who: 'resolve',
      sameSentence: true,
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD', 'CLIENT', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN'],
    }),
    // Police pressure on a landlord is part of the eviction (TAXONOMY: "often under police pressure"); weak alone.
    v(/\b(?:politiet\b[^.]{0,40}\b(?:ringte|kontaktet|snakket med|advarte|truet|skrev til|sendte brev til|oppsøkte|besøkte) (?:utleier\w*|huseier\w*|ham|henne|eieren|verten))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE' }),
    // Clients fined or arrested under the sex-purchase law.
    v(/\b(?:(?:kunden|kundene|kunder) (?:min |mine )?(?:fikk|f[aå]r) (?:en )?bot|(?:kunden|kundene) (?:min |mine )?(?:ble|blir) (?:b[oø]telagt|arrestert|tatt|stoppet|anmeldt|siktet)|bot for (?:sexkj[oø]p|kj[oø]p av sex(?:uelle tjenester)?))\b/, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'POLICE', mode: 'nohyp' }),
    // Who pays a child for sex (or takes rent in sex) is a perpetrator of the child's exploitation (weight only names the doer).
    v(/\b(?:(?:betaler|betalte|kj[oø]per|kj[oø]pte|gir|ga) (?:henne|dem|jentene|jenta)\b[^.]{0,20}\b(?:for sex|penger)|kj[oø]per sex av (?:henne|dem|jenta)|tar (?:husleia|husleien|leia|leien) i (?:sex|natura)|betale (?:husleia|husleien|leia|leien) (?:i|med) sex)\b/, 'CHILD_INVOLVED', undefined, 0.05, {
      mode: 'always',
      who: 'resolve',
      sameSentence: true,
      fallback: 'CLIENT',
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN', 'FAMILY_OR_PARTNER', 'THIRD_PARTY'],
    }),
    // Health care: refused prescriptions and tests, sent elsewhere, made to wait, lectured, status told to others.
    v(/\b(?:(?:nektet|ville ikke|avslo|avviste)\b[^.]{0,30}\b(?:resept\w*|prep|pep|medisin\w*|p-?piller|angrepille\w*|hiv-?test\w*|test\w*|behandling|time|henvisning|r[oø]ntgen|sykemelding)|(?:ga|gav) meg ikke (?:resept|prep|pep|time|behandling|medisin\w*|test\w*))\b/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { ...HEALTH_ONLY, mode: 'nohyp' }),
    v(/\b(?:(?:heller )?burde g[aå] (?:heller )?til|for s[aå]nt|s[aå]nne som (?:deg|dere|henne)|(?:ble )?sendt (?:hjem|videre|bort|til en annen)|sendte meg (?:hjem|videre|bort|til en annen)|ventet (?:i )?(?:\w+ )?timer|m[aå]tte vente (?:i )?(?:\w+ )?timer|(?:alle )?(?:de )?andre (?:fikk|ble tatt inn|kom inn) f[oø]r meg|moralpreken|preket|kommenter\w*|h[oø]yt (?:foran|s[aå] alle)|(?:spurte|snakket) (?:mest )?om (?:jobben|sexsalg\w*|hvor mange kunder)|skrev (?:det |at jeg \w+ )?i journalen|(?:uten [aå] sp[oø]rre|uten samtykke)|sjekk for kj[oø]nnssykdommer|(?:skulle|m[aå]tte) teste meg for)\b/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { ...HEALTH_ONLY, mode: 'nohyp' }),
    // Refused work, services, a hotel room.
    v(/\b(?:(?:s[oø]kte|s[oø]ker) (?:p[aå] )?(?:en )?jobb\b[^.]{0,60}\b(?:fikk (?:jeg )?(?:nei|avslag)|ble (?:jeg )?ikke|ville (?:de |hun |han )?ikke)|fikk ikke jobben|ble ikke ansatt|ville ikke ansette meg|(?:sa|sagt) opp (?:meg|henne) (?:etter|da|fordi))\b/, 'DISCRIMINATION', 'EMPLOYMENT', 0.7, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['OTHER', 'POLICE', 'CLIENT', 'LANDLORD', 'HEALTH_WORKER'] }),
    v(/\b(?:(?:hotell\w*|banken|butikken|restauranten|baren|treningssenter\w*|fris[oø]ren|taxi\w*|drosje\w*|apoteket|skolen|barnehagen|kirken)\b[^.]{0,60}\b(?:ville ikke ha meg|ikke ville ha meg|nektet|kastet meg ut|svartelist\w*|utestengt|ikke velkommen|avviste|sa nei|ba meg (?:g[aå]|forlate))|sto p[aå] en (?:\W?liste|svarteliste)|svartelist\w*|ikke (?:ville|vil) ha meg (?:der|her|p[aå] hotellet)|ikke velkommen (?:her|der))\b/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    // Labour: fines, clients imposed, shifts without breaks, pay held back.
    v(/\b(?:(?:bot|b[oø]ter|trekk)\b[^.]{0,30}\b(?:hvis|n[aå]r|om) (?:vi|jeg|hun|noen) (?:sier nei|kommer for sent|nekter|er syk|avviser)|(?:bestemmer|velger) (?:hvilke|hvem|hva slags) (?:kunder|menn)|m[aå] ta (?:alle|hvilke|de) kunde\w*|uten (?:pause|pauser|fri|fridager|hvile|[aå] f[aå] spise)|\w*timers ?skift|skift p[aå] \d+ timer|holder (?:igjen|tilbake) (?:en |\w+ )?(?:del|tredjedel|halvpart\w*|penger|pengene|l[oø]nn\w*)|m[aå] drikke med (?:kundene|gjestene)|ingen alarmknapp|bare (?:[eé]n|en) jente (?:p[aå] jobb|om gangen)|(?:har|hadde) (?:hun|han|de|sjefen) (?:ikke|aldri) betalt)\b/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD'], mode: 'nohyp', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null } }),
    // Evictions told the short way ("we had to get out that night", "half an hour to pack"); police who come with the landlord are part of it.
    v(/\b(?:m[aå]tte (?:ut|flytte(?: ut)?|komme (?:meg|oss) ut|forlate (?:leiligheten|rommet|huset|hybelen|stedet)|pakke)\b|(?:en )?(?:halvtime|time|timer|dager|dag|uke|uker|d[oø]gn) (?:p[aå]|til) [aå] (?:pakke|flytte|komme (?:meg|oss) ut|forsvinne)|satt (?:ut )?(?:i|p[aå]) (?:oppgangen|gangen|trappa|gata)|(?:tingene|klærne|sakene|bagasjen) (?:mine|v[aå]re|hennes) (?:ble |var )?(?:satt|kastet|båret) ut|kastet (?:tingene|klærne|sakene) (?:mine|v[aå]re|hennes)|(?:byttet|skiftet) (?:ut )?l[aå]s\w*|ingen (?:skriftlig )?oppsigelse)\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'], ifActor: { HEALTH_WORKER: null } }),
    v(/\b(?:politiet kom (?:sammen )?med (?:utleier\w*|huseier\w*|eieren)|(?:utleier\w*|huseier\w*) kom (?:sammen )?med politiet|(?:utleier\w*|huseier\w*) kunne bli (?:straffet|anmeldt|tiltalt))\b/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE' }),
    // Who arranges a child's meetings or drives her to them is the exploiter (weight only names the doer; the age is found elsewhere).
    v(/\b(?:(?:setter opp|ordner|avtaler|booker|fikser) (?:avtalene|avtaler|kunder|m[oø]tene|kundene|dates) (?:for|til) (?:henne|dem|jentene|jenta)|kj[oø]rer (?:henne|dem|jentene|jenta) til (?:hotell\w*|kunde\w*|leiligheter|menn))\b/, 'CHILD_INVOLVED', undefined, 0.05, { mode: 'always', who: 'resolve', sameSentence: true, fallback: 'THIRD_PARTY', notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD', 'CLIENT', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN'] }),
    v(/\b(?:strippeklubb|danser|stripp\w*|innhold p[aå] nett|porno\w*|webcam|onlyfans)\b/, 'OUT_OF_SCOPE', undefined, 0.3, { mode: 'always' }),
  ],
  settings: [
    setting(/\b(?:p[aå] gata|gata|karl johan|skippergata|tollbugata|kvadraturen|i bilen)\b/, 'STREET', 0.7),
    setting(/\b(?:bordell|massasjesalong|jobbet sammen|jenter som jobbet sammen|sammen i en leilighet)\b/, 'INDOOR_SHARED', 0.65),
    setting(/\b(?:leiligheten min|i leiligheten|hjemme hos meg|jobber alene)\b/, 'INDOOR_OWN', 0.5),
    setting(/\b(?:hotell\w*|hjem til (?:ham|kunden)|hjemme hos (?:ham|kunden))\b/, 'OUTCALL', 0.65),
    setting(/\b(?:annonse\w*|p[aå] nett|nettside|internett)\b/, 'ONLINE', 0.45),
  ],
  reported: [
    reported(/\b(?:ville ikke ta imot (?:anmeldelsen|meg)|nektet [aå] ta imot anmeldelse\w*)\b/, 'TRIED_REFUSED', 'always'),
    reported(/\b(?:anmeldte|politianmeldte|ringte politiet|gikk til politiet)\b/, 'YES'),
    reported(/\b(?:anmeldte (?:det )?ikke|turte ikke [aå] anmelde|har ikke anmeldt|anmelder ikke)\b/, 'NO', 'always'),
  ],
};
