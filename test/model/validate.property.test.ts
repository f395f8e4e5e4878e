import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysInMonth, parseEdtf, spanEnd, spanStart } from '../../src/model/edtf.js';
import { validateEvents, type ValidationIssue, type ValidationResult } from '../../src/model/validate.js';
import { edtfLike, eventLike, eventListLike } from './event-samples.js';

function isEditorial(issue: ValidationIssue): boolean {
  return issue.severity === 'warning' && issue.rule !== undefined;
}

/** An editorial warning without the event's position, which changes once invalid events are gone. */
function editorialKey(issue: ValidationIssue): string {
  return `${issue.id}|${issue.field}|${issue.rule}|${issue.message.replace(/^events\[\d+\]/, '')}`;
}

/** Indexes of the input named by at least one error. */
function erroredIndexes(result: ValidationResult): Set<number> {
  return new Set(result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.index));
}

/**
 * Every element is either kept or named by an error, never both: the kept events are exactly the
 * error-free elements, in input order (ids are unique, so they identify the element).
 */
function accountsForEveryElement(input: readonly unknown[], result: ValidationResult): boolean {
  const errored = erroredIndexes(result);
  const expectedIds = input
    .map((element, index) => ({ element, index }))
    .filter(({ index }) => !errored.has(index))
    .map(({ element }) => (element as { id: unknown }).id);
  return JSON.stringify(result.events.map((event) => event.id)) === JSON.stringify(expectedIds);
}

describe('validateEvents properties', () => {
  it('never throws on anything, and always returns arrays', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateEvents(input);
        return Array.isArray(result.events) && Array.isArray(result.issues);
      }),
      { numRuns: 500 },
    );
  });

  it('reports a non-array with exactly one error at index -1', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((input) => !Array.isArray(input)),
        (input) => {
          const result = validateEvents(input);
          return (
            result.events.length === 0 &&
            result.issues.length === 1 &&
            result.issues[0]?.index === -1 &&
            result.issues[0].severity === 'error'
          );
        },
      ),
    );
  });

  it('accounts for every element of arbitrary lists: kept, or named by an error with its index', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.anything(), { maxLength: 8 }), eventListLike), (input) => {
        const result = validateEvents(input);
        const indexesInRange = result.issues.every(
          (issue) => Number.isInteger(issue.index) && issue.index >= 0 && issue.index < input.length,
        );
        return indexesInRange && accountsForEveryElement(input, result);
      }),
      { numRuns: 500 },
    );
  });

  it('names the event and the field in every message', () => {
    fc.assert(
      fc.property(eventListLike, (input) => {
        return validateEvents(input).issues.every((issue) => {
          const where = `events[${issue.index}]${issue.id === undefined ? '' : ` (${JSON.stringify(issue.id)})`}`;
          return issue.message.startsWith(where) && issue.message.includes(': ');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('returns events that re-validate unchanged, with only the editorial warnings of the first time', () => {
    fc.assert(
      fc.property(eventListLike, (input) => {
        const first = validateEvents(input);
        const again = validateEvents(first.events);
        // Repairs are done once; the editorial rules change nothing, so they say the same again.
        expect(again.issues.map(editorialKey)).to.deep.equal(first.issues.filter(isEditorial).map(editorialKey));
        expect(again.issues.every(isEditorial)).to.equal(true);
        expect(again.events).to.deep.equal(first.events);
      }),
      { numRuns: 300 },
    );
  });

  it('returns deeply frozen events with ordinary prototypes', () => {
    fc.assert(
      fc.property(fc.array(eventLike, { maxLength: 6 }), (input) => {
        return validateEvents(input).events.every((event) => isDeeplyFrozenPlain(event));
      }),
      { numRuns: 200 },
    );
  });
});

function isDeeplyFrozenPlain(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozenPlain);
}

describe('parseEdtf properties', () => {
  it('never throws: any string parses or returns an error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          edtfLike,
          fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', 'Y', '?', '~', '%', ' ') }),
        ),
        (text) => {
          const result = parseEdtf(text);
          return result.ok ? result.date !== undefined : typeof result.error === 'string' && result.error.length > 0;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives a parsed date a non-empty span starting on its own calendar day', () => {
    fc.assert(
      fc.property(edtfLike, (text) => {
        const result = parseEdtf(text);
        if (!result.ok) return true;
        const { date } = result;
        const start = spanStart(date);
        // A day the zone skipped (Pacific/Kiritimati has no 31 December 1994) has no local
        // instant: its span starts at the next local midnight (the label is right regardless: it is
        // formatted from the calendar fields, see src/i18n/calendar-date.ts).
        const noon = new Date(0);
        noon.setFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
        noon.setHours(12, 0, 0, 0);
        const skipped = noon.getDate() !== (date.day ?? 1);
        const day = skipped ? new Date(noon.getFullYear(), noon.getMonth(), noon.getDate()) : null;
        // (and is empty: the next day starts at the same instant)
        if (day) return start.getTime() === day.getTime() && spanEnd(date).getTime() >= start.getTime();
        return (
          start.getTime() < spanEnd(date).getTime() &&
          start.getFullYear() === date.year &&
          start.getMonth() + 1 === (date.month ?? 1) &&
          start.getDate() === (date.day ?? 1)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('starts a day the time zone skipped at the next local midnight', () => {
    const result = parseEdtf('1994-12-31');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const start = spanStart(result.date);
    if (Intl.DateTimeFormat().resolvedOptions().timeZone === 'Pacific/Kiritimati') {
      expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).to.deep.equal([1995, 0, 1, 0]);
      expect(spanEnd(result.date).getTime()).to.equal(start.getTime());
    } else {
      expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).to.deep.equal([
        1994, 11, 31, 0,
      ]);
    }
  });

  it('round-trips every real year, month and day', () => {
    const realDay = fc
      .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }))
      .chain(([year, month]) =>
        fc.tuple(fc.constant(year), fc.constant(month), fc.integer({ min: 1, max: daysInMonth(year, month) })),
      );
    fc.assert(
      fc.property(realDay, ([year, month, day]) => {
        const yearText = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
        const text = `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const result = parseEdtf(text);
        return (
          result.ok &&
          result.date.year === year &&
          result.date.month === month &&
          result.date.day === day &&
          result.date.precision === 'day'
        );
      }),
      { numRuns: 2000 },
    );
  });
});
