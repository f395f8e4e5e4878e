/**
 * The events of one article as typed data: "من الرابح والخاسر من "انسحاب" قوات التحالف الدولي من
 * العراق؟", a BBC Arabic report republished by Elaph in February 2024
 * (kept verbatim in `events/sources/iraq-coalition-2024-02.ar.txt`, to verify the quotes).
 *
 * Everything here is what the article says, at the precision it says it: a month stays a month.
 * Where the article dates something relative to another statement ("الماضي", "الشهر نفسه", "يوم
 * الأحد الماضي") the record says how it was resolved, in `source.dateResolution`.
 *
 * `source.paragraph` is the 1-based index of the quote's line among the article file's non-empty
 * lines (a line with any non-whitespace character). The file holds one paragraph, heading or photo
 * caption per line, and the count includes the header lines ("أخبار" is paragraph 1).
 *
 * Records are ordered by the first day their `start` covers (`2014` sorts as 1 January 2014).
 * Reader comments (from paragraph 58, "التعليقات") are opinion, not reporting: none is included.
 */
import type { ConflictEvent, DateResolution, EdtfDate, EventSource, LocalizedText } from '../src/model/types.js';

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

/** The source of a record: the article, the paragraph and the verbatim sentence it comes from. */
function fromArticle(paragraph: number, quote: string, dateResolution?: DateResolution): EventSource {
  const { outlet, language, published } = iraqCoalitionSource;
  return { outlet, language, published, quote, paragraph, ...(dateResolution ? { dateResolution } : {}) };
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

// Places. Coordinates only where the article names a place precisely (Baghdad, Tower 22).
const BAGHDAD_ADMIN1: LocalizedText = { ar: 'بغداد', en: 'Baghdad' };
const PLACES = {
  iraq: { name: { ar: 'العراق', en: 'Iraq' }, country: 'IQ' },
  syria: { name: { ar: 'سوريا', en: 'Syria' }, country: 'SY' },
  iraqAndSyria: { name: { ar: 'العراق وسوريا', en: 'Iraq and Syria' } },
  afghanistan: { name: { ar: 'أفغانستان', en: 'Afghanistan' }, country: 'AF' },
  gaza: { name: { ar: 'قطاع غزة', en: 'Gaza Strip' }, country: 'PS' },
  baghdad: {
    name: { ar: 'بغداد', en: 'Baghdad' },
    admin1: BAGHDAD_ADMIN1,
    country: 'IQ',
    latitude: 33.3152,
    longitude: 44.3661,
  },
  eastBaghdad: {
    name: { ar: 'شرقي بغداد', en: 'East Baghdad' },
    admin1: BAGHDAD_ADMIN1,
    country: 'IQ',
    latitude: 33.3152,
    longitude: 44.3661,
  },
  // Rukban, Ruwaished district, in Jordan's far north-east; rounded: the article names the base, not a point.
  tower22: {
    name: { ar: 'قاعدة البرج 22', en: 'Tower 22 base' },
    admin1: { ar: 'المفرق', en: 'Mafraq' },
    country: 'JO',
    latitude: 33.32,
    longitude: 38.69,
  },
} as const;

// Sentences that several records quote (verbatim, with paragraph).
const SHARED_QUOTES = {
  soleimaniAndVote:
    'ولا تعد هذه هي المرة الأولى التي يطالب فيها العراق بإنهاء مهمة قوات التحالف، ففي أعقاب مقتل قائد الحرس الثوري الإيراني "قاسم سليماني" على يد الجيش الأمريكي في بغداد، في يناير/ كانون الثاني عام 2020، صوّت البرلمان العراقي لصالح إنهاء الوجود العسكري الأمريكي في البلاد.',
  attackCount:
    'وتعرضت تلك القوات لأكثر من 165 هجوما، منذ اندلاع الحرب بين إسرائيل وحركة حماس في قطاع غزة، في السابع من أكتوبر/ تشرين الأول الماضي.',
  talks:
    'وكانت بغداد وواشنطن قد أطلقتا هذه المحادثات في مطلع يناير/ كانون الثاني الماضي، في إطار "لجنة عسكرية عليا" مشتركة، لكنها عُلقت في الثامن والعشرين من الشهر نفسه، عقب هجوم بطائرة مسيرة أدى إلى مقتل ثلاثة جنود أمريكيين في الأردن على الحدود مع سوريا.',
  troops: 'وتنشر واشنطن حاليا نحو 2500 عسكري في العراق، ونحو 900 في سوريا في إطار مكافحة تنظيم الدولة.',
} as const;

/** Every dated event and dated fact the article reports, ordered by start. */
export const iraqCoalitionEvents: readonly ConflictEvent[] = [
  {
    id: 'coalition-air-campaign-against-isis',
    start: '2014',
    end: '2017-12',
    title: {
      ar: 'التحالف الدولي يشن ضربات جوية على تنظيم الدولة الإسلامية في العراق وسوريا',
      en: 'International coalition air campaign against the Islamic State group in Iraq and Syria',
    },
    summary: {
      ar: 'بدأ التحالف الدولي، الذي تمثل القوات الأمريكية قوامه الرئيسي، عملياته العسكرية بضربات جوية استهدفت مقاتلي التنظيم في العراق وسوريا، واستمر القتال لأكثر من ثلاث سنوات.',
      en: 'The international coalition, whose main force is US troops, began its military operations with air strikes on the group’s fighters in Iraq and Syria; the fighting lasted more than three years.',
    },
    category: 'air-strike',
    actors: { actor1: ACTORS.coalition, actor2: ACTORS.isis, associated: [ACTORS.usForces] },
    location: PLACES.iraqAndSyria,
    source: fromArticle(
      15,
      'وتمثل القوات الأمريكية القوام الرئيسي لقوات التحالف الدولي، الذي بدأ عملياته العسكرية بضربات جوية استهدفت مقاتلي التنظيم في العراق وسوريا، واستمر القتال لأكثر من ثلاث سنوات.',
      {
        phrase: 'واستمر القتال لأكثر من ثلاث سنوات',
        resolvedAs: '2017-12',
        reasoning: {
          ar: 'الفقرة لا تذكر تاريخا. بدأت العمليات بعد إعلان التحالف "عام 2014" (الفقرة 14)، وانتهى القتال بإعلان النصر "في ديسمبر/ كانون الأول عام 2017" (الفقرة 16)، وهذا يتفق مع "أكثر من ثلاث سنوات". البداية بدقة السنة لأن المقال لا يذكر متى بدأت الضربات.',
          en: 'The paragraph gives no date. Operations began after the coalition was announced "in 2014" (paragraph 14) and the fighting ended with the victory declared "in December 2017" (paragraph 16), which agrees with "more than three years". The start stays a year: the article does not say when the first strikes fell.',
        },
      },
    ),
    reportedBy: 'article',
  },
  {
    id: 'obama-announces-anti-isis-coalition',
    start: '2014-09-10',
    title: {
      ar: 'أوباما يعلن تشكيل تحالف دولي لمكافحة تنظيم الدولة الإسلامية',
      en: 'Obama announces an international coalition against the Islamic State group',
    },
    summary: {
      ar: 'أعلن الرئيس الأمريكي آنذاك باراك أوباما تشكيل تحالف دولي لمكافحة تنظيم الدولة الإسلامية في العراق والشام "داعش" والقضاء عليه، من خلال عمليات عسكرية مشتركة تقودها الولايات المتحدة.',
      en: 'Then US President Barack Obama announced the formation of an international coalition to fight and eliminate the so-called Islamic State in Iraq and the Levant (ISIS), through joint military operations led by the United States.',
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
    source: fromArticle(16, 'وفي ديسمبر/ كانون الأول عام 2017، أعلنت الحكومة العراقية وقوات التحالف النصر على داعش.'),
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
    location: PLACES.baghdad,
    fatalities: 1,
    source: fromArticle(26, SHARED_QUOTES.soleimaniAndVote),
    reportedBy: 'article',
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
    ),
    reportedBy: 'article',
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
    category: 'armed-clash',
    actors: { actor1: ACTORS.israel, actor2: ACTORS.hamas },
    location: PLACES.gaza,
    source: fromArticle(10, SHARED_QUOTES.attackCount, {
      phrase: 'في السابع من أكتوبر/ تشرين الأول الماضي',
      resolvedAs: '2023-10-07',
      reasoning: {
        ar: 'نُشر المقال في فبراير/ شباط 2024، فـ"أكتوبر/ تشرين الأول الماضي" هو أكتوبر 2023.',
        en: 'The article was published in February 2024, so "last October" is October 2023.',
      },
    }),
    reportedBy: 'article',
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
      en: 'Baghdad and Washington launched bilateral talks on the withdrawal of international coalition forces from Iraq, within a joint "higher military committee".',
    },
    category: 'talks',
    actors: { actor1: ACTORS.iraqGovernment, actor2: ACTORS.usGovernment },
    source: fromArticle(12, SHARED_QUOTES.talks, {
      phrase: 'في مطلع يناير/ كانون الثاني الماضي',
      resolvedAs: '2024-01',
      reasoning: LAST_JANUARY_IS_2024,
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
    fatalities: 1,
    source: fromArticle(
      20,
      'ومن أبرز هذه الهجمات ما حدث في مطلع يناير/ كانون الثاني الماضي، حين أسفر هجوم أمريكي عن مقتل "مشتاق طالب السعيدي" المُلقب بـ "أبو تقوى" القيادي بحركة النجباء إحدى الميليشيات العراقية المنضوية ضمن فصائل الحشد الشعبي.',
      { phrase: 'في مطلع يناير/ كانون الثاني الماضي', resolvedAs: '2024-01', reasoning: LAST_JANUARY_IS_2024 },
    ),
    reportedBy: 'article',
  },
  {
    id: 'tower-22-drone-attack',
    start: '2024-01?',
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
      phrase: 'عقب هجوم بطائرة مسيرة',
      resolvedAs: '2024-01?',
      reasoning: {
        ar: 'لا يذكر المقال تاريخا للهجوم. عُلقت المحادثات في 28 يناير/ كانون الثاني 2024 "عقب" الهجوم، فقد وقع في ذلك اليوم أو قبله بقليل، ويضعه الباحث (الفقرة 38) بعد 7 أكتوبر/ تشرين الأول 2023. بقي التاريخ بدقة الشهر وموسوما بعدم اليقين، لأن "عقب" لا تستبعد شهرا سابقا.',
        en: 'The article gives the attack no date of its own. The talks were suspended on 28 January 2024 "following" (عقب) it, so it happened on or shortly before that day; the researcher (paragraph 38) places it after 7 October 2023. Kept at month precision and marked uncertain, since "following" does not rule out an earlier month.',
      },
    }),
    reportedBy: 'article',
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
      phrase: 'الثامن والعشرين من الشهر نفسه',
      resolvedAs: '2024-01-28',
      reasoning: {
        ar: '"الشهر نفسه" هو شهر إطلاق المحادثات، "مطلع يناير/ كانون الثاني الماضي"، أي يناير 2024 لمقال نُشر في فبراير/ شباط 2024.',
        en: '"The same month" is the month the talks were launched in, "early last January": January 2024, for an article published in February 2024.',
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
    value: { amount: 2500, unit: { ar: 'عسكري', en: 'troops' }, approximate: true },
    source: fromArticle(17, SHARED_QUOTES.troops, {
      phrase: 'حاليا',
      resolvedAs: '2024-02',
      reasoning: NOW_IS_PUBLICATION,
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
    value: { amount: 900, unit: { ar: 'عسكري', en: 'troops' }, approximate: true },
    source: fromArticle(17, SHARED_QUOTES.troops, {
      phrase: 'حاليا',
      resolvedAs: '2024-02',
      reasoning: NOW_IS_PUBLICATION,
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
    value: { amount: 165, unit: { ar: 'هجوما', en: 'attacks' }, approximate: true },
    source: fromArticle(10, SHARED_QUOTES.attackCount, {
      phrase: 'وتعرضت تلك القوات لأكثر من 165 هجوما',
      resolvedAs: '2024-02',
      reasoning: {
        ar: 'العدد يمتد من 7 أكتوبر/ تشرين الأول 2023 حتى وقت كتابة المقال، الذي نُشر في فبراير/ شباط 2024.',
        en: 'The count runs from 7 October 2023 to the time of writing; the article was published in February 2024.',
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
    value: { amount: 160, unit: { ar: 'هجوما', en: 'attacks' }, approximate: true },
    source: fromArticle(
      38,
      'يجيب الدكتور محمد عباس ناجي، الباحث بمركز الأهرام للدراسات السياسية بالقاهرة، قائلا إن وجود تلك القوات في العراق وسوريا يعرضها للتهديد المستمر، فمنذ انطلاق عملية طوفان الأقصى تعرضت لأكثر من 160 هجوما وسقط 3 قتلى من الجنود الأمريكيين لأول مرة، في الهجوم الذي استهدف قاعدة البرج 22 في الأردن، و"هذا دافع قوي للانسحاب".',
      {
        phrase: 'تعرضت لأكثر من 160 هجوما',
        resolvedAs: '2024-02',
        reasoning: {
          ar: 'العدد يمتد من انطلاق عملية طوفان الأقصى حتى وقت حديث الباحث، الذي نقله مقال نُشر في فبراير/ شباط 2024.',
          en: 'The count runs from the start of Operation Al-Aqsa Flood to the time the researcher spoke, as reported in an article published in February 2024.',
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
    fatalities: 1,
    source: fromArticle(
      22,
      'وفي يوم الأربعاء 7 فبراير/ شباط الجاري، لقي القيادي في كتائب "حزب الله" العراقية التابعة للحشد الشعبي، أبو باقر الساعدي، ، مصرعه في غارة أمريكية استهدفت سيارة كانت تقله شرقي بغداد.',
      {
        phrase: 'يوم الأربعاء 7 فبراير/ شباط الجاري',
        resolvedAs: '2024-02-07',
        reasoning: {
          ar: '"الجاري" هو شهر نشر المقال، فبراير/ شباط 2024، وقد وافق 7 فبراير 2024 يوم أربعاء كما يذكر المقال.',
          en: '"This month" (الجاري) is the month of publication, February 2024; 7 February 2024 was a Wednesday, as the article says.',
        },
      },
    ),
    reportedBy: 'article',
  },
  {
    id: 'abu-baqir-al-saadi-funeral',
    start: '2024-02-08',
    title: {
      ar: 'عناصر من الحشد الشعبي تحرس جنازة أبو باقر الساعدي',
      en: 'Popular Mobilization Forces members guard Abu Baqir al-Saadi’s funeral',
    },
    summary: {
      ar: 'عناصر من قوات الحشد الشعبي تحرس جنازة أبو باقر الساعدي (تعليق صورة لوكالة فرانس برس).',
      en: 'Members of the Popular Mobilization Forces guard the funeral of Abu Baqir al-Saadi (AFP photo caption).',
    },
    category: 'funeral',
    actors: { actor1: ACTORS.popularMobilization, associated: [ACTORS.abuBaqir] },
    source: fromArticle(28, 'AFP عناصر من قوات الحشد الشعبي تحرس جنازة أبو باقر الساعدي في 8 فبراير/ شباط', {
      phrase: 'في 8 فبراير/ شباط',
      resolvedAs: '2024-02-08',
      reasoning: {
        ar: 'لا يذكر تعليق الصورة السنة؛ الجنازة لقيادي قُتل يوم الأربعاء 7 فبراير/ شباط 2024 (الفقرة 22)، فالثامن من فبراير هو في عام 2024.',
        en: 'The caption gives no year; it is the funeral of the commander killed on Wednesday 7 February 2024 (paragraph 22), so 8 February is in 2024.',
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
        phrase: 'يوم السبت 10 فبراير/ شباط',
        resolvedAs: '2024-02-10',
        reasoning: {
          ar: 'لا تُذكر السنة؛ الفقرة تلي غارة "7 فبراير/ شباط الجاري" (فبراير 2024)، وقد وافق 10 فبراير 2024 يوم سبت.',
          en: 'No year is given; the paragraph follows the strike of "7 February this month" (February 2024), and 10 February 2024 was a Saturday.',
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
        phrase: 'يوم الأحد الماضي',
        resolvedAs: '2024-02-11?',
        reasoning: {
          ar: '"الأحد الماضي" يُحسب من يوم النشر، وهو غير مذكور. نُشر المقال في فبراير/ شباط 2024 ("الجاري" في الفقرة 22) ويروي أحداث السبت 10 فبراير بصيغة الماضي (الفقرة 25)، فأقرب أحد سابق للنشر هو على الأرجح 11 فبراير 2024. التاريخ غير مؤكد: لو نُشر المقال يوم 10 فبراير نفسه لكان الأحد 4 فبراير، ولو نُشر بعد 18 فبراير لكان الأحد 18 فبراير.',
          en: '"Last Sunday" counts back from the day of publication, which the article does not give. It was published in February 2024 ("الجاري", paragraph 22) and already reports Saturday 10 February in the past (paragraph 25), so the most recent Sunday before publication is most plausibly 11 February 2024. Uncertain: published on 10 February itself, it would be 4 February; published after 18 February, it would be 18 February.',
        },
      },
    ),
    reportedBy: 'article',
  },
];

export default iraqCoalitionEvents;
