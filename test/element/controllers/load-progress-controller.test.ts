import { expect } from '@open-wc/testing';
import { nothing } from 'lit';
import type { CtProgressDetail } from '../../../src/dom-events/events.js';
import {
  LoadProgressController,
  PROGRESS_EVERY_MS,
  SHOW_INDICATOR_AFTER_MS,
} from '../../../src/element/controllers/load-progress-controller.js';
import { LocaleFormat } from '../../../src/i18n/locale-format.js';
import { container, createHost } from './test-host.js';

/** A controller on a connected test host, with a clock the test moves, recording ct-progress and announcements. */
function setUp() {
  const host = createHost();
  let time = 0;
  const announced: string[] = [];
  const controller = new LoadProgressController(host, {
    format: () => new LocaleFormat('en'),
    announce: (text) => announced.push(text),
    now: () => time,
  });
  container().append(host);
  const progress: CtProgressDetail[] = [];
  host.addEventListener('ct-progress', (event) => progress.push(event.detail));
  return { controller, progress, announced, at: (ms: number) => (time = ms) };
}

describe('LoadProgressController', () => {
  it('sends ct-progress at most every 100 ms, and the final counts once at the end', () => {
    const { controller, progress, at } = setUp();
    controller.started();
    for (let ms = 0; ms <= 250; ms += 10) {
      at(ms);
      controller.advanced({ rows: ms, bytes: ms * 10, totalBytes: 5000 });
    }
    expect(progress.map((detail) => detail.rows)).to.deep.equal([0, PROGRESS_EVERY_MS, 2 * PROGRESS_EVERY_MS]);
    controller.finished();
    expect(progress.at(-1)).to.deep.equal({ rows: 250, bytes: 2500, totalBytes: 5000 });
    controller.finished();
    expect(progress).to.have.length(4);
  });

  it('shows the indicator only once the load has lasted 300 ms, and announces its end only then', async () => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const { controller, announced } = setUp();
    controller.started();
    controller.advanced({ rows: 10, bytes: 100 });
    controller.finished();
    await wait(SHOW_INDICATOR_AFTER_MS + 50);
    expect(controller.render() === nothing, 'no indicator for a load done at once').to.equal(true);
    expect(announced).to.deep.equal([]);

    controller.started();
    await wait(SHOW_INDICATOR_AFTER_MS / 2);
    expect(controller.render() === nothing, 'no indicator before 300 ms').to.equal(true);
    await wait(SHOW_INDICATOR_AFTER_MS);
    expect(controller.render() === nothing, 'the indicator after 300 ms').to.equal(false);
    controller.advanced({ rows: 1234, bytes: 100 });
    controller.finished();
    expect(controller.render() === nothing, 'no indicator after the end').to.equal(true);
    expect(announced).to.deep.equal(['Events loaded: 1,234 rows read.']);
  });
});
