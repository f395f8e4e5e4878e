/**
 * The URL fragment of a deep link, read and written as plain text: no DOM, no URL of the page.
 *
 * Unnamed (`deep-link`): the whole fragment is the event's id, `#abu-baqir-al-saadi-killed`.
 * Named (`deep-link="iraq"`): `name=id` pairs joined by `&`, `#iraq=event-id&syria=other-id`;
 * a timeline reads and writes its own pair and leaves the others (and anything else) as they were.
 */

/** Longest fragment looked at: an event id is at most 200 characters, a page's own state rarely more. */
export const MAX_FRAGMENT_LENGTH = 4096;

/** What a fragment says to one timeline. */
export type FragmentReading =
  /** Nothing for it: no fragment, no pair of its name, or an empty id. */
  | { readonly kind: 'none' }
  /** An id to select (decoded; still unchecked against the data). */
  | { readonly kind: 'id'; readonly id: string }
  /** Something unreadable (too long, a malformed percent-encoding): selects nothing. */
  | { readonly kind: 'unreadable'; readonly text: string };

/** What `hash` (`location.hash`, with or without its `#`) names for the timeline called `name` (null: unnamed). */
export function readFragment(hash: string, name: string | null): FragmentReading {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return { kind: 'none' };
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { kind: 'unreadable', text: fragment };
  const raw = name === null ? fragment : pairValue(fragment, name);
  if (raw === undefined || raw === '') return { kind: 'none' };
  const id = decoded(raw);
  if (id === undefined) return { kind: 'unreadable', text: raw };
  return id ? { kind: 'id', id } : { kind: 'none' };
}

/** `hash` with this timeline's id set to `id` (null: removed); the result has its `#`, or is empty. */
export function writeFragment(hash: string, name: string | null, id: string | null): string {
  if (name === null) return id === null ? '' : `#${encodeURIComponent(id)}`;
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const others = fragment ? fragment.split('&').filter((pair) => pairName(pair) !== name) : [];
  const pairs = id === null ? others : [...others, `${encodeURIComponent(name)}=${encodeURIComponent(id)}`];
  return pairs.length ? `#${pairs.join('&')}` : '';
}

/** The raw value of the pair called `name`, if the fragment has one. */
function pairValue(fragment: string, name: string): string | undefined {
  const pair = fragment.split('&').find((part) => pairName(part) === name);
  return pair === undefined ? undefined : pair.slice(pair.indexOf('=') + 1);
}

/** The decoded name of a `name=value` pair (undefined: not a pair, or not decodable). */
function pairName(pair: string): string | undefined {
  const at = pair.indexOf('=');
  return at < 0 ? undefined : decoded(pair.slice(0, at));
}

/** Percent-decoded text, or undefined for a malformed encoding (`%E0%A4%A`, a lone surrogate). */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
