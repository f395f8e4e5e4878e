import { expect } from '@open-wc/testing';
import { importTimelineJs } from '../../src/loaders/timelinejs-json.js';
import { validateEvents } from '../../src/model/validate.js';
import { fixtureText, issueAbout, records } from './helpers.js';

describe('importTimelineJs', () => {
  let fixture: unknown;
  before(async () => {
    fixture = JSON.parse(await fixtureText('timelinejs.json'));
  });

  it('turns the slides and the era into candidates, leaving out the title slide and the impossible date', () => {
    const { events } = importTimelineJs(fixture);
    expect(records(events).map((event) => event.id)).to.deep.equal([
      'mosul-falls',
      'obama-announces-the-coalition-2',
      'iraq-declares-victory-over-isis-3',
      'julius-caesar-is-killed-4',
      'early-humans-6',
      'era-isis-holds-territory-in-iraq-1',
    ]);
  });

  it('maps a slide with HTML, a time of day, an image and a category group', () => {
    const [mosul] = importTimelineJs(fixture).events;
    expect(mosul).to.deep.equal({
      id: 'mosul-falls',
      start: '2014-06-10',
      title: { en: 'Mosul falls to ISIS' },
      summary: { en: "Iraqi forces withdraw\u00a0— the city's 1.5 million people are left behind." },
      category: 'non-state-actor-takes-territory',
      media: {
        url: 'https://example.org/photos/mosul.jpg',
        caption: { en: 'Mosul, June 2014' },
        credit: { en: 'Reuters' },
      },
    });
  });

  it('writes dates as EDTF at the precision given: year only, BCE, and beyond four digits', () => {
    const starts = records(importTimelineJs(fixture).events).map((event) => event.start);
    expect(starts).to.deep.equal(['2014-06-10', '2014-09-10', '2017', '-0044-03-15', 'Y-170000', '2014-06']);
  });

  it('reports a year a browser cannot show as an error naming the slide, and keeps the other slides', () => {
    const { issues } = importTimelineJs(fixture);
    const bigBang = issueAbout(issues, 'events[4].start_date.year');
    expect(bigBang.severity).to.equal('error');
    expect(bigBang.index).to.equal(4);
    expect(bigBang.message).to.match(/^Slide 5 .*the year -13800000000 is outside the dates a browser can show/);
  });

  it('refuses a javascript: media link with a warning and keeps the slide', () => {
    const { events, issues } = importTimelineJs(fixture);
    const media = issueAbout(issues, 'events[1].media.url');
    expect(media.severity).to.equal('warning');
    expect(media.id).to.equal('obama-announces-the-coalition-2');
    expect(records(events)[1]).to.include({ category: 'coalition-formed' }).and.not.have.property('source');
  });

  it('maps a group that names no category nowhere', () => {
    expect(records(importTimelineJs(fixture).events)[2]).not.to.have.property('category');
  });

  it('makes an era a fact over its range', () => {
    const era = records(importTimelineJs(fixture).events)[5];
    expect(era).to.deep.include({ kind: 'fact', start: '2014-06', end: '2017-12', category: 'other-development' });
  });

  it('strips markup from headlines so no element can come of them', () => {
    const titles = records(importTimelineJs(fixture).events).map((event) => JSON.stringify(event.title));
    for (const title of titles) expect(title).not.to.match(/<|onerror/);
  });

  it('stores texts under the language asked for', () => {
    const [mosul] = records(importTimelineJs(fixture, { lang: 'ar' }).events);
    expect(mosul?.title).to.deep.equal({ ar: 'Mosul falls to ISIS' });
    expect(mosul?.media).to.deep.include({ caption: { ar: 'Mosul, June 2014' }, credit: { ar: 'Reuters' } });
  });

  it('produces candidates the validator accepts', () => {
    const imported = importTimelineJs(fixture);
    const validated = validateEvents(imported.events);
    expect(validated.issues.filter((issue) => issue.severity === 'error')).to.deep.equal([]);
    expect(validated.events).to.have.length(imported.events.length);
  });

  it('reports impossible months and days, and a day without a month', () => {
    const { events, issues } = importTimelineJs({
      events: [
        { start_date: { year: 2014, month: 13 }, text: { headline: 'a' } },
        { start_date: { year: 2015, month: 2, day: 29 }, text: { headline: 'b' } },
        { start_date: { year: 2016, day: 4 }, text: { headline: 'c' } },
        { start_date: { year: '20x4' }, text: { headline: 'd' } },
        { start_date: {}, text: { headline: 'e' } },
      ],
    });
    expect(records(events).map((event) => event.start)).to.deep.equal(['2016']);
    expect(issues.map((issue) => [issue.field, issue.severity])).to.deep.equal([
      ['events[0].start_date.month', 'error'],
      ['events[1].start_date.day', 'error'],
      ['events[2].start_date.day', 'warning'],
      ['events[3].start_date.year', 'error'],
      ['events[4].start_date.year', 'error'],
    ]);
    expect(issues[1]?.message).to.contain('2015-02-29 does not exist');
  });

  it('keeps a slide whose end date is impossible, without the end', () => {
    const { events, issues } = importTimelineJs({
      events: [{ start_date: { year: 2014 }, end_date: { year: 999999 }, text: { headline: 'a' } }],
    });
    expect(events).to.deep.equal([{ id: 'a-1', start: '2014', title: { en: 'a' } }]);
    expect(issueAbout(issues, 'events[0].end_date.year').severity).to.equal('warning');
  });

  it('makes ids unique, and borrows the text when there is no headline', () => {
    const { events, issues } = importTimelineJs({
      events: [
        { start_date: { year: 2014 }, text: { headline: 'Same' }, unique_id: 'x' },
        { start_date: { year: 2015 }, text: { text: '<p>Only a text</p>' }, unique_id: 'x' },
        { start_date: { year: 2016 }, text: {} },
      ],
    });
    expect(events).to.deep.equal([
      { id: 'x', start: '2014', title: { en: 'Same' } },
      { id: 'x-2', start: '2015', title: { en: 'Only a text' } },
    ]);
    expect(issues.map((issue) => [issue.field, issue.severity])).to.deep.equal([
      ['events[1].unique_id', 'warning'],
      ['events[1].text.headline', 'warning'],
      ['events[2].text.headline', 'error'],
    ]);
  });

  it('reports input without an events list instead of throwing', () => {
    for (const input of [null, 42, 'text', [], { title: {} }, { events: 'no' }]) {
      const result = importTimelineJs(input);
      expect(result.events).to.deep.equal([]);
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]).to.include({ index: -1, severity: 'error' });
    }
  });
});
