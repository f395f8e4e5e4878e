import { expect } from '@open-wc/testing';
import moment from 'moment';
import { axisLabelFormatter } from '../../src/i18n/format-date.js';

/** Wednesday 7 February 2024, 13:45:30.250, local time. */
const WEDNESDAY = new Date(2024, 1, 7, 13, 45, 30, 250);
const SCALES = ['millisecond', 'second', 'minute', 'hour', 'weekday', 'day', 'week', 'month', 'year'] as const;

const labels = (lang: string, kind: 'minor' | 'major', numerals?: 'arab' | 'latn'): Record<string, string> => {
  const label = axisLabelFormatter(lang, kind, numerals);
  return Object.fromEntries(SCALES.map((scale) => [scale, label(WEDNESDAY, scale, 1)]));
};

describe('axisLabelFormatter', () => {
  it('writes English minor labels for each scale', () => {
    expect(labels('en', 'minor')).to.deep.equal({
      millisecond: '250',
      second: '30',
      minute: '13:45',
      hour: '13:45',
      weekday: 'Wed 7',
      day: '7',
      week: '7',
      month: 'Feb',
      year: '2024',
    });
  });

  it('writes English major labels for each scale', () => {
    expect(labels('en', 'major')).to.deep.equal({
      millisecond: '13:45:30',
      second: '7 February 13:45',
      minute: 'Wed 7 February',
      hour: 'Wed 7 February',
      weekday: 'February 2024',
      day: 'February 2024',
      week: 'February 2024',
      month: '2024',
      year: '',
    });
  });

  it('writes Arabic month names: one word below, both names above', () => {
    const minor = labels('ar', 'minor');
    const major = labels('ar', 'major');
    expect(minor.month).to.equal('فبراير');
    expect(minor.weekday).to.equal('أربعاء 7');
    expect(major.day).to.equal('فبراير/ شباط 2024');
    expect(major.hour).to.equal('أربعاء 7 فبراير/ شباط');
    expect(major.month).to.equal('2024');
  });

  it('writes Arabic-Indic digits on request', () => {
    expect(labels('ar', 'minor', 'arab')).to.include({ year: '٢٠٢٤', minute: '١٣:٤٥', day: '٧' });
    expect(labels('ar', 'major', 'arab').week).to.equal('فبراير/ شباط ٢٠٢٤');
  });

  it('reads what vis-timeline passes: a moment, a Date or a time', () => {
    const label = axisLabelFormatter('en', 'major');
    expect(label(moment(WEDNESDAY), 'day', 1)).to.equal('February 2024');
    expect(label(WEDNESDAY.getTime(), 'day', 1)).to.equal('February 2024');
  });

  it('leaves the first of a month blank on a week scale, where the month label stands', () => {
    const label = axisLabelFormatter('en', 'minor');
    expect(label(new Date(2024, 2, 1), 'week', 1)).to.equal('');
    expect(label(new Date(2024, 2, 1), 'day', 1)).to.equal('1');
  });

  it('names the era of years before year 1', () => {
    const ancient = new Date(2000, 0, 1);
    ancient.setFullYear(-43);
    expect(axisLabelFormatter('en', 'minor')(ancient, 'year', 100)).to.equal('44 BCE');
    expect(axisLabelFormatter('ar', 'major')(ancient, 'month', 1)).to.equal('44 ق.م');
  });

  it('writes nothing for a scale it does not know', () => {
    expect(axisLabelFormatter('en', 'minor')(WEDNESDAY, 'decade', 1)).to.equal('');
    expect(axisLabelFormatter('en', 'minor')(WEDNESDAY, 'constructor', 1)).to.equal('');
  });
});
