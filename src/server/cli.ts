#!/usr/bin/env node
/**
 * `conflict-timeline-server FILE... [--port 8080]`: loads the files into DuckDB and serves them
 * to `HttpQueryProvider` until SIGINT or SIGTERM, then finishes the requests in flight and closes.
 */
import { USAGE, parseCommandLine } from './cli-options.js';
import { DuckDbMissingError, SourceFileError, startQueryServer, type LoadReport } from './index.js';

const SHOWN_ISSUES = 20;

async function main(): Promise<number> {
  const command = parseCommandLine(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === 'error') {
    console.error(`conflict-timeline-server: ${command.message}\n\n${USAGE}`);
    return 2;
  }
  const say = command.quiet ? () => {} : (line: string) => console.log(line);
  const began = performance.now();
  let server;
  try {
    server = await startQueryServer({
      ...command.options,
      log: command.quiet ? undefined : (line) => console.error(line),
    });
  } catch (error) {
    if (error instanceof DuckDbMissingError || error instanceof SourceFileError) {
      console.error(`conflict-timeline-server: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (server.report) printReport(server.report, (performance.now() - began) / 1000, say);
  say(`Serving on ${server.url} (info: ${server.url}info). Stop with Ctrl+C.`);
  const cors = command.options.cors;
  if (cors === '*') say('CORS: any origin may query.');
  else if (cors?.length) say(`CORS: ${cors.join(', ')}.`);
  else say('CORS: none (pages on other origins cannot query; see --cors).');
  await untilSignal();
  say('Stopping: finishing the requests in flight…');
  await server.close();
  return 0;
}

function printReport(report: LoadReport, seconds: number, say: (line: string) => void): void {
  for (const file of report.files) say(`${file.path}: ${file.format}, ${file.rows.toLocaleString('en')} rows`);
  say(
    `Loaded ${report.events.toLocaleString('en')} events in ${seconds.toFixed(1)} s; ` +
      `${report.rejected.toLocaleString('en')} rows left out.`,
  );
  for (const issue of report.issues.slice(0, SHOWN_ISSUES)) {
    const where = issue.row === null ? '' : ` row ${issue.row}`;
    const id = issue.id === null ? '' : ` (${issue.id})`;
    console.error(`  ${issue.file}${where}${id}: ${issue.message}`);
  }
  if (report.rejected > SHOWN_ISSUES) console.error(`  …and ${report.rejected - SHOWN_ISSUES} more.`);
}

/** Resolves on the first SIGINT or SIGTERM; a second one ends the process at once. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(signal === 'SIGINT' ? 130 : 143);
      stopping = true;
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('conflict-timeline-server failed:', error);
    process.exitCode = 1;
  },
);
