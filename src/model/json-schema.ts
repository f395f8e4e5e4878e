/**
 * The JSON Schema (draft 2020-12) of a list of conflict events, produced from the same spec as
 * the runtime validator, for editors, CI checks of data files and other languages.
 *
 * The schema describes clean data; the validator also repairs. Where they differ, on purpose:
 * - Unknown fields: the schema allows them (`additionalProperties: true`) so that a reader built
 *   against this version accepts data written for a later one; the validator drops them with a warning.
 * - Old forms: a deprecated field (`value.approximate`) is accepted and marked `deprecated`; an
 *   old enum value (`"drone-attack"`) is refused. The validator reads both with a warning.
 * - Links, language keys, over-long strings and unknown `external` field paths: the schema refuses
 *   what the validator drops or truncates with a warning.
 * - Only the validator knows the calendar and the data set as a whole: 29 February of a common
 *   year, years beyond what a browser can show, a set of days across months or backwards, `end`
 *   before `start`, and duplicate ids pass the schema but are errors in the validator.
 *
 * Pure: no DOM.
 */
import {
  CONFLICT_EVENT_SPEC,
  DEFAULT_FIELD_LIMIT,
  LANGUAGE_TAG_PATTERN,
  MAX_EDTF_LENGTH,
  MAX_LANGUAGE_TAG_LENGTH,
  RELATIVE_LINK_PATTERN,
  type EnumSpec,
  type FieldSpec,
  type NumberSpec,
  type ObjectSpec,
  type StringSpec,
  type UrlSpec,
} from './spec.js';

type JsonSchema = { [keyword: string]: unknown };

const DAYS_TO_31 = '(?:0[1-9]|[12][0-9]|3[01])';
const DAYS_TO_30 = '(?:0[1-9]|[12][0-9]|30)';
const DAYS_TO_29 = '(?:0[1-9]|1[0-9]|2[0-9])';

/** A whole day of a four-digit year: `2024-01-28`. */
const FULL_DAY = `-?[0-9]{4}-(?:(?:0[13578]|1[02])-${DAYS_TO_31}|(?:0[469]|11)-${DAYS_TO_30}|02-${DAYS_TO_29})`;

/**
 * The EDTF dates `parseEdtf` accepts, as a regular expression without look-arounds or
 * back-references (so that any JSON Schema engine runs it). It knows month lengths but not leap
 * years, and it cannot tell that both days of a set (`[2024-01-01..2024-01-28]`) are in one month
 * and in order: the validator checks that.
 */
export const EDTF_SCHEMA_PATTERN =
  '^(?:(?:Y-?[0-9]{5,}|-?[0-9]{4})' +
  `(?:-(?:(?:0[13578]|1[02])(?:-${DAYS_TO_31})?|(?:0[469]|11)(?:-${DAYS_TO_30})?|02(?:-${DAYS_TO_29})?))?` +
  `[?~%]?|\\[${FULL_DAY}\\.\\.${FULL_DAY}\\])$`;

const REF_EDTF = { $ref: '#/$defs/edtfDate' } as const;
const REF_LOCALIZED = { $ref: '#/$defs/localizedText' } as const;

const ADDITIONAL_PROPERTIES_NOTE =
  'Unknown fields are allowed so that data written for a later version still passes; the runtime validator drops them with a warning.';

/** The JSON Schema (draft 2020-12) of an array of `ConflictEvent`s. A fresh object on every call. */
export function conflictEventsJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Conflict timeline events',
    description: 'A list of dated events (or dated facts) of a conflict, for the <conflict-timeline> element.',
    type: 'array',
    items: { $ref: '#/$defs/conflictEvent' },
    $defs: {
      conflictEvent: { ...objectSchema(CONFLICT_EVENT_SPEC), title: 'One dated event or fact' },
      edtfDate: edtfDateSchema(),
      localizedText: localizedTextSchema(),
    },
  };
}

function edtfDateSchema(): JsonSchema {
  return {
    type: 'string',
    description:
      'An EDTF level-1 date: YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ? (uncertain), ~ (approximate) or % (both); or one day, not known which, of a run of days in one month: [YYYY-MM-DD..YYYY-MM-DD].',
    maxLength: MAX_EDTF_LENGTH,
    pattern: EDTF_SCHEMA_PATTERN,
  };
}

function localizedTextSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'Text by BCP 47 language tag ({"ar": "…", "en": "…"}), with at least one non-blank text.',
    propertyNames: { maxLength: MAX_LANGUAGE_TAG_LENGTH, pattern: LANGUAGE_TAG_PATTERN.source },
    additionalProperties: { type: 'string', maxLength: DEFAULT_FIELD_LIMIT },
    // "At least one text has a non-space character", written as "not every text is blank".
    not: { type: 'object', additionalProperties: { not: { type: 'string', pattern: '\\S' } } },
  };
}

function fieldSchema(spec: FieldSpec): JsonSchema {
  const schema = kindSchema(spec);
  // An old field still read: the schema accepts it and says what to write instead.
  return spec.deprecated ? { ...schema, deprecated: true, description: `Deprecated: ${spec.deprecated}.` } : schema;
}

function kindSchema(spec: FieldSpec): JsonSchema {
  switch (spec.type) {
    case 'string':
      return stringSchema(spec);
    case 'edtf':
      return { ...REF_EDTF };
    case 'url':
      return urlSchema(spec);
    case 'enum':
      return enumSchema(spec);
    case 'number':
      return numberSchema(spec);
    case 'boolean':
      return { type: 'boolean' };
    case 'localized':
      return { ...REF_LOCALIZED };
    case 'array':
      return { type: 'array', items: fieldSchema(spec.items) };
    case 'object':
      return objectSchema(spec);
  }
}

function objectSchema(spec: ObjectSpec): JsonSchema {
  const entries = Object.entries(spec.fields);
  return {
    type: 'object',
    properties: Object.fromEntries(entries.map(([name, field]) => [name, fieldSchema(field)])),
    required: entries.filter(([, field]) => field.required).map(([name]) => name),
    additionalProperties: true,
    $comment: ADDITIONAL_PROPERTIES_NOTE,
  };
}

function stringSchema(spec: StringSpec): JsonSchema {
  return withDefined({
    type: 'string',
    minLength: spec.minLength,
    // The validator truncates other strings at the field limit; clean data stays within it.
    maxLength: spec.maxLength ?? DEFAULT_FIELD_LIMIT,
    pattern: spec.pattern?.source,
    description: spec.patternName && `Must be ${spec.patternName}.`,
  });
}

function urlSchema(spec: UrlSpec): JsonSchema {
  const schemes = spec.schemes.map((scheme) => caseInsensitive(scheme.replace(/:$/, '')));
  const absolute = `(?:${schemes.join('|')})://`;
  if (!spec.relative) {
    return {
      type: 'string',
      maxLength: spec.maxLength,
      pattern: `^${absolute}`,
      description: `An absolute ${spec.schemes.join(' or ')} link.`,
    };
  }
  // The relative form is anchored at both ends; it already starts with `^` and ends with `$`.
  const relative = RELATIVE_LINK_PATTERN.source.slice(1, -1);
  return {
    type: 'string',
    maxLength: spec.maxLength,
    pattern: `^(?:${absolute}[^\\s/\\\\]|${relative}$)`,
    description: `An absolute ${spec.schemes.join(' or ')} link, or one relative to the page without a colon (plain, encoded or as an entity) before its first "/", "?" or "#". A protocol-relative "//host/…" is not clean data: the validator reads it as https.`,
  };
}

/** `https` → `[Hh][Tt][Tt][Pp][Ss]`: schemes are case-insensitive, and JSON Schema patterns have no flags. */
function caseInsensitive(word: string): string {
  return [...word]
    .map((char) => (/[a-z]/i.test(char) ? `[${char.toUpperCase()}${char.toLowerCase()}]` : char))
    .join('');
}

/** The values of today; old ones (`aliases`) are refused here and read with a warning by the validator. */
function enumSchema(spec: EnumSpec): JsonSchema {
  const old = Object.entries(spec.aliases ?? {});
  const note = old.map(([from, to]) => `"${from}" (read as "${to}")`).join(', ');
  return withDefined({
    type: 'string',
    enum: [...spec.values],
    $comment: note && `Values of earlier versions, which the validator still reads with a warning: ${note}.`,
  });
}

function numberSchema(spec: NumberSpec): JsonSchema {
  return withDefined({ type: spec.integer ? 'integer' : 'number', minimum: spec.minimum, maximum: spec.maximum });
}

/** Leaves out keywords whose value is undefined (a schema must not hold `undefined`). */
function withDefined(schema: { [keyword: string]: unknown }): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined && value !== ''));
}
