import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { quote } from '../../model/validate-text.js';
import { readFragment, writeFragment, type FragmentReading } from '../deep-link-fragment.js';
import { copyLinkTemplate, type CopyLinkState } from '../templates/story-controls.js';

export interface DeepLinkOptions {
  /** Off (undefined), on without a name (null: the whole fragment is an id), or on with a name (`#name=id`). */
  name(): string | null | undefined;
  /** The element's events (all of them, not only those shown). */
  events(): readonly PreparedEvent[];
  /** Whether the events are all there (no load in progress): an id is looked up only then. */
  ready(): boolean;
  selectedId(): string | null;
  /**
   * Selects the event the link names (opening its card, firing `ct-select`); `animate`: false for
   * the link the page was opened with (the drawing jumps there), true for a later `hashchange`.
   */
  select(id: string, animate: boolean): void;
  format(): LocaleFormat;
  announce(text: string): void;
}

/**
 * Deep links (opt-in, `deep-link`): the page's URL fragment names the selected event. Reading:
 * on load, when new data arrives and on `hashchange` (a pasted link, Back), a known id is
 * selected; an unknown, empty or unreadable fragment selects nothing (an unknown id is named in
 * a console warning). Writing: every selection rewrites this timeline's part of the fragment with
 * `history.replaceState`, so stepping through events adds no history entries (Back leaves the
 * page or the state the reader came from, not the last event). Only the window the element lives
 * in is touched (an iframe's own), never the top-level page. Off, it never reads or writes the URL.
 */
export class DeepLinkController implements ReactiveController {
  /** The name the controller was set up for (undefined: off). */
  private name: string | null | undefined;
  private listening?: AbortController;
  /** The fragment must be read again (on connection, a change of name, new data, `hashchange`). */
  private pending = false;
  /** The events the fragment was last read for. */
  private readFor?: readonly PreparedEvent[];
  /** The id the URL holds for this timeline, as far as the controller knows. */
  private written: string | null = null;
  /** The fragment has been followed once since the set-up: later readings are the reader's moves. */
  private arrived = false;
  private copy: (CopyLinkState & { readonly id: string }) | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DeepLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.name = undefined;
  }

  hostDisconnected(): void {
    this.listening?.abort();
    this.listening = undefined;
  }

  hostUpdated(): void {
    const name = this.options.name();
    if (name !== this.name || (name !== undefined && !this.listening)) this.setUp(name);
    if (this.name === undefined) return;
    const events = this.options.events();
    if (events !== this.readFor) this.pending = true;
    if (this.pending && this.options.ready() && events.length) {
      this.pending = false;
      this.readFor = events;
      this.follow(readFragment(this.window()?.location.hash ?? '', this.name), this.arrived);
      this.arrived = true;
    } else if (!this.pending) this.write(this.options.selectedId());
  }

  /** The card's "Copy link" for the event `id` (nothing with deep links off). */
  renderCopyLink(id: string): TemplateResult | typeof nothing {
    // The attribute as it is now: this render may come before the update that sets the controller up.
    if (this.options.name() === undefined) return nothing;
    const url = this.linkTo(id);
    const state = this.copy?.id === id ? { ...this.copy, url } : { url, copied: false, manual: false };
    return copyLinkTemplate(state, this.options.format(), { copy: () => this.copyLink(id) });
  }

  private setUp(name: string | null | undefined): void {
    this.listening?.abort();
    this.listening = undefined;
    this.name = name;
    this.written = null;
    this.readFor = undefined;
    this.arrived = false;
    const window = this.window();
    if (name === undefined || !window) return;
    this.listening = new AbortController();
    window.addEventListener('hashchange', this.onHashChange, { signal: this.listening.signal });
    this.pending = true;
  }

  private readonly onHashChange = (): void => {
    this.pending = true;
    this.host.requestUpdate();
  };

  /** Selects what the fragment names, if it is an event here (moving there animated or not). */
  private follow(reading: FragmentReading, animate: boolean): void {
    if (reading.kind === 'unreadable') {
      console.warn(
        `<conflict-timeline>: the link's fragment is not an event id; nothing selected: ${quote(reading.text)}`,
      );
      return;
    }
    if (reading.kind === 'none') return;
    const { id } = reading;
    if (!this.options.events().some((prepared) => prepared.event.id === id)) {
      // A page's own anchor (`#section-2`) is not a broken link to an event.
      if (this.name !== null || !this.host.ownerDocument.getElementById(id))
        console.warn(`<conflict-timeline>: the link names no event here; nothing selected: ${quote(id)}`);
      return;
    }
    this.written = id;
    if (this.options.selectedId() !== id) this.options.select(id, animate);
  }

  /** Puts the selected event's id in the fragment (or takes it out), if it is not there already. */
  private write(id: string | null): void {
    if (id === this.written) return;
    this.written = id;
    const window = this.window();
    if (!window) return;
    try {
      const { location, history } = window;
      const hash = writeFragment(location.hash, this.name ?? null, id);
      if (hash === location.hash) return;
      // Replace, not push: see the class comment. The page's own history state is kept.
      history.replaceState(history.state, '', `${withoutFragment(location.href)}${hash}`);
    } catch {
      // A sandboxed frame or an opaque origin may refuse: the selection still stands.
    }
  }

  private linkTo(id: string): string {
    const location = this.window()?.location;
    if (!location) return '';
    return `${withoutFragment(location.href)}${writeFragment(location.hash, this.options.name() ?? null, id)}`;
  }

  private copyLink(id: string): void {
    const url = this.linkTo(id);
    const clipboard = this.window()?.navigator.clipboard;
    const done = (copied: boolean): void => {
      this.copy = { id, url, copied, manual: !copied };
      this.host.requestUpdate();
      if (copied) this.options.announce(this.options.format().ui.story.linkCopied);
      // By hand: the field gets focus, which selects the link for Ctrl+C.
      else
        void this.host.updateComplete.then(() =>
          this.host.renderRoot.querySelector<HTMLInputElement>('.link-field input')?.focus(),
        );
    };
    if (!clipboard?.writeText) return done(false);
    clipboard.writeText(url).then(
      () => done(true),
      () => done(false),
    );
  }

  private window(): Window | null {
    return this.host.ownerDocument.defaultView;
  }
}

function withoutFragment(href: string): string {
  const at = href.indexOf('#');
  return at < 0 ? href : href.slice(0, at);
}
