/** The digit systems the timeline writes numbers in (CLDR numbering-system names). */
export type NumeralSystem = 'arab' | 'latn';

const ARABIC_INDIC_ZERO = 0x0660; // ٠
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0; // ۰ (Persian, Urdu): read as digits too, never written
const LATIN_ZERO = 0x30; // 0

/**
 * Rewrites every digit of `text` in the given system: Arabic-Indic `٠١٢٣٤٥٦٧٨٩` for `arab`,
 * `0123456789` for `latn`. Other characters are left alone, so it is safe on whole labels
 * ("10 سبتمبر/ أيلول 2014" → "١٠ سبتمبر/ أيلول ٢٠١٤").
 *
 * @example toNumerals('7–9 February 2024', 'arab') // '٧–٩ February ٢٠٢٤'
 */
export function toNumerals(text: string, system: NumeralSystem): string {
  // Most text is already in Latin digits (every axis label of an English timeline, each time it is drawn).
  if (system === 'latn' && !NON_LATIN_DIGIT.test(text)) return text;
  const zero = system === 'arab' ? ARABIC_INDIC_ZERO : LATIN_ZERO;
  return text.replace(/[0-9\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String.fromCharCode(zero + digitValue(digit)));
}

const NON_LATIN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;

function digitValue(digit: string): number {
  const code = digit.charCodeAt(0);
  if (code >= EXTENDED_ARABIC_INDIC_ZERO) return code - EXTENDED_ARABIC_INDIC_ZERO;
  if (code >= ARABIC_INDIC_ZERO) return code - ARABIC_INDIC_ZERO;
  return code - LATIN_ZERO;
}
