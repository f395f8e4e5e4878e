import { expect } from '@open-wc/testing';
import { importTimelineJsCsv } from '../../src/loaders/csv-events.js';
import { validateEvents } from '../../src/model/validate.js';
import { fixtureText, issueAbout, records } from './helpers.js';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('importTimelineJsCsv', () => {
  let sheet = '';
  before(async () => {
    sheet = await fixtureText('timelinejs.csv');
  });

  it('reads the template rows, skipping the title row and blank rows', () => {
    const { events } = importTimelineJsCsv(sheet);
    expect(records(events).map((event) => [event.id, event.start])).to.deep.equal([
      ['mosul-falls-to-isis-3', '2014-06-10'],
      ['obama-announces-the-coalition-4', '2014-09-10'],
      ['iraq-declares-victory-over-isis-6', '2017'],
      ['julius-caesar-is-killed-7', '-0044-03-15'],
      ['era-isis-holds-territory-in-iraq-9', '2014-06'],
    ]);
  });

  it('strips HTML from a quoted multi-line text with commas and escaped quotes', () => {
    const [mosul] = importTimelineJsCsv(sheet).events;
    expect(mosul).to.deep.equal({
      id: 'mosul-falls-to-isis-3',
      start: '2014-06-10',
      title: { en: 'Mosul falls to ISIS' },
      summary: { en: 'Iraqi forces withdraw, and "the city" is left: 1.5\u00a0million people.' },
      category: 'non-state-actor-takes-territory',
      media: {
        url: 'https://example.org/photos/mosul.jpg',
        caption: { en: 'Mosul, June 2014' },
        credit: { en: 'Reuters' },
      },
    });
  });

  it('names the sheet row and column in its issues', () => {
    const { issues } = importTimelineJsCsv(sheet);
    expect(issues.map((issue) => issue.message)).to.deep.equal([
      'Row 4 (Media): the media is not an http(s) link, so it was left out.',
      'Row 8 (Year): the year -13800000000 is outside the dates a browser can show, so the row was left out.',
      'Row 10 (Day): the date 2015-02-30 does not exist, so the row was left out.',
    ]);
    expect(issues.map((issue) => issue.index)).to.deep.equal([3, 7, 9]);
  });

  it('makes an era row a fact over its range', () => {
    const era = records(importTimelineJsCsv(sheet).events)[4];
    expect(era).to.deep.include({ kind: 'fact', start: '2014-06', end: '2017-12', category: 'other-development' });
  });

  it('matches headers case-insensitively and in any order', () => {
    const { events } = importTimelineJsCsv(' headline , YEAR ,month\nCoalition formed,2014,9\n');
    expect(events).to.deep.equal([{ id: 'coalition-formed-2', start: '2014-09', title: { en: 'Coalition formed' } }]);
  });

  it('reads an unknown Type as an event, with a warning', () => {
    const { events, issues } = importTimelineJsCsv(`${HEADER}\n2014,,,,,,,,,A,,,,,,slide,,\n`);
    expect(events).to.have.length(1);
    expect(issueAbout(issues, 'Type').severity).to.equal('warning');
  });

  it('reports a sheet without a Year column', () => {
    const { events, issues } = importTimelineJsCsv('Headline,Text\nA,B\n');
    expect(events).to.deep.equal([]);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ index: -1, field: 'Year', severity: 'error' });
  });

  it('produces candidates the validator accepts', () => {
    const imported = importTimelineJsCsv(sheet, { lang: 'en' });
    const validated = validateEvents(imported.events);
    expect(validated.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
    expect(validated.events).to.have.length(imported.events.length);
  });
});
