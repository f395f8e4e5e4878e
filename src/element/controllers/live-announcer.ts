import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the element's polite live region says (`text`, rendered into a `role="status"` region). */
export class LiveAnnouncer implements ReactiveController {
  text = '';
  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text`, even when it is what was said last. */
  announce(text: string): void {
    // The same sentence twice would not be read again: clear first, then say it on the next frame.
    this.set('');
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.set(text);
    });
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private set(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
