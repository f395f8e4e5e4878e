/**
 * Knight Lab TimelineJS3 JSON (`{ title?, events: [slide…], eras?: [era…] }`) to candidate events.
 * See https://timeline.knightlab.com/docs/json-format.html.
 */
import type { ValidationIssue } from '../model/validate.js';
import { IdRegistry } from './ids.js';
import { sourceIssue } from './issues.js';
import { asRecord } from './records.js';
import { convertSlide, type SlideContext, type SlideField } from './timelinejs-slide.js';
import type { ImportOptions, ImportResult } from './types.js';

/**
 * Imports TimelineJS3 JSON. Each slide of `events` becomes an event and each of `eras` a `fact`
 * over the era's range (category `other-development`); the title slide is not an event. A slide
 * whose date a browser cannot show is left out with an error and the others are kept. Texts are
 * HTML stripped to plain text and stored under `options.lang` (default `en`). Never throws.
 */
export function importTimelineJs(json: unknown, options: ImportOptions = {}): ImportResult {
  const timeline = asRecord(json);
  if (!Array.isArray(timeline.events)) {
    return {
      events: [],
      issues: [sourceIssue('events', 'The TimelineJS data has no "events" list, so there is nothing to show.')],
    };
  }
  const lang = options.lang ?? 'en';
  const ids = new IdRegistry();
  const events: unknown[] = [];
  const issues: ValidationIssue[] = [];
  const collect = (slides: readonly unknown[], list: 'events' | 'eras'): void => {
    slides.forEach((slide, index) => {
      const conversion = convertSlide(slide, slideContext(list, index, lang, ids));
      if (conversion.candidate) events.push(conversion.candidate);
      issues.push(...conversion.issues);
    });
  };
  collect(timeline.events, 'events');
  if (Array.isArray(timeline.eras)) collect(timeline.eras, 'eras');
  else if (timeline.eras !== undefined)
    issues.push(sourceIssue('eras', 'The TimelineJS "eras" are not a list, so they were left out.', 'warning'));
  return { events, issues };
}

function slideContext(list: 'events' | 'eras', index: number, lang: string, ids: IdRegistry): SlideContext {
  const era = list === 'eras';
  return {
    place: { index, label: `${era ? 'Era' : 'Slide'} ${index + 1}` },
    kind: era ? 'era' : 'event',
    noun: era ? 'era' : 'slide',
    lang,
    ids,
    fieldName: (field: SlideField) => `${list}[${index}].${field}`,
  };
}
