import { expect } from '@open-wc/testing';
import { datingProblems, ordinalDay, statedDate, statedQualifier, toAsciiDigits } from './date-phrases.js';
import type { ConflictEvent } from '../../src/model/types.js';

describe('statedDate: the date an Arabic phrase states', () => {
  it('reads a numeric day with its month and weekday', () => {
    expect(statedDate('وفي يوم الأربعاء 7 فبراير/ شباط الجاري')).to.deep.equal({
      precision: 'day',
      year: undefined,
      month: 2,
      day: 7,
      weekday: 3,
    });
  });

  it('reads an ordinal day, "شهر", the month and the year', () => {
    expect(statedDate('في العاشر من شهر سبتمبر/ أيلول عام 2014')).to.include({
      precision: 'day',
      day: 10,
      month: 9,
      year: 2014,
    });
    expect(statedDate('في السابع من أكتوبر/ تشرين الأول الماضي')).to.include({ precision: 'day', day: 7, month: 10 });
  });

  it('reads a day of "the same month" without inventing the month', () => {
    const stated = statedDate('الثامن والعشرين من الشهر نفسه');
    expect(stated).to.include({ precision: 'day', day: 28 });
    expect(stated?.month).to.equal(undefined);
  });

  it('reads a month phrase as a month, never a day', () => {
    expect(statedDate('وفي ديسمبر/ كانون الأول عام 2017، أعلنت')).to.include({
      precision: 'month',
      month: 12,
      year: 2017,
    });
    expect(statedDate('في مطلع يناير/ كانون الثاني الماضي')).to.include({ precision: 'month', month: 1 });
  });

  it('does not take "الأول" of "كانون الأول" or "الأولى" for an ordinal day', () => {
    expect(statedDate('ديسمبر/ كانون الأول من')?.precision).to.equal('month');
    expect(statedDate('الجولة الأولى من المحادثات')).to.equal(undefined);
  });

  it('reads "عام 2021" as a year, and counts as no date', () => {
    expect(statedDate('من أفغانستان عام 2021،')).to.include({ precision: 'year', year: 2021 });
    expect(statedDate('تعرضت لأكثر من 165 هجوما ونحو 2500 عسكري')).to.equal(undefined);
  });

  it('takes a weekday alone as a day to resolve', () => {
    expect(statedDate('يوم الأحد الماضي')).to.include({ precision: 'day', weekday: 0 });
  });

  it('reads Arabic-Indic digits', () => {
    expect(toAsciiDigits('٧ فبراير عام ٢٠٢٤')).to.equal('7 فبراير عام 2024');
    expect(statedDate('٧ فبراير عام ٢٠٢٤')).to.include({ day: 7, month: 2, year: 2024 });
  });
});

describe('ordinalDay', () => {
  it('turns ordinal words into day numbers', () => {
    expect(ordinalDay('السابع')).to.equal(7);
    expect(ordinalDay('العاشر')).to.equal(10);
    expect(ordinalDay('الحادي عشر')).to.equal(11);
    expect(ordinalDay('العشرين')).to.equal(20);
    expect(ordinalDay('الثامن والعشرين')).to.equal(28);
    expect(ordinalDay('الحادي والثلاثين')).to.equal(31);
    expect(ordinalDay('الأخير')).to.equal(undefined);
  });
});

describe('statedQualifier', () => {
  it('reads early, mid and late', () => {
    expect(statedQualifier('في مطلع يناير')).to.equal('early');
    expect(statedQualifier('وفي منتصف أغسطس/ آب')).to.equal('mid');
    expect(statedQualifier('في أواخر ديسمبر')).to.equal('late');
    expect(statedQualifier('في ديسمبر')).to.equal(undefined);
  });
});

describe('datingProblems', () => {
  const victory: ConflictEvent = {
    id: 'victory',
    start: '2017-12',
    title: { en: 'Victory' },
    source: {
      outlet: { en: 'Test' },
      language: 'ar',
      published: '2024-02',
      quote: 'وفي ديسمبر/ كانون الأول عام 2017، أعلنت',
    },
  };

  it('accepts a date as precise as its quote', () => {
    expect(datingProblems(victory)).to.deep.equal([]);
  });

  it('refuses a day where the quote states a month', () => {
    expect(datingProblems({ ...victory, start: '2017-12-01' })).to.have.length(1);
  });

  it('refuses a month or year the quote does not state', () => {
    expect(datingProblems({ ...victory, start: '2017-11' })).to.have.length(1);
    expect(datingProblems({ ...victory, start: '2018-12' })).to.have.length(1);
  });

  it('refuses a qualifier the quote does not state', () => {
    expect(datingProblems({ ...victory, qualifier: 'early' })).to.have.length(1);
  });

  it('wants a resolution when the quote states no year', () => {
    const funeral = {
      ...victory,
      start: '2024-02-08',
      source: { ...victory.source!, quote: 'جنازة في 8 فبراير/ شباط' },
    };
    expect(datingProblems(funeral)).to.have.length(1);
    const resolved = {
      ...funeral,
      source: {
        ...funeral.source,
        dateResolution: {
          phrase: 'في 8 فبراير/ شباط',
          resolvedAs: '2024-02-08',
          reasoning: { en: 'After 7 Feb 2024.' },
        },
      },
    };
    expect(datingProblems(resolved)).to.deep.equal([]);
  });

  it('checks a resolved weekday in the browser’s own time zone', () => {
    const sunday = {
      ...victory,
      start: '2024-02-11?',
      source: {
        ...victory.source!,
        quote: 'يوم الأحد الماضي',
        dateResolution: { phrase: 'يوم الأحد الماضي', resolvedAs: '2024-02-11?', reasoning: { en: 'x' } },
      },
    };
    expect(datingProblems(sunday)).to.deep.equal([]);
    const monday = {
      ...sunday,
      start: '2024-02-12',
      source: { ...sunday.source, dateResolution: { ...sunday.source.dateResolution, resolvedAs: '2024-02-12' } },
    };
    expect(datingProblems(monday)).to.have.length(1);
  });

  it('caps a phrase with no date words at the publication date’s precision', () => {
    const troops = {
      ...victory,
      start: '2024-02',
      source: {
        ...victory.source!,
        quote: 'تنشر واشنطن حاليا',
        dateResolution: { phrase: 'حاليا', resolvedAs: '2024-02', reasoning: { en: 'x' } },
      },
    };
    expect(datingProblems(troops)).to.deep.equal([]);
    expect(datingProblems({ ...troops, start: '2024-02-15' })).to.have.length(1);
  });
});
