import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nothing, type TemplateResult } from 'lit';
import { emit, type CtProgressDetail } from '../../dom-events/events.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { loadProgressTemplate, loadProgressText } from '../templates/load-progress.js';

/** A load shorter than this shows no indicator (most files: a flash would only distract). */
export const SHOW_INDICATOR_AFTER_MS = 300;
/** `ct-progress` and the indicator's text change at most this often. */
export const PROGRESS_EVERY_MS = 100;
/** The indicator's words for assistive technology change at most this often (no flood of announcements). */
export const SPEAK_EVERY_MS = 5_000;

export interface LoadProgressOptions {
  /** How the element writes (language and digits). */
  format(): LocaleFormat;
  /** Says a sentence in the element's polite live region. */
  announce(text: string): void;
  /** The clock (milliseconds); tests may give their own. */
  now?(): number;
}

/**
 * How far the load of a `src` has come, told two ways: the `ct-progress` event (at most every
 * `PROGRESS_EVERY_MS`, and once with the final counts), and, for a load that lasts longer than
 * `SHOW_INDICATOR_AFTER_MS`, a visible indicator (rows read, a bar when the size is known). The
 * indicator is a polite status whose spoken words change at most every `SPEAK_EVERY_MS`; its end
 * is announced once.
 */
export class LoadProgressController implements ReactiveController {
  /** The latest counts of the load under way, or null when none is. */
  private latest: CtProgressDetail | null = null;
  /** The counts the last `ct-progress` carried, and when it went out. */
  private emitted: CtProgressDetail | null = null;
  private emittedAt = -Infinity;
  /** The indicator's words for assistive technology, and when they last changed. */
  private spoken = '';
  private spokenAt = -Infinity;
  private visible = false;
  private showTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LoadProgressOptions,
  ) {
    host.addController(this);
  }

  /** A load begins: the indicator appears if it is still going after `SHOW_INDICATOR_AFTER_MS`. */
  started(): void {
    this.clear();
    this.latest = { rows: 0, bytes: 0 };
    this.showTimer = setTimeout(() => this.showIndicator(), SHOW_INDICATOR_AFTER_MS);
  }

  /** New counts of the load under way. */
  advanced(progress: CtProgressDetail): void {
    if (!this.latest) return;
    this.latest = progress;
    if (this.now() - this.emittedAt >= PROGRESS_EVERY_MS) this.publish();
  }

  /** The load has read its source: the final counts go out, the indicator goes (saying so if it was shown). */
  finished(): void {
    if (!this.latest) return;
    if (this.latest !== this.emitted) this.publish();
    if (this.visible) {
      const format = this.options.format();
      this.options.announce(format.ui.loaded(format.count(this.latest.rows), this.latest.rows));
    }
    this.clear();
  }

  /** The load was dropped (a newer source, a disconnection): the indicator goes, nothing is said. */
  stopped(): void {
    this.clear();
  }

  hostDisconnected(): void {
    this.clear();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.visible || !this.latest) return nothing;
    const { rows, bytes, totalBytes } = this.latest;
    return loadProgressTemplate({
      format: this.options.format(),
      rows,
      spoken: this.spoken,
      ...(totalBytes ? { fraction: Math.min(1, bytes / totalBytes) } : {}),
    });
  }

  private showIndicator(): void {
    this.showTimer = undefined;
    if (!this.latest) return;
    this.visible = true;
    this.redraw();
  }

  /** `ct-progress` with the latest counts, and the indicator (if shown) redrawn with them. */
  private publish(): void {
    if (!this.latest) return;
    this.emitted = this.latest;
    this.emittedAt = this.now();
    emit(this.host, 'ct-progress', this.latest);
    this.redraw();
  }

  private redraw(): void {
    if (!this.visible || !this.latest) return;
    const now = this.now();
    if (now - this.spokenAt >= SPEAK_EVERY_MS) {
      this.spoken = loadProgressText(this.options.format(), this.latest.rows);
      this.spokenAt = now;
    }
    this.host.requestUpdate();
  }

  private clear(): void {
    if (this.showTimer !== undefined) clearTimeout(this.showTimer);
    this.showTimer = undefined;
    const wasVisible = this.visible;
    this.latest = this.emitted = null;
    this.emittedAt = this.spokenAt = -Infinity;
    this.spoken = '';
    this.visible = false;
    if (wasVisible) this.host.requestUpdate();
  }

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }
}
