/**
 * A TimelineJS slide's `media` to the event model. An image (a link to a .jpg, .png, .gif, .webp,
 * .avif or .svg file, absolute or relative to the page, as TimelineJS reads it) becomes the
 * event's `media` with its alt text, caption and credit. Anything else TimelineJS would embed (a
 * video, a YouTube or Vimeo page, a tweet, a map, an iframe or blockquote embed code) becomes a
 * plain link, the event's `source.url` (credited to the media credit, or the link's host): the
 * element never embeds a frame or a script. TimelineJS slides carry no other source link, so
 * this never overwrites one.
 */
import { CONFLICT_EVENT_FIELDS } from '../model/spec.js';
import { readRelativeLink } from '../model/links.js';
import { htmlToText } from './html-text.js';
import { httpUrl } from './records.js';

/** What a slide's media adds to its event; `refused` when the link is not one the element can use. */
export interface SlideMedia {
  readonly fields: { readonly media?: object; readonly source?: object };
  readonly refused?: boolean;
}

/** Links to files a browser shows as an image, by the path's extension. */
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

/** Hosts whose pages are players or posts even when a path ends like an image. */
const EMBED_HOST =
  /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|instagram\.com|soundcloud\.com|dailymotion\.com)$/i;

/** Embed codes longer than this are not searched for a link. */
const MAX_EMBED_LENGTH = 10_000;

export function convertSlideMedia(media: Record<string, unknown>, lang: string): SlideMedia {
  const raw = typeof media.url === 'string' ? media.url.trim() : '';
  if (!raw) return { fields: {} };
  const image = imageLink(raw);
  if (image !== undefined) return { fields: { media: imageMedia(image, media, lang) } };
  const link = httpUrl(raw) ?? embeddedLink(raw);
  if (!link) return { fields: {}, refused: true };
  const outlet = plainText(media.credit) || link.host;
  return { fields: { source: { outlet: { [lang]: outlet }, language: lang, url: link.href } } };
}

/** The link, repaired as the validator would, when it names an image the element may show. */
function imageLink(raw: string): string | undefined {
  const reading = readRelativeLink(raw, CONFLICT_EVENT_FIELDS.media.fields.url);
  if (!('url' in reading)) return undefined;
  const url = new URL(reading.url, 'https://page.invalid/');
  return IMAGE_PATH.test(url.pathname) && !EMBED_HOST.test(url.hostname) ? reading.url : undefined;
}

function imageMedia(url: string, media: Record<string, unknown>, lang: string): object {
  const text = (value: unknown) => {
    const plain = plainText(value);
    return plain ? { [lang]: plain } : undefined;
  };
  // TimelineJS3 names the alt text `alt`; some exports write `alt_text`.
  const alt = text(media.alt) ?? text(media.alt_text);
  const caption = text(media.caption);
  const credit = text(media.credit);
  return { url, ...(alt && { alt }), ...(caption && { caption }), ...(credit && { credit }) };
}

/**
 * The link inside an embed code: an iframe's `src`; in a post's `<blockquote>` (a tweet, an
 * Instagram post) its last `href`, the link to the post itself (its `<script src>` is the
 * platform's widget, not the post).
 */
function embeddedLink(code: string): URL | undefined {
  if (!code.startsWith('<') || code.length > MAX_EMBED_LENGTH) return undefined;
  const links = (attribute: string) =>
    [...code.matchAll(new RegExp(`\\s${attribute}\\s*=\\s*["']?(https?://[^"'\\s>]+)`, 'gi'))].map((match) => match[1]);
  const found = /^<iframe\b/i.test(code) ? links('src')[0] : (links('href').at(-1) ?? links('src')[0]);
  return found ? httpUrl(htmlToText(found)) : undefined;
}

function plainText(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value) : '';
}
