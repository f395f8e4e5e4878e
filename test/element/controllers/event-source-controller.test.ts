import { expect } from '@open-wc/testing';
import { EventSourceController, type ShownEvents } from '../../../src/element/controllers/event-source-controller.js';
import { setDefaultEvents, setDefaultEventsLoader } from '../../../src/element/default-events.js';
import { SLICE_ABOVE } from '../../../src/model/ingest.js';
import type { ValidationIssue } from '../../../src/model/validate.js';
import type { CtLoadDetail } from '../../../src/dom-events/events.js';
import { eventsNumbered, recordEvents, sampleEvents, until } from '../helpers.js';
import { container, createHost, type TestHost } from './test-host.js';

const fixtureUrl = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;

/** A host with an EventSourceController, recording what it shows, reports and fires. */
function source(setup: (host: TestHost) => void = () => undefined) {
  const host = createHost();
  setup(host);
  const shown: ShownEvents[] = [];
  const reports: (readonly ValidationIssue[])[] = [];
  const fired = recordEvents(host, ['ct-load']);
  const controller = new EventSourceController(host, {
    lang: () => 'en',
    show: (data) => shown.push(data),
    report: (issues) => reports.push(issues),
  });
  const loads = () => fired.events.map((event) => event.detail as CtLoadDetail);
  const ids = () => shown.at(-1)?.events.map((prepared) => prepared.event.id);
  return { host, controller, shown, reports, loads, ids };
}

describe('EventSourceController', () => {
  let parent: HTMLElement;
  beforeEach(() => (parent = container()));
  afterEach(() => {
    parent.remove();
    setDefaultEvents(undefined);
  });

  it('the events property: shown at once, in time order, with ct-load and the issues', () => {
    const { controller, ids, loads, reports, shown } = source((host) => {
      host.events = [...sampleEvents, { id: 'bad', start: 'soon', title: { en: 'x' } }];
    });
    controller.load();
    expect(ids()).to.deep.equal(['range', 'month', 'year', 'day']);
    expect(shown[0]?.kind).to.equal('property');
    expect(loads()).to.deep.equal([{ count: 4, source: 'property' }]);
    expect(reports).to.have.length(1);
    expect(reports[0]!.map((issue) => issue.id)).to.deep.equal(['bad']);
    expect(controller.pending).to.equal(false);
  });

  it('its children, then the default events, then nothing', () => {
    const markup = source((host) => {
      host.innerHTML = '<ol><li><time datetime="2014-09-10">10 September 2014</time> Coalition formed</li></ol>';
    });
    markup.controller.load();
    expect(markup.loads()).to.deep.equal([{ count: 1, source: 'markup' }]);
    const nothing = source();
    nothing.controller.load();
    expect(nothing.loads()).to.deep.equal([{ count: 0, source: 'default' }]);
    setDefaultEvents(sampleEvents);
    const chosen = source();
    chosen.controller.load();
    expect(chosen.loads()).to.deep.equal([{ count: 4, source: 'default' }]);
  });

  it('follows a default chosen later while it shows the default, and only then', async () => {
    const bare = source();
    const owned = source((host) => (host.events = [sampleEvents[0]!]));
    parent.append(bare.host, owned.host);
    bare.controller.load();
    owned.controller.load();
    setDefaultEvents(sampleEvents);
    expect(bare.ids()).to.have.length(4);
    expect(owned.loads()).to.have.length(1);
    bare.host.remove();
    setDefaultEvents(eventsNumbered(1));
    expect(bare.ids(), 'not followed while disconnected').to.have.length(4);
  });

  it('a default loader: called once when first needed, loading until its events are shown', async () => {
    let calls = 0;
    let give: (events: typeof sampleEvents) => void = () => undefined;
    setDefaultEventsLoader(() => {
      calls += 1;
      return new Promise((resolve) => (give = resolve));
    });
    const owned = source((host) => (host.events = [sampleEvents[0]!]));
    parent.append(owned.host);
    owned.controller.load();
    expect(calls, 'not called for an element with events of its own').to.equal(0);
    const [first, second] = [source(), source()];
    parent.append(first.host, second.host);
    first.controller.load();
    second.controller.load();
    expect(calls).to.equal(1);
    expect(first.controller.loading).to.equal(true);
    expect(first.loads(), 'no empty ct-load while it loads').to.deep.equal([]);
    give(sampleEvents);
    await until(() => second.loads().length > 0, 'ct-load');
    expect(first.loads()).to.deep.equal([{ count: 4, source: 'default' }]);
    expect(second.ids()).to.have.length(4);
    expect(first.controller.loading).to.equal(false);
  });

  it('a default loader that fails: reported, not loading any more', async () => {
    setDefaultEventsLoader(() => Promise.reject(new Error('chunk missing')));
    const { host, controller, reports } = source();
    parent.append(host);
    controller.load();
    await until(() => reports.length > 0, 'a report');
    expect(reports[0]![0]!.message).to.contain('Could not load the default events').and.contain('chunk missing');
    expect(controller.loading).to.equal(false);
  });

  it('src: loading until shown, and a newer src aborts the older one', async () => {
    const { host, controller, loads, ids } = source((host) => (host.src = fixtureUrl('other-events.json')));
    parent.append(host);
    controller.load();
    expect(controller.loading).to.equal(true);
    expect(controller.pending).to.equal(true);
    host.src = fixtureUrl('events.json');
    controller.load();
    await until(() => loads().length > 0, 'ct-load');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(loads()).to.deep.equal([{ count: 3, source: 'src' }]);
    expect(ids()).to.deep.equal(['coalition', 'victory', 'talks']);
    expect(controller.loading).to.equal(false);
  });

  it('src that cannot be fetched: one issue, nothing loading', async () => {
    const { host, controller, reports } = source((host) => (host.src = fixtureUrl('missing.json')));
    parent.append(host);
    controller.load();
    await until(() => reports.length > 0, 'a report');
    expect(reports[0]![0]).to.include({ field: 'src', severity: 'error' });
    expect(controller.loading).to.equal(false);
  });

  it('a load the element’s disconnection stopped is done again when it reconnects', async () => {
    const { host, controller, loads } = source((host) => (host.src = fixtureUrl('events.json')));
    parent.append(host);
    controller.load();
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(loads(), 'aborted').to.have.length(0);
    parent.append(host);
    await until(() => loads().length > 0, 'ct-load after reconnecting');
    expect(loads()).to.deep.equal([{ count: 3, source: 'src' }]);
    host.remove();
    parent.append(host);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads(), 'a finished load is not done again').to.have.length(1);
  });

  it('a large input is ingested in slices, with its time index, after the task that set it', async () => {
    const many = Array.from({ length: SLICE_ABOVE + 10 }, (_, i) => ({
      id: `e${i}`,
      start: `${2000 + (i % 20)}-01-01`,
      title: { en: `Event ${i}` },
    }));
    const { host, controller, shown } = source((host) => (host.events = many));
    parent.append(host);
    controller.load();
    expect(shown).to.have.length(0);
    expect(controller.pending).to.equal(true);
    await until(() => shown.length > 0, 'the sliced ingest');
    expect(shown[0]!.events).to.have.length(many.length);
    expect(shown[0]!.index?.size).to.equal(many.length);
  });
});
