import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import iraqCoalitionDefault, { iraqCoalitionEvents, iraqCoalitionSource } from '../../events/iraq-coalition.js';
import { compareParsedDates, parseEdtf } from '../../src/model/edtf.js';
import type { ParsedDate } from '../../src/model/edtf.js';
import { statesNumber } from '../../src/model/number-words.js';
import { CATEGORY_TYPES } from '../../src/model/types.js';
import type { ConflictEvent, ExternalFieldPath, LocalizedText, ValueBound } from '../../src/model/types.js';
import { datingProblems } from './date-phrases.js';

// The article as the dataset cites it, kept in the repository beside the dataset (relative to this file).
const ARTICLE_PATH = '../../events/sources/iraq-coalition-2024-02.ar.txt';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const LATIN_LETTER = /[A-Za-z]/;
// Words the article uses for a death: "مقتل", "مصرعه", "قتلى".
const DEATH_WORD = /مقتل|مصرع|قتلى|قُتل/;
// How the article bounds a figure: "نحو 2500" is about, "لأكثر من 165" more than.
const BOUND_WORDS: Readonly<Record<ValueBound, RegExp | undefined>> = {
  exact: undefined,
  about: /نحو|حوالي|قرابة/,
  'at-least': /لا يقل عن|على الأقل/,
  'more-than': /أكثر من/,
  'at-most': /لا يزيد على|على الأكثر/,
  'less-than': /أقل من/,
};
// A run of this many words shared with a paragraph means the text was taken from it (with four,
// common phrases such as "قوات التحالف الدولي من العراق" match paragraphs a record need not cite).
const SHARED_WORDS = 5;
// Values the article never gives: a record that has them names their outside source.
const NEVER_IN_ARTICLE: readonly ExternalFieldPath[] = [
  'location.latitude',
  'location.longitude',
  'location.geoPrecision',
  'location.admin1',
];

/** The article's paragraphs: its non-empty lines, as the dataset numbers them (1-based). */
function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function parsed(date: string): ParsedDate {
  const result = parseEdtf(date);
  if (!result.ok) throw new Error(`${date} ${result.error}`);
  return result.date;
}

/** Every sentence a record cites (its quote and passages), with its paragraph. */
function citations({ source }: ConflictEvent): { paragraph: number; quote: string }[] {
  if (!source?.quote || source.paragraph === undefined) return [];
  return [{ paragraph: source.paragraph, quote: source.quote }, ...(source.passages ?? [])];
}

/** Why a record's quotes are not verbatim in the paragraphs they name, if they are not. */
function quoteProblems(record: ConflictEvent, paragraphs: readonly string[]): string[] {
  const cited = citations(record);
  if (cited.length === 0) return [`${record.id}: no quote or paragraph`];
  return cited.flatMap(({ paragraph: number, quote }) => {
    const paragraph = paragraphs[number - 1];
    if (paragraph === undefined) return [`${record.id}: there is no paragraph ${number}`];
    if (paragraph.includes(quote)) return [];
    const elsewhere = paragraphs.findIndex((text) => text.includes(quote)) + 1;
    return [
      `${record.id}: quote not in paragraph ${number}${elsewhere ? ` (it is in ${elsewhere})` : ', nor anywhere'}`,
    ];
  });
}

/**
 * Arabic words as compared: no diacritics or tatweel, one alef, no punctuation, no leading "و" or
 * "ف" ("and"), and the group's name as one word (naming it is not taking a sentence).
 */
function words(text: string): string[] {
  return text
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/تنظيم (?:ما يسمى )?الدولة الاسلامية/g, 'داعش')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 3 ? word.replace(/^[وف]/, '') : word));
}

/**
 * Paragraphs a record's Arabic title and summary take words from without citing them: every run of
 * `SHARED_WORDS` words that stands in some paragraphs of the article, none of them cited.
 */
function uncitedParagraphs(record: ConflictEvent, paragraphs: readonly string[]): string[] {
  const cited = new Set(citations(record).map(({ paragraph }) => paragraph));
  const texts = paragraphs.map((paragraph) => ` ${words(paragraph).join(' ')} `);
  const problems = new Set<string>();
  for (const text of [record.title.ar, record.summary?.ar]) {
    const own = words(text ?? '');
    for (let i = 0; i + SHARED_WORDS <= own.length; i++) {
      const run = ` ${own.slice(i, i + SHARED_WORDS).join(' ')} `;
      const found = texts.flatMap((paragraph, index) => (paragraph.includes(run) ? [index + 1] : []));
      if (found.length > 0 && !found.some((number) => cited.has(number))) {
        problems.add(`${record.id}: "${run.trim()}" is from paragraph ${found.join(' or ')}, which it does not cite`);
      }
    }
  }
  return [...problems];
}

/** The fields a record names outside sources for. */
function outsideFields(record: ConflictEvent): Set<string> {
  return new Set(record.external?.flatMap((entry) => entry.fields) ?? []);
}

/** Whether the record has a value at a dotted path. */
function hasPath(record: ConflictEvent, path: string): boolean {
  let value: unknown = record;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value !== undefined;
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

  it('quotes every record verbatim, in the paragraphs it names (quote and passages)', () => {
    const problems = iraqCoalitionEvents.flatMap((record) => quoteProblems(record, paragraphs));
    expect(problems).to.deep.equal([]);
  });

  it('cites every paragraph its Arabic title and summary take words from', () => {
    const body = paragraphs.slice(0, paragraphs.indexOf('التعليقات'));
    const problems = iraqCoalitionEvents.flatMap((record) => uncitedParagraphs(record, body));
    expect(problems).to.deep.equal([]);
  });

  it('catches a summary sentence taken from a paragraph the record does not cite', () => {
    const tower22 = iraqCoalitionEvents.find((record) => record.id === 'tower-22-drone-attack')!;
    const withoutParagraph38 = {
      ...tower22,
      source: { ...tower22.source!, passages: tower22.source!.passages!.filter((p) => p.paragraph !== 38) },
    };
    expect(uncitedParagraphs(withoutParagraph38, paragraphs).join('\n')).to.include('is from paragraph 38');
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
      const numbers = [source?.paragraph ?? 0, ...(source?.passages ?? []).map((passage) => passage.paragraph)];
      const inComments = numbers.some((number) => number > commentsStart);
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

  it('gives a death toll only where a quote reports the deaths and states a number, or an outside source does', () => {
    for (const record of iraqCoalitionEvents) {
      if (record.fatalities === undefined && record.fatalitiesRange === undefined) continue;
      if (outsideFields(record).has('fatalities')) continue;
      const quotes = citations(record).map(({ quote }) => quote);
      expect(
        quotes.some((quote) => DEATH_WORD.test(quote)),
        record.id,
      ).to.equal(true);
      expect(quotes.some(statesNumber), record.id).to.equal(true);
    }
  });

  it('keeps no toll for the killings whose number the article does not give', () => {
    for (const id of ['soleimani-killed-in-baghdad', 'abu-taqwa-killed', 'abu-baqir-al-saadi-killed']) {
      const record = iraqCoalitionEvents.find((candidate) => candidate.id === id);
      expect(record?.fatalities, id).to.equal(undefined);
    }
  });

  it('bounds every figure as its quote does ("نحو" about, "أكثر من" more than)', () => {
    for (const { id, value, ...record } of iraqCoalitionEvents) {
      if (!value) continue;
      const amount = String(value.amount);
      const quote = citations({ id, ...record }).find(({ quote }) => quote.includes(amount))?.quote ?? '';
      // The words just before the number: "حاليا نحو 2500", "لأكثر من 165".
      const before = quote.slice(Math.max(0, quote.indexOf(amount) - 12), quote.indexOf(amount));
      const said = (Object.keys(BOUND_WORDS) as ValueBound[]).filter((bound) => BOUND_WORDS[bound]?.test(before));
      const bound = value.bound ?? 'exact';
      expect(said, `${id}: "${before}"`).to.deep.equal(bound === 'exact' ? [] : [bound]);
    }
  });

  it('names an outside source for every value the article never gives, and for nothing it lacks', () => {
    for (const record of iraqCoalitionEvents) {
      const outside = outsideFields(record);
      for (const path of NEVER_IN_ARTICLE) {
        if (hasPath(record, path)) expect(outside.has(path), `${record.id}: ${path}`).to.equal(true);
      }
      for (const path of outside) expect(hasPath(record, path), `${record.id}: ${path}`).to.equal(true);
      for (const entry of record.external ?? []) {
        expect(entry.source.ar, record.id).to.match(ARABIC_LETTER);
        expect(entry.source.en, record.id).to.match(LATIN_LETTER);
        if (entry.url !== undefined) expect(entry.url, record.id).to.match(/^https:\/\//);
      }
    }
  });

  it('writes every editor’s note in Arabic and English', () => {
    const notes = iraqCoalitionEvents.filter((record) => record.editorNote !== undefined);
    expect(notes.length).to.be.greaterThan(0);
    for (const { id, editorNote } of notes) {
      expect(editorNote?.ar, id).to.match(ARABIC_LETTER);
      expect(editorNote?.en, id).to.match(LATIN_LETTER);
    }
  });

  it('marks the end of every period as inferred (resolved with its reasoning), and says why it is a period', () => {
    const periods = iraqCoalitionEvents.filter((record) => record.kind === 'period');
    expect(periods.map((record) => record.id)).to.deep.equal(['coalition-air-campaign-against-isis']);
    for (const record of periods) {
      expect(record.end, record.id).to.not.equal(undefined);
      expect(record.source?.dateResolution?.resolvedAs, record.id).to.equal(record.end);
      expect(record.editorNote?.en, record.id).to.match(/period/i);
    }
  });

  it('dates the Tower 22 attack as "January 2024, day unknown, on or before the 28th", month not in doubt', () => {
    const tower22 = iraqCoalitionEvents.find((record) => record.id === 'tower-22-drone-attack')!;
    expect(tower22.start).to.equal('[2024-01-01..2024-01-28]');
    const date = parsed(tower22.start);
    expect([date.precision, date.uncertain, date.days?.last]).to.deep.equal(['month', false, 28]);
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
