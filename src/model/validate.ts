/**
 * The runtime validator: turns untrusted input (parsed JSON, a property value, anything) into
 * clean `ConflictEvent`s plus a list of human-readable issues. This module steps through the
 * array (at once, a few events at a time, or in parts as they arrive) and keeps what runs across
 * events: indices, duplicate ids, the editorial rules' counts. The rules for one event, driven by
 * the declarative spec in `spec.ts`, are in `validate-event.ts`.
 *
 * Pure: no DOM. Never throws.
 */
import { IdIndex } from './id-index.js';
import { MAX_PRESIZED } from './presized-list.js';
import { DEFAULT_FIELD_LIMIT } from './spec.js';
import type { ConflictEvent } from './types.js';
import { describeValue, errorText } from './validate-text.js';
import {
  MAX_EDITORIAL_WARNINGS,
  makeIssue,
  validateElementSafely,
  type EventContext,
  type ValidationIssue,
} from './validate-event.js';

export { MAX_EDITORIAL_WARNINGS, type ValidationIssue } from './validate-event.js';

/** The valid events (fresh, deeply frozen plain objects, in input order; see `adoptInput`) and every issue met. */
export interface ValidationResult {
  readonly events: ConflictEvent[];
  readonly issues: ValidationIssue[];
}

/** Options of `validateEvents`. */
export interface ValidateOptions {
  /** Strings longer than this are truncated with a warning (default 10,000 characters). */
  readonly fieldLimit?: number;
  /**
   * The input's objects are the validator's to keep: nothing else holds them (the result of
   * `JSON.parse`, a structured clone, rows a loader just made). The valid events' objects that
   * need no change are then frozen where they are instead of copied; any other is copied, as
   * always. Either way the result is fresh and deeply frozen. Default `false`: never set it
   * for objects a caller still holds, which would be frozen under it.
   */
  readonly adoptInput?: boolean;
}

/**
 * Validates untrusted input (anything: parsed JSON, a property value). Never throws.
 *
 * Invalid events are dropped and named by `error` issues; valid events are always kept, in
 * input order. Unknown fields, over-long strings and refused links are `warning`s: the event is
 * kept without them (or with the string truncated).
 */
export function validateEvents(input: unknown, options?: ValidateOptions): ValidationResult {
  const validation = new EventsValidation(input, options);
  validation.step(Infinity);
  return validation.result();
}

/**
 * `validateEvents` a few events at a time, so that a caller can yield between steps (see
 * `src/model/ingest.ts`); the result is the same as one call's, whatever the steps.
 */
export class EventsValidation {
  private readonly events: ConflictEvent[] = [];
  private readonly issues: ValidationIssue[] = [];
  private readonly context: EventContext;
  private input: readonly unknown[] = [];
  private length = 0;
  private next = 0;
  /** Index of `input[0]` among all the events (parts given with `append` continue the count). */
  private base = 0;
  /** Whether more parts may come (`inParts`, until `close`): the editorial tallies wait for them. */
  private open = false;

  /**
   * A validation of events that arrive in parts (`append` each, then `close`), as one array's
   * would be: indices, duplicate ids and the editorial counts run across the parts.
   * `expectedCount` sizes the duplicate-id table.
   */
  static inParts(expectedCount: number, options?: ValidateOptions): EventsValidation {
    const validation = new EventsValidation([], options);
    validation.open = true;
    validation.presize(expectedCount);
    return validation;
  }

  /** Adds the next part (validated by `step`, as the first events were); only once the part before is `done`. */
  append(part: readonly unknown[]): void {
    if (!this.open || !this.done)
      throw new Error('EventsValidation.append: not open for parts, or a part is unfinished.');
    this.base += this.length;
    this.input = part;
    this.length = part.length;
    this.next = 0;
  }

  /** No more parts: the editorial rules' remaining counts are told once the last part is done. */
  close(): void {
    this.open = false;
    if (this.done && !this.open) this.countEditorialRest();
  }

  constructor(input: unknown, options?: ValidateOptions) {
    this.context = {
      index: 0,
      id: undefined,
      errors: 0,
      fieldLimit: normalizeFieldLimit(options?.fieldLimit),
      adopt: options?.adoptInput === true,
      issues: this.issues,
      keptIds: new IdIndex(),
      dates: new Map(),
      startFirst: Number.NaN,
      endLast: Number.NaN,
      editorial: new Map(),
    };
    this.guard(() => {
      if (!Array.isArray(input)) {
        this.issues.push(inputIssue(`events: expected an array of events, got ${describeValue(input)}`));
        return;
      }
      this.input = input;
      this.length = input.length;
      this.presize(this.length);
    });
  }

  /**
   * The duplicate-id table, made once for `expected` ids: a table that grew would rehash every
   * id in one step. A hostile length (a proxy's) must not allocate gigabytes: the table is
   * made at most `MAX_PRESIZED` long, and grows beyond it; `IdIndex` takes anything that is
   * not a count (NaN) as the smallest table. (The list of valid events is not made in advance
   * like the prepared events': in Chromium, at a million events, that made the validation's
   * garbage collections longer, not shorter.)
   */
  private presize(expected: number): void {
    this.context.keptIds = new IdIndex(Math.min(expected, MAX_PRESIZED));
  }

  /** Events read so far, over all parts. */
  get count(): number {
    return this.base + this.next;
  }

  /** Whether every event was read (or the input could not be). */
  get done(): boolean {
    return this.next >= this.length;
  }

  /** Validates up to `count` more events. */
  step(count: number): void {
    this.guard(() => {
      const end = Math.min(this.length, this.next + count);
      const { context, input, events } = this;
      for (; this.next < end; this.next++) {
        context.index = this.base + this.next;
        context.id = undefined;
        context.errors = 0;
        context.startFirst = Number.NaN;
        context.endLast = Number.NaN;
        const event = validateElementSafely(input[this.next], context);
        if (event) events.push(event);
      }
    });
    if (this.done && !this.open) this.countEditorialRest();
  }

  /** Once, at the end: one warning per editorial rule for the events not named one by one. */
  private countEditorialRest(): void {
    const { editorial, issues } = this.context;
    for (const [rule, tally] of editorial) {
      const first = tally.firstUnlisted;
      if (first === undefined) continue;
      const later = tally.count - MAX_EDITORIAL_WARNINGS - 1;
      const problem = `the editorial rule "${rule}" also applies to this and ${later} later events (only the first ${MAX_EDITORIAL_WARNINGS} are named)`;
      issues.push({ ...makeIssue(first.at, first.field, problem, 'warning', first.field), rule });
    }
    editorial.clear();
  }

  /** The valid events and issues so far (all of them once `done`). */
  result(): ValidationResult {
    return { events: this.events, issues: this.issues };
  }

  /** Only a hostile array (a throwing proxy, a length getter) throws here: keep what was read, stop. */
  private guard(read: () => void): void {
    try {
      read();
    } catch (error) {
      this.issues.push(inputIssue(`events: the input could not be read (${errorText(error)})`));
      this.length = 0;
    }
  }
}

function normalizeFieldLimit(limit: number | undefined): number {
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_FIELD_LIMIT;
}

function inputIssue(message: string): ValidationIssue {
  return { index: -1, field: '', message, severity: 'error' };
}
