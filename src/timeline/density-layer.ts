/**
 * The drawing's density histogram: where the level of detail counts events instead of drawing
 * them, a bar per time bucket stacked by type, on vis-timeline's time axis, behind its items.
 *
 * Our own DOM rather than vis-timeline items: vis-timeline lays out and stacks each item it holds
 * (a measured reflow each), and bars must neither stack nor be measured. A few dozen absolutely
 * placed boxes cost nothing to move: a pan repositions the bars (`setWindow`) in the frame
 * vis-timeline moves its axis, without asking anything of vis-timeline. Positions are set through
 * the CSSOM (allowed by a strict CSP, unlike style attributes), colours by class.
 *
 * Like the rest of the drawing it is hidden from assistive technology: the element's table of
 * counts is the text alternative, the event list the keyboard's stop (the bar holding the event
 * the keyboard is on is ringed and says its count, as `setFocused`).
 */
import { densityLayout, type DensityBar } from '../layout/density-bars.js';
import type { Aggregate } from './lod/query.js';

export interface DensityText {
  /** What a count is, for its tooltip: "1,234 events (Battles), March 2015. Activate to zoom in." */
  describe(count: Aggregate): string;
  /** A number of the scale, in the element's digits: "1,500". */
  number(value: number): string;
}

export interface DensityCallbacks {
  /** The reader clicked or tapped a count: zoom to its bucket. */
  activate(count: Aggregate): void;
}

/** Room above the scale's top line for its label, px. */
const HEADROOM_PX = 20;
/** A pointer that moved farther than this between press and release panned: no activation. */
const TAP_SLOP_PX = 5;
/** How long after a tap on a bar vis-timeline's own report of that tap (a click on no item) is ignored. */
const TAP_ECHO_MS = 400;

export class DensityLayer {
  private readonly root = document.createElement('div');
  private readonly scaleBox = document.createElement('div');
  private readonly barsBox = document.createElement('div');
  private readonly tip = document.createElement('div');
  private readonly observer: ResizeObserver;
  private counts: readonly Aggregate[] = [];
  private window: { start: number; end: number };
  private width = 0;
  private height = 0;
  private bars: { element: HTMLElement; bar: DensityBar<Aggregate> }[] = [];
  /** Each drawn segment by its count's id. */
  private segments = new Map<string, { element: HTMLElement; count: Aggregate; bar: HTMLElement }>();
  private focusedId: string | null = null;
  private hoveredId: string | null = null;
  private pressedAt: { x: number; y: number } | null = null;
  private tappedAt = -Infinity;

  /** Drawn inside `host` (vis-timeline's centre panel, the box of its time axis), below its items. */
  constructor(
    host: HTMLElement,
    private readonly rtl: boolean,
    private text: DensityText,
    private readonly callbacks: DensityCallbacks,
    window: { start: Date; end: Date },
  ) {
    this.window = { start: window.start.getTime(), end: window.end.getTime() };
    this.root.className = 'ct-density';
    this.root.hidden = true;
    this.scaleBox.className = 'ct-density-scale';
    this.barsBox.className = 'ct-density-bars';
    this.tip.className = 'ct-density-tip';
    this.tip.hidden = true;
    this.root.append(this.scaleBox, this.barsBox, this.tip);
    host.prepend(this.root);
    this.root.addEventListener('pointerover', this.handleOver);
    this.root.addEventListener('pointerleave', this.handleLeave);
    this.root.addEventListener('pointerdown', this.handleDown);
    this.root.addEventListener('pointerup', this.handleUp);
    this.observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry?.contentRect ?? { width: 0, height: 0 };
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.build();
    });
    this.observer.observe(this.root);
  }

  /** The counts of a new answer (none: the layer hides). */
  setCounts(counts: readonly Aggregate[]): void {
    if (sameCounts(counts, this.counts)) return;
    this.counts = counts;
    this.root.hidden = counts.length === 0;
    if (counts.length && !this.width) this.measure();
    this.build();
  }

  /** The window moved (many times a second during a drag): the bars follow the axis. */
  setWindow(start: Date, end: Date): void {
    this.window = { start: start.getTime(), end: end.getTime() };
    if (!this.counts.length) return;
    // The same counts and scale: only the bars' places change, unless bars enter or leave.
    const layout = this.layout();
    if (layout.bars.length !== this.bars.length || layout.bars.some((bar, i) => bar.start !== this.bars[i]?.bar.start))
      this.build();
    else layout.bars.forEach((bar, i) => placeBar(this.bars[i]!.element, bar));
  }

  /** New language or digits: the scale and the tooltip speak it. */
  setText(text: DensityText): void {
    this.text = text;
    this.build();
  }

  /** Rings the count with this id (the keyboard's event is part of it) and tells it; null: none. */
  setFocused(id: string | null): void {
    if (id === this.focusedId) return;
    this.focusedId = id;
    this.refreshMarks();
  }

  /** Whether the reader just tapped a bar: vis-timeline reports that tap too, as a click on no item. */
  get justTapped(): boolean {
    return performance.now() - this.tappedAt < TAP_ECHO_MS;
  }

  destroy(): void {
    this.observer.disconnect();
    this.root.remove();
  }

  private layout() {
    return densityLayout(this.counts, {
      start: this.window.start,
      end: this.window.end,
      width: this.width,
      height: Math.max(0, this.height - HEADROOM_PX),
      rtl: this.rtl,
    });
  }

  /** The box's size, read once when counts arrive before the observer has reported it. */
  private measure(): void {
    this.width = this.root.clientWidth;
    this.height = this.root.clientHeight;
  }

  /** Makes the scale, the bars and their segments anew. */
  private build(): void {
    this.segments.clear();
    this.bars = [];
    if (!this.counts.length || !this.width) {
      this.scaleBox.replaceChildren();
      this.barsBox.replaceChildren();
      this.refreshMarks();
      return;
    }
    const { bars, scale } = this.layout();
    this.scaleBox.replaceChildren(
      ...scale.map((line) => {
        const element = document.createElement('div');
        element.className = 'ct-density-line';
        element.style.top = `${HEADROOM_PX + line.y}px`;
        const value = document.createElement('span');
        value.className = 'ct-density-value';
        value.textContent = this.text.number(line.value);
        element.append(value);
        return element;
      }),
    );
    this.barsBox.replaceChildren(...bars.map((bar) => this.barElement(bar)));
    this.refreshMarks();
  }

  private barElement(bar: DensityBar<Aggregate>): HTMLElement {
    const element = document.createElement('div');
    element.className = 'ct-density-bar';
    // Its bucket, for whoever inspects the drawing (tests, a page's own styles).
    element.dataset['start'] = String(bar.start);
    element.dataset['end'] = String(bar.end);
    placeBar(element, bar);
    for (const { count, y, height } of bar.segments) {
      const segment = document.createElement('div');
      segment.className = `ct-density-segment ct-type-${count.eventType}`;
      segment.dataset['countId'] = count.id;
      // Whole pixels, so that neighbouring segments meet without an antialiased seam.
      const top = Math.round(HEADROOM_PX + y);
      segment.style.top = `${top}px`;
      segment.style.height = `${Math.round(HEADROOM_PX + y + height) - top}px`;
      element.append(segment);
      this.segments.set(count.id, { element: segment, count, bar: element });
    }
    this.bars.push({ element, bar });
    return element;
  }

  /** The ring on the focused count, and the tooltip of the hovered one (else of the focused one). */
  private refreshMarks(): void {
    for (const [id, { element }] of this.segments) {
      element.classList.toggle('ct-focused', id === this.focusedId);
      element.classList.toggle('ct-hovered', id === this.hoveredId);
    }
    const shown = this.segments.get(this.hoveredId ?? '') ?? this.segments.get(this.focusedId ?? '');
    if (!shown) {
      this.tip.hidden = true;
      return;
    }
    this.tip.textContent = this.text.describe(shown.count);
    this.tip.hidden = false;
    this.placeTip(shown.bar);
  }

  /** Above the bar, centred on it and kept inside the box. */
  private placeTip(bar: HTMLElement): void {
    const width = this.tip.offsetWidth;
    const centre = bar.offsetLeft + bar.offsetWidth / 2;
    this.tip.style.left = `${Math.max(0, Math.min(this.width - width, centre - width / 2))}px`;
  }

  private readonly handleOver = (event: PointerEvent): void => {
    const id = countIdOf(event.target);
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.refreshMarks();
  };

  private readonly handleLeave = (): void => {
    this.hoveredId = null;
    this.refreshMarks();
  };

  private readonly handleDown = (event: PointerEvent): void => {
    this.pressedAt = { x: event.clientX, y: event.clientY };
  };

  /**
   * A tap on a bar activates its count. On release rather than on `click`: vis-timeline's
   * gestures listen on the window, after this, and a drag that ends on the bar it began on (the
   * bars move with the pointer) is a pan, not a click.
   */
  private readonly handleUp = (event: PointerEvent): void => {
    const pressed = this.pressedAt;
    this.pressedAt = null;
    const segment = this.segments.get(countIdOf(event.target) ?? '');
    if (!segment || !pressed) return;
    if (Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > TAP_SLOP_PX) return;
    this.tappedAt = performance.now();
    this.callbacks.activate(segment.count);
  };
}

function placeBar(element: HTMLElement, bar: DensityBar<Aggregate>): void {
  element.style.left = `${bar.x}px`;
  element.style.width = `${bar.width}px`;
}

function countIdOf(target: EventTarget | null): string | null {
  return target instanceof HTMLElement ? (target.dataset['countId'] ?? null) : null;
}

function sameCounts(a: readonly Aggregate[], b: readonly Aggregate[]): boolean {
  return a.length === b.length && a.every((count, i) => count.id === b[i]?.id && count.count === b[i]?.count);
}
