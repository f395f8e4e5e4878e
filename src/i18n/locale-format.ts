/**
 * Everything the element writes in one language with one set of digits: dates as the source
 * phrases them, counts, type names, lists, accessible names and announcements. Plain functions
 * of the language, no DOM: the element's `LocaleController` makes a new one when its language or
 * digits change, so a new object means new text.
 */
import type { PreparedEvent } from '../model/prepared.js';
import { pickText } from '../model/prepared.js';
import type { DateQualifier, EventType, LocalizedText } from '../model/types.js';
import type { ParsedDate } from '../model/edtf.js';
import { axisLabelFormatter, explainDate, formatSourceDate, type AxisLabelFormatter } from './format-date.js';
import { aggregatePeriod, formatPeriodEdge } from './aggregate-period.js';
import { getLocale, type TimelineLocale, type TimelineUiStrings } from './locales.js';
import { toNumerals, type NumeralSystem } from './numerals.js';

/** A count of events in one type and period (a level-of-detail aggregate). */
export interface CountedPeriod {
  readonly start: number;
  readonly end: number;
  readonly eventType: EventType;
  readonly count: number;
}

/** The parts of a prepared event its text is written from. */
type DatedEvent = Pick<PreparedEvent, 'event' | 'start' | 'end'>;

/** An event's accessible name: its title, then its date, joined by the language's comma. */
export function accessibleName(title: string, date: string, lang: string): string {
  return `${title}${getLocale(lang).listSeparator}${date}`;
}

/** Languages whose counts `Intl.NumberFormat` groups as "1,234,567" in Latin digits. */
const COMMA_GROUPED = new Set(['en', 'ar']);

export class LocaleFormat {
  readonly locale: TimelineLocale;
  /** Grouped Latin digits ("1,234"), made when a count first needs grouping (see `count`). */
  private counts?: Intl.NumberFormat;
  /**
   * Dates written so far, by their parsed start: a first render writes an event's date for its
   * card, its list entry and their accessible names, and measures cards for several windows.
   */
  private readonly dates = new WeakMap<ParsedDate, { end?: ParsedDate; qualifier?: DateQualifier; text: string }>();

  /** `lang`: a BCP 47 tag (see `getLocale` for the fallbacks). */
  constructor(
    readonly lang: string,
    readonly numerals: NumeralSystem = 'latn',
  ) {
    this.locale = getLocale(lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return this.locale.dir;
  }

  get ui(): TimelineUiStrings {
    return this.locale.ui;
  }

  /** An event's date as the source phrases it: "10 September 2014", "mid-August 2023". */
  date(prepared: DatedEvent): string {
    const { start, end } = prepared;
    const { qualifier } = prepared.event;
    const known = this.dates.get(start);
    if (known && known.end === end && known.qualifier === qualifier) return known.text;
    const text = formatSourceDate(start, { lang: this.lang, numerals: this.numerals, qualifier, end });
    this.dates.set(start, { end, qualifier, text });
    return text;
  }

  /** What the details say about a date's precision ("The source gives only the month."), or ''. */
  dateExplanation(prepared: DatedEvent): string {
    return explainDate(prepared.start, { lang: this.lang, end: prepared.end, qualifier: prepared.event.qualifier });
  }

  /** A text in this language if the data has it, else in another it has. */
  text(text: LocalizedText | undefined): string {
    return pickText(text, this.lang);
  }

  /** A count with grouped digits: "1,234", "١,٢٣٤" with Arabic-Indic digits. */
  count(count: number): string {
    // No language groups the digits of a number below 1,000, and a page's first Intl.NumberFormat
    // costs about 60 ms (the number data loading): small counts, the article's, do without it.
    if (Number.isInteger(count) && Math.abs(count) < 1000) return this.digits(String(count));
    const language = this.lang.split('-')[0] || 'en';
    // English and Arabic (in Latin digits) group by threes with a comma: the progress of a large
    // file counts rows from its first frames, before any other number needs Intl.
    if (Number.isSafeInteger(count) && count >= 0 && COMMA_GROUPED.has(language))
      return this.digits(String(count).replace(/\B(?=(\d{3})+$)/g, ','));
    this.counts ??= new Intl.NumberFormat(`${language}-u-nu-latn`);
    return this.digits(this.counts.format(count));
  }

  /** Digits rewritten in the chosen system (a fatality count, a label). */
  digits(text: string): string {
    return toNumerals(text, this.numerals);
  }

  typeName(type: EventType): string {
    return this.ui.eventTypes[type];
  }

  /** Items joined by the language's comma: "A, B" or "أ، ب". */
  list(items: readonly string[]): string {
    return items.join(this.locale.listSeparator);
  }

  /** An event's accessible name: its title, then its date. */
  accessibleName(prepared: DatedEvent): string {
    return accessibleName(this.text(prepared.event.title), this.date(prepared), this.lang);
  }

  /** A count item's accessible name: "1,234 events (Battles), March 2015. Activate to zoom in." */
  aggregateName(aggregate: CountedPeriod): string {
    const period = aggregatePeriod(aggregate.start, aggregate.end, this.lang, this.numerals);
    return this.ui.aggregate(this.count(aggregate.count), this.typeName(aggregate.eventType), period);
  }

  /** A period at the precision its length deserves: "March 2015", "2015–2016". */
  period(start: number, end: number): string {
    return aggregatePeriod(start, end, this.lang, this.numerals);
  }

  /** A group of events the overview has no room to title: "3 events, 2019–2020". */
  eventGroup(count: number, start: number, end: number): string {
    return this.ui.eventGroup(this.count(count), aggregatePeriod(start, end, this.lang, this.numerals), count);
  }

  /** Says which period is shown, at the precision the window's width deserves: "Showing March 2015 to June 2016." */
  windowShown(start: Date, end: Date): string {
    const width = end.getTime() - start.getTime();
    const edge = (date: Date) => formatPeriodEdge(date.getTime(), width, this.lang, this.numerals);
    return this.ui.showing(edge(start), edge(end));
  }

  /** The time axis's labels (vis-timeline's `format.minorLabels` or `majorLabels`). */
  axisLabels(kind: 'minor' | 'major'): AxisLabelFormatter {
    return axisLabelFormatter(this.lang, kind, this.numerals);
  }
}
