/** The command line of `conflict-timeline-server`, read into server options (pure: no I/O, tested as a function). */
import { parseArgs } from 'node:util';
import { SOURCE_FORMATS, type SourceFormat } from './load-files.js';
import type { QueryServerOptions } from './index.js';

export const USAGE = `Usage: conflict-timeline-server [options] FILE...

Serves ACLED or UCDP GED CSV files, or the library's JSON, to <conflict-timeline>'s
HttpQueryProvider (protocol: ${'/v1/info'}, ${'/v1/window'}; see the README).

Options:
  --port N            port to listen on (default 8080; 0 picks a free one)
  --host ADDRESS      address to listen on (default 127.0.0.1: this machine only)
  --db FILE           keep the events in a DuckDB database file (default: in memory);
                      without FILEs, serve the events loaded into it before
  --format FORMAT     acled, ucdp or json for every FILE (default: detected)
  --cors ORIGIN       allow browsers on ORIGIN (repeat, or comma-separate; * for any)
  --max-items N       most events listed in one answer (default 2000)
  --timeout-ms N      stop a query after N ms (default 5000)
  --threads N         DuckDB threads (default: one per core)
  --memory-limit SIZE DuckDB memory limit, e.g. 4GB
  --quiet             print only errors
  -h, --help          this text`;

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'serve'; readonly options: QueryServerOptions; readonly quiet: boolean }
  | { readonly kind: 'error'; readonly message: string };

/** Reads the arguments (without `node` and the script). */
export function parseCommandLine(args: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        format: { type: 'string' },
        cors: { type: 'string', multiple: true },
        'max-items': { type: 'string' },
        'timeout-ms': { type: 'string' },
        threads: { type: 'string' },
        'memory-limit': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  try {
    const format = values.format;
    if (format !== undefined && !(SOURCE_FORMATS as readonly string[]).includes(format))
      throw new Error(`--format must be one of ${SOURCE_FORMATS.join(', ')}`);
    if (!positionals.length && !values.db) throw new Error('name at least one FILE to serve (or a --db loaded before)');
    const cors = (values.cors ?? [])
      .flatMap((entry) => entry.split(','))
      .map((origin) => origin.trim())
      .filter(Boolean);
    const badOrigin = cors.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin));
    if (badOrigin) throw new Error(`--cors ${badOrigin}: an origin is a scheme and host, like https://example.org`);
    const limits = {
      ...(values['max-items'] === undefined ? {} : { maxItems: whole(values['max-items'], '--max-items', 1, 100_000) }),
      ...(values['timeout-ms'] === undefined
        ? {}
        : { timeoutMs: whole(values['timeout-ms'], '--timeout-ms', 10, 600_000) }),
    };
    const options: QueryServerOptions = {
      files: positionals.map((path) => (format ? { path, format: format as SourceFormat } : { path })),
      port: values.port === undefined ? 8080 : whole(values.port, '--port', 0, 65_535),
      host: values.host ?? '127.0.0.1',
      cors: cors.includes('*') ? '*' : cors,
      limits,
      ...(values.db === undefined ? {} : { database: values.db }),
      ...(values.threads === undefined ? {} : { threads: whole(values.threads, '--threads', 1, 1024) }),
      ...(values['memory-limit'] === undefined ? {} : { memoryLimit: memory(values['memory-limit']) }),
    };
    return { kind: 'serve', options, quiet: values.quiet ?? false };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function whole(text: string, flag: string, min: number, max: number): number {
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) throw new Error(`${flag} must be a whole number from ${min} to ${max}`);
  return value;
}

function memory(text: string): string {
  if (!/^\d{1,6}(\.\d{1,3})?\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(text))
    throw new Error('--memory-limit is a size like 512MB or 4GB');
  return text;
}
