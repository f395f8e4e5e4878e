/**
 * The stream reader and the CSV readers together: the one file the element's bundle loads when a
 * CSV arrives (`fetchEvents` imports it on demand), so that reading a CSV costs one request more.
 */
export { importStream } from './event-stream.js';
export { CsvEventParser } from './csv-events.js';
