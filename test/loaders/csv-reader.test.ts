import { expect } from '@open-wc/testing';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { CsvReader, parseCsv } from '../../src/loaders/csv-reader.js';

/** Records read from `pieces` fed one after the other. */
function readInPieces(pieces: readonly string[]): string[][] {
  const reader = new CsvReader();
  const records = pieces.flatMap((piece) => reader.push(piece));
  return [...records, ...reader.end()];
}

/** `text` cut at the given offsets. */
function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, index) => text.slice(from, points[index] ?? text.length));
}

const TRICKY = [
  'a,b,c\r\n1,2,3\r\n',
  '"a, b","say ""hi""","line 1\r\nline 2"\n',
  '""""\r\n""\r\n"x"',
  ',,\n\nx,',
  '\ufeffYear,Headline\r2014,x\r',
  'ab"c,d\n"ab"c,d\n"never closed, still\nhere',
];

describe('CsvReader', () => {
  it('reads every tricky text the same, whatever two or three pieces it comes in', () => {
    for (const text of TRICKY) {
      const whole = parseCsv(text);
      for (let first = 0; first <= text.length; first++) {
        for (let second = first; second <= text.length; second++) {
          expect(readInPieces(cut(text, [first, second])), JSON.stringify([text, first, second])).to.deep.equal(whole);
        }
      }
    }
  });

  it('reads a text one character at a time as it reads it whole', () => {
    for (const text of TRICKY) expect(readInPieces([...text])).to.deep.equal(parseCsv(text));
  });

  it('strips the byte order mark only at the very start', () => {
    expect(readInPieces(['\ufeffa', '\ufeffb'])).to.deep.equal([['a\ufeffb']]);
    expect(readInPieces(['', '\ufeffa'])).to.deep.equal([['a']]);
  });

  it('hands out a record as soon as its line ends, and keeps only the unfinished one', () => {
    const reader = new CsvReader();
    expect(reader.push('a,b\n1,')).to.deep.equal([['a', 'b']]);
    expect(reader.push('"x\n')).to.deep.equal([]);
    expect(reader.push('y",z\r')).to.deep.equal([['1', 'x\ny', 'z']]);
    expect(reader.push('\n')).to.deep.equal([]);
    expect(reader.end()).to.deep.equal([]);
    expect(reader.charactersRead).to.equal(15);
  });

  it('agrees with d3-dsv on well-formed CSV (any fields, CRLF or LF, any pieces)', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', '"', '""', ',', '\n', '\r\n', '\r', ' a ', 'a"b', 'سقوط الموصل', '😀'),
    );
    // d3 reads a record of one empty field as an empty record; such rows are left out here.
    const record = fc.array(field, { minLength: 1, maxLength: 5 }).filter((row) => row.length > 1 || row[0] !== '');
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, crlf, offsets) => {
          const lines = rows.map((row) => csvFormatRows([row]));
          const text = lines.join(crlf ? '\r\n' : '\n');
          const read = readInPieces(cut(text, offsets));
          expect(read).to.deep.equal(rows);
          expect(read).to.deep.equal(csvParseRows(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Linear, not quadratic: a field 8 times longer takes about 8 times as long, not 64 (a reader
  // scanning its whole field again at each piece). A ratio, not a time budget, so a busy machine
  // slows both sides alike; the faster of two runs of each.
  it('stays linear on a quoted field that arrives in 64 KB pieces', () => {
    const read = (megabytes: number): number => {
      const text = `"${'""'.repeat((megabytes * 1024 * 1024) / 2)}"`;
      const reader = new CsvReader();
      const started = performance.now();
      for (let at = 0; at < text.length; at += 65_536) reader.push(text.slice(at, at + 65_536));
      const [[field] = []] = reader.end();
      const ms = performance.now() - started;
      expect(field).to.have.length((megabytes * 1024 * 1024) / 2);
      return ms;
    };
    const small = Math.min(read(1), read(1));
    const large = Math.min(read(8), read(8));
    expect(large / Math.max(small, 1), `1 MB: ${small.toFixed(0)} ms, 8 MB: ${large.toFixed(0)} ms`).to.be.below(24);
  });
});
