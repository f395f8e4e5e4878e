/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else the document's, else English.
 */
export function resolveLang(element: HTMLElement): string {
  // The property first: a Lit property set in script is reflected to the attribute only later.
  if (element.lang) return element.lang;
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  return document.documentElement.lang || 'en';
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
