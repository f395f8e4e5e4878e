import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatSourceDate } from '../../src/i18n/format-date.js';
import { toNumerals } from '../../src/i18n/numerals.js';
import { daysInMonth, MAX_YEAR, MIN_YEAR, type ParsedDate } from '../../src/model/edtf.js';
import { DATE_QUALIFIERS } from '../../src/model/types.js';

/** Any date `parseEdtf` can return. */
const parsedDate: fc.Arbitrary<ParsedDate> = fc
  .record({
    year: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    precision: fc.constantFrom('year', 'month', 'day'),
    approximate: fc.boolean(),
    uncertain: fc.boolean(),
  })
  .map(({ year, month, dayFraction, precision, approximate, uncertain }) => ({
    year,
    month: precision === 'year' ? undefined : month,
    day: precision === 'day' ? 1 + Math.floor(dayFraction * daysInMonth(year, month)) : undefined,
    precision,
    approximate,
    uncertain,
  }));

const options = fc.record({
  lang: fc.constantFrom('ar', 'en', 'ar-IQ', 'en-GB'),
  numerals: fc.constantFrom('arab' as const, 'latn' as const),
  qualifier: fc.option(fc.constantFrom(...DATE_QUALIFIERS), { nil: undefined }),
});

/** The year as a reader counts it: astronomical 0 is 1 BCE. */
const eraYear = (year: number): string => String(year > 0 ? year : 1 - year);

describe('formatSourceDate (property)', () => {
  it('writes the year and never a day the data does not give', () => {
    fc.assert(
      fc.property(parsedDate, options, (date, { lang, numerals, qualifier }) => {
        const text = toNumerals(formatSourceDate(date, { lang, numerals, qualifier }), 'latn');
        const year = eraYear(date.year);
        expect(text).to.contain(year);
        // Take the year out: what digits remain can only be the day.
        const otherDigits = text
          .replace(new RegExp(`(^|\\D)${year}(\\D|$)`), '$1$2')
          .replace(/\D+/g, ' ')
          .trim();
        expect(otherDigits).to.equal(date.precision === 'day' ? String(date.day) : '');
      }),
      { numRuns: 500 },
    );
  });

  it('writes only the digits asked for', () => {
    fc.assert(
      fc.property(parsedDate, options, (date, { lang, numerals }) => {
        const text = formatSourceDate(date, { lang, numerals });
        expect(text).to.not.match(numerals === 'arab' ? /[0-9]/ : /[\u0660-\u0669]/);
      }),
    );
  });
});
