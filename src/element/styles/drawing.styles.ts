import { css } from 'lit';

/**
 * The drawing: vis-timeline restyled through the theme (axis, grid, lane names), the items by
 * category and by how precise their dates are, selection and keyboard focus, and the cards (a
 * day's date over its whole title, wrapped). The precision key's marks share these rules, so the
 * key always looks like what it explains. After base.styles.ts in the element's list.
 */
export const drawingStyles = css`
  /* vis-timeline, restyled through the theme. */
  .vis-timeline {
    border: none;
    font-family: var(--ct-font-family);
  }

  .vis-time-axis .vis-text {
    color: var(--ct-axis-text);
  }

  .vis-time-axis .vis-grid.vis-minor,
  .vis-time-axis .vis-grid.vis-major,
  .vis-panel.vis-center,
  .vis-panel.vis-left,
  .vis-panel.vis-right,
  .vis-panel.vis-top,
  .vis-panel.vis-bottom {
    border-color: var(--ct-grid);
  }

  .vis-labelset .vis-label {
    color: var(--ct-text);
    border-color: var(--ct-grid);
  }

  /* A lane's name wraps in a column of at most 11em instead of being cut at its edge. */
  .vis-labelset .vis-label .vis-inner {
    box-sizing: border-box;
    max-inline-size: 11em;
    padding: 6px 8px;
    white-space: normal;
    line-height: 1.3;
    /* Room for the glyphs' full height (an Arabic font's ascent exceeds the line). */
    padding-block: 6px;
  }

  /*
   * Category colours by class, never by a style attribute (a strict CSP blocks those): items,
   * legend swatches and the details panel all read --ct-item-color.
   */
  .ct-type-strategic-developments,
  .vis-item {
    --ct-item-color: var(--ct-color-strategic-developments);
  }
  .ct-type-battles {
    --ct-item-color: var(--ct-color-battles);
  }
  .ct-type-explosions-remote-violence {
    --ct-item-color: var(--ct-color-explosions-remote-violence);
  }
  .ct-type-violence-against-civilians {
    --ct-item-color: var(--ct-color-violence-against-civilians);
  }
  .ct-type-protests {
    --ct-item-color: var(--ct-color-protests);
  }
  .ct-type-riots {
    --ct-item-color: var(--ct-color-riots);
  }

  /* The precision key's marks (.ct-key-mark) are drawn by the same rules as the items they explain. */
  .vis-item,
  .ct-key-mark {
    color: var(--ct-text);
    background: color-mix(in srgb, var(--ct-item-color) 16%, var(--ct-background));
    border-color: var(--ct-item-color);
    border-width: 2px;
    font-size: var(--ct-font-size);
  }

  .vis-item.vis-line,
  .vis-item.vis-dot,
  .ct-key-mark.ct-key-point {
    background: var(--ct-item-color);
  }

  /* A month or a year is drawn over its whole span with soft, dashed edges: never a fake day. */
  .vis-item.vis-range.ct-precision-month,
  .vis-item.vis-range.ct-precision-year,
  .ct-key-mark.ct-precision-month {
    border-style: dashed;
    background: linear-gradient(
      to right,
      transparent,
      color-mix(in srgb, var(--ct-item-color) 22%, var(--ct-background)) 15%,
      color-mix(in srgb, var(--ct-item-color) 22%, var(--ct-background)) 85%,
      transparent
    );
  }

  /* After the precision rule, and as specific: an approximate or uncertain span is dotted. */
  .vis-item.vis-range.ct-uncertain,
  .vis-item.vis-range.ct-approximate,
  .vis-item.ct-uncertain,
  .vis-item.ct-approximate,
  .ct-key-mark.ct-uncertain,
  .ct-key-mark.ct-approximate {
    border-style: dotted;
  }

  .vis-item.ct-reader-comment {
    opacity: 0.8;
  }

  /* vis-timeline's own selected colour (pale yellow) is unreadable in the dark theme. */
  .vis-item.vis-selected {
    border-color: var(--ct-selected);
    background: color-mix(in srgb, var(--ct-item-color) 30%, var(--ct-background));
    z-index: 2;
  }

  .vis-item.vis-box.vis-selected,
  .vis-item.vis-range.vis-selected {
    box-shadow: 0 0 0 2px var(--ct-selected);
  }

  .vis-item.ct-focused {
    outline: 3px solid var(--ct-focus-ring);
    outline-offset: 2px;
    z-index: 3;
  }

  .vis-item .vis-item-content {
    padding: 2px 6px;
  }

  /*
   * A span's card stays inside the span (vis-timeline stacks a span by its own width, unless its
   * content may overflow, when it reserves the content's width too and pushes its neighbours to
   * other rows). A span too narrow for a readable line shows no text: its bar, with the title in
   * the tooltip, the list and the overview.
   */
  .vis-range .vis-item-overflow {
    container-type: inline-size;
  }

  /*
   * vis-timeline's span content is an inline block on the baseline of a line box sized by the
   * page's font: on some pages it rises above the span's top edge. A block has no line box.
   */
  .vis-item.vis-range .vis-item-content {
    display: block;
    /* Room for the glyphs' full height: an Arabic font's ascent and descent exceed the line height, and the span clips. */
    padding-block: 6px;
  }

  @container (max-width: 5em) {
    .vis-item.vis-range .vis-item-content {
      display: none;
    }
  }

  /*
   * A card: the date as the source phrases it, small and muted, over the whole title, wrapped
   * (never cut: a title is what a reader came for). A day's card is at most
   * --ct-label-max-width wide; a span's text may use the span's width, and wraps there too.
   */
  .ct-card {
    display: block;
    white-space: normal;
    line-height: 1.3;
  }

  .vis-item.vis-box .ct-card {
    width: max-content;
    text-align: start;
    max-width: min(var(--ct-label-max-width, 22em), calc(35cqi - 24px));
  }

  .ct-item-date {
    display: block;
    font-size: var(--ct-date-font-size, 0.8571em);
    color: var(--ct-muted-text);
    unicode-bidi: isolate;
  }

  .ct-item-label {
    display: block;
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .vis-item {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }
    .vis-item.vis-selected,
    .vis-item.ct-focused {
      outline: 3px solid Highlight;
    }
  }
`;
