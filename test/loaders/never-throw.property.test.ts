import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { htmlToText } from '../../src/loaders/html-text.js';
import { loadFromText } from '../../src/loaders/load-text.js';
import { importTimelineJsCsv } from '../../src/loaders/csv-events.js';
import { importTimelineJs } from '../../src/loaders/timelinejs-json.js';
import type { ImportResult } from '../../src/loaders/types.js';
import { parseEdtf } from '../../src/model/edtf.js';

/** Values a TimelineJS date part may hold, good and bad. */
const datePart = fc.oneof(
  fc.integer({ min: -400_000, max: 400_000 }),
  fc.integer().map(String),
  fc.constantFrom('', ' 12 ', '-13800000000', '2014.5', 'June', '0', '-0'),
  fc.double(),
  fc.anything({ withNullPrototype: true, withBigInt: true }),
);
const dateParts = fc.record({ year: datePart, month: datePart, day: datePart }, { requiredKeys: [] });
const text = fc.oneof(fc.string(), fc.constantFrom('<b>x</b>', '<script>alert(1)</script>', '&lt;', ''));
const slide = fc.record(
  {
    start_date: fc.oneof(dateParts, fc.anything()),
    end_date: fc.oneof(dateParts, fc.anything()),
    text: fc.oneof(fc.record({ headline: text, text }, { requiredKeys: [] }), fc.anything()),
    media: fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), credit: text }, { requiredKeys: [] }),
    group: fc.oneof(fc.constantFrom('Air strike', 'Coalition formed'), fc.string()),
    unique_id: fc.oneof(fc.string(), fc.anything()),
  },
  { requiredKeys: [] },
);
const timeline = fc.record(
  { events: fc.array(fc.oneof(slide, fc.anything())), eras: fc.array(slide) },
  { requiredKeys: ['events'] },
);

const COLUMNS = [
  'Year',
  'Month',
  'Day',
  'End Year',
  'End Month',
  'End Day',
  'Headline',
  'Text',
  'Media',
  'Type',
  'Group',
];
const cell = fc.oneof(
  fc.string(),
  fc.integer({ min: -300_000, max: 300_000 }).map(String),
  fc.constantFrom('title', 'era', '"', '""', ',', '\r\n'),
);
const csvCell = cell.map((value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value));
const sheet = fc
  .array(fc.array(csvCell, { minLength: COLUMNS.length, maxLength: COLUMNS.length }), { maxLength: 20 })
  .map((rows) => [COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n'));

/** What every import result promises: issues that are full sentences with a position and a severity. */
function expectWellFormed(result: ImportResult): void {
  expect(result.events).to.be.an('array');
  for (const issue of result.issues) {
    expect(issue.message).to.match(/\.$/);
    expect(['error', 'warning']).to.include(issue.severity);
    expect(Number.isInteger(issue.index)).to.equal(true);
  }
}

describe('importers on arbitrary input', () => {
  it('importTimelineJs never throws, and every start it writes is EDTF', () => {
    fc.assert(
      fc.property(fc.oneof(timeline, fc.anything({ withNullPrototype: true })), (input) => {
        const result = importTimelineJs(input);
        expectWellFormed(result);
        for (const event of result.events as { start: string }[]) expect(parseEdtf(event.start).ok).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('importTimelineJsCsv never throws, and every start it writes is EDTF', () => {
    fc.assert(
      fc.property(fc.oneof(sheet, fc.string()), (input) => {
        const result = importTimelineJsCsv(input);
        expectWellFormed(result);
        for (const event of result.events as { start: string }[]) expect(parseEdtf(event.start).ok).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('loadFromText and htmlToText never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), sheet), (input) => {
        expectWellFormed(loadFromText(input));
        expect(htmlToText(input)).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });
});
