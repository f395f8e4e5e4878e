import { expect } from '@open-wc/testing';
import { decimalsOf } from '../../src/model/provenance-checks.js';
import { CONFLICT_EVENT_SPEC, type FieldSpec } from '../../src/model/spec.js';
import { EXTERNAL_FIELD_PATHS, type ConflictEvent } from '../../src/model/types.js';
import {
  EventsValidation,
  MAX_EDITORIAL_WARNINGS,
  validateEvents,
  type ValidationIssue,
} from '../../src/model/validate.js';
import { FULL_EVENT, MINIMAL_EVENT, variant } from './event-samples.js';

function issuesOf(changes: Record<string, unknown>, base: ConflictEvent = MINIMAL_EVENT): ValidationIssue[] {
  return validateEvents([variant(base, changes)]).issues;
}

function only(changes: Record<string, unknown>, base: ConflictEvent = MINIMAL_EVENT): ConflictEvent {
  const { events } = validateEvents([variant(base, changes)]);
  expect(events).to.have.length(1);
  return events[0] as ConflictEvent;
}

const SOURCE = { outlet: { en: 'Elaph' }, language: 'ar' } as const;

describe('validateEvents: old forms, read with a warning', () => {
  it('reads the category "drone-attack" as ACLED’s single "Air/drone strike", air-strike', () => {
    const issues = issuesOf({ category: 'drone-attack' });
    expect(issues.map((issue) => [issue.severity, issue.field, issue.message])).to.deep.equal([
      [
        'warning',
        'category',
        'events[0] ("minimal").category: "drone-attack" is a value of an earlier version, read as "air-strike"',
      ],
    ]);
    expect(only({ category: 'drone-attack' }).category).to.equal('air-strike');
  });

  it('reads value.approximate: true as bound "about", and drops approximate otherwise', () => {
    const unit = { en: 'troops' };
    expect(only({ value: { amount: 2500, unit, approximate: true } }).value).to.deep.equal({
      amount: 2500,
      unit,
      bound: 'about',
    });
    expect(only({ value: { amount: 165, unit, bound: 'more-than', approximate: true } }).value).to.deep.equal({
      amount: 165,
      unit,
      bound: 'more-than',
    });
    expect(only({ value: { amount: 3, unit, approximate: false } }).value).to.deep.equal({ amount: 3, unit });
    const [issue] = issuesOf({ value: { amount: 2500, unit, approximate: true } });
    expect(issue).to.deep.include({ severity: 'warning', field: 'value.approximate' });
    expect(issue?.message).to.contain('"approximate": true is deprecated and was read as "bound": "about"');
    expect(Object.isFrozen(only({ value: { amount: 1, unit, approximate: true } }).value)).to.equal(true);
  });

  it('keeps the new fields as they are, with no issue', () => {
    expect(validateEvents([FULL_EVENT]).issues).to.deep.equal([]);
    expect(only({ kind: 'period', end: '2017-12' }).kind).to.equal('period');
  });
});

/** Every dotted path of the spec's objects (not into lists). */
function specPaths(spec: FieldSpec, prefix = ''): string[] {
  if (spec.type !== 'object') return [];
  return Object.entries(spec.fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...specPaths(field, path)];
  });
}

describe('validateEvents: outside sources (external)', () => {
  it('names only fields of the model, and every value field but the record’s own bookkeeping', () => {
    const paths = specPaths(CONFLICT_EVENT_SPEC);
    for (const path of EXTERNAL_FIELD_PATHS) expect(paths, path).to.include(path);
    // The record's identity and bookkeeping; of the source's own fields, only those an outside
    // source may correct (outlet, published, url) are listed, and they are not checked here. The
    // media names where it comes from itself (its credit).
    const bookkeeping = /^(id|external|reportedBy|source|media|value\.approximate)(\.|$)/;
    const missing = paths.filter(
      (path) => !bookkeeping.test(path) && !(EXTERNAL_FIELD_PATHS as readonly string[]).includes(path),
    );
    expect(missing).to.deep.equal([]);
  });

  const coordinates = { name: { en: 'Baghdad' }, latitude: 33.26, longitude: 44.23, geoPrecision: 2 };

  it('drops a path that names no field of the model, with a warning (the schema refuses it)', () => {
    const event = only({
      location: coordinates,
      external: [{ fields: ['location.latitude', 'location.altitude'], source: { en: 'GeoNames' } }],
    });
    expect(event.external).to.deep.equal([{ fields: ['location.latitude'], source: { en: 'GeoNames' } }]);
    const [issue] = issuesOf({
      location: coordinates,
      external: [{ fields: ['location.latitude', 'location.altitude'], source: { en: 'GeoNames' } }],
    });
    expect(issue).to.deep.include({ severity: 'warning', field: 'external[0].fields[1]' });
    expect(issue?.message).to.contain('"location.altitude" is not one of the known values and was dropped');
  });

  it('drops a path this event has no value for, and an entry left without paths', () => {
    const result = validateEvents([
      variant(MINIMAL_EVENT, {
        summary: { en: 'x' },
        external: [
          { fields: ['summary', 'fatalities'], source: { en: 'A' } },
          { fields: ['location.latitude'], source: { en: 'B' } },
        ],
      }),
    ]);
    expect(result.events[0]?.external).to.deep.equal([{ fields: ['summary'], source: { en: 'A' } }]);
    expect(result.issues.map((issue) => [issue.field, issue.message.replace(/^[^:]*: /, '')])).to.deep.equal([
      ['external[0].fields', 'names "fatalities", which this event has no value for; the path was dropped'],
      ['external[1].fields', 'names "location.latitude", which this event has no value for; the path was dropped'],
      ['external[1]', 'names no value of this event and was dropped'],
    ]);
    expect(Object.isFrozen(result.events[0]?.external?.[0]?.fields)).to.equal(true);
  });

  it('counts an empty list or empty text as no value, and drops external when nothing is left', () => {
    const event = only({
      actors: { associated: [] },
      external: [{ fields: ['actors.associated'], source: { en: 'A' } }],
    });
    expect(event).to.not.have.property('external');
  });
});

describe('validateEvents: editorial rules (kept as they are, with a warning naming the rule)', () => {
  it('flags a death toll whose quotes state no number (a date is not one) and no outside source gives', () => {
    const quote = 'وفي يوم الأربعاء 7 فبراير/ شباط الجاري، لقي القيادي مصرعه في غارة';
    const issues = issuesOf({ fatalities: 1, source: { ...SOURCE, quote } });
    expect(issues.map((issue) => [issue.severity, issue.field, issue.rule])).to.deep.equal([
      ['warning', 'fatalities', 'fatalities-without-number'],
    ]);
    expect(issues[0]?.message).to.contain('no quote of the record states a number');
    expect(only({ fatalities: 1, source: { ...SOURCE, quote } }).fatalities).to.equal(1);
  });

  it('accepts a toll that a quote or a passage states, or an outside source names', () => {
    const dated = { ...SOURCE, quote: 'في 7 فبراير/ شباط' };
    const cases: Record<string, unknown>[] = [
      { fatalities: 3, source: { ...SOURCE, quote: 'أدى إلى مقتل ثلاثة جنود' } },
      { fatalities: 3, source: { ...dated, passages: [{ paragraph: 38, quote: 'وسقط 3 قتلى' }] } },
      { fatalities: 3, source: dated, external: [{ fields: ['fatalities'], source: { en: 'AP' } }] },
      // A source without quotes (a data set) stands for its own figures; none dead needs no number.
      { fatalities: 3, source: SOURCE },
      { fatalities: 0, source: dated },
      { fatalities: 0 },
    ];
    for (const changes of cases) expect(issuesOf(changes), JSON.stringify(changes)).to.deep.equal([]);
  });

  it('flags a toll without any source, and a range with a high estimate', () => {
    expect(issuesOf({ fatalities: 2 }).map((issue) => issue.rule)).to.deep.equal(['fatalities-without-number']);
    expect(issuesOf({ fatalities: 2 })[0]?.message).to.contain('the event has no source');
    const range = issuesOf({ fatalitiesRange: { low: 0, high: 5 }, source: { ...SOURCE, quote: 'قصف' } });
    expect(range.map((issue) => [issue.field, issue.rule])).to.deep.equal([
      ['fatalitiesRange', 'fatalities-without-number'],
    ]);
  });

  it('flags coordinates with more decimals than their geoPrecision supports (4, 2, 1)', () => {
    const at = (latitude: number, longitude: number, geoPrecision?: number) =>
      issuesOf({ location: { name: { en: 'Baghdad' }, latitude, longitude, geoPrecision } });
    expect(at(33.3152, 44.3661, 2).map((issue) => [issue.field, issue.rule])).to.deep.equal([
      ['location', 'coordinates-too-precise'],
    ]);
    expect(at(33.3152, 44.3661, 2)[0]?.message).to.contain(
      'coordinates with 4 decimals claim more than geoPrecision 2 supports (at most 2): round them',
    );
    expect(at(33.3, 44.37, 3)).to.have.length(1);
    for (const [lat, lon, precision] of [
      [33.3152, 44.3661, 1],
      [33.26, 44.23, 2],
      [33.3, 44.5, 3],
      [33.315234, 44.366111, undefined],
    ] as const) {
      expect(at(lat, lon, precision), `${lat}, ${lon} at ${precision}`).to.deep.equal([]);
    }
  });

  it('leaves a data set’s points as published (a source without quotes), not an article’s', () => {
    const place = { name: { en: 'Basra' }, latitude: 30.5085, longitude: 47.7804, geoPrecision: 2 };
    expect(issuesOf({ location: place, source: { outlet: { en: 'ACLED' }, language: 'en' } })).to.deep.equal([]);
    const quoted = issuesOf({ location: place, source: { ...SOURCE, quote: 'في البصرة' } });
    expect(quoted.map((issue) => issue.rule)).to.deep.equal(['coordinates-too-precise']);
  });

  it(`names ${MAX_EDITORIAL_WARNINGS} events per rule, then counts the rest in one warning`, () => {
    const input = Array.from({ length: 25 }, (_, i) => ({
      ...MINIMAL_EVENT,
      id: `e${i}`,
      location: { name: { en: 'Basra' }, latitude: 30.5085, longitude: 47.7804, geoPrecision: 3 },
    }));
    const { issues, events } = validateEvents(input);
    expect(events).to.have.length(25);
    expect(issues).to.have.length(MAX_EDITORIAL_WARNINGS + 1);
    expect(issues.every((issue) => issue.rule === 'coordinates-too-precise')).to.equal(true);
    expect(issues.slice(0, MAX_EDITORIAL_WARNINGS).map((issue) => issue.index)).to.deep.equal([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(issues[MAX_EDITORIAL_WARNINGS]).to.deep.equal({
      index: 10,
      id: 'e10',
      field: 'location',
      severity: 'warning',
      rule: 'coordinates-too-precise',
      message:
        'events[10] ("e10").location: the editorial rule "coordinates-too-precise" also applies to this and 14 later events (only the first 10 are named)',
    });
  });

  it('gives the same issues when validated a few events at a time', () => {
    const input = Array.from({ length: 23 }, (_, i) => ({ ...MINIMAL_EVENT, id: `e${i}`, fatalities: 1 }));
    const whole = validateEvents(input).issues;
    const sliced = new EventsValidation(input);
    while (!sliced.done) sliced.step(4);
    expect(sliced.result().issues).to.deep.equal(whole);
    expect(whole).to.have.length(MAX_EDITORIAL_WARNINGS + 1);
  });

  it('gives the same events and issues when the events arrive in parts (inParts, append, close)', () => {
    const input: unknown[] = Array.from({ length: 23 }, (_, i) => ({ ...MINIMAL_EVENT, id: `e${i}`, fatalities: 1 }));
    // A duplicate of an id from an earlier part, and a bad date, each named by its index in the whole.
    input[17] = { ...(input[17] as object), id: 'e2' };
    input[20] = { ...(input[20] as object), start: '2024-02-30' };
    const whole = validateEvents(input);
    const parts = EventsValidation.inParts(input.length);
    for (let from = 0; from < input.length; from += 5) {
      parts.append(input.slice(from, from + 5));
      while (!parts.done) parts.step(2);
    }
    // The editorial rule's rest is counted once, over every part, when the last one is closed.
    expect(parts.result().issues.some((issue) => /also applies/.test(issue.message))).to.equal(false);
    parts.close();
    expect(parts.result().issues).to.deep.equal(whole.issues);
    expect(parts.result().events.map((event) => event.id)).to.deep.equal(whole.events.map((event) => event.id));
    expect(parts.count).to.equal(23);
    expect(whole.issues.map((issue) => issue.index)).to.include.members([17, 20]);
  });

  it('validates parts whose expected count is not a count (NaN) as it validates any', () => {
    const parts = EventsValidation.inParts(Number.NaN);
    parts.append([MINIMAL_EVENT, { ...MINIMAL_EVENT, id: 'other' }, MINIMAL_EVENT]);
    while (!parts.done) parts.step(2);
    parts.close();
    expect(parts.result().events.map((event) => event.id)).to.deep.equal([MINIMAL_EVENT.id, 'other']);
    expect(parts.result().issues.map((issue) => issue.index)).to.deep.equal([2]);
  });

  it('counts the decimals a coordinate is written with', () => {
    expect([33.3152, 44, 33.3, 1e-7, -12.5, 1.25e-5].map(decimalsOf)).to.deep.equal([4, 0, 1, 7, 1, 7]);
  });
});
