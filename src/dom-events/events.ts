import type { ConflictEvent } from '../model/types.js';
import type { ValidationIssue } from '../model/validate.js';

/** `ct-select`: the user selected an event (click, Enter or Space). `id` is null when the selection was cleared. */
export interface CtSelectDetail {
  readonly id: string | null;
  readonly event: ConflictEvent | null;
}

/** `ct-range-change`: the visible window changed by the user (zoom, pan, controls). */
export interface CtRangeChangeDetail {
  readonly start: Date;
  readonly end: Date;
  readonly byUser: boolean;
}

/** `ct-load`: a data source was read and validated. */
export interface CtLoadDetail {
  /** Number of valid events now shown. */
  readonly count: number;
  /** Where they came from. */
  readonly source: DataSourceKind;
}

/** `ct-error`: some input was invalid or could not be loaded. The valid events are still shown. */
export interface CtErrorDetail {
  /** One sentence for people: what went wrong. */
  readonly message: string;
  /** Every problem found, each naming the event and field. */
  readonly issues: readonly ValidationIssue[];
}

/** `ct-render`: the timeline has drawn its current items. */
export interface CtRenderDetail {
  /** Number of items handed to the timeline for this window. */
  readonly itemCount: number;
}

/**
 * `ct-progress`: how far the load of a `src` has come (while it is read, at most every 100 ms,
 * and once when it has been read, before `ct-load`).
 */
export interface CtProgressDetail {
  /** Rows (CSV) or events (JSON, once parsed) read so far. */
  readonly rows: number;
  /** Bytes of the body received so far. */
  readonly bytes: number;
  /** The body's size, when the server said it (and did not compress the body). */
  readonly totalBytes?: number;
}

export type DataSourceKind = 'property' | 'src' | 'inline-json' | 'markup' | 'default';

export interface ConflictTimelineEventMap {
  'ct-select': CustomEvent<CtSelectDetail>;
  'ct-range-change': CustomEvent<CtRangeChangeDetail>;
  'ct-load': CustomEvent<CtLoadDetail>;
  'ct-error': CustomEvent<CtErrorDetail>;
  'ct-render': CustomEvent<CtRenderDetail>;
  'ct-progress': CustomEvent<CtProgressDetail>;
}

/** Dispatches a library event: always prefixed, bubbling and composed so it leaves the shadow root. */
export function emit<K extends keyof ConflictTimelineEventMap>(
  target: EventTarget,
  name: K,
  detail: ConflictTimelineEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
