/**
 * Chinese rules: written Cantonese (Hong Kong: 差人, 放蛇, 一樓一鳳, 馬伕) and
 * Mandarin, traditional and simplified characters side by side ([報报]).
 * No word edges in Chinese, so patterns are plain character sequences.
 */
import { act, actor, reported, setting, v, type LanguageRules } from './rule.types';

/** Actors other than health workers (a health-only finding needs a health worker named in its sentence). */
const NOT_HEALTH = ['POLICE', 'OTHER_STATE_OFFICIAL', 'LANDLORD', 'CLIENT', 'THIRD_PARTY', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER', 'IMPERSONATOR', 'OTHER'] as const;
const HEALTH_ONLY = { who: 'resolve', prefer: ['HEALTH_WORKER'], notActors: NOT_HEALTH, fallback: 'HEALTH_WORKER', ifActor: { NONE: null } } as const;

export const ZH_RULES: LanguageRules = {
  language: 'zh',
  markers: /[\u4e00-\u9fff]/g,
  negation: /(?:冇|沒有|没有|沒|没|唔|不|未|無|无|並無|并无)$/,
  negationWindow: 3,
  // 要 alone is "ask for" or "want" as often as "will" (我跟他要, 要价太高, 佢要全套): only a threat told (話要, 说要,
  // 要求) or a condition (要是, 要么) makes what follows hypothetical (round 31).
  hypothetical: /(?:如果|若果|要是|假如|如|萬一|万一|(?<![社机機开開聚协協学學委议議大公工教都晚宴舞])會|(?<![社机機开開聚协協学學委议議大公工教都晚宴舞])会|要么|要麼|(?:話|话|说|說)要|要求|怕|驚|惊|恐怕|威脅|威胁|否則|否则|不然|唔係就|就會|就会|说不给就|話唔畀就|(?:唔|不|冇|没)(?:畀|俾|给|給)(?:錢|钱)?就)/,
  agent: /(?:被|畀|俾|給|给)$/,
  clauseBreak: /[，,；;：:、（）()]|然後|然后|之後|之后|但|因為|因为|所以|仲|還|还/g,
  actors: [
    actor(/(?:警察|差人|差佬|阿sir|司警|治安警|警員|警员|警官|便衣|公安|警方|條子|条子|軍裝|巡警|警局|差館|差馆|派出所)/, 'POLICE'),
    actor(/(?:假警察|冒充警察|自稱係?警察|話自己係(?:警察|掃黃隊|扫黄队|差人)|自称是扫黄队|自称是?警察|扮警察|話自己係警察|说自己是警察)(?<!便衣[^。]{0,40})(?![^。]{0,12}(?:放蛇|釣魚|钓鱼))/, 'IMPERSONATOR'),
    actor(/(?:入境處|入境处|移民局|海關|海关|懲教|惩教|城管|食環|食环|社工|法官|法庭|政府)/, 'OTHER_STATE_OFFICIAL'),
    actor(/(?:醫生|医生|醫師|医师|護士|护士|護理師|护理师|護理人員|护理人员|醫護|医护|藥房|药房|药店|藥局|診所|诊所|醫院|医院|衛生科|卫生科|藥劑師|药剂师)/, 'HEALTH_WORKER'),
    actor(/(?:業主|业主|房東|房东|包租|屋主)/, 'LANDLORD'),
    actor(/(?:有個客(?!廳|人|氣|戶|服)|有个客(?!厅|人|气|户|服)|客人|嫖客|熟客|人客|恩客)(?<!(?:扮|装|裝|冒充)(?:成)?(?:客人|嫖客|熟客|人客|恩客))/, 'CLIENT'),
    actor(/(?:馬伕|马夫|老闆|老板|老細|老细|媽媽生|妈妈生|妈咪|媽咪|中介|經理|经理|大佬|蛇頭|蛇头|雞頭|鸡头|公司|皮條|皮条)/, 'THIRD_PARTY'),
    actor(/(?:業主群|业主群|街坊群|街坊|路人|鄰居|邻居|途人|陌生人|一班人|流氓|古惑仔|醉酒佬|醉汉|後生仔|后生仔|年輕人|年轻人)/, 'MEMBER_OF_PUBLIC'),
    actor(/(?:老公|丈夫|男朋友|男友|前夫|阿叔|叔叔|家人|爸爸|阿爸|哥哥|阿哥|老竇|老豆|阿妈|阿媽|表哥|表姐|表弟|表叔|堂哥|堂兄|舅舅|姑丈|姨丈|伯父|姐夫|繼父|继父|後父|后父|養父|养父|親戚|亲戚)/, 'FAMILY_OR_PARTNER'),
  ],
  acts: [
    act(/(?:同佢做一次|和他做一次|陪佢瞓|陪他睡一次|同佢上床)/, 'SEXUAL', 0.85, 'nohyp'),
    act(/(?:掐住|捏住我|箍住我|踢爛|踢烂|打(?:咗|了|到|傷|伤)?(?:我|佢|人)|毆打|殴打|踢(?:咗|了)?我|踢我|又踢|掌摑|掌掴|巴掌|幾巴|几巴|打傷|打伤|被打|捱打|挨打|幾拳|几拳|揼我|推我|扯我頭髮|掟(?:垃圾|石|嘢|雞蛋)|扔(?:垃圾|石头|鸡蛋)|受傷|受伤)/, 'ASSAULT', 0.85),
    act(/(?:強姦|强奸|強暴|强暴|非禮|非礼|性侵|摸我|同佢做一次|和他做一次|陪他睡|同佢瞓|逼我口交|除咗套|摘套|偷偷除套|免費陪|免费陪|做完先)/, 'SEXUAL', 0.9),
    act(/(?:(?:搜走|拎走|攞走|拿走|搶走|抢走|收走|袋走|沒收|没收|抢了|搶咗|拿了)(?:晒)?(?:我|我哋|我们|我們)?(?:啲|的)?(?:錢|钱|現金|现金))/, 'TAKE', 0.85),
    act(/(?:(?:搶|抢|偷|拎走|攞走|拿走)(?:走|咗|了)?(?:晒)?(?:我|我哋|我们)?(?:部|個|个|的|啲)?(?:手機|手机|電話|电话|手袋|銀包|钱包|包|嘢|东西|東西))/, 'SEIZE', 0.85),
    // 收錢 first, its speaker checked behind it: a leading look-behind would be tried at every character.
    act(/(?:私了|不开收据|唔開收據|不開收據|(?:畀|俾|給|给)[^，。]{0,6}(?:蚊|块|塊|元)|收錢(?<=(?:佢|他|她|警察|差佬|阿sir|老闆|老板)[^。，]{0,4}收錢)|收钱|要錢|要钱|交錢|交钱|勒索|敲詐|敲诈|賄賂|贿赂|黑錢|黑钱|除非我|(?:唔|不|冇|没)(?:畀|俾|给|給)(?:錢|钱)就)/, 'DEMAND', 0.85, 'nohyp'),
    act(/(?:刀|槍|枪|鎅刀|玻璃樽)/, 'WEAPON', 0.8),
    act(/(?:鬧我|闹我|罵我|骂我|婊子|賤人|贱人|死雞|死鸡|鬧.{0,2}雞|侮辱|嘲笑|恥笑|耻笑|笑我|歧視|歧视)/, 'INSULT', 0.6),
    act(/(?:唔肯畀錢|唔肯俾錢|不肯给钱|不给钱|冇畀錢|沒付錢|没付钱|唔俾錢|唔畀錢|走數|走数|賴數|赖账)/, 'NONPAYMENT', 0.75, 'always'),
  ],
  violations: [
    v(/(?:被(?:警察|差人|公安|便衣)(?:抓|拉|拘捕|扣留)|拉(?:咗|了)?我|被拉|抓(?:了)?我|被抓|拘捕|逮捕|拘留|扣留|鎖(?:咗|了)?我|锁了我|關(?:咗|了)?我|关了我|帶(?:咗|了)?我(?:返|回)|带我回|返差館|回警局|差館|警局過夜|警局过夜)/, 'POLICE_ABUSE', 'ARBITRARY_ARREST', 0.7, { who: 'POLICE' }),
    v(/(?:放蛇|扮客人|假扮客人|冒充客人|装成客人)/, 'POLICE_ABUSE', 'ENTRAPMENT', 0.8, { who: 'POLICE' }),
    v(/(?:(?:查身份證|查身份证|查證件|查证件)(?<!只(?:係|系|是)?查(?:身份證|身份证|證件|证件))|查牌|搜身|成日截查|经常查|跟蹤|跟踪|影相|拍照|騷擾|骚扰)/, 'POLICE_ABUSE', 'HARASSMENT_PROFILING', 0.55, { who: 'POLICE' }),
    v(/(?:(?:安全套|避孕套|套)[^。]{0,20}(?:證據|证据|沒收|没收|攞走|拿走)|(?:沒收|没收|攞走|拿走|收走|搜走|收晒|掉咗|扔了|扔掉)(?:了|咗|晒)*(?:我的|我啲|我哋啲|啲|所有(?:的)?|全部(?:的)?)?(?:安全套|避孕套))/, 'POLICE_ABUSE', 'CONDOMS_AS_EVIDENCE', 0.85, { who: 'POLICE' }),
    v(/(?:逼我簽|逼我签|屈我|落口供.{0,6}逼)/, 'POLICE_ABUSE', 'COERCIVE_INTERROGATION', 0.6, { who: 'POLICE' }),
    v(/(?:趕(?:我|咗我)?走|赶(?:我)?走|搬走|迫遷|迫迁|逼遷|逼迁|驅逐|驱逐|趕出|赶出|叫我搬|换锁|換鎖|換咗鎖|换了锁|(?<!(?:帮|幫|同)(?:我|佢|她|我哋|我们))(?:換|换)(?:咗|了)(?:把|個|个|道)?(?:門|门)?(?:鎖|锁)|(?:門|门)(?:鎖|锁)(?:換|换)(?:咗|了)|(?:掉|扔|丟|丢|擲|抛)(?:咗|了|晒)?(?:出街|出去|出門|出门|落街)|(?:把|将|將)我(?:的)?(?:东西|東西|行李)[^。，]{0,4}(?:扔|丢|丟)|押金也不退|唔退按金)/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.8, { who: 'resolve', prefer: ['LANDLORD'] }),
    v(/(?:突擊搜查|突击搜查|掃蕩|扫荡|封(?:咗|了)?(?:間屋|间屋|單位|单位|場|场)|查封|封屋|封鋪|封铺|封條|封条)/, 'FORCED_EVICTION', 'WORKPLACE_CLOSURE', 0.75, { who: 'resolve', notActors: ['THIRD_PARTY', 'CLIENT', 'MEMBER_OF_PUBLIC', 'FAMILY_OR_PARTNER'] }),
    v(/(?:攞唔返|拿不回|冇時間執|没时间收拾|即刻要走|馬上要走|马上要走)/, 'FORCED_EVICTION', 'NO_NOTICE', 0.4, { mode: 'always' }),
    v(/(?:望都冇望|看都没看|冇檢查過|没检查|唔賣俾|唔卖俾|不卖给|不賣給|拒絕(?:幫我|帮我|給我|给我)?(?:睇|看|診|诊|治療|治疗)|拒绝(?:给我)?(?:看病|治疗)|唔肯(?:幫我)?睇|不肯(?:给我)?看|唔好再嚟|叫我去(?:別|别)(?:的|處|处)|叫我去社會衛生科|去别的地方)/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.85, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/(?:兩對手套|两对手套|(?:醫生|医生|護士|护士)[^。]{0,20}(?:歧視|歧视|嘲笑|白眼|教訓|教训|鄙視|鄙视|態度差|态度差))/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { who: 'HEALTH_WORKER' }),
    v(/(?:(?:叫我|要我)(?:自己)?去社會衛生科|强制验|強制驗)/, 'DENIAL_OF_HEALTH_CARE', 'NOT_MEDICALLY_INDICATED', 0.6, { who: 'HEALTH_WORKER' }),
    v(/(?:大聲講|大声说|當住其他病人|当着其他病人|講畀其他人聽|讲给其他人听|話畀(?:我)?屋企人知|告诉我家人|(?:把|將|将)我(?:的|嘅)?[^。，,]{0,8}(?:结果|結果|报告|報告|病情|情况|情況|化验单|化驗單|病历|病歷)(?:告诉|告訴|话俾|話俾|话畀|話畀|讲俾|講俾|说给|說給|透露给|透露俾|讲畀|講畀))/, 'DENIAL_OF_HEALTH_CARE', 'CONFIDENTIALITY_BREACH', 0.7, { who: 'HEALTH_WORKER' }),
    v(/(?:攞唔到|拿不到)(?:愛滋|艾滋|HIV|hiv)?(?:藥|药)/, 'DENIAL_OF_HEALTH_CARE', 'HIV_SRH_BARRIER', 0.7, { mode: 'always' }),
    v(/(?:辭退|辞退|炒(?:咗)?我|解僱|解雇|開除|开除)/, 'DISCRIMINATION', 'EMPLOYMENT', 0.65, { who: 'resolve', fallback: 'THIRD_PARTY' }),
    v(/(?:唔租畀我|不租给我|冇人肯租)/, 'DISCRIMINATION', 'HOUSING', 0.7, { who: 'resolve' }),
    v(/(?:(?:銀行|银行|酒店|商店)[^。]{0,15}(?:關|关|拒絕|拒绝|取消|封)|户口关了|戶口關咗|户口被关)/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    v(/(?:不肯立案|唔肯立案|拒絕立案|拒绝立案|唔理我|不理我|冇跟進|没有跟进|叫我走(?<=(?:報警|报警|報案|报案|落口供|投訴|投诉|差館|差馆|警局|派出所)[^。]{0,20}叫我走)|不受理|唔受理)/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    v(/(?:活該|活该|自找|自己攞嚟|自己搞出嚟|你做呢行就預咗|怪我)(?<!(?:会|會|肯定|一定)[^。，,]{0,3}(?:活該|活该|自找|怪我|自己攞嚟|自己搞出嚟|你做呢行就預咗))/, 'DENIAL_OF_JUSTICE', 'VICTIM_BLAMED', 0.75, { who: 'resolve', mode: 'always', ifActor: { HEALTH_WORKER: 'DENIAL_OF_HEALTH_CARE' } }),
    v(/(?:(?:唔敢|不敢|冇報警|没报警|沒報警|冇报警|唔報警|不报警)[^。]{0,30}(?:怕|驚|惊|因為|因为|會|会)|(?:因為|因为)(?:怕|驚)[^。]{0,20}(?:告|拉|抓|查)|(?:如果|若果|要是)我(?:報警|报警|去差館|去警局)|報警都冇用|报警也没用)/, 'DENIAL_OF_JUSTICE', 'FEAR_OF_REPORTING', 0.8, { mode: 'always' }),
    v(/(?:律師|律师|翻譯|翻译|傳譯|传译)/, 'DENIAL_OF_JUSTICE', 'DUE_PROCESS', 0.55, { who: 'resolve', fallback: 'POLICE', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD', 'THIRD_PARTY', 'FAMILY_OR_PARTNER', 'IMPERSONATOR', 'OTHER'], mode: 'always' }),
    v(/(?:唆使|不道德行為|不道德行为|經營賣淫|经营卖淫|控罪|告我|被控|起訴|起诉)/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.7, { who: 'POLICE' }),
    v(/(?:阻街|阻差辦公|擾亂|扰乱|妨礙|妨碍)/, 'CRIMINALISATION', 'PUBLIC_ORDER_LAWS', 0.8, { who: 'POLICE' }),
    v(/(?:遞解|递解|遣返|違反逗留條件|违反逗留条件|旅遊簽證|旅游签证|逾期逗留|驅逐出境|驱逐出境)/, 'CRIMINALISATION', 'IMMIGRATION', 0.8, { who: 'resolve', fallback: 'OTHER_STATE_OFFICIAL' }),
    v(/(?:客人都唔敢|客人不敢|客人怕|人客驚)/, 'CRIMINALISATION', 'CLIENT_PURSUIT', 0.75, { who: 'resolve', mode: 'nohyp', notActors: ['CLIENT'] }),
    // All the earnings kept by a partner is control (round 8), by an officer extortion.
    v(/(?:收一半|抽一半|拿一半|收晒|抽佣|扣錢|扣钱|唔俾人工|不给工资)/, 'LABOUR_EXPLOITATION', 'UNPAID_EARNINGS', 0.75, {
      who: 'resolve',
      fallback: 'THIRD_PARTY',
      mode: 'always',
      // A caseworker (社工) writing the note is no doer.
      notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD', 'OTHER_STATE_OFFICIAL'],
      ifActor: { FAMILY_OR_PARTNER: 'COERCION_OR_TRAFFICKING', POLICE: 'EXTORTION' },
    }),
    v(/(?:不准休息|唔准休息|冇得休息|唔俾我哋用安全套|唔畀我哋用安全套|不让我们用安全套|不准用安全套)/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.7, { who: 'THIRD_PARTY', mode: 'always' }),
    v(/(?:唔准兩個人|不准两个人|請唔到人|请不到人|(?:只能|只可以|唯有|要|得)(?:自己)?一個人做|(?:只能|要|得)(?:自己)?一个人做)/, 'LABOUR_EXPLOITATION', 'EXCLUDED_FROM_PROTECTION', 0.65, { mode: 'always' }),
    v(/(?:逼我(?:出去)?(?:接客|做|賣|卖)|被迫(?:接客|卖淫|賣淫)|才知道要接客|先知要接客|賣咗我|卖了我|人口販賣|人口贩卖|拐賣|拐卖)/, 'COERCION_OR_TRAFFICKING', 'FORCED_ENTRY', 0.85, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/(?:點知到咗要|点知到咗要|谁知道要|(?:點知|点知|原來|原来|結果|结果)(?:要|先知要)陪客|(?:說是做|说是做|話係做|话系做)(?!八大|黑|雞|鸡|小姐|呢行|這行|这行)|騙我|骗我|呃我)/, 'COERCION_OR_TRAFFICKING', 'DECEPTION', 0.8, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/(?:欠(?:他|佢|老闆|老板|公司)?[^。]{0,6}(?:錢|钱|萬|万|块|蚊)|欠債|欠债|還債|还债|還清|还清)(?![^]{0,120}(?:想走就走|隨時可以走|随时可以走|唔係被賣|不是被賣|不是被卖))/, 'COERCION_OR_TRAFFICKING', 'DEBT_BONDAGE', 0.75, { who: 'resolve', mode: 'nohyp', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/(?:(?:攞|拿|收|扣)(?:咗|了|走|起)?(?:我|我的|我嘅)?(?:本|的)?(?:護照|护照|證件|证件)|(?:護照|护照|證件|证件|身份證|身份证)(?:被)?[^。]{0,6}(?:收起|扣住|扣起|收走|拿走|沒收|没收)|(?:扣住|扣起|收起|收走|拿走)(?:了|咗)?(?:我的|我)?(?:護照|护照|證件|证件))/, 'COERCION_OR_TRAFFICKING', 'DOCUMENTS_CONFISCATED', 0.85, { who: 'resolve', mode: 'fact', fallback: 'THIRD_PARTY', notActors: ['CLIENT'] }),
    v(/(?:唔畀我出街|唔俾我出街|不让我出去|不准出去|不准走|唔准走|唔俾我走|不让我走|鎖住我|锁住我|關住我|关住我|走唔甩|逃不掉)/, 'COERCION_OR_TRAFFICKING', 'PREVENTED_FROM_LEAVING', 0.8, {
      who: 'resolve',
      mode: 'always',
      fallback: 'UNKNOWN',
      // Held by a client or a stranger: violence, not trafficking.
      ifActor: { CLIENT: 'VIOLENCE_BY_PRIVATE_ACTORS', MEMBER_OF_PUBLIC: 'VIOLENCE_BY_PRIVATE_ACTORS' },
    }),
    v(/(?:(?:唔參加|不参加|唔去|不去)[^。]{0,12}(?:課程|课程)|強制.{0,4}(?:戒|課程|课程)|强制.{0,4}(?:课程|改造))/, 'COERCION_OR_TRAFFICKING', 'COMPELLED_PROGRAMME', 0.85, { who: 'resolve', mode: 'always', fallback: 'OTHER_STATE_OFFICIAL' }),
    v(/(?:校服|未成年|未滿十八|未满十八|妹妹仔|中學生|中学生|學生妹|学生妹|小學|小学|中學|中学|(?:十[一二三四五六七]|[一二三四五六七八九]|1[0-7]|[1-9])\s*(?:歲|岁))/, 'CHILD_INVOLVED', undefined, 0.9, {
      mode: 'always',
      // Who brings or exploits the child, when named in the same sentence.
      who: 'resolve',
      sameSentence: true,
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD', 'CLIENT', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN'],
    }),
    // Police pressure on a landlord is part of the eviction (TAXONOMY: "often under police pressure"); weak alone.
    v(/(?:(?:警察|差人|差佬|公安|阿sir)(?:搵过|搵過|找过|找過|找了|警告|通知|打电话俾|打電話俾|打电话给|打電話給|叫|同)(?:佢|他|她|房东|房東|业主|業主|屋主))/, 'FORCED_EVICTION', 'HOME_EVICTION', 0.3, { who: 'POLICE' }),
    // Who arranges a child's clients, or pays a child, is a perpetrator of the child's exploitation (weight only names the doer).
    v(/(?:安排|介紹|介绍|帶佢|带佢|带她|帶她|送佢|送她|賣佢|卖她|收佢|收她)/, 'CHILD_INVOLVED', undefined, 0.05, {
      mode: 'always',
      who: 'resolve',
      sameSentence: true,
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'LANDLORD', 'CLIENT', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN'],
    }),
    v(/(?:(?:畀|俾|给|給)(?:佢|她)(?:錢|钱)|嫖(?:佢|她)|買(?:佢|她)|买(?:佢|她))/, 'CHILD_INVOLVED', undefined, 0.05, {
      mode: 'always',
      who: 'resolve',
      sameSentence: true,
      fallback: 'CLIENT',
      notActors: ['POLICE', 'OTHER_STATE_OFFICIAL', 'HEALTH_WORKER', 'MEMBER_OF_PUBLIC', 'IMPERSONATOR', 'OTHER', 'UNKNOWN', 'FAMILY_OR_PARTNER', 'THIRD_PARTY'],
    }),
    v(/(?:跳舞|脫衣舞|脱衣舞|拍片|色情片|直播|裸聊)/, 'OUT_OF_SCOPE', undefined, 0.3, { mode: 'always' }),
    // Health care: medicines and tests refused, sent elsewhere, tests demanded first, shouted about, status told, lectured.
    v(/(?:拒絕開藥|拒绝开药|唔肯開藥|不肯开药|唔肯開(?:俾|畀)(?:我|佢)|不肯开给(?:我|她)|(?:他們|他们|我哋|我們|我们)(?:這裡|这里|呢度)(?:不做|唔做)|不肯給藥|不肯给药|唔畀藥|不给药|不給藥|拒絕(?:幫|帮)?(?:我|她|佢)?(?:看|睇|治療|治疗|檢查|检查)|唔肯(?:幫|同)?(?:我|佢)?睇|不肯(?:幫|帮)?(?:我|她)?看|叫(?:她|我|佢)去(?:別家|别家|第二間|第二间|其他|別的|别的)|趕(?:我|佢|她)走|赶(?:我|她)走|(?:先去|要先|先要|先)(?:驗|验)(?:愛滋|艾滋|愛滋病|艾滋病|hiv|梅毒|性病)|(?:才要|先肯|才肯|先會|才会)(?:幫|帮)(?:我|她|佢)(?:看|睇)|(?:強制|强制|逼我|迫我)(?:驗|验|檢查|检查))/, 'DENIAL_OF_HEALTH_CARE', 'REFUSED_TREATMENT', 0.8, { who: 'HEALTH_WORKER', mode: 'nohyp' }),
    v(/(?:很大聲|好大聲|好大声|很大声|大聲講|大声说|當眾|当众|喺走廊|在走廊|你們這種人|你们这种人|你哋呢啲人|自己要負責|自己要负责|說教|说教|教訓|教训|白眼|歧視|歧视|做黑的|做雞的|做鸡的|等咗[^。]{0,4}(?:鐘|钟|個鐘)|等了[^。]{0,4}(?:小時|小时)|最後先|最后才|最後才|告訴(?:我)?(?:家人|屋企人|鄰居|邻居)|话(?:畀|俾)[^。]{0,6}知|洩露|泄露|沒仔細看|没仔细看|冇仔細睇|冇睇清楚|不敢再去看|唔敢再去睇)/, 'DENIAL_OF_HEALTH_CARE', 'DISCRIMINATORY_TREATMENT', 0.75, { ...HEALTH_ONLY, mode: 'nohyp' }),
    // Labour: fines, quotas, commission withheld, no refusing clients, drinking, no rest.
    v(/(?:罰款|罚款|罰錢|罚钱|罰(?:我|佢|我哋|我们)?(?:一|兩|两|二|三|五|幾)?(?:百|千)|遲到|迟到|(?:做滿|做满|做夠|做够)[^。，]{0,4}(?:個鐘|个钟|鐘|钟|個客|个客|客|單|单)|指標|指标|提成[^。]{0,10}(?:沒發|没发|冇出|未出|拖)|拖欠|欠薪|人工[^。]{0,6}(?:冇出|未出|拖)|不許拒絕|不许拒绝|唔准拒絕|唔准拒绝|唔俾拒絕|不准拒绝|不能拒絕|不能拒绝|客人是上帝|陪(?:客人)?(?:飲酒|饮酒|喝酒)|劝酒|勸酒|冇得休息|没得休息|沒有休息|不能休息|冇假放|沒有休假)/, 'LABOUR_EXPLOITATION', 'UNSAFE_CONDITIONS', 0.75, { who: 'resolve', fallback: 'THIRD_PARTY', notActors: ['CLIENT', 'MEMBER_OF_PUBLIC', 'HEALTH_WORKER', 'LANDLORD'], mode: 'nohyp', ifActor: { POLICE: null, OTHER_STATE_OFFICIAL: null } }),
    // Services, neighbours and online shaming.
    v(/(?:(?:銀行|银行)[^。]{0,12}(?:凍結|冻结|取消|封|關閉|关闭|拒絕|拒绝|唔(?:肯|畀)|不(?:肯|让|給|给))|(?:凍結|冻结|封|關|关)(?:咗|了)?(?:我|佢|她)?(?:的|嘅|個|个)?(?:卡|戶口|户口|帳戶|账户)|(?:我|佢|她)(?:的|嘅|個|个)?(?:卡|戶口|户口|帳戶|账户)(?:被|俾人)?(?:凍結|冻结|封|取消|關|关))/, 'DISCRIMINATION', 'SERVICES', 0.7, { who: 'OTHER' }),
    v(/(?:(?:發|发|貼|贴|post|放)(?:咗|了)?(?:我|佢|她)(?:的|嘅|啲)?(?:照片|相)|(?:群組|群组|群里|群入面|網上|网上)(?![^。]{0,4}(?:賣|卖))[^。]{0,12}(?:照片|相|話我|说我)|叫(?:大家|人)(?:小心|留意)|指住(?:佢|我|她)?講|指指點點|指指点点|閒言閒語|闲言闲语|唔好坐近|不要坐近|不要靠近|嫌棄|嫌弃|排斥|雞婆|鸡婆)/, 'DISCRIMINATION', 'VERBAL_ABUSE', 0.7, { who: 'resolve', fallback: 'MEMBER_OF_PUBLIC', notActors: ['HEALTH_WORKER', 'POLICE', 'LANDLORD'] }),
    // Police: "settle privately", payment with no receipt; raids and confessions; dismissing a report.
    v(/(?:扫黄(?!队)|掃黃(?!隊)|(?:承认|承認|以|因|涉嫌|罪名)[^。]{0,4}(?:卖淫|賣淫)|卖淫嫖娼|賣淫嫖娼)/, 'CRIMINALISATION', 'SEX_WORK_OFFENCE', 0.75, { who: 'POLICE' }),
    v(/(?:關(?:咗|了)一(?:整)?(?:夜|晚)|关了一(?:整)?(?:夜|晚)|不给喝水|不給喝水|唔畀飲水|逼(?:我们|我們|我哋|我)簽|逼(?:我们|我們|我)签|迫(?:我|我哋)簽)/, 'POLICE_ABUSE', 'COERCIVE_INTERROGATION', 0.7, { who: 'POLICE' }),
    v(/(?:好難跟|好难跟|難以跟進|难以跟进|冇得查|没法查|查不到|叫我自己小心|自己小心啲|冇人再聯絡|没人再联系|沒人再聯絡|不了了之|懶理|不受理|唔受理|唔肯落案|不肯立案|不立案|你係咪做雞|你是不是做鸡|你是不是做雞)/, 'DENIAL_OF_JUSTICE', 'REPORT_REFUSED', 0.8, { who: 'POLICE', mode: 'always' }),
    // Who chooses a child is a client of the child's exploitation (weight only names the doer).
    v(/(?:客人|人客)(?:點|点|揀|拣|叫|要|包)(?:她|佢|佢哋|她们|她們)/, 'CHILD_INVOLVED', undefined, 0.05, { who: 'CLIENT', mode: 'always' }),
  ],
  settings: [
    setting(/(?:企街|街頭|街头|街上|砵蘭街|钵兰街|喺街)/, 'STREET', 0.7),
    setting(/(?:夜總會|夜总会|按摩院|桑拿|魚蛋|鱼蛋|架步|我哋個單位|我哋嗰度|一齊做)/, 'INDOOR_SHARED', 0.65),
    setting(/(?:一樓一鳳|一楼一凤|我個單位|我的房间|自己屋企)/, 'INDOOR_OWN', 0.7),
    setting(/(?:酒店|時鐘酒店|时钟酒店|賓館|宾馆|佢屋企|他家)/, 'OUTCALL', 0.65),
    setting(/(?:網上|网上|網站|网站|微信|WhatsApp|whatsapp|app)/, 'ONLINE', 0.45),
  ],
  reported: [
    reported(/(?:不肯立案|唔肯立案|拒絕立案|拒绝立案|不受理|唔受理)/, 'TRIED_REFUSED', 'always'),
    reported(/(?:我去(?:了)?(?:報警|报警)|報咗警|报了警|我(?:有)?報警|我报警)/, 'YES'),
    reported(/(?:冇報警|没报警|沒報警|唔敢報警|不敢报警|冇报警|没有报警|唔報警|不报警)/, 'NO', 'always'),
  ],
};
