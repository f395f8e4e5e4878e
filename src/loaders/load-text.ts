/** From text (a file, a response body) or parsed JSON of any supported format to candidate events. */
import { importCsvText } from './csv-events.js';
import { isCsvFormat } from './csv-formats.js';
import { readText } from './detect.js';
import { importJsonText, importJsonValue, unreadable } from './json-import.js';
import type { ImportResult, LoadOptions } from './types.js';

export { importJsonValue };

/**
 * Imports `text` in `options.format`, or, without one, the format it is detected to be in (see
 * `detectFormat`; `contentType` only breaks ties). An unreadable text gives one error issue
 * saying why. `options.lang` is the language of TimelineJS texts. Never throws.
 */
export function loadFromText(text: string, contentType?: string, options: LoadOptions = {}): ImportResult {
  const asked = options.format === 'auto' ? undefined : options.format;
  if (asked) {
    return isCsvFormat(asked)
      ? importCsvText(text, { ...options, format: asked })
      : importJsonText(text, options, asked);
  }
  const reading = readText(text, contentType);
  if (reading.format === 'unknown') return unreadable(reading.reason);
  if ('value' in reading) return importJsonValue(reading.value, options, reading.format);
  return importCsvText(text, { ...options, format: reading.format });
}
