// Synthetic events for the benchmark, the same for both pages: a seeded PRNG (mulberry32), dates
// 2014–2024, 30% of them ranges of 2–120 days, every category. Plain ES module, no dependencies.

const CATEGORIES = [
  'armed-clash',
  'air-strike',
  'remote-explosive',
  'shelling-missile-attack',
  'attack-on-civilians',
  'peaceful-protest',
  'violent-demonstration',
  'agreement',
  'talks',
  'declaration',
];
const FIRST_DAY = Date.UTC(2014, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 0, 1) - FIRST_DAY) / 86_400_000);

/** A PRNG of 32 bits of state: fast, and the same sequence everywhere for a seed. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `YYYY-MM-DD` of a day counted from 2014-01-01 (computed in UTC, so the calendar day is exact). */
function isoDay(dayNumber) {
  return new Date(FIRST_DAY + dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** `count` valid events in the library's format (ConflictEvent), deterministic for a seed. */
export function generateEvents(count, seed = 20140101) {
  const random = mulberry32(seed);
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * DAYS);
    const isRange = random() < 0.3;
    const length = 2 + Math.floor(random() * 119);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    const event = { id: `bench-${i}`, start: isoDay(day), title: { en: `Event ${i}`, ar: `حدث ${i}` }, category };
    if (isRange) event.end = isoDay(Math.min(day + length - 1, DAYS - 1));
    events[i] = event;
  }
  return events;
}

/** A calendar date `YYYY-MM-DD` as local midnight, as the element (and vis-timeline) use it. */
function localDay(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** The same events as raw vis-timeline items: boxes for days, ranges with an exclusive end. */
export function toVisItems(events) {
  return events.map((event) => {
    const start = localDay(event.start);
    if (!event.end) return { id: event.id, start, content: event.title.en, className: `ct-${event.category}` };
    const end = localDay(event.end);
    end.setDate(end.getDate() + 1);
    return { id: event.id, start, end, type: 'range', content: event.title.en, className: `ct-${event.category}` };
  });
}
