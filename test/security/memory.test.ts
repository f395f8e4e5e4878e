import { expect, fixture, html } from '@open-wc/testing';
import { eventsNumbered, mountTimeline, nextFrames, sampleEvents, shadow } from '../element/helpers.js';

// The heap of a long-lived page, after full collections. Needs a browser started with
// `--js-flags=--expose-gc --enable-precise-memory-info`; without them these tests are skipped.

const gc = (window as { gc?: () => void }).gc;
const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;

async function collectedHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return memory!.usedJSHeapSize;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

describe('memory (with --expose-gc)', function () {
  this.timeout(120000);

  before(async function () {
    // web-test-runner.config.js starts Chromium with --js-flags=--expose-gc and precise memory info.
    if (typeof gc !== 'function' || !memory)
      throw new Error('Chromium needs --js-flags=--expose-gc and --enable-precise-memory-info');
    // Code compiled and caches filled by a first timeline are not a leak: warm up first.
    const element = await mountTimeline((element) => (element.events = sampleEvents));
    element.focusEvent('day');
    await element.updateComplete;
    element.remove();
    await nextFrames();
  });

  it('1000 disconnect/reconnect cycles: heap within 10% once the element is gone', async () => {
    const before = await collectedHeap();
    await (async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
      const element = await mountTimeline((element) => (element.events = sampleEvents), { parent: wrapper });
      for (let cycle = 0; cycle < 1000; cycle++) {
        element.remove();
        wrapper.append(element);
        await element.updateComplete;
        if (cycle % 50 === 0) await nextFrames(1);
      }
      await nextFrames();
      element.remove();
    })();
    await nextFrames();
    const after = await collectedHeap();
    console.log(`heap, 1000 reconnects: ${mb(before)} → ${mb(after)}`);
    expect(after).to.be.below(before * 1.1);
  });

  it('1000 replacements of events: heap within 10% once the element is gone', async () => {
    const before = await collectedHeap();
    await (async () => {
      const element = await mountTimeline((element) => (element.events = eventsNumbered(0)));
      for (let round = 1; round <= 1000; round++) {
        element.events = eventsNumbered(round);
        await element.updateComplete;
        if (round % 50 === 0) await nextFrames(1);
      }
      await nextFrames();
      element.remove();
    })();
    await nextFrames();
    const after = await collectedHeap();
    console.log(`heap, 1000 replacements: ${mb(before)} → ${mb(after)}`);
    expect(after).to.be.below(before * 1.1);
  });

  it('removed elements and their vis-timeline DOM are collected', async () => {
    const refs: WeakRef<object>[] = [];
    await (async () => {
      for (let i = 0; i < 5; i++) {
        const element = await mountTimeline((element) => (element.events = sampleEvents));
        refs.push(new WeakRef(element), new WeakRef(shadow(element).querySelector('.vis-timeline')!));
        element.remove();
      }
    })();
    await nextFrames();
    await collectedHeap();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await collectedHeap();
    expect(refs.filter((ref) => ref.deref() !== undefined).length, 'still alive').to.equal(0);
  });
});
