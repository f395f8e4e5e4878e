// Test-runner command `query-server-url`: starts the real query server (the command, from its
// TypeScript source, on loopback and a free port, DuckDB in memory) on the fixture files, once,
// and answers its protocol URL; the server is stopped (SIGTERM) when the test runner stops.
// Browser tests then browse it with HttpQueryProvider, across origins as a page would.
import { spawn } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = ['acled.csv', 'ucdp.csv', 'events.json'].map((name) => `test/node/server/fixtures/${name}`);
const START_LIMIT_MS = 60_000;

export function queryServerPlugin() {
  let origin = '*';
  let child;
  let url;
  return {
    name: 'query-server-command',
    serverStart({ config }) {
      origin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    async executeCommand({ command }) {
      if (command !== 'query-server-url') return undefined;
      url ??= start();
      return url;
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };

  function start() {
    const args = [
      '--import',
      'tsx',
      'src/server/cli.ts',
      ...FIXTURES,
      '--port',
      '0',
      '--threads',
      '1',
      '--cors',
      origin,
    ];
    child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => fail(`did not start in ${START_LIMIT_MS / 1000} s`), START_LIMIT_MS);
      const fail = (why) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`The query server ${why}:\n${output}`));
      };
      const read = (chunk) => {
        output += chunk;
        const match = /Serving on (http:\/\/\S+\/v1\/)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => fail(`exited (${code})`));
    });
  }
}
