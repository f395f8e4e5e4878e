/**
 * The declarative description of a `ConflictEvent`: the single source of truth from which both
 * the runtime validator (`validate.ts`) and the JSON Schema (`json-schema.ts`) are produced.
 *
 * Pure data and types: no DOM, no behaviour beyond the values below.
 */
import {
  DATE_QUALIFIERS,
  DEPRECATED_CATEGORIES,
  EVENT_CATEGORIES,
  EXTERNAL_FIELD_PATHS,
  RECORD_KINDS,
  REPORTERS,
  VALUE_BOUNDS,
  type ConflictEvent,
} from './types.js';

/** Longest string kept by default; longer strings are truncated with a warning. */
export const DEFAULT_FIELD_LIMIT = 10_000;

/** Longest event id. Ids name events in URLs and messages, so they stay short. */
export const MAX_ID_LENGTH = 200;

/** Longest EDTF string looked at: checked before any regular expression runs. */
export const MAX_EDTF_LENGTH = 64;

/** Longest link kept. Browsers cope with more, but a longer "source link" is not a link to a news page. */
export const MAX_URL_LENGTH = 2048;

/** Longest language tag (BCP 47 allows 35 characters in practice). */
export const MAX_LANGUAGE_TAG_LENGTH = 35;

/**
 * A BCP 47 language tag, simplified: a 2–3 letter language and optional subtags (`ar`, `ar-IQ`,
 * `en-Latn-GB`). Also keeps hostile keys such as `__proto__` out of localized text.
 */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** ISO 3166-1 alpha-2 country code. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/** What no part of a relative link may hold: white space, control characters, a backslash (which browsers read as `/`). */
const LINK_UNSAFE = '\\s\\x00-\\x1f\\x7f\\\\';

/**
 * A character of the first segment of a relative link: not a colon (`javascript:`, also the
 * full-width and small colons a normalizer turns into one), `&` (an HTML entity such as `&#58;`),
 * nor `%3A` or `%25` (an encoded colon, or an encoded `%` that decodes to one).
 */
const FIRST_SEGMENT_CHAR = `(?:[^${LINK_UNSAFE}:/?#&%\\uff1a\\ufe55]|%(?:[0-14-9A-Fa-f][0-9A-Fa-f]|2[0-46-9A-Fa-f]|3[0-9B-Fb-f]))`;

/**
 * A link relative to the page (`images/a.jpg`, `../a.jpg`, `/media/a.jpg?w=640`), without a
 * scheme in any disguise: RFC 3986 forbids a colon in the first segment of a relative path, and
 * this also refuses the encoded and entity forms of one. Not protocol-relative (`//host`: the
 * validator reads that as `https:`). Without look-arounds, so any JSON Schema engine runs it.
 */
export const RELATIVE_LINK_PATTERN = new RegExp(
  `^(?:${FIRST_SEGMENT_CHAR}+(?:[/?#][^${LINK_UNSAFE}]*)?|/(?:[^${LINK_UNSAFE}/][^${LINK_UNSAFE}]*)?)$`,
  'u',
);

/** Whether a field must be present (`required: true`) or may be left out. */
interface Presence {
  readonly required?: boolean;
  /** Set on a field kept only to read older data: what to write instead (for messages and the schema). */
  readonly deprecated?: string;
}

/** Free text. `maxLength` is a hard limit (an error); longer than the field limit is a warning. */
export interface StringSpec extends Presence {
  readonly type: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Checked only after the length, so a huge string never reaches a regular expression. */
  readonly pattern?: RegExp;
  /** What the pattern means, for messages ("an ISO 3166-1 alpha-2 country code"). */
  readonly patternName?: string;
}

/** An EDTF level-1 date (see `edtf.ts`). */
export interface EdtfSpec extends Presence {
  readonly type: 'edtf';
}

/** A link. A link the validator refuses is dropped with a warning, never the whole event. */
export interface UrlSpec extends Presence {
  readonly type: 'url';
  /** Allowed schemes, with their colon (`https:`). */
  readonly schemes: readonly string[];
  readonly maxLength: number;
  /**
   * Also a link relative to the page (`RELATIVE_LINK_PATTERN`); a protocol-relative `//host/x`
   * is read as `https://host/x` with a warning. For images, which the page serves too.
   */
  readonly relative?: boolean;
}

/** One of a fixed list of strings. */
export interface EnumSpec<V extends string = string> extends Presence {
  readonly type: 'enum';
  readonly values: readonly V[];
  /** Values of earlier versions, each read as its value of today, with a warning. */
  readonly aliases?: Readonly<Record<string, V>>;
  /** `drop`: an unknown value is left out with a warning (in a list, only that item) instead of being an error. */
  readonly unknown?: 'error' | 'drop';
}

/** A finite number, optionally a whole one, within an inclusive range. */
export interface NumberSpec extends Presence {
  readonly type: 'number';
  readonly integer?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface BooleanSpec extends Presence {
  readonly type: 'boolean';
}

/** `LocalizedText`: language tag → text, with at least one non-blank text. */
export interface LocalizedSpec extends Presence {
  readonly type: 'localized';
}

/** A list of values of one kind. */
export interface ArraySpec<S extends FieldSpec = FieldSpec> extends Presence {
  readonly type: 'array';
  readonly items: S;
}

/**
 * A nested object with known fields. Unknown fields are dropped with a warning; so is the whole
 * object when a required field of it is (a refused `media.url` drops the media, not the event).
 */
export interface ObjectSpec extends Presence {
  readonly type: 'object';
  readonly fields: { readonly [name: string]: FieldSpec };
}

/** Any field description. */
export type FieldSpec =
  StringSpec | EdtfSpec | UrlSpec | EnumSpec | NumberSpec | BooleanSpec | LocalizedSpec | ArraySpec | ObjectSpec;

// ---------------------------------------------------------------------------------------------
// Compile-time link between the spec and the `ConflictEvent` type: a spec with a missing or an
// extra key, a wrong `required` flag, an enum value the type does not allow, or a spec of the
// wrong kind (a number spec for a string field) does not compile.

/** `required: true` for required keys of `T`, and no `required: true` for optional ones. */
type PresenceOf<T, K extends keyof T> =
  object extends Pick<T, K> ? { readonly required?: false } : { readonly required: true };

/** The spec kinds allowed for a value type: free strings, closed string unions, numbers, … */
type SpecForValue<V> = [V] extends [string]
  ? string extends V
    ? StringSpec | EdtfSpec | UrlSpec
    : EnumSpec<V>
  : [V] extends [number]
    ? NumberSpec
    : [V] extends [boolean]
      ? BooleanSpec
      : [V] extends [readonly (infer I)[]]
        ? ArraySpec<SpecForValue<I>>
        : string extends keyof V
          ? LocalizedSpec
          : { readonly type: 'object'; readonly fields: FieldsSpecOf<V> };

/** One spec per key of `T`, each matching that key's type and optionality. */
export type FieldsSpecOf<T> = { readonly [K in keyof T]-?: SpecForValue<NonNullable<T[K]>> & PresenceOf<T, K> };

const localized = { type: 'localized' } as const;
const requiredLocalized = { type: 'localized', required: true } as const;
const edtf = { type: 'edtf' } as const;
const httpLink = { type: 'url', schemes: ['http:', 'https:'], maxLength: MAX_URL_LENGTH } as const;
const paragraphNumber = { type: 'number', integer: true, minimum: 1 } as const;

/** The fields of one `ConflictEvent`: the single source of truth for validator and schema. */
export const CONFLICT_EVENT_FIELDS = {
  id: { type: 'string', required: true, minLength: 1, maxLength: MAX_ID_LENGTH },
  kind: { type: 'enum', values: RECORD_KINDS },
  start: { type: 'edtf', required: true },
  end: edtf,
  qualifier: { type: 'enum', values: DATE_QUALIFIERS },
  title: requiredLocalized,
  summary: localized,
  category: { type: 'enum', values: EVENT_CATEGORIES, aliases: DEPRECATED_CATEGORIES },
  actors: {
    type: 'object',
    fields: {
      actor1: localized,
      actor2: localized,
      associated: { type: 'array', items: requiredLocalized },
    },
  },
  location: {
    type: 'object',
    fields: {
      name: requiredLocalized,
      admin1: localized,
      country: {
        type: 'string',
        pattern: COUNTRY_CODE_PATTERN,
        patternName: 'an ISO 3166-1 alpha-2 country code (like "IQ")',
      },
      latitude: { type: 'number', minimum: -90, maximum: 90 },
      longitude: { type: 'number', minimum: -180, maximum: 180 },
      geoPrecision: { type: 'number', integer: true, minimum: 1, maximum: 3 },
    },
  },
  fatalities: { type: 'number', integer: true, minimum: 0 },
  fatalitiesRange: {
    type: 'object',
    fields: {
      low: { type: 'number', required: true, integer: true, minimum: 0 },
      high: { type: 'number', required: true, integer: true, minimum: 0 },
    },
  },
  value: {
    type: 'object',
    fields: {
      amount: { type: 'number', required: true },
      unit: requiredLocalized,
      bound: { type: 'enum', values: VALUE_BOUNDS },
      approximate: { type: 'boolean', deprecated: 'use "bound": "about" (or "more-than", …)' },
    },
  },
  source: {
    type: 'object',
    fields: {
      outlet: requiredLocalized,
      language: {
        type: 'string',
        required: true,
        maxLength: MAX_LANGUAGE_TAG_LENGTH,
        pattern: LANGUAGE_TAG_PATTERN,
        patternName: 'a BCP 47 language tag (like "ar")',
      },
      published: edtf,
      url: httpLink,
      quote: { type: 'string' },
      paragraph: paragraphNumber,
      passages: {
        type: 'array',
        items: {
          type: 'object',
          fields: {
            paragraph: { ...paragraphNumber, required: true },
            quote: { type: 'string', required: true, minLength: 1 },
          },
        },
      },
      dateResolution: {
        type: 'object',
        fields: {
          phrase: { type: 'string', required: true, minLength: 1 },
          resolvedAs: { type: 'edtf', required: true },
          reasoning: requiredLocalized,
        },
      },
    },
  },
  reportedBy: { type: 'enum', values: REPORTERS },
  external: {
    type: 'array',
    items: {
      type: 'object',
      fields: {
        fields: {
          type: 'array',
          required: true,
          items: { type: 'enum', values: EXTERNAL_FIELD_PATHS, unknown: 'drop' },
        },
        source: requiredLocalized,
        url: httpLink,
        note: localized,
      },
    },
  },
  editorNote: localized,
  media: {
    type: 'object',
    fields: {
      url: { ...httpLink, required: true, relative: true },
      alt: localized,
      caption: localized,
      credit: localized,
    },
  },
} as const satisfies FieldsSpecOf<ConflictEvent>;

/** The whole event as one object spec, the shape the validator and the schema generator walk. */
export const CONFLICT_EVENT_SPEC: ObjectSpec = { type: 'object', required: true, fields: CONFLICT_EVENT_FIELDS };
