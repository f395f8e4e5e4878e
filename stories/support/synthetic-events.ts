import type { ConflictEvent, EventCategory } from '../../src/model/types.js';

const CATEGORIES: EventCategory[] = [
  'armed-clash',
  'air-strike',
  'remote-explosive',
  'attack-on-civilians',
  'peaceful-protest',
  'violent-demonstration',
  'talks',
];
const DAY = 86_400_000;
const FIRST = Date.UTC(2014, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 0, 1) - FIRST) / DAY);

/** `count` made-up events over 2014–2024 (30% ranges), the same for the same seed: demo data only. */
export function syntheticEvents(count: number, seed = 1): ConflictEvent[] {
  let state = seed >>> 0;
  const random = () => {
    // xorshift32: tiny and deterministic, enough for demo data.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(random() * DAYS);
    const start = new Date(FIRST + day * DAY).toISOString().slice(0, 10);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
    const event: ConflictEvent = {
      id: `synthetic-${i}`,
      start,
      title: { en: `Synthetic event ${i + 1}`, ar: `حدث تجريبي ${i + 1}` },
      category,
    };
    if (random() < 0.3)
      return {
        ...event,
        end: new Date(FIRST + Math.min(DAYS - 1, day + 2 + Math.floor(random() * 90)) * DAY).toISOString().slice(0, 10),
      };
    return event;
  });
}
