import { fixture, html, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';
import '../../src/conflict-timeline.js';

/** Waits for two animation frames: vis-timeline settles item positions after its first draw. */
export function nextFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** A timeline of the given events, 780 px wide (the test viewport is 800×600), once vis-timeline has drawn them. */
export async function renderTimeline(events: readonly ConflictEvent[] | undefined, lang = 'en'): Promise<ConflictTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
  const element = document.createElement('conflict-timeline');
  element.lang = lang;
  if (events) element.events = events;
  const rendered = oneEvent(element, 'ct-render');
  wrapper.append(element);
  await rendered;
  await nextFrames();
  return element;
}

export function shadow(element: ConflictTimeline): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** The labels drawn for events (a box item is three .vis-item nodes; count contents instead). */
export function drawnLabels(element: ConflictTimeline): string[] {
  return [...shadow(element).querySelectorAll('.vis-item-content .ct-item-label')].map((node) => node.textContent ?? '');
}

export const sampleEvents: ConflictEvent[] = [
  { id: 'day', start: '2024-02-07', title: { en: 'A day event', ar: 'حدث يوم' }, category: 'air-strike' },
  { id: 'month', start: '2017-12', title: { en: 'A month event', ar: 'حدث شهر' }, category: 'declaration' },
  { id: 'year', start: '2021', title: { en: 'A year event', ar: 'حدث سنة' }, category: 'withdrawal' },
  { id: 'range', start: '2014-09', end: '2017-12', title: { en: 'A range', ar: 'مدة' }, category: 'air-strike' },
];
