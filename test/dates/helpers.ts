import { parseEdtf, type ParsedDate } from '../../src/model/edtf.js';

/** Parses an EDTF date a test writes by hand; a typo fails the test loudly. */
export function edtf(text: string): ParsedDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`${text} ${result.error}`);
  return result.date;
}
