import type { Locale } from 'date-fns';
// Only this one locale file, so a bundle never pulls in date-fns' other locales.
import { enGB } from 'date-fns/locale/en-GB';
import type { DateQualifier, EventType, GeoPrecision, ValueBound } from '../model/types.js';
import { arLevant } from './locale-ar-levant.js';

/**
 * date-fns `format` patterns for each precision a source gives, and the parts a folded range
 * (`7–9 February 2024`) is built from.
 */
export interface DatePatterns {
  /** A whole date: `d MMMM y`. */
  readonly day: string;
  /** A month of a year: `MMMM y`. */
  readonly month: string;
  /** A year: `y`. */
  readonly year: string;
  /** Day and month, for the start of a range within one year: `d MMMM`. */
  readonly dayMonth: string;
  /** The month alone, for the start of a range within one year: `MMMM`. */
  readonly monthOnly: string;
  /** The day alone, for the start of a range within one month: `d`. */
  readonly dayOnly: string;
}

/** The sentences `explainDate` builds its explanation from. */
export interface DateExplanations {
  /** The source names only the year. */
  readonly year: string;
  /** The source names only the month. */
  readonly month: string;
  /** The source names only a part (early, mid, late) of a month. */
  readonly partOfMonth: string;
  /** The source names only a part (early, mid, late) of a year. */
  readonly partOfYear: string;
  /** The date is approximate (EDTF `~`). */
  readonly approximate: string;
  /** The source is not sure of the date (EDTF `?`). */
  readonly uncertain: string;
}

/** Every string the element shows, in one language. Counts arrive as numbers in Latin digits. */
export interface TimelineUiStrings {
  /** Accessible name of the timeline region. */
  readonly timelineLabel: string;
  /** Accessible name of the group of zoom and view buttons. */
  readonly controls: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** The button that shows every event. */
  readonly fit: string;
  readonly close: string;
  /** Accessible name of the list of event types (the legend). */
  readonly legend: string;
  readonly category: string;
  readonly source: string;
  readonly actors: string;
  readonly location: string;
  readonly fatalities: string;
  readonly reportedBy: string;
  /** Shown when only a reader's comment, not the article, reports the event. */
  readonly readerComment: string;
  /** Shown in place of an event's picture that did not load, before its alt text. */
  readonly imageUnavailable: string;
  /** The button that switches between the drawing and the list (pressed: the list). */
  readonly listView: string;
  /** Names of ACLED's six event types. */
  readonly eventTypes: Readonly<Record<EventType, string>>;
  /** Shown by an element with no data of its own (and no default): how to give it some. */
  readonly noData: string;
  /** Summarises problems found in the data. */
  readonly dataProblems: (errors: number, warnings: number, shown: number) => string;
  /** How to use the timeline from the keyboard (its accessible description). */
  readonly keyboardHelp: string;
  /** Announces the event the keyboard moved to: its name, then its place in the sequence. */
  readonly position: (name: string, index: number, total: number) => string;
  /** Announces the visible window after the user moved it. */
  readonly showing: (from: string, to: string) => string;
  /** The overview's summary of events it has no room to title: "3 events, 2019–2020". */
  readonly eventGroup: (count: string, period: string, n: number) => string;
  /** Announces that the details panel opened for an event. */
  readonly opened: (name: string) => string;
  /** Announces that the details panel closed. */
  readonly closed: string;
  /** Names a count item standing for many events: "1,234 battles, March 2015. Activate to zoom in." */
  readonly aggregate: (count: string, typeName: string, period: string) => string;
  /** Caption of the table of counts that stands for the density histogram (for assistive technology). */
  readonly countsCaption: string;
  /** That table's column of periods. */
  readonly period: string;
  /** That table's column of totals per period. */
  readonly total: string;
  /** The button that shows more of a long list. */
  readonly showMore: (count: string) => string;
  /** The list's button that renders the events before its current page. */
  readonly showEarlier: (count: string) => string;
  /** The indicator of a long `src` load: what is happening. */
  readonly loading: string;
  /** The indicator's count of rows read so far; `count` is `n` in the element's digits. */
  readonly rowsRead: (count: string, n: number) => string;
  /** Announced when a long load has ended: how many rows were read. */
  readonly loaded: (count: string, n: number) => string;
  /** A break in the vertical layout: roughly how long the time it leaves out is ("≈ 2 years"); `countText` is `count` in the element's digits. */
  readonly gapBreak: (unit: 'day' | 'month' | 'year', count: number, countText: string) => string;
  /** The key below the drawing: how it draws a date's precision. */
  readonly precisionKey: PrecisionKeyStrings;
  /** The details card's story controls: Previous, Next, Copy link. */
  readonly story: StoryStrings;
}

/** The details card's story controls (see `TimelineUiStrings.story`). */
export interface StoryStrings {
  /** Accessible name of the button to the previous shown event in time. */
  readonly previous: string;
  /** Accessible name of the button to the next shown event in time. */
  readonly next: string;
  /** Where the card's event stands among the shown events: "3 of 12" (numbers in the element's digits). */
  readonly counter: (index: string, total: string) => string;
  /** The button that copies a link to the event (with deep links on). */
  readonly copyLink: string;
  /** Said (and shown) when the link was copied. */
  readonly linkCopied: string;
  /** Label of the read-only field that shows the link when it could not be copied. */
  readonly linkField: string;
}

/** The words of the precision key, one per way the drawing marks a date. */
export interface PrecisionKeyStrings {
  /** What the key is, before its entries: "Dates:". */
  readonly label: string;
  /** A date to the day, drawn as a point. */
  readonly day: string;
  /** A month or a year, drawn as a span over its whole time with soft edges. */
  readonly span: string;
  /** An approximate date (EDTF `~`), drawn dotted; say the word the dates use ("about"). */
  readonly approximate: string;
  /** An uncertain date (EDTF `?`), drawn dotted; say the mark the dates use ("(?)"). */
  readonly uncertain: string;
}

/** Everything the timeline needs to speak one language. */
export interface TimelineLocale {
  /** BCP 47 tag it is registered under: `en`, `ar`, `fr`, `ar-IQ`. */
  readonly code: string;
  readonly dir: 'ltr' | 'rtl';
  /** The date-fns locale that names months and weekdays. */
  readonly dateFns: Locale;
  readonly patterns: DatePatterns;
  /**
   * Whether ranges write a shared month and year once (`7–9 February 2024`). This assumes
   * the patterns put the day before the month and the year last; set `false` otherwise.
   */
  readonly foldRanges: boolean;
  /** Put right before the date, with their own space or hyphen: `early `, `mid-`. */
  readonly qualifierWords: Readonly<Record<DateQualifier, string>>;
  /** Put before an approximate date, followed by a space: `about`. */
  readonly approximateWord: string;
  /** Put after an uncertain date, after a space: `(?)`. */
  readonly uncertainWord: string;
  /** Put after a year before year 1 (`44 BCE`), and after a year of the common era only when a range crosses it. */
  readonly eras: { readonly before: string; readonly common: string };
  /** Between the items of a list and between a title and its date: `, ` (Arabic `، `). */
  readonly listSeparator: string;
  readonly explanations: DateExplanations;
  readonly ui: TimelineUiStrings;
  /** The words of the lines saying where values come from (`provenanceLines`). */
  readonly provenance: ProvenanceStrings;
}

// --- Where values come from: the words of `provenanceLines` (src/i18n/provenance.ts) -----------

/** What the values of an outside source are about, as a reader names them. */
export type ProvenanceTopic =
  | 'date'
  | 'title'
  | 'summary'
  | 'type'
  | 'actors'
  | 'place'
  | 'admin1'
  | 'country'
  | 'coordinates'
  | 'fatalities'
  | 'figure'
  | 'editorNote'
  | 'publication';

/** The words of the provenance lines in one language. */
export interface ProvenanceStrings {
  /** Label of a line naming values that are not from the record's source. */
  readonly outside: string;
  readonly editorNote: string;
  readonly fatalities: string;
  /** Label of the figure a fact states. */
  readonly figure: string;
  /** Label of the reasoning behind a date the source gave relative to another. */
  readonly dateReading: string;
  readonly topics: Readonly<Record<ProvenanceTopic, string>>;
  /** How precisely coordinates place the event, by `location.geoPrecision`. */
  readonly geoPrecision: Readonly<Record<GeoPrecision, string>>;
  /** Between the topics of one line. */
  readonly listSeparator: string;
  /** An outside line's text: what the values are about, then where they come from. */
  readonly outsideText: (topics: string, source: string) => string;
  /** A toll with the source's low and high estimates; `best` is absent when only the range is given. */
  readonly fatalitiesRange: (best: string | undefined, low: string, high: string) => string;
  /** A figure as its bound words it: "more than 165 attacks". */
  readonly bounds: Readonly<Record<ValueBound, (amount: string, unit: string) => string>>;
}

const ENGLISH_PROVENANCE: ProvenanceStrings = {
  outside: 'Not from the source',
  editorNote: 'Editor’s note',
  fatalities: 'Fatalities',
  figure: 'Figure',
  dateReading: 'How the date was read',
  topics: {
    date: 'date',
    title: 'title',
    summary: 'summary',
    type: 'event type',
    actors: 'actors',
    place: 'place name',
    admin1: 'governorate or province',
    country: 'country',
    coordinates: 'coordinates',
    fatalities: 'death toll',
    figure: 'figure',
    editorNote: 'editor’s note',
    publication: 'publication details',
  },
  geoPrecision: {
    1: 'the place itself',
    2: 'approximate: near the place or in part of the area',
    3: 'approximate: the region only',
  },
  listSeparator: ', ',
  outsideText: (topics, source) => `${topics} — source: ${source}`,
  fatalitiesRange: (best, low, high) => (best === undefined ? `${low}–${high}` : `${best} (low ${low}, high ${high})`),
  bounds: {
    exact: (amount, unit) => `${amount} ${unit}`,
    about: (amount, unit) => `about ${amount} ${unit}`,
    'at-least': (amount, unit) => `at least ${amount} ${unit}`,
    'more-than': (amount, unit) => `more than ${amount} ${unit}`,
    'at-most': (amount, unit) => `at most ${amount} ${unit}`,
    'less-than': (amount, unit) => `under ${amount} ${unit}`,
  },
};

// As an Arabic desk writes it: "من خارج المصدر", "نحو 2500 عسكري", "أكثر من 165 هجوما".
const ARABIC_PROVENANCE: ProvenanceStrings = {
  outside: 'من خارج المصدر',
  editorNote: 'ملاحظة المحرر',
  fatalities: 'القتلى',
  figure: 'الرقم',
  dateReading: 'كيف قُرئ التاريخ',
  topics: {
    date: 'التاريخ',
    title: 'العنوان',
    summary: 'الملخص',
    type: 'نوع الحدث',
    actors: 'الأطراف',
    place: 'اسم المكان',
    admin1: 'المحافظة',
    country: 'البلد',
    coordinates: 'الإحداثيات',
    fatalities: 'عدد القتلى',
    figure: 'الرقم',
    editorNote: 'ملاحظة المحرر',
    publication: 'بيانات النشر',
  },
  geoPrecision: {
    1: 'المكان نفسه',
    2: 'تقريبية: قرب المكان أو في جزء من المنطقة',
    3: 'تقريبية: المنطقة لا المكان',
  },
  listSeparator: '، ',
  outsideText: (topics, source) => `${topics} — المصدر: ${source}`,
  fatalitiesRange: (best, low, high) =>
    best === undefined ? `بين ${low} و${high}` : `${best} (أدنى تقدير ${low}، وأعلى تقدير ${high})`,
  bounds: {
    exact: (amount, unit) => `${amount} ${unit}`,
    about: (amount, unit) => `نحو ${amount} ${unit}`,
    'at-least': (amount, unit) => `${amount} ${unit} على الأقل`,
    'more-than': (amount, unit) => `أكثر من ${amount} ${unit}`,
    'at-most': (amount, unit) => `${amount} ${unit} على الأكثر`,
    'less-than': (amount, unit) => `أقل من ${amount} ${unit}`,
  },
};

// --- end of the provenance words ------------------------------------------------------------------

/** Year-last, day-first patterns, shared by both built-in locales. */
const DAY_FIRST_PATTERNS: DatePatterns = {
  day: 'd MMMM y',
  month: 'MMMM y',
  year: 'y',
  dayMonth: 'd MMMM',
  monthOnly: 'MMMM',
  dayOnly: 'd',
};

/**
 * English. British English because it writes dates day-first (`10 September 2014`) like the
 * Arabic sources, so both languages share patterns and range folding, and its weeks start on
 * Monday (ISO 8601), as in most of the world.
 */
export const englishLocale: TimelineLocale = {
  code: 'en',
  dir: 'ltr',
  dateFns: enGB,
  patterns: DAY_FIRST_PATTERNS,
  foldRanges: true,
  qualifierWords: { early: 'early ', mid: 'mid-', late: 'late ' },
  // Newsroom style (AP, Reuters) prefers "about" to "circa".
  approximateWord: 'about',
  uncertainWord: '(?)',
  eras: { before: 'BCE', common: 'CE' },
  listSeparator: ', ',
  explanations: {
    year: 'The source gives only the year.',
    month: 'The source gives only the month.',
    partOfMonth: 'The source gives only the part of the month, not the day.',
    partOfYear: 'The source gives only the part of the year.',
    approximate: 'The date is approximate.',
    uncertain: 'The source is not sure of this date.',
  },
  provenance: ENGLISH_PROVENANCE,
  ui: {
    timelineLabel: 'Timeline of events',
    controls: 'Timeline controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Show all',
    close: 'Close',
    legend: 'Event types',
    category: 'Type',
    source: 'Source',
    actors: 'Actors',
    location: 'Location',
    fatalities: 'Fatalities',
    reportedBy: 'Reported by',
    readerComment: 'A reader’s comment, not the article',
    imageUnavailable: 'Image not available',
    listView: 'List view',
    eventTypes: {
      battles: 'Battles',
      'explosions-remote-violence': 'Explosions/remote violence',
      'violence-against-civilians': 'Violence against civilians',
      protests: 'Protests',
      riots: 'Riots',
      'strategic-developments': 'Strategic developments',
    },
    noData:
      'No events to show. Give the timeline its events through the events property, the URL of a JSON or CSV file in src, or a list of dated events inside the element.',
    dataProblems: (errors, warnings, shown) =>
      `${englishCount(errors, 'error')} and ${englishCount(warnings, 'warning')} in the timeline data; ${englishCount(shown, 'valid event')} shown.`,
    keyboardHelp:
      'Arrow keys move between events in time order, Home and End go to the first and last, plus and minus zoom, Enter opens the details, Escape closes them.',
    position: (name, index, total) => `${name}. Event ${index} of ${total}.`,
    showing: (from, to) => `Showing ${from} to ${to}.`,
    eventGroup: (count, period, n) => `${count} ${n === 1 ? 'event' : 'events'}, ${period}`,
    opened: (name) => `Details open: ${name}.`,
    closed: 'Details closed.',
    aggregate: (count, typeName, period) => `${count} events (${typeName}), ${period}. Activate to zoom in.`,
    countsCaption: 'Number of events in the timeline’s bars, by period and type',
    period: 'Period',
    total: 'Total',
    showMore: (count) => `Show ${count} more`,
    showEarlier: (count) => `Show ${count} earlier`,
    loading: 'Loading events…',
    rowsRead: (count, n) => `${count} ${n === 1 ? 'row' : 'rows'} read`,
    loaded: (count, n) => `Events loaded: ${count} ${n === 1 ? 'row' : 'rows'} read.`,
    precisionKey: {
      label: 'Dates:',
      day: 'a day',
      span: 'a month or a year (its whole span)',
      approximate: 'approximate (“about”)',
      uncertain: 'uncertain (“?”)',
    },
    story: {
      previous: 'Previous event',
      next: 'Next event',
      counter: (index, total) => `${index} of ${total}`,
      copyLink: 'Copy link',
      linkCopied: 'Link copied',
      linkField: 'Link to this event (select and copy it)',
    },
    gapBreak: (unit, count, countText) => `≈ ${countText} ${unit}${count === 1 ? '' : 's'}`,
  },
};

function englishCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Arabic as Iraqi and Levantine papers write it: right to left, months named both ways
 * (`سبتمبر/ أيلول`). Digits stay Latin unless the caller asks for Arabic-Indic ones, as in
 * the source article.
 */
/** An Arabic unit's forms after "نحو": one, two (genitive dual), three to ten, eleven and more. */
interface ArabicCountForms {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
}

const ARABIC_GAP_UNITS: Readonly<Record<'day' | 'month' | 'year', ArabicCountForms>> = {
  day: { one: 'يوم', two: 'يومين', few: 'أيام', many: 'يومًا' },
  month: { one: 'شهر', two: 'شهرين', few: 'أشهر', many: 'شهرًا' },
  year: { one: 'سنة', two: 'سنتين', few: 'سنوات', many: 'سنة' },
};

/** A counted noun as Arabic agrees it with its number: "سنة", "سنتين", "3 سنوات", "11 سنة". */
function arabicCounted(forms: ArabicCountForms, count: number, countText: string): string {
  if (count === 1) return forms.one;
  if (count === 2) return forms.two;
  const hundredth = count % 100;
  return `${countText} ${hundredth >= 3 && hundredth <= 10 ? forms.few : forms.many}`;
}

export const arabicLocale: TimelineLocale = {
  code: 'ar',
  dir: 'rtl',
  dateFns: arLevant,
  patterns: DAY_FIRST_PATTERNS,
  foldRanges: true,
  // The words of the source: "مطلع يناير", "منتصف أغسطس".
  qualifierWords: { early: 'مطلع ', mid: 'منتصف ', late: 'أواخر ' },
  // As the source writes approximate numbers: "نحو 2500 عسكري".
  approximateWord: 'نحو',
  uncertainWord: '(؟)',
  eras: { before: 'ق.م', common: 'م' },
  // The Arabic comma.
  listSeparator: '، ',
  explanations: {
    year: 'المصدر يذكر السنة فقط.',
    month: 'المصدر يذكر الشهر فقط.',
    partOfMonth: 'المصدر يذكر الجزء من الشهر فقط، لا اليوم.',
    partOfYear: 'المصدر يذكر الجزء من السنة فقط.',
    approximate: 'التاريخ تقريبي.',
    uncertain: 'المصدر غير متأكد من هذا التاريخ.',
  },
  provenance: ARABIC_PROVENANCE,
  ui: {
    timelineLabel: 'الخط الزمني للأحداث',
    controls: 'أدوات التحكم في الخط الزمني',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fit: 'عرض الكل',
    close: 'إغلاق',
    legend: 'أنواع الأحداث',
    category: 'النوع',
    source: 'المصدر',
    actors: 'الأطراف',
    location: 'المكان',
    fatalities: 'القتلى',
    reportedBy: 'الراوي',
    readerComment: 'تعليق قارئ، لا المقال',
    imageUnavailable: 'الصورة غير متاحة',
    listView: 'عرض القائمة',
    eventTypes: {
      battles: 'معارك',
      'explosions-remote-violence': 'انفجارات وعنف عن بُعد',
      'violence-against-civilians': 'عنف ضد المدنيين',
      protests: 'احتجاجات',
      riots: 'أعمال شغب',
      'strategic-developments': 'تطورات استراتيجية',
    },
    noData:
      'لا توجد أحداث لعرضها. زوّد الخط الزمني بأحداثه عبر الخاصية events، أو رابط ملف JSON أو CSV في السمة src، أو قائمة أحداث مؤرّخة داخل العنصر.',
    // "Label: number" sidesteps Arabic's six plural forms and number–noun agreement.
    dataProblems: (errors, warnings, shown) =>
      `في بيانات الخط الزمني أخطاء: ${errors}، تحذيرات: ${warnings}؛ الأحداث الصالحة المعروضة: ${shown}.`,
    keyboardHelp:
      'تنقل مفاتيح الأسهم بين الأحداث بترتيبها الزمني، ويذهب Home وEnd إلى الأول والأخير، ويكبّر زائد ويصغّر ناقص، ويفتح Enter التفاصيل ويغلقها Escape.',
    position: (name, index, total) => `${name}. الحدث ${index} من ${total}.`,
    showing: (from, to) => `المعروض من ${from} إلى ${to}.`,
    eventGroup: (count, period, n) => (n === 1 ? `حدث واحد، ${period}` : `أحداث: ${count}، ${period}`),
    opened: (name) => `التفاصيل مفتوحة: ${name}.`,
    closed: 'أُغلقت التفاصيل.',
    aggregate: (count, typeName, period) => `أحداث: ${count} (${typeName})، ${period}. فعّله للتكبير.`,
    countsCaption: 'عدد الأحداث في أعمدة الخط الزمني، حسب الفترة والنوع',
    period: 'الفترة',
    total: 'المجموع',
    showMore: (count) => `عرض ${count} أخرى`,
    showEarlier: (count) => `عرض ${count} سابقة`,
    loading: 'جارٍ تحميل الأحداث…',
    // "Label: number", as in dataProblems: no agreement of the noun with the count.
    rowsRead: (count) => `الصفوف المقروءة: ${count}`,
    loaded: (count) => `اكتمل تحميل الأحداث. الصفوف المقروءة: ${count}.`,
    precisionKey: {
      label: 'التواريخ:',
      day: 'يوم',
      span: 'شهر أو سنة (المدة كلها)',
      approximate: 'تقريبي («نحو»)',
      uncertain: 'غير مؤكد («؟»)',
    },
    gapBreak: (unit, count, countText) => `نحو ${arabicCounted(ARABIC_GAP_UNITS[unit], count, countText)}`,
    story: {
      previous: 'الحدث السابق',
      next: 'الحدث التالي',
      counter: (index, total) => `${index} من ${total}`,
      copyLink: 'نسخ الرابط',
      linkCopied: 'نُسخ الرابط',
      linkField: 'رابط هذا الحدث (حدّده وانسخه)',
    },
  },
};

const registry = new Map<string, TimelineLocale>();

/**
 * Adds a language to every timeline, or replaces one (the code is compared case-insensitively).
 * This is the documented way to add a locale: give it its own date-fns locale file, patterns,
 * words and UI strings. `getLocale` then finds it by code, or by its base language.
 *
 * @example
 * ```ts
 * import { fr } from 'date-fns/locale/fr';
 * import { englishLocale, registerLocale } from 'conflict-timeline/i18n';
 *
 * registerLocale({
 *   ...englishLocale,
 *   code: 'fr',
 *   dateFns: fr,
 *   qualifierWords: { early: 'début ', mid: 'mi-', late: 'fin ' },
 *   approximateWord: 'vers',
 *   uncertainWord: '(?)',
 *   eras: { before: 'av. J.-C.', common: 'apr. J.-C.' },
 *   explanations: { ...englishLocale.explanations, month: 'La source ne donne que le mois.' },
 *   ui: { ...englishLocale.ui, zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', close: 'Fermer' },
 * });
 * // <conflict-timeline lang="fr-CA"> now writes « début janvier 2024 ».
 * ```
 */
export function registerLocale(locale: TimelineLocale): void {
  if (!locale.code.trim()) throw new TypeError('A timeline locale needs a language code.');
  registry.set(normalizeTag(locale.code), locale);
}

/**
 * The locale for a BCP 47 tag: an exact match (`ar-IQ`), else its base language (`ar`),
 * else English.
 */
export function getLocale(lang: string): TimelineLocale {
  const tag = normalizeTag(lang);
  const base = tag.split('-')[0] ?? tag;
  return registry.get(tag) ?? registry.get(base) ?? englishLocale;
}

/** `ar_IQ`, `AR-iq` → `ar-iq`. */
function normalizeTag(lang: string): string {
  return lang.trim().toLowerCase().replace(/_/g, '-');
}

registerLocale(englishLocale);
registerLocale(arabicLocale);
