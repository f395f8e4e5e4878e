import { expect } from '@open-wc/testing';
import { compareParsedDates, parseEdtf, spanEnd, spanStart, type ParsedDate } from '../../src/model/edtf.js';
import { EDTF_SCHEMA_PATTERN } from '../../src/model/json-schema.js';
import { validateEvents } from '../../src/model/validate.js';
import { MINIMAL_EVENT, variant } from './event-samples.js';

function parsed(text: string): ParsedDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`${text} ${result.error}`);
  return result.date;
}

function errorsOf(changes: Record<string, unknown>): string[] {
  return validateEvents([variant(MINIMAL_EVENT, changes)])
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message);
}

describe('EDTF one-of set of days ([2024-01-01..2024-01-28])', () => {
  it('reads "a day of 1–28 January 2024" as that month, no day, with the run of days it may be', () => {
    const date = parsed('[2024-01-01..2024-01-28]');
    expect(date).to.deep.include({ year: 2024, month: 1, precision: 'month', approximate: false, uncertain: false });
    expect(date.day).to.equal(undefined);
    expect(date.days).to.deep.equal({ first: 1, last: 28 });
    expect(Object.isFrozen(date.days)).to.equal(true);
  });

  it('spans the local calendar days of the run, not the whole month', () => {
    const date = parsed('[2024-01-03..2024-01-28]');
    const start = spanStart(date);
    const end = spanEnd(date);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).to.deep.equal([2024, 0, 3, 0]);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).to.deep.equal([2024, 0, 29, 0]);
  });

  it('orders by the first day it may be', () => {
    expect(compareParsedDates(parsed('[2024-01-05..2024-01-28]'), parsed('2024-01-04'))).to.be.greaterThan(0);
    expect(compareParsedDates(parsed('[2024-01-05..2024-01-28]'), parsed('2024-01-05'))).to.equal(0);
    expect(compareParsedDates(parsed('[2024-01-05..2024-01-28]'), parsed('2024-01'))).to.be.greaterThan(0);
  });

  it('refuses runs across months, backwards or of one day, impossible days and qualifiers', () => {
    for (const text of [
      '[2024-01-20..2024-02-03]',
      '[2023-01-01..2024-01-28]',
      '[2024-01-28..2024-01-01]',
      '[2024-01-05..2024-01-05]',
      '[2023-02-01..2023-02-29]',
      '[2024-01-01..2024-01-28]?',
      '[2024-01-01?..2024-01-28]',
      '[..2024-01-28]',
      '[2024-01..2024-02]',
    ]) {
      expect(parseEdtf(text).ok, text).to.equal(false);
    }
  });

  it('passes the validator and its date-order check uses the run’s days', () => {
    expect(errorsOf({ start: '[2024-01-01..2024-01-28]' })).to.deep.equal([]);
    expect(errorsOf({ start: '[2024-01-01..2024-01-28]', end: '2024-01-10' })).to.deep.equal([]);
    expect(errorsOf({ start: '2024-01-29', end: '[2024-01-01..2024-01-28]' })).to.have.length(1);
    expect(errorsOf({ start: '[2024-01-20..2024-02-03]' })[0]).to.include('across months');
  });

  it('is in the JSON Schema pattern, which cannot see the month or the order of its days', () => {
    const pattern = new RegExp(EDTF_SCHEMA_PATTERN, 'u');
    expect(pattern.test('[2024-01-01..2024-01-28]')).to.equal(true);
    expect(pattern.test('[2024-01-01..2024-01-32]')).to.equal(false);
    expect(pattern.test('[2024-01..2024-02]')).to.equal(false);
    expect(pattern.test('[2024-01-01..2024-01-28]?')).to.equal(false);
    // Schema-blind, refused by the validator:
    expect(pattern.test('[2024-01-20..2024-02-03]')).to.equal(true);
  });
});
