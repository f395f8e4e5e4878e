import { fixture, html } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import { loadedAndRendered } from '../element/helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

/** No transitions, animations or caret anywhere (the element's own rules, plus the page's). */
const STILL = `*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }`;

/**
 * The page every screenshot is taken in, set up around a `describe`'s tests: a viewport of the
 * given size, no animated windows (the element reads the preference when it builds
 * vis-timeline), and the pointer where it hovers nothing.
 */
export function stillPage(viewport: { width: number; height: number }, pointer: [number, number]): void {
  before(async () => {
    await setViewport(viewport);
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await sendMouse({ type: 'move', position: pointer });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });
}

/**
 * A `<conflict-timeline>` configured by `setup`, in a still box of a fixed size on the theme's
 * background (the picture's frame), once it has loaded and rendered.
 */
export async function sceneWith(
  size: { width: number; height: number },
  theme: 'light' | 'dark',
  setup: (element: ConflictTimeline) => void,
): Promise<{ box: HTMLElement; element: ConflictTimeline }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.cssText = `width: ${size.width}px; height: ${size.height}px; overflow: hidden; background: ${theme === 'dark' ? '#000' : '#fff'}`;
  const style = document.createElement('style');
  style.textContent = STILL;
  box.append(style);
  const element = document.createElement('conflict-timeline');
  element.theme = theme;
  setup(element);
  const ready = loadedAndRendered(element);
  box.append(element);
  await ready;
  return { box, element };
}
