import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { mountTimeline, nextFrames } from '../element/helpers.js';
import { PAYLOAD_TEXTS, pwned, resetTrap } from './payloads.js';

// Whatever the element is given, through `events` or `src`, nothing escapes as an exception: each
// input ends in `ct-load` (and `ct-error` when something was wrong), and the page's error
// handlers stay silent.

const text = fc.oneof(fc.string(), fc.constantFrom(...PAYLOAD_TEXTS), fc.string({ unit: 'grapheme' }));
const date = fc.oneof(
  fc.constantFrom(
    '2014',
    '2014-06',
    '2014-06-10',
    '2011-02-30',
    '2014-13',
    '-0001',
    '99999',
    '2014-06-10?',
    '2014~',
    '',
    ' 2014',
  ),
  fc
    .date({ noInvalidDate: false })
    .map((value) => (Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString().slice(0, 10))),
  text,
  fc.anything(),
);
const localized = fc.oneof(
  fc.dictionary(fc.constantFrom('en', 'ar', 'ar-IQ', '__proto__', 'x y', 'constructor'), text),
  fc.anything(),
);
const eventLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c'), text, fc.anything()),
    start: date,
    end: date,
    title: localized,
    summary: localized,
    category: fc.oneof(fc.constantFrom('air-strike', 'talks', 'withdrawal'), text),
    qualifier: fc.oneof(fc.constantFrom('early', 'mid', 'late'), text),
    fatalities: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    actors: fc.anything(),
    location: fc.oneof(fc.record({ name: localized, latitude: fc.double(), longitude: fc.double() }), fc.anything()),
    source: fc.oneof(
      fc.record({ outlet: localized, language: text, url: fc.oneof(fc.webUrl(), text), quote: text }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const eventsValue = fc.oneof(
  fc.array(fc.oneof(eventLike, fc.anything()), { maxLength: 12 }),
  fc.anything(),
  fc.record({ events: fc.array(eventLike, { maxLength: 5 }) }),
);
/** TimelineJS-ish JSON too, and plain JSON. */
const slide = fc.record(
  {
    start_date: fc.anything(),
    end_date: fc.anything(),
    text: fc.record({ headline: text, text }, { requiredKeys: [] }),
    unique_id: fc.anything(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  eventsValue.map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.record({ title: fc.anything(), events: fc.array(slide, { maxLength: 6 }) }).map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constantFrom(
    'Year,Headline\n2014,A\n',
    'Year,Month,Day,Headline\n,,,\n2014,13,40,<b>x</b>\n',
    '{"events": [',
    '\ufeff[]',
  ),
);

/** Page-level errors while a property runs. */
function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason?.stack ?? event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Resolves with the names of the element's events until its next `ct-load` (and a following `ct-error`). */
function nextOutcome(element: ConflictTimeline): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const seen: string[] = [];
    const timer = setTimeout(() => finish(new Error(`no ct-load within 5 s (saw ${seen.join(', ')})`)), 5000);
    const onEvent = (event: Event) => {
      seen.push(event.type);
      // ct-error comes right after ct-load for the same input (or alone, for a failed src).
      if (event.type === 'ct-error' || event.type === 'ct-load') queueMicrotask(() => setTimeout(() => finish(), 0));
    };
    function finish(error?: Error) {
      clearTimeout(timer);
      element.removeEventListener('ct-load', onEvent);
      element.removeEventListener('ct-error', onEvent);
      if (error) reject(error);
      else resolve(seen);
    }
    element.addEventListener('ct-load', onEvent);
    element.addEventListener('ct-error', onEvent);
  });
}

describe('never throws past the element (fast-check)', function () {
  this.timeout(120000);
  let element: ConflictTimeline;
  let page: ReturnType<typeof watchErrors>;
  const realWarn = console.warn;

  beforeEach(async () => {
    element = await mountTimeline((element) => (element.lang = 'en'));
    page = watchErrors();
    resetTrap();
    // The element reports every bad input on the console: keep the log readable.
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = realWarn;
    page.stop();
    element.remove();
  });

  it('events = <arbitrary>: ct-load every time, no uncaught error', async () => {
    await fc.assert(
      fc.asyncProperty(eventsValue, async (value) => {
        // Lit sees the same value set again (false after false) as no change: nothing to load.
        fc.pre(!Object.is(value, element.events));
        const outcome = nextOutcome(element);
        element.events = value as never;
        const seen = await outcome;
        expect(seen).to.include('ct-load');
        expect(page.errors).to.deep.equal([]);
      }),
      { numRuns: 200 },
    );
    await nextFrames(3);
    expect(page.errors).to.deep.equal([]);
    expect(pwned()).to.equal(undefined);
  });

  it('src = a URL answering <arbitrary text>: ct-load or ct-error every time, no uncaught error', async () => {
    const realFetch = window.fetch;
    const bodies = new Map<string, string>();
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      const answer = bodies.get(url);
      if (answer === undefined) return realFetch(input, init);
      return new Response(answer, {
        headers: { 'Content-Type': url.endsWith('.csv') ? 'text/csv' : 'application/json' },
      });
    };
    try {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom('json', 'csv'), async (text, extension) => {
          const url = new URL(`/__property__/${++n}.${extension}`, location.href).href;
          bodies.set(url, text);
          const outcome = nextOutcome(element);
          element.src = url;
          const seen = await outcome;
          expect(seen.includes('ct-load') || seen.includes('ct-error'), seen.join()).to.equal(true);
          expect(page.errors).to.deep.equal([]);
        }),
        { numRuns: 150 },
      );
    } finally {
      window.fetch = realFetch;
    }
    await nextFrames(3);
    expect(page.errors).to.deep.equal([]);
    expect(pwned()).to.equal(undefined);
  });

  it('hostile objects (throwing proxies and getters) are reported, not thrown', async () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({ id: 'g', start: '2014' }, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const array = new Proxy([{ id: 'ok', start: '2014', title: { en: 'Still shown' } }], {
      get: (target, key) => (key === 'length' ? 1 : Reflect.get(target, key)),
    });
    for (const value of [throwing, [throwing], [getter, { id: 'ok', start: '2014', title: { en: 'OK' } }], array]) {
      const outcome = nextOutcome(element);
      element.events = value as never;
      expect(await outcome).to.include('ct-load');
    }
    await nextFrames(3);
    expect(page.errors).to.deep.equal([]);
  });
});
