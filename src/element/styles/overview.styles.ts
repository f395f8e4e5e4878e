import { css } from 'lit';

/**
 * The overview band (`templates/overview.ts`): titles of the events outside the drawing's window
 * stacked above a track of marks, the window as a brush, year ticks below. Positions are logical
 * (`inset-inline-start`), so right to left mirrors them.
 */
export const overviewStyles = css`
  .overview {
    position: relative;
    margin-block: 0.25rem 0.5rem;
    font-size: 12px;
    line-height: 1.25;
    color: var(--ct-text);
    user-select: none;
  }

  .overview-labels {
    position: relative;
    block-size: var(--ct-overview-room);
  }

  .overview-title,
  .overview-group {
    position: absolute;
    box-sizing: border-box;
    padding-inline-start: 4px;
    border-inline-start: 2px solid var(--ct-item-color, currentColor);
    cursor: pointer;
    unicode-bidi: isolate;
  }

  .overview-title {
    white-space: normal;
    overflow-wrap: anywhere;
  }

  .overview-group {
    white-space: nowrap;
    color: var(--ct-muted-text);
    font-style: italic;
    border-inline-start-style: dotted;
  }

  .overview-title:hover,
  .overview-group:hover {
    text-decoration: underline;
  }

  /* The track and the years: press to centre the window there, drag the frame to move it. */
  .overview-scrub {
    cursor: pointer;
    touch-action: none;
  }

  .overview-scrub .overview-brush {
    cursor: grab;
  }

  .overview-track {
    position: relative;
    block-size: 12px;
    border-block-end: 1px solid var(--ct-muted-text);
  }

  .overview-mark {
    position: absolute;
    inset-block: 2px;
    min-inline-size: 3px;
    border-radius: 2px;
    background: var(--ct-item-color, currentColor);
  }

  .overview-brush {
    position: absolute;
    inset-block: -3px -1px;
    border: 2px solid var(--ct-selected);
    border-radius: 3px;
    background: color-mix(in srgb, var(--ct-selected) 12%, transparent);
  }

  .overview-axis {
    position: relative;
    block-size: 1.4em;
    color: var(--ct-muted-text);
  }

  .overview-tick {
    position: absolute;
    transform: translateX(-50%);
  }

  :host(:dir(rtl)) .overview-tick,
  [dir='rtl'] .overview-tick {
    transform: translateX(50%);
  }

  @media (forced-colors: active) {
    .overview-mark {
      background: CanvasText;
    }
    .overview-brush {
      border-color: Highlight;
    }
  }
`;
