/**
 * Where an event's values come from, as lines a details card shows in the reader's language:
 *
 *   Figure: more than 165 attacks
 *   Fatalities: 3 (low 2, high 5)
 *   How the date was read: "Last Sunday" counts back from the day of publication…
 *   Not from the source: coordinates (approximate: near the place) — source: AP, 7 February 2024…
 *   Editor’s note: Soleimani commanded the Quds Force…
 *
 * Pure: no DOM. The lines are plain text; the card decides how to mark them up (and must, as
 * everywhere, never treat data as markup).
 */
import { pickedLang, pickText } from '../model/prepared.js';
import type { ConflictEvent, ExternalFieldPath, ExternalSource, LocalizedText } from '../model/types.js';
import { getLocale, type ProvenanceStrings, type ProvenanceTopic } from './locales.js';
import { toNumerals, type NumeralSystem } from './numerals.js';

/** What a line is about. */
export type ProvenanceLineKind = 'figure' | 'fatalities' | 'date-reading' | 'outside' | 'editor-note';

/** One line of the card. */
export interface ProvenanceLine {
  readonly kind: ProvenanceLineKind;
  /** The label, in the reader's language: "Not from the source", "ملاحظة المحرر". */
  readonly label: string;
  /** What follows the label. */
  readonly text: string;
  /**
   * The language of `text`: the reader's, unless the data has no text in it and another
   * language's text stands in (mark it with its own `lang`).
   */
  readonly lang: string;
  /** The source's own words the line is about (a date phrase), in the source's language. */
  readonly quote?: { readonly text: string; readonly lang: string };
  /** A link to the outside source (http or https, as the validator keeps it). */
  readonly url?: string;
}

/** How `provenanceLines` writes. */
export interface ProvenanceOptions {
  /** BCP 47 tag of the reader's language; see `getLocale` for the fallbacks. */
  readonly lang: string;
  /** Digits of the numbers the lines write (not of the data's own text); Latin by default. */
  readonly numerals?: NumeralSystem;
}

/** The topic each field path an outside source can name belongs to. */
const TOPIC_OF_PATH: Readonly<Record<ExternalFieldPath, ProvenanceTopic>> = {
  kind: 'type',
  start: 'date',
  end: 'date',
  qualifier: 'date',
  title: 'title',
  summary: 'summary',
  category: 'type',
  actors: 'actors',
  'actors.actor1': 'actors',
  'actors.actor2': 'actors',
  'actors.associated': 'actors',
  location: 'place',
  'location.name': 'place',
  'location.admin1': 'admin1',
  'location.country': 'country',
  'location.latitude': 'coordinates',
  'location.longitude': 'coordinates',
  'location.geoPrecision': 'coordinates',
  fatalities: 'fatalities',
  fatalitiesRange: 'fatalities',
  'fatalitiesRange.low': 'fatalities',
  'fatalitiesRange.high': 'fatalities',
  value: 'figure',
  'value.amount': 'figure',
  'value.unit': 'figure',
  'value.bound': 'figure',
  editorNote: 'editorNote',
  'source.outlet': 'publication',
  'source.published': 'publication',
  'source.url': 'publication',
};

/**
 * The lines saying where an event's values come from, in this order: the figure a fact states,
 * the death toll, how a relative date was read, one line per outside source, the editor's note.
 * An event with none of these gives no lines.
 */
export function provenanceLines(event: ConflictEvent, options: ProvenanceOptions): ProvenanceLine[] {
  const { lang } = options;
  const words = getLocale(lang).provenance;
  const number = (value: number) => toNumerals(String(value), options.numerals ?? 'latn');
  const lines: ProvenanceLine[] = [];
  const { value, fatalities, fatalitiesRange, source, external, editorNote } = event;
  if (value) {
    const unit = pickText(value.unit, lang);
    const text = words.bounds[value.bound ?? 'exact'](number(value.amount), unit).trim();
    lines.push({ kind: 'figure', label: words.figure, text, lang: pickedLang(value.unit, lang) });
  }
  if (fatalities !== undefined || fatalitiesRange) {
    const best = fatalities === undefined ? undefined : number(fatalities);
    const text = fatalitiesRange
      ? words.fatalitiesRange(best, number(fatalitiesRange.low), number(fatalitiesRange.high))
      : (best ?? '');
    lines.push({ kind: 'fatalities', label: words.fatalities, text, lang });
  }
  const reading = source?.dateResolution;
  if (reading) {
    lines.push({
      ...dataText('date-reading', words.dateReading, reading.reasoning, lang),
      quote: { text: reading.phrase, lang: source.language },
    });
  }
  for (const entry of external ?? []) lines.push(outsideLine(entry, event, words, lang));
  if (editorNote) lines.push(dataText('editor-note', words.editorNote, editorNote, lang));
  return lines;
}

/** "Label: text", for plain-text use (a tooltip, a test, a screen reader's summary). */
export function provenanceLineText(line: ProvenanceLine): string {
  return `${line.label}: ${line.text}`;
}

function dataText(kind: ProvenanceLineKind, label: string, text: LocalizedText, lang: string): ProvenanceLine {
  return { kind, label, text: pickText(text, lang), lang: pickedLang(text, lang) };
}

/** "coordinates (approximate: near the place), governorate or province — source: AP… Note." */
function outsideLine(
  entry: ExternalSource,
  event: ConflictEvent,
  words: ProvenanceStrings,
  lang: string,
): ProvenanceLine {
  const topics = [...new Set(entry.fields.map((path) => TOPIC_OF_PATH[path]))].map((topic) => {
    const precision = event.location?.geoPrecision;
    const name = words.topics[topic];
    return topic === 'coordinates' && precision !== undefined ? `${name} (${words.geoPrecision[precision]})` : name;
  });
  const sourceText = pickText(entry.source, lang);
  const note = entry.note ? pickText(entry.note, lang) : '';
  const text = [words.outsideText(topics.join(words.listSeparator), sourceText), note].filter(Boolean).join(' ');
  return {
    kind: 'outside',
    label: words.outside,
    text,
    lang: pickedLang(entry.source, lang),
    ...(entry.url === undefined ? {} : { url: entry.url }),
  };
}
