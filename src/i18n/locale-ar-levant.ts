import type { Locale, LocalizeFn, Month } from 'date-fns';
// Only this one locale file, so a bundle never pulls in date-fns' other locales.
import { ar } from 'date-fns/locale/ar';
import { INTERNATIONAL_MONTHS, LEVANTINE_MONTHS } from '../model/arabic-months.js';

// The month names themselves live with the model, which also reads them (src/model/number-words.ts).
export { INTERNATIONAL_MONTHS, LEVANTINE_MONTHS };

/** Both names as Iraqi and Levantine papers print them: international first, then a slash and a space. */
const PAIRED_MONTHS: readonly string[] = INTERNATIONAL_MONTHS.map(
  (name, index) => `${name}/ ${LEVANTINE_MONTHS[index]}`,
);

/**
 * Month names by width. `wide` (date-fns `MMMM`) is the paired form of running text.
 * `abbreviated` (`MMM`, used on the axis) is the international name alone: one word, so a
 * tick never wraps into two ("تشرين الثاني" would), the same word a reader sees first in the
 * full date, and read everywhere in the Arab world. `narrow` keeps date-fns' initials.
 */
const monthLocalize: LocalizeFn<Month> = (month, options) => {
  const width = options?.width ?? 'wide';
  if (width === 'wide' || width === 'any') return PAIRED_MONTHS[month] ?? '';
  if (width === 'narrow') return ar.localize.month(month, options);
  return INTERNATIONAL_MONTHS[month] ?? '';
};

/**
 * A date-fns locale for Arabic as Iraqi and Levantine papers write it: date-fns' `ar`, with
 * months named both ways, `10 سبتمبر/ أيلول 2014` for `format(date, 'd MMMM y', { locale })`.
 * Parsing (`parse`) still only knows the international names.
 */
export const arLevant: Locale = {
  ...ar,
  code: 'ar-IQ',
  localize: { ...ar.localize, month: monthLocalize },
};
