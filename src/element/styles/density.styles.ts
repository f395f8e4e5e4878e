import { css } from 'lit';

/**
 * The density histogram (`src/timeline/density-layer.ts`), drawn in vis-timeline's centre panel
 * behind its items: bars in the category colours (the legend's `--ct-item-color`), a count scale
 * of a few gridlines, and a tooltip for the hovered or keyboard-focused count.
 */
export const densityStyles = css`
  .ct-density {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }

  .ct-density[hidden],
  .ct-density-tip[hidden] {
    display: none;
  }

  /* The bars are behind the items: the items' box lets the pointer through to them. */
  .vis-panel.vis-center:has(> .ct-density:not([hidden])) > .vis-content {
    pointer-events: none;
  }
  .vis-panel.vis-center:has(> .ct-density:not([hidden])) .vis-item {
    pointer-events: auto;
  }

  .ct-density-line {
    position: absolute;
    inset-inline: 0;
    border-top: 1px dashed var(--ct-border);
  }

  /* The scale's numbers at the start edge, over the bars, on the background so they stay readable. */
  .ct-density-value {
    position: absolute;
    inset-inline-start: 4px;
    bottom: 1px;
    z-index: 1;
    padding: 0 4px;
    border-radius: 3px;
    font-size: 0.75rem;
    line-height: 1.3;
    color: var(--ct-muted-text);
    background: color-mix(in srgb, var(--ct-background) 85%, transparent);
  }

  .ct-density-bar {
    position: absolute;
    top: 0;
    bottom: 0;
    cursor: zoom-in;
  }

  .ct-density-segment {
    position: absolute;
    inset-inline: 0;
    background: var(--ct-item-color);
    forced-color-adjust: none;
  }

  .ct-density-segment.ct-hovered {
    background: color-mix(in srgb, var(--ct-item-color) 75%, var(--ct-text));
  }

  .ct-density-segment.ct-focused {
    outline: 3px solid var(--ct-focus-ring);
    outline-offset: 1px;
    z-index: 2;
  }

  .ct-density-tip {
    position: absolute;
    top: 2px;
    z-index: 3;
    max-width: min(24em, 100%);
    box-sizing: border-box;
    padding: 4px 8px;
    border: 1px solid var(--ct-border);
    border-radius: var(--ct-radius);
    background: var(--ct-surface);
    color: var(--ct-text);
    font-size: 0.8125rem;
    line-height: 1.4;
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
  }

  @media (forced-colors: active) {
    .ct-density-segment {
      background: CanvasText;
      border-top: 1px solid Canvas;
    }
    .ct-density-segment.ct-focused,
    .ct-density-segment.ct-hovered {
      background: Highlight;
      outline-color: Highlight;
    }
  }
`;
