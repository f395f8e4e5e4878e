/**
 * Bundle-only substitute (src/bundle-substitutes/: modules the self-contained bundle swaps in for
 * a package, through the `replacements` of scripts/rollup-plugin-trim-vis.js in rollup.config.js;
 * no source file imports them, so the npm build and the tests keep the real packages).
 *
 * What the self-contained bundle gives vis-timeline instead of the `xss` package (11 KB of
 * sanitiser and 8 KB of CSS filter, gzip-compressed about 6.6 KB).
 *
 * vis-timeline passes strings through `new FilterXSS().process()` before it assigns them to
 * `innerHTML`. This element hands it DOM nodes for every item and group and plain text for the
 * axis labels, so no markup is ever wanted there: escaping every string shows it literally, which
 * is stricter than sanitising (nothing from data can become an element), and what reaches
 * `innerHTML` never contains `<`, as the Trusted Types policy in `security/` expects.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The one part of the `xss` package's API vis-timeline 8 uses. */
export class FilterXSS {
  process(html: string): string {
    return escapeHtml(html);
  }
}

export default { FilterXSS };
