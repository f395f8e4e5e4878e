import { expect } from '@open-wc/testing';
import { LocaleFormat } from '../../src/i18n/locale-format.js';
import { parseEdtf } from '../../src/model/edtf.js';
import type { PreparedEvent } from '../../src/model/prepared.js';

/** What LocaleFormat reads of a prepared event: the event, and its parsed dates. */
function dated(start: string, end?: string, extra: Partial<PreparedEvent['event']> = {}) {
  const parse = (text: string) => {
    const parsed = parseEdtf(text);
    if (!parsed.ok) throw new Error(`bad date ${text}`);
    return parsed.date;
  };
  return {
    event: { id: 'x', start, title: { en: 'Talks begin', ar: 'بدء المحادثات' }, ...extra },
    start: parse(start),
    end: end === undefined ? undefined : parse(end),
  };
}

describe('LocaleFormat', () => {
  const english = new LocaleFormat('en');
  const arabic = new LocaleFormat('ar-IQ', 'arab');

  it('knows the language’s direction and strings, falling back from a regional tag', () => {
    expect(english.dir).to.equal('ltr');
    expect(arabic.dir).to.equal('rtl');
    expect(arabic.ui.close).to.equal('إغلاق');
  });

  it('writes dates as the source phrases them, in the chosen digits', () => {
    expect(english.date(dated('2014-09-10'))).to.equal('10 September 2014');
    expect(english.date(dated('2023-08', undefined, { qualifier: 'mid' }))).to.equal('mid-August 2023');
    expect(arabic.date(dated('2014-09-10'))).to.equal('١٠ سبتمبر/ أيلول ٢٠١٤');
    expect(english.dateExplanation(dated('2017-12'))).to.equal('The source gives only the month.');
  });

  it('writes a date once per parsed date, and anew when its end or qualifier is another', () => {
    const day = dated('2024-02-07');
    const format = new LocaleFormat('en');
    expect(format.date(day)).to.equal('7 February 2024');
    expect(format.date(day), 'again, from what it wrote').to.equal('7 February 2024');
    const span = dated('2024-02-07', '2024-02-09');
    expect(format.date({ ...day, end: span.end }), 'the same start, an end').to.equal('7–9 February 2024');
    expect(format.date(day), 'and back').to.equal('7 February 2024');
    const month = dated('2023-08');
    expect(format.date(month)).to.equal('August 2023');
    expect(format.date({ ...month, event: { ...month.event, qualifier: 'mid' } }), 'a qualifier').to.equal(
      'mid-August 2023',
    );
  });

  it('counts without Intl.NumberFormat in English and Arabic (its first use in a page costs ~60 ms), the same digits', () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    const counting = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = counting;
    try {
      const format = new LocaleFormat('en');
      expect([0, 7, 999].map((count) => format.count(count))).to.deep.equal(['0', '7', '999']);
      expect(made, 'no number format for small counts').to.equal(0);
      expect(format.count(1234567)).to.equal('1,234,567');
      expect(new LocaleFormat('ar-IQ', 'arab').count(2345)).to.equal('٢,٣٤٥');
      expect(made, 'none in English and Arabic').to.equal(0);
      const german = new LocaleFormat('de');
      expect(german.count(1234567)).to.equal('1.234.567');
      expect(german.count(2345)).to.equal('2.345');
      expect(made, 'another language: one, made when grouping is needed, then kept').to.equal(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('groups English and Arabic counts as Intl.NumberFormat does', () => {
    const counts = [1000, 9999, 10_000, 123_456, 999_999, 1_000_000, 12_345_678, Number.MAX_SAFE_INTEGER];
    for (const lang of ['en', 'ar']) {
      const intl = new Intl.NumberFormat(`${lang}-u-nu-latn`);
      const format = new LocaleFormat(lang);
      for (const count of counts) expect(format.count(count), `${lang} ${count}`).to.equal(intl.format(count));
    }
  });

  it('counts with grouped digits, and lists and names with the language’s comma', () => {
    expect(english.count(1234)).to.equal('1,234');
    expect(arabic.count(7)).to.equal('٧');
    expect(english.list(['a', 'b'])).to.equal('a, b');
    expect(arabic.list(['أ', 'ب'])).to.equal('أ، ب');
    expect(english.accessibleName(dated('2021'))).to.equal('Talks begin, 2021');
    expect(arabic.accessibleName(dated('2021'))).to.equal('بدء المحادثات، ٢٠٢١');
  });

  it('names counts and shown windows, at the precision of their width', () => {
    const march = new Date(2015, 2, 1).getTime();
    const april = new Date(2015, 3, 1).getTime();
    expect(english.aggregateName({ start: march, end: april, eventType: 'battles', count: 1234 })).to.equal(
      '1,234 events (Battles), March 2015. Activate to zoom in.',
    );
    expect(english.windowShown(new Date(2014, 0, 1), new Date(2017, 0, 1))).to.equal('Showing 2014 to 2017.');
    expect(arabic.windowShown(new Date(2015, 2, 1), new Date(2015, 5, 1))).to.equal(
      'المعروض من مارس/ آذار ٢٠١٥ إلى يونيو/ حزيران ٢٠١٥.',
    );
  });

  it('labels the time axis in the language and digits', () => {
    expect(arabic.axisLabels('minor')(new Date(2015, 0, 1), 'year', 1)).to.equal('٢٠١٥');
    expect(english.axisLabels('major')(new Date(2015, 2, 1), 'month', 1)).to.equal('2015');
  });
});
