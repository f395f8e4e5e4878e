/**
 * `conflict-timeline validate FILE` and `conflict-timeline convert FILE --to json`: the loaders
 * for data authors, in Node, without a browser. Exit codes: 0 all well (warnings allowed), 1 rows
 * with errors (left out of a conversion), 2 a usage error or a file that could not be read.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { isCsvFormat } from '../loaders/csv-formats.js';
import { SOURCE_FORMATS, type KnownFormat, type MappingDecision, type SourceFormat } from '../loaders/types.js';
import type { ConflictEvent } from '../model/types.js';
import { readEventFile, type FileIssue, type FileReading } from './read-events.js';

/** Where the command line writes: stdout for results, stderr for reports. */
export interface CliOutput {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export const EXIT_OK = 0;
export const EXIT_ROW_ERRORS = 1;
export const EXIT_FAILURE = 2;

const USAGE = `Usage:
  conflict-timeline validate FILE [--format FORMAT]
      Reads FILE and prints each problem with its row and field. Exits 1 if a row has errors.
  conflict-timeline convert FILE --to json [--out OUT] [--report REPORT.json] [--format FORMAT]
      Writes the events as the library's JSON (to OUT, or standard output) and the mapping
      decisions and problems to standard error (and REPORT.json). Exits 1 if rows were left out.

FORMAT: auto (the default: detected from the file), ${SOURCE_FORMATS.join(', ')}.
`;

const FORMAT_NAMES: Record<SourceFormat, string> = {
  'conflict-json': "the library's JSON",
  'timelinejs-json': 'TimelineJS JSON',
  'timelinejs-csv': 'a TimelineJS sheet (CSV)',
  'acled-csv': 'an ACLED export',
  'ucdp-ged-csv': 'a UCDP GED CSV',
  unknown: 'an unknown format',
};

/** Runs the command line on `args` (without `node` and the script); resolves with the exit code. */
export async function runCli(args: readonly string[], output: CliOutput): Promise<number> {
  let parsed: ReturnType<typeof parseCommand>;
  try {
    parsed = parseCommand(args);
  } catch (error) {
    output.stderr.write(`conflict-timeline: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_FAILURE;
  }
  if (parsed.command === 'help') {
    output.stdout.write(USAGE);
    return EXIT_OK;
  }
  try {
    return parsed.command === 'validate' ? await validate(parsed, output) : await convert(parsed, output);
  } catch (error) {
    output.stderr.write(`conflict-timeline: ${parsed.file}: ${readError(error)}\n`);
    return EXIT_FAILURE;
  }
}

interface Command {
  readonly command: 'validate' | 'convert';
  readonly file: string;
  readonly format: KnownFormat | 'auto';
  readonly out?: string;
  readonly report?: string;
}

function parseCommand(args: readonly string[]): Command | { readonly command: 'help' } {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || command === 'help' || command === undefined) return { command: 'help' };
  if (command !== 'validate' && command !== 'convert') throw new Error(`unknown command "${command}"`);
  if (file === undefined) throw new Error(`${command} needs a FILE`);
  if (rest.length) throw new Error(`unexpected argument "${rest[0]}"`);
  const format = values.format ?? 'auto';
  if (format !== 'auto' && !(SOURCE_FORMATS as readonly string[]).includes(format)) {
    throw new Error(`unknown format "${format}"`);
  }
  if (command === 'convert' && values.to !== 'json') throw new Error('convert needs --to json (the one output format)');
  if (command === 'validate' && (values.to || values.out || values.report)) {
    throw new Error('--to, --out and --report belong to convert');
  }
  return {
    command,
    file,
    format: format as KnownFormat | 'auto',
    ...(values.out ? { out: values.out } : {}),
    ...(values.report ? { report: values.report } : {}),
  };
}

async function validate(command: Command, output: CliOutput): Promise<number> {
  const reading = await readEventFile(command.file, command.format);
  if (reading.unreadable !== undefined) return unreadable(command.file, reading, output);
  for (const issue of reading.issues) output.stdout.write(`${issueLine(command.file, reading.format, issue)}\n`);
  output.stdout.write(`${summary(command.file, reading)}\n`);
  return errorCount(reading) ? EXIT_ROW_ERRORS : EXIT_OK;
}

async function convert(command: Command, output: CliOutput): Promise<number> {
  const target = command.out ? createWriteStream(command.out) : undefined;
  const writer = new JsonListWriter(target ?? output.stdout);
  let reading: FileReading;
  try {
    reading = await readEventFile(command.file, command.format, (events) => writer.write(events));
    await writer.close();
  } finally {
    if (target) await closeFile(target);
  }
  if (reading.unreadable !== undefined) return unreadable(command.file, reading, output);
  const { stderr } = output;
  stderr.write(`${summary(command.file, reading)}\n`);
  stderr.write(`${reading.valid} events written to ${command.out ?? 'standard output'}.\n`);
  if (reading.decisions.length) stderr.write(`Mapping decisions:\n${decisionLines(reading.decisions)}`);
  if (reading.issues.length) stderr.write('Problems:\n');
  for (const issue of reading.issues) stderr.write(`  ${issueLine(command.file, reading.format, issue)}\n`);
  if (command.report) await writeFile(command.report, `${JSON.stringify(reportOf(command, reading), null, 2)}\n`);
  return errorCount(reading) ? EXIT_ROW_ERRORS : EXIT_OK;
}

function unreadable(file: string, reading: FileReading, output: CliOutput): number {
  output.stderr.write(`conflict-timeline: ${file}: could not be read: ${reading.unreadable}.\n`);
  return EXIT_FAILURE;
}

/** `file:ROW: error: message` for a CSV row, `file: error: message` otherwise. */
function issueLine(file: string, format: SourceFormat, issue: FileIssue): string {
  const where = issue.row !== undefined && isCsvFormat(format) ? `${file}:${issue.row}` : file;
  return `${where}: ${issue.severity}: ${issue.message}`;
}

function summary(file: string, reading: FileReading): string {
  const errors = errorCount(reading);
  const warnings = reading.issues.length - errors;
  const unit = isCsvFormat(reading.format) ? 'rows' : 'entries';
  return (
    `${file}: ${FORMAT_NAMES[reading.format]}, ${reading.rows} ${unit}, ${reading.valid} valid events, ` +
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`
  );
}

/** One line per decision, by column then value: `  time_precision 3 → the month …: 12 rows`. */
function decisionLines(decisions: readonly MappingDecision[]): string {
  return [...decisions]
    .sort((a, b) => a.field.localeCompare(b.field) || a.value.localeCompare(b.value, 'en', { numeric: true }))
    .map(
      (decision) =>
        `  ${decision.field} ${decision.value} → ${decision.result}: ${decision.rows} row${decision.rows === 1 ? '' : 's'}\n`,
    )
    .join('');
}

function reportOf(command: Command, reading: FileReading): object {
  return {
    file: command.file,
    format: reading.format,
    rows: reading.rows,
    bytes: reading.bytes,
    events: reading.valid,
    decisions: reading.decisions,
    issues: reading.issues,
  };
}

function errorCount(reading: FileReading): number {
  return reading.issues.filter((issue) => issue.severity === 'error').length;
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Writes events as a JSON list, one event a line, waiting when the stream is full. */
class JsonListWriter {
  private count = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(events: readonly ConflictEvent[]): Promise<void> {
    for (const event of events) {
      const ok = this.stream.write(`${this.count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(event)}`);
      if (!ok) await once(this.stream, 'drain');
    }
  }

  async close(): Promise<void> {
    this.stream.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

async function closeFile(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  stream.end();
  await once(stream, 'close');
}
