import { css } from 'lit';

/**
 * An event's picture in the details card (`part="media"`, see templates/media.ts). The image box
 * has a fixed aspect ratio (`--ct-media-aspect-ratio`, 3 / 2 by default), so the card keeps its
 * height while the image loads or when it fails; the whole picture is shown (`contain`), never
 * cropped, since a crop can change what a news photo says.
 */
export const mediaStyles = css`
  .media {
    margin: 0.5rem 0;
    max-width: 32rem;
  }

  .media-box {
    position: relative;
    aspect-ratio: var(--ct-media-aspect-ratio, 3 / 2);
    border-radius: var(--ct-radius);
    background: var(--ct-border);
    overflow: hidden;
  }

  .media-box img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }

  .media-fallback {
    display: none;
    margin: 0;
    padding: 0.75rem;
    color: var(--ct-muted-text);
  }

  .media-fallback span {
    display: block;
    font-weight: 600;
  }

  .media[data-broken] img {
    display: none;
  }

  .media[data-broken] .media-fallback {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.25rem;
    height: 100%;
    box-sizing: border-box;
    border: 1px dashed var(--ct-muted-text);
    border-radius: var(--ct-radius);
    background: var(--ct-surface);
  }

  .media figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    margin-top: 0.25rem;
    font-size: 0.875rem;
  }

  .media .credit {
    color: var(--ct-muted-text);
    font-size: 0.8rem;
  }
`;
