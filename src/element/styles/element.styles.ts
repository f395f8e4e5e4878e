import { visTimelineStyles } from '../../generated/vis-timeline.styles.js';
import { baseStyles } from './base.styles.js';
import { categoryColourStyles } from './category-colours.styles.js';
import { densityStyles } from './density.styles.js';
import { drawingStyles } from './drawing.styles.js';
import { loadProgressStyles } from './load-progress.styles.js';
import { mediaStyles } from './media.styles.js';
import { overviewStyles } from './overview.styles.js';
import { precisionKeyStyles } from './precision-key.styles.js';
import { printStyles } from './print.styles.js';
import { storyStyles } from './story.styles.js';
import { verticalStyles } from './vertical.styles.js';

/**
 * The element's stylesheets in cascade order: vis-timeline's own first, then the theme and the
 * layout (base), the drawing, and one sheet per part or mode after them, which may refine both.
 */
export const elementStyles = [
  visTimelineStyles,
  baseStyles,
  drawingStyles,
  categoryColourStyles,
  precisionKeyStyles,
  overviewStyles,
  verticalStyles,
  densityStyles,
  mediaStyles,
  printStyles,
  loadProgressStyles,
  storyStyles,
];
