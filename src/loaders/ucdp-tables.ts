/**
 * The UCDP Georeferenced Event Dataset (GED) CSV as plain data: its columns and how its codes map
 * to the event model, from the UCDP GED codebook. Plain data so that another mapping (a SQL view
 * on a query server, say) can be checked against this one; `ucdp-ged.ts` reads rows with it.
 */
import type { EventCategory, EventType, GeoPrecision } from '../model/types.js';
import type { PrecisionRule } from './acled-tables.js';

/** The columns of a GED CSV, in UCDP's order. */
export const UCDP_GED_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;
export type UcdpGedColumn = (typeof UCDP_GED_COLUMNS)[number];

/** Without these a row cannot be placed in time or typed: a file lacking one is not read. */
export const UCDP_GED_REQUIRED_COLUMNS = [
  'id',
  'type_of_violence',
  'date_prec',
  'date_start',
  'date_end',
] as const satisfies readonly UcdpGedColumn[];

/**
 * `date_prec` → the date written, from `date_start` and `date_end` (the earliest and the latest
 * day the event can have happened; a time part such as ` 00:00:00.000` is dropped).
 */
export const UCDP_DATE_PRECISION = {
  '1': { result: 'day', meaning: 'the day (a span of days when date_end is later)' },
  '2': { result: 'day-span', meaning: 'the span date_start–date_end (2–6 days), never one plain day' },
  '3': { result: 'day-span', meaning: 'the span date_start–date_end (the week), never one plain day' },
  '4': { result: 'month', meaning: "date_start's month (YYYY-MM), to date_end's month when later" },
  '5': { result: 'year', meaning: "date_start's year (YYYY), to date_end's year when later" },
} as const satisfies Record<string, PrecisionRule>;

/** A type of violence: UCDP's name, and the nearest ACLED event type and model category. */
export interface ViolenceRule {
  readonly name: string;
  readonly eventType: EventType;
  readonly category: EventCategory;
}

/**
 * `type_of_violence` → the nearest ACLED type. State-based and non-state violence are fighting
 * between organised armed groups (ACLED's battles; GED does not say whether by clashes, shelling
 * or air strikes, so they all read as armed clashes); one-sided violence is an organised group's
 * violence against civilians.
 */
export const UCDP_VIOLENCE_TYPES = {
  '1': { name: 'State-based conflict', eventType: 'battles', category: 'armed-clash' },
  '2': { name: 'Non-state conflict', eventType: 'battles', category: 'armed-clash' },
  '3': { name: 'One-sided violence', eventType: 'violence-against-civilians', category: 'attack-on-civilians' },
} as const satisfies Record<string, ViolenceRule>;

/**
 * `where_prec` → `location.geoPrecision` (ACLED's 1 place, 2 near it, 3 region only), or `null`:
 * coordinates left out. 1 exact place → 1; 2 within about 25 km of a known point → 2; 3 the
 * second-order (district), 4 the first-order (province) administrative division and 5 a larger
 * part of a country (or a point between two places) → 3, their centroid standing in; 6 the
 * country and 7 international waters or airspace → no coordinates, since a country's centroid is
 * coarser than anything the model's codes claim.
 */
export const UCDP_WHERE_PRECISION = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 3,
  '5': 3,
  '6': null,
  '7': null,
} as const satisfies Record<string, GeoPrecision | null>;
