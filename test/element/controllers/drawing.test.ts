import { expect } from '@open-wc/testing';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { DrawingController } from '../../../src/element/controllers/drawing.js';
import { elementStyles } from '../../../src/element/styles/element.styles.js';
import { timelineOptions } from '../../../src/element/timeline-options.js';
import { LocaleFormat } from '../../../src/i18n/locale-format.js';
import { prepareEvents } from '../../../src/model/prepared.js';
import { nextFrames, sampleEvents, until } from '../helpers.js';
import { container } from './test-host.js';

const events = prepareEvents(sampleEvents);
const format = new LocaleFormat('en');

/** A host that renders only the drawing, at the width a test gives it. */
class DrawingHost extends LitElement {
  static override styles = [
    ...elementStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];
  counted = false;
  readonly ranges: { start: Date; end: Date; byUser: boolean }[] = [];
  renders = 0;
  updates = 0;
  readonly drawing = new DrawingController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.timeline'),
    input: () => ({
      events,
      options: timelineOptions({ format, groupBy: 'none', hiddenTypes: new Set(), types: [], events }, this),
      window: null,
      selectedId: null,
      focusedId: null,
    }),
    shown: () => events,
    format: () => format,
    view: () => 'timeline',
    counted: () => this.counted,
    selectedId: () => null,
    focusedId: () => null,
    loading: () => false,
    choose: () => {},
    showEvent: () => {},
    announce: () => {},
    report: () => {},
  });

  constructor() {
    super();
    this.addEventListener('ct-range-change', (event) => this.ranges.push(event.detail));
    this.addEventListener('ct-render', () => this.renders++);
  }

  protected override updated(): void {
    this.updates++;
  }

  protected override render(): TemplateResult {
    const { vertical } = this.drawing;
    return html`${this.drawing.renderOverview()}
      <div class="timeline" ?hidden=${vertical}></div>
      ${this.drawing.renderNarrow()}`;
  }
}
customElements.define('ct-drawing-host', DrawingHost);

async function drawingHost(width: number, counted = false): Promise<DrawingHost> {
  const host = document.createElement('ct-drawing-host') as DrawingHost;
  host.counted = counted;
  host.style.width = `${width}px`;
  container().append(host);
  await until(() => host.renders > 0, 'ct-render');
  return host;
}

describe('DrawingController', () => {
  it('wide: draws with vis-timeline and shows an event by moving the window, saying the move was not the user’s', async () => {
    const host = await drawingHost(900);
    expect(host.drawing.vertical).to.equal(false);
    expect(host.renderRoot.querySelector('.vis-timeline')).to.not.equal(null);
    const day = Date.UTC(2024, 1, 7);
    host.drawing.timeline.setWindow(new Date(Date.UTC(2014, 0, 1)), new Date(Date.UTC(2015, 0, 1)), false);
    host.drawing.reveal(
      events.find((prepared) => prepared.event.id === 'day')!,
      'code',
      false,
    );
    const window = host.drawing.timeline.getWindow()!;
    expect(window.start.getTime()).to.be.at.most(day);
    expect(window.end.getTime()).to.be.at.least(day);
    await until(() => host.ranges.length > 0, 'ct-range-change');
    expect(host.ranges.every((range) => !range.byUser)).to.equal(true);
  });

  it('does not lay the overview out again when vis-timeline reports the end of a move it has drawn', async () => {
    const host = await drawingHost(900);
    await until(() => host.ranges.length > 0, 'the opening window reported');
    const renders = host.renders;
    // A window that leaves events out: the overview band is shown.
    host.drawing.timeline.setWindow(new Date(Date.UTC(2014, 0, 1)), new Date(Date.UTC(2015, 0, 1)), false);
    await until(() => host.renders > renders, 'the new window drawn');
    await nextFrames(2);
    expect(host.renderRoot.querySelector('[part="overview"]'), 'the band').to.not.equal(null);
    const updates = host.updates;
    // vis-timeline says the move has ended 200 ms after it: the band is already laid out for it.
    await until(() => host.ranges.length > 1, 'the end of the move');
    await nextFrames(2);
    expect(host.updates).to.equal(updates);
  });

  it('narrow: draws its own vertical layout, without vis-timeline', async () => {
    const host = await drawingHost(400);
    expect(host.drawing.vertical).to.equal(true);
    expect(host.renderRoot.querySelectorAll('.v-entry').length).to.equal(events.length);
    expect(host.renderRoot.querySelector('.vis-timeline')).to.equal(null);
  });

  it('narrow but drawn as counts (an index, a query provider): stays wide', async () => {
    const host = await drawingHost(400, true);
    expect(host.drawing.vertical).to.equal(false);
    expect(host.renderRoot.querySelector('.vis-timeline')).to.not.equal(null);
  });
});
