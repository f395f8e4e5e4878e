import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importCsvText, importUcdpGedCsv } from '../../src/loaders/csv-events.js';
import { UCDP_GED_COLUMNS } from '../../src/loaders/ucdp-tables.js';
import { validateEvents } from '../../src/model/validate.js';
import { eventsById, fixtureText, records } from './helpers.js';

/** GED rows with the columns given, the rest empty, under the full 49-column header (quoted, as UCDP writes it). */
function gedCsv(...rows: Record<string, string>[]): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = rows.map((row) => UCDP_GED_COLUMNS.map((column) => quote(row[column] ?? '')).join(','));
  return [UCDP_GED_COLUMNS.map(quote).join(','), ...lines].join('\r\n');
}

const base = {
  id: '1',
  type_of_violence: '1',
  date_prec: '1',
  date_start: '2017-07-09 00:00:00.000',
  date_end: '2017-07-09 00:00:00.000',
};

describe('importUcdpGedCsv', () => {
  it('reads the GED fixture: ids, dyads, places, deaths with their range, sources', async () => {
    const { events } = importUcdpGedCsv(await fixtureText('ucdp-ged.csv'));
    expect(eventsById(events).get('244001')).to.deep.equal({
      id: '244001',
      start: '2017-07-09',
      title: { en: 'Mosul town: Government of Iraq - IS' },
      category: 'armed-clash',
      summary: { en: "Iraqi forces take last IS positions in Mosul's Old City" },
      actors: { actor1: { en: 'Government of Iraq' }, actor2: { en: 'IS' } },
      location: {
        name: { en: 'Mosul town' },
        admin1: { en: 'Ninawa province' },
        latitude: 36.335,
        longitude: 43.118,
        geoPrecision: 1,
      },
      fatalities: 30,
      fatalitiesRange: { low: 25, high: 41 },
      source: { outlet: { en: 'Reuters (via UCDP GED)' }, language: 'en', published: '2017-07-10' },
    });
    expect(validateEvents(events).issues).to.deep.equal([]);
  });

  it('writes each date precision as UCDP means it, dropping the time part', async () => {
    const dates = [...eventsById(importUcdpGedCsv(await fixtureText('ucdp-ged.csv')).events)].map(([id, event]) => [
      id,
      event.start,
      event.end,
    ]);
    expect(dates).to.deep.equal([
      ['244001', '2017-07-09', undefined], // 1: the day
      ['244002', '2017-06-18', '2017-06-20'], // 1, ending later: the days
      ['244003', '2017-07-01', '2017-07-04'], // 2: 2–6 days
      ['244004', '2017-07-10', '2017-07-16'], // 3: the week
      ['244005', '2017-07-20~', undefined], // 3 on one day: about that day, never plainly it
      ['244006', '2017-08', undefined], // 4: the month
      ['244007', '2017-08', '2017-09'], // 4 over two months
      ['244008', '2017', undefined], // 5: the year
      ['244009', '2016', '2017'], // 5 over two years
      ['244015', '2017-07-16', undefined],
    ]);
  });

  it('maps the types of violence to the nearest ACLED types', () => {
    const categories = ['1', '2', '3'].map(
      (type) => records(importUcdpGedCsv(gedCsv({ ...base, type_of_violence: type })).events)[0]?.category,
    );
    expect(categories).to.deep.equal(['armed-clash', 'armed-clash', 'attack-on-civilians']);
  });

  it('keeps coordinates at where_prec 1–5 with the nearest geographic precision, and none at 6–7', async () => {
    const places = [...eventsById(importUcdpGedCsv(await fixtureText('ucdp-ged.csv')).events).values()].map((event) => {
      const location = event.location as Record<string, unknown>;
      return [location.name, location.geoPrecision, 'latitude' in location];
    });
    expect(places).to.deep.equal([
      [{ en: 'Mosul town' }, 1, true],
      [{ en: 'Mosul Old City' }, 2, true],
      [{ en: 'Tel Afar district' }, 3, true],
      [{ en: 'Ninawa province' }, 3, true],
      [{ en: 'Northern Iraq' }, 3, true],
      [{ en: 'Iraq' }, undefined, false],
      [{ en: 'Anbar province' }, 3, true],
      [{ en: 'Persian Gulf' }, undefined, false],
      [{ en: 'Mosul town' }, 1, true],
      [{ en: 'Mosul town' }, undefined, true],
    ]);
  });

  it('keeps headlines as text, markup and quotes included', async () => {
    const event = eventsById(importUcdpGedCsv(await fixtureText('ucdp-ged.csv')).events).get('244002');
    expect(event?.summary).to.deep.equal({ en: 'Fighting in the Old City; "heavy" losses, <b>reported</b>' });
    expect(event?.source).to.deep.equal({
      outlet: { en: 'BBC Monitoring;Agence France-Presse (via UCDP GED)' },
      language: 'en',
    });
  });

  it('reports each bad row with its row number, id and column, and keeps every good row', async () => {
    const { events, issues } = importUcdpGedCsv(await fixtureText('ucdp-ged.csv'));
    expect(events).to.have.length(10);
    expect(issues.map((issue) => [issue.index + 1, issue.id, issue.field, issue.severity])).to.deep.equal([
      [11, '244010', 'date_end', 'error'],
      [12, '244011', 'type_of_violence', 'error'],
      [13, '244012', 'best', 'error'],
      [14, '244013', 'date_prec', 'error'],
      [15, '244014', 'date_start', 'error'],
      [16, '244015', 'where_prec', 'warning'],
      [16, '244015', 'low', 'warning'],
    ]);
    expect(issues[0]?.message).to.equal(
      'Row 11 (date_end): "2017-07-10 00:00:00.000" is before date_start, so the row was left out.',
    );
  });

  it('keeps best deaths without a range when low or high is missing', () => {
    const [event] = records(importUcdpGedCsv(gedCsv({ ...base, best: '3', low: '2' })).events);
    expect(event).to.include({ fatalities: 3 });
    expect(event).not.to.have.property('fatalitiesRange');
  });

  it('refuses a date that is not a calendar day, whatever its time part', () => {
    for (const date of ['2017-02-29', '09/07/2017', '2017-07-09T25', '2017-7-9']) {
      const { events, issues } = importUcdpGedCsv(gedCsv({ ...base, date_start: date, date_end: '' }));
      expect(events, date).to.deep.equal([]);
      expect(issues[0], date).to.include({ field: 'date_start', severity: 'error' });
    }
    const { events } = importUcdpGedCsv(gedCsv({ ...base, date_start: '2017-07-09T00:00:00Z', date_end: '' }));
    expect(records(events)[0]).to.include({ start: '2017-07-09' });
  });

  it('reads nothing from a file without the columns it needs', () => {
    const { events, issues } = importUcdpGedCsv('id,date_start,type_of_violence\n1,2017-07-09,1\n');
    expect(events).to.deep.equal([]);
    expect(issues[0]?.message).to.equal(
      'The UCDP GED file has no "date_prec", "date_end" columns, so its rows could not be read.',
    );
  });

  it('lists the mapping decisions with their row counts', async () => {
    const { decisions } = importUcdpGedCsv(await fixtureText('ucdp-ged.csv'));
    const rows = (field: string, value: string) =>
      decisions?.find((decision) => decision.field === field && decision.value === value)?.rows;
    expect(rows('date_prec', '3')).to.equal(2);
    expect(rows('where_prec', '6')).to.equal(1);
    expect(rows('type_of_violence', '3 (One-sided violence)')).to.equal(1);
  });

  it('is found by its header when no format is asked for', async () => {
    expect(importCsvText(await fixtureText('ucdp-ged.csv')).events).to.have.length(10);
  });
});

describe('importUcdpGedCsv, for any dates', () => {
  const day = fc.date({
    min: new Date('1989-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('writes the span UCDP gives at its precision, never one plain day for a range', () => {
    fc.assert(
      fc.property(
        day,
        fc.nat({ max: 400 }),
        fc.constantFrom('1', '2', '3', '4', '5'),
        fc.boolean(),
        (first, length, precision, time) => {
          const last = new Date(first.getTime() + length * 86_400_000);
          const start = first.toISOString().slice(0, 10);
          const end = last.toISOString().slice(0, 10);
          const suffix = time ? ' 00:00:00.000' : '';
          const { events, issues } = importUcdpGedCsv(
            gedCsv({ ...base, date_prec: precision, date_start: start + suffix, date_end: end + suffix }),
          );
          expect(issues).to.deep.equal([]);
          const event = records(events)[0] as { start: string; end?: string };
          const cut = precision === '4' ? 7 : precision === '5' ? 4 : 10;
          const same = start.slice(0, cut) === end.slice(0, cut);
          if ((precision === '2' || precision === '3') && same) expect(event.start).to.equal(`${start}~`);
          else expect(event.start).to.equal(start.slice(0, cut));
          expect(event.end).to.equal(same ? undefined : end.slice(0, cut));
        },
      ),
      { numRuns: 300 },
    );
  });
});
