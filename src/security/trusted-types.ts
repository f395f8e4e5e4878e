/**
 * Trusted Types support for pages that enforce them (`require-trusted-types-for 'script'`).
 *
 * The element itself writes no HTML: Lit renders through its own `lit-html` policy and the
 * adapter hands vis-timeline DOM nodes. vis-timeline, though, assigns strings to `innerHTML`
 * (it clears boxes with `innerHTML = ""` and writes the axis labels it gets from our formatters
 * with `innerHTML = xss(text)`); under enforcement each of those throws. This opt-in `default`
 * policy lets exactly the strings that cannot create markup through: a string without `<`
 * cannot open a tag, so parsed as HTML it only ever gives text (character references included).
 * Anything else is refused (the browser reports the violation and blocks the write).
 *
 * It is a page-wide policy, so the library never installs it by itself: a page that enforces
 * Trusted Types calls `installInertHtmlPolicy()` before the element first renders and allows the
 * name in its CSP: `trusted-types lit-html default`.
 */

/** What `installInertHtmlPolicy` did. */
export type InertHtmlPolicyStatus =
  /** The policy is now the page's default policy. */
  | 'installed'
  /** The browser has no Trusted Types: nothing is enforced, nothing is needed. */
  | 'unsupported'
  /** The page already has a default policy: it must let the empty string and tag-less text through. */
  | 'exists'
  /** The page's CSP does not allow a policy named `default`. */
  | 'refused';

/** Whether `html`, parsed as HTML anywhere, can only give text: it has no `<`, so no tag. */
export function isInertHtml(html: string): boolean {
  return !html.includes('<');
}

interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createHTML?: (input: string) => string | null }): unknown;
}

/** Installs the `default` Trusted Types policy that allows only inert (tag-less) HTML. Never throws. */
export function installInertHtmlPolicy(): InertHtmlPolicyStatus {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return 'unsupported';
  if (factory.defaultPolicy) return 'exists';
  try {
    // Returning null refuses: the browser blocks the write and reports a violation.
    factory.createPolicy('default', { createHTML: (input) => (isInertHtml(input) ? input : null) });
    return 'installed';
  } catch {
    return 'refused';
  }
}
