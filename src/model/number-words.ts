/**
 * Whether a sentence states a number other than a date: "مقتل ثلاثة جنود", "3 قتلى", "killed two
 * soldiers", but not "7 فبراير/ شباط" or "عام 2020". Used by the validator to ask whether a death
 * toll stands in the quote it comes with. A heuristic for Arabic and English news text: it knows
 * digits (Latin and Arabic-Indic), cardinal number words and month names, not every way of
 * counting (an Arabic dual such as "جنديين" is missed).
 *
 * Pure: no DOM.
 */
import { INTERNATIONAL_MONTHS, LEVANTINE_MONTHS } from './arabic-months.js';

// Both sets of names, and the international ones as often written without hamza.
const ARABIC_MONTHS = [...INTERNATIONAL_MONTHS, ...LEVANTINE_MONTHS, 'ابريل', 'اغسطس', 'اكتوبر'];
const ENGLISH_MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = `(?:${ARABIC_MONTHS.join('|')}|${ENGLISH_MONTHS})`;

/** A day next to a month name (either order, an optional "of"), or a year of 1000–2999: parts of dates. */
const DATE_NUMBERS = new RegExp(
  `(?<![\\d.])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\.?\\s+\\d{1,2}(?![\\d.])|(?<![\\d.])[12]\\d{3}(?![\\d.])`,
  'giu',
);
const DIGIT = /\d/u;

const ARABIC_NUMBER_WORDS = new Set(
  (
    'واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية ' +
    'تسع تسعة عشر عشرة عشرات عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ' +
    'ثمانون ثمانين تسعون تسعين مئة مائة مئات مئتان مئتين مائتان مائتين ألف آلاف ألفان ألفين مليون ملايين ' +
    'قتيلان قتيلين'
  ).split(' '),
);
const ENGLISH_NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands million millions dozen dozens'
  ).split(' '),
);

/** "يوم الاثنين" is Monday, not "two": a weekday after "يوم" is not counted. */
const WEEKDAY_AFTER_YAWM = /يوم\s+\S+/gu;
/** Conjunction and preposition prefixes, then the article, that Arabic writes onto a number word. */
const ARABIC_PREFIXES = /^(?:[وفبل]?ال|لل|[وفبل])(?=\S{3})/u;
const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** True when the text states a number that is not part of a date. */
export function statesNumber(text: string): boolean {
  const plain = text
    .replace(ARABIC_INDIC_DIGIT, (digit) => String(digit.charCodeAt(0) % 16))
    .replace(DATE_NUMBERS, ' ')
    .replace(WEEKDAY_AFTER_YAWM, ' ');
  if (DIGIT.test(plain)) return true;
  for (const [word] of plain.matchAll(WORD)) {
    if (ENGLISH_NUMBER_WORDS.has(word.toLowerCase())) return true;
    if (ARABIC_NUMBER_WORDS.has(word) || ARABIC_NUMBER_WORDS.has(word.replace(ARABIC_PREFIXES, ''))) return true;
  }
  return false;
}
