import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { pickedLang } from '../../model/prepared.js';
import type { EventMedia } from '../../model/types.js';

/**
 * An event's picture in its details card: a `<figure>` whose image sits in a box of fixed aspect
 * ratio (the card does not move when it loads, lazily), with the alt text in the reader's language
 * and the caption and credit under it. An image that does not load (a dead link, a page's CSP
 * that blocks its host) gives way to its alt text in the same box, never a broken-image icon.
 *
 * Every value is text or an attribute value, never markup; the link is one the validator kept
 * (http(s) or relative to the page), and an image source is not a script sink under Trusted Types.
 */
export function mediaTemplate(
  media: EventMedia | undefined,
  format: LocaleFormat,
): ReturnType<typeof keyed> | typeof nothing {
  if (!media) return nothing;
  const { lang, ui } = format;
  const alt = format.text(media.alt);
  const caption = format.text(media.caption);
  const credit = format.text(media.credit);
  // Keyed by the link: another event's picture gets a fresh figure, so a broken mark never carries over.
  return keyed(
    media.url,
    html`<figure class="media" part="media">
      <div class="media-box">
        <img
          src=${media.url}
          alt=${alt}
          lang=${alt ? pickedLang(media.alt, lang) : nothing}
          loading="lazy"
          decoding="async"
          referrerpolicy="no-referrer"
          @error=${markBroken}
        />
        <p class="media-fallback">
          <span>${ui.imageUnavailable}</span>
          ${alt ? html`<bdi lang=${pickedLang(media.alt, lang)}>${alt}</bdi>` : nothing}
        </p>
      </div>
      ${
        caption || credit
          ? html`<figcaption>
              ${caption ? html`<span lang=${pickedLang(media.caption, lang)} dir="auto">${caption}</span>` : nothing}
              ${credit ? html`<small class="credit" lang=${pickedLang(media.credit, lang)} dir="auto">${credit}</small>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`,
  );
}

/**
 * The figure's `broken` state. Lit binds no attribute of the figure (its `class` and `part` are
 * static), so setting one here never fights a render; `keyed` above starts each picture afresh.
 */
function markBroken(event: Event): void {
  const image = event.currentTarget as HTMLImageElement;
  image.closest('figure')?.setAttribute('data-broken', '');
}
