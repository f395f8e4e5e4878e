import { css } from 'lit';

/** The indicator of a long `src` load (`part="progress"`): one line, its bar filling the rest when the size is known. */
export const loadProgressStyles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--ct-border);
    border-radius: var(--ct-radius);
    background: var(--ct-surface);
    color: var(--ct-text);
  }

  .progress-bar {
    flex: 1 1 8rem;
    min-width: 6rem;
    height: 0.5rem;
    accent-color: var(--ct-focus-ring);
  }
`;
