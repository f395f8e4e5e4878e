import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { ValidationIssue } from '../../model/validate.js';

/** Problems listed in the notice at most (the console and `ct-error` have them all). */
const LISTED_ISSUES = 50;

/**
 * The visible notice of problems in the data: a summary in the element's language, then the
 * messages (in English, as the console and `ct-error` give them).
 */
export function noticeTemplate(
  issues: readonly ValidationIssue[],
  shown: number,
  format: LocaleFormat,
): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return html`
    <div part="notice" class="notice" role="alert">
      ${format.ui.dataProblems(errors, issues.length - errors, shown)}
      <ul dir="ltr" lang="en">
        ${issues.slice(0, LISTED_ISSUES).map((issue) => html`<li>${issue.message}</li>`)}
      </ul>
    </div>
  `;
}

/** What an element with no data of its own (and no default) says: how to give it data. */
export function emptyStateTemplate(format: LocaleFormat): TemplateResult {
  return html`<p part="empty" class="empty">${format.ui.noData}</p>`;
}
