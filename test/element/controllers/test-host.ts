import { LitElement, css, html, type TemplateResult } from 'lit';
import { visTimelineStyles } from '../../../src/generated/vis-timeline.styles.js';
import { property } from 'lit/decorators.js';
import type { NumeralSystem } from '../../../src/i18n/numerals.js';
import type { ConflictEvent } from '../../../src/model/types.js';

/**
 * A small element to attach one controller to, without the rest of `<conflict-timeline>`: the
 * properties the controllers read, a box to draw in, and a count of its updates.
 */
export class TestHost extends LitElement {
  static override styles = [
    visTimelineStyles,
    css`
      :host {
        display: block;
        width: 600px;
      }
    `,
  ];
  @property() override lang = '';
  @property() numerals: NumeralSystem = 'latn';
  @property({ attribute: false }) events?: readonly ConflictEvent[];
  @property() src?: string;
  updates = 0;

  protected override render(): TemplateResult {
    this.updates++;
    return html`<div class="box" style="height: 300px; position: relative"></div>`;
  }
}
customElements.define('ct-test-host', TestHost);

/** A new, not yet connected host: attach the controller, then connect it with `parent.append(host)`. */
export function createHost(): TestHost {
  return document.createElement('ct-test-host') as TestHost;
}

/** A connected container for hosts, removed after the test by the fixture cleanup of the caller. */
export function container(lang?: string): HTMLDivElement {
  const div = document.createElement('div');
  if (lang) div.lang = lang;
  document.body.append(div);
  return div;
}

declare global {
  interface HTMLElementTagNameMap {
    'ct-test-host': TestHost;
  }
}
