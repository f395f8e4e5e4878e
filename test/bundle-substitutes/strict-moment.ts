import standIn, { type VisMomentStatic } from '../../src/bundle-substitutes/moment.js';

// The moment stand-in behind a Proxy that fails on any member it lacks, on the `moment` function
// and on every moment-like object it returns (those its methods return included). The test runner
// gives it to vis-timeline as `moment` in a module graph built as the bundle is
// (test/plugins/bundle-substitutes.js), so whatever vis-timeline reads of moment is checked.

/** `moment.member` or `moment().member` for each member read that the stand-in lacks. */
export const missing: string[] = [];
/** How many moments vis-timeline made: shows that it used this module and not real moment. */
export const made = { count: 0 };

const proxies = new WeakSet<object>();

/** A stand-in moment, or anything else as it is. */
function strictResult(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || proxies.has(value) || !standIn.isMoment(value)) return value;
  return strict(value, 'moment()');
}

function strict<T extends object>(target: T, name: string): T {
  const proxy = new Proxy(target, {
    get(object, key, receiver) {
      // Symbols are the engine's own probes (`Symbol.toPrimitive` when a moment meets `+`).
      if (typeof key === 'string' && !(key in object)) {
        missing.push(`${name}.${key}`);
        throw new TypeError(`vis-timeline read ${name}.${key}, which the moment stand-in lacks`);
      }
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function' || key === 'constructor') return value;
      return function (this: unknown, ...args: unknown[]) {
        return strictResult(Reflect.apply(value, this, args));
      };
    },
    apply(fn, self, args) {
      made.count++;
      return strictResult(Reflect.apply(fn as (...a: unknown[]) => unknown, self, args));
    },
  });
  proxies.add(proxy);
  return proxy;
}

export default strict(standIn, 'moment') as VisMomentStatic;
