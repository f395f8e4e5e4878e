import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { itemDomId } from '../../src/timeline/timeline-items.js';
import '../../src/conflict-timeline.js';

/** Waits for two animation frames: vis-timeline settles item positions after its first draw. */
export function nextFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** A timeline of the given events, 780 px wide (the test viewport is 800×600), once vis-timeline has drawn them. */
/**
 * An element with `events`, drawn, showing every event (`fit`): the behaviour tests look at all
 * of them. (The drawing may open on a part of them: see test/element/overview.test.ts.)
 */
export async function renderTimeline(
  events: readonly ConflictEvent[] | undefined,
  lang = 'en',
): Promise<ConflictTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
  const element = document.createElement('conflict-timeline');
  element.lang = lang;
  if (events) element.events = events;
  const rendered = oneEvent(element, 'ct-render');
  wrapper.append(element);
  await rendered;
  await nextFrames();
  await showAll(element);
  return element;
}

/** Fits the window to every event at once, and waits for the drawing of the new window. */
export async function showAll(element: ConflictTimeline): Promise<void> {
  const before = element.getWindow();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listener: (() => void) | undefined;
  // Resolves with nothing (not the event, whose target is the element: a pending timer holding
  // it would keep a removed element alive, which the memory tests would see).
  const rendered = new Promise<void>((resolve) => {
    listener = () => resolve();
    element.addEventListener('ct-render', listener, { once: true });
    timer = setTimeout(resolve, 2000);
  });
  element.fit({ animate: false });
  const after = element.getWindow();
  const moved =
    before &&
    after &&
    (before.start.getTime() !== after.start.getTime() || before.end.getTime() !== after.end.getTime());
  if (moved) await rendered;
  clearTimeout(timer);
  element.removeEventListener('ct-render', listener!);
  if (moved) await nextFrames();
}

export function shadow(element: ConflictTimeline): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** The labels drawn for events (a box item is three .vis-item nodes; count contents instead). */
export function drawnLabels(element: ConflictTimeline): string[] {
  return [...shadow(element).querySelectorAll('.vis-item-content .ct-item-label')].map(
    (node) => node.textContent ?? '',
  );
}

export const sampleEvents: ConflictEvent[] = [
  { id: 'day', start: '2024-02-07', title: { en: 'A day event', ar: 'حدث يوم' }, category: 'air-strike' },
  { id: 'month', start: '2017-12', title: { en: 'A month event', ar: 'حدث شهر' }, category: 'declaration' },
  { id: 'year', start: '2021', title: { en: 'A year event', ar: 'حدث سنة' }, category: 'withdrawal' },
  { id: 'range', start: '2014-09', end: '2017-12', title: { en: 'A range', ar: 'مدة' }, category: 'air-strike' },
];

// ---------------------------------------------------------------------------------------------
// More helpers for the behaviour tests (test/element/*.test.ts) and the visual tests.

/** The vis-timeline item (box or range) drawn for an event id, or null when it is not drawn. */
export function itemFor(element: ConflictTimeline, id: string): HTMLElement | null {
  const label = shadow(element).getElementById(itemDomId(id));
  return (label?.closest('.vis-item') as HTMLElement | null) ?? null;
}

/** Like itemFor, but fails the test when the event is not drawn. */
export function requireItem(element: ConflictTimeline, id: string): HTMLElement {
  const item = itemFor(element, id);
  if (!item) throw new Error(`no item drawn for ${id}; drawn: ${JSON.stringify(drawnLabels(element))}`);
  return item;
}

/**
 * A `<conflict-timeline>` configured by `setup` before it is connected, inside a wrapper of the
 * given size. Resolves once `ct-render` followed `ct-load` (for `src`, the first, empty render is
 * not the one waited for), plus two frames.
 */
export async function mountTimeline(
  setup: (element: ConflictTimeline) => void,
  {
    width = 780,
    height,
    parent,
    opening = false,
  }: {
    width?: number;
    height?: number;
    parent?: HTMLElement;
    /** Keep the window the element opened on instead of showing every event. */
    opening?: boolean;
  } = {},
): Promise<ConflictTimeline> {
  const wrapper = parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  wrapper.style.width = `${width}px`;
  if (height) wrapper.style.height = `${height}px`;
  const element = document.createElement('conflict-timeline');
  setup(element);
  const ready = loadedAndRendered(element);
  wrapper.append(element);
  await ready;
  await nextFrames();
  if (!opening && !element.start && !element.end) await showAll(element);
  return element;
}

/** Resolves on the first `ct-render` that comes after a `ct-load` (within `timeout` ms). */
export function loadedAndRendered(element: ConflictTimeline, timeout = 15000): Promise<void> {
  return new Promise((resolve, reject) => {
    let loaded = false;
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ct-render after ct-load within ${timeout} ms (loaded: ${loaded})`));
    }, timeout);
    const onLoad = () => (loaded = true);
    const onRender = () => {
      if (!loaded) return;
      cleanup();
      resolve();
    };
    function cleanup() {
      clearTimeout(timer);
      element.removeEventListener('ct-load', onLoad);
      element.removeEventListener('ct-render', onRender);
    }
    element.addEventListener('ct-load', onLoad);
    element.addEventListener('ct-render', onRender);
  });
}

/** Records every event of the given names that reaches `target`, in order. */
export function recordEvents(target: EventTarget, names: readonly string[]): { events: CustomEvent[]; stop(): void } {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  for (const name of names) target.addEventListener(name, listener);
  return { events, stop: () => names.forEach((name) => target.removeEventListener(name, listener)) };
}

/**
 * Where a time lies on the item axis (viewport px, left to right), from the visible window and
 * the width of vis-timeline's item set: vis-timeline's own linear scale.
 */
export function axisX(element: ConflictTimeline, time: Date | number): number {
  const window = element.getWindow();
  if (!window) throw new Error('no timeline window');
  const box = shadow(element).querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
  const start = window.start.getTime();
  const fraction = (new Date(time).getTime() - start) / (window.end.getTime() - start);
  const inner = box.width - 2; // the centre panel's 1px side borders
  return shadow(element).querySelector('.vis-timeline.vis-rtl')
    ? box.right - 1 - fraction * inner
    : box.left + 1 + fraction * inner;
}

/** The left edge (viewport px) of a grid line of the time axis (minor or major), e.g. `.vis-day7.vis-february`. */
export function gridLineX(element: ConflictTimeline, classes: string): number {
  const line = shadow(element).querySelector(`.vis-time-axis .vis-grid.vis-vertical${classes}`);
  if (!line) throw new Error(`no grid line ${classes}`);
  return line.getBoundingClientRect().left;
}

/** The text of the details panel's date line, or null when the panel is closed. */
export function detailsDate(element: ConflictTimeline): string | null {
  return shadow(element).querySelector('[part="details"] .date')?.textContent ?? null;
}

/** A real mouse click in the middle of an element, scrolled into the viewport first. */
export async function clickCenterOf(element: Element): Promise<void> {
  // Fixtures stack up within a test and the drawing is tall: bring the target into the viewport.
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await nextFrames();
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The toolbar control with this accessible name or text ("Zoom in", "Show all", "List view"). */
export function control(element: ConflictTimeline, label: string): HTMLButtonElement {
  const found = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="controls"] button')].find(
    (node) => node.getAttribute('aria-label') === label || node.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no control ${label}`);
  return found;
}

/** Eight valid events whose ids, dates and titles differ from round to round (data replaced over and over). */
export function eventsNumbered(round: number): ConflictEvent[] {
  return Array.from({ length: 8 }, (_, index) => ({
    id: `r${round}-${index}`,
    start: `${2010 + index}-0${(round % 9) + 1}-1${index}`,
    title: { en: `Round ${round} event ${index}` },
  }));
}

/** Waits for `predicate` to hold, checking every frame (`what` names it in the failure). */
export async function until(predicate: () => boolean, what: string, timeout = 8000): Promise<void> {
  const end = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await nextFrames(1);
  }
}
