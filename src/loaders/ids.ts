/** Longest slug made from a headline; the record number is added after it. */
const MAX_SLUG_LENGTH = 48;

/**
 * A URL-friendly slug of any text: lower case, accents dropped, runs of anything but letters and
 * digits (of any script, so Arabic headlines keep their words) turned into one hyphen.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** Hands out ids that are unique within one import, adding `-2`, `-3`, … to a repeated one. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  /** `preferred` if still free, else the first free `preferred-N`. */
  claim(preferred: string): string {
    // One lookup for an id that is free (nearly all of them): a million rows are a million lookups.
    const size = this.taken.size;
    this.taken.add(preferred);
    if (this.taken.size > size) return preferred;
    let id = preferred;
    for (let suffix = 2; this.taken.has(id); suffix++) id = `${preferred}-${suffix}`;
    this.taken.add(id);
    return id;
  }

  /** Whether `id` was already handed out. */
  has(id: string): boolean {
    return this.taken.has(id);
  }
}
