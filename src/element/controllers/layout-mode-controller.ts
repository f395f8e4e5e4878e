import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LayoutMode = 'wide' | 'narrow';

/** At this width (px, the element's border box) or less, the element lays its events out vertically. */
export const NARROW_MAX_WIDTH = 480;

/**
 * How much wider than `NARROW_MAX_WIDTH` a narrow element must grow before it is wide again. The
 * layouts differ in height, so a switch can add or remove the page's scroll bar (up to ~17 px),
 * which changes the width back: without this margin the two layouts would take turns forever.
 */
const WIDEN_MARGIN = 24;

/** The mode for a width, given the current one (the margin above applies on the way back to wide). */
export function layoutModeFor(width: number, current: LayoutMode): LayoutMode {
  if (width <= NARROW_MAX_WIDTH) return 'narrow';
  if (current === 'narrow' && width <= NARROW_MAX_WIDTH + WIDEN_MARGIN) return 'narrow';
  return 'wide';
}

/**
 * Whether the element is wide or narrow: its own width (a ResizeObserver on the host), not the
 * viewport's, so an element in a narrow column of a wide page is narrow too. Measured once when
 * it connects (so the first drawing is already the right one), then followed; a hidden element
 * (width 0) keeps its mode. It asks its host to update when the mode changes.
 */
export class LayoutModeController implements ReactiveController {
  private current: LayoutMode = 'wide';
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get mode(): LayoutMode {
    return this.current;
  }

  hostConnected(): void {
    this.follow(this.host.getBoundingClientRect().width);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = entry?.borderBoxSize?.[0]?.inlineSize ?? this.host.getBoundingClientRect().width;
      // In the next frame: switching now would resize what other observers watch (the wide
      // drawing's box) within this delivery, which the browser reports as a ResizeObserver loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.follow(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  private follow(width: number): void {
    if (!(width > 0)) return;
    const next = layoutModeFor(width, this.current);
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }
}
