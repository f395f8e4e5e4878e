import { expect } from '@open-wc/testing';
import { toNumerals } from '../../src/i18n/numerals.js';

describe('toNumerals', () => {
  it('writes Latin digits as Arabic-Indic ones for arab', () => {
    expect(toNumerals('10 سبتمبر/ أيلول 2014', 'arab')).to.equal('١٠ سبتمبر/ أيلول ٢٠١٤');
    expect(toNumerals('0123456789', 'arab')).to.equal('٠١٢٣٤٥٦٧٨٩');
  });

  it('writes Arabic-Indic and Persian digits as Latin ones for latn', () => {
    expect(toNumerals('٠١٢٣٤٥٦٧٨٩', 'latn')).to.equal('0123456789');
    expect(toNumerals('۲۰۱۴', 'latn')).to.equal('2014');
  });

  it('leaves everything but digits alone', () => {
    expect(toNumerals('7–9 February (?)', 'arab')).to.equal('٧–٩ February (?)');
    expect(toNumerals('مطلع يناير/ كانون الثاني', 'latn')).to.equal('مطلع يناير/ كانون الثاني');
  });

  it('round-trips', () => {
    const text = 'نحو 2500 عسكري، 44 ق.م';
    expect(toNumerals(toNumerals(text, 'arab'), 'latn')).to.equal(text);
  });
});
