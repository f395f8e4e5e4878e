import { expect } from '@open-wc/testing';
import { aggregatePeriod, formatPeriodEdge } from '../../src/i18n/aggregate-period.js';
import { DAY } from '../../src/model/time.js';

const local = (year: number, month: number, day = 1) => new Date(year, month - 1, day).getTime();

describe('aggregatePeriod: the period a count covers, as a person says it', () => {
  it('a month-wide bucket is its month; a year-wide one its year', () => {
    expect(aggregatePeriod(local(2015, 3), local(2015, 4), 'en', 'latn')).to.equal('March 2015');
    expect(aggregatePeriod(local(2015, 1), local(2016, 1), 'en', 'latn')).to.equal('2015');
    expect(aggregatePeriod(local(2015, 3), local(2015, 4), 'ar', 'latn')).to.equal('مارس/ آذار 2015');
  });

  it('a bucket of several units is a range at the precision its width deserves, never more precise', () => {
    expect(aggregatePeriod(local(2014, 1), local(2017, 1), 'en', 'latn')).to.equal('2014 – 2016');
    expect(aggregatePeriod(local(2015, 3, 3), local(2015, 3, 10), 'en', 'latn')).to.equal('3–9 March 2015');
    expect(aggregatePeriod(local(2015, 1), local(2015, 4), 'en', 'latn')).to.equal('January – March 2015');
  });

  it('writes the digits asked for', () => {
    expect(aggregatePeriod(local(2015, 1), local(2016, 1), 'ar', 'arab')).to.equal('٢٠١٥');
  });
});

describe('formatPeriodEdge: one end of a window, for the window announcement', () => {
  it('a day for a window of days, a month for months, a year for years', () => {
    const time = local(2015, 3, 14);
    expect(formatPeriodEdge(time, 10 * DAY, 'en', 'latn')).to.equal('14 March 2015');
    expect(formatPeriodEdge(time, 60 * DAY, 'en', 'latn')).to.equal('March 2015');
    expect(formatPeriodEdge(time, 400 * DAY, 'en', 'latn')).to.equal('2015');
    expect(formatPeriodEdge(time, 400 * DAY, 'ar', 'arab')).to.equal('٢٠١٥');
  });
});
