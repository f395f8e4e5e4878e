import { expect } from '@open-wc/testing';
import { setUpReading, type ReadingOptions } from '../../../src/element/controllers/reading.js';
import type { SelectionController } from '../../../src/element/controllers/selection-controller.js';
import { LocaleFormat } from '../../../src/i18n/locale-format.js';
import { prepareEvents } from '../../../src/model/prepared.js';
import { sampleEvents } from '../helpers.js';
import { container, createHost, type TestHost } from './test-host.js';

const page = location.href.split('#')[0]!;
const events = prepareEvents(sampleEvents);
const format = new LocaleFormat('en');

interface Reading {
  host: TestHost;
  selection: SelectionController;
  /** Every `chosen` call: the id, whether the drawing must move there, and whether it glides. */
  chosen: [string, boolean, boolean][];
  selected: (string | null)[];
}

/** A host with the reading controllers on it, connected, after its first update. */
async function reading(options: Partial<ReadingOptions> = {}): Promise<Reading> {
  const host = createHost();
  const chosen: Reading['chosen'] = [];
  const selected: Reading['selected'] = [];
  host.addEventListener('ct-select', (event) => selected.push(event.detail.id));
  const selection = setUpReading(host, {
    events: () => events,
    shown: () => events,
    answered: () => undefined,
    ready: () => true,
    format: () => format,
    announce: () => {},
    deepLink: () => undefined,
    story: () => undefined,
    chosen: (id, reveal, animate) => void chosen.push([id, reveal, animate]),
    closed: () => {},
    ...options,
  });
  container().append(host);
  await host.updateComplete;
  await host.updateComplete;
  return { host, selection, chosen, selected };
}

describe('setUpReading: the selection, deep links and story mode', () => {
  afterEach(() => history.replaceState(null, '', page));

  it('a selection fires ct-select once and does not move the drawing where the reader picked it', async () => {
    const { selection, chosen, selected } = await reading();
    selection.choose('year');
    expect(selected).to.deep.equal(['year']);
    expect(chosen).to.deep.equal([['year', false, true]]);
  });

  it('Previous and Next step through the shown events in time order, moving the drawing', async () => {
    const { selection, chosen } = await reading();
    selection.choose('month');
    selection.step(1);
    expect(selection.id).to.equal('year');
    selection.step(-1);
    selection.step(-1);
    expect(selection.id).to.equal('range');
    expect(chosen.slice(1).map(([, reveal]) => reveal)).to.deep.equal([true, true, true]);
  });

  it('new events keep the selection only if its event is still there', async () => {
    const { selection } = await reading();
    selection.choose('day');
    selection.keepIn(events);
    expect(selection.id).to.equal('day');
    selection.keepIn(events.filter((prepared) => prepared.event.id !== 'day'));
    expect(selection.id).to.equal(null);
  });

  it('story mode opens on the first shown event on arrival, jumping there', async () => {
    const { selection, chosen } = await reading({ story: () => null });
    expect(selection.id).to.equal(events[0]!.event.id);
    expect(chosen).to.deep.equal([[events[0]!.event.id, true, false]]);
  });

  it('a link the page arrives with wins over the story and jumps; a later hashchange glides', async () => {
    history.replaceState(null, '', `${page}#year`);
    const { host, selection, chosen, selected } = await reading({ story: () => null, deepLink: () => null });
    expect(selection.id).to.equal('year');
    expect(selected).to.deep.equal(['year']);
    expect(chosen).to.deep.equal([['year', true, false]]);
    location.hash = '#month';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await host.updateComplete;
    expect(selection.id).to.equal('month');
    expect(chosen.at(-1)).to.deep.equal(['month', true, true]);
  });

  it('nothing is opened before the events are all there', async () => {
    let ready = false;
    const { host, selection } = await reading({ story: () => null, ready: () => ready });
    expect(selection.id).to.equal(null);
    ready = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(selection.id).to.equal(events[0]!.event.id);
  });
});
