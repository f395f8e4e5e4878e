import { css, unsafeCSS } from 'lit';

/** The default of `--ct-timeline-height`: the tallest the drawing grows before it scrolls. */
export const TIMELINE_HEIGHT_PX = 560;

/** How much higher than `--ct-timeline-height` a drawing with lanes may grow: every lane in view. */
export const LANES_GROWTH = 1.5;

/**
 * The dark theme's values: one list for `theme="dark"` and for a system that prefers dark. The
 * category colours (here and in the light list) keep 3:1 against the background and stay apart
 * under simulated protanopia, deuteranopia and tritanopia by lightness as well as hue (see
 * category-colours.styles.ts).
 */
const darkTheme = css`
  color-scheme: dark;
  --ct-background: #15181d;
  --ct-surface: #20252c;
  --ct-text: #eceff3;
  --ct-muted-text: #b8c0cc;
  --ct-border: #3a424d;
  --ct-axis-text: #c9d1dc;
  --ct-grid: #2a3038;
  --ct-focus-ring: #8ab4ff;
  --ct-selected: #8ab4ff;
  --ct-color-battles: #fc857d;
  --ct-color-explosions-remote-violence: #eba760;
  --ct-color-violence-against-civilians: #bd83c5;
  --ct-color-protests: #8ec1fe;
  --ct-color-riots: #ffe374;
  --ct-color-strategic-developments: #65e0aa;
`;

/**
 * The element's own styles. Theme values are custom properties so pages can restyle it from
 * outside (`--ct-*`), and dark values apply with `theme="dark"` or, with `theme="auto"` (default),
 * when the reader's system prefers a dark scheme.
 */
export const baseStyles = css`
  :host {
    --ct-font-family: 'Noto Sans Arabic', 'Noto Sans', system-ui, sans-serif;
    --ct-font-size: 0.875rem;
    --ct-background: #ffffff;
    --ct-surface: #f5f6f8;
    --ct-text: #1b1f24;
    --ct-muted-text: #4a525c;
    --ct-border: #c9ced6;
    --ct-axis-text: #3b4350;
    --ct-grid: #e4e7ec;
    --ct-focus-ring: #1155cc;
    --ct-selected: #1155cc;
    --ct-spacing: 0.5rem;
    --ct-radius: 6px;
    --ct-timeline-height: ${unsafeCSS(TIMELINE_HEIGHT_PX)}px;
    --ct-color-battles: #ab170e;
    --ct-color-explosions-remote-violence: #bc5806;
    --ct-color-violence-against-civilians: #723391;
    --ct-color-protests: #286aba;
    --ct-color-riots: #79662e;
    --ct-color-strategic-developments: #228455;

    display: block;
    position: relative;
    box-sizing: border-box;
    font-family: var(--ct-font-family);
    font-size: var(--ct-font-size);
    color: var(--ct-text);
    background: var(--ct-background);
    border: 1px solid var(--ct-border);
    border-radius: var(--ct-radius);
    contain: content;
  }

  /*
   * English text from the Latin font first: with the Arabic font first, an English page loaded it
   * for its spaces and digits alone (a second font file before the first render), and its digits
   * stood among Noto Sans letters. A page's own --ct-font-family still wins.
   */
  :host(:lang(en)) {
    --ct-font-family: 'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    ${darkTheme}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTheme}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--ct-spacing);
    padding: var(--ct-spacing);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ct-spacing);
  }

  .toolbar .spacer {
    flex: 1;
  }

  button {
    font: inherit;
    color: var(--ct-text);
    background: var(--ct-surface);
    border: 1px solid var(--ct-border);
    border-radius: var(--ct-radius);
    padding: 0.25rem 0.6rem;
    min-height: 2rem;
    min-width: 2rem;
    cursor: pointer;
  }

  /* The list-view toggle when on: visibly pressed, not only announced as pressed. */
  .controls button[aria-pressed='true'] {
    background: var(--ct-text);
    color: var(--ct-background);
  }

  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }

  button:hover {
    border-color: var(--ct-muted-text);
  }

  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--ct-focus-ring);
    outline-offset: 2px;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--ct-spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 1.75rem;
    padding: 0.1rem 0.5rem;
  }

  .legend button[aria-pressed='false'] {
    opacity: 0.75;
    text-decoration: line-through;
  }

  .swatch {
    display: inline-block;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 2px;
    background: var(--ct-item-color);
    border: 1px solid var(--ct-item-color);
    forced-color-adjust: none;
  }

  /*
   * As tall as what vis-timeline draws: it grows with the stack up to --ct-timeline-height (half
   * as high again with lanes, LANES_GROWTH), then scrolls; see VisAdapter.keepHeight.
   */
  .timeline {
    /* A card's width is a share of the drawing's (35cqi): a narrow element keeps room for it. */
    container-type: inline-size;
    position: relative;
    min-height: 12rem;
  }

  .timeline[hidden] {
    display: none;
  }

  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--ct-color-battles);
    border-inline-start-width: 4px;
    border-radius: var(--ct-radius);
    background: var(--ct-surface);
    color: var(--ct-text);
  }

  .notice ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-height: 6rem;
    overflow: auto;
    overflow-wrap: anywhere;
  }

  .empty {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--ct-border);
    border-radius: var(--ct-radius);
    background: var(--ct-surface);
    color: var(--ct-muted-text);
  }

  .details {
    position: relative;
    padding: 0.75rem 1rem;
    border: 1px solid var(--ct-border);
    border-inline-start: 4px solid var(--ct-item-color);
    border-radius: var(--ct-radius);
    background: var(--ct-surface);
    overflow-wrap: anywhere;
  }

  .details h2 {
    margin: 0 0 0.25rem;
    padding-inline-end: 2.5rem;
    font-size: 1.1rem;
  }

  .details .date {
    margin: 0 0 0.5rem;
    color: var(--ct-muted-text);
    font-weight: 600;
  }

  .details .close {
    position: absolute;
    inset-inline-end: 0.5rem;
    top: 0.5rem;
  }

  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
  }

  .details dt {
    color: var(--ct-muted-text);
  }

  .details dd {
    margin: 0;
  }

  blockquote {
    margin: 0.5rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--ct-border);
    font-style: normal;
  }

  .list {
    margin: 0;
    padding-inline-start: 1.5rem;
  }

  .list li {
    padding: 0.35rem 0;
    border-bottom: 1px solid var(--ct-grid);
  }

  .list p {
    margin: 0.25rem 0 0;
  }

  /* An entry is a button (it opens the details) that reads as a line of the list. */
  .entry {
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-start;
    width: 100%;
    padding: 0.15rem 0.25rem;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  /* The comma is for the accessible name ("title, date"); the date sits on its own line. */
  .entry .comma {
    font-size: 0;
  }

  .entry[aria-expanded='true'] .title {
    text-decoration: underline;
  }

  .more {
    margin-top: var(--ct-spacing);
  }

  .list .date {
    color: var(--ct-muted-text);
    font-weight: 600;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Where an event's values come from: under its facts, smaller, each line its own. */
  .details .provenance {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
    color: var(--ct-muted-text);
  }

  .details .provenance li + li {
    margin-block-start: 0.25rem;
  }

  .details .provenance strong {
    color: var(--ct-text);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .legend button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
