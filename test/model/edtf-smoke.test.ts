import { expect } from '@open-wc/testing';
import { parseEdtf, spanStart } from '../../src/model/edtf.js';

describe('smoke', () => {
  it('runs in a non-UTC time zone and keeps calendar days', () => {
    expect(new Date(2024, 1, 7).getTimezoneOffset()).to.not.equal(0);
    const parsed = parseEdtf('2024-02-07');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(spanStart(parsed.date).getDate()).to.equal(7);
  });
});
