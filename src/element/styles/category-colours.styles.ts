import { css } from 'lit';

/**
 * Category colours under forced colours (Windows High Contrast and the like). The items already
 * take the system's colours there; the marks that kept the author's colours (`forced-color-adjust:
 * none` on the legend's swatches, a day's dot and line, a count badge) would keep the light or
 * dark theme's colour on whatever Canvas the reader chose: a pale dark-theme colour on a white
 * Canvas is 1.5:1. In forced colours the category is told by the legend's words and the details,
 * not by colour, so these marks take the system's text colour too (WCAG 1.4.11: 3:1 or more).
 *
 * The light and dark palettes themselves are the `--ct-color-*` defaults in
 * base.styles.ts; `test/a11y/category-contrast.test.ts` measures all of them.
 */
export const categoryColourStyles = css`
  @media (forced-colors: active) {
    .legend .swatch,
    .vis-item.vis-line,
    .vis-item.vis-dot {
      background: CanvasText;
      border-color: CanvasText;
    }

    .vis-item.vis-range.ct-aggregate {
      background: CanvasText;
      color: Canvas;
    }
  }
`;
