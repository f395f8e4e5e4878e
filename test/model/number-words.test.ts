import { expect } from '@open-wc/testing';
import { statesNumber } from '../../src/model/number-words.js';

describe('statesNumber', () => {
  it('finds numbers in digits and in Arabic and English words', () => {
    for (const text of [
      'وسقط 3 قتلى من الجنود الأمريكيين',
      'أدى إلى مقتل ثلاثة جنود أمريكيين',
      'مقتل ٣ جنود',
      'قُتل العشرات',
      'وقتل قتيلين',
      'killed three US soldiers',
      'Two people died',
      'dozens were wounded',
    ]) {
      expect(statesNumber(text), text).to.equal(true);
    }
  });

  it('does not count days, months and years of dates, nor weekdays', () => {
    for (const text of [
      'وفي يوم الأربعاء 7 فبراير/ شباط الجاري، لقي القيادي مصرعه في غارة أمريكية',
      'في يناير/ كانون الثاني عام 2020',
      'في ١٠ سبتمبر/ أيلول ٢٠١٤',
      'يوم الاثنين الماضي',
      'on 7 February 2024, a strike killed him',
      'on February 7, 2024',
      'the 7th of February',
      'حين أسفر هجوم أمريكي عن مقتل القيادي',
    ]) {
      expect(statesNumber(text), text).to.equal(false);
    }
  });
});
