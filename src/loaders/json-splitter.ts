/**
 * A JSON list of events read a piece at a time: the entries of the root array, or of the root
 * object's `events` array, come out parsed one by one as their text completes, so that a file of a
 * million events is never one text or one parse in memory. The root object's other members
 * (TimelineJS's `title` and `eras`) are parsed whole and kept. Each entry and member is given to
 * `JSON.parse`, so what is accepted is exactly what `JSON.parse` accepts; the scanner only finds
 * where they begin and end (commas and brackets outside strings).
 *
 * The entries a piece completes are parsed together, as one list (`[` + their text + `]`): a
 * million `JSON.parse` calls and slices cost several times the parse itself. Only when that list
 * is refused are its entries parsed one by one, so that the error is the first bad entry's, as if
 * each had been parsed alone.
 *
 * Most of a list of events is not even scanned: each piece is first cut after its last complete
 * event and that text parsed as one list (`leap`), which `JSON.parse` accepts only when the cut
 * is truly between two entries. The scanner reads what is left (the unfinished event), and a
 * piece the cut fails for (and finds an error in, if there is one).
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
/** How many `},{` a leap tries, from the end of the text back, before the scanner reads the piece (see `leap`). */
const LEAP_TRIES = 3;
/** The characters the scanner stops at (by char code): quotes, brackets, braces, commas, colons. */
const STRUCTURAL = new Uint8Array(128);
for (const code of [QUOTE, OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT, COMMA, COLON]) STRUCTURAL[code] = 1;
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
    this.leap(entries);
    const text = this.text;
    const length = text.length;
    // A loop over char codes: a regular expression's match per structural character cost more.
    let at = this.position;
    while (at < length && !this.done) {
      if (this.inString) {
        this.position = at;
        this.skipString();
        at = this.position;
        continue;
      }
      const code = text.charCodeAt(at++);
      if (code < 128 && STRUCTURAL[code] === 1) {
        this.position = at;
        this.structural(at - 1, code, entries);
      }
    }
    this.position = at;
    this.parsePending(entries);
  }

  /**
   * Takes the entries of the text so far without reading it character by character: everything
   * from the entry being read up to a `}` followed by a comma and `{` (the end of one event, the
   * start of the next), given to `JSON.parse` as one list. Scanning each character took longer
   * than the parse itself (a million events' 128 MB in a worker, in a CPU profile: the scanner's
   * functions 1.9 s of self time, now 0.4 s).
   *
   * Only a list `JSON.parse` accepts is taken, and that is proof the cut is between two entries:
   * the text begins at an entry's start, outside any string, so a cut inside a string leaves it
   * unterminated, and one inside an entry leaves a bracket open; either is refused. A refused
   * candidate (a `},{` between the objects of a list inside an event, or inside its text) gives
   * way to the one before it, and after `LEAP_TRIES` to the scanner, which reads this piece as
   * it always did (and finds the error, if the JSON has one). A leap that took nothing is not
   * tried again until the scanner has ended the entry it began at: each try parses the entry
   * read so far, and an event spanning many pieces would be parsed again in each of them.
   */
  private leap(entries: unknown[]): void {
    if (this.leapHeld || this.entryStart < 0 || this.pendingEnds.length > 0 || this.done) return;
    this.leapHeld = true;
    const text = this.text;
    let tries = 0;
    for (let close = text.lastIndexOf('}'); close > this.entryStart; close = text.lastIndexOf('}', close - 1)) {
      const comma = nextEntryComma(text, close + 1);
      if (comma < 0) continue;
      const parsed = parsedList(text.slice(this.entryStart, close + 1));
      if (parsed === undefined) {
        if (++tries === LEAP_TRIES) return;
        continue;
      }
      for (let index = 0; index < parsed.length; index++) entries.push(parsed[index]);
      this.entriesLeapt += parsed.length;
      this.leapHeld = false;
      // Where the scanner would be after that comma: at the list's depth, outside any string.
      this.depth = this.entryDepth;
      this.opened.length = this.entryDepth;
      this.inString = false;
      this.entryStart = comma + 1;
      this.afterComma = true;
      this.position = comma + 1;
      return;
    }
  }

  private entriesLeapt = 0;
  /** Set when a leap took nothing, until the scanner ends an entry (see `leap`). */
  private leapHeld = false;

  /** Entries taken by `leap` rather than the scanner (for tests: a list of events is mostly leapt). */
  get leapt(): number {
    return this.entriesLeapt;
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
      if (this.depth === this.entryDepth && this.entryStart >= 0) this.takeEntry(at);
      else if (this.depth === 1 && this.rootKind === 'object') {
        this.parsePending(entries);
        this.takeMember(at);
      }
      return;
    }
    if (code === COLON && this.depth === 1 && this.rootKind === 'object' && this.valueStart < 0) {
      this.parsePending(entries);
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
      // A bad entry before the bracket is the first error.
      this.parsePending(entries);
      throw new JsonSyntaxError(`Unexpected "${String.fromCharCode(code)}" in JSON`);
    }
    if (this.depth === this.entryDepth && this.entryStart >= 0) {
      // The end of a list of entries: its last entry (none in `[]`; `[1,]` is not JSON).
      if (!BLANK.test(this.text.slice(this.entryStart, at)) || this.afterComma) this.takeEntry(at);
      this.entryStart = -1;
      this.entryDepth = 0;
      if (this.depth === 2) this.eventsStreamed = true;
    }
    this.depth--;
    if (this.depth === 0) {
      const member = !BLANK.test(this.text.slice(this.memberStart, at));
      this.parsePending(entries);
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

  /** Where the first entry not yet parsed begins, and where each entry since ends (its comma or bracket). */
  private pendingStart = -1;
  private readonly pendingEnds: number[] = [];

  /** An entry ends at `end`: parsed with the others of this piece (`parsePending`). */
  private takeEntry(end: number): void {
    this.leapHeld = false;
    if (this.pendingEnds.length === 0) this.pendingStart = this.entryStart;
    this.pendingEnds.push(end);
    this.entryStart = end + 1;
    this.afterComma = this.text.charCodeAt(end) === COMMA;
  }

  /**
   * The entries read since the last call, parsed as one list; if `JSON.parse` refuses it, one by
   * one, which throws the first bad entry's error.
   */
  private parsePending(entries: unknown[]): void {
    const ends = this.pendingEnds;
    if (ends.length === 0) return;
    const text = this.text;
    const start = this.pendingStart;
    let parsed: unknown[] | undefined;
    try {
      parsed = JSON.parse(`[${text.slice(start, ends[ends.length - 1])}]`) as unknown[];
    } catch {
      parsed = undefined;
    }
    // A lone blank entry (`[1,` then `]`) makes `[]`, which parses: the count tells.
    if (parsed?.length === ends.length) for (let index = 0; index < parsed.length; index++) entries.push(parsed[index]);
    else {
      let from = start;
      for (const to of ends) {
        entries.push(this.parse(text.slice(from, to)));
        from = to + 1;
      }
    }
    ends.length = 0;
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

/**
 * The position of the comma after `from` when only JSON whitespace comes before it and a `{`
 * (after more whitespace) follows it; -1 otherwise, or when the text ends first.
 */
function nextEntryComma(text: string, from: number): number {
  let at = skipBlank(text, from);
  if (text.charCodeAt(at) !== COMMA) return -1;
  const comma = at;
  at = skipBlank(text, at + 1);
  return text.charCodeAt(at) === OPEN_OBJECT ? comma : -1;
}

function skipBlank(text: string, from: number): number {
  let at = from;
  for (
    let code = text.charCodeAt(at);
    code === 32 || code === 9 || code === 10 || code === 13;
    code = text.charCodeAt(at)
  )
    at++;
  return at;
}

/** `entries` (JSON values separated by commas) parsed as one list, or `undefined` if `JSON.parse` refuses it. */
function parsedList(entries: string): unknown[] | undefined {
  try {
    return JSON.parse(`[${entries}]`) as unknown[];
  } catch {
    return undefined;
  }
}
