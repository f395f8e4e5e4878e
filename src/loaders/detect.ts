/**
 * Which of the formats the library reads a text is in: decided from the text itself first, the
 * declared content type only breaking ties, since servers often send JSON as `text/plain` and a
 * CSV as `text/html`. A CSV is told by its header row, so the start of a file is enough.
 */
import { csvFormatOfHeader, splitHeaderLine, type CsvFormat } from './csv-formats.js';
import { asRecord } from './records.js';
import type { SourceFormat } from './types.js';

export type { SourceFormat } from './types.js';

/** A text read as far as its format: parsed JSON once, so it is not parsed twice. */
export type TextReading =
  | { readonly format: 'conflict-json' | 'timelinejs-json'; readonly value: unknown }
  | { readonly format: CsvFormat }
  /** `reason` completes "could not be read: …" (for example "the JSON is invalid (…)"). */
  | { readonly format: 'unknown'; readonly reason: string };

/** What the start of a text says about its format. */
export type TextStart =
  /** JSON: which kind is only known once it is parsed. */
  | { readonly kind: 'json' }
  | { readonly kind: 'csv'; readonly format: CsvFormat }
  | { readonly kind: 'unknown'; readonly reason: string }
  /** The start seen so far does not decide yet (no whole first line): read on. */
  | { readonly kind: 'more' };

/** How many slides are looked at to tell TimelineJS JSON from conflict events. */
const SLIDES_LOOKED_AT = 10;
/** A CSV header row longer than this is no header of a format read here. */
export const MAX_HEADER_LENGTH = 16_384;

/**
 * The format of `text`: `conflict-json` (an array of events or `{ events: [...] }`),
 * `timelinejs-json`, `acled-csv`, `ucdp-ged-csv`, `timelinejs-csv` (a sheet with at least `Year`
 * and `Headline` columns), or `unknown`. `contentType` (an HTTP `Content-Type`) only decides when
 * the text alone does not: `text/csv` with another header is read as a TimelineJS sheet.
 */
export function detectFormat(text: string, contentType?: string): SourceFormat {
  return readText(text, contentType).format;
}

/** Like `detectFormat`, keeping the parsed JSON, or why the text is unreadable. */
export function readText(text: string, contentType?: string): TextReading {
  const start = readStart(text, contentType, true);
  if (start.kind === 'json') return readJson(withoutByteOrderMark(text).trimStart());
  if (start.kind === 'csv') return { format: start.format };
  return { format: 'unknown', reason: start.kind === 'unknown' ? start.reason : 'it is empty' };
}

/**
 * The format as far as the start of a text tells it. `complete` says `head` is the whole text;
 * otherwise a first line that has not ended yet gives `more`.
 */
export function readStart(head: string, contentType: string | undefined, complete: boolean): TextStart {
  const body = withoutByteOrderMark(head).trimStart();
  const mediaType = mediaTypeOf(contentType);
  if (body.startsWith('{') || body.startsWith('[')) return { kind: 'json' };
  const lineEnd = body.search(/[\r\n]/);
  if (lineEnd === -1 && !complete && body.length < MAX_HEADER_LENGTH) return { kind: 'more' };
  const firstLine = body.slice(0, lineEnd === -1 ? MAX_HEADER_LENGTH : Math.min(lineEnd, MAX_HEADER_LENGTH));
  const format = csvFormatOfHeader(splitHeaderLine(firstLine));
  if (format) return { kind: 'csv', format };
  if (isJsonType(mediaType)) return { kind: 'json' };
  if (mediaType === 'text/csv') return { kind: 'csv', format: 'timelinejs-csv' };
  const declared = mediaType ? `its content type is ${mediaType} and it` : 'it';
  return {
    kind: 'unknown',
    reason: `${declared} is neither JSON nor a CSV file of a format read here (ACLED, UCDP GED, a TimelineJS sheet)`,
  };
}

/** Tells conflict events (an array, or `{ events }` of `start`s) from TimelineJS JSON (`start_date`s, a title slide, eras). */
export function classifyJson(value: unknown): SourceFormat {
  if (Array.isArray(value)) return 'conflict-json';
  const record = asRecord(value);
  if (!Array.isArray(record.events)) return 'unknown';
  const slides = record.events.slice(0, SLIDES_LOOKED_AT).map(asRecord);
  if (slides.some((slide) => 'start_date' in slide)) return 'timelinejs-json';
  if (slides.some((slide) => 'start' in slide)) return 'conflict-json';
  return 'title' in record || 'eras' in record ? 'timelinejs-json' : 'conflict-json';
}

/** JSON text parsed, or why it cannot be. */
export function parseJsonText(text: string): { readonly value: unknown } | { readonly reason: string } {
  try {
    return { value: JSON.parse(withoutByteOrderMark(text)) as unknown };
  } catch (error) {
    return { reason: `the JSON is invalid (${error instanceof Error ? error.message : 'unknown error'})` };
  }
}

function readJson(body: string): TextReading {
  const parsed = parseJsonText(body);
  if ('reason' in parsed) return { format: 'unknown', reason: parsed.reason };
  const format = classifyJson(parsed.value);
  if (format === 'conflict-json' || format === 'timelinejs-json') return { format, value: parsed.value };
  return { format: 'unknown', reason: 'the JSON is neither a list of events nor TimelineJS data' };
}

function withoutByteOrderMark(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** `application/json; charset=utf-8` → `application/json`. */
function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isJsonType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType === 'text/json' || mediaType.endsWith('+json');
}
