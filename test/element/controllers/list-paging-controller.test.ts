import { expect } from '@open-wc/testing';
import {
  DRAWING_WAIT_MS,
  LIST_FIRST,
  LIST_GROWTH,
  LIST_PAGE,
  ListPagingController,
} from '../../../src/element/controllers/list-paging-controller.js';
import { until } from '../helpers.js';
import { container, createHost } from './test-host.js';

async function paging(growsInIdle = false, waitsForDrawing = false) {
  const host = createHost();
  let grows = growsInIdle;
  const controller = new ListPagingController(host, () => grows, waitsForDrawing);
  const parent = container();
  parent.append(host);
  await host.updateComplete;
  return { host, controller, parent, setGrows: (value: boolean) => (grows = value) };
}

describe('ListPagingController', () => {
  it('renders a page from the start, offering the rest with "Show more"', async () => {
    const { controller, parent } = await paging();
    expect(controller.page(1200)).to.deep.equal({ start: 0, end: LIST_PAGE, earlier: 0, later: LIST_PAGE });
    expect(controller.page(30)).to.deep.equal({ start: 0, end: 30, earlier: 0, later: 0 });
    controller.showMore();
    expect(controller.page(1200)).to.deep.equal({ start: 0, end: 2 * LIST_PAGE, earlier: 0, later: 200 });
    parent.remove();
  });

  it('moves the page to an item outside it, centred, and extends it with "Show earlier"', async () => {
    const { controller, parent } = await paging();
    controller.include(1100);
    const page = controller.page(1200);
    expect(page.start).to.equal(1100 - LIST_PAGE / 2);
    expect(page.end).to.equal(1200);
    expect(page.earlier).to.equal(LIST_PAGE);
    controller.include(900);
    expect(controller.page(1200).start, 'inside the page: it stays').to.equal(850);
    controller.showEarlier();
    expect(controller.page(1200)).to.deep.equal({ start: 350, end: 1200, earlier: 350, later: 0 });
    parent.remove();
  });

  it('while the list is not what the reader looks at, renders a few entries and grows in idle time', async () => {
    const { host, controller, parent, setGrows } = await paging(true);
    expect(controller.page(1200)).to.deep.include({ end: LIST_FIRST, later: 0 });
    await until(() => controller.page(1200).end >= LIST_FIRST + 2 * LIST_GROWTH, 'growth in idle time');
    await until(() => controller.page(1200).end === LIST_PAGE, 'the whole page');
    expect(controller.page(1200).later, 'the page complete: "Show more"').to.equal(LIST_PAGE);
    controller.restart();
    expect(controller.page(1200).end, 'new data: a few again').to.equal(LIST_FIRST);
    // Disconnected: no more growth.
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(controller.page(1200).end).to.equal(LIST_FIRST);
    setGrows(false);
    expect(controller.page(1200).end, 'the list in view: the whole page').to.equal(LIST_PAGE);
    parent.remove();
  });

  it('waiting for the drawing, grows only once it has drawn (or after a while, if it never says so)', async () => {
    const { controller, parent } = await paging(true, true);
    // Idle time comes within a few frames here: without the wait the list would have grown.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(controller.page(1200).end, 'before the drawing has drawn').to.equal(LIST_FIRST);
    controller.drawingDrawn();
    await until(() => controller.page(1200).end > LIST_FIRST, 'growth once drawn');
    // New data: the drawing draws it first again; with no word from it, the list grows anyway.
    controller.restart();
    const restarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(controller.page(1200).end, 'new data, not drawn yet').to.equal(LIST_FIRST);
    await until(() => controller.page(1200).end > LIST_FIRST, 'growth after the longest wait', 3000);
    expect(performance.now() - restarted).to.be.at.least(DRAWING_WAIT_MS);
    parent.remove();
  });

  it('renders the whole page at once when the keyboard goes to an item', async () => {
    const { controller, parent } = await paging(true);
    controller.include(3);
    expect(controller.page(1200).end).to.equal(LIST_PAGE);
    parent.remove();
  });
});
