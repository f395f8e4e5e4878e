import { css } from 'lit';

/**
 * The precision key below the drawing (`part="key"`): one line at common widths, wrapping when
 * narrow. Its marks take their colours, borders and fills from the rules that draw the items
 * (drawing.styles.ts, `.ct-key-mark`); here only their size and place, and a neutral
 * colour (the key is about precision, not category).
 */
export const precisionKeyStyles = css`
  /*
   * The key explains the wide drawing's marks: hidden when the element is narrow (480 px or less,
   * where the layout is vertical). The row is a size container, so the query follows the element's
   * own width, not the viewport's; the row's own content never sizes the element.
   */
  .key-row {
    container: ct-key / inline-size;
  }

  .key {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin: 0;
    color: var(--ct-muted-text);
    font-size: 0.75rem;
    line-height: 1.4;
  }

  /* 462 px: the row's width in an element of 480 px (its 1 px borders and --ct-spacing padding). */
  @container ct-key (max-width: 462px) {
    .key {
      display: none;
    }
  }

  .key-entry {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    white-space: nowrap;
  }

  .ct-key-mark {
    --ct-item-color: var(--ct-muted-text);
    display: inline-block;
    flex: none;
    border-style: solid;
    border-radius: 2px;
  }

  /* A day: the dot vis-timeline draws under a day's box (a 4 px border all round). */
  .ct-key-mark.ct-key-point {
    width: 0;
    height: 0;
    border-width: 4px;
    border-radius: 4px;
  }

  .ct-key-mark.ct-key-span {
    width: 2.25rem;
    height: 0.9rem;
  }
`;
