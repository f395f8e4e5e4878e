/**
 * Candidate events from JSON text arriving in pieces. A list of the library's events (the root
 * array, or the root object's `events`) is handed out entry by entry as it arrives; TimelineJS
 * JSON (small: slides, a title, eras) is gathered and imported whole at the end. Which of the two
 * a root object is, is decided as `classifyJson` decides it, from its first entries.
 */
import { classifyJson } from './detect.js';
import { importJsonValue, type JsonFormat } from './json-import.js';
import { JsonSplitter } from './json-splitter.js';
import { asRecord } from './records.js';
import type { ImportOptions, ImportResult } from './types.js';

/** How many entries are looked at to tell the library's events from TimelineJS slides (as `classifyJson`). */
const ENTRIES_LOOKED_AT = 10;

/** The end of a JSON text: the last events, or why there are none. */
export type JsonEnd =
  (ImportResult & { readonly format: JsonFormat; readonly indexes: number[] }) | { readonly unreadable: string };

export class JsonEventReader {
  private readonly splitter = new JsonSplitter();
  /** Entries kept until the format is known (or, for TimelineJS, to the end). */
  private held: unknown[] = [];
  private format: JsonFormat | undefined;
  private entries = 0;
  private handedOut = 0;

  /** `asked`: the format the caller named, if any. */
  constructor(
    private readonly asked: JsonFormat | undefined,
    private readonly options: ImportOptions,
  ) {}

  /** Entries read so far. */
  get rows(): number {
    return this.entries;
  }

  /** The events `text` completes that can be handed out now, with their list positions. Throws a `SyntaxError` for bad JSON. */
  push(text: string): { events: unknown[]; indexes: number[] } {
    const entries = this.splitter.push(text);
    this.entries += entries.length;
    for (const entry of entries) this.held.push(entry);
    this.format ??= this.decide();
    return this.format === 'conflict-json' ? this.handOut() : { events: [], indexes: [] };
  }

  /** The rest of the events once the text has ended, or why the JSON cannot be read. Never throws. */
  end(): JsonEnd {
    try {
      this.splitter.end();
    } catch (error) {
      return { unreadable: `the JSON is invalid (${error instanceof Error ? error.message : 'unknown error'})` };
    }
    const value = this.wholeValue();
    const format = this.asked ?? this.format ?? classifyJson(value);
    if (format !== 'conflict-json' && format !== 'timelinejs-json') {
      return { unreadable: 'the JSON is neither a list of events nor TimelineJS data' };
    }
    if (format === 'conflict-json' && this.splitter.root !== 'other' && this.listed()) {
      return { ...this.handOut(), issues: [], format };
    }
    const result = importJsonValue(value, this.options, format);
    return { ...result, format, indexes: result.events.map((_, index) => index) };
  }

  /** The format as far as the root and the first entries tell it. */
  private decide(): JsonFormat | undefined {
    if (this.asked) return this.asked;
    const root = this.splitter.root;
    if (root === 'array') return 'conflict-json';
    if (root !== 'object') return undefined;
    const first = this.held.slice(0, ENTRIES_LOOKED_AT).map(asRecord);
    if (first.some((entry) => 'start_date' in entry)) return 'timelinejs-json';
    if (first.some((entry) => 'start' in entry)) return 'conflict-json';
    return undefined;
  }

  /** Whether the events came as a list (the root, or a streamed `events`). */
  private listed(): boolean {
    return this.splitter.root === 'array' || this.splitter.streamedEvents;
  }

  private handOut(): { events: unknown[]; indexes: number[] } {
    const events = this.held;
    this.held = [];
    const indexes = events.map((_, index) => this.handedOut + index);
    this.handedOut += events.length;
    return { events, indexes };
  }

  /** The whole parsed value, for TimelineJS and for anything that was not a list of entries. */
  private wholeValue(): unknown {
    const { root, members } = this.splitter;
    if (root === 'other') return members.value;
    if (root === 'array') return this.held;
    return this.splitter.streamedEvents ? { ...members, events: this.held } : { ...members };
  }
}
