/**
 * One TimelineJS slide or era to a candidate `ConflictEvent`. Shared by the JSON and the CSV
 * importers: the CSV importer first turns each sheet row into the JSON slide shape.
 */
import type { ValidationIssue } from '../model/validate.js';
import { EVENT_CATEGORIES, type EventCategory } from '../model/types.js';
import { htmlToText } from './html-text.js';
import { slugify, type IdRegistry } from './ids.js';
import { fieldIssue, type RecordPlace } from './issues.js';
import { asRecord } from './records.js';
import { convertSlideMedia } from './timelinejs-media.js';
import { hasDateParts, readTimelineDate, type DatePart, type TimelineDateParts } from './timelinejs-dates.js';

/** The fields of a slide this reads, by their TimelineJS JSON path. */
export type SlideField =
  `${'start_date' | 'end_date'}.${DatePart}` | 'text.headline' | 'text.text' | 'media.url' | 'unique_id';

/** What the converter needs to know about where a slide stands and how to name its fields. */
export interface SlideContext {
  readonly place: RecordPlace;
  /** An era becomes a `fact` over its range; a slide becomes an `event`. */
  readonly kind: 'event' | 'era';
  /** What a record is called in "so the … was left out": `slide`, `row`, `era`. */
  readonly noun: string;
  /** Language the headline and text are stored under. */
  readonly lang: string;
  readonly ids: IdRegistry;
  /** The field as the source names it: `events[2].start_date.year`, or the `End Year` column. */
  readonly fieldName: (field: SlideField) => string;
}

/** The candidate (absent when the slide cannot be used) and the slide's issues. */
export interface SlideConversion {
  readonly candidate?: Record<string, unknown>;
  readonly issues: ValidationIssue[];
}

/** A headline-less slide borrows the start of its text as title, cut here. */
const MAX_BORROWED_TITLE_LENGTH = 120;

const CATEGORY_BY_SLUG: ReadonlySet<string> = new Set(EVENT_CATEGORIES);

/**
 * Converts one slide. Its start date and a title are required (the slide is left out with an
 * error otherwise); a bad end date or media link is left out with a warning.
 */
export function convertSlide(slide: unknown, context: SlideContext): SlideConversion {
  const issues: ValidationIssue[] = [];
  const fields = asRecord(slide);
  const text = asRecord(fields.text);
  const headline = plainText(text.headline);
  const body = plainText(text.text);
  const id = chooseId(fields.unique_id, headline || body, context, issues);
  const start = readStartDate(asRecord(fields.start_date), context, id, issues);
  const title = chooseTitle(headline, body, context, id, issues);
  if (start === undefined || title === undefined) return { issues };
  const end = readEndDate(asRecord(fields.end_date), context, id, issues);
  const candidate: Record<string, unknown> = {
    id,
    ...(context.kind === 'era' ? { kind: 'fact' } : {}),
    start,
    ...(end === undefined ? {} : { end }),
    title: { [context.lang]: title },
    ...(body && headline ? { summary: { [context.lang]: body } } : {}),
    ...categoryOf(fields.group, context),
    ...mediaOf(asRecord(fields.media), context, id, issues),
  };
  return { candidate, issues };
}

/** The slide's own `unique_id` when it has one, else a slug of its headline and its number. */
function chooseId(uniqueId: unknown, headline: string, context: SlideContext, issues: ValidationIssue[]): string {
  const given = typeof uniqueId === 'string' ? uniqueId.trim() : '';
  if (given) {
    const id = context.ids.claim(given);
    if (id !== given) {
      issues.push(
        warn(context, 'unique_id', `the id "${given}" is already taken, so this ${context.noun} is "${id}"`, id),
      );
    }
    return id;
  }
  const number = context.place.index + 1;
  const slug = slugify(headline) || (context.kind === 'era' ? 'era' : 'slide');
  return context.ids.claim(context.kind === 'era' ? `era-${slug}-${number}` : `${slug}-${number}`);
}

function chooseTitle(
  headline: string,
  body: string,
  context: SlideContext,
  id: string,
  issues: ValidationIssue[],
): string | undefined {
  if (headline) return headline;
  if (!body) {
    issues.push(
      error(context, 'text.headline', `there is no headline or text, so the ${context.noun} was left out`, id),
    );
    return undefined;
  }
  issues.push(warn(context, 'text.headline', 'there is no headline, so the start of the text is the title', id));
  return body.length > MAX_BORROWED_TITLE_LENGTH ? `${body.slice(0, MAX_BORROWED_TITLE_LENGTH - 1)}…` : body;
}

function readStartDate(
  parts: TimelineDateParts,
  context: SlideContext,
  id: string,
  issues: ValidationIssue[],
): string | undefined {
  const reading = readTimelineDate(parts);
  for (const problem of reading.problems) {
    const field: SlideField = `start_date.${problem.part}`;
    issues.push(
      problem.fatal
        ? error(context, field, `${problem.detail}, so the ${context.noun} was left out`, id)
        : warn(context, field, problem.detail, id),
    );
  }
  return reading.edtf;
}

/** An unusable end date only costs the end: the record still shows at its start. */
function readEndDate(
  parts: TimelineDateParts,
  context: SlideContext,
  id: string,
  issues: ValidationIssue[],
): string | undefined {
  if (!hasDateParts(parts)) return undefined;
  const reading = readTimelineDate(parts);
  for (const problem of reading.problems) {
    const detail = problem.fatal ? `${problem.detail}, so the end date was left out` : problem.detail;
    issues.push(warn(context, `end_date.${problem.part}`, detail, id));
  }
  return reading.edtf;
}

/** A TimelineJS group becomes a category only when it names one (`Air strike` → `air-strike`); eras are developments. */
function categoryOf(group: unknown, context: SlideContext): { category?: EventCategory } {
  if (context.kind === 'era') return { category: 'other-development' };
  const slug = typeof group === 'string' ? slugify(group) : '';
  return CATEGORY_BY_SLUG.has(slug) ? { category: slug as EventCategory } : {};
}

/** An image becomes the event's media; a video, a post or an embed, its source link (see timelinejs-media.ts). */
function mediaOf(
  media: Record<string, unknown>,
  context: SlideContext,
  id: string,
  issues: ValidationIssue[],
): { media?: object; source?: object } {
  const converted = convertSlideMedia(media, context.lang);
  if (converted.refused) {
    issues.push(warn(context, 'media.url', 'the media is not an http(s) link, so it was left out', id));
  }
  return converted.fields;
}

function plainText(value: unknown): string {
  return typeof value === 'string' ? htmlToText(value) : '';
}

function error(context: SlideContext, field: SlideField, detail: string, id: string): ValidationIssue {
  return fieldIssue(context.place, context.fieldName(field), detail, 'error', id);
}

function warn(context: SlideContext, field: SlideField, detail: string, id: string): ValidationIssue {
  return fieldIssue(context.place, context.fieldName(field), detail, 'warning', id);
}
