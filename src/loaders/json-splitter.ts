/**
 * A JSON list of events read a piece at a time: the entries of the root array, or of the root
 * object's `events` array, come out parsed one by one as their text completes, so that a file of a
 * million events is never one text or one parse in memory. The root object's other members
 * (TimelineJS's `title` and `eras`) are parsed whole and kept. Each entry and member is given to
 * `JSON.parse`, so what is accepted is exactly what `JSON.parse` accepts; the scanner only finds
 * where they begin and end (commas and brackets outside strings).
 */

/** The root value: a list, an object, or anything else (kept whole and parsed at the end). */
export type JsonRoot = 'array' | 'object' | 'other';

const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const COMMA = 44;
const COLON = 58;
const QUOTE = 34;
const BACKSLASH = 92;
const STRUCTURE = /["[\]{},:]/g;
/** A byte order mark, then JSON's own whitespace (JSON.parse takes no other). */
const LEADING = /^\ufeff?[ \t\r\n]*/;
const BLANK = /^[ \t\r\n]*$/;

/** Bad JSON found by the scanner itself (a bracket that does not match, text after the root). */
export class JsonSyntaxError extends SyntaxError {}

export class JsonSplitter {
  private rootKind: JsonRoot | undefined;
  /** The text still needed: from `keepFrom` of everything pushed so far. */
  private text = '';
  private position = 0;
  private depth = 0;
  private inString = false;
  private stringStart = 0;
  private done = false;
  /** Start of the entry being read (in a list of entries), or -1. */
  private entryStart = -1;
  /** Depth whose commas separate entries: 1 in a root list, 2 in the root object's `events`. */
  private entryDepth = 0;
  /** Start of the root object's member being read (its key), and of its value once past `:`. */
  private memberStart = -1;
  private valueStart = -1;
  private key: string | undefined;
  private eventsStreamed = false;
  /**
   * The root object's members other than a streamed `events` list, parsed. Without a prototype,
   * so that a `__proto__` member is a member like any other.
   */
  readonly members: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  /** What the root is, once its first character has come. */
  get root(): JsonRoot | undefined {
    return this.rootKind;
  }

  /** Whether the root object's `events` list was handed out entry by entry (and is not in `members`). */
  get streamedEvents(): boolean {
    return this.eventsStreamed;
  }

  /** The entries that `piece` completes, parsed. Throws a `SyntaxError` for bad JSON. */
  push(piece: string): unknown[] {
    const entries: unknown[] = [];
    this.text += piece;
    if (this.rootKind === undefined) this.findRoot();
    if (this.rootKind === 'array' || this.rootKind === 'object') this.scan(entries);
    this.dropUsedText();
    return entries;
  }

  /** Checks that the text ended with the root value (and parses a root that is neither list nor object). */
  end(): void {
    if (this.rootKind === 'other') {
      this.members.value = JSON.parse(this.text) as unknown;
      return;
    }
    if (this.rootKind === undefined || !this.done) throw new JsonSyntaxError('Unexpected end of JSON input');
    if (!BLANK.test(this.text.slice(this.position))) {
      throw new JsonSyntaxError('Unexpected non-whitespace character after JSON');
    }
  }

  private findRoot(): void {
    const start = LEADING.exec(this.text)?.[0].length ?? 0;
    if (start === this.text.length) return;
    const first = this.text.charCodeAt(start);
    if (first === OPEN_LIST) this.rootKind = 'array';
    else if (first === OPEN_OBJECT) this.rootKind = 'object';
    else this.rootKind = 'other';
    this.position = start;
  }

  private scan(entries: unknown[]): void {
    const text = this.text;
    while (this.position < text.length && !this.done) {
      if (this.inString) {
        this.skipString();
        continue;
      }
      STRUCTURE.lastIndex = this.position;
      const found = STRUCTURE.exec(text);
      if (!found) {
        this.position = text.length;
        return;
      }
      this.position = found.index + 1;
      this.structural(found.index, text.charCodeAt(found.index), entries);
    }
  }

  /** From inside a string: past its closing quote, or to the end of the text so far. */
  private skipString(): void {
    const text = this.text;
    for (;;) {
      const quote = text.indexOf('"', this.position);
      if (quote === -1) {
        this.position = text.length;
        return;
      }
      let backslashes = 0;
      for (let at = quote - 1; at > this.stringStart && text.charCodeAt(at) === BACKSLASH; at--) backslashes++;
      this.position = quote + 1;
      if (backslashes % 2 === 0) {
        this.inString = false;
        return;
      }
    }
  }

  private structural(at: number, code: number, entries: unknown[]): void {
    if (code === QUOTE) {
      this.inString = true;
      this.stringStart = at;
      return;
    }
    if (code === OPEN_LIST || code === OPEN_OBJECT) {
      this.open(at, code);
      return;
    }
    if (code === CLOSE_LIST || code === CLOSE_OBJECT) {
      this.close(at, code, entries);
      return;
    }
    if (code === COMMA) {
      if (this.depth === this.entryDepth && this.entryStart >= 0) this.takeEntry(at, entries);
      else if (this.depth === 1 && this.rootKind === 'object') this.takeMember(at);
      return;
    }
    if (code === COLON && this.depth === 1 && this.rootKind === 'object' && this.valueStart < 0) {
      this.key = this.parse(this.text.slice(this.memberStart, at)) as string;
      this.valueStart = at + 1;
    }
  }

  /** Brackets open: the root, an entry's inner value, or the root object's `events` list. */
  private readonly opened: number[] = [];

  private open(at: number, code: number): void {
    this.opened.push(code);
    this.depth++;
    if (this.depth === 1) {
      if (this.rootKind === 'array') this.beginEntries(1, at + 1);
      else this.memberStart = at + 1;
      return;
    }
    const eventsList =
      this.depth === 2 &&
      code === OPEN_LIST &&
      this.key === 'events' &&
      BLANK.test(this.text.slice(this.valueStart, at));
    if (eventsList) this.beginEntries(2, at + 1);
  }

  private close(at: number, code: number, entries: unknown[]): void {
    const opener = this.opened.pop();
    if (opener !== (code === CLOSE_LIST ? OPEN_LIST : OPEN_OBJECT)) {
      throw new JsonSyntaxError(`Unexpected "${String.fromCharCode(code)}" in JSON`);
    }
    if (this.depth === this.entryDepth && this.entryStart >= 0) {
      // The end of a list of entries: its last entry (none in `[]`; `[1,]` is not JSON).
      if (!BLANK.test(this.text.slice(this.entryStart, at)) || this.afterComma) this.takeEntry(at, entries);
      this.entryStart = -1;
      this.entryDepth = 0;
      if (this.depth === 2) this.eventsStreamed = true;
    }
    this.depth--;
    if (this.depth === 0) {
      const member = !BLANK.test(this.text.slice(this.memberStart, at));
      if (this.rootKind === 'object' && (member || this.memberAfterComma)) this.takeMember(at);
      this.done = true;
    }
  }

  private beginEntries(depth: number, start: number): void {
    this.entryDepth = depth;
    this.entryStart = start;
    this.afterComma = false;
  }

  /** Whether the entry being read follows a comma (so it must not be empty). */
  private afterComma = false;
  private memberAfterComma = false;

  private takeEntry(end: number, entries: unknown[]): void {
    entries.push(this.parse(this.text.slice(this.entryStart, end)));
    this.entryStart = end + 1;
    this.afterComma = this.text.charCodeAt(end) === COMMA;
  }

  /** A member of the root object ends at `end`: kept parsed, unless it was the streamed `events`. */
  private takeMember(end: number): void {
    if (this.valueStart < 0) throw new JsonSyntaxError('Expected ":" after a property name in JSON');
    const streamed = this.key === 'events' && this.eventsStreamed;
    if (!streamed && this.key !== undefined) {
      this.members[this.key] = this.parse(this.text.slice(this.valueStart, end));
    }
    this.memberStart = end + 1;
    this.memberAfterComma = this.text.charCodeAt(end) === COMMA;
    this.valueStart = -1;
    this.key = undefined;
  }

  private parse(json: string): unknown {
    return JSON.parse(json) as unknown;
  }

  /** Forgets the text before what is still needed, so that only the entry being read is held. */
  private dropUsedText(): void {
    if (this.rootKind !== 'array' && this.rootKind !== 'object') return;
    const needed = [this.entryStart, this.memberStart, this.position]
      .filter((at) => at >= 0)
      .reduce((a, b) => Math.min(a, b));
    // A member being read holds its key and value; an entry list inside it holds only the entry.
    const from =
      this.entryStart >= 0 && this.depth >= this.entryDepth ? Math.min(this.entryStart, this.position) : needed;
    if (from <= 0) return;
    this.text = this.text.slice(from);
    this.position -= from;
    this.stringStart -= from;
    if (this.entryStart >= 0) this.entryStart -= from;
    if (this.memberStart >= 0) this.memberStart = Math.max(this.memberStart - from, 0);
    if (this.valueStart >= 0) this.valueStart = Math.max(this.valueStart - from, 0);
  }
}
