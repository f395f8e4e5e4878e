import { expect } from '@open-wc/testing';
import {
  TimelineViewController,
  type TimelineViewInput,
} from '../../../src/element/controllers/timeline-view-controller.js';
import { timelineOptions } from '../../../src/element/timeline-options.js';
import { LocaleFormat } from '../../../src/i18n/locale-format.js';
import { prepareEvents } from '../../../src/model/prepared.js';
import { TimelineView, type MoveCause } from '../../../src/timeline/timeline-view.js';
import { nextFrames, sampleEvents, until } from '../helpers.js';
import { container, createHost, type TestHost } from './test-host.js';

const events = prepareEvents(sampleEvents);

/** A host whose drawing shows `input` (changed by the test), recording what the controller reports. */
function drawing(lang = 'en', { box }: { box?: () => HTMLElement | null } = {}) {
  const host = createHost();
  const reports: string[] = [];
  const options = (format: LocaleFormat) =>
    timelineOptions({ format, groupBy: 'none', hiddenTypes: new Set(), types: [], events }, host);
  let input: TimelineViewInput = {
    events,
    options: options(new LocaleFormat(lang)),
    window: null,
    selectedId: null,
    focusedId: null,
  };
  const moves: MoveCause[] = [];
  const rendered: number[] = [];
  const controller = new TimelineViewController(host, {
    container: box ?? (() => host.renderRoot.querySelector<HTMLElement>('.box')),
    input: () => input,
    onSelect: () => undefined,
    onRangeChanged: (_start, _end, cause) => moves.push(cause),
    onRendered: (count) => rendered.push(count),
    report: (issues) => {
      reports.push(...issues.map((issue) => issue.message));
      host.requestUpdate();
    },
  });
  const update = async (change: Partial<TimelineViewInput>) => {
    input = { ...input, ...change };
    host.requestUpdate();
    await host.updateComplete;
  };
  const relabel = (lang: string) => update({ options: options(new LocaleFormat(lang)) });
  return { host, controller, moves, rendered, reports, update, relabel };
}

const timelines = (host: TestHost) => host.renderRoot.querySelectorAll('.vis-timeline');

describe('TimelineViewController', () => {
  let parent: HTMLElement;
  beforeEach(() => (parent = container()));
  afterEach(() => parent.remove());

  it('draws after the first update, is gone when disconnected, and draws again when reconnected', async () => {
    const { host, controller, rendered } = drawing();
    expect(controller.getWindow()).to.equal(null);
    parent.append(host);
    await host.updateComplete;
    expect(timelines(host)).to.have.length(1);
    await until(() => rendered.includes(4), 'ct-render of the four events');
    host.remove();
    expect(timelines(host)).to.have.length(0);
    expect(controller.getWindow()).to.equal(null);
    parent.append(host);
    await host.updateComplete;
    expect(timelines(host)).to.have.length(1);
  });

  it('reports a drawing that cannot be made once, and does not try again on every update', async () => {
    // As under a strict Trusted Types policy: vis-timeline's constructor throws.
    const blocked = document.createElement('div');
    blocked.appendChild = () => {
      throw new TypeError('This document requires TrustedHTML assignment.');
    };
    const { host, reports } = drawing('en', { box: () => blocked });
    parent.append(host);
    await host.updateComplete;
    await nextFrames(3);
    expect(reports).to.have.length(1);
    expect(reports[0]).to.match(/^The timeline could not be drawn \(TypeError: This document requires TrustedHTML/);
    const updates = host.updates;
    await nextFrames(3);
    expect(host.updates, 'no update loop').to.equal(updates);
    host.remove();
    parent.append(host);
    await host.updateComplete;
    expect(reports, 'tried again after a reconnection').to.have.length(2);
  });

  it('builds vis-timeline again when the direction changes, on the same window', async () => {
    const { host, controller, relabel } = drawing();
    parent.append(host);
    await host.updateComplete;
    controller.setWindow(new Date(2016, 0, 1), new Date(2020, 0, 1), false);
    const before = controller.getWindow()!;
    await relabel('ar');
    expect(timelines(host)).to.have.length(1);
    expect(host.renderRoot.querySelector('.vis-timeline.vis-rtl')).to.exist;
    expect(controller.getWindow()!.start.getTime()).to.be.closeTo(before.start.getTime(), 60_000);
  });

  it('hands the view only what changed', async () => {
    const calls: string[] = [];
    const spied = ['setOptions', 'setEvents', 'setSelection', 'setFocused', 'setWindow'] as const;
    const originals = spied.map((name) => TimelineView.prototype[name]);
    spied.forEach((name, i) => {
      const original = originals[i] as (...args: unknown[]) => void;
      (TimelineView.prototype as unknown as Record<string, unknown>)[name] = function (
        this: TimelineView,
        ...args: unknown[]
      ) {
        calls.push(name);
        return original.apply(this, args);
      };
    });
    try {
      const { host, update, relabel } = drawing();
      parent.append(host);
      await host.updateComplete;
      await update({});
      expect(calls, 'nothing changed').to.deep.equal([]);
      await update({ selectedId: 'year' });
      await update({ focusedId: 'month' });
      await update({ window: { start: new Date(2015, 0, 1), end: new Date(2016, 0, 1) } });
      await relabel('en-GB');
      await update({ events: events.slice(1) });
      expect(calls).to.deep.equal(['setSelection', 'setFocused', 'setWindow', 'setOptions', 'setEvents']);
    } finally {
      spied.forEach((name, i) => ((TimelineView.prototype as unknown as Record<string, unknown>)[name] = originals[i]));
    }
  });

  it('reports what moved the window: the cause a move was given, else code', async () => {
    const { host, controller, moves } = drawing();
    parent.append(host);
    await host.updateComplete;
    await nextFrames(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    moves.length = 0;
    controller.zoom(0.5, 'control');
    await until(() => moves.length === 1, 'the end of the zoom');
    controller.setWindow(new Date(2015, 0, 1), new Date(2016, 0, 1), false);
    await until(() => moves.length === 2, 'the end of setWindow');
    controller.reveal(events[3]!, 'keyboard-reveal');
    await until(() => moves.length === 3, 'the end of the reveal');
    controller.fit('keyboard');
    await until(() => moves.length === 4, 'the end of the fit');
    expect(moves).to.deep.equal(['control', 'code', 'keyboard-reveal', 'keyboard']);
  });
});
