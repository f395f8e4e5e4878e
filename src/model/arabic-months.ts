/**
 * The two sets of Arabic month names, January first. Pure data: the date formatting writes them
 * (src/i18n/locale-ar-levant.ts) and the validator reads them in quotes (src/model/number-words.ts).
 */

/**
 * The international (Egyptian, Gulf) month names, January first: `يناير`, `فبراير`, …
 * The spelling of date-fns' `ar` locale and of `Intl` `ar-EG`.
 */
export const INTERNATIONAL_MONTHS: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/**
 * The Syriac-derived month names of Iraq and the Levant, January first: `كانون الثاني`, `شباط`, …
 * The spelling of `Intl` `ar-IQ` and of the source article (`أيلول`, `آب`, `تشرين الأول`).
 */
export const LEVANTINE_MONTHS: readonly string[] = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
