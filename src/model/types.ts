/**
 * The event model: what one dated event (or dated fact) of a conflict timeline holds.
 *
 * Dates are strings in the Extended Date/Time Format (EDTF, ISO 8601-2 level 1) so that
 * their precision is part of the data: `2017-12` is a month, never "1 December 2017".
 */

/**
 * An EDTF level-1 date: `2014`, `2017-12`, `2014-09-10`, optionally ending in `?`, `~` or `%`; or
 * EDTF's "one of" a run of days in one month, `[2024-01-01..2024-01-28]`, for a day the source does
 * not give but bounds ("in January, on or before the 28th").
 */
export type EdtfDate = string;

/** Text in one or more languages, keyed by BCP 47 language tag (`ar`, `en`, …). At least one is required. */
export type LocalizedText = { readonly [lang: string]: string };

/** ACLED's six event types, which every category rolls up to. */
export const EVENT_TYPES = [
  'battles',
  'explosions-remote-violence',
  'violence-against-civilians',
  'protests',
  'riots',
  'strategic-developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The finer categories, each mapped to the ACLED event type it belongs to.
 * Where ACLED has a sub-event type of the same meaning the slug follows its name.
 * `air-strike` is ACLED's "Air/drone strike": any strike from the air, by aircraft or drone,
 * whoever strikes (the weapon decides, not the attacker).
 */
export const CATEGORY_TYPES = {
  'armed-clash': 'battles',
  'government-regains-territory': 'battles',
  'non-state-actor-takes-territory': 'battles',
  'air-strike': 'explosions-remote-violence',
  'shelling-missile-attack': 'explosions-remote-violence',
  'remote-explosive': 'explosions-remote-violence',
  'attack-on-civilians': 'violence-against-civilians',
  abduction: 'violence-against-civilians',
  'peaceful-protest': 'protests',
  'protest-with-intervention': 'protests',
  'violent-demonstration': 'riots',
  'mob-violence': 'riots',
  agreement: 'strategic-developments',
  talks: 'strategic-developments',
  'talks-suspended': 'strategic-developments',
  'parliamentary-vote': 'strategic-developments',
  declaration: 'strategic-developments',
  'coalition-formed': 'strategic-developments',
  'troop-presence': 'strategic-developments',
  withdrawal: 'strategic-developments',
  funeral: 'strategic-developments',
  'other-development': 'strategic-developments',
} as const satisfies Record<string, EventType>;
export type EventCategory = keyof typeof CATEGORY_TYPES;
export const EVENT_CATEGORIES = Object.keys(CATEGORY_TYPES) as EventCategory[];

/**
 * Categories of earlier versions, still read: the validator replaces each with its category of
 * today, with a warning. `drone-attack` split ACLED's single "Air/drone strike" by attacker.
 */
export const DEPRECATED_CATEGORIES = { 'drone-attack': 'air-strike' } as const satisfies Record<string, EventCategory>;

/** "Early / mid / late" in the month or year a date names ("مطلع يناير", "منتصف أغسطس"). */
export const DATE_QUALIFIERS = ['early', 'mid', 'late'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

/** Who an event is reported by: the article's own journalism, or only a reader comment under it. */
export const REPORTERS = ['article', 'reader-comment'] as const;
export type ReportedBy = (typeof REPORTERS)[number];

/**
 * Whether a record is an event that happened, a fact (a number, a state) that holds at a date, or
 * a period: the span of a campaign or a war, context for the events in it rather than one event
 * (ACLED never codes a multi-year campaign as one event).
 */
export const RECORD_KINDS = ['event', 'fact', 'period'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The actors, in ACLED's terms: the two main sides and anyone associated with them. */
export interface EventActors {
  readonly actor1?: LocalizedText;
  readonly actor2?: LocalizedText;
  readonly associated?: readonly LocalizedText[];
}

export interface EventLocation {
  readonly name: LocalizedText;
  /** First-level administrative area (governorate, province). */
  readonly admin1?: LocalizedText;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country?: string;
  /** Only where the source names the place precisely enough. */
  readonly latitude?: number;
  readonly longitude?: number;
  /**
   * How precisely the coordinates place the event, as ACLED's `geo_precision`: 1 the place
   * itself (a town, a base), 2 near it or in a part of a region, 3 only the region (a provincial
   * capital or centroid stands in). Leave coordinates out rather than claim more.
   */
  readonly geoPrecision?: GeoPrecision;
}

/** ACLED's geographic precision codes: 1 exact place, 2 near it or part of a region, 3 region only. */
export const GEO_PRECISIONS = [1, 2, 3] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** The low and high estimates of deaths a source gives besides its best one (as UCDP's `low`/`high`). */
export interface FatalitiesRange {
  readonly low: number;
  readonly high: number;
}

/** How a relative date in the source ("يوم الأحد الماضي", "الشهر نفسه") was turned into a date. */
export interface DateResolution {
  /** The phrase as the source writes it. */
  readonly phrase: string;
  /** The EDTF date it was resolved to. */
  readonly resolvedAs: EdtfDate;
  /** Why: which other statement of the source anchors it. */
  readonly reasoning: LocalizedText;
}

export interface EventSource {
  /** The outlet that published the report. */
  readonly outlet: LocalizedText;
  /** Language of the source text (BCP 47). */
  readonly language: string;
  /** Publication date, as precisely as it is known (EDTF). */
  readonly published?: EdtfDate;
  /** An http(s) link to the source. Other schemes are refused. */
  readonly url?: string;
  /** The verbatim sentence (or caption) the event comes from, in the source's language. */
  readonly quote?: string;
  /** 1-based paragraph of the source text the quote stands in. */
  readonly paragraph?: number;
  /**
   * The other sentences the record uses (in its title, summary, dates or figures), each with its
   * paragraph: a record cites every paragraph it draws on, not only the quote's.
   */
  readonly passages?: readonly SourcePassage[];
  /** Present when the date was written relative to another ("last Sunday"). */
  readonly dateResolution?: DateResolution;
}

/** One more verbatim sentence a record uses, and where it stands. */
export interface SourcePassage {
  /** 1-based paragraph of the source text. */
  readonly paragraph: number;
  /** The sentence (or the part used), verbatim, in the source's language. */
  readonly quote: string;
}

/**
 * How a figure relates to the number stated: `exact` (the default), `about` ("نحو 2500"),
 * `at-least`, `more-than` ("أكثر من 165": a lower bound), `at-most`, `less-than`.
 */
export const VALUE_BOUNDS = ['exact', 'about', 'at-least', 'more-than', 'at-most', 'less-than'] as const;
export type ValueBound = (typeof VALUE_BOUNDS)[number];

/** A quantity a fact states ("about 2,500 troops", "more than 165 attacks"). */
export interface FactValue {
  readonly amount: number;
  readonly unit: LocalizedText;
  /** Whether the source gives the number as it is, or "about", "more than", "at most" it. */
  readonly bound?: ValueBound;
  /**
   * @deprecated Use `bound` (`about`, `more-than`, …). The validator reads `approximate: true` as
   * `bound: 'about'` and drops `approximate`, with a warning.
   */
  readonly approximate?: boolean;
}

/**
 * The fields an outside source can be named for (see `ConflictEvent.external`), as dotted paths.
 * The validator drops any other path with a warning.
 */
export const EXTERNAL_FIELD_PATHS = [
  'kind',
  'start',
  'end',
  'qualifier',
  'title',
  'summary',
  'category',
  'actors',
  'actors.actor1',
  'actors.actor2',
  'actors.associated',
  'location',
  'location.name',
  'location.admin1',
  'location.country',
  'location.latitude',
  'location.longitude',
  'location.geoPrecision',
  'fatalities',
  'fatalitiesRange',
  'fatalitiesRange.low',
  'fatalitiesRange.high',
  'value',
  'value.amount',
  'value.unit',
  'value.bound',
  'editorNote',
  'source.outlet',
  'source.published',
  'source.url',
] as const;
export type ExternalFieldPath = (typeof EXTERNAL_FIELD_PATHS)[number];

/**
 * Where values that are not from the record's `source` come from: the strike's weapon from a
 * wire report, coordinates from a gazetteer, the start of a campaign from a ministry's record.
 */
export interface ExternalSource {
  /** The fields whose values come from this source (`location.latitude`, `category`, `start`). */
  readonly fields: readonly ExternalFieldPath[];
  /** The outlet, data set or reference, and what it says ("AP, 7 February 2024: the car was hit in Mashtal"). */
  readonly source: LocalizedText;
  /** A link to it. Other schemes than http(s) are refused. */
  readonly url?: string;
  /** How the values were taken from it ("rounded to one decimal", "the airport's coordinates"). */
  readonly note?: LocalizedText;
}

/**
 * A picture of the event, shown in its details card. Only an image: a video, a post or any other
 * embed is a link (`source.url`), never a frame.
 */
export interface EventMedia {
  /**
   * The image: an http(s) link, or a link relative to the page (`images/strike.jpg`). Any other
   * scheme (`javascript:`, `data:`, `blob:`, `file:`, …) is refused, and the media with it; a
   * protocol-relative `//host/x` is read as `https://host/x`.
   */
  readonly url: string;
  /** What the image shows, for readers who cannot see it; also shown when it does not load. */
  readonly alt?: LocalizedText;
  /** The caption shown under the image. */
  readonly caption?: LocalizedText;
  /** Who took or owns the image ("AP/Hadi Mizban", "رويترز"). */
  readonly credit?: LocalizedText;
}

/** One dated event (or dated fact) on the timeline. */
export interface ConflictEvent {
  /** Stable, unique slug. */
  readonly id: string;
  /** `event` (default) or `fact`: a state that holds at `start`. */
  readonly kind?: RecordKind;
  /** EDTF date the event starts (or the fact holds). */
  readonly start: EdtfDate;
  /** EDTF date of the last day, month or year the event covers (inclusive). */
  readonly end?: EdtfDate;
  /** "early / mid / late" within `start`'s month or year. */
  readonly qualifier?: DateQualifier;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly category?: EventCategory;
  readonly actors?: EventActors;
  readonly location?: EventLocation;
  /** Deaths (the best estimate), only where the source states a number (or `external` names one that does). */
  readonly fatalities?: number;
  /** The source's low and high estimates of deaths, where it gives them (UCDP GED's `low`/`high`). */
  readonly fatalitiesRange?: FatalitiesRange;
  readonly value?: FactValue;
  readonly source?: EventSource;
  /** `article` (default) or `reader-comment`. */
  readonly reportedBy?: ReportedBy;
  /**
   * Every value that does not come from `source`, and where it comes from. Without an entry, a
   * value is the source's.
   */
  readonly external?: readonly ExternalSource[];
  /**
   * The editor's own word, shown as such: a correction the translation must not make ("he
   * commanded the Quds Force, not the whole Guard"), or why a record is coded as it is.
   */
  readonly editorNote?: LocalizedText;
  /** A picture of the event, with its alt text, caption and credit. */
  readonly media?: EventMedia;
}

/** The ACLED event type a category rolls up to. */
export function eventTypeOf(category: EventCategory | undefined): EventType {
  return category ? CATEGORY_TYPES[category] : 'strategic-developments';
}
