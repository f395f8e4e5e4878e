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

/**
 * The card of the selected event: title, date as the source phrases it (and how precise it is),
 * summary, the source's own sentence with its outlet, facts, where the values come from, then
 * `footer` (Previous/Next, Copy link).
 */
export function detailsTemplate(
  prepared: PreparedEvent,
  format: LocaleFormat,
  actions: DetailsActions,
  footer: TemplateResult | typeof nothing = nothing,
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
      ${explanation ? html`<p class="explanation">${explanation}</p>` : nothing} ${mediaTemplate(event.media, format)}
      ${summaryTemplate(event, format)} ${quoteTemplate(event, format)}
      <dl>
        ${detailRow(ui.category, format.typeName(prepared.eventType))}
        ${detailRow(ui.actors, actorsText(event, format))} ${detailRow(ui.location, format.text(event.location?.name))}
        ${sourceRow(event, format)}
        ${event.reportedBy === 'reader-comment' ? detailRow(ui.reportedBy, ui.readerComment) : nothing}
      </dl>
      ${provenanceTemplate(provenanceLines(event, { lang, numerals: format.numerals }))} ${footer}
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

/** The source's own sentence, as it wrote it, with the outlet under it. */
function quoteTemplate(event: ConflictEvent, format: LocaleFormat): TemplateResult | typeof nothing {
  const source = event.source;
  if (!source?.quote) return nothing;
  const outlet = format.text(source.outlet);
  return html`<figure class="quote">
    <blockquote lang=${source.language || 'ar'} dir="auto">${source.quote}</blockquote>
    ${outlet ? html`<figcaption>— <bdi lang=${pickedLang(source.outlet, format.lang)}>${outlet}</bdi></figcaption>` : nothing}
  </figure>`;
}

/** The outlet, a link to the report when there is one (http or https only, as the validator keeps it). */
function sourceRow(event: ConflictEvent, format: LocaleFormat): TemplateResult | typeof nothing {
  const outlet = format.text(event.source?.outlet);
  const url = event.source?.url;
  if (!outlet) return nothing;
  if (!url || !/^https?:\/\//i.test(url)) return detailRow(format.ui.source, outlet);
  return html`<dt>${format.ui.source}</dt>
    <dd>
      <a href=${url} rel="noopener noreferrer" target="_blank"><bdi>${outlet}</bdi></a>
      <span class="host">· <bdi dir="ltr">${hostOf(url)}</bdi></span>
    </dd>`;
}

/** The summary, in the reader's language if it has it (one line of markup: its text is compared exactly). */
function summaryTemplate(event: ConflictEvent, format: LocaleFormat): TemplateResult | typeof nothing {
  if (!event.summary) return nothing;
  const lang = pickedLang(event.summary, format.lang);
  return html`<p class="summary" lang=${lang} dir="auto">${format.text(event.summary)}</p>`;
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
