import type { ReactiveElement } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { DeepLinkController } from './deep-link-controller.js';
import { SelectionController, type SelectionOptions } from './selection-controller.js';
import { StoryController } from './story-controller.js';

export interface ReadingOptions extends Pick<SelectionOptions, 'chosen' | 'closed'> {
  /** The element's events (all of them, not only those shown). */
  events(): readonly PreparedEvent[];
  /** The events shown (the legend's filter applied), in time order. */
  shown(): readonly PreparedEvent[];
  /** An event that is not among `events` but was drawn from a query provider's answer. */
  answered(id: string): PreparedEvent | undefined;
  /** Whether the events are all there (no load in progress): links and stories wait for it. */
  ready(): boolean;
  format(): LocaleFormat;
  announce(text: string): void;
  /** The `deep-link` attribute as `DeepLinkOptions.name` reads it (undefined: off). */
  deepLink(): string | null | undefined;
  /** The `story` attribute as `StoryOptions.opening` reads it (undefined: off). */
  story(): string | null | undefined;
}

/**
 * Sets up how a reader comes to an open event: the selection and its card, the page's URL
 * (`deep-link`, opt-in) and story mode (`story`, opt-in). All three open events through the
 * selection's `choose`, so `ct-select` fires once whatever the way. The story is registered after
 * the deep links, so that on arrival a link's event wins over the story's opening. Returns the
 * selection, which is all the element needs a handle on.
 */
export function setUpReading(host: ReactiveElement, options: ReadingOptions): SelectionController {
  const { events, shown, ready, format, announce } = options;
  const selection: SelectionController = new SelectionController(host, {
    find: (id) => events().find((prepared) => prepared.event.id === id) ?? options.answered(id),
    shown,
    format,
    announce,
    chosen: options.chosen,
    closed: options.closed,
    cardExtras: (id) => deepLinks.renderCopyLink(id),
  });
  const selectedId = (): string | null => selection.id;
  const select = (id: string, animate: boolean): void => selection.choose(id, { reveal: true, animate });
  const deepLinks = new DeepLinkController(host, {
    name: options.deepLink,
    events,
    ready,
    selectedId,
    select,
    format,
    announce,
  });
  new StoryController(host, { opening: options.story, events, shown, ready, selectedId, select });
  return selection;
}
