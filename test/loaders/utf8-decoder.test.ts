import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Utf8Decoder } from '../../src/loaders/utf8-decoder.js';

/** `bytes` cut at `offsets` and decoded piece by piece, then ended, by a decoder of each kind. */
function decodeInPieces(bytes: Uint8Array, offsets: readonly number[]): { ours: string; reference: string } {
  const points = [...new Set(offsets.map((offset) => offset % (bytes.length + 1)))].sort((a, b) => a - b);
  const ours = new Utf8Decoder();
  const reference = new TextDecoder('utf-8');
  let oursText = '';
  let referenceText = '';
  [0, ...points].forEach((from, index) => {
    const piece = bytes.subarray(from, points[index] ?? bytes.length);
    oursText += ours.decode(piece, { stream: true });
    referenceText += reference.decode(piece, { stream: true });
  });
  return { ours: oursText + ours.decode(), reference: referenceText + reference.decode() };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Bytes of UTF-8 text with, here and there, bytes that make it malformed. */
const utf8ish = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'grapheme' }).map(encode) },
      { weight: 3, arbitrary: fc.constantFrom('حدث 1', 'مقتل', '😀', '€', 'é', '\ufeff', 'a'.repeat(40)).map(encode) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          [0xc0, 0x80],
          [0xe0, 0x80, 0x80],
          [0xed, 0xa0, 0x80],
          [0xf4, 0x90, 0x80, 0x80],
          [0xf0, 0x9f],
          [0xff],
          [0x80],
          [0xe2, 0x82],
        ),
      },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 6 }) },
    ),
  )
  .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part])));

describe('Utf8Decoder', () => {
  it('decodes as TextDecoder does, whatever the bytes and wherever the chunks end', () => {
    fc.assert(
      fc.property(utf8ish, fc.array(fc.nat(), { maxLength: 8 }), (bytes, offsets) => {
        const { ours, reference } = decodeInPieces(bytes, offsets);
        expect(ours).to.equal(reference);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a byte order mark at the start only, even split over chunks', () => {
    const bytes = encode('\ufeffa\ufeffb');
    for (const cut of [0, 1, 2, 3, 4, 5]) {
      expect(decodeInPieces(bytes, [cut]).ours).to.equal('a\ufeffb');
    }
  });

  it('keeps a character cut between chunks whole, and replaces one the stream ends inside', () => {
    const decoder = new Utf8Decoder();
    const bytes = encode('ب😀');
    expect(decoder.decode(bytes.subarray(0, 3), { stream: true })).to.equal('ب');
    expect(decoder.decode(bytes.subarray(3, 5), { stream: true })).to.equal('');
    expect(decoder.decode(bytes.subarray(5), { stream: true })).to.equal('😀');
    expect(decoder.decode(bytes.subarray(0, 1), { stream: true })).to.equal('');
    expect(decoder.decode()).to.equal('\ufffd');
  });

  it('decodes long text of ASCII runs of every length and Arabic, as a stream in large chunks', () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `{"id":"e-${i}","notes":"${'x'.repeat(i % 1500)}","ar":"حدث ${i}"},\n`,
    );
    const text = lines.join('');
    const bytes = encode(text);
    expect(decodeInPieces(bytes, [65_536, 100_001, 300_000, 1_000_000]).ours).to.equal(text);
  });

  it('hands a large chunk out in pieces of at most 64 Ki characters, which make its text', () => {
    const text = `${'a'.repeat(100_000)}حدث${'b'.repeat(200_000)}`;
    const pieces = new Utf8Decoder().decodePieces(encode(text), { stream: true });
    expect(pieces.join('')).to.equal(text);
    expect(pieces.length).to.be.greaterThan(4);
    for (const piece of pieces) expect(piece.length).to.be.at.most(65_536);
  });
});
