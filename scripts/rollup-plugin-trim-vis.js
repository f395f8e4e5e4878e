// Leaves out of the self-contained bundle the parts of vis-timeline this element never calls.
// vis-timeline ships Timeline and Graph2d in one ES module with no modular build, and a few
// top-level statements (`X.prototype = new Core()`) and always-on calls keep code alive that a
// bundler cannot prove unused. Each edit below names what it removes and why that is safe; the
// build fails if vis-timeline's code no longer matches, so an upgrade cannot silently undo them.
import { fileURLToPath } from 'node:url';

const VIS_TIMELINE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

/** [what it removes and why that is safe, the exact text, its replacement, how often it occurs]. */
const EDITS = [
  [
    'The option configurator and its colour picker: only reached through the `configure` option, which the element never sets',
    'return new Configurator(this, this.dom.container, configureOptions);',
    'throw new Error("The configure option is not part of the conflict-timeline bundle");',
    1,
  ],
  [
    "The options validator (console warnings for a developer's misspelt options): the element's options are fixed and tested",
    'let errorFound = Validator.validate(options, allOptions);',
    'let errorFound = false;',
    1,
  ],
  [
    'Clustering (`cluster` option, which the element never sets: dense windows are its own density histogram)',
    'this.clusterGenerator = new ClusterGenerator(this);',
    'throw new Error("The cluster option is not part of the conflict-timeline bundle");',
    1,
  ],
  [
    'The click-to-use overlay (`clickToUse` option, which the element never sets)',
    'this.activator = new Activator(this.dom.root);',
    'throw new Error("The clickToUse option is not part of the conflict-timeline bundle");',
    1,
  ],
  ['Graph2d in the export list', 'export { Graph2d, Timeline, timeline };', 'export { Timeline, timeline };', 1],
  [
    'Custom time bars (`addCustomTime`, which the element never calls): the call says so instead',
    '    const customTime = new CustomTime(\n',
    '    const customTime = customTimesLeftOut(\n',
    1,
  ],
  [
    'Custom time bars: the function the edit above calls, before the class that calls it',
    '\nclass Core {',
    '\nfunction customTimesLeftOut() {\n  throw new Error("Custom time bars are not part of the conflict-timeline bundle");\n}\n\nclass Core {',
    1,
  ],
  [
    'Custom time bars: no click can land on one',
    'const customTime = CustomTime.customTimeFromTarget(event);',
    'const customTime = null;',
    1,
  ],
  ['Custom time bars in the `timeline` namespace object', '    CustomTime,\n', '', 1],
  [
    "Point items: the element draws boxes and ranges only (timeline-items.ts); an item of type 'point' gets vis-timeline's own unknown-type error",
    '  point: PointItem,\n',
    '',
    1,
  ],
  [
    "Background items: the element draws boxes and ranges only; an item of type 'background' gets vis-timeline's own unknown-type error",
    '  background: BackgroundItem,\n',
    '',
    1,
  ],
  [
    'Background items in a shift-click range selection (the element selects one event at a time)',
    '!(_item instanceof BackgroundItem)',
    'true',
    1,
  ],
  ['Background items in the `timeline` namespace object', '      BackgroundItem,\n', '', 1],
  ['Point items in the `timeline` namespace object', '      PointItem,\n', '', 1],
  ['Cluster items in the `timeline` namespace object', '      ClusterItem,\n', '', 1],
  ['Graph2d parts in the `timeline` namespace object', '    DataAxis,\n    DataScale,\n    GraphGroup,\n', '', 1],
  ['Graph2d parts in the `timeline` namespace object', '    Legend,\n    LineGraph,\n', '', 1],
];

/**
 * Graph2d (line and bar graphs, which the element never draws): cut from the first text to just
 * before the second. Cut, not left to tree-shaking, because `X.prototype = new Core()` followed by
 * `X.prototype.method = …` makes every one of its methods look like a side effect to a bundler.
 */
const CUTS = [
  [
    'Graph2d data scale, axis, points, bars, lines and groups',
    '/** DataScale */\nclass DataScale {',
    '/**\n * Item\n */\nclass Item {',
  ],
  ['Graph2d legend and line graph', '/**\n * Legend for Graph2d', '/** A horizontal time axis */\nclass TimeAxis'],
  [
    'Cluster items (made only by the cluster generator)',
    '/**\n * ClusterItem\n */\nclass ClusterItem extends Item {',
    '/**\n * @constructor PointItem',
  ],
  [
    'Custom time bars (see EDITS), up to what follows once Graph2d is cut',
    '/** A custom time bar */\nclass CustomTime extends Component {',
    '/**\n * Item\n */\nclass Item {',
  ],
  ['Background items (see EDITS)', '/**\n * @constructor BackgroundItem', '/**\n * @constructor BoxItem'],
  ['Point items (see EDITS)', '/**\n * @constructor PointItem', '/**\n * Popup is a class'],
  [
    'The cluster generator (made only with the `cluster` option, see EDITS)',
    '/**\n * An Cluster generator generates cluster items\n */\nclass ClusterGenerator {',
    'const UNGROUPED$1 = ',
  ],
  [
    'The click-to-use overlay (made only with the `clickToUse` option, see EDITS)',
    '/**\n * Turn an element into an clickToUse element.',
    '/**\n * Create a timeline visualization\n * @constructor Core',
  ],
  [
    'Graph2d itself',
    '/**\n * Create a timeline visualization\n * @param {HTMLElement} container\n * @param {vis.DataSet | Array} [items]\n * @param {vis.DataSet | Array | vis.DataView | Object} [groups]',
    '/**\n * This object contains all possible options.',
  ],
];

/**
 * Item and group editing (the element sets no `editable`, `groupEditable` or
 * `itemsAlwaysDraggable`): these ItemSet handlers are emptied; without editing they change
 * nothing a reader sees (dragging a card still pans). [why, the method's first line as
 * vis-timeline writes it]; the body ends at the first `}` at the method's indent.
 */
const EMPTIED = [
  ['Dragging items (start)', '  _onDragStart(event) {'],
  ['Dragging out a new range with Ctrl', '  _onDragStartAddItem(event) {'],
  ['Dragging items', '  _onDrag(event) {'],
  ['Dragging items (end)', '  _onDragEnd(event) {'],
  ['Reordering groups (start)', '  _onGroupDragStart(event) {'],
  ['Reordering groups', '  _onGroupDrag(event) {'],
  ['Reordering groups (end)', '  _onGroupDragEnd(event) {'],
  ['Adding an item by double-click', '  _onAddItem(event) {'],
];

/** `code` with the ItemSet methods of EMPTIED emptied (each found once, in ItemSet only). */
function emptyItemSetMethods(code, fail) {
  const classStart = code.indexOf('\nclass ItemSet extends Component {');
  const classEnd = code.indexOf('\nItemSet.types = {', classStart);
  if (classStart < 0 || classEnd < 0) fail('vis-timeline changed: the ItemSet class was not found');
  let itemSet = code.slice(classStart, classEnd);
  for (const [why, first] of EMPTIED) {
    const start = itemSet.indexOf(first);
    const end = start < 0 ? -1 : itemSet.indexOf('\n  }\n', start);
    if (start < 0 || end < 0 || countOf(itemSet, first) !== 1)
      fail(`vis-timeline changed: cannot find ItemSet's method of ${why} ("${first.trim()}")`);
    itemSet = `${itemSet.slice(0, start)}${first.replace(/\(.*\)/, '()')}}${itemSet.slice(end + 4)}`;
  }
  return code.slice(0, classStart) + itemSet + code.slice(classEnd);
}

/** What must be gone after the cuts: a name left in code (not a comment) would be a broken reference. */
const CUT_NAMES =
  /\b(Graph2d|LineGraph|Legend|DataAxis|DataScale|GraphGroup|Bargraph|Points|Line|ClusterItem|ClusterGenerator|Activator|PointItem|CustomTime|BackgroundItem)\b/;

/** vis-timeline's own helpers, which are not in vis-util (see `availableUtils` in its source). */
const OWN_UTILS = new Set(['convert', 'setupXSSProtection', 'xss']);
const UTILS_SPREAD = 'const availableUtils = {\n  ...util,\n';

/**
 * vis-util's colour picker, option configurator, popup and options validator (a third of vis-util):
 * vis-timeline spreads all of vis-util into one object (`...util`), which keeps every export alive.
 * Spread instead only the members it reads (`availableUtils.name`, never by a computed key), and a
 * bundler leaves the rest out. A computed key would make this unsafe: the build fails on one.
 */
function utilsReadByName(code, fail) {
  if (countOf(code, UTILS_SPREAD) !== 1) fail('vis-timeline changed: `availableUtils = { ...util,` not found once');
  if (/availableUtils\s*\[/.test(code))
    fail('vis-timeline reads availableUtils by a computed key: cannot trim vis-util');
  const names = new Set([...code.matchAll(/availableUtils\.(\w+)/g)].map((match) => match[1]));
  const members = [...names].filter((name) => !OWN_UTILS.has(name)).sort();
  const listed = members.map((name) => `  ${name}: util.${name},\n`).join('');
  return code.replace(UTILS_SPREAD, `const availableUtils = {\n${listed}`);
}

/** Lines of code, without comment lines (vis-timeline's JSDoc mentions Graph2d often). */
function codeLines(code) {
  return code.split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
}

function countOf(text, part) {
  return text.split(part).length - 1;
}

/** @param {{ replacements?: Record<string, string> }} options packages to replace by our own modules, for every importer */
export function trimVisTimeline({ replacements = {} } = {}) {
  return {
    name: 'trim-vis-timeline',
    async resolveId(source, importer) {
      const replacement = replacements[source];
      if (!replacement || !importer) return null;
      return this.resolve(fileURLToPath(new URL(replacement, import.meta.url)), importer, { skipSelf: true });
    },
    transform(code, id) {
      if (!VIS_TIMELINE.test(id)) return null;
      let edited = code;
      for (const [why, text, replacement, expected] of EDITS) {
        const found = countOf(edited, text);
        if (found !== expected)
          this.error(`vis-timeline changed: expected ${expected} × "${text}" (${why}), found ${found}`);
        edited = edited.split(text).join(replacement);
      }
      for (const [why, from, to] of CUTS) {
        const start = edited.indexOf(from);
        const end = start < 0 ? -1 : edited.indexOf(to, start);
        if (start < 0 || end < 0 || countOf(edited, from) !== 1)
          this.error(`vis-timeline changed: cannot find the span of ${why} ("${from.split('\n')[0]}")`);
        edited = edited.slice(0, start) + edited.slice(end);
      }
      edited = emptyItemSetMethods(edited, (message) => this.error(message));
      edited = utilsReadByName(edited, (message) => this.error(message));
      const leftover = codeLines(edited).find((line) => CUT_NAMES.test(line));
      if (leftover) this.error(`vis-timeline still refers to a removed Graph2d part: ${leftover.trim()}`);
      return { code: edited, map: null };
    },
  };
}
