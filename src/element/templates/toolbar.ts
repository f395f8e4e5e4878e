import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { EventType } from '../../model/types.js';

/** The toolbar's controls after the legend entries (legend entries are keyed by their type). */
export const WINDOW_CONTROLS = ['zoom-in', 'zoom-out', 'fit'] as const;
export type ToolbarControl = (typeof WINDOW_CONTROLS)[number] | 'view';
export const TOOLBAR_CONTROLS: readonly ToolbarControl[] = [...WINDOW_CONTROLS, 'view'];

export interface ToolbarState {
  readonly format: LocaleFormat;
  /** The event types in the data, in the legend's order. */
  readonly types: readonly EventType[];
  readonly hiddenTypes: ReadonlySet<EventType>;
  readonly view: 'timeline' | 'list';
  /** The key (a type or a control) of the button with the toolbar's one tab stop. */
  readonly tabStop: string | undefined;
  /** Whether the zoom and fit controls are there (not in the narrow layout, which draws every event without a window). */
  readonly windowControls: boolean;
}

/** Stable handlers (the same functions every render); a button's key is in its `data-key`. */
export interface ToolbarActions {
  click(event: Event): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
}

/**
 * The legend and the controls, one toolbar with one tab stop (a roving tabindex): arrows move
 * along it, in reading direction, so that Tab reaches the events after one stop, not eight.
 * Each button carries its key in `data-key`.
 */
export function toolbarTemplate(state: ToolbarState, actions: ToolbarActions): TemplateResult {
  const { ui } = state.format;
  const tabindex = (key: string) => (key === state.tabStop ? 0 : -1);
  return html`
    <div
      part="toolbar"
      class="toolbar"
      role="toolbar"
      aria-label=${ui.controls}
      @keydown=${actions.keydown}
      @focusin=${actions.focusin}
    >
      <ul part="legend" class="legend" aria-label=${ui.legend}>
        ${state.types.map(
          (type) =>
            html`<li>
              <button
                type="button"
                data-key=${type}
                tabindex=${tabindex(type)}
                aria-pressed=${state.hiddenTypes.has(type) ? 'false' : 'true'}
                @click=${actions.click}
              >
                <span class="swatch ct-type-${type}"></span>${state.format.typeName(type)}
              </button>
            </li>`,
        )}
      </ul>
      <span class="spacer"></span>
      <div part="controls" class="controls">
        ${
          state.windowControls
            ? html`${windowControl('zoom-in', '+', ui.zoomIn, state, actions)}
              ${windowControl('zoom-out', '−', ui.zoomOut, state, actions)}
              ${windowControl('fit', ui.fit, undefined, state, actions)}`
            : nothing
        }
        <button
          type="button"
          data-key="view"
          tabindex=${tabindex('view')}
          @click=${actions.click}
          aria-pressed=${state.view === 'list' ? 'true' : 'false'}
        >
          ${ui.listView}
        </button>
      </div>
    </div>
  `;
}

/** A control that moves the drawn window: `aria-disabled` (still in the toolbar) in the list view. */
function windowControl(
  key: ToolbarControl,
  text: string,
  label: string | undefined,
  state: ToolbarState,
  actions: ToolbarActions,
): TemplateResult {
  return html`<button
    type="button"
    data-key=${key}
    tabindex=${key === state.tabStop ? 0 : -1}
    @click=${actions.click}
    aria-label=${label ?? nothing}
    title=${label ?? nothing}
    aria-disabled=${state.view === 'timeline' ? 'false' : 'true'}
  >
    ${text}
  </button>`;
}
