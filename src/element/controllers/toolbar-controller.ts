/**
 * The toolbar's behaviour: its one tab stop (a roving tabindex over the legend entries, then the
 * controls), and what a button does (a legend entry hides or shows its type; the controls zoom,
 * fit and switch the view). The markup is `templates/toolbar.ts`.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { EventType } from '../../model/types.js';
import {
  TOOLBAR_CONTROLS,
  WINDOW_CONTROLS,
  toolbarTemplate,
  type ToolbarActions,
  type ToolbarControl,
} from '../templates/toolbar.js';
import { RovingTabindexController, type RovingItems } from './roving-tabindex-controller.js';

export interface ToolbarOptions {
  format(): LocaleFormat;
  types(): readonly EventType[];
  hiddenTypes(): ReadonlySet<EventType>;
  view(): 'timeline' | 'list';
  /** Whether the zoom and fit controls are there (the narrow layout has no window to move). */
  windowControls(): boolean;
  toggleType(type: EventType): void;
  toggleView(): void;
  fit(): void;
  zoom(factor: number): void;
}

export class ToolbarController {
  private readonly focus: RovingTabindexController;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: ToolbarOptions,
  ) {
    this.focus = new RovingTabindexController(host, {
      items: () => keyed(this.keys()),
      vertical: false,
      rtl: () => options.format().dir === 'rtl',
      focus: (key) => host.renderRoot.querySelector<HTMLElement>(`.toolbar [data-key="${CSS.escape(key)}"]`)?.focus(),
    });
  }

  render(): TemplateResult {
    const { options } = this;
    const state = {
      format: options.format(),
      view: options.view(),
      types: options.types(),
      hiddenTypes: options.hiddenTypes(),
      tabStop: this.focus.tabStopAmong(this.keys()),
      windowControls: options.windowControls(),
    };
    return toolbarTemplate(state, this.actions);
  }

  /** The buttons' keys in arrow order: legend entries (by type), then the controls. */
  private keys(): string[] {
    const controls = this.options.windowControls()
      ? TOOLBAR_CONTROLS
      : TOOLBAR_CONTROLS.filter((control) => !(WINDOW_CONTROLS as readonly string[]).includes(control));
    return [...this.options.types(), ...controls];
  }

  private readonly actions: ToolbarActions = {
    click: (event) => this.click((event.currentTarget as HTMLElement).dataset['key']),
    keydown: (event) => this.focus.handleKeydown(event),
    focusin: (event) => {
      const key = (event.target as HTMLElement).dataset['key'];
      if (key !== undefined) this.focus.handleFocusIn(key);
    },
  };

  private click(key: string | undefined): void {
    if (key === undefined) return;
    if (!(TOOLBAR_CONTROLS as readonly string[]).includes(key)) {
      this.options.toggleType(key as EventType);
      return;
    }
    const control = key as ToolbarControl;
    if (control === 'view') this.options.toggleView();
    // In the list view the window controls are aria-disabled (still in the arrow order) and do nothing.
    else if (this.options.view() !== 'timeline') return;
    else if (control === 'fit') this.options.fit();
    else this.options.zoom(control === 'zoom-in' ? 0.5 : 2);
  }
}

/** Items of a roving tabindex that are their own keys. */
function keyed(keys: readonly string[]): RovingItems {
  return { count: keys.length, keyAt: (index) => keys[index], indexOf: (key) => keys.indexOf(key) };
}
