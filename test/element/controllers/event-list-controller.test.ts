import { expect } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { EventListController } from '../../../src/element/controllers/event-list-controller.js';
import { LocaleFormat } from '../../../src/i18n/locale-format.js';
import { prepareEvents } from '../../../src/model/prepared.js';
import { sampleEvents } from '../helpers.js';
import { container } from './test-host.js';

const events = prepareEvents(sampleEvents);

/** A host that renders only the event list, in the view and language a test sets. */
class ListHost extends LitElement {
  view: 'timeline' | 'list' = 'list';
  format = new LocaleFormat('en');
  readonly zooms: number[] = [];
  closes = 0;
  readonly activated: string[] = [];
  readonly list = new EventListController(this, {
    events: () => events,
    format: () => this.format,
    view: () => this.view,
    selectedId: () => null,
    firstInView: () => undefined,
    moved: () => {},
    activate: (id) => void this.activated.push(id),
    zoom: (factor) => void this.zooms.push(factor),
    close: () => void this.closes++,
  });

  protected override render(): TemplateResult {
    return this.list.render();
  }
}
customElements.define('ct-list-host', ListHost);

async function listHost(view: 'timeline' | 'list'): Promise<{ host: ListHost; entry: HTMLElement }> {
  const host = document.createElement('ct-list-host') as ListHost;
  host.view = view;
  container().append(host);
  await host.updateComplete;
  const entry = host.renderRoot.querySelector<HTMLElement>('[data-event-id]');
  if (!entry) throw new Error('no entry rendered');
  return { host, entry };
}

function press(target: HTMLElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('EventListController: keys other than moves', () => {
  it('plus and minus zoom the drawing in the timeline view, and are taken from the page', async () => {
    const { host, entry } = await listHost('timeline');
    expect(press(entry, '+').defaultPrevented).to.equal(true);
    press(entry, '-');
    expect(host.zooms).to.deep.equal([0.5, 2]);
  });

  it('in the list view there is no drawing to zoom: plus and minus are left alone', async () => {
    const { host, entry } = await listHost('list');
    expect(press(entry, '+').defaultPrevented).to.equal(false);
    expect(host.zooms).to.deep.equal([]);
  });

  it('Escape closes the details', async () => {
    const { host, entry } = await listHost('list');
    expect(press(entry, 'Escape').defaultPrevented).to.equal(true);
    expect(host.closes).to.equal(1);
  });

  it('a click on an entry activates its event', async () => {
    const { host, entry } = await listHost('list');
    entry.click();
    expect(host.activated).to.deep.equal([entry.dataset['eventId']]);
  });
});
