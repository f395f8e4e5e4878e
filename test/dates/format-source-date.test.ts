import { expect } from '@open-wc/testing';
import { fr } from 'date-fns/locale/fr';
import { explainDate, formatSourceDate, type SourceDateOptions } from '../../src/i18n/format-date.js';
import { englishLocale, registerLocale } from '../../src/i18n/locales.js';
import { edtf } from './helpers.js';

const en = (start: string, options: Omit<SourceDateOptions, 'lang'> = {}): string =>
  formatSourceDate(edtf(start), { lang: 'en', ...options });
const ar = (start: string, options: Omit<SourceDateOptions, 'lang'> = {}): string =>
  formatSourceDate(edtf(start), { lang: 'ar', ...options });
const range = (start: string, end: string, lang = 'en'): string =>
  formatSourceDate(edtf(start), { lang, end: edtf(end) });

describe('formatSourceDate', () => {
  describe('at the precision of the data', () => {
    it('writes a day', () => {
      expect(en('2014-09-10')).to.equal('10 September 2014');
      expect(ar('2014-09-10')).to.equal('10 سبتمبر/ أيلول 2014');
      expect(ar('2024-02-07')).to.equal('7 فبراير/ شباط 2024');
    });

    it('writes a month without a day', () => {
      expect(en('2017-12')).to.equal('December 2017');
      expect(ar('2017-12')).to.equal('ديسمبر/ كانون الأول 2017');
    });

    it('writes a year alone', () => {
      expect(en('2021')).to.equal('2021');
      expect(ar('2021')).to.equal('2021');
    });

    it('uses the language of a regional tag', () => {
      expect(formatSourceDate(edtf('2020-01'), { lang: 'ar-IQ' })).to.equal('يناير/ كانون الثاني 2020');
      expect(formatSourceDate(edtf('2020-01'), { lang: 'en-US' })).to.equal('January 2020');
    });
  });

  describe('with a qualifier', () => {
    it('writes early, mid and late as the source does', () => {
      expect(ar('2024-01', { qualifier: 'early' })).to.equal('مطلع يناير/ كانون الثاني 2024');
      expect(en('2024-01', { qualifier: 'early' })).to.equal('early January 2024');
      expect(ar('2023-08', { qualifier: 'mid' })).to.equal('منتصف أغسطس/ آب 2023');
      expect(en('2023-08', { qualifier: 'mid' })).to.equal('mid-August 2023');
      expect(ar('2019-10', { qualifier: 'late' })).to.equal('أواخر أكتوبر/ تشرين الأول 2019');
      expect(en('2019-10', { qualifier: 'late' })).to.equal('late October 2019');
    });

    it('qualifies a year', () => {
      expect(en('2023', { qualifier: 'mid' })).to.equal('mid-2023');
      expect(ar('2023', { qualifier: 'late' })).to.equal('أواخر 2023');
    });

    it('ignores a qualifier on a whole day', () => {
      expect(en('2024-02-07', { qualifier: 'early' })).to.equal('7 February 2024');
    });
  });

  describe('approximate and uncertain dates', () => {
    it('says "about" for ~', () => {
      expect(en('2014~')).to.equal('about 2014');
      expect(ar('2014-09~')).to.equal('نحو سبتمبر/ أيلول 2014');
    });

    it('marks ? after the date', () => {
      expect(en('2014-09-10?')).to.equal('10 September 2014 (?)');
      expect(ar('2014?')).to.equal('2014 (؟)');
    });

    it('does both for %', () => {
      expect(en('2023-08%', { qualifier: 'mid' })).to.equal('about mid-August 2023 (?)');
    });
  });

  describe('digits', () => {
    it('writes Arabic-Indic digits on request', () => {
      expect(ar('2014-09-10', { numerals: 'arab' })).to.equal('١٠ سبتمبر/ أيلول ٢٠١٤');
      expect(en('2014-09-10', { numerals: 'arab' })).to.equal('١٠ September ٢٠١٤');
    });

    it('writes Latin digits by default, as the article does', () => {
      expect(ar('2014-09-10')).to.match(/^10 .* 2014$/);
    });
  });

  describe('ranges', () => {
    it('joins years and months with a spaced dash', () => {
      expect(range('2014', '2017')).to.equal('2014 – 2017');
      expect(range('2014-09', '2017-12', 'ar')).to.equal('سبتمبر/ أيلول 2014 – ديسمبر/ كانون الأول 2017');
    });

    it('writes a shared month and year once', () => {
      expect(range('2024-02-07', '2024-02-09')).to.equal('7–9 February 2024');
      expect(range('2024-02-07', '2024-02-09', 'ar')).to.equal('7–9 فبراير/ شباط 2024');
      expect(range('2024-01-30', '2024-02-02')).to.equal('30 January – 2 February 2024');
      expect(range('2014-09', '2014-12')).to.equal('September – December 2014');
    });

    it('does not fold across years, precisions or marked dates', () => {
      expect(range('2023-12-30', '2024-01-02')).to.equal('30 December 2023 – 2 January 2024');
      expect(range('2024-01', '2024-02-09')).to.equal('January 2024 – 9 February 2024');
      expect(range('2024-02-07~', '2024-02-09')).to.equal('about 7 February 2024 – 9 February 2024');
    });

    it('qualifies the start only', () => {
      expect(formatSourceDate(edtf('2024-01'), { lang: 'en', qualifier: 'early', end: edtf('2024-03') })).to.equal(
        'early January 2024 – March 2024',
      );
    });

    it('writes a range of one date as that date', () => {
      expect(range('2024-02-07', '2024-02-07')).to.equal('7 February 2024');
    });

    it('applies digits to both ends', () => {
      expect(formatSourceDate(edtf('2014'), { lang: 'ar', end: edtf('2017'), numerals: 'arab' })).to.equal(
        '٢٠١٤ – ٢٠١٧',
      );
    });
  });

  describe('years before the common era', () => {
    it('counts astronomical year 0 as 1 BCE', () => {
      expect(en('-0043')).to.equal('44 BCE');
      expect(ar('-0043')).to.equal('44 ق.م');
      expect(en('0000')).to.equal('1 BCE');
      expect(en('0001')).to.equal('1');
    });

    it('writes the era of a day', () => {
      expect(en('-0043-03-15')).to.equal('15 March 44 BCE');
    });

    it('names both eras when a range crosses them', () => {
      expect(range('-0043', '0010')).to.equal('44 BCE – 10 CE');
      expect(range('-0043', '-0030')).to.equal('44 BCE – 31 BCE');
    });
  });

  describe('in this time zone', () => {
    // The group runs in America/New_York and again in Pacific/Kiritimati (UTC+14).
    it('runs off UTC', () => {
      expect(new Date(2024, 1, 7).getTimezoneOffset()).to.not.equal(0);
    });

    it('keeps the calendar day of the source', () => {
      expect(en('2024-02-07')).to.equal('7 February 2024');
      expect(en('2014-01-01')).to.equal('1 January 2014');
      expect(en('2014-12-31')).to.equal('31 December 2014');
      // Daylight-saving changes in New York.
      expect(en('2024-03-10')).to.equal('10 March 2024');
      expect(en('2024-11-03')).to.equal('3 November 2024');
      // A day Pacific/Kiritimati skipped when it crossed the date line: no local instant falls on it.
      expect(en('1994-12-31')).to.equal('31 December 1994');
    });
  });

  it('writes in a registered language', () => {
    registerLocale({
      ...englishLocale,
      code: 'fr',
      dateFns: fr,
      qualifierWords: { early: 'début ', mid: 'mi-', late: 'fin ' },
    });
    expect(formatSourceDate(edtf('2024-01'), { lang: 'fr-CA', qualifier: 'early' })).to.equal('début janvier 2024');
  });
});

describe('explainDate', () => {
  const explain = (
    start: string,
    lang: string,
    options: { qualifier?: 'early' | 'mid' | 'late'; end?: string } = {},
  ): string =>
    explainDate(edtf(start), {
      lang,
      qualifier: options.qualifier,
      end: options.end === undefined ? undefined : edtf(options.end),
    });

  it('says nothing about a plain day or range of days', () => {
    expect(explain('2014-09-10', 'en')).to.equal('');
    expect(explain('2024-02-07', 'ar', { end: '2024-02-09' })).to.equal('');
  });

  it('says when only the month or the year is known', () => {
    expect(explain('2017-12', 'en')).to.equal('The source gives only the month.');
    expect(explain('2017-12', 'ar')).to.equal('المصدر يذكر الشهر فقط.');
    expect(explain('2021', 'en')).to.equal('The source gives only the year.');
    expect(explain('2021', 'ar')).to.equal('المصدر يذكر السنة فقط.');
  });

  it('takes the coarser end of a range', () => {
    expect(explain('2014-09-10', 'en', { end: '2017' })).to.equal('The source gives only the year.');
  });

  it('explains a part of a month or year', () => {
    expect(explain('2024-01', 'en', { qualifier: 'early' })).to.equal(
      'The source gives only the part of the month, not the day.',
    );
    expect(explain('2023', 'ar', { qualifier: 'mid' })).to.equal('المصدر يذكر الجزء من السنة فقط.');
  });

  it('adds approximation and uncertainty', () => {
    expect(explain('2014-09-10~', 'en')).to.equal('The date is approximate.');
    expect(explain('2014-09%', 'en')).to.equal(
      'The source gives only the month. The date is approximate. The source is not sure of this date.',
    );
    expect(explain('2014', 'ar', { end: '2017?' })).to.equal('المصدر يذكر السنة فقط. المصدر غير متأكد من هذا التاريخ.');
  });
});
