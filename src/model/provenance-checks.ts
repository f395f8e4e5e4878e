/**
 * The validator's checks of where an event's values come from, run once its fields are valid:
 *
 * - Outside sources (`external`) that name a value the event does not have are repaired: the
 *   path is dropped, and an entry left with none is dropped (a warning each).
 * - Editorial rules flag what an editor should look at, and change nothing: a death toll that no
 *   quote states and no outside source gives, and coordinates written more finely than their
 *   `geoPrecision` supports (a data set's rows, sources without quotes, stand for their own). Their warnings carry the rule's name (`ValidationIssue.rule`).
 *
 * Pure: no DOM. Reads only validated, plain data.
 */
import { statesNumber } from './number-words.js';
import type { ConflictEvent, ExternalFieldPath, ExternalSource, GeoPrecision } from './types.js';

/** The editorial rules; see `editorialProblems`. */
export const EDITORIAL_RULES = ['fatalities-without-number', 'coordinates-too-precise'] as const;
export type EditorialRule = (typeof EDITORIAL_RULES)[number];

/** Something to report about one field of the event. */
export interface ProvenanceProblem {
  /** Dotted path of the field (`external[0].fields`, `location`). */
  readonly field: string;
  readonly problem: string;
  /** Set for an editorial rule: the value was kept as it is. */
  readonly rule?: EditorialRule;
}

/**
 * Decimals of latitude and longitude each `geoPrecision` supports: 4 (about 10 m) for the place
 * itself, 2 (about 1 km) near it, 1 (about 10 km) for a region's stand-in point.
 */
export const MAX_COORDINATE_DECIMALS: Readonly<Record<GeoPrecision, number>> = { 1: 4, 2: 2, 3: 1 };

const FATALITY_PATHS: readonly ExternalFieldPath[] = [
  'fatalities',
  'fatalitiesRange',
  'fatalitiesRange.low',
  'fatalitiesRange.high',
];

type PlainRecord = Record<string, unknown>;

/** `external` without the paths the event has no value for; `undefined` when no entry is left. */
export function repairExternal(
  event: PlainRecord,
  problems: ProvenanceProblem[],
): readonly ExternalSource[] | undefined {
  const entries = event.external as readonly ExternalSource[] | undefined;
  if (entries === undefined) return undefined;
  const kept: ExternalSource[] = [];
  entries.forEach((entry, index) => {
    const fields = entry.fields.filter((path) => {
      if (hasValue(event, path)) return true;
      problems.push({
        field: `external[${index}].fields`,
        problem: `names "${path}", which this event has no value for; the path was dropped`,
      });
      return false;
    });
    if (fields.length === 0) {
      problems.push({ field: `external[${index}]`, problem: 'names no value of this event and was dropped' });
    } else {
      kept.push(
        fields.length === entry.fields.length ? entry : Object.freeze({ ...entry, fields: Object.freeze(fields) }),
      );
    }
  });
  if (kept.length === entries.length && kept.every((entry, i) => entry === entries[i])) return entries;
  return kept.length > 0 ? Object.freeze(kept) : undefined;
}

/** What the editorial rules find in a valid event (nothing for most events). */
export function editorialProblems(event: ConflictEvent): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  const fatalities = unsourcedFatalities(event);
  if (fatalities) problems.push(fatalities);
  const coordinates = overPreciseCoordinates(event);
  if (coordinates) problems.push(coordinates);
  return problems;
}

/**
 * A death toll above zero needs a quote that states a number, or an outside source named for it.
 * A source without any quote (a data set such as ACLED's) stands for its own figures; an event
 * without a source has nothing to stand on.
 */
function unsourcedFatalities(event: ConflictEvent): ProvenanceProblem | undefined {
  const { fatalities, fatalitiesRange, source } = event;
  const field = fatalities !== undefined ? 'fatalities' : 'fatalitiesRange';
  if (!((fatalities ?? 0) > 0 || (fatalitiesRange?.high ?? 0) > 0)) return undefined;
  if (event.external?.some((entry) => entry.fields.some((path) => FATALITY_PATHS.includes(path)))) return undefined;
  const quotes = quotesOf(event);
  if (isDatasetRow(event)) return undefined;
  if (quotes.some(statesNumber)) return undefined;
  const why = source === undefined ? 'the event has no source' : 'no quote of the record states a number';
  return {
    field,
    rule: 'fatalities-without-number',
    problem: `a death toll, but ${why} and no outside source is named for it in "external": give a toll only where a source states one`,
  };
}

/**
 * Coordinates written more finely than their precision. A data set's row is left alone: ACLED
 * writes four decimals at every `geo_precision`, and its users keep its points as published.
 */
function overPreciseCoordinates(event: ConflictEvent): ProvenanceProblem | undefined {
  const { latitude, longitude, geoPrecision } = event.location ?? {};
  if (geoPrecision === undefined || isDatasetRow(event)) return undefined;
  const allowed = MAX_COORDINATE_DECIMALS[geoPrecision];
  const decimals = Math.max(decimalsOf(latitude), decimalsOf(longitude));
  if (decimals <= allowed) return undefined;
  return {
    field: 'location',
    rule: 'coordinates-too-precise',
    problem: `coordinates with ${decimals} decimals claim more than geoPrecision ${geoPrecision} supports (at most ${allowed}): round them`,
  };
}

/** The quotes of an event's source (its sentence, and the passages), empty ones left out. */
function quotesOf({ source }: ConflictEvent): string[] {
  return [source?.quote, ...(source?.passages ?? []).map((passage) => passage.quote)].filter(
    (quote): quote is string => quote !== undefined && quote !== '',
  );
}

/** A source without any quote is a data set (ACLED, UCDP): it stands for its own values. */
function isDatasetRow(event: ConflictEvent): boolean {
  return event.source !== undefined && quotesOf(event).length === 0;
}

/** Decimals a number is written with (`33.3152` → 4, `1e-7` → 7); 0 for none or no number. */
export function decimalsOf(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** Whether the event has a value at a dotted path: not absent, not empty text, an empty list or an empty object. */
function hasValue(event: PlainRecord, path: string): boolean {
  let value: unknown = event;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as PlainRecord)[key];
  }
  if (value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'object' || value === null || Object.keys(value).length > 0;
}
