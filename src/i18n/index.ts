/**
 * conflict-timeline/i18n: date formatting in the source's own phrasing, the locale registry
 * (the way to add a language), the Iraqi/Levantine Arabic date-fns locale, digit conversion, and
 * the lines saying where an event's values come from (`provenanceLines`).
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
  type PrecisionKeyStrings,
  type ProvenanceStrings,
  type ProvenanceTopic,
  type TimelineLocale,
  type TimelineUiStrings,
} from './locales.js';
export { arLevant, INTERNATIONAL_MONTHS, LEVANTINE_MONTHS } from './locale-ar-levant.js';
export {
  provenanceLines,
  provenanceLineText,
  type ProvenanceLine,
  type ProvenanceLineKind,
  type ProvenanceOptions,
} from './provenance.js';
export { toNumerals, type NumeralSystem } from './numerals.js';
