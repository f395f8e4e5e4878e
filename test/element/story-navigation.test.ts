import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickCenterOf, mountTimeline, nextFrames, recordEvents, sampleEvents, shadow, until } from './helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';

/** Five events in time order, two of them protests (a type the legend can hide). */
const storyEvents: ConflictEvent[] = [
  { id: 'e1', start: '2014-06-10', title: { en: 'First', ar: 'الأول' }, category: 'air-strike' },
  { id: 'e2', start: '2016-03-01', title: { en: 'Second', ar: 'الثاني' }, category: 'peaceful-protest' },
  { id: 'e3', start: '2018-05-12', title: { en: 'Third', ar: 'الثالث' }, category: 'talks' },
  { id: 'e4', start: '2020-01-03', title: { en: 'Fourth', ar: 'الرابع' }, category: 'peaceful-protest' },
  { id: 'e5', start: '2024-02-07', title: { en: 'Fifth', ar: 'الخامس' }, category: 'air-strike' },
];

function card(element: ConflictTimeline): HTMLElement | null {
  return shadow(element).querySelector('[part="details"]');
}

function cardTitle(element: ConflictTimeline): string | undefined {
  return card(element)?.querySelector('h2')?.textContent ?? undefined;
}

function navButton(element: ConflictTimeline, which: 'previous' | 'next'): HTMLButtonElement {
  const button = shadow(element).querySelector<HTMLButtonElement>(`[part="story-nav"] .story-${which}`);
  if (!button) throw new Error(`no ${which} button`);
  return button;
}

function accessibleText(button: HTMLElement): string {
  return [...button.querySelectorAll('span:not([aria-hidden])')].map((span) => span.textContent).join('');
}

async function step(element: ConflictTimeline, which: 'previous' | 'next'): Promise<void> {
  navButton(element, which).click();
  await element.updateComplete;
}

describe('story navigation: Previous and Next in the card', () => {
  it('step in time order through the shown events, the legend filter respected', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
    });
    // Hide the protests: Next skips e2 and e4.
    const legend = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="legend"] button')];
    legend.find((button) => button.textContent?.trim() === 'Protests')!.click();
    await element.updateComplete;
    element.focusEvent('e1');
    await element.updateComplete;
    const seen = [cardTitle(element)];
    for (let i = 0; i < 3; i++) {
      await step(element, 'next');
      seen.push(cardTitle(element));
    }
    expect(seen).to.deep.equal(['First', 'Third', 'Fifth', 'Fifth']);
    expect(navButton(element, 'next').getAttribute('aria-disabled')).to.equal('true');
    expect(navButton(element, 'previous').getAttribute('aria-disabled')).to.equal('false');
    expect(shadow(element).querySelector('.story-counter')?.textContent).to.equal('3 of 3');
    await step(element, 'previous');
    await step(element, 'previous');
    expect(cardTitle(element)).to.equal('First');
    expect(navButton(element, 'previous').getAttribute('aria-disabled')).to.equal('true');
  });

  it('from an event the legend hid after it was opened, Next goes to the shown event after it', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
    });
    element.focusEvent('e2');
    await element.updateComplete;
    const legend = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="legend"] button')];
    legend.find((button) => button.textContent?.trim() === 'Protests')!.click();
    await element.updateComplete;
    await step(element, 'next');
    expect(cardTitle(element)).to.equal('Third');
  });

  it('are named "Previous event"/"Next event" and "الحدث السابق"/"الحدث التالي", the arrows mirrored in Arabic', async () => {
    const names = async (lang: string) => {
      const element = await mountTimeline((element) => {
        element.lang = lang;
        element.events = storyEvents;
      });
      element.focusEvent('e3');
      await element.updateComplete;
      const previous = navButton(element, 'previous');
      const next = navButton(element, 'next');
      return {
        previous: accessibleText(previous),
        next: accessibleText(next),
        arrows: [previous, next].map((button) => button.querySelector('[aria-hidden]')?.textContent),
      };
    };
    expect(await names('en')).to.deep.equal({ previous: 'Previous event', next: 'Next event', arrows: ['←', '→'] });
    expect(await names('ar')).to.deep.equal({ previous: 'الحدث السابق', next: 'الحدث التالي', arrows: ['→', '←'] });
  });

  it('the drawing moves to show the event Next went to, at once under reduced motion', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
      element.start = '2014-01-01';
      element.end = '2015-01-01';
    });
    element.focusEvent('e1');
    await element.updateComplete;
    await step(element, 'next');
    await until(() => {
      const window = element.getWindow()!;
      const time = new Date(2016, 2, 1).getTime();
      return window.start.getTime() <= time && time <= window.end.getTime();
    }, 'the window to show the second event');
  });

  it('focus stays on the button, at the last event too', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
    });
    element.focusEvent('e4');
    await element.updateComplete;
    navButton(element, 'next').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(cardTitle(element)).to.equal('Fifth');
    expect(shadow(element).activeElement).to.equal(navButton(element, 'next'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(cardTitle(element)).to.equal('Fifth');
    expect(shadow(element).activeElement).to.equal(navButton(element, 'next'));
  });
});

describe('ct-select fires once per selection, whatever made it', () => {
  async function once(element: ConflictTimeline, act: () => Promise<void> | void, id: string): Promise<void> {
    const recorded = recordEvents(element, ['ct-select']);
    await act();
    await element.updateComplete;
    await nextFrames();
    recorded.stop();
    expect(recorded.events.map((event) => event.detail.id)).to.deep.equal([id]);
    expect(card(element), 'the card is open').to.not.equal(null);
    expect(cardTitle(element)).to.equal(storyEvents.find((event) => event.id === id)!.title['en']);
  }

  it('focusEvent, Next, Previous, a click in the list, Enter on an entry', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
    });
    element.view = 'list';
    await element.updateComplete;
    await once(element, () => element.focusEvent('e2'), 'e2');
    await once(element, () => step(element, 'next'), 'e3');
    await once(element, () => step(element, 'previous'), 'e2');
    const entry = (id: string) => shadow(element).querySelector<HTMLElement>(`[data-event-id="${id}"]`)!;
    await once(element, () => clickCenterOf(entry('e4')), 'e4');
    entry('e1').focus();
    await once(element, () => sendKeys({ press: 'Enter' }), 'e1');
    // The same event again: nothing new is selected, nothing fired.
    const recorded = recordEvents(element, ['ct-select']);
    element.focusEvent('e1');
    await element.updateComplete;
    expect(recorded.events).to.have.length(0);
  });

  it('story mode opens on the first shown event, once', async () => {
    const fired: string[] = [];
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
      element.setAttribute('story', '');
      element.addEventListener('ct-select', (event) => fired.push(event.detail.id!));
    });
    await element.updateComplete;
    expect(cardTitle(element)).to.equal('First');
    expect(fired).to.deep.equal(['e1']);
    // The overview band and the drawing stay.
    expect(shadow(element).querySelector<HTMLElement>('[part="timeline"]')!.hidden).to.equal(false);
  });

  it('story="id" opens on that event; an unknown id opens on the first', async () => {
    const named = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = storyEvents;
      element.setAttribute('story', 'e4');
    });
    await named.updateComplete;
    expect(cardTitle(named)).to.equal('Fourth');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const unknown = await mountTimeline((element) => {
        element.lang = 'en';
        element.events = storyEvents;
        element.story = 'nope';
      });
      await unknown.updateComplete;
      expect(cardTitle(unknown)).to.equal('First');
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((text) => text.includes('"nope"'))).to.equal(true);
  });

  it('without story, nothing opens', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = sampleEvents;
    });
    expect(card(element)).to.equal(null);
  });

  it('a click on a drawn item fires once', async () => {
    const element = await mountTimeline((element) => {
      element.lang = 'en';
      element.events = sampleEvents;
    });
    const recorded = recordEvents(element, ['ct-select']);
    const selected = oneEvent(element, 'ct-select');
    // A drawn label (a span too narrow for its title draws none).
    const label = [...shadow(element).querySelectorAll('.vis-item-content .ct-item-label')].find(
      (node) => node.getBoundingClientRect().width > 0,
    )!;
    await clickCenterOf(label);
    await selected;
    await nextFrames(4);
    recorded.stop();
    expect(recorded.events).to.have.length(1);
  });
});
