import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PrecisionKeyStrings } from '../../i18n/locales.js';
import type { PrecisionKind } from '../../model/events-summary.js';

export type { PrecisionKind } from '../../model/events-summary.js';

/**
 * The mark of each kind, with the classes the drawing's items carry for it (the styles that draw
 * an item of that precision draw the key's mark too): a day is a point, a month or a year a span
 * with soft edges, an approximate or uncertain date dotted.
 */
const MARK_CLASSES: Readonly<Record<PrecisionKind, string>> = {
  day: 'ct-key-point ct-precision-day',
  span: 'ct-key-span ct-precision-month',
  approximate: 'ct-key-span ct-precision-day ct-approximate',
  uncertain: 'ct-key-span ct-precision-day ct-uncertain',
};

/**
 * A one-line key below the drawing saying how it draws precision, with only the kinds the shown
 * events use, and only when they use more than one (one kind needs no key). Not a control and not
 * read out: the drawing it explains is hidden from assistive technology, and the list it stands
 * for says every date in words ("about …", "(?)").
 */
export function precisionKeyTemplate(
  format: LocaleFormat,
  kinds: readonly PrecisionKind[],
): TemplateResult | typeof nothing {
  if (kinds.length < 2) return nothing;
  const words = format.ui.precisionKey;
  return html`<div class="key-row">
    <p part="key" class="key" aria-hidden="true">
      <span class="key-label">${words.label}</span>
      ${kinds.map((kind) => keyEntry(kind, words))}
    </p>
  </div>`;
}

function keyEntry(kind: PrecisionKind, words: PrecisionKeyStrings): TemplateResult {
  return html`<span class="key-entry" data-kind=${kind}
    ><span class="ct-key-mark ${MARK_CLASSES[kind]}"></span>${words[kind]}</span
  >`;
}
