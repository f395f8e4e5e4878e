/**
 * ACLED's export as plain data: its columns and how each code maps to the event model, from the
 * ACLED codebook (2023 onwards: 31 columns, 3 disorder types, 6 event types, 25 sub-event types).
 * Plain data so that another mapping (a SQL view on a query server, say) can be checked against
 * this one; `acled.ts` reads rows with it.
 */
import type { EventCategory, EventType, GeoPrecision } from '../model/types.js';

/** The columns of an ACLED export, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Without these a row cannot be placed in time or typed: a file lacking one is not read. */
export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
] as const satisfies readonly AcledColumn[];

/** The columns whose cells are `;`-separated lists. */
export const ACLED_LIST_COLUMNS = [
  'assoc_actor_1',
  'assoc_actor_2',
  'source',
  'tags',
] as const satisfies readonly AcledColumn[];

/** What a date becomes: a day, a day marked approximate, a span of days, a month or a year. */
export type DateResult = 'day' | 'approximate-day' | 'day-span' | 'month' | 'year';

/** One precision code: what the date becomes, and why, in words. */
export interface PrecisionRule {
  readonly result: DateResult;
  readonly meaning: string;
}

/**
 * `time_precision` → the date written. ACLED gives an event known only to its week the week's
 * middle day, and one known only to its month the 15th (or the 1st/last day when the source says
 * the start/end of the month): those days are ACLED's placeholders, never shown as exact days.
 */
export const ACLED_TIME_PRECISION = {
  '1': { result: 'day', meaning: 'the day (YYYY-MM-DD)' },
  '2': {
    result: 'approximate-day',
    meaning: "a day in the week around event_date (ACLED's middle day): YYYY-MM-DD~, approximate, never a plain day",
  },
  '3': {
    result: 'month',
    meaning:
      "the month (YYYY-MM), never ACLED's 15th; its 1st (start of month) adds early, its last day (end of month) late",
  },
} as const satisfies Record<string, PrecisionRule>;

/** `event_type` → the model's event type (the ACLED six, as slugs). */
export const ACLED_EVENT_TYPES = {
  Battles: 'battles',
  'Explosions/Remote violence': 'explosions-remote-violence',
  'Violence against civilians': 'violence-against-civilians',
  Protests: 'protests',
  Riots: 'riots',
  'Strategic developments': 'strategic-developments',
} as const satisfies Record<string, EventType>;

/** A sub-event type: the event type it belongs to, and the model's category nearest to it. */
export interface SubEventRule {
  readonly eventType: EventType;
  readonly category: EventCategory;
  /** The model has no category of this meaning: this is the nearest one of the same event type. */
  readonly nearest?: boolean;
}

/**
 * `sub_event_type` → the model's category. Each keeps its ACLED event type; where the model has
 * no category of the same meaning the nearest of that event type is taken (`nearest`), and
 * the ACLED name stays in the event's title.
 */
export const ACLED_SUB_EVENT_TYPES = {
  'Armed clash': { eventType: 'battles', category: 'armed-clash' },
  'Government regains territory': { eventType: 'battles', category: 'government-regains-territory' },
  'Non-state actor overtakes territory': { eventType: 'battles', category: 'non-state-actor-takes-territory' },
  'Chemical weapon': { eventType: 'explosions-remote-violence', category: 'shelling-missile-attack', nearest: true },
  'Air/drone strike': { eventType: 'explosions-remote-violence', category: 'air-strike' },
  'Suicide bomb': { eventType: 'explosions-remote-violence', category: 'remote-explosive', nearest: true },
  'Shelling/artillery/missile attack': { eventType: 'explosions-remote-violence', category: 'shelling-missile-attack' },
  'Remote explosive/landmine/IED': { eventType: 'explosions-remote-violence', category: 'remote-explosive' },
  Grenade: { eventType: 'explosions-remote-violence', category: 'remote-explosive', nearest: true },
  'Sexual violence': { eventType: 'violence-against-civilians', category: 'attack-on-civilians', nearest: true },
  Attack: { eventType: 'violence-against-civilians', category: 'attack-on-civilians' },
  'Abduction/forced disappearance': { eventType: 'violence-against-civilians', category: 'abduction' },
  'Peaceful protest': { eventType: 'protests', category: 'peaceful-protest' },
  'Protest with intervention': { eventType: 'protests', category: 'protest-with-intervention' },
  'Excessive force against protesters': { eventType: 'protests', category: 'protest-with-intervention', nearest: true },
  'Violent demonstration': { eventType: 'riots', category: 'violent-demonstration' },
  'Mob violence': { eventType: 'riots', category: 'mob-violence' },
  Agreement: { eventType: 'strategic-developments', category: 'agreement' },
  Arrests: { eventType: 'strategic-developments', category: 'other-development', nearest: true },
  'Change to group/activity': { eventType: 'strategic-developments', category: 'other-development', nearest: true },
  'Disrupted weapons use': { eventType: 'strategic-developments', category: 'other-development', nearest: true },
  'Headquarters or base established': { eventType: 'strategic-developments', category: 'troop-presence' },
  'Looting/property destruction': { eventType: 'strategic-developments', category: 'other-development', nearest: true },
  'Non-violent transfer of territory': {
    eventType: 'strategic-developments',
    category: 'other-development',
    nearest: true,
  },
  Other: { eventType: 'strategic-developments', category: 'other-development' },
} as const satisfies Record<string, SubEventRule>;

/** Names ACLED has also written for a sub-event type, read as the codebook name. */
export const ACLED_SUB_EVENT_ALIASES = {
  'Excessive force against protestors': 'Excessive force against protesters',
} as const satisfies Record<string, keyof typeof ACLED_SUB_EVENT_TYPES>;

/** `disorder_type` values (a row may name two, `;`-separated). The model has no field for them. */
export const ACLED_DISORDER_TYPES = ['Political violence', 'Demonstrations', 'Strategic developments'] as const;

/**
 * `inter1`/`inter2`: the actor's type, as the numeric code of older files or the text of newer
 * ones (0 or empty: no actor). The model has no actor type, so they are checked, not kept.
 */
export const ACLED_ACTOR_TYPES = {
  '1': 'State forces',
  '2': 'Rebel group',
  '3': 'Political militia',
  '4': 'Identity militia',
  '5': 'Rioters',
  '6': 'Protesters',
  '7': 'Civilians',
  '8': 'External/Other forces',
} as const;

/** `geo_precision` → `location.geoPrecision` (the model uses ACLED's own codes). */
export const ACLED_GEO_PRECISION = { '1': 1, '2': 2, '3': 3 } as const satisfies Record<string, GeoPrecision>;
