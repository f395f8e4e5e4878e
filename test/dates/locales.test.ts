import { expect } from '@open-wc/testing';
import { enGB } from 'date-fns/locale/en-GB';
import { arabicLocale, englishLocale, getLocale, registerLocale, type TimelineLocale } from '../../src/i18n/locales.js';
import { arLevant } from '../../src/i18n/locale-ar-levant.js';
import { EVENT_TYPES } from '../../src/model/types.js';

describe('getLocale', () => {
  it('has Arabic (right to left, Levantine months) and English built in', () => {
    expect(getLocale('ar')).to.include({ code: 'ar', dir: 'rtl', dateFns: arLevant });
    expect(getLocale('en')).to.include({ code: 'en', dir: 'ltr', dateFns: enGB });
  });

  it('falls back from a regional tag to its language', () => {
    expect(getLocale('ar-IQ')).to.equal(arabicLocale);
    expect(getLocale('AR_sy')).to.equal(arabicLocale);
    expect(getLocale('en-US')).to.equal(englishLocale);
  });

  it('falls back to English for unknown or empty tags', () => {
    expect(getLocale('sw')).to.equal(englishLocale);
    expect(getLocale('')).to.equal(englishLocale);
    expect(getLocale('constructor')).to.equal(englishLocale);
  });

  it('names every event type in both languages', () => {
    for (const locale of [arabicLocale, englishLocale]) {
      for (const type of EVENT_TYPES)
        expect(locale.ui.eventTypes[type], `${locale.code} ${type}`).to.be.a('string').and.not.be.empty;
    }
  });

  it('counts data problems', () => {
    expect(englishLocale.ui.dataProblems(2, 1, 5)).to.equal(
      '2 errors and 1 warning in the timeline data; 5 valid events shown.',
    );
    expect(arabicLocale.ui.dataProblems(2, 1, 12)).to.contain('12');
  });
});

describe('registerLocale', () => {
  const french: TimelineLocale = {
    ...englishLocale,
    code: 'fr',
    qualifierWords: { early: 'début ', mid: 'mi-', late: 'fin ' },
    ui: { ...englishLocale.ui, zoomIn: 'Zoom avant' },
  };

  it('adds a language found by its code and by regional tags', () => {
    registerLocale(french);
    expect(getLocale('fr')).to.equal(french);
    expect(getLocale('fr-CA').ui.zoomIn).to.equal('Zoom avant');
  });

  it('prefers a registered regional locale to its language', () => {
    // Moroccan papers name months their own way (شتنبر, دجنبر).
    const moroccan: TimelineLocale = { ...arabicLocale, code: 'ar-MA', approximateWord: 'حوالي' };
    registerLocale(moroccan);
    expect(getLocale('ar-ma')).to.equal(moroccan);
    expect(getLocale('ar-SY')).to.equal(arabicLocale);
  });

  it('refuses a locale without a code', () => {
    expect(() => registerLocale({ ...french, code: ' ' })).to.throw(TypeError);
  });
});
