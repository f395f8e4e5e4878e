/**
 * The rules for one event: its fields checked against the declarative spec in `spec.ts` (which
 * also produces the JSON Schema, so the two cannot drift apart), its dates and their order, its
 * id against the ids kept before it, its old forms migrated and its outside sources repaired;
 * each problem an issue, in words. `validate.ts` steps through an array of events with these.
 *
 * Pure: no DOM. Never throws (a throwing getter or proxy drops only its event).
 */
import { daysInMonth, firstDayOf, parseEdtf, simpleDayKey } from './edtf.js';
import { isAbsoluteLink, readRelativeLink } from './links.js';
import { migrateApproximate } from './migrations.js';
import type { IdIndex } from './id-index.js';
import { editorialProblems, repairExternal, type EditorialRule, type ProvenanceProblem } from './provenance-checks.js';
import {
  CONFLICT_EVENT_SPEC,
  MAX_EDTF_LENGTH,
  MAX_ID_LENGTH,
  type ArraySpec,
  type EnumSpec,
  type FieldSpec,
  type NumberSpec,
  type ObjectSpec,
  type StringSpec,
  type UrlSpec,
} from './spec.js';
import type { ConflictEvent } from './types.js';
import {
  describeValue,
  errorText,
  hasNonSpace,
  isHighSurrogate,
  isLanguageTag,
  PREVIEW_LENGTH,
  quote,
} from './validate-text.js';

/** One problem found in the input. */
export interface ValidationIssue {
  /** Position of the event in the input array; `-1` when the input as a whole is wrong. */
  readonly index: number;
  /** The event's id, when it has a usable one. */
  readonly id?: string;
  /** Dotted path of the field inside the event (`source.url`, `title.en`); `''` for the whole event. */
  readonly field: string;
  /** A full sentence naming the event and the field, e.g. `events[3] ("strike-baghdad").start: "2011-02-30" is not a real date`. */
  readonly message: string;
  /**
   * `error`: the event was dropped. `warning`: the event was kept, repaired as the message says,
   * or (when `rule` is set) kept as it is for an editor to look at.
   */
  readonly severity: 'error' | 'warning';
  /**
   * The editorial rule behind a warning that changed nothing: `fatalities-without-number` (a
   * death toll no quote states and no outside source gives), `coordinates-too-precise` (more
   * decimals than `location.geoPrecision` supports). Each rule names its first
   * 10 events one by one (`MAX_EDITORIAL_WARNINGS`), then the count of the rest in one more warning.
   */
  readonly rule?: EditorialRule;
}

/** Unknown fields reported one by one per object before they are summed up in one warning. */
const MAX_UNKNOWN_FIELD_WARNINGS = 10;

/**
 * Events named one by one for each editorial rule before the rest are counted in one warning:
 * 100,000 imported events with four-decimal coordinates must not make 100,000 warnings.
 */
export const MAX_EDITORIAL_WARNINGS = 10;

/** Marks a field left out of the output: invalid (an error was reported) or dropped (a warning). */
const OMIT: unique symbol = Symbol('omit');

/**
 * Where we are: the event being checked, and what one `validateEvents` call has collected.
 * One object per call, updated per event, so that 100,000 events do not make 100,000 contexts.
 */
export interface EventContext {
  index: number;
  id: string | undefined;
  /** Errors of the current event: any error drops it. */
  errors: number;
  readonly fieldLimit: number;
  /** Whether the input's objects are the validator's to keep (see `ValidateOptions.adoptInput`). */
  readonly adopt: boolean;
  readonly issues: ValidationIssue[];
  /** Ids of the events kept so far, with their index. */
  /** Sized for the input once its length is read: a table that grew would rehash every id in one step. */
  keptIds: IdIndex;
  /** EDTF text (without spaces around it) → its check: real data repeats the same dates a lot. */
  readonly dates: Map<string, DateCheck>;
  /** The first day of the current event's valid `start` and the last day of its valid `end` (see `dayKey`), `NaN` until met. */
  startFirst: number;
  endLast: number;
  /** Per editorial rule: how many events it found, and the first event not named one by one. */
  readonly editorial: Map<EditorialRule, EditorialTally>;
}

interface EditorialTally {
  count: number;
  /** Where the first event not named one by one is. */
  firstUnlisted?: { readonly at: IssuePlace; readonly field: string };
}

/** The event an issue is about. */
type IssuePlace = Pick<EventContext, 'index' | 'id'>;

/** What is known about one EDTF string once it has been parsed. */
interface DateCheck {
  /** Why it is not a date (`undefined` when it is one). */
  readonly error: string | undefined;
  /** Its first and last calendar day as ordered numbers (`dayKey`); `NaN` when invalid. */
  readonly first: number;
  readonly last: number;
}

type PlainRecord = Record<string, unknown>;

/** Validates one element; a getter or proxy that throws drops only that element. */
export function validateElementSafely(raw: unknown, context: EventContext): ConflictEvent | undefined {
  try {
    if (!isRecord(raw)) {
      reportError(context, '', `expected an event object, got ${describeValue(raw)}`);
      return undefined;
    }
    context.id = usableId(readOwn(raw, 'id'));
    return validateEvent(raw, context);
  } catch (error) {
    reportError(context, '', `could not be read (${errorText(error)})`);
    return undefined;
  }
}

function validateEvent(raw: PlainRecord, context: EventContext): ConflictEvent | undefined {
  const event = checkObjectFields(raw, CONFLICT_EVENT_SPEC, '', context);
  if (context.errors > 0) return undefined;
  checkDateOrder(event, context);
  if (context.errors > 0) return undefined;
  // Safe: an event without errors has a usable id (the spec requires it).
  const id = event.id as string;
  const firstIndex = context.keptIds.firstOrAdd(id, context.index);
  if (firstIndex !== undefined) {
    reportError(context, 'id', `duplicates the id of events[${firstIndex}], which is kept`);
    return undefined;
  }
  migrateOldForms(event, context);
  reportProvenance(event, context);
  return Object.freeze(event) as unknown as ConflictEvent;
}

/** Data written for an earlier version, read as today's (with a warning each). */
function migrateOldForms(event: PlainRecord, context: EventContext): void {
  const value = event.value as PlainRecord | undefined;
  const migration = value && migrateApproximate(value);
  if (!migration) return;
  event.value = Object.freeze(migration.value);
  reportWarning(context, `value.${migration.field}`, migration.problem);
}

/** Outside sources repaired, then the editorial rules (see `provenance-checks.ts`). */
function reportProvenance(event: PlainRecord, context: EventContext): void {
  const problems: ProvenanceProblem[] = [];
  if (event.external !== undefined) {
    const external = repairExternal(event, problems);
    if (external === undefined) delete event.external;
    else event.external = external;
  }
  problems.push(...editorialProblems(event as unknown as ConflictEvent));
  for (const { field, problem, rule } of problems) {
    if (rule === undefined) reportWarning(context, field, problem);
    else reportEditorial(context, field, problem, rule);
  }
}

function reportEditorial(context: EventContext, field: string, problem: string, rule: EditorialRule): void {
  let tally = context.editorial.get(rule);
  if (!tally) context.editorial.set(rule, (tally = { count: 0 }));
  tally.count++;
  if (tally.count <= MAX_EDITORIAL_WARNINGS) {
    context.issues.push({ ...makeIssue(context, field, problem, 'warning', field), rule });
  } else if (tally.firstUnlisted === undefined) {
    tally.firstUnlisted = { at: { index: context.index, id: context.id }, field };
  }
}

/** The id used in messages: only a string the spec would accept, so a hostile id is not echoed. */
function usableId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH ? value : undefined;
}

// --- objects -----------------------------------------------------------------------------------

/** An object spec prepared for lookups: reading only the keys the input has is what makes 100,000 events fast. */
interface ObjectShape {
  readonly fields: ReadonlyMap<string, ShapeField>;
  /** The required fields, in spec order. */
  readonly required: readonly ShapeField[];
  /** The bits of all required fields: when every one was seen, nothing is missing. */
  readonly requiredBits: number;
}

interface ShapeField {
  readonly name: string;
  readonly spec: FieldSpec;
  /** A bit of its own for each of the first 30 required fields (0 otherwise): set once the input has a value for it. */
  readonly bit: number;
}

const shapes = new WeakMap<ObjectSpec, ObjectShape>();

function shapeOf(spec: ObjectSpec): ObjectShape {
  let shape = shapes.get(spec);
  if (!shape) {
    const fields = new Map<string, ShapeField>();
    const required: ShapeField[] = [];
    let requiredBits = 0;
    for (const [name, fieldSpec] of Object.entries(spec.fields)) {
      const bit = fieldSpec.required && required.length < 30 ? 1 << required.length : 0;
      const field = { name, spec: fieldSpec, bit };
      fields.set(name, field);
      if (fieldSpec.required) required.push(field);
      requiredBits |= bit;
    }
    shape = { fields, required, requiredBits: required.every((field) => field.bit !== 0) ? requiredBits : -1 };
    shapes.set(spec, shape);
  }
  return shape;
}

/** Checks the own fields of an object: known ones against the spec, unknown ones dropped with a warning. */
function checkObjectFields(raw: PlainRecord, spec: ObjectSpec, path: string, context: EventContext): PlainRecord {
  const shape = shapeOf(spec);
  // Adopted, no copy is made until a field comes out other than it went in (see `copyOfFirst`).
  let result: PlainRecord | undefined = adoptable(raw, context) ? undefined : {};
  let unknown = 0;
  // Required fields the input gave a value for (kept, or already reported as invalid).
  let seen = 0;
  const keys = Object.keys(raw);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const field = shape.fields.get(key);
    if (field === undefined) {
      warnAboutUnknownField(key, ++unknown, path, context);
      result ??= copyOfFirst(raw, keys, i);
      continue;
    }
    const value = raw[key];
    if (value === undefined) {
      result ??= copyOfFirst(raw, keys, i);
      continue;
    }
    seen |= field.bit;
    const checked = checkValue(value, field.spec, path === '' ? key : `${path}.${key}`, context);
    if (result === undefined && checked === value) continue;
    result ??= copyOfFirst(raw, keys, i);
    if (checked !== OMIT) result[key] = checked;
  }
  const fields = result ?? raw;
  if (unknown > MAX_UNKNOWN_FIELD_WARNINGS) {
    reportWarning(context, path, `${unknown - MAX_UNKNOWN_FIELD_WARNINGS} more unknown fields were dropped`);
  }
  if (seen !== shape.requiredBits) {
    for (const { name, bit } of shape.required) {
      if ((seen & bit) !== 0) continue;
      // Absent from the result but present in the input: invalid, and already reported.
      if (!Object.hasOwn(fields, name) && readOwn(raw, name) === undefined) {
        reportError(context, joinPath(path, name), 'is required but missing');
      }
    }
  }
  return fields;
}

/**
 * Whether `value` itself may become the clean value: when the input is the validator's to keep
 * (`ValidateOptions.adoptInput`), a plain object or array (an ordinary prototype, as a copy would
 * have) that can still be written to (an event's old forms are migrated in place).
 */
function adoptable(value: object, context: EventContext): boolean {
  if (!context.adopt || !Object.isExtensible(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === Array.prototype;
}

/**
 * A new object with the first `count` of `keys` of an adopted `raw`: each of them a known field
 * whose value came out of its check as it went in (else the copy would have been made then).
 */
function copyOfFirst(raw: PlainRecord, keys: readonly string[], count: number): PlainRecord {
  const copy: PlainRecord = {};
  for (let i = 0; i < count; i++) copy[keys[i] as string] = raw[keys[i] as string];
  return copy;
}

function checkObject(value: unknown, spec: ObjectSpec, path: string, context: EventContext): unknown {
  if (!isRecord(value)) return reportError(context, path, `expected an object, got ${describeValue(value)}`);
  const errorsBefore = context.errors;
  const fields = checkObjectFields(value, spec, path, context);
  // A required field dropped with a warning (a refused `media.url`) takes its object with it.
  const lost =
    context.errors === errorsBefore && shapeOf(spec).required.find(({ name }) => !Object.hasOwn(fields, name));
  if (lost) return reportWarning(context, path, `was dropped, as its ${lost.name} was`);
  return Object.freeze(fields);
}

/** Names the first few unknown fields of an object; the rest are counted in one warning. */
function warnAboutUnknownField(key: string, count: number, path: string, context: EventContext): void {
  if (count <= MAX_UNKNOWN_FIELD_WARNINGS) {
    reportWarning(context, joinPath(path, shortKey(key)), `unknown field ${quote(key)} was dropped`, path);
  }
}

// --- values ------------------------------------------------------------------------------------

/** Checks one value against its spec: the clean value, or `OMIT` (after reporting why). */
function checkValue(value: unknown, spec: FieldSpec, path: string, context: EventContext): unknown {
  switch (spec.type) {
    case 'string':
      return checkString(value, spec, path, context);
    case 'edtf':
      return checkEdtf(value, path, context);
    case 'url':
      return checkUrl(value, spec, path, context);
    case 'enum':
      return checkEnum(value, spec, path, context);
    case 'number':
      return checkNumber(value, spec, path, context);
    case 'boolean':
      return typeof value === 'boolean'
        ? value
        : reportError(context, path, `expected true or false, got ${describeValue(value)}`);
    case 'localized':
      return checkLocalized(value, path, context);
    case 'array':
      return checkArray(value, spec, path, context);
    case 'object':
      return checkObject(value, spec, path, context);
  }
}

function checkString(value: unknown, spec: StringSpec, path: string, context: EventContext): unknown {
  if (typeof value !== 'string') return reportError(context, path, `expected text, got ${describeValue(value)}`);
  // A field with its own limit (an id) is refused when too long: truncating it would change it.
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    return reportError(context, path, `is ${value.length} characters long; at most ${spec.maxLength} are allowed`);
  }
  const text = spec.maxLength === undefined ? limitLength(value, path, context) : value;
  if (spec.minLength !== undefined && text.length < spec.minLength) {
    return reportError(
      context,
      path,
      text.length === 0 ? 'must not be empty' : `must be at least ${spec.minLength} characters long`,
    );
  }
  if (spec.pattern && !spec.pattern.test(text)) {
    return reportError(
      context,
      path,
      `${quote(text)} is not ${spec.patternName ?? `text matching ${spec.pattern.source}`}`,
    );
  }
  return text;
}

function checkEdtf(value: unknown, path: string, context: EventContext): unknown {
  if (typeof value !== 'string')
    return reportError(context, path, `expected an EDTF date such as "2014-06-10", got ${describeValue(value)}`);
  if (value.length > MAX_EDTF_LENGTH)
    return reportError(context, path, `${quote(value)} is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  // The common `YYYY-MM-DD`: a real day, without a lookup.
  const simple = simpleDayKey(value);
  if (simple >= 0) {
    noteEventDate(path, simple, simple, context);
    return value;
  }
  let check = context.dates.get(value);
  if (check === undefined) {
    // parseEdtf forgives surrounding spaces; stored data must not have them (the schema refuses them too).
    if (value.trim() !== value) return reportError(context, path, `${quote(value)} has spaces around the date`);
    check = checkDate(value);
    context.dates.set(value, check);
  }
  if (check.error !== undefined) return reportError(context, path, `${quote(value)} ${check.error}`);
  noteEventDate(path, check.first, check.last, context);
  return value;
}

/** Keeps the event's own valid dates for the order check (nested paths are `source.published`, …). */
function noteEventDate(path: string, first: number, last: number, context: EventContext): void {
  if (path === 'start') context.startFirst = first;
  else if (path === 'end') context.endLast = last;
}

function checkDate(value: string): DateCheck {
  const parsed = parseEdtf(value);
  if (!parsed.ok) return { error: parsed.error, first: Number.NaN, last: Number.NaN };
  const { year, month, day, days } = parsed.date;
  const lastMonth = month ?? 12;
  return {
    error: undefined,
    first: dayKey(year, month ?? 1, firstDayOf(parsed.date)),
    last: dayKey(year, lastMonth, day ?? days?.last ?? daysInMonth(year, lastMonth)),
  };
}

/** Orders calendar days as `compareParsedDates` does: by year, then month (1–12), then day (1–31). Same numbers as `simpleDayKey`. */
function dayKey(year: number, month: number, day: number): number {
  return (year * 16 + month) * 32 + day;
}

/** A refused link is a warning: the event stays, without the link. */
function checkUrl(value: unknown, spec: UrlSpec, path: string, context: EventContext): unknown {
  if (typeof value !== 'string') return reportError(context, path, `expected a link, got ${describeValue(value)}`);
  if (spec.relative) {
    const reading = readRelativeLink(value, spec);
    if ('problem' in reading) return reportWarning(context, path, reading.problem);
    if (reading.repair) reportWarning(context, path, reading.repair);
    return reading.url;
  }
  if (value.length > spec.maxLength) {
    return reportWarning(
      context,
      path,
      `link of ${value.length} characters is longer than ${spec.maxLength} and was dropped`,
    );
  }
  if (!isAbsoluteLink(value, spec.schemes)) {
    return reportWarning(context, path, `${quote(value)} is not an ${spec.schemes.join(' or ')} link and was dropped`);
  }
  return value;
}

/** The values of each enum spec as a set, for lookups. */
const enumSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function enumSetOf(values: readonly string[]): ReadonlySet<string> {
  let set = enumSets.get(values);
  if (!set) {
    set = new Set(values);
    enumSets.set(values, set);
  }
  return set;
}

function checkEnum(value: unknown, spec: EnumSpec, path: string, context: EventContext): unknown {
  if (typeof value === 'string' && enumSetOf(spec.values).has(value)) return value;
  const current =
    typeof value === 'string' && spec.aliases && Object.hasOwn(spec.aliases, value) ? spec.aliases[value] : undefined;
  if (current !== undefined) {
    reportWarning(
      context,
      path,
      `${quote(value as string)} is a value of an earlier version, read as ${quote(current)}`,
    );
    return current;
  }
  const known = spec.values.map((item) => `"${item}"`).join(', ');
  const shown = typeof value === 'string' ? quote(value) : describeValue(value);
  if (spec.unknown === 'drop') {
    return reportWarning(context, path, `${shown} is not one of the known values and was dropped: ${known}`);
  }
  return reportError(context, path, `${shown} is not one of the known values: ${known}`);
}

function checkNumber(value: unknown, spec: NumberSpec, path: string, context: EventContext): unknown {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!spec.integer || Number.isInteger(value)) &&
    (spec.minimum === undefined || value >= spec.minimum) &&
    (spec.maximum === undefined || value <= spec.maximum);
  return ok ? value : reportError(context, path, `expected ${describeNumberSpec(spec)}, got ${describeValue(value)}`);
}

function describeNumberSpec(spec: NumberSpec): string {
  const noun = spec.integer ? 'a whole number' : 'a number';
  if (spec.minimum !== undefined && spec.maximum !== undefined)
    return `${noun} from ${spec.minimum} to ${spec.maximum}`;
  if (spec.minimum !== undefined) return `${noun} of at least ${spec.minimum}`;
  if (spec.maximum !== undefined) return `${noun} of at most ${spec.maximum}`;
  return `a finite ${spec.integer ? 'whole number' : 'number'}`;
}

/** Language tag → text. Keys that are not language tags (`__proto__` among them) are dropped with a warning. */
function checkLocalized(value: unknown, path: string, context: EventContext): unknown {
  if (!isRecord(value))
    return reportError(
      context,
      path,
      `expected texts by language such as {"ar": "…", "en": "…"}, got ${describeValue(value)}`,
    );
  // Adopted, no copy is made until a text is dropped or cut (see `copyOfFirst`).
  let result: PlainRecord | undefined = adoptable(value, context) ? undefined : {};
  const errorsBefore = context.errors;
  let hasText = false;
  const langs = Object.keys(value);
  for (let i = 0; i < langs.length; i++) {
    const lang = langs[i] as string;
    if (!isLanguageTag(lang)) {
      reportWarning(
        context,
        joinPath(path, shortKey(lang)),
        `${quote(lang)} is not a language tag; the text was dropped`,
        path,
      );
      result ??= copyOfFirst(value, langs, i);
      continue;
    }
    const text = value[lang];
    if (typeof text !== 'string') {
      reportError(context, joinPath(path, lang), `expected text, got ${describeValue(text)}`);
      continue;
    }
    const kept = text.length <= context.fieldLimit ? text : limitLength(text, joinPath(path, lang), context);
    hasText ||= hasNonSpace(kept);
    if (result === undefined && kept === text) continue;
    result ??= copyOfFirst(value, langs, i);
    result[lang] = kept;
  }
  if (context.errors > errorsBefore) return OMIT;
  if (!hasText) return reportError(context, path, 'has no text in any language');
  return Object.freeze(result ?? value);
}

function checkArray(value: unknown, spec: ArraySpec, path: string, context: EventContext): unknown {
  if (!Array.isArray(value)) return reportError(context, path, `expected a list, got ${describeValue(value)}`);
  // Adopted, no copy is made until an item comes out other than it went in.
  let result: unknown[] | undefined = adoptable(value, context) ? undefined : [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const checked = checkValue(item, spec.items, `${path}[${i}]`, context);
    if (result === undefined && checked === item) continue;
    result ??= value.slice(0, i);
    if (checked !== OMIT) result.push(checked);
  }
  return Object.freeze(result ?? value);
}

/** `end` covers its whole day, month or year, so `start: 2017-05, end: 2017` is fine. */
function checkDateOrder(event: PlainRecord, context: EventContext): void {
  // Both are set only for valid dates, kept in `event` (an event with errors never gets here); NaN compares false.
  if (context.endLast < context.startFirst) {
    reportError(context, 'end', `${quote(event.end as string)} is before the start ${quote(event.start as string)}`);
  }
}

/** Truncates text over the field limit, without splitting a surrogate pair. */
function limitLength(text: string, path: string, context: EventContext): string {
  if (text.length <= context.fieldLimit) return text;
  let end = context.fieldLimit;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  reportWarning(context, path, `text of ${text.length} characters was cut to the limit of ${context.fieldLimit}`);
  return text.slice(0, end);
}

// --- issues and messages -------------------------------------------------------------------------

function reportError(context: EventContext, field: string, problem: string): typeof OMIT {
  context.errors++;
  context.issues.push(makeIssue(context, field, problem, 'error', field));
  return OMIT;
}

/** `shownPath` lets a message about a key name the object holding it (`…title: "__proto__" is not…`). */
function reportWarning(context: EventContext, field: string, problem: string, shownPath = field): typeof OMIT {
  context.issues.push(makeIssue(context, field, problem, 'warning', shownPath));
  return OMIT;
}

export function makeIssue(
  context: IssuePlace,
  field: string,
  problem: string,
  severity: ValidationIssue['severity'],
  shownPath: string,
): ValidationIssue {
  const idPart = context.id === undefined ? '' : ` (${JSON.stringify(context.id)})`;
  const where = `events[${context.index}]${idPart}${shownPath ? `.${shownPath}` : ''}`;
  const issue = { index: context.index, field, message: `${where}: ${problem}`, severity };
  return context.id === undefined ? issue : { ...issue, id: context.id };
}

function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: inherited ones (a poisoned prototype) are never read as data. */
function readOwn(record: PlainRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A key as it appears in an issue's `field`: a 10 MB key must not make a 10 MB issue. */
function shortKey(key: string): string {
  return key.length > PREVIEW_LENGTH ? `${key.slice(0, PREVIEW_LENGTH)}…` : key;
}

function joinPath(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}
