import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ACLED_COLUMNS, ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES } from '../../src/loaders/acled-tables.js';
import { importAcledCsv, importCsvText } from '../../src/loaders/csv-events.js';
import { validateEvents } from '../../src/model/validate.js';
import { CATEGORY_TYPES } from '../../src/model/types.js';
import { eventsById, fixtureText, records } from './helpers.js';

/** One ACLED row with the columns given, the rest empty, under the full 31-column header. */
function acledCsv(...rows: Record<string, string>[]): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = rows.map((row) => ACLED_COLUMNS.map((column) => quote(row[column] ?? '')).join(','));
  return [ACLED_COLUMNS.join(','), ...lines].join('\n');
}

const base = {
  event_id_cnty: 'IRQ1',
  event_date: '2017-07-09',
  time_precision: '1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  location: 'Mosul',
};

describe('importAcledCsv', () => {
  it('reads the API export: ids, dates at their precision, actors, place, fatalities, sources', async () => {
    const { events, issues } = importAcledCsv(await fixtureText('acled.csv'));
    const found = eventsById(events);
    expect([...found.keys()]).to.deep.equal([
      'IRQ1001',
      'IRQ1002',
      'IRQ1003',
      'IRQ1004',
      'IRQ1005',
      'IRQ1006',
      'IRQ1007',
    ]);
    expect(found.get('IRQ1001')).to.deep.equal({
      id: 'IRQ1001',
      start: '2017-07-09',
      title: { en: 'Armed clash, Mosul' },
      category: 'armed-clash',
      summary: {
        en: 'On 9 July 2017, Iraqi forces clashed with IS in the Old City of Mosul, the last district held by IS, with airstrikes in support. 25 fatalities.',
      },
      actors: {
        actor1: { en: 'Military Forces of Iraq (2014-)' },
        actor2: { en: 'Islamic State (Iraq)' },
        associated: [{ en: 'Police Forces of Iraq (2014-)' }, { en: 'Popular Mobilization Forces' }],
      },
      location: {
        name: { en: 'Mosul' },
        admin1: { en: 'Ninewa' },
        country: 'IQ',
        latitude: 36.335,
        longitude: 43.1189,
        geoPrecision: 1,
      },
      fatalities: 25,
      source: { outlet: { en: 'Rudaw; Shafaq News; Kurdistan 24 (via ACLED)' }, language: 'en' },
    });
    expect(issues.filter((issue) => issue.severity === 'warning')).to.deep.equal([]);
    // Everything kept is a valid event as it stands.
    expect(validateEvents(events).issues).to.deep.equal([]);
  });

  it('never shows a week or month placeholder day as an exact day', async () => {
    const found = eventsById(importAcledCsv(await fixtureText('acled.csv')).events);
    // time_precision 2: the middle day of the week, approximate.
    expect(found.get('IRQ1002')).to.include({ start: '2017-07-12~' });
    // time_precision 3 on ACLED's 15th: the month, no qualifier.
    expect(found.get('IRQ1003')).to.include({ start: '2017-08' });
    expect(found.get('IRQ1003')).not.to.have.property('qualifier');
    // On the 1st and the last day: the source said the start or the end of the month.
    expect(found.get('IRQ1004')).to.include({ start: '2017-09', qualifier: 'early' });
    expect(found.get('IRQ1005')).to.include({ start: '2017-09', qualifier: 'late' });
    for (const event of found.values()) expect(event.start).not.to.match(/-15$/);
  });

  it('reads the website export: DD Month YYYY dates, upper-case headers, numeric actor types, CRLF and a BOM', async () => {
    const { events, issues } = importAcledCsv(await fixtureText('acled-website.csv'));
    const found = eventsById(events);
    expect(found.get('SYR2001')).to.include({ start: '2017-07-09', category: 'government-regains-territory' });
    expect(found.get('SYR2002')).to.include({ start: '2017-07-12~', category: 'other-development' });
    expect(found.get('SYR2003')).to.include({
      start: '2017-08',
      qualifier: 'early',
      category: 'protest-with-intervention',
    });
    expect(found.get('SYR2004')).to.include({
      start: '2017-08',
      qualifier: 'late',
      category: 'shelling-missile-attack',
    });
    expect(found.get('SYR2005')).to.include({ start: '2017-09' });
    // An empty fatalities cell is no number at all, not zero.
    expect(found.get('SYR2005')).not.to.have.property('fatalities');
    // dd/mm/yyyy is ambiguous with mm/dd/yyyy: refused, never guessed.
    expect(issues).to.deep.equal([
      {
        index: 6,
        id: 'SYR2006',
        field: 'event_date',
        severity: 'error',
        message:
          'Row 7 (event_date): "09/07/2017" is not a date (YYYY-MM-DD or DD Month YYYY), so the row was left out.',
      },
    ]);
  });

  it('reports each bad row with its row number, id and column, and keeps every good row', async () => {
    const { events, issues } = importAcledCsv(await fixtureText('acled.csv'));
    expect(events).to.have.length(7);
    expect(issues.map((issue) => [issue.index + 1, issue.id, issue.field, issue.severity])).to.deep.equal([
      [9, 'IRQ1008', 'event_date', 'error'],
      [10, 'IRQ1009', 'sub_event_type', 'error'],
      [11, 'IRQ1010', 'fatalities', 'error'],
      [12, 'IRQ1011', 'time_precision', 'error'],
      [13, 'IRQ1012', 'event_date', 'error'],
      [14, 'IRQ1013', 'latitude', 'error'],
    ]);
    expect(issues[0]?.message).to.equal('Row 9 (event_date): the row has no date, so the row was left out.');
    expect(issues[2]?.message).to.equal(
      'Row 11 (fatalities): "many" is not a whole number of at least 0, so the row was left out.',
    );
  });

  it('keeps hostile notes as the text they are, quotes, line breaks and all', async () => {
    const attack = eventsById(importAcledCsv(await fixtureText('acled.csv')).events).get('IRQ1006');
    expect(attack?.summary).to.deep.equal({
      en: 'Gunmen shot a man in Kirkuk, "a local journalist", at night.\nA witness wrote: <img src=x onerror="alert(\'acled\')"><script>alert(1)</script> & left.',
    });
  });

  it('maps every sub-event type to a category of its own event type', () => {
    for (const [name, rule] of Object.entries(ACLED_SUB_EVENT_TYPES)) {
      const { events, issues } = importAcledCsv(
        acledCsv({ ...base, event_type: eventTypeName(rule.eventType), sub_event_type: name }),
      );
      expect(issues, name).to.deep.equal([]);
      const category = records(events)[0]?.category as keyof typeof CATEGORY_TYPES;
      expect(category, name).to.equal(rule.category);
      expect(CATEGORY_TYPES[category], name).to.equal(rule.eventType);
    }
    expect(Object.keys(ACLED_SUB_EVENT_TYPES)).to.have.length(25);
  });

  it('reads types without regard to case or spacing, and ACLED’s older spelling', () => {
    const { events, issues } = importAcledCsv(
      acledCsv({ ...base, event_type: ' protests ', sub_event_type: 'Excessive  force against PROTESTORS' }),
    );
    expect(issues).to.deep.equal([]);
    expect(records(events)[0]).to.include({ category: 'protest-with-intervention' });
  });

  it('warns when the sub-event type belongs to another event type, and keeps the sub-event type', () => {
    const { events, issues } = importAcledCsv(
      acledCsv({ ...base, event_type: 'Riots', sub_event_type: 'Armed clash' }),
    );
    expect(records(events)[0]).to.include({ category: 'armed-clash' });
    expect(issues.map((issue) => [issue.field, issue.severity])).to.deep.equal([['event_type', 'warning']]);
  });

  it('refuses an event type ACLED does not have', () => {
    const { events, issues } = importAcledCsv(acledCsv({ ...base, event_type: 'Skirmishes' }));
    expect(events).to.deep.equal([]);
    expect(issues[0]).to.include({ field: 'event_type', severity: 'error', id: 'IRQ1' });
  });

  it('reads inter1/inter2 as codes or names, and warns about anything else', () => {
    const ok = importAcledCsv(
      acledCsv(
        { ...base, inter1: '1', inter2: '8' },
        { ...base, event_id_cnty: 'IRQ2', inter1: 'Rebel groups', inter2: 'political militia' },
        { ...base, event_id_cnty: 'IRQ3', inter1: '0', inter2: '' },
      ),
    );
    expect(ok.issues).to.deep.equal([]);
    const odd = importAcledCsv(acledCsv({ ...base, inter1: '9' }));
    expect(odd.events).to.have.length(1);
    expect(odd.issues[0]).to.include({ field: 'inter1', severity: 'warning' });
  });

  it('splits ; lists of associated actors (both sides) and sources, dropping empty items', () => {
    const [event] = records(
      importAcledCsv(acledCsv({ ...base, actor1: 'A', assoc_actor_1: ' B ;; C;', assoc_actor_2: 'D', source: 'X; Y;' }))
        .events,
    );
    expect(event?.actors).to.deep.equal({ actor1: { en: 'A' }, associated: [{ en: 'B' }, { en: 'C' }, { en: 'D' }] });
    expect(event?.source).to.deep.equal({ outlet: { en: 'X; Y (via ACLED)' }, language: 'en' });
  });

  it('names ACLED as the outlet when the row names no source', () => {
    const [event] = records(importAcledCsv(acledCsv(base)).events);
    expect(event?.source).to.deep.equal({ outlet: { en: 'ACLED' }, language: 'en' });
  });

  it('keeps coordinates only in pairs, and geo_precision 1–3 only', () => {
    const result = importAcledCsv(
      acledCsv(
        { ...base, latitude: '36.3', longitude: '', geo_precision: '1' },
        { ...base, event_id_cnty: 'IRQ2', latitude: '36.3', longitude: '43.1', geo_precision: '4' },
        { ...base, event_id_cnty: 'IRQ3', latitude: '91', longitude: '43.1' },
      ),
    );
    const [first, second] = records(result.events);
    expect(first?.location).to.deep.equal({ name: { en: 'Mosul' } });
    expect(second?.location).to.deep.equal({ name: { en: 'Mosul' }, latitude: 36.3, longitude: 43.1 });
    expect(result.events).to.have.length(2);
    expect(result.issues.map((issue) => [issue.id, issue.field, issue.severity])).to.deep.equal([
      ['IRQ1', 'longitude', 'warning'],
      ['IRQ2', 'geo_precision', 'warning'],
      ['IRQ3', 'latitude', 'error'],
    ]);
  });

  it('turns the numeric ISO code into the alpha-2 country code, and an unknown one into none', () => {
    const [iraq, unknown] = records(
      importAcledCsv(acledCsv({ ...base, iso: '368' }, { ...base, event_id_cnty: 'IRQ2', iso: '999' })).events,
    );
    expect(iraq?.location).to.deep.include({ country: 'IQ' });
    expect(unknown?.location).not.to.have.property('country');
  });

  it('keeps ids, renaming a repeated one and naming a missing one after its row', () => {
    const { events, issues } = importAcledCsv(acledCsv(base, base, { ...base, event_id_cnty: '' }));
    expect(records(events).map((event) => event.id)).to.deep.equal(['IRQ1', 'IRQ1-2', 'acled-row-4']);
    expect(issues.map((issue) => [issue.index, issue.field, issue.severity])).to.deep.equal([
      [2, 'event_id_cnty', 'warning'],
      [3, 'event_id_cnty', 'warning'],
    ]);
  });

  it('refuses a row with more or fewer fields than the header (an unquoted comma)', () => {
    const text = `${acledCsv(base)}\nIRQ2,2017-07-10,2017,1,Political violence,Battles,Armed clash,extra`;
    const { events, issues } = importAcledCsv(text);
    expect(events).to.have.length(1);
    expect(issues[0]?.message).to.equal(
      'Row 3: the row has 8 fields where the header has 31 (a comma outside quotes?), so the row was left out.',
    );
  });

  it('warns when the year column disagrees with the date', () => {
    const { events, issues } = importAcledCsv(acledCsv({ ...base, year: '2016' }));
    expect(records(events)[0]).to.include({ start: '2017-07-09' });
    expect(issues[0]).to.include({ field: 'year', severity: 'warning' });
  });

  it('reads nothing from a file without the columns it needs, and says which', () => {
    const { events, issues } = importAcledCsv('event_id_cnty,event_date,event_type\nIRQ1,2017-07-09,Battles\n');
    expect(events).to.deep.equal([]);
    expect(issues).to.deep.equal([
      {
        index: -1,
        field: 'time_precision',
        severity: 'error',
        message: 'The ACLED file has no "time_precision", "sub_event_type" columns, so its rows could not be read.',
      },
    ]);
  });

  it('lists the mapping decisions with their row counts, for kept rows only', async () => {
    const { decisions } = importAcledCsv(await fixtureText('acled.csv'));
    const counted = (field: string, value: string) =>
      decisions?.find((decision) => decision.field === field && decision.value === value)?.rows;
    expect(counted('time_precision', '1')).to.equal(3);
    expect(counted('time_precision', '2')).to.equal(1);
    expect(counted('time_precision', '3')).to.equal(3);
    expect(counted('time_precision', '3, dated the 1st')).to.equal(1);
    expect(counted('time_precision', '3, dated the last day')).to.equal(1);
    expect(
      decisions?.find((decision) => decision.field === 'time_precision' && decision.value === '3')?.result,
    ).to.match(/^the month \(YYYY-MM\), never ACLED's 15th/);
  });

  it('is found by its header when no format is asked for', async () => {
    const { events } = importCsvText(await fixtureText('acled-website.csv'));
    expect(events).to.have.length(5);
  });
});

/** The codebook name of an event type slug. */
function eventTypeName(slug: string): string {
  return Object.entries(ACLED_EVENT_TYPES).find(([, type]) => type === slug)?.[0] ?? slug;
}

describe('importAcledCsv, for any row', () => {
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const day = fc.date({
    min: new Date('1997-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('writes the precision the row states, never a placeholder day as exact, in either date style', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('1', '2', '3'), fc.boolean(), (date, precision, website) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
        const written = website ? `${dayOfMonth} ${MONTHS[month - 1]} ${year}` : iso;
        const { events, issues } = importAcledCsv(
          acledCsv({ ...base, event_date: written, time_precision: precision }),
        );
        expect(issues).to.deep.equal([]);
        const event = records(events)[0] as { start: string; qualifier?: string };
        if (precision === '1') expect(event.start).to.equal(iso);
        if (precision === '2') expect(event.start).to.equal(`${iso}~`);
        if (precision === '3') {
          expect(event.start).to.equal(iso.slice(0, 7));
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const qualifier = dayOfMonth === 1 ? 'early' : dayOfMonth === last ? 'late' : undefined;
          expect(event.qualifier).to.equal(qualifier);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any cells, and every event it keeps is valid', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '1', '2', '3', '2017-07-09', 'Battles', 'Armed clash', '36.3', '-0', '1e3', ';', '"'),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ACLED_COLUMNS), cell), (cells) => {
        const { events } = importAcledCsv(acledCsv({ ...base, ...cells }));
        expect(validateEvents(events).issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });
});
