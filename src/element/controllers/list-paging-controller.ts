import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Events the list renders at a time (100,000 list items at once would freeze the page): a page
 * around the current event, grown on demand.
 */
export const LIST_PAGE = 500;

/**
 * While the list is not what the reader waits for (in the timeline view it is visually hidden),
 * its page starts with this many entries and grows by `LIST_GROWTH` in idle time, so the drawing
 * comes first.
 */
export const LIST_FIRST = 20;
export const LIST_GROWTH = 100;
/**
 * Longest the growth waits for the drawing's first draw (see `drawingDrawn`), ms: a drawing that
 * never says it has drawn must not leave a screen reader with a short list.
 */
export const DRAWING_WAIT_MS = 1000;

/** The part of a list of `total` items to render, and the counts the "show earlier/more" buttons offer. */
export interface ListPage {
  readonly start: number;
  /** End of the rendered part (exclusive). */
  readonly end: number;
  /** Items before the page the "Show earlier" button renders (0: no button). */
  readonly earlier: number;
  /** Items after the page the "Show more" button renders (0: no button, or the page is still growing). */
  readonly later: number;
}

/**
 * Which part of a long list is rendered: a page of `LIST_PAGE` items from `start`, moved to
 * whatever the keyboard reaches, extended by "Show earlier" and "Show more". While `growsInIdle`
 * says so, the page is rendered a little at a time, in idle time.
 *
 * Printed, the list is the element (the print stylesheet shows it instead of the drawing), so
 * while the page prints it renders every item: from `beforeprint` to `afterprint`, and while the
 * `print` media query matches (Chromium's print emulation and some browsers' print previews send
 * no print events). Lit renders in the microtask after the event, before the page is laid out.
 */
export class ListPagingController implements ReactiveController {
  private start = 0;
  private limit = LIST_PAGE;
  /** How much of the page is rendered yet, while it grows in idle time. */
  private rendered = LIST_FIRST;
  private growth?: number;
  private printing = false;
  private readonly printQuery = matchMedia('print');
  /** Whether the growth may start: at once, or (`waitsForDrawing`) once the drawing has drawn. */
  private drawn: boolean;
  private drawingWait?: ReturnType<typeof setTimeout>;
  /** The frame after the drawing's, which the growth waits for. */
  private drawnFrame?: number;

  /**
   * `waitsForDrawing`: the growth starts only once `drawingDrawn()` says the drawing has drawn
   * (or after `DRAWING_WAIT_MS`), and after the frame that shows it: idle time between the
   * drawing's first frames would otherwise lay the list out before the drawing is complete.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly growsInIdle: () => boolean,
    private readonly waitsForDrawing = false,
  ) {
    this.drawn = !waitsForDrawing;
    host.addController(this);
  }

  hostConnected(): void {
    this.listenForPrint();
    if (this.host.hasUpdated) this.growWhenIdle();
  }

  hostUpdated(): void {
    this.growWhenIdle();
  }

  hostDisconnected(): void {
    this.stopGrowth();
    this.stopWaiting();
    // Removed one by one, not through an AbortSignal: leak checks that wrap removeEventListener see it.
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.followPrintQuery);
    this.printQuery.removeEventListener('change', this.followPrintQuery);
  }

  /** The page to render of a list of `total` items. */
  page(total: number): ListPage {
    if (this.printing) return { start: 0, end: total, earlier: 0, later: 0 };
    const start = Math.min(this.start, Math.max(0, total - 1));
    const size = this.growsInIdle() ? Math.min(this.limit, this.rendered) : this.limit;
    const end = Math.min(total, start + size);
    return {
      start,
      end,
      earlier: Math.min(start, LIST_PAGE),
      // Offered once the page is complete (while it grows, idle time renders more first).
      later: size >= this.limit ? Math.min(total - end, LIST_PAGE) : 0,
    };
  }

  /** New items: render few again, and grow (after the drawing has drawn them). */
  restart(): void {
    this.rendered = LIST_FIRST;
    this.stopGrowth();
    this.stopWaiting();
    this.drawn = !this.waitsForDrawing;
    this.host.requestUpdate();
  }

  /** The drawing has drawn (see `waitsForDrawing`): the list grows after the frame that shows it. */
  drawingDrawn(): void {
    if (this.drawn || this.drawnFrame !== undefined) return;
    this.stopWaiting();
    this.drawnFrame = requestAnimationFrame(() => {
      this.drawnFrame = undefined;
      this.drawn = true;
      this.growWhenIdle();
    });
  }

  private stopWaiting(): void {
    clearTimeout(this.drawingWait);
    this.drawingWait = undefined;
    if (this.drawnFrame !== undefined) cancelAnimationFrame(this.drawnFrame);
    this.drawnFrame = undefined;
  }

  /** Makes the page include item `index` (centred on it when it was outside), rendered whole at once. */
  include(index: number): void {
    if (index < 0) return;
    if (index < this.start || index >= this.start + this.limit) {
      this.start = Math.max(0, index - LIST_PAGE / 2);
      this.limit = LIST_PAGE;
    }
    // The keyboard is in the list: the whole page now, not in idle time.
    this.rendered = this.limit;
    this.host.requestUpdate();
  }

  showMore(): void {
    this.limit += LIST_PAGE;
    this.rendered = this.limit;
    this.host.requestUpdate();
  }

  showEarlier(): void {
    const earlier = Math.min(this.start, LIST_PAGE);
    this.start -= earlier;
    this.limit += earlier;
    this.rendered = this.limit;
    this.host.requestUpdate();
  }

  private listenForPrint(): void {
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.followPrintQuery);
    this.printQuery.addEventListener('change', this.followPrintQuery);
    this.followPrintQuery();
  }

  private readonly beforePrint = () => this.followPrinting(true);
  private readonly followPrintQuery = () => this.followPrinting(this.printQuery.matches);

  private followPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  /** Renders more of the page in idle time, until it is complete. */
  private growWhenIdle(): void {
    if (this.growth !== undefined || !this.growsInIdle() || this.rendered >= this.limit) return;
    if (!this.drawn) {
      if (this.drawnFrame === undefined) this.drawingWait ??= setTimeout(() => this.drawingDrawn(), DRAWING_WAIT_MS);
      return;
    }
    const grow = () => {
      this.growth = undefined;
      if (!this.host.isConnected) return;
      this.rendered += LIST_GROWTH;
      this.host.requestUpdate();
    };
    // Safari has no requestIdleCallback.
    this.growth =
      'requestIdleCallback' in window
        ? requestIdleCallback(grow, { timeout: 500 })
        : (setTimeout(grow, 50) as unknown as number);
  }

  private stopGrowth(): void {
    if (this.growth === undefined) return;
    if ('cancelIdleCallback' in window) cancelIdleCallback(this.growth);
    else clearTimeout(this.growth);
    this.growth = undefined;
  }
}
