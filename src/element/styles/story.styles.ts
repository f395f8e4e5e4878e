import { css } from 'lit';

/**
 * The card of the selected event read as a story (`part="details"`): a heading in large type, the
 * date under it, the text at a reading measure, the source's sentence with its outlet, and at its
 * foot Previous/Next (`part="story-nav"`) and Copy link (`part="copy-link"`). Layout only; colours
 * come from the theme's custom properties.
 */
export const storyStyles = css`
  .details {
    line-height: 1.5;
  }

  .details h2 {
    font-size: 1.3rem;
    line-height: 1.3;
  }

  .details .summary,
  .details .quote,
  .details .explanation {
    max-width: 70ch;
  }

  .details .summary {
    margin: 0.5rem 0;
  }

  .details .quote {
    margin: 0.5rem 0;
  }

  .details .quote blockquote {
    margin: 0;
  }

  .details .quote figcaption {
    margin-block-start: 0.25rem;
    padding-inline-start: 0.75rem;
    color: var(--ct-muted-text);
    font-size: 0.9em;
  }

  .details a {
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }

  .details .host {
    color: var(--ct-muted-text);
    font-size: 0.9em;
  }

  .story-nav {
    display: flex;
    align-items: center;
    gap: var(--ct-spacing);
    margin-block-start: 0.75rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--ct-border);
  }

  .story-nav button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }

  .story-nav .story-next {
    margin-inline-start: auto;
  }

  .story-counter {
    color: var(--ct-muted-text);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* The counter sits between the buttons, centred when there is room. */
  .story-nav .story-counter {
    flex: 1;
    text-align: center;
  }

  .copy-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--ct-spacing);
    margin-block-start: 0.5rem;
  }

  .copy-link .copied {
    color: var(--ct-muted-text);
  }

  .copy-link .link-field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex-basis: 100%;
    color: var(--ct-muted-text);
  }

  .copy-link input {
    font: inherit;
    color: var(--ct-text);
    background: var(--ct-background);
    border: 1px solid var(--ct-border);
    border-radius: var(--ct-radius);
    padding: 0.25rem 0.5rem;
  }

  .copy-link input:focus-visible {
    outline: 3px solid var(--ct-focus-ring);
    outline-offset: 2px;
  }

  @media print {
    .story-nav,
    .copy-link {
      display: none;
    }
  }
`;
