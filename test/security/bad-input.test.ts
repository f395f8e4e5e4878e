import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { CtErrorDetail, CtLoadDetail } from '../../src/dom-events/events.js';
import { getLocale } from '../../src/i18n/locales.js';
import type { ValidationIssue } from '../../src/model/validate.js';
import { drawnLabels, mountTimeline, nextFrames, recordEvents, shadow, until } from '../element/helpers.js';

// Broken input never breaks the element: each problem goes to the console, to a `ct-error` event
// naming the offending issues and to a visible notice in the element's language, and the valid
// events are still drawn. No uncaught exception, ever.

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Uncaught errors and unhandled rejections, and the element's console messages, while a test runs. */
function watchPage() {
  const uncaught: string[] = [];
  const consoleMessages: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason?.stack ?? event.reason));
  const { warn, error } = console;
  const record =
    (original: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (String(args[0]).includes('<conflict-timeline>')) consoleMessages.push(String(args[0]));
      else original.apply(console, args);
    };
  console.warn = record(warn);
  console.error = record(error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    consoleMessages,
    stop() {
      console.warn = warn;
      console.error = error;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

interface Outcome {
  element: ConflictTimeline;
  loads: CtLoadDetail[];
  errors: CtErrorDetail[];
  /** The `index.field` of every issue reported. */
  places: string[];
  notice: string;
  consoleMessages: string[];
  uncaught: string[];
}

/**
 * Mounts an element set up by `setup`. Waits for it to draw its data, or (`untilError`) for its
 * `ct-error` only: a source that fails may leave nothing new to draw.
 */
async function mountWith(
  setup: (element: ConflictTimeline) => void,
  lang = 'en',
  untilError = false,
): Promise<Outcome> {
  const page = watchPage();
  let recorder!: ReturnType<typeof recordEvents>;
  try {
    const configure = (element: ConflictTimeline) => {
      element.lang = lang;
      recorder = recordEvents(element, ['ct-load', 'ct-error']);
      setup(element);
    };
    let element: ConflictTimeline;
    if (untilError) {
      element = document.createElement('conflict-timeline');
      element.style.width = '780px';
      configure(element);
      document.body.append(element);
      await until(() => recorder.events.some((event) => event.type === 'ct-error'), 'ct-error');
      await element.updateComplete;
      await nextFrames();
    } else {
      element = await mountTimeline(configure);
      await nextFrames();
    }
    return outcome(element, recorder, page);
  } finally {
    page.stop();
  }
}

function outcome(
  element: ConflictTimeline,
  recorder: ReturnType<typeof recordEvents>,
  page: ReturnType<typeof watchPage>,
): Outcome {
  const errors = recorder.events
    .filter((event) => event.type === 'ct-error')
    .map((event) => event.detail as CtErrorDetail);
  return {
    element,
    loads: recorder.events.filter((event) => event.type === 'ct-load').map((event) => event.detail as CtLoadDetail),
    errors,
    places: errors.flatMap((detail) => detail.issues.map((issue: ValidationIssue) => `${issue.index}.${issue.field}`)),
    notice: shadow(element).querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    consoleMessages: [...page.consoleMessages],
    uncaught: [...page.uncaught],
  };
}

/** The headline of the notice, as the element's language words it. */
function noticeHeadline(lang: string, issues: readonly ValidationIssue[], shown: number): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return getLocale(lang).ui.dataProblems(errors, issues.length - errors, shown);
}

/** The three channels every problem must reach, and the valid events still drawn. */
function expectReported(result: Outcome, lang: string, validTitles: readonly string[]): void {
  expect(result.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(result.errors, 'ct-error events').to.have.length(1);
  const { issues } = result.errors[0]!;
  expect(issues.length, 'issues').to.be.greaterThan(0);
  expect(result.consoleMessages, 'console messages').to.have.length(1);
  expect(result.notice, 'the notice').to.include(noticeHeadline(lang, issues, validTitles.length));
  expect(drawnLabels(result.element).sort(), 'valid events drawn').to.deep.equal([...validTitles].sort());
}

const valid = [
  { id: 'v1', start: '2014-06-10', title: { en: 'Mosul falls', ar: 'سقوط الموصل' } },
  { id: 'v2', start: '2017-12', title: { en: 'Victory declared', ar: 'إعلان النصر' } },
];

describe('bad events: reported three ways, valid events still drawn', function () {
  this.timeout(60000);

  const cases: { name: string; bad: unknown[]; places: string[] }[] = [
    {
      name: 'wrong types',
      bad: [
        42,
        null,
        'event',
        [],
        { id: 7, start: 2014, title: 'plain string' },
        { id: 'types', start: '2014', title: { en: 'T' }, fatalities: '12' },
      ],
      places: ['2.', '3.', '4.', '5.', '6.id', '6.start', '6.title', '7.fatalities'],
    },
    {
      name: 'impossible and out-of-range dates',
      bad: [
        { id: 'feb30', start: '2011-02-30', title: { en: 'x' } },
        { id: 'month13', start: '2014-13', title: { en: 'x' } },
        { id: 'huge-year', start: '99999999999', title: { en: 'x' } },
        { id: 'not-a-date', start: 'yesterday', title: { en: 'x' } },
        { id: 'js-date', start: 'Tue Jun 10 2014', title: { en: 'x' } },
      ],
      places: ['2.start', '3.start', '4.start', '5.start', '6.start'],
    },
    {
      name: 'end before start',
      bad: [{ id: 'backwards', start: '2017-12-10', end: '2014-06-10', title: { en: 'x' } }],
      places: ['2.end'],
    },
    {
      name: 'a duplicate id (the first is kept)',
      bad: [{ id: 'v1', start: '2020-01-01', title: { en: 'Second v1' } }],
      places: ['2.id'],
    },
  ];

  for (const { name, bad, places } of cases) {
    for (const lang of ['en', 'ar']) {
      it(`${name} (${lang})`, async () => {
        const result = await mountWith((element) => (element.events = [...valid, ...bad] as never), lang);
        expectReported(
          result,
          lang,
          valid.map((event) => event.title[lang as 'en' | 'ar']),
        );
        for (const place of places) expect(result.places, `an issue at ${place}`).to.include(place);
        expect(result.loads).to.deep.equal([{ count: valid.length, source: 'property' }]);
      });
    }
  }

  it('unknown fields: a warning, the event kept without them', async () => {
    const result = await mountWith(
      (element) =>
        (element.events = [
          ...valid,
          { id: 'extra', start: '2019', title: { en: 'Extra' }, onclick: 'x', __proto__: { polluted: true } },
        ] as never),
    );
    expectReported(result, 'en', ['Mosul falls', 'Victory declared', 'Extra']);
    expect(result.places).to.include('2.onclick');
    expect(({} as { polluted?: unknown }).polluted, 'Object.prototype').to.equal(undefined);
  });

  it('not an array at all', async () => {
    const result = await mountWith((element) => (element.events = { events: valid } as never));
    expectReported(result, 'en', []);
    expect(result.places).to.deep.equal(['-1.']);
  });

  it('an empty list: no error, nothing drawn, ct-load with count 0', async () => {
    const result = await mountWith((element) => (element.events = []));
    expect(result.uncaught).to.deep.equal([]);
    expect(result.loads).to.deep.equal([{ count: 0, source: 'property' }]);
    expect(result.errors).to.deep.equal([]);
    expect(drawnLabels(result.element)).to.deep.equal([]);
  });

  it('10 MB of text in one field: truncated with a warning, the event still drawn, in reasonable time', async () => {
    const huge = 'ن'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    const result = await mountWith(
      (element) =>
        (element.events = [...valid, { id: 'huge', start: '2015', title: { en: 'Huge' }, summary: { en: huge } }]),
    );
    const elapsed = performance.now() - started;
    expectReported(result, 'en', ['Mosul falls', 'Victory declared', 'Huge']);
    expect(result.places).to.include('2.summary.en');
    result.element.focusEvent('huge');
    await result.element.updateComplete;
    const summary = [...shadow(result.element).querySelectorAll('[part="details"] p[dir]')].map(
      (node) => node.textContent?.length ?? 0,
    );
    expect(Math.max(...summary), 'longest shown summary').to.be.at.most(10_001);
    console.log(`10 MB field: mounted in ${Math.round(elapsed)} ms`);
    expect(elapsed).to.be.below(5000);
  });
});

describe('bad src: reported three ways, no uncaught exception', function () {
  this.timeout(60000);

  const cases: { name: string; src: () => string; message: RegExp }[] = [
    { name: '404', src: () => fixtureUrl('does-not-exist.json'), message: /HTTP 404/ },
    {
      name: 'a network error (nothing listens on the port)',
      src: () => 'http://127.0.0.1:59999/events.json',
      message: /request failed/,
    },
    {
      name: 'an HTML page instead of events',
      src: () => fixtureUrl('not-events.html'),
      message: /text\/html .*neither JSON nor a CSV file of a format read here/,
    },
    { name: 'invalid JSON', src: () => fixtureUrl('broken-json.txt'), message: /JSON is invalid/ },
    { name: 'a refused scheme', src: () => 'javascript:alert(1)', message: /only http and https/ },
  ];
  for (const { name, src, message } of cases) {
    for (const lang of ['en', 'ar']) {
      it(`${name} (${lang})`, async () => {
        const result = await mountWith((element) => (element.src = src()), lang, true);
        result.element.remove();
        expectReported(result, lang, []);
        expect(result.places).to.deep.equal(['-1.src']);
        expect(result.errors[0]!.issues[0]!.message).to.match(message);
      });
    }
  }

  it('JSON served as text/html is read by its content (not an error)', async () => {
    const result = await mountWith((element) => (element.src = fixtureUrl('events-as-html.html')));
    expect(result.uncaught).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(drawnLabels(result.element)).to.deep.equal(['Ramadi falls']);
  });

  it('a slow response overtaken by a src change is discarded, even when it arrives', async () => {
    // A server that answers whatever happens: this fetch ignores the abort and resolves late, so
    // only the element's own staleness check can keep the old answer out.
    const realFetch = window.fetch;
    let slowAnswered = false;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.endsWith('/slow.json')) return realFetch(input, init);
      const response = await realFetch(input);
      await new Promise((resolve) => setTimeout(resolve, 600));
      slowAnswered = true;
      return response;
    };
    const page = watchPage();
    try {
      const element = document.createElement('conflict-timeline');
      element.lang = 'en';
      element.style.width = '780px';
      const recorder = recordEvents(element, ['ct-load', 'ct-error']);
      element.src = fixtureUrl('slow.json');
      document.body.append(element);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      element.src = fixtureUrl('fast.json');
      await until(() => recorder.events.some((event) => event.type === 'ct-load'), 'ct-load of the later source');
      await until(() => slowAnswered, 'the slow answer');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await nextFrames();
      const result = outcome(element, recorder, page);
      expect(result.uncaught).to.deep.equal([]);
      expect(result.loads).to.deep.equal([{ count: 2, source: 'src' }]);
      expect(result.errors).to.deep.equal([]);
      expect(drawnLabels(element).sort()).to.deep.equal(['Also from the later source', 'From the later source']);
      element.remove();
    } finally {
      window.fetch = realFetch;
      page.stop();
    }
  });

  it('a src that fails after good data: the failure is reported, nothing thrown', async () => {
    const page = watchPage();
    try {
      const element = await mountTimeline((element) => {
        element.lang = 'en';
        element.src = fixtureUrl('fast.json');
      });
      const recorder = recordEvents(element, ['ct-load', 'ct-error']);
      element.src = 'http://127.0.0.1:59999/events.json';
      await until(() => recorder.events.some((event) => event.type === 'ct-error'), 'ct-error');
      await nextFrames();
      const result = outcome(element, recorder, page);
      expect(result.uncaught).to.deep.equal([]);
      expect(result.places).to.deep.equal(['-1.src']);
      expect(result.notice).to.match(/error/);
    } finally {
      page.stop();
    }
  });
});
