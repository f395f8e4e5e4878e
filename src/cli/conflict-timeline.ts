#!/usr/bin/env node
/** The `conflict-timeline` command (package.json `bin`): see `cli.ts`. */
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
