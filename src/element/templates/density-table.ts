import { html, nothing, type TemplateResult } from 'lit';
import { aggregatePeriod } from '../../i18n/aggregate-period.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { DensityTable } from '../../layout/density-table.js';

/**
 * The text alternative of the drawing's density histogram: the number of events per period (a
 * row each, as the bars) and type (a column each), with totals, in the element's language and
 * digits. Visually hidden (the bars show it), outside the drawing, which assistive technology
 * does not read; screen readers reach it as a table.
 */
export function densityTableTemplate(table: DensityTable, format: LocaleFormat): TemplateResult | typeof nothing {
  if (!table.rows.length) return nothing;
  const { ui } = format;
  return html`
    <table part="counts" class="counts sr-only">
      <caption>
        ${ui.countsCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${ui.period}</th>
          ${table.types.map((type) => html`<th scope="col">${format.typeName(type)}</th>`)}
          <th scope="col">${ui.total}</th>
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${aggregatePeriod(row.start, row.end, format.lang, format.numerals)}</th>
              ${row.counts.map((count) => html`<td>${format.count(count)}</td>`)}
              <td>${format.count(row.total)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}
