import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { StoryStep } from '../story-steps.js';

export interface StoryNavActions {
  previous(): void;
  next(): void;
}

/**
 * Previous and Next at the foot of the card, with where the event stands ("3 of 12"). The arrows
 * point the way time runs (leftward in Arabic). At an end the button stays focusable but
 * `aria-disabled`: a reader who pressed Next onto the last event keeps focus where it was.
 */
export function storyNavTemplate(step: StoryStep, format: LocaleFormat, actions: StoryNavActions): TemplateResult {
  const { story } = format.ui;
  const rtl = format.dir === 'rtl';
  // An event the legend hides has no place among the shown ones: no counter.
  const counter = step.index >= 0 ? story.counter(format.count(step.index + 1), format.count(step.total)) : '';
  return html`<div class="story-nav" part="story-nav">
    ${navButton('previous', story.previous, rtl ? '→' : '←', !step.previous, actions.previous)}
    <span class="story-counter">${counter}</span>
    ${navButton('next', story.next, rtl ? '←' : '→', !step.next, actions.next)}
  </div>`;
}

function navButton(
  which: 'previous' | 'next',
  label: string,
  arrow: string,
  atEnd: boolean,
  step: () => void,
): TemplateResult {
  const arrowSpan = html`<span class="arrow" aria-hidden="true">${arrow}</span>`;
  return html`<button
    type="button"
    class="story-${which}"
    aria-disabled=${atEnd ? 'true' : 'false'}
    @click=${() => atEnd || step()}
  >
    ${which === 'previous' ? arrowSpan : nothing}<span>${label}</span>${which === 'next' ? arrowSpan : nothing}
  </button>`;
}

/** What the card's "Copy link" shows: the button, then "Link copied", or the link to copy by hand. */
export interface CopyLinkState {
  /** The link to the card's event. */
  readonly url: string;
  /** Copied to the clipboard just now. */
  readonly copied: boolean;
  /** The clipboard refused (or there is none): the link is shown in a read-only field. */
  readonly manual: boolean;
}

export interface CopyLinkActions {
  copy(): void;
}

/** "Copy link" (with deep links on): the Clipboard API, else the link in a field, selected, to copy by hand. */
export function copyLinkTemplate(state: CopyLinkState, format: LocaleFormat, actions: CopyLinkActions): TemplateResult {
  const { story } = format.ui;
  return html`<div class="copy-link" part="copy-link">
    <button type="button" @click=${actions.copy}>${story.copyLink}</button>
    ${state.copied ? html`<span class="copied">${story.linkCopied}</span>` : nothing}
    ${
      state.manual
        ? html`<label class="link-field"
            >${story.linkField}
            <input type="text" readonly dir="ltr" .value=${state.url} @focus=${selectAll} />
          </label>`
        : nothing
    }
  </div>`;
}

function selectAll(event: FocusEvent): void {
  (event.currentTarget as HTMLInputElement).select();
}
