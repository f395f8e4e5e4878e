import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import { getLocale } from '../../src/i18n/locales.js';
import { pickText } from '../../src/model/prepared.js';
import { eventTypeOf } from '../../src/model/types.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { loadedAndRendered, nextFrames } from '../element/helpers.js';
import { readTitles, report } from './reader.js';

// Issue 14: a reader understands the article's timeline at a glance, with no interaction. Each
// case puts the element on a plain page at its default size, as a newcomer would, and counts the
// article's titles a reader can read there (see reader.ts for what "readable" means).

type Case = { width: number; height: number; lang: 'ar' | 'en'; groupBy?: 'category' | 'actor'; atLeast: number };

const WIDE = { width: 1200, height: 800 };
const PHONE = { width: 390, height: 844 };

const CASES: Case[] = [
  { ...WIDE, lang: 'en', atLeast: 16 },
  { ...WIDE, lang: 'ar', atLeast: 16 },
  { ...PHONE, lang: 'en', atLeast: 10 },
  { ...PHONE, lang: 'ar', atLeast: 10 },
  { ...WIDE, lang: 'en', groupBy: 'category', atLeast: 16 },
  { ...WIDE, lang: 'ar', groupBy: 'category', atLeast: 16 },
];

function titles(lang: string): Map<string, string> {
  return new Map(iraqCoalitionEvents.map((event) => [event.id, pickText(event.title, lang)]));
}

/** The names of the lanes that have events, in the element's language. */
function laneNames(lang: string): Map<string, string> {
  const types = new Set(iraqCoalitionEvents.map((event) => eventTypeOf(event.category)));
  return new Map([...types].map((type) => [type, getLocale(lang).ui.eventTypes[type]]));
}

/** The article's timeline on a plain page of the given size, drawn and settled, untouched. */
async function plainPage({ width, height, lang, groupBy }: Case): Promise<ConflictTimeline> {
  await setViewport({ width, height });
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('conflict-timeline');
  element.lang = lang;
  if (groupBy) element.groupBy = groupBy;
  element.events = iraqCoalitionEvents;
  const ready = loadedAndRendered(element);
  page.append(element);
  await ready;
  // vis-timeline settles positions over its first frames, and lays out again once fonts are in.
  await document.fonts.ready;
  await nextFrames(4);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await nextFrames(2);
  return element;
}

describe('readable at first sight: the article on a plain page', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const testCase of CASES) {
    const name = `${testCase.lang}, ${testCase.width} px${testCase.groupBy ? `, lanes by ${testCase.groupBy}` : ''}`;

    it(`${name}: at least ${testCase.atLeast} of the ${iraqCoalitionEvents.length} titles readable`, async () => {
      const element = await plainPage(testCase);
      const readings = readTitles(element, titles(testCase.lang));
      const readable = readings.filter((reading) => reading.readable).length;
      expect(readable, `${readable} readable:\n${report(readings)}`).to.be.at.least(testCase.atLeast);
    });

    if (testCase.groupBy === 'category') {
      it(`${name}: every lane with events shows its label`, async () => {
        const element = await plainPage(testCase);
        // In the drawing (the part documented as the timeline), not the legend's entries.
        const readings = readTitles(element, laneNames(testCase.lang), '[part~="timeline"]');
        expect(
          readings.every((reading) => reading.readable),
          report(readings),
        ).to.equal(true);
      });
    }
  }
});
