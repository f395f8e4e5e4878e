import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import iraqCoalitionDefault, { iraqCoalitionEvents, iraqCoalitionSource } from '../../events/iraq-coalition.js';
import { compareParsedDates, parseEdtf } from '../../src/model/edtf.js';
import type { ParsedDate } from '../../src/model/edtf.js';
import { CATEGORY_TYPES } from '../../src/model/types.js';
import type { ConflictEvent, LocalizedText } from '../../src/model/types.js';
import { datingProblems } from './date-phrases.js';

// The article as the dataset cites it, kept in the repository beside the dataset (relative to this file).
const ARTICLE_PATH = '../../events/sources/iraq-coalition-2024-02.ar.txt';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[A-Za-z]/;
// Words the article uses for a death: "مقتل", "مصرعه", "قتلى".
const DEATH_WORD = /مقتل|مصرع|قتلى|قُتل/;

/** The article's paragraphs: its non-empty lines, as the dataset numbers them (1-based). */
function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function parsed(date: string): ParsedDate {
  const result = parseEdtf(date);
  if (!result.ok) throw new Error(`${date} ${result.error}`);
  return result.date;
}

/** Why a record's quote is not verbatim in the paragraph it names, if it is not. */
function quoteProblems({ id, source }: ConflictEvent, paragraphs: readonly string[]): string[] {
  if (!source?.quote || source.paragraph === undefined) return [`${id}: no quote or paragraph`];
  const paragraph = paragraphs[source.paragraph - 1];
  if (paragraph === undefined) return [`${id}: there is no paragraph ${source.paragraph}`];
  if (!paragraph.includes(source.quote)) {
    const elsewhere = paragraphs.findIndex((text) => text.includes(source.quote!)) + 1;
    return [
      `${id}: quote not in paragraph ${source.paragraph}${elsewhere ? ` (it is in ${elsewhere})` : ', nor anywhere'}`,
    ];
  }
  return [];
}

function texts(record: ConflictEvent): LocalizedText[] {
  return [record.title, ...(record.summary ? [record.summary] : [])];
}

describe('iraqCoalitionEvents: the article as data', () => {
  let article = '';
  let paragraphs: string[] = [];

  before(async () => {
    const text = await readFile({ path: ARTICLE_PATH });
    if (text === undefined) throw new Error(`The article is missing at ${ARTICLE_PATH}`);
    article = text;
    paragraphs = paragraphsOf(text);
  });

  it('exports the same array by name and by default', () => {
    expect(iraqCoalitionDefault).to.equal(iraqCoalitionEvents);
    expect(iraqCoalitionEvents.length).to.be.greaterThan(0);
  });

  it('quotes every record verbatim, in the paragraph it names', () => {
    const problems = iraqCoalitionEvents.flatMap((record) => quoteProblems(record, paragraphs));
    expect(problems).to.deep.equal([]);
  });

  it('takes every resolved phrase from the record’s own quote', () => {
    for (const { id, source } of iraqCoalitionEvents) {
      const phrase = source?.dateResolution?.phrase;
      if (phrase !== undefined) expect(source!.quote, id).to.include(phrase);
    }
  });

  it('resolves every relative date to the record’s start or end', () => {
    for (const { id, start, end, source } of iraqCoalitionEvents) {
      const resolution = source?.dateResolution;
      if (resolution === undefined) continue;
      expect([start, end], id).to.include(resolution.resolvedAs);
      expect(resolution.reasoning.ar, id).to.match(ARABIC_LETTER);
      expect(resolution.reasoning.en, id).to.match(LATIN_LETTER);
    }
  });

  it('gives every date as EDTF, and never ends before it starts', () => {
    for (const { id, start, end } of iraqCoalitionEvents) {
      expect(parseEdtf(start).ok, `${id} start ${start}`).to.equal(true);
      if (end === undefined) continue;
      expect(parseEdtf(end).ok, `${id} end ${end}`).to.equal(true);
      expect(compareParsedDates(parsed(start), parsed(end)), `${id} ends before it starts`).to.be.at.most(0);
    }
  });

  it('dates every record exactly as precisely as its text', () => {
    const problems = iraqCoalitionEvents.flatMap(datingProblems);
    expect(problems).to.deep.equal([]);
  });

  it('keeps the December 2017 victory a month', () => {
    const victory = iraqCoalitionEvents.find((record) => record.id === 'iraq-declares-victory-over-isis');
    expect(victory?.start).to.equal('2017-12');
    expect(datingProblems({ ...victory!, start: '2017-12-01' })).to.have.length.greaterThan(0);
  });

  it('has unique, slug-shaped ids', () => {
    const ids = iraqCoalitionEvents.map((record) => record.id);
    for (const id of ids) expect(id).to.match(SLUG);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('titles and summarises every record in Arabic and English', () => {
    for (const record of iraqCoalitionEvents) {
      expect(record.summary, record.id).to.not.equal(undefined);
      for (const text of texts(record)) {
        expect(text.ar, record.id).to.match(ARABIC_LETTER);
        expect(text.en, record.id).to.match(LATIN_LETTER);
        expect(text.en, record.id).to.not.match(ARABIC_LETTER);
      }
    }
  });

  it('uses only known categories', () => {
    for (const { id, category } of iraqCoalitionEvents) {
      expect(category !== undefined && Object.hasOwn(CATEGORY_TYPES, category), `${id}: ${category}`).to.equal(true);
    }
  });

  it('marks anything from the reader comments as a reader comment, and only that', () => {
    const commentsStart = paragraphs.indexOf('التعليقات') + 1;
    expect(commentsStart, 'the comments heading').to.be.greaterThan(0);
    for (const { id, source, reportedBy } of iraqCoalitionEvents) {
      const inComments = (source?.paragraph ?? 0) > commentsStart;
      expect(reportedBy ?? 'article', id).to.equal(inComments ? 'reader-comment' : 'article');
    }
  });

  it('orders records by the first day their start covers', () => {
    for (let i = 1; i < iraqCoalitionEvents.length; i += 1) {
      const [before, after] = [iraqCoalitionEvents[i - 1]!, iraqCoalitionEvents[i]!];
      expect(compareParsedDates(parsed(before.start), parsed(after.start)), `${before.id} → ${after.id}`).to.be.at.most(
        0,
      );
    }
  });

  it('gives a fatality count only where its quote reports a death', () => {
    for (const { id, fatalities, source } of iraqCoalitionEvents) {
      if (fatalities === undefined) continue;
      expect(fatalities, id).to.be.greaterThan(0);
      expect(source?.quote, id).to.match(DEATH_WORD);
    }
  });

  it('gives facts a value that their quote states, and events none', () => {
    for (const { id, kind, value, source } of iraqCoalitionEvents) {
      if (kind !== 'fact') {
        expect(value, id).to.equal(undefined);
        continue;
      }
      expect(value, id).to.not.equal(undefined);
      expect(source?.quote, id).to.include(String(value!.amount));
    }
  });

  it('cites the article the same way on every record', () => {
    for (const { id, source } of iraqCoalitionEvents) {
      expect(source?.outlet, id).to.deep.equal(iraqCoalitionSource.outlet);
      expect(source?.language, id).to.equal('ar');
      expect(source?.published, id).to.equal(iraqCoalitionSource.published);
    }
    expect(article).to.include(iraqCoalitionSource.headline.ar!);
  });

  it('places coordinates inside the country they name', () => {
    // Rough boxes, enough to catch swapped or mistyped coordinates.
    const boxes: Record<string, [number, number, number, number]> = {
      IQ: [29, 38.7, 37.4, 48.6],
      JO: [29, 34.9, 33.4, 39.3],
    };
    for (const { id, location } of iraqCoalitionEvents) {
      if (location?.latitude === undefined) continue;
      const [south, west, north, east] = boxes[location.country ?? ''] ?? [0, 0, 0, 0];
      expect(location.latitude, id).to.be.within(south, north);
      expect(location.longitude, id).to.be.within(west, east);
    }
  });
});
