import { fixture, html } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { loadedAndRendered, nextFrames, shadow } from './helpers.js';

/** A timeline of the given events in a box `width` px wide (390: a phone), once it has drawn them. */
export async function renderNarrow(
  events: readonly ConflictEvent[],
  lang = 'en',
  width = 390,
): Promise<{ element: ConflictTimeline; wrapper: HTMLDivElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = document.createElement('conflict-timeline');
  element.lang = lang;
  element.events = events;
  const ready = loadedAndRendered(element);
  wrapper.append(element);
  await ready;
  await nextFrames();
  return { element, wrapper };
}

/** The narrow layout's drawing, or null when the element draws wide. */
export function verticalDrawing(element: ConflictTimeline): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('[part="vertical"]');
}

/** The vertical entry of an event. */
export function verticalEntry(element: ConflictTimeline, id: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`.v-entry[data-event-id="${CSS.escape(id)}"]`);
}

/** The titles the vertical drawing shows, in order. */
export function verticalTitles(element: ConflictTimeline): string[] {
  return [...shadow(element).querySelectorAll('.v-entry .v-title')].map((node) => node.textContent ?? '');
}
