import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { ar } from 'date-fns/locale/ar';
import { arLevant, INTERNATIONAL_MONTHS, LEVANTINE_MONTHS } from '../../src/i18n/locale-ar-levant.js';

const MONTHS = Array.from({ length: 12 }, (_, index) => index);
/** Mid-month, local time: no time zone can move it into another month. */
const midMonth = (month: number): Date => new Date(2024, month, 15);
const intlMonths = (locale: string): string[] => {
  const formatter = new Intl.DateTimeFormat(locale, { month: 'long' });
  return MONTHS.map((month) => formatter.format(midMonth(month)));
};

describe('arLevant', () => {
  it('is a date-fns locale coded ar-IQ', () => {
    expect(arLevant.code).to.equal('ar-IQ');
  });

  it('has the Levantine names that Chromium gives for ar-IQ', () => {
    expect(LEVANTINE_MONTHS).to.deep.equal(intlMonths('ar-IQ'));
  });

  it('has the international names of Intl ar-EG and date-fns ar', () => {
    expect(INTERNATIONAL_MONTHS).to.deep.equal(intlMonths('ar-EG'));
    expect(INTERNATIONAL_MONTHS).to.deep.equal(MONTHS.map((month) => format(midMonth(month), 'MMMM', { locale: ar })));
  });

  it('writes both names in running text, as the article does', () => {
    const wide = MONTHS.map((month) => format(midMonth(month), 'MMMM', { locale: arLevant }));
    expect(wide).to.deep.equal(MONTHS.map((month) => `${INTERNATIONAL_MONTHS[month]}/ ${LEVANTINE_MONTHS[month]}`));
    // Spelled exactly as in the source (paragraphs on 2014, 2017, 2020, 2023 and 2024).
    expect(wide).to.include.members([
      'سبتمبر/ أيلول',
      'ديسمبر/ كانون الأول',
      'يناير/ كانون الثاني',
      'أغسطس/ آب',
      'فبراير/ شباط',
      'أكتوبر/ تشرين الأول',
    ]);
    expect(format(new Date(2014, 8, 10), 'd MMMM y', { locale: arLevant })).to.equal('10 سبتمبر/ أيلول 2014');
  });

  it('writes one word for abbreviated months, for the axis', () => {
    expect(format(new Date(2024, 10, 15), 'MMM', { locale: arLevant })).to.equal('نوفمبر');
    expect(format(new Date(2024, 10, 15), 'LLL', { locale: arLevant })).to.equal('نوفمبر');
  });

  it('keeps date-fns ar for everything else', () => {
    const date = new Date(2024, 1, 7);
    expect(format(date, 'EEEE', { locale: arLevant })).to.equal(format(date, 'EEEE', { locale: ar }));
    expect(arLevant.options?.weekStartsOn).to.equal(ar.options?.weekStartsOn);
  });
});
