/**
 * How ACLED and UCDP GED rows become the library's events, as plain data: the server loads these
 * tables into DuckDB and its SQL (`sql-mapping.ts`) joins them, so the rules live here once and
 * can be compared, row by row, with the browser-side loaders on the same fixture file.
 *
 * The rules follow the codebooks and issue 16: a date is never more precise than its source
 * (ACLED's month-level events are months, never the 15th), ids are kept, every category is one of
 * the model's, under the ACLED event type the source gives.
 */
import type { EventCategory, EventType } from '../model/types.js';

/** The language of the texts in ACLED and UCDP exports (actors, places, notes, headlines). */
export const SOURCE_TEXT_LANGUAGE = 'en';

/**
 * The language of the outlets' reports is not in either export: BCP 47 "undetermined", rather
 * than a guess.
 */
export const SOURCE_REPORT_LANGUAGE = 'und';

/** What a precision code turns a date into (see `sql-mapping.ts` for the SQL of each rule). */
export type DateRule =
  /** The day, as `YYYY-MM-DD` (with a later end date, the days from one to the other). */
  | 'day'
  /** The day, marked approximate: `YYYY-MM-DD~` (the source puts the middle of a week there). */
  | 'approximate-day'
  /** The month of the date, `YYYY-MM`; with an end in another month, the months from start to end. */
  | 'month'
  /** The year of the date, `YYYY`; with an end in another year, the years from start to end. */
  | 'year'
  /** The days from `date_start` to `date_end` (one day when they are the same). */
  | 'span';

export interface PrecisionRule {
  readonly code: number;
  readonly rule: DateRule;
  /** The codebook's meaning, for the mapping table in the README. */
  readonly meaning: string;
}

/** ACLED `time_precision` (the date is `event_date`). */
export const ACLED_TIME_PRECISION: readonly PrecisionRule[] = [
  { code: 1, rule: 'day', meaning: 'the day of the event' },
  {
    code: 2,
    rule: 'approximate-day',
    meaning: 'within a week around the date (ACLED gives the middle day of the week): that day, marked approximate',
  },
  {
    code: 3,
    rule: 'month',
    meaning: 'within the month (ACLED gives the 15th or the first or last day): the month, never the day',
  },
];

/** UCDP GED `date_prec` (the dates are `date_start` and `date_end`). */
export const UCDP_DATE_PRECISION: readonly PrecisionRule[] = [
  {
    code: 1,
    rule: 'day',
    meaning: 'the exact day: date_start (a later date_end contradicts it: then the days date_start–date_end)',
  },
  { code: 2, rule: 'span', meaning: 'known to 2–6 days: the days date_start–date_end' },
  { code: 3, rule: 'span', meaning: 'known to the week: the days date_start–date_end' },
  { code: 4, rule: 'month', meaning: 'known to the month: the month of date_start (to that of date_end)' },
  { code: 5, rule: 'year', meaning: 'known to the year: the year of date_start (to that of date_end)' },
];

/** ACLED `event_type` → the model's event type (the same six). */
export const ACLED_EVENT_TYPES: readonly { readonly acled: string; readonly eventType: EventType }[] = [
  { acled: 'Battles', eventType: 'battles' },
  { acled: 'Explosions/Remote violence', eventType: 'explosions-remote-violence' },
  { acled: 'Violence against civilians', eventType: 'violence-against-civilians' },
  { acled: 'Protests', eventType: 'protests' },
  { acled: 'Riots', eventType: 'riots' },
  { acled: 'Strategic developments', eventType: 'strategic-developments' },
];

export interface SubEventRule {
  readonly eventType: string;
  readonly subEventType: string;
  readonly category: EventCategory;
  /** Present where the model has no category of that meaning and the nearest one of the same event type stands in. */
  readonly nearest?: true;
}

/**
 * ACLED's 25 sub-event types (under their event type) → the model's category. The sub-event type
 * itself stays in the event's title, so a "nearest" category loses nothing the reader sees.
 */
export const ACLED_SUB_EVENT_CATEGORIES: readonly SubEventRule[] = [
  { eventType: 'Battles', subEventType: 'Armed clash', category: 'armed-clash' },
  { eventType: 'Battles', subEventType: 'Government regains territory', category: 'government-regains-territory' },
  {
    eventType: 'Battles',
    subEventType: 'Non-state actor overtakes territory',
    category: 'non-state-actor-takes-territory',
  },
  { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', category: 'air-strike' },
  {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Shelling/artillery/missile attack',
    category: 'shelling-missile-attack',
  },
  {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Remote explosive/landmine/IED',
    category: 'remote-explosive',
  },
  {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Suicide bomb',
    category: 'remote-explosive',
    nearest: true,
  },
  { eventType: 'Explosions/Remote violence', subEventType: 'Grenade', category: 'remote-explosive', nearest: true },
  {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Chemical weapon',
    category: 'shelling-missile-attack',
    nearest: true,
  },
  { eventType: 'Violence against civilians', subEventType: 'Attack', category: 'attack-on-civilians' },
  { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance', category: 'abduction' },
  {
    eventType: 'Violence against civilians',
    subEventType: 'Sexual violence',
    category: 'attack-on-civilians',
    nearest: true,
  },
  { eventType: 'Protests', subEventType: 'Peaceful protest', category: 'peaceful-protest' },
  { eventType: 'Protests', subEventType: 'Protest with intervention', category: 'protest-with-intervention' },
  {
    eventType: 'Protests',
    subEventType: 'Excessive force against protesters',
    category: 'protest-with-intervention',
    nearest: true,
  },
  { eventType: 'Riots', subEventType: 'Violent demonstration', category: 'violent-demonstration' },
  { eventType: 'Riots', subEventType: 'Mob violence', category: 'mob-violence' },
  { eventType: 'Strategic developments', subEventType: 'Agreement', category: 'agreement' },
  {
    eventType: 'Strategic developments',
    subEventType: 'Headquarters or base established',
    category: 'troop-presence',
    nearest: true,
  },
  { eventType: 'Strategic developments', subEventType: 'Arrests', category: 'other-development', nearest: true },
  {
    eventType: 'Strategic developments',
    subEventType: 'Change to group/activity',
    category: 'other-development',
    nearest: true,
  },
  {
    eventType: 'Strategic developments',
    subEventType: 'Disrupted weapons use',
    category: 'other-development',
    nearest: true,
  },
  {
    eventType: 'Strategic developments',
    subEventType: 'Looting/property destruction',
    category: 'other-development',
    nearest: true,
  },
  {
    eventType: 'Strategic developments',
    subEventType: 'Non-violent transfer of territory',
    category: 'other-development',
    nearest: true,
  },
  { eventType: 'Strategic developments', subEventType: 'Other', category: 'other-development' },
];

/**
 * UCDP `type_of_violence` → the model's category. UCDP counts only deadly organised violence:
 * fighting between two organised sides is ACLED's "Battles", one-sided violence against
 * civilians is ACLED's "Violence against civilians".
 */
export const UCDP_VIOLENCE_CATEGORIES: readonly {
  readonly code: number;
  readonly category: EventCategory;
  readonly meaning: string;
}[] = [
  { code: 1, category: 'armed-clash', meaning: 'state-based conflict (a government is one side): Battles' },
  { code: 2, category: 'armed-clash', meaning: 'non-state conflict (two organised groups): Battles' },
  {
    code: 3,
    category: 'attack-on-civilians',
    meaning: 'one-sided violence against civilians: Violence against civilians',
  },
];

/**
 * UCDP `where_prec` (1–7) → ACLED's `geo_precision` (1–3), or null: the coordinates are a
 * country's or the sea's and are left out rather than shown as a place.
 */
export const UCDP_WHERE_PRECISION: readonly {
  readonly code: number;
  readonly geoPrecision: 1 | 2 | 3 | null;
  readonly meaning: string;
}[] = [
  { code: 1, geoPrecision: 1, meaning: 'the exact location' },
  { code: 2, geoPrecision: 2, meaning: 'within about 25 km of a known point' },
  { code: 3, geoPrecision: 2, meaning: 'a second-order administrative division' },
  { code: 4, geoPrecision: 3, meaning: 'a first-order administrative division' },
  { code: 5, geoPrecision: 3, meaning: 'a larger part of a country than a division (a border, a linear feature)' },
  { code: 6, geoPrecision: null, meaning: 'only the country' },
  { code: 7, geoPrecision: null, meaning: 'international waters or airspace' },
];

/** The columns that identify a CSV file's format (each must be in its header). */
export const FORMAT_SIGNATURES = {
  acled: ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type'],
  ucdp: ['id', 'type_of_violence', 'date_prec', 'date_start', 'date_end'],
} as const;
