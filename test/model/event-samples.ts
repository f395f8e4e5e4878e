/**
 * Sample events and fast-check arbitraries shared by the validator and JSON Schema tests.
 */
import fc from 'fast-check';
import {
  DATE_QUALIFIERS,
  DEPRECATED_CATEGORIES,
  EVENT_CATEGORIES,
  EXTERNAL_FIELD_PATHS,
  RECORD_KINDS,
  REPORTERS,
  VALUE_BOUNDS,
  type ConflictEvent,
} from '../../src/model/types.js';

/** The smallest valid event. */
export const MINIMAL_EVENT: ConflictEvent = { id: 'minimal', start: '2014', title: { en: 'Something happened' } };

/** An event using every field of the model. */
export const FULL_EVENT: ConflictEvent = {
  id: 'coalition-strikes-begin',
  kind: 'event',
  start: '2014-08-08',
  end: '2014-09~',
  qualifier: 'early',
  title: { ar: 'بدء الضربات الجوية', en: 'Air strikes begin' },
  summary: { en: 'The first coalition air strikes.' },
  category: 'air-strike',
  actors: { actor1: { en: 'Coalition' }, actor2: { en: 'ISIS' }, associated: [{ en: 'Peshmerga' }] },
  location: {
    name: { en: 'Erbil' },
    admin1: { en: 'Erbil Governorate' },
    country: 'IQ',
    latitude: 36.19,
    longitude: 44.01,
    geoPrecision: 2,
  },
  fatalities: 0,
  fatalitiesRange: { low: 0, high: 3 },
  value: { amount: 2500, unit: { en: 'troops' }, bound: 'about' },
  source: {
    outlet: { ar: 'الجزيرة' },
    language: 'ar',
    published: '2024-02-07',
    url: 'https://www.aljazeera.net/news/2024/2/7/example',
    quote: 'بدأت الضربات',
    paragraph: 3,
    passages: [{ paragraph: 5, quote: 'في الأسبوع الأول' }],
    dateResolution: {
      phrase: 'يوم الجمعة',
      resolvedAs: '2014-08-08',
      reasoning: { en: 'The article dates the week.' },
    },
  },
  reportedBy: 'article',
  external: [
    {
      fields: ['location.latitude', 'location.longitude'],
      source: { en: 'GeoNames: Erbil', ar: 'جيونيمز: أربيل' },
      url: 'https://www.geonames.org/95446',
      note: { en: 'Rounded to two decimals.' },
    },
    { fields: ['fatalitiesRange'], source: { en: 'Airwars, August 2014' } },
  ],
  editorNote: { en: 'The source calls them "the first strikes"; they were the first US strikes only.' },
  media: {
    url: 'images/erbil-strike.jpg',
    alt: { ar: 'دخان فوق تلة', en: 'Smoke over a hill' },
    caption: { en: 'Smoke after the first strike.' },
    credit: { en: 'AP/Safin Hamed' },
  },
};

/** Image links the validator keeps as they are. */
export const KEPT_IMAGE_LINKS = [
  'https://example.org/a.jpg',
  'HTTP://example.org/a.png?w=640#x',
  'images/a.jpg',
  './a.jpg',
  '../media/a%20b.jpg',
  '/media/a.jpg',
  'a.jpg?x=1:2',
  'photos/2024/02/strike:1.jpg',
  'صور/غارة.jpg',
] as const;

/** Image links the validator refuses (and the media with them), tricks included. */
export const REFUSED_IMAGE_LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript%3Aalert(1)',
  'javascript%253Aalert(1)',
  '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)',
  '&#106;avascript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  'javascript：alert(1)',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'blob:https://example.org/0d3c',
  'file:///etc/passwd',
  'ftp://example.org/a.jpg',
  'mailto:a@example.org',
  'http:/example.org/a.jpg',
  'https://',
  '///a.jpg',
  '\\\\host\\a.jpg',
  '?x=1',
  '#top',
  '',
  ' ',
] as const;

/** `{ ...event, ...changes }` typed loosely, for building invalid variants. */
export function variant(event: ConflictEvent, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...event, ...changes };
}

/** Date-like strings: mostly well formed, often impossible (month 13, day 31 of a short month). */
export const edtfLike: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: -9999, max: 9999 })),
    fc.option(fc.integer({ min: 0, max: 13 })),
    fc.option(fc.integer({ min: 0, max: 32 })),
    fc.constantFrom('', '', '?', '~', '%', ' ', 'x'),
  )
  .map(([year, month, day, suffix]) => {
    const yearText = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
    const monthText = month === null ? '' : `-${pad(month, 2)}`;
    const dayText = month === null || day === null ? '' : `-${pad(day, 2)}`;
    return `${yearText}${monthText}${dayText}${suffix}`;
  });

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

const languageKey = fc.oneof(
  fc.constantFrom('ar', 'en', 'en-GB', 'ar-IQ'),
  fc.constantFrom('__proto__', 'constructor', '', 'x', 'toString'),
  fc.string(),
);
const text = fc.oneof(fc.constantFrom('', ' ', 'نص', 'text'), fc.string());
const localizedLike = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(languageKey, text, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** Mostly a value of the right kind, sometimes anything at all. */
function usually<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.anything() });
}

const anyOf = <T>(values: readonly T[]) => usually(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 })));

/** Coordinates written with 0–6 decimals, as hand-made and imported data write them. */
const coordinate = fc
  .tuple(fc.integer({ min: -89, max: 89 }), fc.integer({ min: 0, max: 6 }))
  .map(([degrees, decimals]) => Number((degrees + 0.123456).toFixed(decimals)));

/** Quotes with and without numbers and dates, for the death-toll rule. */
const quoteLike = fc.oneof(
  fc.constantFrom('', 'مقتل ثلاثة جنود', 'في 7 فبراير/ شباط', 'لقي مصرعه', 'three killed', 'on 7 February 2024'),
  fc.string({ maxLength: 8 }),
);

/** Outside-source entries naming real, unknown or absent fields. */
const externalLike = usually(
  fc.record(
    {
      fields: usually(
        fc.array(fc.oneof(fc.constantFrom(...EXTERNAL_FIELD_PATHS), fc.constantFrom('id', 'location.altitude', '')), {
          maxLength: 3,
        }),
      ),
      source: localizedLike,
      url: usually(fc.constantFrom('https://example.org/a', 'javascript:alert(1)')),
      note: localizedLike,
    },
    { requiredKeys: ['fields', 'source'] },
  ),
);

/** Objects shaped like events, with random (often wrong) values, random extra keys and hostile keys. */
export const eventLike: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        id: usually(fc.oneof(fc.constantFrom('a', 'b', 'c', 'strike-baghdad'), fc.string({ maxLength: 8 }))),
        kind: anyOf(RECORD_KINDS),
        start: usually(edtfLike),
        end: usually(edtfLike),
        qualifier: anyOf(DATE_QUALIFIERS),
        title: localizedLike,
        summary: localizedLike,
        category: anyOf([...EVENT_CATEGORIES, ...Object.keys(DEPRECATED_CATEGORIES)]),
        fatalities: usually(fc.oneof(fc.nat(1000), fc.integer(), fc.double())),
        fatalitiesRange: usually(fc.record({ low: fc.nat(10), high: usually(fc.nat(20)) })),
        location: usually(
          fc.record(
            {
              name: localizedLike,
              country: usually(fc.constantFrom('IQ', 'iq', 'IRQ')),
              latitude: usually(fc.oneof(fc.double({ min: -100, max: 100 }), coordinate)),
              longitude: usually(fc.oneof(fc.double({ min: -200, max: 200 }), coordinate)),
              geoPrecision: anyOf([1, 2, 3, 0, 1.5]),
            },
            { requiredKeys: ['name'] },
          ),
        ),
        value: usually(
          fc.record(
            {
              amount: usually(fc.integer()),
              unit: localizedLike,
              bound: anyOf(VALUE_BOUNDS),
              approximate: usually(fc.boolean()),
            },
            { requiredKeys: ['amount', 'unit'] },
          ),
        ),
        external: usually(fc.array(externalLike, { maxLength: 3 })),
        editorNote: localizedLike,
        source: usually(
          fc.record(
            {
              outlet: localizedLike,
              language: usually(fc.constantFrom('ar', 'en', 'xx-', '')),
              url: usually(
                fc.constantFrom(
                  'https://example.org/a',
                  'http://example.org',
                  'javascript:alert(1)',
                  'data:text/html,x',
                  'example.org',
                ),
              ),
              paragraph: usually(fc.integer({ min: -1, max: 20 })),
              quote: usually(quoteLike),
              passages: usually(
                fc.array(
                  usually(fc.record({ paragraph: usually(fc.integer({ min: -1, max: 20 })), quote: quoteLike })),
                  {
                    maxLength: 2,
                  },
                ),
              ),
            },
            { requiredKeys: ['outlet', 'language'] },
          ),
        ),
        reportedBy: anyOf(REPORTERS),
        media: usually(
          fc.record(
            {
              url: usually(
                fc.oneof(
                  fc.constantFrom(...KEPT_IMAGE_LINKS, ...REFUSED_IMAGE_LINKS, '//example.org/a.jpg'),
                  fc.string({ maxLength: 12 }),
                  fc.string({ maxLength: 6 }).map((tail) => `a.jpg${tail}`),
                ),
              ),
              alt: localizedLike,
              caption: localizedLike,
              credit: localizedLike,
            },
            { requiredKeys: ['url'] },
          ),
        ),
      },
      { requiredKeys: ['id', 'start', 'title'] },
    ),
    fc.array(
      fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), fc.string()), fc.anything()),
      { maxLength: 3 },
    ),
  )
  .map(([event, extras]) => withOwnKeys(event, extras));

/** Adds keys as own data properties: plain assignment of `__proto__` would set the prototype instead. */
function withOwnKeys(
  event: Record<string, unknown>,
  extras: ReadonlyArray<readonly [string, unknown]>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...event };
  for (const [key, value] of extras) {
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** Lists of event-like objects mixed with valid events and arbitrary values. */
export const eventListLike: fc.Arbitrary<unknown[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: eventLike },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(MINIMAL_EVENT, FULL_EVENT) },
    { weight: 1, arbitrary: fc.anything() },
  ),
  { maxLength: 12 },
);
