/**
 * conflict-timeline/i18n: date formatting in the source's own phrasing, the locale registry
 * (the way to add a language), the Iraqi/Levantine Arabic date-fns locale and digit conversion.
 */
export {
  axisLabelFormatter,
  explainDate,
  formatSourceDate,
  type AxisDate,
  type AxisLabelFormatter,
  type SourceDateOptions,
} from './format-date.js';
export {
  arabicLocale,
  englishLocale,
  getLocale,
  registerLocale,
  type DateExplanations,
  type DatePatterns,
  type TimelineLocale,
  type TimelineUiStrings,
} from './locales.js';
export { arLevant, INTERNATIONAL_MONTHS, LEVANTINE_MONTHS } from './locale-ar-levant.js';
export { toNumerals, type NumeralSystem } from './numerals.js';
