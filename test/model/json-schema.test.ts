import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parseEdtf } from '../../src/model/edtf.js';
import { conflictEventsJsonSchema, EDTF_SCHEMA_PATTERN } from '../../src/model/json-schema.js';
import { validateEvents } from '../../src/model/validate.js';
import { edtfLike, eventListLike, FULL_EVENT, MINIMAL_EVENT, variant } from './event-samples.js';

/** The schema compiled by Ajv in strict mode (strict mode also checks the schema is well written). */
function compileSchema(): (data: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(conflictEventsJsonSchema());
}

/** Structurally invalid events: both the schema and the validator must refuse each. */
const INVALID_SAMPLES: ReadonlyArray<[string, unknown]> = [
  ['missing id', variant(MINIMAL_EVENT, { id: undefined })],
  ['empty id', variant(MINIMAL_EVENT, { id: '' })],
  ['numeric id', variant(MINIMAL_EVENT, { id: 7 })],
  ['missing start', variant(MINIMAL_EVENT, { start: undefined })],
  ['month 13', variant(MINIMAL_EVENT, { start: '2023-13' })],
  ['30 February', variant(MINIMAL_EVENT, { start: '2011-02-30' })],
  ['31 April', variant(MINIMAL_EVENT, { end: '2014-04-31' })],
  ['prose date', variant(MINIMAL_EVENT, { start: 'last Sunday' })],
  ['padded date', variant(MINIMAL_EVENT, { start: ' 2014' })],
  ['missing title', variant(MINIMAL_EVENT, { title: undefined })],
  ['empty title', variant(MINIMAL_EVENT, { title: {} })],
  ['blank title', variant(MINIMAL_EVENT, { title: { en: ' ' } })],
  ['title as text', variant(MINIMAL_EVENT, { title: 'Strike' })],
  ['unknown category', variant(MINIMAL_EVENT, { category: 'massacre' })],
  ['unknown kind', variant(MINIMAL_EVENT, { kind: 'rumour' })],
  ['negative fatalities', variant(MINIMAL_EVENT, { fatalities: -1 })],
  ['fractional fatalities', variant(MINIMAL_EVENT, { fatalities: 1.5 })],
  ['latitude 95', variant(MINIMAL_EVENT, { location: { name: { en: 'Mosul' }, latitude: 95 } })],
  ['location without name', variant(MINIMAL_EVENT, { location: { latitude: 1 } })],
  ['country name', variant(MINIMAL_EVENT, { location: { name: { en: 'Mosul' }, country: 'Iraq' } })],
  ['source without language', variant(MINIMAL_EVENT, { source: { outlet: { en: 'AJ' } } })],
  ['paragraph 0', variant(MINIMAL_EVENT, { source: { outlet: { en: 'AJ' }, language: 'ar', paragraph: 0 } })],
  ['associated not a list', variant(MINIMAL_EVENT, { actors: { associated: { en: 'x' } } })],
  ['null end', variant(MINIMAL_EVENT, { end: null })],
  ['unknown bound', variant(MINIMAL_EVENT, { value: { amount: 9, unit: { en: 'x' }, bound: 'roughly' } })],
  ['passage without paragraph', variant(FULL_EVENT, { source: { ...FULL_EVENT.source, passages: [{ quote: 'x' }] } })],
  [
    'passage with empty quote',
    variant(FULL_EVENT, { source: { ...FULL_EVENT.source, passages: [{ paragraph: 2, quote: '' }] } }),
  ],
  ['external without source', variant(MINIMAL_EVENT, { external: [{ fields: ['title'] }] })],
  ['external fields not a list', variant(MINIMAL_EVENT, { external: [{ fields: 'title', source: { en: 'x' } }] })],
  ['editor note as text', variant(MINIMAL_EVENT, { editorNote: 'Quds Force' })],
  ['geoPrecision 4', variant(MINIMAL_EVENT, { location: { name: { en: 'Mosul' }, geoPrecision: 4 } })],
  ['not an object', 'event'],
];

/** Valid under both; the validator may warn (unknown fields), but never errs. */
const VALID_SAMPLES: ReadonlyArray<[string, unknown]> = [
  ['minimal', MINIMAL_EVENT],
  ['full', FULL_EVENT],
  ['negative year', variant(MINIMAL_EVENT, { start: '-0044-03-15' })],
  ['long year', variant(MINIMAL_EVENT, { start: 'Y-12000' })],
  ['qualified date', variant(MINIMAL_EVENT, { start: '2014-06%' })],
  ['leap day', variant(MINIMAL_EVENT, { start: '2024-02-29' })],
  [
    'upper-case scheme',
    variant(MINIMAL_EVENT, { source: { outlet: { en: 'AJ' }, language: 'ar', url: 'HTTP://example.org' } }),
  ],
  ['unknown field', variant(MINIMAL_EVENT, { importance: 3 })],
  ['a period', variant(MINIMAL_EVENT, { kind: 'period', end: '2017-12' })],
  ['a run of days', variant(MINIMAL_EVENT, { start: '[2024-01-01..2024-01-28]' })],
  ['deprecated approximate', variant(MINIMAL_EVENT, { value: { amount: 9, unit: { en: 'x' }, approximate: true } })],
  ['a death toll no quote states (editorial)', variant(FULL_EVENT, { fatalities: 4, external: undefined })],
];

/** Errors a JSON Schema cannot express (see the module comment of json-schema.ts). */
function isSchemaBlind(message: string): boolean {
  return (
    /"-?\d{4}-02-29[?~%]?" is not a real date$/.test(message) ||
    / is before the start /.test(message) ||
    /is a set of days (across months|that does not run forward)/.test(message)
  );
}

describe('conflictEventsJsonSchema', () => {
  it('loads Ajv in the browser and compiles in strict mode as draft 2020-12', () => {
    const schema = conflictEventsJsonSchema() as { $schema: string };
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(compileSchema()).to.be.a('function');
  });

  it('is plain JSON and a fresh object on every call', () => {
    const schema = conflictEventsJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
    expect(conflictEventsJsonSchema()).to.not.equal(schema);
  });

  it('accepts valid samples, and the validator reports no error for them', () => {
    const validate = compileSchema();
    for (const [name, sample] of VALID_SAMPLES) {
      expect(validate([sample]), name).to.equal(true);
      expect(
        validateEvents([sample]).issues.filter((issue) => issue.severity === 'error'),
        name,
      ).to.deep.equal([]);
    }
  });

  it('refuses structurally invalid samples, as the validator does', () => {
    const validate = compileSchema();
    for (const [name, sample] of INVALID_SAMPLES) {
      expect(validate([sample]), name).to.equal(false);
      expect(validateEvents([sample]).events, name).to.deep.equal([]);
    }
    expect(validate({ events: [] }), 'not an array').to.equal(false);
  });

  it('refuses what the validator repairs with a warning: script links, non-language keys, old values, unknown paths', () => {
    const validate = compileSchema();
    const scriptLink = variant(MINIMAL_EVENT, {
      source: { outlet: { en: 'AJ' }, language: 'ar', url: 'javascript:alert(1)' },
    });
    const badKey = variant(MINIMAL_EVENT, { title: { en: 'ok', 'not a tag': 'x' } });
    const oldCategory = variant(MINIMAL_EVENT, { category: 'drone-attack' });
    const unknownPath = variant(MINIMAL_EVENT, { external: [{ fields: ['title', 'id'], source: { en: 'x' } }] });
    for (const sample of [scriptLink, badKey, oldCategory, unknownPath]) {
      expect(validate([sample])).to.equal(false);
      const result = validateEvents([sample]);
      expect(result.issues.map((issue) => issue.severity)).to.deep.equal(['warning']);
      expect(validate(result.events)).to.equal(true);
    }
  });

  it('marks value.approximate deprecated, names the old category value, and lists the external field paths', () => {
    const schema = conflictEventsJsonSchema() as {
      $defs: {
        conflictEvent: {
          properties: Record<string, { properties?: Record<string, unknown>; $comment?: string; items?: unknown }>;
        };
      };
    };
    const event = schema.$defs.conflictEvent.properties;
    expect(event.value?.properties?.approximate).to.deep.equal({
      type: 'boolean',
      deprecated: true,
      description: 'Deprecated: use "bound": "about" (or "more-than", …).',
    });
    expect(event.category?.$comment).to.include('"drone-attack" (read as "air-strike")');
    const external = event.external as { items: { properties: { fields: { items: { enum: string[] } } } } };
    expect(external.items.properties.fields.items.enum).to.include('location.latitude');
  });

  it('documents what only the validator knows: leap years, date order, duplicate ids', () => {
    const validate = compileSchema();
    const schemaOnly = [
      [variant(MINIMAL_EVENT, { start: '2023-02-29' })],
      [variant(MINIMAL_EVENT, { start: '2017-05', end: '2017-04' })],
      [MINIMAL_EVENT, MINIMAL_EVENT],
    ];
    for (const events of schemaOnly) {
      expect(validate(events)).to.equal(true);
      expect(validateEvents(events).issues.some((issue) => issue.severity === 'error')).to.equal(true);
    }
  });

  it('has an EDTF pattern that agrees with parseEdtf except on leap days and year range', () => {
    const pattern = new RegExp(EDTF_SCHEMA_PATTERN, 'u');
    fc.assert(
      fc.property(edtfLike, (text) => {
        const parsed = parseEdtf(text);
        const isCommonYearLeapDay = /^-?\d{4}-02-29[?~%]?$/.test(text) && !parsed.ok;
        if (isCommonYearLeapDay) return pattern.test(text);
        // parseEdtf forgives surrounding spaces; the schema (like the validator) does not.
        return pattern.test(text) === (parsed.ok && text.trim() === text);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every event the validator keeps (validator output is schema-valid)', () => {
    const validate = compileSchema();
    fc.assert(
      fc.property(eventListLike, (input) => {
        const { events } = validateEvents(input);
        return validate(JSON.parse(JSON.stringify(events)));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the validator on inputs without warnings: schema-valid exactly when error-free', () => {
    const validate = compileSchema();
    fc.assert(
      fc.property(eventListLike, (input) => {
        const json: unknown = JSON.parse(JSON.stringify(input) ?? 'null');
        if (!Array.isArray(json)) return true;
        for (const element of json) {
          const { issues } = validateEvents([element]);
          // Editorial warnings change nothing, so the schema must still agree; repairs may differ.
          if (issues.some((issue) => issue.severity === 'warning' && issue.rule === undefined)) continue;
          const errors = issues.filter((issue) => issue.severity === 'error');
          if (errors.length > 0 && errors.every((issue) => isSchemaBlind(issue.message))) continue;
          if ((errors.length === 0) !== validate([element])) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
