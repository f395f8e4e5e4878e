import { expect } from '@open-wc/testing';
import { renderTimeline, sampleEvents, shadow, nextFrames } from '../element/helpers.js';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';

// WCAG 1.4.4: text resized to 200 % (the reader's default font size doubled: everything the
// element sizes in rem or em follows) loses no content and no function.

/** Text that overflows a box that hides its overflow: text the reader cannot see. */
function clipped(root: ShadowRoot, selector: string): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((node) => {
      const style = getComputedStyle(node);
      const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      return hides && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1);
    })
    .map((node) => node.textContent?.trim() ?? '');
}

/** Pairs of axis labels on one row that overlap each other. */
function overlappingAxisLabels(root: ShadowRoot): string[] {
  const overlaps: string[] = [];
  for (const row of ['.vis-time-axis .vis-text.vis-minor', '.vis-time-axis .vis-text.vis-major']) {
    const boxes = [...root.querySelectorAll<HTMLElement>(row)]
      // (vis-timeline's hidden ".vis-measure" label only measures the font)
      .filter((node) => node.textContent?.trim() && !node.classList.contains('vis-measure'))
      .map((node) => ({ text: node.textContent!.trim(), rect: node.getBoundingClientRect() }))
      .sort((a, b) => a.rect.left - b.rect.left);
    for (let i = 1; i < boxes.length; i++) {
      if (boxes[i]!.rect.left < boxes[i - 1]!.rect.right - 1)
        overlaps.push(`${boxes[i - 1]!.text} / ${boxes[i]!.text}`);
    }
  }
  return overlaps;
}

async function atTextSize(
  percent: number,
  lang: string,
  view: 'timeline' | 'list',
  events: readonly ConflictEvent[] = iraqCoalitionEvents,
): Promise<ConflictTimeline> {
  document.documentElement.style.fontSize = `${percent}%`;
  const element = await renderTimeline(events, lang);
  element.view = view;
  element.focusEvent(events[1]!.id);
  await element.updateComplete;
  await nextFrames(3);
  return element;
}

describe('text at 200 %', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const lang of ['ar', 'en']) {
    it(`clips no text of the controls, legend, details or list (${lang})`, async () => {
      for (const view of ['timeline', 'list'] as const) {
        const element = await atTextSize(200, lang, view);
        const root = shadow(element);
        const base = getComputedStyle(root.querySelector('[part="base"]')!).fontSize;
        expect(parseFloat(base)).to.equal(28); // 0.875rem of 32 px: the text really is doubled.
        expect(clipped(root, '[part="toolbar"] *, [part="details"] *, [part="notice"] *')).to.deep.equal([]);
        if (view === 'list') expect(clipped(root, '[part="list"] *')).to.deep.equal([]);
      }
    });

    it(`draws the timeline's axis labels without overlap and cuts no more labels than at 100 % (${lang})`, async () => {
      const cutAt = async (percent: number) => {
        const element = await atTextSize(percent, lang, 'timeline');
        const root = shadow(element);
        expect(overlappingAxisLabels(root)).to.deep.equal([]);
        // Long titles end in an ellipsis at 12em by design (the full title is in the list, the
        // details and the tooltip): doubling the text must not cut any other.
        return new Set(clipped(root, '.ct-item-label'));
      };
      const normal = await cutAt(100);
      const doubled = await cutAt(200);
      expect([...doubled].filter((label) => !normal.has(label))).to.deep.equal([]);
    });

    it(`fits the article's window with room for the doubled labels: no box cut at an edge (${lang})`, async () => {
      const element = await atTextSize(200, lang, 'timeline');
      const root = shadow(element);
      const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const cutAtEdge = [...root.querySelectorAll<HTMLElement>('.vis-item.vis-box')]
        .filter((box) => {
          const rect = box.getBoundingClientRect();
          return rect.left < panel.left - 1 || rect.right > panel.right + 1;
        })
        .map((box) => box.textContent);
      expect(cutAtEdge).to.deep.equal([]);
    });

    it(`cuts no short title, in a box or a range (${lang})`, async () => {
      const element = await atTextSize(200, lang, 'timeline', sampleEvents);
      const root = shadow(element);
      expect(root.querySelectorAll('.ct-item-label').length).to.be.at.least(4);
      // A range's title is also cut by the range's own box (.vis-item-overflow).
      expect(clipped(root, '.ct-item-label, .vis-range .vis-item-overflow')).to.deep.equal([]);
    });
  }
});
