import { css } from 'lit';

/**
 * The narrow layout: the vertical drawing (a rail on the start side, mirrored by logical
 * properties in Arabic) and the compact toolbar above it. Category colours come from the same
 * `ct-type-*` classes as the wide drawing's items (`--ct-item-color`).
 */
export const verticalStyles = css`
  .vertical {
    /* Unbounded by default (the page scrolls, as a news site's timeline does); a page may bound it. */
    max-height: var(--ct-vertical-height, none);
    overflow-y: auto;
    --ct-v-rail-width: 3.4rem;
    --ct-v-rail-x: calc(var(--ct-v-rail-width) - 0.9rem);
  }

  .v-rows {
    position: relative;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
  }

  /* The rail: one line down the start side, behind the markers. */
  .v-rows::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--ct-v-rail-x) - 1px);
    border-inline-start: 2px solid var(--ct-grid);
  }

  .v-entry,
  .v-break {
    position: relative;
    display: grid;
    grid-template-columns: var(--ct-v-rail-width) minmax(0, 1fr);
  }

  .v-entry {
    /* Time since the previous event, at the layout's scale (set per row). */
    margin-block-start: var(--ct-v-gap, 0px);
    padding-block: 0.15rem;
    border-radius: var(--ct-radius);
    cursor: pointer;
  }

  .v-entry:hover .v-title {
    text-decoration: underline;
  }

  .v-rail {
    position: relative;
    min-height: var(--ct-v-bar, 0px);
  }

  .v-year {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.1rem;
    width: calc(var(--ct-v-rail-x) - 0.7rem);
    font-size: 12px;
    font-weight: 700;
    line-height: 1.2;
    color: var(--ct-axis-text);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .v-marker {
    position: absolute;
    inset-inline-start: var(--ct-v-rail-x);
    translate: -50% 0;
    forced-color-adjust: none;
  }

  .base[dir='rtl'] .v-marker {
    translate: 50% 0;
  }

  /* A day: a dot on the rail, level with the date line. */
  .v-dot {
    inset-block-start: 0.25rem;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--ct-item-color);
    border: 2px solid var(--ct-item-color);
    box-shadow: 0 0 0 2px var(--ct-background);
  }

  /* A span (a month, a year, a range): a bar as long as its time, soft at both ends. */
  .v-bar {
    inset-block-start: 0.15rem;
    width: 0.55rem;
    height: var(--ct-v-bar);
    border-radius: 999px;
    background: linear-gradient(
      to bottom,
      color-mix(in srgb, var(--ct-item-color) 25%, transparent),
      var(--ct-item-color) 20%,
      var(--ct-item-color) 80%,
      color-mix(in srgb, var(--ct-item-color) 25%, transparent)
    );
  }

  /* Longer than the bar can say: it fades out, open-ended. */
  .v-bar.v-cut {
    background: linear-gradient(
      to bottom,
      color-mix(in srgb, var(--ct-item-color) 25%, transparent),
      var(--ct-item-color) 15%,
      var(--ct-item-color) 60%,
      transparent
    );
  }

  /* As in the wide drawing: an approximate or uncertain date is dotted, not solid. */
  .ct-approximate .v-dot,
  .ct-uncertain .v-dot {
    background: var(--ct-background);
    border-style: dotted;
  }

  .ct-approximate .v-bar,
  .ct-uncertain .v-bar {
    background: repeating-linear-gradient(to bottom, var(--ct-item-color) 0 4px, transparent 4px 7px);
  }

  .v-text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    padding-inline-end: 0.25rem;
  }

  .v-date {
    font-size: 12px;
    line-height: 1.3;
    color: var(--ct-muted-text);
  }

  /* The whole title, wrapped: never cut. */
  .v-title {
    font-size: 14px;
    line-height: 1.3;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .ct-reader-comment .v-title {
    font-style: italic;
  }

  .v-entry.selected {
    /* Scrolled into view above the details sheet. */
    scroll-margin-block-end: 46vh;
    background: color-mix(in srgb, var(--ct-item-color) 16%, var(--ct-background));
    box-shadow: inset 0 0 0 2px var(--ct-selected);
  }

  .v-entry.ct-focused {
    outline: 3px solid var(--ct-focus-ring);
    outline-offset: -3px;
  }

  /* A gap too long to draw: the rail broken (dashed) and how long it is. */
  .v-break {
    min-height: 1.1rem;
    align-items: center;
  }

  .v-break .v-rail {
    align-self: stretch;
  }

  .v-break .v-rail::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--ct-v-rail-x) - 1px);
    border-inline-start: 2px dashed var(--ct-muted-text);
    background: var(--ct-background);
  }

  .v-gap-text {
    font-size: 12px;
    line-height: 1.2;
    font-style: italic;
    color: var(--ct-muted-text);
  }

  /* The compact toolbar: small type, tight gaps, no window controls (see the toolbar template). */
  .base.narrow {
    gap: 0.25rem;
    padding: 0.25rem;
  }

  .narrow .toolbar,
  .narrow .legend {
    gap: 0.25rem;
  }

  .narrow .legend button,
  .narrow .controls button {
    font-size: 12px;
    min-height: 1.75rem;
    padding: 0.1rem 0.4rem;
    white-space: nowrap;
  }

  .narrow .controls {
    flex: none;
    margin-inline-start: auto;
  }

  /*
   * The details of the selected event, under a long drawing: kept in view at the bottom of the
   * screen (a sheet over the rail) while the drawing is, so that a tap shows them where it is.
   */
  .narrow .details {
    position: sticky;
    inset-block-end: 0;
    z-index: 4;
    max-height: 45vh;
    overflow-y: auto;
    box-shadow: 0 -4px 12px rgb(0 0 0 / 0.18);
  }

  @media (forced-colors: active) {
    .v-dot,
    .v-bar {
      background: CanvasText;
      border-color: CanvasText;
    }
    .v-entry.selected,
    .v-entry.ct-focused {
      outline: 3px solid Highlight;
    }
  }
`;
