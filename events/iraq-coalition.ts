/**
 * The events of one article as typed data: "من الرابح والخاسر من "انسحاب" قوات التحالف الدولي من
 * العراق؟", a BBC Arabic report republished by Elaph in February 2024
 * (kept verbatim in `events/sources/iraq-coalition-2024-02.ar.txt`, to verify the quotes).
 *
 * Every value is what the article says, at the precision it says it: a month stays a month. Where
 * the article dates something relative to another statement ("الماضي", "الشهر نفسه", "يوم الأحد
 * الماضي") the record says how it was resolved, in `source.dateResolution`. A value the article
 * does not give (coordinates, a governorate, a strike's weapon, a date it only calls "recent")
 * names its outside source in `external`; the editor's own corrections and coding decisions are in
 * `editorNote`. No death toll is given that the article does not state.
 *
 * `source.paragraph` is the 1-based index of the quote's line among the article file's non-empty
 * lines (a line with any non-whitespace character). The file holds one paragraph, heading or photo
 * caption per line, and the count includes the header lines ("أخبار" is paragraph 1). Every other
 * paragraph a record's title, summary or dates draw on is cited in `source.passages`, with the
 * words used.
 *
 * Records are ordered by the first day their `start` covers (`2014` sorts as 1 January 2014).
 * Reader comments (from paragraph 58, "التعليقات") are opinion, not reporting: none is included.
 */
import type {
  ConflictEvent,
  DateResolution,
  EdtfDate,
  EventSource,
  ExternalSource,
  LocalizedText,
  SourcePassage,
} from '../src/model/types.js';

/** The article the dataset comes from, as far as its text tells. */
export interface SourceArticle {
  /** Who published it: see {@link iraqCoalitionSource}. */
  readonly outlet: LocalizedText;
  /** Language of the article (BCP 47). */
  readonly language: string;
  /** Publication date (EDTF), only as precise as the text supports. */
  readonly published: EdtfDate;
  /** The article's headline, and a faithful translation. */
  readonly headline: LocalizedText;
}

/**
 * The article's metadata. The reporting is BBC Arabic's ("في اتصال مع بي بي سي", paragraphs 31 and
 * 45), but the copy we hold is Elaph's republication (its Twitter box, and its comment disclaimer:
 * "لا تعبر بالضرورة عن رأي إيلاف"), so the outlet names both. The text never gives its own date:
 * February 2024 follows from "7 فبراير/ شباط الجاري" (paragraph 22).
 */
export const iraqCoalitionSource: SourceArticle = {
  outlet: { ar: 'إيلاف (عن بي بي سي عربي)', en: 'Elaph (from BBC Arabic)' },
  language: 'ar',
  published: '2024-02',
  headline: {
    ar: 'من الرابح والخاسر من "انسحاب" قوات التحالف الدولي من العراق؟',
    en: 'Who wins and who loses from the "withdrawal" of international coalition forces from Iraq?',
  },
};

/** What a record takes from the article besides its main quote. */
interface ArticleUse {
  /** How a relative date was resolved. */
  readonly dateResolution?: DateResolution;
  /** The other sentences the record uses, with their paragraphs. */
  readonly passages?: readonly SourcePassage[];
}

/** The source of a record: the article, the paragraph and the verbatim sentence it comes from. */
function fromArticle(paragraph: number, quote: string, use: ArticleUse = {}): EventSource {
  const { outlet, language, published } = iraqCoalitionSource;
  return { outlet, language, published, quote, paragraph, ...use };
}

// Resolution reasons that several records share.
const LAST_JANUARY_IS_2024: LocalizedText = {
  ar: 'نُشر المقال في فبراير/ شباط 2024، فـ"يناير/ كانون الثاني الماضي" هو يناير 2024.',
  en: 'The article was published in February 2024, so "last January" is January 2024.',
};
const NOW_IS_PUBLICATION: LocalizedText = {
  ar: 'الرقم يصف الوضع وقت كتابة المقال، الذي نُشر في فبراير/ شباط 2024 (اليوم غير معروف).',
  en: 'The figure describes the time of writing; the article was published in February 2024 (day unknown).',
};

// Actors, spelled once so that every record names them alike.
const ACTORS = {
  usGovernment: { ar: 'حكومة الولايات المتحدة', en: 'Government of the United States' },
  usForces: { ar: 'القوات الأمريكية', en: 'US forces' },
  iraqGovernment: { ar: 'الحكومة العراقية', en: 'Government of Iraq' },
  iraqiParliament: { ar: 'مجلس النواب العراقي', en: 'Iraqi Council of Representatives' },
  iraqiArmy: { ar: 'الجيش العراقي', en: 'Iraqi army' },
  saudiGovernment: { ar: 'الحكومة السعودية', en: 'Government of Saudi Arabia' },
  iranGovernment: { ar: 'الحكومة الإيرانية', en: 'Government of Iran' },
  china: { ar: 'الصين', en: 'China' },
  coalition: { ar: 'قوات التحالف الدولي', en: 'International coalition forces' },
  isis: { ar: 'تنظيم الدولة الإسلامية (داعش)', en: 'Islamic State group (ISIS)' },
  irgc: { ar: 'الحرس الثوري الإيراني', en: 'Iran’s Revolutionary Guard' },
  iranAlliedFactions: { ar: 'الفصائل المسلحة المتحالفة مع إيران', en: 'Iran-allied armed factions' },
  popularMobilization: { ar: 'قوات الحشد الشعبي', en: 'Popular Mobilization Forces' },
  nujaba: { ar: 'حركة النجباء', en: 'Harakat al-Nujaba' },
  kataibHezbollah: { ar: 'كتائب حزب الله العراقية', en: 'Kataib Hezbollah' },
  israel: { ar: 'إسرائيل', en: 'Israel' },
  hamas: { ar: 'حركة حماس', en: 'Hamas' },
  unidentified: { ar: 'جهة مهاجمة غير محددة', en: 'Unidentified attacker' },
  obama: { ar: 'باراك أوباما', en: 'Barack Obama' },
  soleimani: { ar: 'قاسم سليماني', en: 'Qassem Soleimani' },
  sudani: { ar: 'محمد شياع السوداني', en: 'Mohammed Shia al-Sudani' },
  rasool: { ar: 'اللواء يحيى رسول', en: 'Maj. Gen. Yahya Rasool' },
  abuTaqwa: { ar: 'مشتاق طالب السعيدي "أبو تقوى"', en: 'Mushtaq Talib al-Saidi "Abu Taqwa"' },
  abuBaqir: { ar: 'أبو باقر الساعدي', en: 'Abu Baqir al-Saadi' },
} as const satisfies Record<string, LocalizedText>;

// Places. The article names cities, countries and a base, never coordinates or governorates: those
// come from outside (see OUTSIDE), with an honest geoPrecision and no more decimals than it supports.
const BAGHDAD_ADMIN1: LocalizedText = { ar: 'بغداد', en: 'Baghdad' };
const PLACES = {
  iraq: { name: { ar: 'العراق', en: 'Iraq' }, country: 'IQ' },
  syria: { name: { ar: 'سوريا', en: 'Syria' }, country: 'SY' },
  iraqAndSyria: { name: { ar: 'العراق وسوريا', en: 'Iraq and Syria' } },
  afghanistan: { name: { ar: 'أفغانستان', en: 'Afghanistan' }, country: 'AF' },
  gaza: { name: { ar: 'قطاع غزة', en: 'Gaza Strip' }, country: 'PS' },
  // "في بغداد"; the strike was near Baghdad International Airport, west of the city: near the place.
  baghdadAirport: {
    name: { ar: 'بغداد', en: 'Baghdad' },
    admin1: BAGHDAD_ADMIN1,
    country: 'IQ',
    latitude: 33.26,
    longitude: 44.23,
    geoPrecision: 2,
  },
  // "شرقي بغداد"; the car was hit in the Mashtal neighbourhood: a point for east Baghdad, to ~10 km.
  eastBaghdad: {
    name: { ar: 'شرقي بغداد', en: 'East Baghdad' },
    admin1: BAGHDAD_ADMIN1,
    country: 'IQ',
    latitude: 33.3,
    longitude: 44.5,
    geoPrecision: 2,
  },
  // "قاعدة البرج 22 في الأردن": the base itself, placed to ~10 km from published descriptions.
  tower22: {
    name: { ar: 'قاعدة البرج 22', en: 'Tower 22 base' },
    admin1: { ar: 'المفرق', en: 'Mafraq' },
    country: 'JO',
    latitude: 33.3,
    longitude: 38.7,
    geoPrecision: 1,
  },
} as const;

/** Values from outside the article, each with where it comes from (spelled once where shared). */
const OUTSIDE = {
  baghdadGovernorate: {
    fields: ['location.admin1'],
    source: {
      ar: 'المعيار ISO 3166-2:IQ: تقع مدينة بغداد في محافظة بغداد (IQ-BG).',
      en: 'ISO 3166-2:IQ: the city of Baghdad is in Baghdad Governorate (IQ-BG).',
    },
  },
  mafraqGovernorate: {
    fields: ['location.admin1'],
    source: {
      ar: 'رويترز، يناير/ كانون الثاني 2024: تقع قاعدة البرج 22 في الركبان، لواء الرويشد، وهو من ألوية محافظة المفرق (ISO 3166-2:JO، JO-MA).',
      en: 'Reuters, January 2024: Tower 22 is in Rukban, Rwaished District, a district of Mafraq Governorate (ISO 3166-2:JO, JO-MA).',
    },
    url: 'https://news.yahoo.com/factbox-tower-22-attack-us-200015591.html',
  },
  tower22Place: {
    fields: ['location.latitude', 'location.longitude', 'location.geoPrecision'],
    source: {
      ar: 'رويترز، يناير/ كانون الثاني 2024: تقع القاعدة في أقصى شمال شرق الأردن حيث تلتقي حدوده مع سوريا والعراق؛ أسوشيتد برس: على الحدود مع سوريا، وعلى بعد نحو 10 كيلومترات من الحدود العراقية.',
      en: 'Reuters, January 2024: the base is at Jordan’s north-eastern tip, where its borders with Syria and Iraq meet; AP: on the border with Syria, about 10 km from the Iraqi border.',
    },
    url: 'https://news.yahoo.com/factbox-tower-22-attack-us-200015591.html',
    note: {
      ar: 'حُدّد الموضع من هذين الوصفين ومن إحداثيات نقطة التقاء الحدود الثلاثة (33.3747، 38.7936، ويكيبيديا: الحدود الأردنية السورية)، برقم عشري واحد (نحو 10 كيلومترات).',
      en: 'Placed from these descriptions and the tripoint’s coordinates (33.3747, 38.7936; Wikipedia, Jordan–Syria border), to one decimal (about 10 km).',
    },
  },
} as const satisfies Record<string, ExternalSource>;

// Sentences that several records quote (verbatim, with paragraph).
const SHARED_QUOTES = {
  soleimaniAndVote:
    'ولا تعد هذه هي المرة الأولى التي يطالب فيها العراق بإنهاء مهمة قوات التحالف، ففي أعقاب مقتل قائد الحرس الثوري الإيراني "قاسم سليماني" على يد الجيش الأمريكي في بغداد، في يناير/ كانون الثاني عام 2020، صوّت البرلمان العراقي لصالح إنهاء الوجود العسكري الأمريكي في البلاد.',
  attackCount:
    'وتعرضت تلك القوات لأكثر من 165 هجوما، منذ اندلاع الحرب بين إسرائيل وحركة حماس في قطاع غزة، في السابع من أكتوبر/ تشرين الأول الماضي.',
  talks:
    'وكانت بغداد وواشنطن قد أطلقتا هذه المحادثات في مطلع يناير/ كانون الثاني الماضي، في إطار "لجنة عسكرية عليا" مشتركة، لكنها عُلقت في الثامن والعشرين من الشهر نفسه، عقب هجوم بطائرة مسيرة أدى إلى مقتل ثلاثة جنود أمريكيين في الأردن على الحدود مع سوريا.',
  troops: 'وتنشر واشنطن حاليا نحو 2500 عسكري في العراق، ونحو 900 في سوريا في إطار مكافحة تنظيم الدولة.',
  talksResumed:
    'استؤنفت مؤخرا المحادثات الثنائية بين العراق والولايات المتحدة، بشأن انسحاب قوات التحالف الدولي من العراق.',
  victory: 'وفي ديسمبر/ كانون الأول عام 2017، أعلنت الحكومة العراقية وقوات التحالف النصر على داعش.',
} as const;

/** Every dated event and dated fact the article reports, ordered by start. */
export const iraqCoalitionEvents: readonly ConflictEvent[] = [
  {
    id: 'coalition-air-campaign-against-isis',
    kind: 'period',
    start: '2014-08-08',
    end: '2017-12',
    title: {
      ar: 'حملة التحالف الدولي الجوية على تنظيم الدولة الإسلامية في العراق وسوريا',
      en: 'The international coalition’s air campaign against the Islamic State group in Iraq and Syria',
    },
    summary: {
      ar: 'بدأ التحالف الدولي، الذي تمثل القوات الأمريكية قوامه الرئيسي، عملياته العسكرية بضربات جوية استهدفت مقاتلي التنظيم في العراق وسوريا، واستمر القتال لأكثر من ثلاث سنوات.',
      en: 'The international coalition, whose main force is US troops, began its military operations with air strikes on the group’s fighters in Iraq and Syria; the fighting lasted more than three years.',
    },
    category: 'other-development',
    actors: { actor1: ACTORS.coalition, actor2: ACTORS.isis, associated: [ACTORS.usForces] },
    location: PLACES.iraqAndSyria,
    source: fromArticle(
      15,
      'وتمثل القوات الأمريكية القوام الرئيسي لقوات التحالف الدولي، الذي بدأ عملياته العسكرية بضربات جوية استهدفت مقاتلي التنظيم في العراق وسوريا، واستمر القتال لأكثر من ثلاث سنوات.',
      {
        passages: [{ paragraph: 16, quote: SHARED_QUOTES.victory }],
        dateResolution: {
          phrase: 'واستمر القتال لأكثر من ثلاث سنوات',
          resolvedAs: '2017-12',
          reasoning: {
            ar: 'النهاية مستنتجة: لا تذكر الفقرة متى انتهت الضربات. استمر القتال "لأكثر من ثلاث سنوات" وانتهى بإعلان الحكومة العراقية والتحالف النصر "في ديسمبر/ كانون الأول عام 2017" (الفقرة 16)، والمدة من أغسطس/ آب 2014 إلى ذلك الشهر ثلاث سنوات وأربعة أشهر، فتتفقان. هذه نهاية القتال في العراق وحده.',
            en: 'The end is inferred: the paragraph does not say when the strikes ended. The fighting "lasted more than three years" and ended with the victory the Iraqi government and the coalition declared "in December 2017" (paragraph 16); from August 2014 to that month is three years and four months, which agrees. It is the end of the fighting in Iraq only.',
          },
        },
      },
    ),
    reportedBy: 'article',
    external: [
      {
        fields: ['start'],
        source: {
          ar: 'وزارة الدفاع الأمريكية، حصاد عام 2014: في 8 أغسطس/ آب 2014 نفّذت طائرتان من طراز F/A-18 أول هجوم على التنظيم في العراق.',
          en: 'US Department of Defense, 2014 year in review: on 8 August 2014 two F/A-18 aircraft carried out the first attack on the group in Iraq.',
        },
        url: 'https://archive.defense.gov/home/features/2014/1214_yir/',
        note: {
          ar: 'بدأت الضربات الأمريكية قبل إعلان التحالف في 10 سبتمبر/ أيلول 2014 (الفقرة 14)؛ والمقال يقول فقط إن التحالف بدأ عملياته بضربات جوية.',
          en: 'The US strikes began before the coalition was announced on 10 September 2014 (paragraph 14); the article says only that the coalition began its operations with air strikes.',
        },
      },
      {
        fields: ['editorNote'],
        source: {
          ar: 'ويكيبيديا، عملية العزم الصلب: بدأت ضربات التحالف في سوريا في 22 سبتمبر/ أيلول 2014، وخسر التنظيم آخر أراضيه هناك في 23 مارس/ آذار 2019.',
          en: 'Wikipedia, Operation Inherent Resolve: coalition strikes in Syria began on 22 September 2014; the group lost its last territory there on 23 March 2019.',
        },
        url: 'https://en.wikipedia.org/wiki/Operation_Inherent_Resolve',
      },
    ],
    editorNote: {
      ar: 'مدة لا حدث واحد: ترصد بيانات ACLED الحملة ضربةً ضربة، والمقال لا يذكر أيا من ضرباتها. تنتهي المدة بإعلان النصر في العراق في ديسمبر/ كانون الأول 2017، أما ضربات التحالف في سوريا فاستمرت حتى عام 2019.',
      en: 'A period, not one event: ACLED codes a campaign strike by strike, and the article reports none of its strikes. The period ends with the victory declared in Iraq in December 2017; coalition strikes in Syria went on until 2019.',
    },
  },
  {
    id: 'obama-announces-anti-isis-coalition',
    start: '2014-09-10',
    title: {
      ar: 'أوباما يعلن تشكيل تحالف دولي لمكافحة تنظيم الدولة الإسلامية',
      en: 'Obama announces an international coalition against the Islamic State group',
    },
    summary: {
      ar: 'أعلن الرئيس الأمريكي آنذاك باراك أوباما تشكيل تحالف دولي لمكافحة تنظيم ما يسمى الدولة الإسلامية في العراق والشام "داعش" والقضاء عليه، من خلال عمليات عسكرية مشتركة تقودها الولايات المتحدة.',
      en: 'Then US President Barack Obama announced the formation of an international coalition to fight and eliminate the so-called Islamic State in Iraq and the Levant (ISIL), through joint military operations led by the United States.',
    },
    category: 'coalition-formed',
    actors: { actor1: ACTORS.usGovernment, actor2: ACTORS.isis, associated: [ACTORS.obama] },
    source: fromArticle(
      14,
      'في العاشر من شهر سبتمبر/ أيلول عام 2014، أعلن الرئيس الأمريكي آنذاك باراك أوباما عن تشكيل تحالف دولي لمكافحة والقضاء على تنظيم ما يسمى الدولة الإسلامية في العراق والشام "داعش"، وذلك من خلال عمليات عسكرية مشتركة تقودها الولايات المتحدة ضد التنظيم.',
    ),
    reportedBy: 'article',
  },
  {
    id: 'iraq-declares-victory-over-isis',
    start: '2017-12',
    title: {
      ar: 'الحكومة العراقية والتحالف يعلنان النصر على داعش',
      en: 'Iraqi government and coalition declare victory over ISIS',
    },
    summary: {
      ar: 'أعلنت الحكومة العراقية وقوات التحالف النصر على تنظيم الدولة الإسلامية "داعش".',
      en: 'The Iraqi government and coalition forces declared victory over the Islamic State group (ISIS).',
    },
    category: 'declaration',
    actors: { actor1: ACTORS.iraqGovernment, actor2: ACTORS.isis, associated: [ACTORS.coalition] },
    location: PLACES.iraq,
    source: fromArticle(16, SHARED_QUOTES.victory),
    reportedBy: 'article',
  },
  {
    id: 'soleimani-killed-in-baghdad',
    start: '2020-01',
    title: {
      ar: 'مقتل قائد الحرس الثوري الإيراني قاسم سليماني في بغداد',
      en: 'Revolutionary Guard commander Qassem Soleimani killed in Baghdad',
    },
    summary: {
      ar: 'قُتل قائد الحرس الثوري الإيراني "قاسم سليماني" على يد الجيش الأمريكي في بغداد.',
      en: 'Qassem Soleimani, commander of Iran’s Revolutionary Guard, was killed by the US military in Baghdad.',
    },
    category: 'air-strike',
    actors: { actor1: ACTORS.usForces, actor2: ACTORS.irgc, associated: [ACTORS.soleimani] },
    location: PLACES.baghdadAirport,
    source: fromArticle(26, SHARED_QUOTES.soleimaniAndVote),
    reportedBy: 'article',
    external: [
      {
        fields: ['category', 'editorNote'],
        source: {
          ar: 'موجز إيران (معهد الولايات المتحدة للسلام)، 6 يناير/ كانون الثاني 2020: قتلت وزارة الدفاع الأمريكية سليماني، "قائد فيلق القدس" ذراع الحرس الثوري للعمليات الخارجية، "بضربة بطائرة مسيرة في مطار بغداد الدولي".',
          en: 'The Iran Primer (US Institute of Peace), 6 January 2020: the Pentagon killed Soleimani, "the head of Iran’s elite Qods Force", the Revolutionary Guard’s external operations wing, "in a drone strike at Baghdad’s International Airport".',
        },
        url: 'https://iranprimer.usip.org/blog/2020/jan/06/part-3-pentagon-soleimani-operation',
        note: {
          ar: 'يقول المقال فقط إنه قُتل "على يد الجيش الأمريكي".',
          en: 'The article says only that he was killed "by the US military".',
        },
      },
      {
        fields: ['location.latitude', 'location.longitude', 'location.geoPrecision'],
        source: {
          ar: 'موجز إيران (كما سبق): الضربة في مطار بغداد الدولي، غرب المدينة. وإحداثيات المطار من ويكيبيديا (33.2625، 44.2344).',
          en: 'The Iran Primer (as above): the strike was at Baghdad International Airport, west of the city. The airport’s coordinates from Wikipedia (33.2625, 44.2344).',
        },
        url: 'https://en.wikipedia.org/wiki/Baghdad_International_Airport',
        note: {
          ar: 'مقرّبة إلى رقمين عشريين (نحو كيلومتر): قرب المكان، لا موضع الضربة بالضبط.',
          en: 'Rounded to two decimals (about 1 km): near the place, not the exact spot of the strike.',
        },
      },
      OUTSIDE.baghdadGovernorate,
    ],
    editorNote: {
      ar: 'كان سليماني قائد فيلق القدس، ذراع الحرس الثوري للعمليات الخارجية، لا قائد الحرس الثوري كما يصفه المقال؛ وأبقت الترجمة على عبارة المقال. ولا يذكر المقال عدد القتلى، ولا يسمّي منهم غير سليماني.',
      en: 'Soleimani commanded the Quds Force, the Revolutionary Guard’s arm for operations abroad, not the Guard as the article says; the translation keeps the article’s words. The article gives no death toll and names no one killed but Soleimani.',
    },
  },
  {
    id: 'iraqi-parliament-votes-to-end-us-presence',
    start: '2020-01',
    title: {
      ar: 'البرلمان العراقي يصوّت لصالح إنهاء الوجود العسكري الأمريكي',
      en: 'Iraqi parliament votes to end the US military presence',
    },
    summary: {
      ar: 'في أعقاب مقتل قاسم سليماني، صوّت البرلمان العراقي لصالح إنهاء الوجود العسكري الأمريكي في البلاد.',
      en: 'In the aftermath of Qassem Soleimani’s killing, the Iraqi parliament voted to end the US military presence in the country.',
    },
    category: 'parliamentary-vote',
    actors: { actor1: ACTORS.iraqiParliament },
    location: PLACES.iraq,
    source: fromArticle(26, SHARED_QUOTES.soleimaniAndVote),
    reportedBy: 'article',
  },
  {
    id: 'us-withdrawal-from-afghanistan',
    start: '2021',
    title: { ar: 'الانسحاب الأمريكي من أفغانستان', en: 'US withdrawal from Afghanistan' },
    summary: {
      ar: 'يذكّر الصحفي حيدر البصير بتجربة الانسحاب الأمريكي من أفغانستان، التي اعتُبرت "نقطة معنوية ضد واشنطن ودافعا معنويا لصالح المعادين لها".',
      en: 'Journalist Haidar al-Basir recalls the US withdrawal from Afghanistan, which was seen as "a moral point against Washington and a moral boost for its enemies".',
    },
    category: 'withdrawal',
    actors: { actor1: ACTORS.usForces },
    location: PLACES.afghanistan,
    source: fromArticle(
      32,
      'ويذَّكر البصير بتجربة الانسحاب الأمريكي من أفغانستان عام 2021، والتي اعتبرت بمثابة "نقطة معنوية ضد واشنطن ودافعا معنويا لصالح المعادين لها، ومن ثم فإن الانسحاب الأمريكي من العراق سيعد هزيمة لها وليس انسحابا من خلال المفاوضات".',
      { passages: [{ paragraph: 30, quote: 'حيدر البصير، صحفي وناشط حقوقي عراقي' }] },
    ),
    reportedBy: 'article',
  },
  {
    id: 'saudi-iran-restore-relations',
    start: '2023-03-10',
    title: {
      ar: 'اتفاق برعاية بكين على استئناف العلاقات الدبلوماسية بين السعودية وإيران',
      en: 'Saudi Arabia and Iran agree, in a Beijing-brokered deal, to restore diplomatic relations',
    },
    summary: {
      ar: 'يستشهد الباحث محمد عباس ناجي برعاية بكين لاتفاق استئناف العلاقات الدبلوماسية بين السعودية وإيران، مثالا على حلفاء لواشنطن يطورون علاقاتهم بمنافسيها. ويرى حيدر البصير أن تحسن علاقات إيران مع السعودية لم ينعكس على علاقاتها بالسنة والأكراد في العراق.',
      en: 'Researcher Mohammed Abbas Nagi cites Beijing’s sponsorship of the agreement to restore diplomatic relations between Saudi Arabia and Iran as an example of Washington’s allies developing ties with its rivals. Haidar al-Basir says Iran’s improved relations with Saudi Arabia have not carried over to its relations with Iraq’s Sunnis and Kurds.',
    },
    category: 'agreement',
    actors: { actor1: ACTORS.saudiGovernment, actor2: ACTORS.iranGovernment, associated: [ACTORS.china] },
    source: fromArticle(54, 'ويستشهد عباس برعاية بكين لاتفاق استئناف العلاقات الدبلوماسية بين السعودية وإيران مؤخرا', {
      passages: [
        {
          paragraph: 43,
          quote: 'إيران التي لم ينعكس تحسن علاقاتها مؤخرا مع السعودية على علاقاتها بالسنة والأكراد في العراق',
        },
        {
          paragraph: 53,
          quote: 'ومن ثم يدفعهم إلى عدم التعويل على الولايات المتحدة وتطوير علاقاتهم بمنافسيها، الصين وروسيا',
        },
      ],
    }),
    reportedBy: 'article',
    external: [
      {
        fields: ['start'],
        source: {
          ar: 'البيان الثلاثي المشترك للسعودية وإيران والصين، الصادر في بكين في 10 مارس/ آذار 2023.',
          en: 'The joint trilateral statement of Saudi Arabia, Iran and China, issued in Beijing on 10 March 2023.',
        },
        note: {
          ar: 'يقول المقال "مؤخرا" فقط، مرتين (الفقرتان 43 و54).',
          en: 'The article says only "recently", twice (paragraphs 43 and 54).',
        },
      },
    ],
  },
  {
    id: 'sudani-says-iraq-needs-no-foreign-forces',
    start: '2023-08',
    qualifier: 'mid',
    title: {
      ar: 'السوداني: العراق لم يعد بحاجة إلى قوات أجنبية',
      en: 'Sudani: Iraq no longer needs foreign forces',
    },
    summary: {
      ar: 'أكّد رئيس الوزراء العراقي محمد شياع السوداني أن العراق لم يعد بحاجة إلى قوات أجنبية على أراضيه.',
      en: 'Iraqi Prime Minister Mohammed Shia al-Sudani stated that Iraq no longer needs foreign forces on its soil.',
    },
    category: 'declaration',
    actors: { actor1: ACTORS.iraqGovernment, associated: [ACTORS.sudani] },
    location: PLACES.iraq,
    source: fromArticle(
      27,
      'وفي منتصف أغسطس/ آب عام 2023 أكّد رئيس الوزراء العراقي، محمد شياع السوداني، أن العراق لم يعد بحاجة إلى قوات أجنبية على أراضيه، لكن المطالبات هذه المرة تأتي بضغوط شعبية وضغوط من الفصائل المسلحة الموالية لإيران.',
    ),
    reportedBy: 'article',
  },
  {
    id: 'israel-hamas-war-begins',
    start: '2023-10-07',
    title: {
      ar: 'اندلاع الحرب بين إسرائيل وحركة حماس في قطاع غزة',
      en: 'War breaks out between Israel and Hamas in the Gaza Strip',
    },
    summary: {
      ar: 'اندلعت الحرب بين إسرائيل وحركة حماس في قطاع غزة، ومنذ ذلك الحين تعرضت القوات الأمريكية في العراق وسوريا لأكثر من 165 هجوما.',
      en: 'War broke out between Israel and Hamas in the Gaza Strip; since then US forces in Iraq and Syria have come under more than 165 attacks.',
    },
    category: 'other-development',
    actors: { associated: [ACTORS.israel, ACTORS.hamas] },
    location: PLACES.gaza,
    source: fromArticle(10, SHARED_QUOTES.attackCount, {
      dateResolution: {
        phrase: 'في السابع من أكتوبر/ تشرين الأول الماضي',
        resolvedAs: '2023-10-07',
        reasoning: {
          ar: 'نُشر المقال في فبراير/ شباط 2024، فـ"أكتوبر/ تشرين الأول الماضي" هو أكتوبر 2023.',
          en: 'The article was published in February 2024, so "last October" is October 2023.',
        },
      },
    }),
    reportedBy: 'article',
    external: [
      {
        fields: ['editorNote'],
        source: {
          ar: 'تقارير رويترز وأسوشيتد برس، 7 أكتوبر/ تشرين الأول 2023: بدأت الحرب بهجوم قادته حماس على جنوب إسرائيل، سمّته الحركة "عملية طوفان الأقصى".',
          en: 'Reuters and AP reports, 7 October 2023: the war began with the Hamas-led attack on southern Israel, which Hamas called Operation Al-Aqsa Flood.',
        },
      },
    ],
    editorNote: {
      ar: 'صُنّف تطورا استراتيجيا: اندلاع الحرب سياق للهجمات التي يعدّها المقال، لا عمل عنف واحد، ولذلك لا يُقدَّم فيه طرف على آخر. بدأت الحرب في 7 أكتوبر/ تشرين الأول 2023 بهجوم قادته حماس على جنوب إسرائيل ("عملية طوفان الأقصى" في الفقرة 38)، والمقال يضعها في قطاع غزة.',
      en: 'Coded as a strategic development: the outbreak of the war is the context of the attacks the article counts, not one act of violence, so neither side is named first. The war began on 7 October 2023 with the Hamas-led attack on southern Israel ("Operation Al-Aqsa Flood" in paragraph 38); the article places it in the Gaza Strip.',
    },
  },
  {
    id: 'iraq-us-talks-launched',
    start: '2024-01',
    qualifier: 'early',
    title: {
      ar: 'بغداد وواشنطن تطلقان محادثات انسحاب قوات التحالف',
      en: 'Baghdad and Washington launch talks on the coalition’s withdrawal',
    },
    summary: {
      ar: 'أطلقت بغداد وواشنطن المحادثات الثنائية بشأن انسحاب قوات التحالف الدولي من العراق، في إطار "لجنة عسكرية عليا" مشتركة.',
      en: 'Baghdad and Washington launched bilateral talks on the withdrawal of international coalition forces from Iraq, within a joint Higher Military Commission (HMC).',
    },
    category: 'talks',
    actors: { actor1: ACTORS.iraqGovernment, actor2: ACTORS.usGovernment },
    source: fromArticle(12, SHARED_QUOTES.talks, {
      passages: [{ paragraph: 8, quote: SHARED_QUOTES.talksResumed }],
      dateResolution: {
        phrase: 'في مطلع يناير/ كانون الثاني الماضي',
        resolvedAs: '2024-01',
        reasoning: LAST_JANUARY_IS_2024,
      },
    }),
    reportedBy: 'article',
  },
  {
    id: 'abu-taqwa-killed',
    start: '2024-01',
    qualifier: 'early',
    title: {
      ar: 'مقتل القيادي في حركة النجباء "أبو تقوى" بهجوم أمريكي',
      en: 'US attack kills Harakat al-Nujaba commander "Abu Taqwa"',
    },
    summary: {
      ar: 'أسفر هجوم أمريكي عن مقتل مشتاق طالب السعيدي الملقب بـ"أبو تقوى"، القيادي بحركة النجباء إحدى الميليشيات العراقية المنضوية ضمن فصائل الحشد الشعبي. بررت واشنطن العملية بحقها في الدفاع عن النفس، واعتبر العراق مثل هذه الضربات أعمالا عدائية تمس سيادته.',
      en: 'A US attack killed Mushtaq Talib al-Saidi, known as "Abu Taqwa", a commander of Harakat al-Nujaba, one of the Iraqi militias within the Popular Mobilization Forces. Washington justified the operation as self-defence; Iraq considered such strikes hostile acts that infringe on its sovereignty.',
    },
    category: 'air-strike',
    actors: {
      actor1: ACTORS.usForces,
      actor2: ACTORS.nujaba,
      associated: [ACTORS.abuTaqwa, ACTORS.popularMobilization],
    },
    location: PLACES.iraq,
    source: fromArticle(
      20,
      'ومن أبرز هذه الهجمات ما حدث في مطلع يناير/ كانون الثاني الماضي، حين أسفر هجوم أمريكي عن مقتل "مشتاق طالب السعيدي" المُلقب بـ "أبو تقوى" القيادي بحركة النجباء إحدى الميليشيات العراقية المنضوية ضمن فصائل الحشد الشعبي.',
      {
        passages: [
          {
            paragraph: 21,
            quote:
              'وبينما بررت واشنطن هذه العملية باعتبارها ضمن حقها في الدفاع عن النفس، اعتبر العراق أن مثل هذه الضربات تُعد أعمالا عدائية من شأنها الإضرار بالمصلحة الوطنية والمساس بسيادة وأمن واستقرار البلاد',
          },
        ],
        dateResolution: {
          phrase: 'في مطلع يناير/ كانون الثاني الماضي',
          resolvedAs: '2024-01',
          reasoning: LAST_JANUARY_IS_2024,
        },
      },
    ),
    reportedBy: 'article',
    external: [
      {
        fields: ['category'],
        source: {
          ar: 'يونايتد برس إنترناشونال، 4 يناير/ كانون الثاني 2024: نفّذ الجيش الأمريكي "ضربة نادرة بطائرة مسيرة في بغداد" قتلت قائد حركة النجباء، كما أكد المتحدث باسم البنتاغون.',
          en: 'UPI, 4 January 2024: the US military carried out "a rare drone strike in Baghdad" that killed the leader of Harakat al-Nujaba, as the Pentagon’s spokesman confirmed.',
        },
        url: 'https://www.upi.com/Top_News/World-News/2024/01/04/Baghdad-airstrike/3471704420993/',
        note: { ar: 'يقول المقال "هجوم أمريكي" فقط.', en: 'The article says only "a US attack".' },
      },
    ],
  },
  {
    id: 'tower-22-drone-attack',
    start: '[2024-01-01..2024-01-28]',
    title: {
      ar: 'مقتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة على قاعدة البرج 22 في الأردن',
      en: 'Drone attack on the Tower 22 base in Jordan kills three US soldiers',
    },
    summary: {
      ar: 'أدى هجوم بطائرة مسيرة استهدف قاعدة البرج 22 في الأردن، على الحدود مع سوريا، إلى مقتل ثلاثة جنود أمريكيين، وهم أول قتلى من الجنود الأمريكيين منذ انطلاق عملية طوفان الأقصى. اتهمت واشنطن جماعات متطرفة مدعومة من إيران بالمسؤولية عن الهجوم، ونفت طهران ذلك. وعقب الهجوم عُلقت المحادثات العراقية الأمريكية.',
      en: 'A drone attack on the Tower 22 base in Jordan, on the border with Syria, killed three US soldiers, the first US troops killed since Operation Al-Aqsa Flood began. Washington blamed Iran-backed extremist groups; Tehran denied it. The Iraq–US talks were suspended after the attack.',
    },
    category: 'air-strike',
    actors: {
      actor1: ACTORS.unidentified,
      actor2: ACTORS.usForces,
      associated: [
        {
          ar: 'جماعات متطرفة مدعومة من إيران (بحسب اتهام واشنطن)',
          en: 'Iran-backed extremist groups (as accused by Washington)',
        },
      ],
    },
    location: PLACES.tower22,
    fatalities: 3,
    source: fromArticle(12, SHARED_QUOTES.talks, {
      passages: [
        {
          paragraph: 12,
          quote: 'واتهمت واشنطن جماعات متطرفة مدعومة من إيران بالمسؤولية عن الهجوم، وهو الأمر الذي نفته طهران.',
        },
        {
          paragraph: 38,
          quote:
            'فمنذ انطلاق عملية طوفان الأقصى تعرضت لأكثر من 160 هجوما وسقط 3 قتلى من الجنود الأمريكيين لأول مرة، في الهجوم الذي استهدف قاعدة البرج 22 في الأردن',
        },
      ],
      dateResolution: {
        phrase: 'عقب هجوم بطائرة مسيرة',
        resolvedAs: '[2024-01-01..2024-01-28]',
        reasoning: {
          ar: 'لا يذكر المقال تاريخا للهجوم. عُلقت المحادثات "في الثامن والعشرين من الشهر نفسه"، أي يناير/ كانون الثاني 2024، "عقب" الهجوم (الفقرة 12)، فقد وقع في يناير 2024، في الثامن والعشرين منه أو قبله، واليوم غير مذكور. الشهر لا شك فيه، فلا علامة استفهام؛ والتاريخ مكتوب بصيغة EDTF ليوم واحد غير معروف من الأول حتى الثامن والعشرين: [2024-01-01..2024-01-28].',
          en: 'The article gives the attack no date of its own. The talks were suspended "on the 28th of the same month", January 2024, "following" (عقب) the attack (paragraph 12): so it happened in January 2024, on or before the 28th; the day is not given. The month is not in doubt, so no "?"; the date is written as EDTF’s one day, not known which, of the 1st to the 28th: [2024-01-01..2024-01-28].',
        },
      },
    }),
    reportedBy: 'article',
    external: [OUTSIDE.tower22Place, OUTSIDE.mafraqGovernorate],
  },
  {
    id: 'iraq-us-talks-suspended',
    start: '2024-01-28',
    title: { ar: 'تعليق المحادثات العراقية الأمريكية', en: 'Iraq–US talks suspended' },
    summary: {
      ar: 'عُلقت المحادثات بين بغداد وواشنطن عقب هجوم بطائرة مسيرة أدى إلى مقتل ثلاثة جنود أمريكيين في الأردن على الحدود مع سوريا.',
      en: 'The talks between Baghdad and Washington were suspended following a drone attack that killed three US soldiers in Jordan on the border with Syria.',
    },
    category: 'talks-suspended',
    actors: { actor1: ACTORS.iraqGovernment, actor2: ACTORS.usGovernment },
    source: fromArticle(12, SHARED_QUOTES.talks, {
      dateResolution: {
        phrase: 'الثامن والعشرين من الشهر نفسه',
        resolvedAs: '2024-01-28',
        reasoning: {
          ar: '"الشهر نفسه" هو شهر إطلاق المحادثات، "مطلع يناير/ كانون الثاني الماضي"، أي يناير 2024 لمقال نُشر في فبراير/ شباط 2024.',
          en: '"The same month" is the month the talks were launched in, "early last January": January 2024, for an article published in February 2024.',
        },
      },
    }),
    reportedBy: 'article',
  },
  {
    id: 'us-troops-in-iraq',
    kind: 'fact',
    start: '2024-02',
    title: { ar: 'نحو 2500 عسكري أمريكي في العراق', en: 'About 2,500 US troops in Iraq' },
    summary: {
      ar: 'تنشر واشنطن حاليا نحو 2500 عسكري في العراق في إطار مكافحة تنظيم الدولة.',
      en: 'Washington currently deploys about 2,500 troops in Iraq as part of the fight against the Islamic State group.',
    },
    category: 'troop-presence',
    actors: { actor1: ACTORS.usForces },
    location: PLACES.iraq,
    value: { amount: 2500, unit: { ar: 'عسكري', en: 'troops' }, bound: 'about' },
    source: fromArticle(17, SHARED_QUOTES.troops, {
      dateResolution: { phrase: 'حاليا', resolvedAs: '2024-02', reasoning: NOW_IS_PUBLICATION },
    }),
    reportedBy: 'article',
  },
  {
    id: 'us-troops-in-syria',
    kind: 'fact',
    start: '2024-02',
    title: { ar: 'نحو 900 عسكري أمريكي في سوريا', en: 'About 900 US troops in Syria' },
    summary: {
      ar: 'تنشر واشنطن حاليا نحو 900 عسكري في سوريا في إطار مكافحة تنظيم الدولة.',
      en: 'Washington currently deploys about 900 troops in Syria as part of the fight against the Islamic State group.',
    },
    category: 'troop-presence',
    actors: { actor1: ACTORS.usForces },
    location: PLACES.syria,
    value: { amount: 900, unit: { ar: 'عسكري', en: 'troops' }, bound: 'about' },
    source: fromArticle(17, SHARED_QUOTES.troops, {
      dateResolution: { phrase: 'حاليا', resolvedAs: '2024-02', reasoning: NOW_IS_PUBLICATION },
    }),
    reportedBy: 'article',
  },
  {
    id: 'attacks-on-us-forces-count',
    kind: 'fact',
    start: '2024-02',
    title: {
      ar: 'أكثر من 165 هجوما على القوات الأمريكية في العراق وسوريا',
      en: 'More than 165 attacks on US forces in Iraq and Syria',
    },
    summary: {
      ar: 'تعرضت القوات الأمريكية المتمركزة في العراق وسوريا لأكثر من 165 هجوما منذ اندلاع الحرب بين إسرائيل وحركة حماس في السابع من أكتوبر/ تشرين الأول 2023، وسط هجمات متبادلة شبه يومية مع الفصائل المسلحة المتحالفة مع إيران.',
      en: 'US forces stationed in Iraq and Syria have come under more than 165 attacks since the war between Israel and Hamas broke out on 7 October 2023, amid near-daily exchanges of attacks with Iran-allied armed factions.',
    },
    category: 'other-development',
    actors: { actor1: ACTORS.iranAlliedFactions, actor2: ACTORS.usForces },
    location: PLACES.iraqAndSyria,
    value: { amount: 165, unit: { ar: 'هجوما', en: 'attacks' }, bound: 'more-than' },
    source: fromArticle(10, SHARED_QUOTES.attackCount, {
      passages: [
        {
          paragraph: 10,
          quote:
            'وتأتي هذه المحادثات على وقع تزايد الهجمات المتبادلة، شبه اليومية، بين الفصائل المسلحة المتحالفة مع إيران والقوات الأمريكية المتمركزة في العراق وسوريا.',
        },
      ],
      dateResolution: {
        phrase: 'وتعرضت تلك القوات لأكثر من 165 هجوما',
        resolvedAs: '2024-02',
        reasoning: {
          ar: 'العدد يمتد من 7 أكتوبر/ تشرين الأول 2023 حتى وقت كتابة المقال، الذي نُشر في فبراير/ شباط 2024.',
          en: 'The count runs from 7 October 2023 to the time of writing; the article was published in February 2024.',
        },
      },
    }),
    reportedBy: 'article',
  },
  {
    id: 'attacks-on-us-forces-count-researcher',
    kind: 'fact',
    start: '2024-02',
    title: {
      ar: 'باحث: أكثر من 160 هجوما على القوات الأمريكية منذ طوفان الأقصى',
      en: 'Researcher: more than 160 attacks on US forces since Al-Aqsa Flood',
    },
    summary: {
      ar: 'قال محمد عباس ناجي، الباحث بمركز الأهرام للدراسات السياسية بالقاهرة، إن القوات الأمريكية في العراق وسوريا تعرضت لأكثر من 160 هجوما منذ انطلاق عملية طوفان الأقصى، وإن هذا "دافع قوي للانسحاب".',
      en: 'Mohammed Abbas Nagi, a researcher at the Al-Ahram Center for Political Studies in Cairo, said US forces in Iraq and Syria have come under more than 160 attacks since Operation Al-Aqsa Flood began, and that this is "a strong motive for withdrawal".',
    },
    category: 'other-development',
    actors: { actor2: ACTORS.usForces },
    location: PLACES.iraqAndSyria,
    value: { amount: 160, unit: { ar: 'هجوما', en: 'attacks' }, bound: 'more-than' },
    source: fromArticle(
      38,
      'يجيب الدكتور محمد عباس ناجي، الباحث بمركز الأهرام للدراسات السياسية بالقاهرة، قائلا إن وجود تلك القوات في العراق وسوريا يعرضها للتهديد المستمر، فمنذ انطلاق عملية طوفان الأقصى تعرضت لأكثر من 160 هجوما وسقط 3 قتلى من الجنود الأمريكيين لأول مرة، في الهجوم الذي استهدف قاعدة البرج 22 في الأردن، و"هذا دافع قوي للانسحاب".',
      {
        dateResolution: {
          phrase: 'تعرضت لأكثر من 160 هجوما',
          resolvedAs: '2024-02',
          reasoning: {
            ar: 'العدد يمتد من انطلاق عملية طوفان الأقصى حتى وقت حديث الباحث، الذي نقله مقال نُشر في فبراير/ شباط 2024.',
            en: 'The count runs from the start of Operation Al-Aqsa Flood to the time the researcher spoke, as reported in an article published in February 2024.',
          },
        },
      },
    ),
    reportedBy: 'article',
  },
  {
    id: 'abu-baqir-al-saadi-killed',
    start: '2024-02-07',
    title: {
      ar: 'مقتل القيادي في كتائب حزب الله أبو باقر الساعدي بغارة أمريكية شرقي بغداد',
      en: 'US strike kills Kataib Hezbollah commander Abu Baqir al-Saadi in east Baghdad',
    },
    summary: {
      ar: 'لقي القيادي في كتائب "حزب الله" العراقية التابعة للحشد الشعبي، أبو باقر الساعدي، مصرعه في غارة أمريكية استهدفت سيارة كانت تقله شرقي بغداد. وقال مسؤول أمريكي إن واشنطن لم تبلغ العراق بالضربة إلا بعد تنفيذها، فيما أكدت بغداد أن تكرار الضربات يدفعها "أكثر من أي وقت مضى" إلى إنهاء مهمة التحالف.',
      en: 'Abu Baqir al-Saadi, a commander of the Iraqi Kataib Hezbollah, part of the Popular Mobilization Forces, was killed in a US air strike on a car carrying him in east Baghdad. A US official told CNN that Washington informed Iraq of the strike only after it was carried out, citing "operational security concerns"; Baghdad said repeated US strikes push the government "more than ever" to end the coalition mission.',
    },
    category: 'air-strike',
    actors: {
      actor1: ACTORS.usForces,
      actor2: ACTORS.kataibHezbollah,
      associated: [ACTORS.abuBaqir, ACTORS.popularMobilization],
    },
    location: PLACES.eastBaghdad,
    source: fromArticle(
      22,
      'وفي يوم الأربعاء 7 فبراير/ شباط الجاري، لقي القيادي في كتائب "حزب الله" العراقية التابعة للحشد الشعبي، أبو باقر الساعدي، ، مصرعه في غارة أمريكية استهدفت سيارة كانت تقله شرقي بغداد.',
      {
        passages: [
          {
            paragraph: 23,
            quote:
              'وقال مسؤول أمريكي، لشبكة سي إن إن، إن واشنطن لم تبلغ العراق بالضربة إلا بعد تنفيذها، بسبب "مخاوف أمنية عملياتية".',
          },
          {
            paragraph: 24,
            quote:
              'ردا على ذلك، أكدت بغداد أن تكرار القوات الأمريكية لضرباتها على البلاد يدفع الحكومة العراقية "أكثر من أي وقت مضى" إلى إنهاء مهمة التحالف الدولي.',
          },
        ],
        dateResolution: {
          phrase: 'يوم الأربعاء 7 فبراير/ شباط الجاري',
          resolvedAs: '2024-02-07',
          reasoning: {
            ar: '"الجاري" هو شهر نشر المقال، فبراير/ شباط 2024، وقد وافق 7 فبراير 2024 يوم أربعاء كما يذكر المقال.',
            en: '"This month" (الجاري) is the month of publication, February 2024; 7 February 2024 was a Wednesday, as the article says.',
          },
        },
      },
    ),
    reportedBy: 'article',
    external: [
      {
        fields: ['location.latitude', 'location.longitude', 'location.geoPrecision'],
        source: {
          ar: 'أسوشيتد برس، 7 فبراير/ شباط 2024: أصابت الضربة سيارة على طريق رئيسي في حي المشتل شرقي بغداد.',
          en: 'AP, 7 February 2024: the strike hit a car on a main road in the Mashtal neighbourhood of eastern Baghdad.',
        },
        url: 'https://www.outlookindia.com/international/drone-strike-in-baghdad-kills-high-ranking-militia-commander-officials-say',
        note: {
          ar: 'نقطة لشرق بغداد برقم عشري واحد (نحو 10 كيلومترات)، لا موضع الضربة بالضبط.',
          en: 'A point for east Baghdad to one decimal (about 10 km), not the exact spot of the strike.',
        },
      },
      OUTSIDE.baghdadGovernorate,
    ],
    editorNote: {
      ar: 'لا يذكر المقال عدد القتلى، ولا يسمّي منهم غير الساعدي.',
      en: 'The article gives no death toll and names no one killed but al-Saadi.',
    },
  },
  {
    id: 'abu-baqir-al-saadi-funeral',
    start: '2024-02-08',
    title: {
      ar: 'تشييع أبي باقر الساعدي',
      en: 'Funeral of Abu Baqir al-Saadi',
    },
    summary: {
      ar: 'عناصر من قوات الحشد الشعبي تحرس جنازة أبي باقر الساعدي (تعليق صورة لوكالة فرانس برس).',
      en: 'Members of the Popular Mobilization Forces guard the funeral of Abu Baqir al-Saadi (AFP photo caption).',
    },
    category: 'funeral',
    actors: { actor1: ACTORS.popularMobilization, associated: [ACTORS.abuBaqir] },
    source: fromArticle(28, 'AFP عناصر من قوات الحشد الشعبي تحرس جنازة أبو باقر الساعدي في 8 فبراير/ شباط', {
      dateResolution: {
        phrase: 'في 8 فبراير/ شباط',
        resolvedAs: '2024-02-08',
        reasoning: {
          ar: 'لا يذكر تعليق الصورة السنة؛ الجنازة لقيادي قُتل يوم الأربعاء 7 فبراير/ شباط 2024 (الفقرة 22)، فالثامن من فبراير هو في عام 2024.',
          en: 'The caption gives no year; it is the funeral of the commander killed on Wednesday 7 February 2024 (paragraph 22), so 8 February is in 2024.',
        },
      },
    }),
    reportedBy: 'article',
  },
  {
    id: 'iraqi-parliament-calls-for-end-of-foreign-forces',
    start: '2024-02-10',
    title: {
      ar: 'مجلس النواب العراقي يدعو إلى إنهاء مهام القوات الأجنبية',
      en: 'Iraqi parliament calls for ending the missions of foreign forces',
    },
    summary: {
      ar: 'دعا مجلس النواب العراقي إلى إنهاء مهام القوات الأجنبية في البلاد، وأحال للحكومة مقترح قانون بهذا الشأن.',
      en: 'The Iraqi Council of Representatives called for ending the missions of foreign forces in the country and referred a draft law on the matter to the government.',
    },
    category: 'declaration',
    actors: { actor1: ACTORS.iraqiParliament },
    location: PLACES.iraq,
    source: fromArticle(
      25,
      'وفي يوم السبت 10 فبراير/ شباط، دعا مجلس النواب العراقي إلى إنهاء مهام القوات الأجنبية في البلاد، وأحال للحكومة مقترح قانون بهذا الشأن.',
      {
        dateResolution: {
          phrase: 'يوم السبت 10 فبراير/ شباط',
          resolvedAs: '2024-02-10',
          reasoning: {
            ar: 'لا تُذكر السنة؛ الفقرة تلي غارة "7 فبراير/ شباط الجاري" (فبراير 2024)، وقد وافق 10 فبراير 2024 يوم سبت.',
            en: 'No year is given; the paragraph follows the strike of "7 February this month" (February 2024), and 10 February 2024 was a Saturday.',
          },
        },
      },
    ),
    reportedBy: 'article',
  },
  {
    id: 'army-spokesman-on-talks-timetable',
    start: '2024-02-11?',
    title: {
      ar: 'المتحدث باسم الجيش العراقي: المحادثات تبحث جدولا زمنيا لإنهاء مهمة التحالف',
      en: 'Iraqi army spokesman: talks discuss a timetable for ending the coalition mission',
    },
    summary: {
      ar: 'قال بيان للمتحدث باسم الجيش العراقي اللواء يحيى رسول إن المحادثات الثنائية بين العراق والولايات المتحدة، التي استؤنفت مؤخرا، تبحث جدولا زمنيا "لخفض مدروس وتدريجي وصولا إلى إنهاء مهمة قوات التحالف الدولي لمكافحة تنظيم الدولة الإسلامية" في العراق.',
      en: 'A statement by Iraqi army spokesman Maj. Gen. Yahya Rasool said the bilateral talks between Iraq and the United States, recently resumed, are discussing a timetable "for a studied and gradual reduction leading to the end of the mission of the international coalition forces fighting the Islamic State group" in Iraq.',
    },
    category: 'talks',
    actors: { actor1: ACTORS.iraqiArmy, associated: [ACTORS.rasool] },
    source: fromArticle(
      9,
      'وقال بيان للمتحدث باسم الجيش العراقي اللواء "يحيى رسول"، يوم الأحد الماضي، إن المحادثات تبحث جدولا زمنيا "لخفض مدروس وتدريجي وصولا إلى إنهاء مهمة قوات التحالف الدولي لمكافحة تنظيم الدولة الإسلامية" في العراق.',
      {
        passages: [{ paragraph: 8, quote: SHARED_QUOTES.talksResumed }],
        dateResolution: {
          phrase: 'يوم الأحد الماضي',
          resolvedAs: '2024-02-11?',
          reasoning: {
            ar: '"الأحد الماضي" يُحسب من يوم النشر، وهو غير مذكور. نُشر المقال في فبراير/ شباط 2024 ("الجاري" في الفقرة 22) ويروي أحداث السبت 10 فبراير بصيغة الماضي (الفقرة 25)، فأقرب أحد سابق للنشر هو على الأرجح 11 فبراير 2024. التاريخ غير مؤكد: لو نُشر المقال يوم 10 فبراير نفسه لكان الأحد 4 فبراير، ولو نُشر بعد 18 فبراير لكان الأحد 18 فبراير.',
            en: '"Last Sunday" counts back from the day of publication, which the article does not give. It was published in February 2024 ("الجاري", paragraph 22) and already reports Saturday 10 February in the past (paragraph 25), so the most recent Sunday before publication is most plausibly 11 February 2024. Uncertain: published on 10 February itself, it would be 4 February; published after 18 February, it would be 18 February.',
          },
        },
      },
    ),
    reportedBy: 'article',
  },
];

export default iraqCoalitionEvents;
