import type { PerpetratorType, ViolationType } from '../taxonomy/taxonomy.codes';
import { TAXONOMY_VERSION } from '../taxonomy/taxonomy.data';
import { applyReview, categorise } from './index';

const types = (text: string) => categorise({ text }).violations.map((f) => f.type).sort();
const perps = (text: string) => categorise({ text }).perpetrators.map((p) => p.type).sort();
/** The types the rules alone find (no second opinion), sorted. */
const ruleTypes = (text: string) => categorise({ text }, { secondOpinion: false }).violations.map((f) => f.type).sort();
/** Each text flagged for safeguarding or not, as listed (the text is in the failure message). */
const expectSafeguarding = (flagged: readonly string[], notFlagged: readonly string[]) => {
  for (const text of flagged) expect({ text, safeguarding: categorise({ text }).safeguarding }).toEqual({ text, safeguarding: true });
  for (const text of notFlagged) expect({ text, safeguarding: categorise({ text }).safeguarding }).toEqual({ text, safeguarding: false });
};

describe('categorise', () => {
  it.each<[string, ViolationType[]]>([
    ['The cop raped me in the back of the car and then took all my money.', ['EXTORTION', 'POLICE_ABUSE']],
    [
      'A client beat me up in his hotel room. I did not go to the police because they would evict me from my flat.',
      ['DENIAL_OF_JUSTICE', 'VIOLENCE_BY_PRIVATE_ACTORS'],
    ],
    ['They did not arrest me this time, they only looked at my papers and left.', ['OUT_OF_SCOPE']],
    ['The doctor refused to see me when she found out what I do.', ['DENIAL_OF_HEALTH_CARE']],
    ['La cana me llevó detenida y me pidieron plata para dejarme ir.', ['EXTORTION', 'POLICE_ABUSE']],
    ['I do pole dancing at a club, nothing has happened, I just wanted to say hi.', ['OUT_OF_SCOPE']],
  ])('%s', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it('treats a fear of consequences as DENIAL_OF_JUSTICE, not as the feared act', () => {
    const r = categorise({ text: 'If I report it they will close my place and arrest us all.' });
    expect(r.violations.map((f) => f.type)).toEqual(['DENIAL_OF_JUSTICE']);
    expect(r.violations[0].subtypes).toEqual(['FEAR_OF_REPORTING']);
  });

  it('reads Chinese 要 as "ask for" or "want" unless it is a threat told ("話要", "要求") or a condition ("要是")', () => {
    expect(ruleTypes('那個客人做完以後說沒帶錢，我跟他要，他就把我推去撞牆，搶走我的包包。')).toContain('VIOLENCE_BY_PRIVATE_ACTORS');
    expect(ruleTypes('客人喝多了，说我要价太高，掐着我脖子把包里的钱全拿走了。')).toContain('VIOLENCE_BY_PRIVATE_ACTORS');
    expect(ruleTypes('上個月業主突然話有街坊投訴，要我三日內搬走，仲叫鎖匠嚟換咗把鎖。')).toContain('FORCED_EVICTION');
    // A threat is not the act: the client said he would call the police on her; the landlord only asked.
    expect(ruleTypes('客人做完唔俾錢仲話要報警拉我，我驚到走咗。')).not.toContain('POLICE_ABUSE');
    expect(ruleTypes('出來後房東已知情，但暫時冇要求佢搬走。')).not.toContain('FORCED_EVICTION');
    expect(ruleTypes('要是警察拉我，我就冇得做。')).not.toContain('POLICE_ABUSE');
  });

  it('takes a house fee for exploitation only when it is taken or charged, and "people like me" for health care only with a health worker', () => {
    expect(ruleTypes('I dance at a club three nights a week, the house fee is what we agreed and the bouncers are decent.')).toEqual(['OUT_OF_SCOPE']);
    expect(ruleTypes("The owner takes a 'house fee' off us before we even see a client.")).toContain('LABOUR_EXPLOITATION');
    expect(ruleTypes('I only do cam shows from my flat. Do you help people like me too?')).not.toContain('DENIAL_OF_HEALTH_CARE');
    expect(ruleTypes('At the clinic the nurse sighed and said people like me bring it on ourselves.')).toContain('DENIAL_OF_HEALTH_CARE');
  });

  it('does not take selling her own photos online for shaming, or a tax guide (guía fiscal) for a prosecutor', () => {
    expect(ruleTypes('我在网上卖自己拍的照片和视频，一直没遇到什么问题。')).toEqual(['OUT_OF_SCOPE']);
    expect(ruleTypes('佢哋喺群組貼咗我啲相，話我係雞。')).toContain('DISCRIMINATION');
    expect(ruleTypes('Quería saber cómo facturar. Se le envía la guía fiscal y el contacto de la gestora.')).toEqual(['OUT_OF_SCOPE']);
    expect(perps('La fiscal me trató como delincuente.')).toContain('OTHER_STATE_OFFICIAL');
  });

  it("reads an officer's insult as police abuse and a judge's or a welfare clerk's as discrimination", () => {
    expect(types('The cop called me a dirty whore in front of everyone.')).toEqual(['POLICE_ABUSE']);
    expect(types('The judge called me a dirty whore in front of the whole court.')).toEqual(['DISCRIMINATION']);
    expect(types('社署職員話政府啲錢唔係俾「你哋呢啲人」用嘅。')).toEqual(['DISCRIMINATION']);
  });

  it('finds in Chinese a prescription refused, a clinic that "does not do that here", a doctor who blames her, and a lock changed', () => {
    expect(ruleTypes('我去急症室想攞PEP，個醫生聽到我做呢行，唔肯開俾我。')).toEqual(['DENIAL_OF_HEALTH_CARE']);
    expect(ruleTypes('医生一听我是干这个的，就说他们这里不做，让我去市里的疾控。')).toEqual(['DENIAL_OF_HEALTH_CARE']);
    expect(ruleTypes('個醫生話你哋自己攞嚟衰。')).toEqual(['DENIAL_OF_HEALTH_CARE']);
    expect(ruleTypes('差人話你哋自己攞嚟衰。')).toEqual(['DENIAL_OF_JUSTICE']);
    expect(ruleTypes('房东前天趁我不在把门锁换了，我的东西全堆在楼道里。')).toEqual(['FORCED_EVICTION']);
    expect(categorise({ text: '房东上个月帮我换了门锁，说之前那把坏了。' }, { secondOpinion: false }).violations[0].evidence).not.toContain('换了门锁');
  });

  it("does not take a benefits office's audit (contrôle de la CAF) for police harassment", () => {
    expect(types("La CAF m'a suspendu le RSA après un contrôle.")).toEqual(['DISCRIMINATION']);
    expect(types('Les flics font des contrôles tous les soirs au parking, ils prennent nos noms.')).toContain('POLICE_ABUSE');
  });

  it('finds a reason not to report told by its parts, but not a report merely not made yet', () => {
    for (const text of ['She hasn\'t reported the client.', 'she wont go to the police because of her visa', 'Ni lo denuncié: sin papeles, lo primero que te piden es la documentación.', 'Hun vil ikke klage, hun sier det bare gjør det verre.']) {
      expect(categorise({ text }).violations.map((f) => f.type)).toContain('DENIAL_OF_JUSTICE');
    }
    expect(types('Caller has not gone to police yet because the girl begged her not to.')).not.toContain('DENIAL_OF_JUSTICE');
  });

  it('lets a backup telling find a type, never add weight to one found otherwise', () => {
    const confidence = (text: string) => categorise({ text }, { secondOpinion: false }).violations.find((f) => f.type === 'DENIAL_OF_JUSTICE')?.confidence;
    const told = 'A client beat me up in the car. No point calling the cops, they\'d just laugh at me.';
    expect(confidence(told)).toBeDefined();
    // "She hasn't reported it" alone is a backup finding; beside a reason found otherwise it changes nothing.
    expect(confidence(`${told} She hasn't reported it.`)).toBe(confidence(told));
    expect(confidence('She hasn\'t reported it.')).toBe(0.5);
  });

  it('flags coercion seen from outside by its signs, and not a bank loan, a length of time or "one of them"', () => {
    expectSafeguarding(
      [
        "There's a new girl at his place. I've never once seen her outside without him, he even answers her phone.",
        'En kollega får aldri gå noe sted alene, og fyren svarer på meldingene hennes for henne.',
        'Minha vizinha nunca sai sozinha e o homem que mora com ela atende o celular dela.',
      ],
      [
        'Mi gat dinau long benk, mi kisim lon long baim PMV bilong mi na mi save bekim olgeta mun.',
        'Dix-sept ans de métier et jamais eu de souci avec la CAF.',
        '上次其中一个借我手机打了个电话。',
      ],
    );
  });

  it('finds discrimination and labour exploitation built from their parts, in several languages', () => {
    for (const text of [
      'When the manager at the gym found out what I do, they cancelled my membership.',
      'Cuando el dueño del gimnasio se enteró de a qué me dedico, no me quiso renovar la cuota.',
      'Da sjefen fant ut hva jeg driver med, fikk jeg sparken.',
      'Quando o gerente do banco descobriu o que eu faço, fecharam minha conta.',
    ]) {
      expect(types(text)).toContain('DISCRIMINATION');
    }
    expect(types('The agency took half of everything and never let us refuse a client.')).toContain('LABOUR_EXPLOITATION');
    // Not by a client: what a client does is another type.
    expect(types('When the client found out what I do he refused to pay and hit me.')).not.toContain('DISCRIMINATION');
  });

  it('finds extortion built from its parts: a demand tied to a threat, or money handed to an officer, not a fine by the book', () => {
    for (const text of [
      'A guy I met online says he has pictures of me and wants [MONEY_1] or he sends them to my brother.',
      'Mi ex quiere [MONEY_1] o le manda mis fotos a mi jefe.',
      '客人话唔俾[MONEY_1]就发相俾我屋企人。',
      'Hvis jeg ikke betaler [MONEY_1] innen fredag, sender han bildene til familien min.',
    ]) {
      expect(types(text)).toContain('EXTORTION');
    }
    const bribe = categorise({ text: 'The officer took [MONEY_1] from me to let me go.' });
    expect(bribe.violations.find((f) => f.type === 'EXTORTION')?.subtypes).toContain('POLICE_BRIBE');
    expect(bribe.perpetrators.map((p) => p.type)).toEqual(['POLICE']);
    expect(types('The officer gave me a fine of [MONEY_1] for loitering.')).not.toContain('EXTORTION');
  });

  it('reads police said afterwards not to be police as impersonators, and officers told of after that as police', () => {
    const r = categorise({
      text: "Two men said they were police and took my phone and [MONEY_1]. The next day the sergeant told me they weren't police at all and refused to take my statement.",
    });
    expect(r.violations.map((f) => f.type).sort()).toEqual(['DENIAL_OF_JUSTICE', 'VIOLENCE_BY_PRIVATE_ACTORS']);
    expect(r.perpetrators.map((p) => p.type).sort()).toEqual(['IMPERSONATOR', 'POLICE']);
    for (const text of [
      "Deux hommes ont dit police, ils ont pris [MONEY_1] et mon téléphone. Les voisins m'ont dit que c'étaient pas des flics.",
      '兩個男人話自己係便衣，搜我個袋，攞晒啲錢同手機就走。我之後去差館問，根本冇呢兩個人。',
    ]) {
      expect(perps(text)).toEqual(['IMPERSONATOR']);
    }
  });

  it('needs two weak signs of control to flag coercion, and one debt that freedom waits on', () => {
    expect(categorise({ text: 'The new girl at the club never speaks, the manager answers for her.' }).safeguarding).toBe(false);
    expect(categorise({ text: 'The new girl at the club never speaks, the manager answers for her. She sleeps in the back room and has no phone of her own.' }).safeguarding).toBe(true);
    expect(categorise({ text: 'Hun sier hun ikke er ferdig med å betale for reisen.' }).safeguarding).toBe(true);
    expect(categorise({ text: 'La chica nueva me dijo que todavía no terminó de pagar el pasaje.' }).safeguarding).toBe(true);
    expect(categorise({ text: 'Hun visste ikke hvilken by hun var i. Det lå madrasser på gulvet i stua.' }).safeguarding).toBe(true);
    expect(categorise({ text: 'Jeg gikk i tiende da en fyr begynte å kjøre meg til noen kompiser av ham.' }).safeguarding).toBe(true);
  });

  it('reads a form answered "No" to "did you report it?" as not reported, and pay owed by a manager as labour exploitation', () => {
    for (const text of ['Did you report it? No. They would only ask who else works from my flat.', 'Vous avez porté plainte ? Non.', 'Har du anmeldt det? Nei.', '你有报警吗？没有。']) {
      expect(types(text)).toContain('DENIAL_OF_JUSTICE');
    }
    expect(types('The agency still owes me for three outcalls from last month.')).toContain('LABOUR_EXPLOITATION');
    expect(types('En la whiskería el dueño ni eso nos paga desde hace dos meses.')).toContain('LABOUR_EXPLOITATION');
  });

  it('does not take a parent on the school run, a loan from a sister or looking young for a child or debt bondage', () => {
    for (const text of [
      'Stopped again by the same two coppers while I was walking back from dropping my kids at school.',
      'El oficial me dijo que tenía cara de quince, tengo [AGE_18_19].',
      'Volví a la calle porque le debo plata a mi hermana, que me prestó para la operación de mi vieja.',
      '我 [AGE_18_19]，樣又細，成日俾人話似中學生。',
    ]) {
      expect(categorise({ text }).safeguarding).toBe(false);
    }
  });

  it('flags coercion on two different indicators of trafficking, never on one told twice or on a robbery', () => {
    // Two indicators: no phones of their own, and a man who takes the cash off them at the door.
    expect(categorise({ text: 'The girls at the house never have their own phones. He takes the cash off them at the door every night.' }).safeguarding).toBe(true);
    // One indicator, told twice, is still one.
    expect(categorise({ text: 'She has no phone of her own. Her sister has no phone either.' }).safeguarding).toBe(false);
    // A client who robs her of the cash and her phone is violence, not control.
    const robbery = categorise({ text: 'Halfway through he pulled out a blade and took the cash back plus my phone.' });
    expect(robbery.safeguarding).toBe(false);
    expect(robbery.violations.map((f) => f.type)).toContain('VIOLENCE_BY_PRIVATE_ACTORS');
    // A child told by two things a child has, in Chinese and in Portuguese.
    expect(categorise({ text: '個女仔件校褸都未除，書包掛住個匙扣寫住「3B」。' }).safeguarding).toBe(true);
    expect(categorise({ text: 'Uma menina ainda de mochila com chaveirinho, aparelho no dente, vai de caminhão em caminhão.' }).safeguarding).toBe(true);
  });

  it('flags coercion when leaving has a price, and a child by the school day and parents who do not know', () => {
    expect(categorise({ text: 'I want to stop but my boss says I can only go home when I pay the fine for trying to leave.' }).safeguarding).toBe(true);
    expect(categorise({ text: '我想走，但係媽咪話未夠期走就要賠[MONEY_4]。' }).safeguarding).toBe(true);
    expect(categorise({ text: 'I left the party early because I had to pay the babysitter.' }).safeguarding).toBe(false);
    expect(categorise({ text: 'we get the bus there straight after last period and im home before mum finishes her shift' }).safeguarding).toBe(true);
    expect(categorise({ text: 'After school I pick up my kids and then go to work.' }).safeguarding).toBe(false);
  });

  it('flags coercion on one indicator of control over where she is, but not on a phone or money alone', () => {
    expect(categorise({ text: 'The girl in the flat asked me what the name of this town was.' }).safeguarding).toBe(true);
    expect(categorise({ text: 'The girls never have their own phones.' }).safeguarding).toBe(false);
    expect(categorise({ text: 'He changed the lock and threw my clothes outside, the landlord said the neighbours complained.' }).safeguarding).toBe(false);
  });

  it('flags a sign told in passing: papers and institutions only children have, an escort, a debt that never goes down', () => {
    expectSafeguarding(
      [
        'The nurse sent us away. The girl with me lives in a children\'s home and they would not see her without parental consent.',
        'A PM bateu em todo mundo e a menina nova pediu pra ninguém chamar o Conselho Tutelar.',
        '差佬查身份證，嗰個妹仔張證仲係兒童身份證。',
        'Nunca las vi salir solas del edificio, ni a comprar pan.',
        'Hun som bor under sa ingenting: mannen som sjefen sender med henne overalt svarte for henne.',
        'La dueña le anota en un cuaderno la comida y la cama, y le descuenta todo.',
        'Em i tok mi mas bekim braiprais pastaim na bihain mi ken go.',
        'The magistrate said do the exit programme or get a conviction.',
      ],
      [
        'Of course I paid the fine or they would have taken me back to court.',
        'I went to my son\'s parents\' evening at his school before my shift.',
        'Min venninne og jeg deler leiligheten, hun har nøkkelen og vi skriver husleia i en notatbok.',
        'Mi kisim tiket bilong sip long go bek long ples.',
      ],
    );
  });

  it('flags control told from afar: a quota before food, a camera or hourly calls, a sale between bosses, an oath, no key of her own', () => {
    expectSafeguarding(
      [
        'The new girl only gets fed once she has done her clients for the night.',
        'Hay una cámara en la pieza y el dueño mira todo desde el celular.',
        'Elle doit appeler son copain toutes les heures pour dire où elle est.',
        'Le patron l\'a revendue à un autre salon la semaine dernière.',
        'Før hun reiste, sverget hun en ed hos en prest som madammen valgte.',
        'A polícia teve que esperar o dono, porque elas não têm a chave do próprio quarto. Nunca sabe o endereço da casa.',
        '老闆連過年都唔放佢返鄉下。',
        'Ol gad i no larim ol i go ausait long get.',
      ],
      [
        'I only eat once I have done my last client, I like to work on an empty stomach.',
        'Il y a une caméra à l\'entrée de l\'immeuble, le syndic l\'a installée.',
        'Jeg sverget en ed i retten da jeg vitnet.',
        'Mi gat ki bilong rum bilong mi, mi save go ausait taim mi laik.',
      ],
    );
  });

  it('flags a contract her family must pay for, a gate or a boat only the owner opens, custody held by someone else', () => {
    expectSafeguarding(
      [
        'She signed something back home: two years with the agency, otherwise her family has to pay.',
        'O portão só abre com o controle do dono e ele nunca deixa a chave.',
        'A moça que ficou comigo no posto disse que quem tem a sua guarda é a avó.',
        'Mi compañera dice que la cambian de plaza cada tres semanas.',
        '佢個雙程證一嚟到就俾老闆收起咗。',
      ],
      [
        'Eu tenho a guarda dos meus filhos desde o divórcio.',
        'I missed a session at the gym and my trainer was annoyed.',
        'Min datter ble konfirmert i fjor, og jeg jobbet dagen etter.',
      ],
    );
  });

  it('reads a form answered "nothing to report" as no denial of justice, and a reason given there as one', () => {
    expect(types('What happened? Nothing, I dance at a club.\nDid you report it? Why not? Nothing to report.')).not.toContain('DENIAL_OF_JUSTICE');
    expect(types('¿Qué pasó? Nada, bailo en un boliche.\n¿Lo denunciaste? ¿Por qué no? No hay nada que denunciar.')).not.toContain('DENIAL_OF_JUSTICE');
    expect(types('A client hit me.\nDid you report it? Why not? No, the cops would just laugh at me.')).toContain('DENIAL_OF_JUSTICE');
    expect(types('有個差佬收咗我[MONEY_1]，冇俾收據。我諗過投訴，但佢哋實會上嚟搵麻煩。')).toEqual(expect.arrayContaining(['DENIAL_OF_JUSTICE', 'EXTORTION']));
  });

  it('flags a girl asked the Fraser questions, a travel authorisation, her ad run by someone else, a tracking app installed', () => {
    expectSafeguarding(
      [
        'The nurse went through the Fraser questions with her before the implant.',
        'O motorista pediu a autorização de viagem da menina.',
        "Sa coloc n'a même pas la main sur sa propre annonce.",
        '老闆喺佢部手機裝咗定位。',
      ],
      ['I fill in my own travel insurance form before every tour.', "J'ai la main sur mon annonce et je choisis mes clients."],
    );
  });

  it('flags an age placeholder under 18 and any age band that starts under 18', () => {
    for (const ph of ['[AGE_UNDER_18]', '[AGE_15_17]', '[AGE_UNDER_18_2]']) {
      const r = categorise({ text: `I was ${ph} when I started on the street.` });
      expect(r.violations.map((f) => f.type)).toContain('CHILD_INVOLVED');
      expect(r.safeguarding).toBe(true);
    }
    expect(categorise({ text: 'I was [AGE_25_29] when the police came.' }).safeguarding).toBe(false);
  });

  it('attributes acts to the actor in context', () => {
    expect(perps('The police came and beat us with batons.')).toEqual(['POLICE']);
    expect(types('The police came and beat us with batons.')).toEqual(['POLICE_ABUSE']);
    expect(perps('A client punched me and ran off without paying.')).toEqual(['CLIENT']);
    expect(types('Two men pretending to be police took my phone and hit me.')).toEqual(['VIOLENCE_BY_PRIVATE_ACTORS']);
    expect(perps('Two men pretending to be police took my phone and hit me.')).toEqual(['IMPERSONATOR']);
  });

  it('gives evidence as short spans of the text, never the whole narrative', () => {
    const text = 'The cops picked me up on my corner. One of them forced himself on me. Then they made me pay to get out.';
    const r = categorise({ text });
    for (const f of r.violations) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) {
        expect(text).toContain(e);
        expect(e.length).toBeLessThan(text.length / 2);
      }
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(r.taxonomyVersion).toBe(TAXONOMY_VERSION);
    expect(r.workSetting).toEqual({ value: 'STREET', source: 'RULES' });
  });

  it('keeps submitter values, merging a type both submitted and found', () => {
    const r = categorise({
      text: 'The police beat me and took my money.',
      submitted: { violations: ['POLICE_ABUSE', 'DISCRIMINATION'], perpetrators: ['POLICE'], workSetting: 'OUTCALL', reportedToPolice: 'NO' },
    });
    const pa = r.violations.filter((f) => f.type === 'POLICE_ABUSE');
    expect(pa).toHaveLength(1);
    expect(pa[0].source).toBe('SUBMITTER');
    expect(pa[0].evidence).toContain('beat');
    expect(pa[0].subtypes).toContain('PHYSICAL_VIOLENCE');
    expect(r.violations.find((f) => f.type === 'DISCRIMINATION')?.source).toBe('SUBMITTER');
    expect(r.violations.find((f) => f.type === 'EXTORTION')?.source).toBe('RULES');
    expect(r.violations[0].source).toBe('SUBMITTER');
    expect(r.perpetrators).toEqual([{ type: 'POLICE', source: 'SUBMITTER' }]);
    expect(r.workSetting).toEqual({ value: 'OUTCALL', source: 'SUBMITTER' });
    expect(r.reportedToPolice).toEqual({ value: 'NO', source: 'SUBMITTER' });
  });

  it('never drops a report: empty or odd input is OUT_OF_SCOPE', () => {
    for (const text of ['', '   ', '[PERSON_1] [PHONE_1]', '😀😀😀']) {
      const r = categorise({ text });
      expect(r.violations.map((f) => f.type)).toEqual(['OUT_OF_SCOPE']);
      expect(r.safeguarding).toBe(false);
    }
  });

  it('sets safeguarding for coercion', () => {
    const r = categorise({ text: 'The boss keeps our passports and says we owe him for the flight.' });
    expect(r.violations.map((f) => f.type)).toContain('COERCION_OR_TRAFFICKING');
    expect(r.safeguarding).toBe(true);
  });
});

describe('applyReview', () => {
  const base = categorise({ text: 'The police beat me and took my money. My boss keeps my passport.' });

  it('replaces the violation set, keeps evidence for kept types, recomputes safeguarding', () => {
    expect(base.safeguarding).toBe(true);
    const r = applyReview(base, { violations: ['POLICE_ABUSE', 'LABOUR_EXPLOITATION'] });
    expect(r.violations.map((f) => [f.type, f.source, f.confidence])).toEqual([
      ['POLICE_ABUSE', 'REVIEWER', 1],
      ['LABOUR_EXPLOITATION', 'REVIEWER', 1],
    ]);
    expect(r.violations[0].evidence).toEqual(base.violations.find((f) => f.type === 'POLICE_ABUSE')?.evidence);
    expect(r.violations[1].evidence).toEqual([]);
    expect(r.safeguarding).toBe(false);
    expect(r.perpetrators).toEqual(base.perpetrators);
    expect(base.violations.some((f) => f.source === 'REVIEWER')).toBe(false);
  });

  it('replaces perpetrators and turns an empty violation list into OUT_OF_SCOPE', () => {
    const review: { violations: ViolationType[]; perpetrators: PerpetratorType[] } = { violations: [], perpetrators: ['CLIENT'] };
    const r = applyReview(base, review);
    expect(r.violations.map((f) => f.type)).toEqual(['OUT_OF_SCOPE']);
    expect(r.perpetrators).toEqual([{ type: 'CLIENT', source: 'REVIEWER' }]);
    expect(applyReview(base, { violations: ['CHILD_INVOLVED'] }).safeguarding).toBe(true);
  });
});
