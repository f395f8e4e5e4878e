import { html, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';

/** What the indicator shows. */
export interface LoadProgressView {
  readonly format: LocaleFormat;
  /** Rows read so far. */
  readonly rows: number;
  /** The share of the body received (0–1), when its size is known. */
  readonly fraction?: number;
  /** The words for assistive technology (changed less often than the visible ones). */
  readonly spoken: string;
}

/** "Loading events… 12,345 rows read" in the element's language and digits ("Loading events…" before the first row). */
export function loadProgressText(format: LocaleFormat, rows: number): string {
  const { ui } = format;
  return rows > 0 ? `${ui.loading} ${ui.rowsRead(format.count(rows), rows)}` : ui.loading;
}

/**
 * The indicator of a long `src` load: a polite status. Its visible text changes with every
 * update and is hidden from assistive technology, which reads `spoken` instead; the bar (when
 * the size is known) is named by the same words.
 */
export function loadProgressTemplate({ format, rows, fraction, spoken }: LoadProgressView): TemplateResult {
  const text = loadProgressText(format, rows);
  return html`
    <div part="progress" class="progress" role="status">
      <span class="progress-text" aria-hidden="true">${text}</span>
      ${
        fraction === undefined
          ? html`<progress class="progress-bar" aria-label=${format.ui.loading}></progress>`
          : html`<progress class="progress-bar" aria-label=${format.ui.loading} max="1" .value=${fraction}></progress>`
      }
      <span class="sr-only">${spoken}</span>
    </div>
  `;
}
