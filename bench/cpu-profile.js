// Shared by the profiling scripts (bench/profile.js, bench/server-profile.js): their flags, and
// a V8 CPU profile's self time by function.

/** `--name value` pairs of the command line, as an object. */
export function flagArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.map((arg, i, all) => (arg.startsWith('--') ? [arg.slice(2), all[i + 1]] : [])).filter((p) => p.length),
  );
}

/**
 * Self time per function of the samples between `from` and `to` (trace clock, µs), longest
 * first; `columns` adds the column to each call site (a minified bundle is one long line).
 */
export function selfTimes(profile, from, to, { columns = false } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    if (time < from || time > to) return;
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    const place = `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}${columns ? `:${columnNumber + 1}` : ''}`;
    const key = `${functionName || '(anonymous)'} ${place}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}
