import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { pickedLang, type PreparedEvent } from '../../model/prepared.js';
import type { EventSource } from '../../model/types.js';

/**
 * What a printed entry adds to the list's date, title and summary: where the event comes from
 * (the outlet, and its link written out, since paper has no links), and the line the details show
 * when only a reader's comment, not the article, reports it. Only printed (`.print-only`): on
 * screen the details panel says the same, and the list stays short.
 */
export function printSourceTemplate(prepared: PreparedEvent, format: LocaleFormat): TemplateResult | typeof nothing {
  const { source, reportedBy } = prepared.event;
  const { ui } = format;
  const readerComment = reportedBy === 'reader-comment';
  if (!source && !readerComment) return nothing;
  return html`<div class="print-only">
    ${source ? sourceLine(source, format) : nothing}
    ${readerComment ? html`<p class="print-provenance">${ui.reportedBy}: ${ui.readerComment}</p>` : nothing}
  </div>`;
}

/** "Source: Al-Araby Al-Jadeed — https://…", the link as text (isolated: a URL is left to right). */
function sourceLine(source: EventSource, format: LocaleFormat): TemplateResult {
  const outlet = format.text(source.outlet);
  const parts = [
    outlet ? html`<bdi lang=${pickedLang(source.outlet, format.lang)}>${outlet}</bdi>` : nothing,
    outlet && source.url ? ' — ' : '',
    source.url ? html`<bdi class="print-url" dir="ltr">${source.url}</bdi>` : nothing,
  ];
  return html`<p class="print-source">${format.ui.source}: ${parts}</p>`;
}
