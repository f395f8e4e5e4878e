import { expect } from '@open-wc/testing';
import {
  AnswerItemCache,
  eventsExtent,
  findAggregate,
  findEvent,
  type AnswerItemOptions,
} from '../../src/timeline/lod/lod-items.js';
import { viewportQuery, snapResolution, RESOLUTION_LADDER, type WindowAnswer } from '../../src/timeline/lod/query.js';
import { DAY, preparedEvent } from './helpers.js';

const answer: WindowAnswer = {
  events: [preparedEvent('a', 0, DAY)],
  aggregates: [{ id: 'ct-aggregate:riots:86400000:3', start: 3 * DAY, end: 4 * DAY, eventType: 'riots', count: 1234 }],
  total: 1235,
};
const options = {
  lang: 'en',
  groupBy: 'none' as const,
  formatDate: () => '1 January 1970',
  aggregateText: {
    label: (a: { count: number }) => a.count.toLocaleString('en'),
    ariaLabel: (a: { count: number }) => `${a.count} riots, zoom in`,
  },
};

/** The items of one answer, from a cache of its own (nothing reused). */
const answerItems = (answer: WindowAnswer, options: AnswerItemOptions) =>
  new AnswerItemCache().itemsOf(answer, options);

describe('AnswerItemCache: the items of an answer', () => {
  it('draws the events; the counts are left to the density histogram', () => {
    const items = answerItems(answer, options);
    expect(items.map((item) => item.id)).to.deep.equal(['a']);
  });

  it('finds what was clicked', () => {
    expect(findAggregate(answer, 'ct-aggregate:riots:86400000:3')?.count).to.equal(1234);
    expect(findEvent(answer, 'a')).to.equal(answer.events[0]);
    expect(findAggregate(undefined, 'a')).to.equal(undefined);
  });
});

describe('viewportQuery', () => {
  it('derives the item budget from the width and snaps the buckets to the ladder', () => {
    const q = viewportQuery({ start: 0, end: 365 * DAY, widthPx: 1200 });
    expect(q.maxItems).to.equal(342);
    expect(RESOLUTION_LADDER).to.include(q.resolution);
    expect(q.resolution).to.be.at.least((365 * DAY) / 25);
    expect(snapResolution(1)).to.equal(DAY);
    expect(snapResolution(1000 * 365 * DAY)).to.be.at.least(1000 * 365 * DAY);
  });
});

describe('eventsExtent', () => {
  it('spans from the first start to the last end, whichever event ends last', () => {
    const events = [preparedEvent('long', 0, 100 * DAY), preparedEvent('late-start', 50 * DAY, 51 * DAY)];
    expect(eventsExtent(events)).to.deep.equal({ start: 0, end: 100 * DAY });
    expect(eventsExtent([])).to.equal(null);
  });
});

describe('AnswerItemCache', () => {
  it('gives the same items as a fresh cache, reusing those of the previous answer until the options change', () => {
    const cache = new AnswerItemCache();
    const first = cache.itemsOf(answer, options);
    expect(first).to.deep.equal(answerItems(answer, options));
    const recounted = { ...answer, aggregates: [{ ...answer.aggregates[0]!, count: 7 }] };
    const second = cache.itemsOf(recounted, options);
    expect(second[0]).to.equal(first[0]);
    const third = cache.itemsOf(recounted, { ...options, lang: 'ar' });
    expect(third[0]).to.not.equal(second[0]);
    expect(third).to.deep.equal(answerItems(recounted, { ...options, lang: 'ar' }));
  });
});
