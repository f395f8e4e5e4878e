import { expect, oneEvent } from '@open-wc/testing';
import { drawnLabels, nextFrames, recordEvents, renderTimeline, sampleEvents, shadow } from './helpers.js';

describe('reconnection', () => {
  it('removed and re-appended 5 times: one vis-timeline, no extra stylesheets, ct-render each time', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const parent = element.parentElement!;
    const root = shadow(element);
    const sheets = root.adoptedStyleSheets.length;
    const childrenOf = () => [...root.querySelector('.timeline')!.children].map((child) => child.className);
    const children = childrenOf();
    expect(sheets).to.be.greaterThan(0);
    const loads = recordEvents(element, ['ct-load', 'ct-error']);
    for (let round = 1; round <= 5; round++) {
      element.remove();
      await nextFrames();
      expect(root.querySelectorAll('.vis-timeline').length, `round ${round}: nothing drawn while detached`).to.equal(0);
      const rendered = oneEvent(element, 'ct-render');
      parent.append(element);
      const { detail } = await rendered;
      expect(detail.itemCount, `round ${round}`).to.equal(4);
      await nextFrames();
      expect(root.querySelectorAll('.vis-timeline').length, `round ${round}: .vis-timeline count`).to.equal(1);
      expect(root.adoptedStyleSheets.length, `round ${round}: adopted stylesheets`).to.equal(sheets);
      expect(root.querySelectorAll('.timeline').length).to.equal(1);
      expect(childrenOf(), `round ${round}: children of the drawing box`).to.deep.equal(children);
      expect(drawnLabels(element).sort(), `round ${round}`).to.deep.equal([
        'A day event',
        'A month event',
        'A range',
        'A year event',
      ]);
    }
    // Reconnecting redraws; it does not read the data again.
    expect(loads.events).to.have.length(0);
    // Nothing leaked into the page.
    expect(document.querySelectorAll('.vis-timeline').length).to.equal(0);
  });

  it('a move to another parent keeps the selection and the window', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    element.setWindow(new Date(2016, 0, 1), new Date(2022, 0, 1));
    element.focusEvent('year');
    await element.updateComplete;
    await nextFrames();
    const other = document.createElement('div');
    other.style.width = '780px';
    element.parentElement!.after(other);
    const rendered = oneEvent(element, 'ct-render');
    other.append(element);
    await rendered;
    await nextFrames();
    expect(shadow(element).querySelector('.vis-item.vis-selected .ct-item-label')?.textContent).to.equal(
      'A year event',
    );
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).to.equal('A year event');
    other.remove();
  });
});
