/**
 * CSV (RFC 4180) read a piece at a time: text goes in as it arrives (from a response body, a file
 * stream), complete records come out, and nothing but the unfinished record is held. A record, a
 * quoted field or a CRLF split across two pieces reads the same as in one piece, and no text is
 * scanned twice, so a 100 MB field costs what a 100 MB file does.
 */

/** Where the reader stands between two pieces of text. */
const enum State {
  /** At the start of a field (after a comma, or at the start of a record). */
  FieldStart,
  /** Inside a field that did not start with a quote. */
  Plain,
  /** Inside a quoted field. */
  Quoted,
  /** Just after a quote inside a quoted field: an escaped quote (`""`) or the closing one. */
  QuoteInQuoted,
  /** Just after a CR that ended a record: a LF right after it belongs to the same line end. */
  AfterCr,
}

const FIELD_END = /[,\r\n]/g;
const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
const BYTE_ORDER_MARK = '\ufeff';

/**
 * Splits CSV text into records of fields (RFC 4180), fed in pieces: quoted fields with `""` for
 * a quote, commas and line breaks inside quotes, CRLF, LF or CR line ends, a leading byte order
 * mark. Lenient like a spreadsheet: a stray quote inside an unquoted field is kept as text, text
 * after a closing quote is added to the field, an unclosed quote runs to the end. A final line
 * break ends the last record rather than starting an empty one; an empty line is a record of one
 * empty field.
 */
export class CsvReader {
  private state = State.FieldStart;
  private field = '';
  private record: string[] = [];
  private started = false;
  /** Characters read so far (after the byte order mark). */
  private read = 0;

  /** The records completed by `text` (and what came before it). */
  push(text: string): string[][] {
    let input = text;
    if (!this.started && input.length > 0) {
      this.started = true;
      if (input.startsWith(BYTE_ORDER_MARK)) input = input.slice(1);
    }
    this.read += input.length;
    const records: string[][] = [];
    this.scan(input, records);
    return records;
  }

  /** The last record, if the text did not end with a line break. Call once, after the last `push`. */
  end(): string[][] {
    const open = this.state !== State.FieldStart && this.state !== State.AfterCr;
    // Input ending in a comma leaves its last record open, with an empty last field.
    if (open || this.record.length > 0) {
      this.record.push(this.field);
      const last = this.record;
      this.reset();
      return [last];
    }
    this.reset();
    return [];
  }

  /** How many characters were read (the byte order mark not counted). */
  get charactersRead(): number {
    return this.read;
  }

  private reset(): void {
    this.state = State.FieldStart;
    this.field = '';
    this.record = [];
  }

  private scan(input: string, records: string[][]): void {
    const length = input.length;
    const marks: Marks = {
      quote: new NextIndex(input, '"'),
      lf: new NextIndex(input, '\n'),
      cr: new NextIndex(input, '\r'),
    };
    let position = 0;
    while (position < length) {
      switch (this.state) {
        case State.AfterCr:
          if (input.charCodeAt(position) === LF) position++;
          this.state = State.FieldStart;
          break;
        case State.FieldStart:
          if (input.charCodeAt(position) === QUOTE) {
            position++;
            this.state = State.Quoted;
          } else {
            const next = this.scanUnquotedRun(input, position, marks, records);
            if (next === -1) this.state = State.Plain;
            else position = next;
          }
          break;
        case State.Plain:
          position = this.scanPlain(input, position, records);
          break;
        case State.Quoted:
          position = this.scanQuoted(input, position);
          break;
        case State.QuoteInQuoted:
          if (input.charCodeAt(position) === QUOTE) {
            this.field += '"';
            position++;
            this.state = State.Quoted;
          } else {
            // The closing quote; anything before the next separator is kept as text.
            this.state = State.Plain;
          }
          break;
      }
    }
  }

  /**
   * The fast way through unquoted text, from the start of a field: every field up to the next
   * quoted one or the end of the line, split at once. `-1` when that does not apply (the line
   * does not end in this piece, or a quote stands inside a field), for `scanPlain` to go a field
   * at a time.
   */
  private scanUnquotedRun(input: string, position: number, marks: Marks, records: string[][]): number {
    const lineEnd = Math.min(marks.lf.from(position), marks.cr.from(position));
    if (lineEnd === input.length) return -1;
    const quote = marks.quote.from(position);
    if (quote < lineEnd) {
      if (input.charCodeAt(quote - 1) !== COMMA) return -1;
      for (const field of input.slice(position, quote - 1).split(',')) this.record.push(field);
      return quote;
    }
    for (const field of input.slice(position, lineEnd).split(',')) this.record.push(field);
    records.push(this.record);
    this.record = [];
    this.state = input.charCodeAt(lineEnd) === CR ? State.AfterCr : State.FieldStart;
    return lineEnd + 1;
  }

  /**
   * From inside a quoted field: up to and past its closing quote, or to the end of the piece. An
   * escaped quote is taken with the text before it, in one step.
   */
  private scanQuoted(input: string, start: number): number {
    let position = start;
    for (;;) {
      const quote = input.indexOf('"', position);
      if (quote === -1) {
        this.field += input.slice(position);
        return input.length;
      }
      if (quote + 1 === input.length) {
        // Escaped or closing: the next piece tells.
        this.field += input.slice(position, quote);
        this.state = State.QuoteInQuoted;
        return input.length;
      }
      if (input.charCodeAt(quote + 1) !== QUOTE) {
        this.field += input.slice(position, quote);
        // The closing quote; anything before the next separator is kept as text.
        this.state = State.Plain;
        return quote + 1;
      }
      this.field += input.slice(position, quote + 1);
      position = quote + 2;
    }
  }

  /** From inside an unquoted field: up to and past its separator, or to the end of the piece. */
  private scanPlain(input: string, position: number, records: string[][]): number {
    FIELD_END.lastIndex = position;
    const found = FIELD_END.exec(input);
    if (!found) {
      this.field += input.slice(position);
      return input.length;
    }
    const separatorAt = found.index;
    this.record.push(this.field + input.slice(position, separatorAt));
    this.field = '';
    const separator = input.charCodeAt(separatorAt);
    if (separator === COMMA) {
      this.state = State.FieldStart;
    } else {
      records.push(this.record);
      this.record = [];
      this.state = separator === CR ? State.AfterCr : State.FieldStart;
    }
    return separatorAt + 1;
  }
}

interface Marks {
  readonly quote: NextIndex;
  readonly lf: NextIndex;
  readonly cr: NextIndex;
}

/** Where a character next occurs in a text, looked up again only once the reader has passed it. */
class NextIndex {
  private at = -1;

  constructor(
    private readonly input: string,
    private readonly character: string,
  ) {}

  /** The index of the character at or after `position`, or the text's length if there is none. */
  from(position: number): number {
    if (this.at < position) {
      const found = this.input.indexOf(this.character, position);
      this.at = found === -1 ? this.input.length : found;
    }
    return this.at;
  }
}

/** Splits a whole CSV text into records of fields: `CsvReader` fed at once (see there for the rules). */
export function parseCsv(text: string): string[][] {
  const reader = new CsvReader();
  const records = reader.push(typeof text === 'string' ? text : '');
  for (const record of reader.end()) records.push(record);
  return records;
}
