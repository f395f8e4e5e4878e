/**
 * Older forms of the data, read as today's. Each migration returns the new value and the warning
 * that says what changed, so that data written for an earlier version still shows, and its
 * authors learn what to write instead. Category names of earlier versions are migrated by the
 * spec (`EnumSpec.aliases`).
 *
 * Pure: no DOM.
 */

/** A migrated value and what changed. */
export interface Migration {
  readonly value: Readonly<Record<string, unknown>>;
  /** The field the warning is about, relative to the migrated object. */
  readonly field: string;
  readonly problem: string;
}

/**
 * `value.approximate` (before `value.bound`): `true` becomes `bound: "about"`, unless a bound is
 * given; `false` is dropped (a figure without a bound is as the source states it).
 */
export function migrateApproximate(value: Readonly<Record<string, unknown>>): Migration | undefined {
  if (!Object.hasOwn(value, 'approximate')) return undefined;
  const { approximate, ...rest } = value;
  if (approximate === true && rest.bound === undefined) {
    return {
      value: { ...rest, bound: 'about' },
      field: 'approximate',
      problem: '"approximate": true is deprecated and was read as "bound": "about"',
    };
  }
  const why = approximate === true ? `"bound" says it` : 'a figure without "bound" is as the source states it';
  return { value: rest, field: 'approximate', problem: `"approximate" is deprecated and was dropped (${why})` };
}
