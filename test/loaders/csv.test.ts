import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/loaders/csv-reader.js';
import { fixtureText } from './helpers.js';

describe('parseCsv', () => {
  it('splits records and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3')).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends, and ignores one final line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a\rb\nc')).to.deep.equal([['a'], ['b'], ['c']]);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    expect(parseCsv('"a, b","say ""hi""","line 1\r\nline 2"\n')).to.deep.equal([
      ['a, b', 'say "hi"', 'line 1\r\nline 2'],
    ]);
    expect(parseCsv('""')).to.deep.equal([['']]);
    expect(parseCsv('""""')).to.deep.equal([['"']]);
  });

  it('drops a leading byte order mark', () => {
    expect(parseCsv('\ufeffYear,Headline\n2014,x')[0]).to.deep.equal(['Year', 'Headline']);
  });

  it('keeps empty fields, trailing commas and empty lines', () => {
    expect(parseCsv(',,\n\nx,')).to.deep.equal([['', '', ''], [''], ['x', '']]);
  });

  it('gives nothing for empty input', () => {
    expect(parseCsv('')).to.deep.equal([]);
    expect(parseCsv('\ufeff')).to.deep.equal([]);
  });

  it('is lenient like a spreadsheet with stray and unclosed quotes', () => {
    expect(parseCsv('ab"c,d')).to.deep.equal([['ab"c', 'd']]);
    expect(parseCsv('"ab"c,d')).to.deep.equal([['abc', 'd']]);
    expect(parseCsv('"never closed, still\nhere')).to.deep.equal([['never closed, still\nhere']]);
  });

  it('reads the TimelineJS template fixture: 18 columns in every non-blank row', async () => {
    const records = parseCsv(await fixtureText('timelinejs.csv'));
    expect(records).to.have.length(10);
    for (const record of records.filter((row) => row.length > 1)) expect(record).to.have.length(18);
    expect(records[2]?.[10]).to.contain('"the city" is left:</p>\r\n<script>');
  });

  it('is linear on a 10 MB quoted field of escaped quotes', () => {
    const text = `"${'""'.repeat(5 * 1024 * 1024)}"`;
    const started = performance.now();
    const [[field] = []] = parseCsv(text);
    expect(field).to.have.length(5 * 1024 * 1024);
    expect(performance.now() - started).to.be.below(10_000);
  });
});
