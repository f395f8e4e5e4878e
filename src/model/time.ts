/** A day in milliseconds (a calendar day may be an hour shorter or longer in local time: use for widths and margins, not for stepping through dates). */
export const DAY = 24 * 60 * 60 * 1000;
