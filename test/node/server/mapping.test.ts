// The server's SQL mapping of ACLED and UCDP GED rows, on fixture files written from the
// codebooks (every precision code, both ACLED date styles, `;` lists, quoted fields with commas,
// newlines and quotes, UCDP time parts, bad rows, hostile text), and of the library's JSON.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEvents } from '../../../src/model/validate.js';
import type { EventStore, LoadReport } from '../../../src/server/duckdb-store.js';
import { SourceFileError } from '../../../src/server/load-files.js';
import { ACLED_SUB_EVENT_CATEGORIES } from '../../../src/server/mapping.js';
import { ACLED, EVENTS_JSON, UCDP, allEvents, loadedStore } from './helpers.js';

describe('ACLED, UCDP GED and JSON files in the server', () => {
  let store: EventStore;
  let report: LoadReport;
  let events: Map<string, Record<string, unknown>>;

  before(async () => {
    ({ store, report } = await loadedStore([{ path: ACLED }, { path: UCDP }, { path: EVENTS_JSON }]));
    events = await allEvents(store);
  });
  after(() => store.close());

  const event = (id: string): Record<string, unknown> => {
    const found = events.get(id);
    assert.ok(found, `${id} was not loaded`);
    return found;
  };

  it('detects each format and counts its rows', () => {
    assert.deepEqual(
      report.files.map(({ format, rows }) => ({ format, rows })),
      [
        { format: 'acled', rows: 14 },
        { format: 'ucdp', rows: 11 },
        { format: 'json', rows: 5 },
      ],
    );
    assert.equal(report.events, 17);
    assert.equal(report.rejected, 13);
  });

  it('answers events the model’s validator accepts, without a single issue', () => {
    const { events: valid, issues } = validateEvents([...events.values()]);
    assert.deepEqual(issues, []);
    assert.equal(valid.length, 17);
  });

  it('keeps ACLED’s precision: day, approximate day for a week, month for a month (never the 15th)', () => {
    assert.equal(event('IRQ1001').start, '2024-02-07');
    assert.equal(event('IRQ1002').start, '2024-01-17~');
    assert.equal(event('IRQ1003').start, '2023-12');
    assert.equal(event('IRQ1003').end, undefined);
  });

  it('reads both ACLED date styles', () => {
    assert.equal(event('IRQ1004').start, '2024-01-28');
    assert.equal(event('IRQ1005').start, '2022-03');
  });

  it('maps ACLED types to the model’s categories, keeping the sub-event type in the title', () => {
    assert.equal(event('IRQ1001').category, 'air-strike');
    assert.equal(event('IRQ1002').category, 'armed-clash');
    assert.equal(event('IRQ1006').category, 'remote-explosive');
    assert.deepEqual(event('IRQ1006').title, { en: 'Grenade in Baghdad - Mashtal' });
    assert.equal(event('IRQ1007').category, 'mob-violence');
  });

  it('covers all 25 ACLED sub-event types, each under its own event type', () => {
    assert.equal(ACLED_SUB_EVENT_CATEGORIES.length, 25);
    assert.equal(new Set(ACLED_SUB_EVENT_CATEGORIES.map((rule) => rule.subEventType)).size, 25);
  });

  it('keeps actors, ;-separated lists, places, fatalities and outlets', () => {
    const strike = event('IRQ1001');
    assert.deepEqual(strike.actors, {
      actor1: { en: 'Military Forces of the United States (2021-)' },
      actor2: { en: 'Kataib Hezbollah' },
      associated: [{ en: 'PMF: Popular Mobilization Forces' }, { en: 'Harakat al-Nujaba' }],
    });
    assert.deepEqual(strike.location, {
      name: { en: 'Baghdad - Mashtal' },
      admin1: { en: 'Baghdad' },
      latitude: 33.3152,
      longitude: 44.4661,
      geoPrecision: 1,
    });
    assert.equal(strike.fatalities, 3);
    assert.deepEqual(strike.source, { outlet: { en: 'Reuters; Al Sumaria' }, language: 'und' });
    // No coordinates, no fatalities given: none invented.
    assert.equal((event('IRQ1007').location as Record<string, unknown>).latitude, undefined);
    assert.equal(event('IRQ1007').fatalities, undefined);
  });

  it('keeps quoted fields with commas, quotes and newlines, and hostile text as text', () => {
    assert.deepEqual(event('IRQ1002').summary, { en: 'Clashes, during the week,\nnear Kirkuk.' });
    assert.match((event('IRQ1001').summary as { en: string }).en, /"Abu Baqir al-Saadi"/);
    assert.match((event('IRQ1004').summary as { en: string }).en, /^<img src=x onerror=alert\(1\)> <script>/);
    const sql = event("IRQ1008'; DROP TABLE events; --");
    assert.equal((sql.summary as { en: string }).en, "Robert'); DROP TABLE events;-- \u202Ereversed");
  });

  it('keeps UCDP’s precision: the day, spans for 2–6 days and weeks, months and years', () => {
    assert.equal(event('200001').start, '2017-07-09');
    assert.equal(event('200001').end, undefined);
    assert.deepEqual([event('200002').start, event('200002').end], ['2017-03-01', '2017-03-04']);
    assert.deepEqual([event('200003').start, event('200003').end], ['2017-04-10', '2017-04-16']);
    assert.deepEqual([event('200004').start, event('200004').end], ['2016-10', undefined]);
    assert.deepEqual([event('200006').start, event('200006').end], ['2016-11', '2016-12']);
    assert.deepEqual([event('200005').start, event('200005').end], ['2015', undefined]);
  });

  it('maps UCDP’s types of violence, death estimates and place precision', () => {
    assert.equal(event('200001').category, 'armed-clash');
    assert.equal(event('200002').category, 'armed-clash');
    assert.equal(event('200003').category, 'attack-on-civilians');
    assert.equal(event('200001').fatalities, 12);
    assert.deepEqual(event('200001').fatalitiesRange, { low: 10, high: 20 });
    assert.equal((event('200003').location as Record<string, unknown>).geoPrecision, 3);
    // where_prec 6 is only the country: its coordinates are left out rather than shown as a place.
    assert.equal((event('200004').location as Record<string, unknown>).latitude, undefined);
  });

  it('serves the library’s JSON as it was validated, the other events too', () => {
    assert.deepEqual(event('json-soleimani').title, {
      en: 'Qasem Soleimani killed in a US strike in Baghdad',
      ar: 'مقتل قاسم سليماني بضربة أمريكية في بغداد',
    });
    assert.equal(event('json-coalition-talks').qualifier, 'late');
    assert.equal(event('json-campaign').end, '2017-12');
  });

  it('reports every bad row with its file, row number, id and reason, and keeps every good row', () => {
    const lines = report.issues.map(
      (issue) => `${issue.file.split('/').pop()} ${issue.row} ${issue.id}: ${issue.message}`,
    );
    assert.deepEqual(lines, [
      'acled.csv 8 IRQ9001: event_date "2024-02-30" is not a date (YYYY-MM-DD or DD Month YYYY)',
      'acled.csv 9 IRQ9002: event_type "Skirmishes" is not an ACLED event type',
      'acled.csv 10 IRQ9003: fatalities is not a whole number',
      'acled.csv 11 IRQ9004: event_date "" is not a date (YYYY-MM-DD or DD Month YYYY)',
      'acled.csv 12 IRQ9005: time_precision "4" is not 1, 2 or 3',
      'acled.csv 13 IRQ1001: repeats the id of an earlier row; left out',
      'ucdp.csv 7 299001: date_start "2017-13-01" is not a date (YYYY-MM-DD)',
      'ucdp.csv 8 299002: type_of_violence "4" is not 1, 2 or 3',
      'ucdp.csv 9 299003: date_end is before date_start',
      'ucdp.csv 10 299004: best is not a whole number',
      'ucdp.csv 11 299005: date_prec "7" is not 1 to 5',
      'events.json 4 json-bad-date: events[3] ("json-bad-date").start: "2024-02-30" is not a real date',
      'events.json 5 json-no-title: events[4] ("json-no-title").title: is required but missing',
    ]);
    assert.equal(event('IRQ1001').start, '2024-02-07', 'the first of two rows with one id is kept');
  });
});

describe('files the server cannot read', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ct-server-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('refuses a CSV that is neither ACLED nor UCDP, naming the columns it looks for', async () => {
    const path = join(folder, 'other.csv');
    await writeFile(path, 'Headline,Start Date\nA,2024-01-01\n');
    await assert.rejects(loadedStore([{ path }]), (error: unknown) => {
      assert.ok(error instanceof SourceFileError);
      assert.match(error.message, /event_id_cnty.*date_prec/s);
      return true;
    });
  });

  it('reports the lines of an ACLED file that are not CSV, and keeps the rest', async () => {
    const path = join(folder, 'broken.csv');
    await writeFile(
      path,
      'event_id_cnty,event_date,time_precision,event_type,sub_event_type\n' +
        'A1,2024-01-01,1,Battles,Armed clash\n' +
        'A2,2024-01-02,1,Battles,Armed clash,extra\n' +
        'A3,2024-01-03,1,Battles,Armed clash\n',
    );
    const { store, report } = await loadedStore([{ path }]);
    try {
      assert.deepEqual([...(await allEvents(store)).keys()].sort(), ['A1', 'A3']);
      assert.equal(report.rejected, 1);
      assert.equal(report.issues[0]?.row, null);
      assert.match(report.issues[0]?.message ?? '', /^line 3 is not a CSV row/);
    } finally {
      store.close();
    }
  });

  it('refuses a JSON file that is not JSON', async () => {
    const path = join(folder, 'bad.json');
    await writeFile(path, '[{"id": "a",');
    await assert.rejects(loadedStore([{ path }]), /not JSON/);
  });
});
