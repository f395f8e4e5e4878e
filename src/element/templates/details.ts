import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { pickedLang, type PreparedEvent } from '../../model/prepared.js';
import type { ConflictEvent } from '../../model/types.js';
import { provenanceLines, type ProvenanceLine } from '../../i18n/provenance.js';
import { mediaTemplate } from './media.js';

export interface DetailsActions {
  close(): void;
  keydown(event: KeyboardEvent): void;
}

/** The details of the selected event: title, date (and how precise it is), summary, quote, facts. */
export function detailsTemplate(
  prepared: PreparedEvent,
  format: LocaleFormat,
  actions: DetailsActions,
): TemplateResult {
  const { event } = prepared;
  const { ui, lang } = format;
  const explanation = format.dateExplanation(prepared);
  return html`
    <section
      id="ct-details"
      part="details"
      class="details ct-type-${prepared.eventType}"
      aria-labelledby="ct-details-title"
      @keydown=${actions.keydown}
    >
      <h2 id="ct-details-title" lang=${pickedLang(event.title, lang)} dir="auto">${format.text(event.title)}</h2>
      <p class="date">${format.date(prepared)}</p>
      ${mediaTemplate(event.media, format)} ${explanation ? html`<p class="explanation">${explanation}</p>` : nothing}
      ${event.summary ? html`<p lang=${pickedLang(event.summary, lang)} dir="auto">${format.text(event.summary)}</p>` : nothing}
      ${event.source?.quote ? html`<blockquote lang=${event.source.language || 'ar'} dir="auto">${event.source.quote}</blockquote>` : nothing}
      <dl>
        ${detailRow(ui.category, format.typeName(prepared.eventType))}
        ${detailRow(ui.actors, actorsText(event, format))} ${detailRow(ui.location, format.text(event.location?.name))}
        ${detailRow(ui.source, format.text(event.source?.outlet))}
        ${event.reportedBy === 'reader-comment' ? detailRow(ui.reportedBy, ui.readerComment) : nothing}
      </dl>
      ${provenanceTemplate(provenanceLines(event, { lang, numerals: format.numerals }))}
      <button type="button" class="close" @click=${actions.close} aria-label=${ui.close} title=${ui.close}>×</button>
    </section>
  `;
}

/**
 * Where the values come from: the figure, the toll, how a relative date was read, every value
 * from outside the source ("Not from the article: …", with its link), the editor's note. Data
 * text is text, never markup; a link only for http(s), as the validator keeps it.
 */
function provenanceTemplate(lines: readonly ProvenanceLine[]): TemplateResult | typeof nothing {
  if (!lines.length) return nothing;
  return html`<ul class="provenance" part="provenance">
    ${lines.map(
      (line) =>
        html`<li class="provenance-${line.kind}">
          <strong>${line.label}:</strong> <bdi lang=${line.lang}>${line.text}</bdi>
          ${line.quote ? html` <q lang=${line.quote.lang} dir="auto">${line.quote.text}</q>` : nothing}
          ${line.url ? html` <a href=${line.url} rel="noopener noreferrer" target="_blank">${hostOf(line.url)}</a>` : nothing}
        </li>`,
    )}
  </ul>`;
}

/** A link's visible text: its host, short and telling ("apnews.com"). */
function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function detailRow(label: string, value: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<dt>${label}</dt>
    <dd><bdi>${value}</bdi></dd>`;
}

function actorsText(event: ConflictEvent, format: LocaleFormat): string {
  const { actors } = event;
  if (!actors) return '';
  const names = [actors.actor1, actors.actor2, ...(actors.associated ?? [])].map((actor) => format.text(actor));
  return format.list(names.filter(Boolean));
}
