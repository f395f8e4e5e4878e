import type { ParsedDate } from '../model/edtf.js';

/**
 * A Date whose local-time methods (`getDate`, `setHours`, …) are its UTC ones, so that date-fns
 * reads the same calendar fields in every time zone. Local midnight is not enough: a day can be
 * missing from a zone's calendar (Pacific/Kiritimati skipped 31 December 1994), and no local
 * instant then falls on it. date-fns builds further dates with `new date.constructor(…)`, so
 * every date it derives stays a CalendarDate.
 */
class CalendarDate extends Date {}

for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  const utcMethod = /^(get|set)UTC(\w+)$/.exec(name);
  if (!utcMethod) continue;
  const [, verb, field] = utcMethod;
  Object.defineProperty(CalendarDate.prototype, `${verb}${field}`, {
    value: Reflect.get(Date.prototype, name),
    writable: true,
    configurable: true,
  });
}
Object.defineProperty(CalendarDate.prototype, 'getTimezoneOffset', {
  value: () => 0,
  writable: true,
  configurable: true,
});

/** The first day a parsed date covers, as a Date that formats to that calendar day everywhere. */
export function calendarDate(date: ParsedDate): Date {
  const result = new CalendarDate(0);
  // setFullYear after construction: `new Date(44, …)` would mean 1944.
  result.setFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  result.setHours(0, 0, 0, 0);
  return result;
}
