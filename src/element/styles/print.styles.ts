import { css } from 'lit';

/**
 * Printed, the element is its event list: every shown event (the list renders them all while the
 * page prints, see ListPagingController) as a dated list with its summary, source and any "not the
 * article" line, in the element's language and direction. No toolbar, controls, drawing, key or
 * details panel; an event is never split across pages; dark themes print dark on white.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }

  @media print {
    /* As specific as the dark-theme rules, and after them: paper is white whatever the theme. */
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      color-scheme: light;
      --ct-background: #ffffff;
      --ct-surface: #ffffff;
      --ct-text: #000000;
      --ct-muted-text: #3b4350;
      --ct-border: #c9ced6;
      --ct-grid: #d5d9df;
      border: none;
      contain: none;
    }

    .base {
      padding: 0;
    }

    /* Only the list, and what the element says about its data. */
    .base > :not(.events, .notice, .empty) {
      display: none !important;
    }

    /* In the timeline view the list is visually hidden: on paper it is the view. */
    .events.sr-only {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }

    .events .more {
      display: none;
    }

    .list li {
      break-inside: avoid;
      padding: 0.4rem 0;
    }

    .entry {
      padding: 0;
    }

    .entry .title {
      font-weight: 600;
    }

    .print-only {
      display: block;
    }

    .print-only p {
      margin: 0.15rem 0 0;
      color: var(--ct-muted-text);
      font-size: 0.8125rem;
    }

    .print-url {
      overflow-wrap: anywhere;
    }
  }
`;
