import { expect } from '@open-wc/testing';
import { validateEvents, type ValidationIssue, type ValidationResult } from '../../src/model/validate.js';
import { DEFAULT_FIELD_LIMIT } from '../../src/model/spec.js';
import { FULL_EVENT, MINIMAL_EVENT, variant } from './event-samples.js';

function errorsOf(result: ValidationResult): ValidationIssue[] {
  return result.issues.filter((issue) => issue.severity === 'error');
}

function warningsOf(result: ValidationResult): ValidationIssue[] {
  return result.issues.filter((issue) => issue.severity === 'warning');
}

/** Validates one event and returns its only error message. */
function onlyErrorFor(event: unknown): string {
  const result = validateEvents([event]);
  expect(result.events, 'the invalid event is dropped').to.have.length(0);
  const errors = errorsOf(result);
  expect(errors, JSON.stringify(result.issues)).to.have.length(1);
  return (errors[0] as ValidationIssue).message;
}

describe('validateEvents', () => {
  describe('valid input', () => {
    it('keeps a minimal and a full event unchanged, with no issues', () => {
      const result = validateEvents([MINIMAL_EVENT, FULL_EVENT]);
      expect(result.issues).to.deep.equal([]);
      expect(result.events).to.deep.equal([MINIMAL_EVENT, FULL_EVENT]);
    });

    it('returns fresh, deeply frozen plain objects', () => {
      const [event] = validateEvents([FULL_EVENT]).events;
      expect(event).to.not.equal(FULL_EVENT);
      expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
      expect(Object.isFrozen(event)).to.equal(true);
      expect(Object.isFrozen(event?.title)).to.equal(true);
      expect(Object.isFrozen(event?.actors?.associated)).to.equal(true);
      expect(Object.isFrozen(event?.source?.dateResolution?.reasoning)).to.equal(true);
    });

    it('keeps the valid events of a mixed list, in input order', () => {
      const input = [
        { ...MINIMAL_EVENT, id: 'one' },
        42,
        variant(MINIMAL_EVENT, { id: 'bad', start: '2011-02-30' }),
        { ...MINIMAL_EVENT, id: 'two' },
      ];
      const result = validateEvents(input);
      expect(result.events.map((event) => event.id)).to.deep.equal(['one', 'two']);
      expect(errorsOf(result).map((issue) => issue.index)).to.deep.equal([1, 2]);
    });

    it('accepts an end that is coarser than the start but covers it', () => {
      for (const [start, end] of [
        ['2017-05', '2017'],
        ['2017-05-20', '2017-05'],
        ['2014-06-10', '2014-06-10'],
        ['2017-12', '2017-12-01'],
      ]) {
        const result = validateEvents([{ ...MINIMAL_EVENT, start, end }]);
        expect(result.issues, `${start} → ${end}`).to.deep.equal([]);
      }
    });

    it('treats properties set to undefined as absent', () => {
      const result = validateEvents([{ ...MINIMAL_EVENT, end: undefined, summary: undefined }]);
      expect(result.issues).to.deep.equal([]);
      expect(Object.keys(result.events[0] ?? {})).to.deep.equal(['id', 'start', 'title']);
    });
  });

  describe('errors', () => {
    it('rejects input that is not an array with one error', () => {
      for (const input of [undefined, null, 'events', { events: [] }, 12]) {
        const result = validateEvents(input);
        expect(result.events).to.deep.equal([]);
        expect(result.issues).to.have.length(1);
        expect(result.issues[0]).to.include({ index: -1, field: '', severity: 'error' });
        expect(result.issues[0]?.message).to.match(/^events: expected an array of events, got /);
      }
    });

    it('rejects elements that are not objects', () => {
      const result = validateEvents([null, 'x', [MINIMAL_EVENT], 7]);
      expect(result.events).to.deep.equal([]);
      expect(result.issues.map((issue) => issue.message)).to.deep.equal([
        'events[0]: expected an event object, got null',
        'events[1]: expected an event object, got the text "x"',
        'events[2]: expected an event object, got a list',
        'events[3]: expected an event object, got the number 7',
      ]);
    });

    it('rejects impossible dates with a message naming the event, the field and the value', () => {
      expect(onlyErrorFor({ ...MINIMAL_EVENT, id: 'strike-baghdad', start: '2011-02-30' })).to.equal(
        'events[0] ("strike-baghdad").start: "2011-02-30" is not a real date',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, start: '2023-13' })).to.equal(
        'events[0] ("minimal").start: "2023-13" is not a real date',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, end: '2014-04-31' })).to.contain('.end: "2014-04-31" is not a real date');
      expect(onlyErrorFor({ ...MINIMAL_EVENT, start: 'last Sunday' })).to.contain(
        '.start: "last Sunday" is not an EDTF date',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, start: ' 2014' })).to.contain('has spaces around the date');
    });

    it('rejects an end before the start, precision-aware', () => {
      expect(onlyErrorFor({ ...MINIMAL_EVENT, start: '2017-05', end: '2017-04' })).to.equal(
        'events[0] ("minimal").end: "2017-04" is before the start "2017-05"',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, start: '2017-05-02', end: '2017-05-01' })).to.contain(
        'is before the start',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, start: '2017', end: '2016' })).to.contain('is before the start');
    });

    it('rejects unknown categories, kinds, qualifiers and reporters', () => {
      expect(onlyErrorFor({ ...MINIMAL_EVENT, category: 'massacre' })).to.match(
        /^events\[0\] \("minimal"\)\.category: "massacre" is not one of the known values: "armed-clash", /,
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, kind: 'rumour' })).to.contain(
        '.kind: "rumour" is not one of the known values: "event", "fact"',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, qualifier: 'late-ish' })).to.contain('.qualifier:');
      expect(onlyErrorFor({ ...MINIMAL_EVENT, reportedBy: 'blog' })).to.contain('.reportedBy:');
    });

    it('rejects missing or empty titles, ids and starts', () => {
      const { title: _title, ...untitled } = MINIMAL_EVENT;
      expect(onlyErrorFor(untitled)).to.equal('events[0] ("minimal").title: is required but missing');
      expect(onlyErrorFor({ ...MINIMAL_EVENT, title: {} })).to.contain('.title: has no text in any language');
      expect(onlyErrorFor({ ...MINIMAL_EVENT, title: { ar: '', en: '  ' } })).to.contain(
        '.title: has no text in any language',
      );
      expect(onlyErrorFor({ ...MINIMAL_EVENT, id: '' })).to.equal('events[0].id: must not be empty');
      expect(onlyErrorFor({ ...MINIMAL_EVENT, id: 'x'.repeat(201) })).to.contain(
        '.id: is 201 characters long; at most 200 are allowed',
      );
      const { start: _start, ...undated } = MINIMAL_EVENT;
      expect(onlyErrorFor(undated)).to.equal('events[0] ("minimal").start: is required but missing');
    });

    it('rejects wrong types and out-of-range numbers', () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ id: 7 }, 'events[0].id: expected text, got the number 7'],
        [{ start: 2014 }, '.start: expected an EDTF date such as "2014-06-10", got the number 2014'],
        [{ title: 'Strike' }, '.title: expected texts by language'],
        [{ title: { en: 5 } }, '.title.en: expected text, got the number 5'],
        [{ fatalities: '12' }, '.fatalities: expected a whole number of at least 0, got the text "12"'],
        [{ fatalities: -1 }, '.fatalities: expected a whole number of at least 0, got the number -1'],
        [{ fatalities: 2.5 }, '.fatalities: expected a whole number'],
        [{ fatalities: Number.NaN }, 'got the number NaN'],
        [
          { location: { name: { en: 'Mosul' }, latitude: 95 } },
          '.location.latitude: expected a number from -90 to 90, got the number 95',
        ],
        [
          { location: { name: { en: 'Mosul' }, longitude: -181 } },
          '.location.longitude: expected a number from -180 to 180',
        ],
        [{ location: { name: { en: 'Mosul' }, latitude: Number.POSITIVE_INFINITY } }, 'got the number Infinity'],
        [
          { location: { name: { en: 'Mosul' }, country: 'Iraq' } },
          '.location.country: "Iraq" is not an ISO 3166-1 alpha-2 country code',
        ],
        [{ location: { latitude: 1 } }, '.location.name: is required but missing'],
        [{ actors: { associated: { en: 'x' } } }, '.actors.associated: expected a list, got an object'],
        [{ actors: { associated: [{ en: 'x' }, 3] } }, '.actors.associated[1]: expected texts by language'],
        [{ value: { amount: '2,500', unit: { en: 'troops' } } }, '.value.amount: expected a finite number'],
        [
          { value: { amount: 1, unit: { en: 'troops' }, approximate: 'yes' } },
          '.value.approximate: expected true or false',
        ],
        [
          { source: { outlet: { en: 'AJ' }, language: 'Arabic!' } },
          '.source.language: "Arabic!" is not a BCP 47 language tag',
        ],
        [
          { source: { outlet: { en: 'AJ' }, language: 'ar', url: 42 } },
          '.source.url: expected a link, got the number 42',
        ],
        [{ end: null }, '.end: expected an EDTF date such as "2014-06-10", got null'],
      ];
      for (const [changes, expected] of cases) {
        expect(onlyErrorFor(variant(MINIMAL_EVENT, changes)), JSON.stringify(changes)).to.contain(expected);
      }
    });

    it('rejects a later duplicate id and keeps the first', () => {
      const first = { ...MINIMAL_EVENT, id: 'strike', title: { en: 'First' } };
      const second = { ...MINIMAL_EVENT, id: 'strike', title: { en: 'Second' } };
      const result = validateEvents([first, { ...MINIMAL_EVENT, id: 'other' }, second]);
      expect(result.events.map((event) => event.title.en)).to.deep.equal(['First', 'Something happened']);
      expect(result.issues).to.deep.equal([
        {
          index: 2,
          id: 'strike',
          field: 'id',
          severity: 'error',
          message: 'events[2] ("strike").id: duplicates the id of events[0], which is kept',
        },
      ]);
    });

    it('keeps a later event whose id was only used by a dropped one', () => {
      const result = validateEvents([{ ...MINIMAL_EVENT, start: 'never' }, MINIMAL_EVENT]);
      expect(result.events).to.deep.equal([MINIMAL_EVENT]);
      expect(errorsOf(result).map((issue) => issue.index)).to.deep.equal([0]);
    });

    it('reports every problem of an event, not only the first', () => {
      const result = validateEvents([{ id: 'x', start: '2011-02-30', title: {}, fatalities: -3 }]);
      expect(errorsOf(result).map((issue) => issue.field)).to.deep.equal(['start', 'title', 'fatalities']);
    });
  });

  describe('hostile input', () => {
    it('ignores __proto__ and constructor keys safely, and never reads inherited fields', () => {
      const parsed: unknown = JSON.parse(
        '[{"id":"p","start":"2014","title":{"en":"ok","__proto__":{"polluted":"yes"}},"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}}}]',
      );
      const result = validateEvents(parsed);
      const [event] = result.events;
      expect(event).to.deep.equal({ id: 'p', start: '2014', title: { en: 'ok' } });
      expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(event?.title)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((event as unknown as Record<string, unknown>).isAdmin).to.equal(undefined);
      expect(warningsOf(result).map((issue) => issue.message)).to.deep.equal([
        'events[0] ("p").title: "__proto__" is not a language tag; the text was dropped',
        'events[0] ("p"): unknown field "__proto__" was dropped',
        'events[0] ("p"): unknown field "constructor" was dropped',
      ]);
      const inherited = Object.create({ id: 'inherited', start: '2014', title: { en: 'x' } }) as object;
      expect(validateEvents([inherited]).issues.map((issue) => issue.message)).to.deep.equal([
        'events[0].id: is required but missing',
        'events[0].start: is required but missing',
        'events[0].title: is required but missing',
      ]);
    });

    it('survives throwing getters and proxies without throwing', () => {
      const throwing = { ...MINIMAL_EVENT, id: 'getter' };
      Object.defineProperty(throwing, 'start', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      const result = validateEvents([throwing, revoked.proxy, MINIMAL_EVENT]);
      expect(result.events).to.deep.equal([MINIMAL_EVENT]);
      const messages = errorsOf(result).map((issue) => issue.message);
      expect(messages[0]).to.equal('events[0] ("getter"): could not be read (boom)');
      expect(messages[1]).to.match(/^events\[1\]: could not be read \(.*revoked/);
      expect(messages).to.have.length(2);
    });

    it('reports a revoked proxy given as the whole input', () => {
      const revoked = Proxy.revocable([], {});
      revoked.revoke();
      const result = validateEvents(revoked.proxy);
      expect(result.events).to.deep.equal([]);
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]?.message).to.match(/^events: the input could not be read/);
    });
  });

  describe('warnings', () => {
    it('keeps an event with unknown fields, without them', () => {
      const result = validateEvents([
        { ...MINIMAL_EVENT, importance: 5, location: { name: { en: 'Mosul' }, altitude: 200 } },
      ]);
      expect(errorsOf(result)).to.deep.equal([]);
      expect(result.events).to.deep.equal([{ ...MINIMAL_EVENT, location: { name: { en: 'Mosul' } } }]);
      expect(result.issues).to.deep.equal([
        {
          index: 0,
          id: 'minimal',
          field: 'importance',
          severity: 'warning',
          message: 'events[0] ("minimal"): unknown field "importance" was dropped',
        },
        {
          index: 0,
          id: 'minimal',
          field: 'location.altitude',
          severity: 'warning',
          message: 'events[0] ("minimal").location: unknown field "altitude" was dropped',
        },
      ]);
    });

    it('sums up many unknown fields in one warning', () => {
      const noisy: Record<string, unknown> = { ...MINIMAL_EVENT };
      for (let i = 0; i < 25; i++) noisy[`extra${i}`] = i;
      const warnings = warningsOf(validateEvents([noisy]));
      expect(warnings).to.have.length(11);
      expect(warnings[10]?.message).to.equal('events[0] ("minimal"): 15 more unknown fields were dropped');
    });

    it('truncates strings longer than the field limit, with a warning', () => {
      const long = 'a'.repeat(DEFAULT_FIELD_LIMIT + 5);
      const result = validateEvents([{ ...MINIMAL_EVENT, summary: { en: long } }]);
      expect(result.events[0]?.summary?.en).to.have.length(DEFAULT_FIELD_LIMIT);
      expect(result.issues).to.deep.equal([
        {
          index: 0,
          id: 'minimal',
          field: 'summary.en',
          severity: 'warning',
          message: `events[0] ("minimal").summary.en: text of ${DEFAULT_FIELD_LIMIT + 5} characters was cut to the limit of ${DEFAULT_FIELD_LIMIT}`,
        },
      ]);
    });

    it('honours a custom field limit and never splits a surrogate pair', () => {
      const result = validateEvents(
        [{ ...MINIMAL_EVENT, title: { en: 'ok' }, source: { outlet: { en: 'AJ' }, language: 'en', quote: 'ab😀cd' } }],
        {
          fieldLimit: 3,
        },
      );
      expect(result.events[0]?.source?.quote).to.equal('ab');
      expect(warningsOf(result)).to.have.length(1);
    });

    it('handles a 10 MB field with a short message', () => {
      const huge = 'x'.repeat(10_000_000);
      const result = validateEvents([{ ...MINIMAL_EVENT, title: { en: huge }, start: huge, [huge]: 1 }]);
      expect(result.events).to.deep.equal([]);
      for (const issue of result.issues) expect(issue.message.length).to.be.below(300);
      expect(errorsOf(result).map((issue) => issue.field)).to.deep.equal(['start']);
    });

    it('drops links that are not http(s), with a warning, and keeps the event', () => {
      for (const url of [
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'JaVaScRiPt:alert(1)',
        'ftp://example.org',
        '//example.org',
        'https:example.org',
        ' https://example.org',
      ]) {
        const result = validateEvents([{ ...MINIMAL_EVENT, source: { outlet: { en: 'AJ' }, language: 'en', url } }]);
        expect(result.events, url).to.deep.equal([
          { ...MINIMAL_EVENT, source: { outlet: { en: 'AJ' }, language: 'en' } },
        ]);
        expect(
          result.issues.map((issue) => [issue.severity, issue.field]),
          url,
        ).to.deep.equal([['warning', 'source.url']]);
        expect(result.issues[0]?.message).to.contain('is not an http: or https: link and was dropped');
      }
      const kept = validateEvents([
        { ...MINIMAL_EVENT, source: { outlet: { en: 'AJ' }, language: 'en', url: 'HTTPS://example.org/a?b=1' } },
      ]);
      expect(kept.issues).to.deep.equal([]);
      expect(kept.events[0]?.source?.url).to.equal('HTTPS://example.org/a?b=1');
    });
  });

  it('validates 100,000 small events (sanity check, not a benchmark)', () => {
    const input = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      start: '2014-06-10',
      title: { en: 'Event' },
      category: 'air-strike',
    }));
    const result = validateEvents(input);
    expect(result.issues).to.have.length(0);
    expect(result.events).to.have.length(100_000);
  });
});
