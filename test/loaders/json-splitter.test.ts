import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { JsonSplitter } from '../../src/loaders/json-splitter.js';

/** `text` fed in pieces cut at `offsets`: the entries, the members, and whether the events were streamed. */
function split(text: string, offsets: readonly number[]) {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  const splitter = new JsonSplitter();
  const entries: unknown[] = [];
  [0, ...points].forEach((from, index) =>
    entries.push(...splitter.push(text.slice(from, points[index] ?? text.length))),
  );
  splitter.end();
  return { entries, members: { ...splitter.members }, streamed: splitter.streamedEvents };
}

/** Whether `run` throws. */
function throws(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch {
    return true;
  }
}

/** The message `run` throws. */
function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'nothing thrown';
}

/** Counts the calls of `JSON.parse` until `restore()`. */
function spyOnJsonParse(): { readonly calls: number; restore(): void } {
  const original = JSON.parse;
  const spy = { calls: 0, restore: () => void (JSON.parse = original) };
  JSON.parse = (...args: Parameters<typeof JSON.parse>) => (spy.calls++, original(...args) as unknown);
  return spy;
}

describe('JsonSplitter', () => {
  it('hands out the entries of a root list exactly as JSON.parse reads them, in any pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (list, indent, offsets) => {
          const text = JSON.stringify(list, null, indent);
          expect(split(text, offsets).entries).to.deep.equal(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("streams the root object's events and keeps its other members, in any order and pieces", () => {
    const member = fc.tuple(
      fc.string({ maxLength: 6 }).filter((key) => key !== 'events'),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 }),
        fc.array(member, { maxLength: 4 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (events, members, at, offsets) => {
          const entries = members.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
          entries.splice(at % (entries.length + 1), 0, `"events": ${JSON.stringify(events)}`);
          const text = `{${entries.join(',\n')}}`;
          const whole = JSON.parse(text) as Record<string, unknown>;
          const result = split(text, offsets);
          expect(result.streamed).to.equal(true);
          expect(result.entries).to.deep.equal(whole.events);
          const { events: _events, ...others } = whole;
          expect(result.members).to.deep.equal(others);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses exactly what JSON.parse refuses, for lists with a character inserted or removed', () => {
    const list = fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 5 });
    const edit = fc.tuple(
      fc.nat(),
      fc.boolean(),
      fc.constantFrom(',', ']', '[', '{', '}', '"', ':', ' ', '\\', 'x', '1', '\u00a0'),
    );
    fc.assert(
      fc.property(list, edit, fc.array(fc.nat(), { maxLength: 4 }), (value, [at, insert, character], offsets) => {
        const valid = JSON.stringify(value);
        const place = at % valid.length;
        const text = insert
          ? valid.slice(0, place) + character + valid.slice(place)
          : valid.slice(0, place) + valid.slice(place + 1);
        const parseThrows = throws(() => JSON.parse(text));
        expect(
          throws(() => split(text, offsets)),
          text,
        ).to.equal(parseThrows);
        if (!parseThrows && text.trimStart().startsWith('['))
          expect(split(text, offsets).entries).to.deep.equal(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses trailing and leading commas and other near-JSON, as JSON.parse does', () => {
    for (const text of ['[1,]', '[,1]', '{"a":1,}', '{"events":[1,]}', '[1 2]', '{"a" 1}', '[}', '[1]]', '\u00a0[]']) {
      expect(
        throws(() => JSON.parse(text)),
        text,
      ).to.equal(true);
      expect(
        throws(() => split(text, [1, 3])),
        text,
      ).to.equal(true);
    }
  });

  it('parses the entries of a piece together, yet reports a bad one as if parsed alone', () => {
    const parse = spyOnJsonParse();
    const splitter = new JsonSplitter();
    try {
      expect(splitter.push('[{"id":"a"},{"id":"b"},{"id":"c"},')).to.deep.equal([
        { id: 'a' },
        { id: 'b' },
        { id: 'c' },
      ]);
      expect(parse.calls).to.equal(1);
    } finally {
      parse.restore();
    }
    const bad = '{"id":"e",}';
    const expected = thrownMessage(() => JSON.parse(bad));
    expect(thrownMessage(() => splitter.push(`{"id":"d"},${bad},{"id":"f"}]`))).to.equal(expected);
  });

  it('does not take a lone blank entry after a comma for none, in whichever piece it comes', () => {
    const splitter = new JsonSplitter();
    expect(splitter.push('[1,')).to.deep.equal([1]);
    expect(() => splitter.push(' ]')).to.throw(SyntaxError);
  });

  it('keeps a __proto__ member as a member, never as a prototype', () => {
    const { members } = split('{"__proto__": {"polluted": true}, "events": []}', [5, 20]);
    expect(Object.keys(members)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('holds only the entry being read, not the text before it', () => {
    const splitter = new JsonSplitter();
    const entry = JSON.stringify({ id: 'x', start: '2014', title: { en: 'y'.repeat(1000) } });
    splitter.push('[');
    for (let index = 0; index < 1000; index++) splitter.push(`${entry},`);
    const held = (splitter as unknown as { text: string }).text.length;
    expect(held).to.be.below(2 * entry.length);
  });
});

describe('JsonSplitter: a list of objects taken without reading each character', () => {
  /** Text that looks like the boundaries `leap` cuts at, inside strings and lists of objects. */
  const tricky = fc.constantFrom('},{', '}, {', '"},{"', '\\"},{', '}\n,\n{', '{', '}', ',', '\\\\', 'ح');
  const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { maxLength: 4 }).map((parts) => parts.join(''));
  const event = fc.record(
    {
      id: text,
      title: fc.record({ en: text, ar: text }),
      links: fc.array(fc.record({ url: text }), { maxLength: 3 }),
      value: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['id'] },
  );

  it('hands out exactly what JSON.parse reads, whatever the strings and lists inside the events', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('', ' ', '\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (events, inObject, space, offsets) => {
          const list = `[${space}${events.map((entry) => JSON.stringify(entry)).join(`,${space}`)}${space}]`;
          const json = inObject ? `{"title": {"text": "},{"}, "events": ${list}, "eras": [{},{}]}` : list;
          const result = split(json, offsets);
          expect(result.entries).to.deep.equal(events.map((entry) => JSON.parse(JSON.stringify(entry)) as unknown));
          if (inObject) expect(result.members).to.deep.equal({ title: { text: '},{' }, eras: [{}, {}] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes nearly all of a long list of events so, piece after piece', () => {
    const events = Array.from({ length: 2000 }, (_, index) => ({
      id: `event-${index}`,
      start: '2024-02-07',
      title: { en: `Event ${index}`, ar: `حدث ${index}` },
      category: 'air-strike',
    }));
    const json = `[\n${events.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`;
    const splitter = new JsonSplitter();
    const entries: unknown[] = [];
    for (let from = 0; from < json.length; from += 16_384)
      entries.push(...splitter.push(json.slice(from, from + 16_384)));
    splitter.end();
    expect(entries).to.deep.equal(events);
    // The scanner reads only each piece's last, unfinished event and the end of the list.
    expect(splitter.leapt).to.be.above(events.length * 0.9);
  });

  it('tries the cut once for an event that spans many pieces, not again in each piece', () => {
    // One event with a long list of objects inside: every `},{` in it is a cut JSON.parse refuses.
    const media = Array.from({ length: 4000 }, (_, index) => ({ url: `https://example.org/${index}` }));
    const json = `[${JSON.stringify({ id: 'big', media })}, {"id": "next"}]`;
    const parse = spyOnJsonParse();
    let entries: unknown[];
    try {
      entries = split(
        json,
        Array.from({ length: 200 }, (_, index) => Math.floor((json.length * index) / 200)),
      ).entries;
    } finally {
      parse.restore();
    }
    expect(entries).to.deep.equal([{ id: 'big', media }, { id: 'next' }]);
    // Each refused try parses the event read so far: tried in each of 200 pieces, that is
    // quadratic in the event's length.
    expect(parse.calls).to.be.below(20);
  });

  it('still refuses a bad entry in a list it would otherwise take whole', () => {
    const good = JSON.stringify({ id: 'a', title: { en: 'b' } });
    for (const bad of ['{"id": "x",}', '{"id": "x" "y": 1}', '{"id": 01}', "{'id': 'x'}"]) {
      const json = `[${[good, good, bad, good, good].join(',')}]`;
      expect(
        throws(() => split(json, [json.length - 3])),
        bad,
      ).to.equal(true);
      expect(
        throws(() => split(json, [])),
        bad,
      ).to.equal(true);
    }
  });
});
