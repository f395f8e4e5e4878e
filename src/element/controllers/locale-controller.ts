import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocaleFormat } from '../../i18n/locale-format.js';
import type { NumeralSystem } from '../../i18n/numerals.js';
import { inheritedLang, langRoots } from '../../i18n/resolve-lang.js';

/** What the controller reads from its element: its own `lang` and digits. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
  numerals: NumeralSystem;
}

/**
 * The language an element speaks and everything written in it. The language is the element's
 * own `lang`, else the nearest ancestor's (across shadow roots), else the document's; a change
 * of any of these, at any time, updates the element (a `MutationObserver` on the `lang`
 * attributes of the roots the element sits in).
 */
export class LocaleController implements ReactiveController {
  private inherited = 'en';
  private observer?: MutationObserver;
  private current?: LocaleFormat;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  /** The effective language (a BCP 47 tag). */
  get lang(): string {
    return this.host.lang || this.inherited;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.format.dir;
  }

  /**
   * The formatting for the current language and digits: the same object until either changes,
   * so that a new one means new text (derived state compares it by identity).
   */
  get format(): LocaleFormat {
    const { lang } = this;
    const { numerals } = this.host;
    if (this.current?.lang !== lang || this.current.numerals !== numerals)
      this.current = new LocaleFormat(lang, numerals);
    return this.current;
  }

  hostConnected(): void {
    this.inherited = inheritedLang(this.host);
    this.observer = new MutationObserver(() => this.followInherited());
    for (const root of langRoots(this.host))
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private followInherited(): void {
    const inherited = inheritedLang(this.host);
    if (inherited === this.inherited) return;
    this.inherited = inherited;
    // Only an element without a language of its own speaks the inherited one.
    if (!this.host.lang) this.host.requestUpdate();
  }
}
