/**
 * A corpus of hostile strings, and the traps that tell whether one of them ran. Every payload that
 * executes sets `window.__pwned` (to its own name, so a failure says which) or creates an element
 * that the DOM watchers report.
 */
import type { ConflictEvent } from '../../src/model/types.js';

export interface Payload {
  readonly name: string;
  readonly text: string;
}

/** `window.__pwned = '<name>'` as script source, for payloads to embed. */
const pwn = (name: string) => `window.__pwned='${name}'`;

// No newline in any payload: the markup reader collapses whitespace, and the text must read back exactly.
export const PAYLOADS: readonly Payload[] = [
  { name: 'script', text: `<script>${pwn('script')}</script>` },
  { name: 'script-src', text: `<script src="data:text/javascript,${pwn('script-src')}"></script>` },
  { name: 'img-onerror', text: `<img src=x onerror="${pwn('img-onerror')}">` },
  { name: 'svg-onload', text: `<svg onload="${pwn('svg-onload')}"></svg>` },
  { name: 'svg-script', text: `<svg><script>${pwn('svg-script')}</script></svg>` },
  { name: 'iframe-srcdoc', text: `<iframe srcdoc="<script>parent.__pwned='iframe-srcdoc'</script>"></iframe>` },
  { name: 'iframe-js', text: `<iframe src="javascript:parent.__pwned='iframe-js'"></iframe>` },
  { name: 'a-javascript', text: `<a href="javascript:${pwn('a-javascript')}">click</a>` },
  { name: 'javascript-url', text: `javascript:${pwn('javascript-url')}` },
  { name: 'data-url', text: `data:text/html,<script>parent.__pwned='data-url'</script>` },
  { name: 'attribute-breakout', text: `"><img src=x onerror="${pwn('attribute-breakout')}">` },
  { name: 'tag-breakout', text: `</span></div><img src=x onerror="${pwn('tag-breakout')}">` },
  { name: 'details-ontoggle', text: `<details open ontoggle="${pwn('details-ontoggle')}">x</details>` },
  { name: 'input-autofocus', text: `<input autofocus onfocus="${pwn('input-autofocus')}">` },
  { name: 'mutation-xss', text: `<math><mtext><table><mglyph><style><img src=x onerror="${pwn('mutation-xss')}">` },
  { name: 'noscript-mxss', text: `<noscript><p title="</noscript><img src=x onerror=${pwn('noscript-mxss')}>">` },
  { name: 'style-tag', text: `<style>*{display:none!important}</style>` },
  { name: 'template-literal', text: '${' + pwn('template-literal') + '}' },
  { name: 'angular', text: `{{constructor.constructor("${pwn('angular')}")()}}` },
  { name: 'lit-marker', text: `<!--?lit$123$-->{{x}}<?lit$1$>` },
  { name: 'entities', text: `&lt;img src=x onerror=&quot;${pwn('entities')}&quot;&gt;` },
  { name: 'entity-amp', text: `&amp;lt;script&amp;gt;${pwn('entity-amp')}&amp;lt;/script&amp;gt;` },
  { name: 'rlo', text: `\u202Etxt.exe\u202C then more text` },
  { name: 'rlo-unbalanced', text: `abc\u202Edef` },
  { name: 'rli-lri', text: `\u2067رسالة\u2066 mixed \u2068` },
  { name: 'rtl-mark', text: `\u200F\u061C٣ \u200E-1 ` + 'x' },
  { name: 'proto-key', text: `__proto__` },
];

/** The bidirectional formatting characters: embeddings, overrides, isolates and marks. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Elements that must never come from data. */
export const FORBIDDEN_ELEMENTS =
  'script, img, svg, iframe, object, embed, math, details, input, style, link, base, form, noscript, video, audio, frame, frameset, a';

/** Attributes that take a URL; none may hold a javascript: or data: one. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcdoc',
  'data',
  'poster',
  'background',
  'ping',
  'srcset',
];

/** A day of its own for payload `index`, one year apart, so the level of detail draws each one. */
export function dayOf(index: number): string {
  return `${2001 + index}-0${(index % 9) + 1}-1${index % 10}`;
}

/** One event per payload, the payload in every text field. */
export function payloadEvents(): ConflictEvent[] {
  return PAYLOADS.map(({ text }, index) => ({
    id: `p${index}`,
    start: dayOf(index),
    title: { en: text, ar: text },
    summary: { en: text },
    category: 'air-strike',
    actors: { actor1: { en: text }, actor2: { en: text }, associated: [{ en: text }] },
    location: { name: { en: text } },
    source: { outlet: { en: text }, language: 'en', quote: text, url: `javascript:window.__pwned='url-${index}'` },
  }));
}

/** Events with a payload where only a hostile value is refused: the category, the id, a language key. */
export function refusedEvents(): unknown[] {
  return [
    {
      id: 'bad-category',
      start: '2030-01-01',
      title: { en: 'Bad category' },
      category: `<img src=x onerror="${pwn('category')}">`,
    },
    { id: `"><img src=x onerror="${pwn('id')}">`, start: '2031-01-01', title: { en: 'Hostile id' } },
    {
      id: 'bad-lang',
      start: '2032-01-01',
      title: { en: 'Hostile language key', [`<img src=x onerror="${pwn('lang')}">`]: 'x' },
    },
    {
      id: 'bad-source-lang',
      start: '2033-01-01',
      title: { en: 'Hostile source language' },
      source: { outlet: { en: 'O' }, language: `"><img src=x onerror="${pwn('source-language')}">` },
    },
  ];
}

export function resetTrap(): void {
  delete (window as { __pwned?: unknown }).__pwned;
}

export function pwned(): unknown {
  return (window as { __pwned?: unknown }).__pwned;
}

/** Lets asynchronous payloads (onerror, onload, ontoggle, srcdoc frames) fire if they were created. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Records every forbidden element added to the document or to the given shadow roots (vis-timeline
 * draws inside the element's shadow root, which a document observer does not see).
 */
export function watchForInjectedElements(ignore: (node: Element) => boolean = () => false): {
  observe(root: Node): void;
  stop(): string[];
} {
  const found: string[] = [];
  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || ignore(node)) continue;
        if (node.matches(FORBIDDEN_ELEMENTS)) found.push(node.outerHTML.slice(0, 120));
        for (const inner of node.querySelectorAll(FORBIDDEN_ELEMENTS)) found.push(inner.outerHTML.slice(0, 120));
      }
    }
  };
  const observer = new MutationObserver(take);
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true });
  observe(document);
  return {
    observe,
    stop() {
      take(observer.takeRecords());
      observer.disconnect();
      return found;
    },
  };
}

/** Forbidden elements, event-handler attributes and script URLs anywhere under `root`. */
export function dangerousMarkup(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(FORBIDDEN_ELEMENTS)) problems.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`${element.localName}[${attribute.name}]`);
      if (
        URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) &&
        /^\s*(javascript|data|vbscript):/i.test(attribute.value)
      ) {
        problems.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
      }
    }
  }
  return problems;
}

/** The texts a reader sees for the payloads, in corpus order. */
export const PAYLOAD_TEXTS: readonly string[] = PAYLOADS.map(({ text }) => text);
