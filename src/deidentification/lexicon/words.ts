/**
 * Word tables shared by recognisers. Lowercase unless noted. Languages: en, es, pt, fr, de, no (nb),
 * zh, tpi (Tok Pisin).
 */

export const set = (s: string): Set<string> => new Set(s.split('|').map((w) => w.trim()).filter(Boolean));

/** Words that introduce a person's name (roles, titles, kinship, "named"). */
export const PERSON_TRIGGERS = set(
  // en
  'officer|officers|sergeant|sgt|constable|pc|detective|det|inspector|lieutenant|lt|captain|capt|chief|agent|cop|policeman|policewoman|guard|warden|judge|lawyer|attorney|doctor|dr|nurse|midwife|pharmacist|landlord|landlady|manager|boss|pimp|client|customer|punter|owner|neighbour|neighbor|mr|mrs|ms|miss|mister|madam|named|called|friend|sister|brother|cousin|mother|mum|mom|father|dad|aunt|auntie|uncle|husband|wife|boyfriend|girlfriend|partner|son|daughter|colleague|coworker|roommate|flatmate|housemate|nephew|niece|grandmother|grandma|grandfather|grandpa|caseworker|receptionist|bouncer|driver|teacher|priest|pastor|aka|alias|commander|superintendent|trooper|deputy|sheriff|prosecutor|magistrate|interpreter|translator|counsellor|counselor|social worker|worker|landlords|nicknamed|guy|lady|madame|mistress|ex|adviser|advisor|banker|operator|receptionist|security|' +
    // es
    'oficial|agente|policía|policia|poli|sargento|cabo|teniente|capitán|capitan|comisario|comisaria|subinspector|guardia|juez|jueza|abogado|abogada|fiscal|doctora|dra|médico|medico|médica|medica|enfermero|enfermera|casero|casera|dueño|dueña|propietario|propietaria|arrendador|arrendadora|encargado|encargada|jefe|jefa|cliente|vecino|vecina|señor|señora|sr|sra|don|doña|llamado|llamada|amigo|amiga|hermana|hermano|primo|prima|madre|mamá|mama|padre|papá|papa|tía|tia|tío|tio|esposo|esposa|marido|novio|novia|pareja|hijo|hija|compañera|compañero|companera|companero|proxeneta|chulo|padrote|taxista|conductor|apodado|apodada|alias|comandante|licenciado|licenciada|lic|' +
    // pt
    'policial|polícia|soldado|tenente|capitão|capitao|delegado|delegada|investigador|escrivão|guarda|juiz|juíza|advogado|advogada|doutor|doutora|enfermeiro|enfermeira|senhorio|senhoria|proprietário|proprietária|dono|dona|gerente|chefe|patrão|patroa|vizinho|vizinha|senhor|senhora|seu|chamado|chamada|irmã|irma|irmão|irmao|mãe|mae|pai|marido|namorado|namorada|companheiro|companheira|filho|filha|cafetão|cafetina|motorista|apelido|vulgo|amigo|amiga|' +
    // fr
    'policier|policière|gendarme|brigadier|capitaine|commissaire|officier|gardien|gardienne|juge|avocat|avocate|médecin|docteur|infirmier|infirmière|propriétaire|proprio|bailleur|bailleresse|gérant|gérante|patron|patronne|voisin|voisine|monsieur|madame|mme|mlle|mademoiselle|nommé|nommée|appelé|appelée|ami|amie|copine|copain|sœur|soeur|frère|frere|cousine|mère|mere|père|pere|tante|oncle|mari|conjoint|conjointe|fils|fille|collègue|proxénète|chauffeur|surnommé|surnommée|conseiller|conseillère|réceptionniste|' +
    // de (lowercased)
    'polizist|polizistin|beamter|beamtin|polizeibeamter|polizeibeamtin|kommissar|kommissarin|wachtmeister|hauptkommissar|richter|richterin|anwalt|anwältin|arzt|ärztin|doktor|krankenschwester|pfleger|pflegerin|vermieter|vermieterin|hausmeister|chefin|kunde|freier|nachbar|nachbarin|herr|herrn|frau|namens|genannt|freund|freundin|schwester|bruder|mutter|vater|onkel|ehemann|ehefrau|sohn|tochter|kollege|kollegin|zuhälter|fahrer|betreiber|betreiberin|berater|beraterin|' +
    // no
    'betjent|betjenten|politimann|politimannen|politibetjent|politibetjenten|konstabel|førstebetjent|overbetjent|lensmann|vekter|vekteren|dommer|dommeren|advokat|advokaten|lege|legen|sykepleier|sykepleieren|jordmor|utleier|utleieren|huseier|huseieren|sjef|sjefen|kunden|nabo|naboen|fru|frøken|heter|kalt|venn|venninne|vennen|venninnen|søster|søsteren|bror|broren|kusine|fetter|mor|far|mamma|pappa|onkel|mannen|kone|samboer|samboeren|kjæreste|kjæresten|sønn|datter|kollega|hallik|hallikken|sjåfør|sjåføren|het|hette|rådgiver|rådgiveren|resepsjonist|resepsjonisten|' +
    // tpi
    'polis|polisman|polismeri|nes|dokta|sista|bos|kastoma|pren|poroman|susa|brata|mista|misis|kolim|nem|wanpela',
);

/** Multi-word triggers (matched on lowercase text, then the name follows). */
export const PERSON_TRIGGER_PHRASES = [
  'my name is', "my name's", 'his name is', 'her name is', 'his name was', 'her name was', 'name is', 'name was', 'goes by', 'known as', 'a man named', 'a woman named', 'a guy named', 'a girl named',
  'me llamo', 'se llama', 'se llamaba', 'mi nombre es', 'su nombre es', 'de nombre', 'conocido como', 'conocida como',
  'me chamo', 'se chama', 'se chamava', 'meu nome é', 'o nome dele é', 'o nome dela é', 'conhecido como', 'conhecida como',
  "je m'appelle", "il s'appelle", "elle s'appelle", "s'appelle", "s'appelait", 'mon nom est', 'son nom est',
  'ich heiße', 'ich heisse', 'er heißt', 'sie heißt', 'heißt', 'heisst', 'mein name ist', 'sein name ist', 'ihr name ist',
  'jeg heter', 'han heter', 'hun heter', 'navnet hans er', 'navnet hennes er', 'navnet mitt er',
  'nem bilong mi', 'nem bilong em', 'nem bilong en', 'ol i kolim em', 'ol i kolim', 'nem em', 'nem blo em', 'nem blo mi',
  'papa bilong haus', 'pren bilong mi', 'susa bilong mi', 'brata bilong mi',
];

/** Name particles that may join two name parts. */
export const NAME_PARTICLES = set('de|da|del|della|di|do|dos|das|du|des|van|von|der|den|ter|ten|la|le|lo|bin|binti|ben|al|el|y|e|mac|mc|st');

/** Function words that never start or continue a name even when capitalised. */
export const STOPWORDS = set(
  'dont|wouldnt|couldnt|didnt|cant|wont|isnt|wasnt|werent|arent|im|ive|youre|hes|shes|theyre|thats|whats|aint|gonna|wanna|gotta|doesnt|havent|hasnt|shouldnt|lemme|gimme|ya|u|ur|pls|plz|thx|lol|omg|idk|tho|cuz|coz|bc|' +
    'i|me|my|mine|you|your|he|him|his|she|her|hers|it|its|we|us|our|they|them|their|the|a|an|and|or|but|if|then|so|of|to|in|on|at|by|for|with|from|into|onto|about|as|is|was|were|be|been|are|am|do|did|does|done|had|has|have|not|no|yes|this|that|these|those|there|here|when|where|who|whom|what|which|why|how|after|before|because|while|again|also|just|only|very|too|all|any|some|every|each|one|two|three|even|still|yet|never|always|now|later|today|yesterday|tomorrow|tonight|last|next|ok|okay|please|sorry|hi|hello|dear|thanks|thank|said|told|asked|took|came|went|got|get|go|come|say|says|tell|will|would|could|should|can|may|might|must|shall|let|like|then|than|more|most|much|many|few|over|under|again|off|out|up|down|back|around|near|behind|outside|inside|another|other|new|old|first|second|' +
    'yo|tú|tu|él|el|ella|ello|nosotros|ellos|ellas|usted|ustedes|mi|mis|su|sus|nuestro|la|las|lo|los|un|una|unos|unas|y|o|pero|si|que|qué|de|del|al|en|con|por|para|sin|sobre|entre|hasta|desde|cuando|donde|como|es|era|fue|son|está|estaba|me|te|se|le|les|nos|no|sí|ya|muy|más|mas|este|esta|esto|ese|esa|eso|aquel|hoy|ayer|mañana|después|antes|luego|también|tambien|todo|toda|todos|nada|algo|alguien|nadie|otro|otra|cuál|quien|quién|' +
    'eu|ele|ela|nós|eles|elas|você|voce|meu|minha|meus|minhas|seu|sua|dele|dela|o|os|a|as|um|uma|e|ou|mas|se|que|do|da|dos|das|no|na|nos|nas|em|com|por|pelo|pela|para|pra|sem|sobre|até|ate|quando|onde|como|é|foi|era|são|estava|não|nao|sim|já|ja|muito|mais|este|esta|isso|aquele|hoje|ontem|amanhã|depois|antes|também|tudo|nada|alguém|ninguém|outro|outra|' +
    'je|j|moi|tu|toi|il|elle|lui|nous|vous|ils|elles|leur|leurs|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|le|la|les|l|un|une|des|du|et|ou|mais|si|que|qu|de|d|à|au|aux|en|dans|avec|par|pour|sans|sur|sous|chez|quand|où|comme|est|était|été|sont|ai|avait|ne|pas|oui|non|très|plus|ce|cet|cette|ces|aujourd|hier|demain|après|avant|aussi|tout|tous|toute|rien|quelqu|personne|autre|' +
    'ich|du|er|sie|es|wir|ihr|mich|mir|dich|dir|ihn|ihm|uns|euch|ihnen|mein|meine|meinen|meinem|meiner|dein|sein|seine|seinen|seinem|ihre|ihren|ihrem|der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|aber|wenn|dann|dass|von|zu|zur|zum|im|in|an|am|auf|aus|bei|beim|mit|nach|für|ohne|über|unter|vor|hinter|als|wie|wo|wer|was|ist|war|sind|waren|hat|hatte|haben|nicht|kein|keine|ja|nein|sehr|mehr|dieser|diese|dieses|heute|gestern|morgen|danach|vorher|auch|alles|nichts|jemand|niemand|andere|' +
    'uten|bare|kun|nå|da|der|her|' +
    'nur|schon|noch|doch|mal|immer|wieder|' +
    'jeg|meg|deg|han|ham|hun|henne|den|det|vi|oss|dere|de|dem|min|mitt|mine|din|ditt|hans|hennes|sin|sitt|sine|vår|en|ei|et|og|eller|men|om|så|at|av|til|fra|med|på|i|for|uten|under|over|etter|før|hos|når|hvor|hvordan|hva|hvem|er|var|har|hadde|ikke|ja|nei|veldig|mer|denne|dette|disse|i dag|i går|i morgen|også|alt|ingenting|noen|ingen|annen|andre|' +
    'mi|yu|em|mipela|yumi|yupela|ol|long|bilong|na|i|tasol|olsem|dispela|dispela|em i|bai|bin|no|nogat|yes|wanem|husat|we|taim|nau|asde|tumora|tu|tri|olgeta',
);

/** Capitalised words that are safe anywhere (institutions, calendar, languages, nationalities, religions). */
export const SAFE_CAPITALISED = set(
  'e-mail|email|mail|god|allah|jesus|christ|bible|quran|christian|muslim|catholic|islam|english|spanish|portuguese|french|german|norwegian|chinese|mandarin|cantonese|tok|pisin|pidgin|american|british|mexican|argentine|argentinian|brazilian|colombian|venezuelan|peruvian|chilean|bolivian|paraguayan|uruguayan|ecuadorian|dominican|cuban|nigerian|kenyan|ugandan|ghanaian|romanian|bulgarian|albanian|thai|filipino|filipina|vietnamese|indonesian|indian|pakistani|african|european|asian|latina|latino|latinx|papua|papuan|norsk|engelsk|spansk|español|castellano|inglés|portugués|português|inglês|français|anglais|deutsch|englisch|chinesisch|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|ramadan|eid|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|segunda|terça|quarta|quinta|sexta|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|natal|carnaval|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre|noël|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|juni|juli|oktober|dezember|weihnachten|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|desember|jul|mande|tunde|trinde|fonde|fraide|sarere|sande|janueri|februeri|epril|julai|ogas|septemba|oktoba|novemba|disemba|' +
    'police|policía|polícia|polizei|politiet|politi|gendarmerie|guardia|civil|nacional|federal|municipal|militar|military|army|navy|court|tribunal|supreme|ministry|ministerio|ministério|government|gobierno|governo|state|estado|republic|república|union|nations|un|unaids|who|ngo|ong|hiv|aids|sida|prep|pep|sti|ist|dst|covid|sars|tb|id|atm|sms|dm|pm|am|usa|uk|eu|lgbt|lgbtq|lgbtqi|trans|cis|sw|sws|sex|work|worker|workers|facebook|instagram|whatsapp|telegram|wechat|line|tiktok|twitter|signal|snapchat|onlyfans|google|gmail|uber|airbnb|paypal|visa|mastercard|western|moneygram|pix|nequi|mercado|pago|bizum|vipps|alipay|' +
    'mr|mrs|ms|dr|sr|sra|herr|frau|mme|mlle|don|doña|dona|seu|officer|sergeant|constable|detective|inspector|lieutenant|captain|agent|doctor|nurse|landlord|madam|sir|ok|okay|hi|hello|dear|yes|no|please|thanks|sorry|help|anyway|also|then|after|before|later|today|yesterday|tonight|every|because|but|and|so|when|while|if|since|although|though|however',
);

/** Countries and large cities in several languages: may stay (they do not pin a person down). */
export const SAFE_PLACES = set(
  'africa|america|americas|asia|europe|europa|oceania|pacific|latin|south|north|east|west|central|' +
    'london|manchester|birmingham|glasgow|edinburgh|liverpool|leeds|bristol|cardiff|belfast|dublin|new york|los angeles|chicago|houston|miami|san francisco|seattle|boston|washington|atlanta|toronto|montreal|vancouver|mexico|méxico|ciudad|cdmx|guadalajara|monterrey|tijuana|cancún|cancun|bogotá|bogota|medellín|medellin|cali|barranquilla|cartagena|caracas|lima|quito|guayaquil|santiago|buenos|aires|córdoba|cordoba|rosario|mendoza|montevideo|asunción|la paz|santa cruz|madrid|barcelona|valencia|sevilla|seville|bilbao|málaga|malaga|zaragoza|lisboa|lisbon|porto|oporto|são paulo|sao paulo|rio de janeiro|janeiro|salvador|brasília|brasilia|belo|horizonte|recife|fortaleza|manaus|curitiba|porto alegre|belém|belem|goiânia|paris|marseille|lyon|toulouse|nice|nantes|strasbourg|bordeaux|lille|bruxelles|brussels|genève|geneva|zürich|zurich|berlin|hamburg|münchen|munich|köln|cologne|frankfurt|stuttgart|düsseldorf|dortmund|leipzig|wien|vienna|oslo|bergen|trondheim|stavanger|kristiansand|tromsø|drammen|fredrikstad|stockholm|göteborg|copenhagen|københavn|helsinki|amsterdam|rotterdam|rome|roma|milan|milano|athens|istanbul|moscow|kyiv|kiev|bucharest|sofia|warsaw|prague|budapest|beijing|shanghai|guangzhou|shenzhen|hong|kong|macau|macao|taipei|tokyo|seoul|bangkok|manila|jakarta|delhi|mumbai|kolkata|chennai|bangalore|lagos|nairobi|kampala|johannesburg|accra|dakar|cairo|sydney|melbourne|brisbane|auckland|wellington|port|moresby|lae|mount|hagen|madang|goroka|kokopo|wewak|' +
    'papua|guinea|new|niugini|png|norge|norway|noreg|sverige|sweden|danmark|denmark|deutschland|germany|alemania|alemanha|allemagne|france|francia|frança|españa|spain|espanha|espagne|spania|portugal|brasil|brazil|brésil|argentina|argentine|chile|perú|peru|colombia|colômbia|venezuela|ecuador|bolivia|bolívia|paraguay|paraguai|uruguay|uruguai|méxico|mexique|cuba|haiti|canada|canadá|usa|eeuu|eua|united|states|kingdom|britain|england|scotland|wales|ireland|china|chine|kina|hongkong|taiwan|japan|korea|thailand|philippines|vietnam|indonesia|india|nigeria|kenya|uganda|ghana|south africa|australia|zealand|fiji|romania|bulgaria|ukraine|russia|italy|italia|belgium|belgique|netherlands|holland|switzerland|schweiz|suisse|austria|österreich|poland|polska|greece|turkey|türkiye',
);

/** Words that carry the violation and must never be removed (checked by the scorer; also never name candidates). */
export const VIOLATION_WORDS = set(
  'police|policeman|policewoman|officer|officers|cop|cops|landlord|landlady|hospital|clinic|evicted|eviction|bribe|bribes|bribed|extortion|extorted|arrested|arrest|raid|raided|beat|beaten|hit|rape|raped|assault|assaulted|threatened|refused|denied|deported|detained|jail|prison|cell|station|money|paid|pay|fine|condoms|doctor|nurse|pimp|client|' +
    'policía|policia|policías|policias|agentes|casero|casera|hospital|clínica|clinica|desalojo|desalojaron|desalojada|soborno|coima|mordida|extorsión|extorsion|detenida|detenido|arrestaron|golpearon|golpes|violación|violaron|amenazaron|negaron|comisaría|comisaria|cárcel|carcel|multa|dinero|plata|pesos|condones|médico|medico|enfermera|' +
    'polícia|policiais|senhorio|clínica|despejo|despejada|despejaram|propina|suborno|extorsão|presa|preso|prenderam|bateram|agrediram|estupro|ameaçaram|negaram|delegacia|cadeia|multa|dinheiro|reais|camisinhas|' +
    'policiers|policier|flics|propriétaire|hôpital|clinique|expulsée|expulsion|expulsé|pot-de-vin|racket|arrêtée|arrêté|frappée|frappé|viol|violée|menacée|refusé|refusée|commissariat|garde|vue|prison|amende|argent|euros|préservatifs|' +
    'polizei|polizist|polizisten|vermieter|krankenhaus|klinik|räumung|geräumt|bestechung|schmiergeld|erpressung|erpresst|festgenommen|verhaftet|geschlagen|vergewaltigt|bedroht|verweigert|wache|gefängnis|geldstrafe|geld|kondome|' +
    'politiet|politi|politibetjent|betjent|betjenten|utleier|utleieren|sykehus|sykehuset|legevakt|legevakten|kastet|utkastet|bestikkelse|utpressing|arrestert|pågrepet|slo|slått|voldtatt|truet|nektet|arresten|fengsel|bot|penger|kroner|kondomer|' +
    'polis|haus|sik|haussik|rausim|moni|kalabus|paitim|pait|kina|' +
    '警察|警官|房东|房東|医院|醫院|诊所|診所|驱逐|赶出|賄賂|贿赂|勒索|逮捕|打|强奸|強姦|威胁|拒绝|派出所|警署|罚款|罰款|钱|錢|避孕套',
);
