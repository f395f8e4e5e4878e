// Test-runner plugin: runs a module graph as the self-contained bundle builds it, with its
// bundle-only substitutes in place of packages (rollup.config.js aliases `moment` and `xss` for
// every importer). A module requested with `?bundle-substitutes` has its imports of those packages
// resolved to the given modules, and passes the query on to everything else it imports, so that the
// graph below it (vis-timeline included) is a second copy that sees the substitutes. Modules
// imported without the query, in the same page, keep the real packages.
const QUERY = 'bundle-substitutes';

/** @param {Record<string, string>} substitutes package name → path of the module that replaces it */
export function bundleSubstitutesPlugin(substitutes) {
  const paths = new Set(Object.values(substitutes));
  const marked = (context) => context.URL.searchParams.has(QUERY);
  return {
    name: 'bundle-substitutes',
    resolveImport({ source, context }) {
      if (marked(context) && Object.hasOwn(substitutes, source)) return substitutes[source];
      return undefined;
    },
    transformImport({ source, context }) {
      // The substitutes themselves are shared with the test, which reads what they recorded.
      if (!marked(context) || paths.has(source)) return undefined;
      return `${source}${source.includes('?') ? '&' : '?'}${QUERY}`;
    },
  };
}
