import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute that is either a switch or a name: absent is `false`, present and empty
 * (`<conflict-timeline story>`) is `true`, present with a value is that value (`story="event-id"`).
 */
export const flagOrText: ComplexAttributeConverter<boolean | string> = {
  fromAttribute: (value) => (value === null ? false : value === '' ? true : value),
  toAttribute: (value) => (value === false ? null : value === true ? '' : value),
};

/** The name a flag-or-text value gives (null: the switch is on without a name), or undefined when it is off. */
export function flagName(value: boolean | string | undefined | null): string | null | undefined {
  if (value === true) return null;
  if (typeof value === 'string' && value !== '' && value !== 'false') return value;
  return value === '' ? null : undefined;
}
