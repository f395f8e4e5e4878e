/**
 * The language an element speaks: its own `lang`, else the one it inherits (see `inheritedLang`).
 */
export function resolveLang(element: HTMLElement): string {
  // The property first: a Lit property set in script is reflected to the attribute only later.
  return element.lang || inheritedLang(element);
}

/**
 * The language an element inherits: the nearest ancestor's `lang` (crossing shadow roots), else
 * the document's, else English.
 */
export function inheritedLang(element: Element): string {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  return document.documentElement.lang || 'en';
}

/**
 * The roots whose `lang` attributes an element inherits from: the shadow roots it sits in, from
 * the nearest out, then its document. Watching these (subtree) sees every ancestor's change.
 */
export function langRoots(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(root);
  return roots;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
