/**
 * Which of the formats the library reads a text is in: decided from the text itself first, the
 * declared content type only breaking ties, since servers often send JSON as `text/plain` and a
 * TimelineJS sheet as `text/html`.
 */
import { parseCsv } from './timelinejs-csv.js';
import { asRecord } from './records.js';

/** The formats the loaders read. */
export type SourceFormat = 'conflict-json' | 'timelinejs-json' | 'timelinejs-csv' | 'unknown';

/** A text read as far as its format: parsed JSON once, so it is not parsed twice. */
export type TextReading =
  | { readonly format: 'conflict-json' | 'timelinejs-json'; readonly value: unknown }
  | { readonly format: 'timelinejs-csv' }
  /** `reason` completes "could not be read: …" (for example "the JSON is invalid (…)"). */
  | { readonly format: 'unknown'; readonly reason: string };

/** How many slides are looked at to tell TimelineJS JSON from conflict events. */
const SLIDES_LOOKED_AT = 10;
/** A CSV header row longer than this is no TimelineJS template header. */
const MAX_HEADER_LENGTH = 4096;

/**
 * The format of `text`: `conflict-json` (an array of events or `{ events: [...] }`),
 * `timelinejs-json`, `timelinejs-csv` (a sheet with at least `Year` and `Headline` columns), or
 * `unknown`. `contentType` (an HTTP `Content-Type`) only decides when the text alone does not.
 */
export function detectFormat(text: string, contentType?: string): SourceFormat {
  return readText(text, contentType).format;
}

/** Like `detectFormat`, keeping the parsed JSON, or why the text is unreadable. */
export function readText(text: string, contentType?: string): TextReading {
  const body = (text.startsWith('\ufeff') ? text.slice(1) : text).trimStart();
  const mediaType = mediaTypeOf(contentType);
  if (body.startsWith('{') || body.startsWith('[') || (isJsonType(mediaType) && !hasTimelineCsvHeader(body))) {
    return readJson(body);
  }
  if (hasTimelineCsvHeader(body) || mediaType === 'text/csv') return { format: 'timelinejs-csv' };
  const declared = mediaType ? `its content type is ${mediaType} and it` : 'it';
  return { format: 'unknown', reason: `${declared} is neither JSON nor a TimelineJS CSV sheet` };
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

function readJson(body: string): TextReading {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return {
      format: 'unknown',
      reason: `the JSON is invalid (${error instanceof Error ? error.message : 'unknown error'})`,
    };
  }
  const format = classifyJson(value);
  if (format === 'conflict-json' || format === 'timelinejs-json') return { format, value };
  return { format: 'unknown', reason: 'the JSON is neither a list of events nor TimelineJS data' };
}

/** Whether the first row names the TimelineJS template's `Year` and `Headline` columns. */
function hasTimelineCsvHeader(body: string): boolean {
  const lineEnd = body.search(/[\r\n]/);
  const firstLine = body.slice(0, lineEnd === -1 ? MAX_HEADER_LENGTH : Math.min(lineEnd, MAX_HEADER_LENGTH));
  const headers = (parseCsv(firstLine)[0] ?? []).map((header) => header.trim().toLowerCase());
  return headers.includes('year') && headers.includes('headline');
}

/** `application/json; charset=utf-8` → `application/json`. */
function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isJsonType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType === 'text/json' || mediaType.endsWith('+json');
}
