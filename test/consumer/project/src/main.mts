// An app as a newsroom developer writes it against the published package. The `.mts` extension
// keeps this template out of the repository's own type check (which would resolve the package
// to the working tree); in the scratch project it is plain TypeScript.
import 'conflict-timeline';
import { validateEvents, type ConflictEvent, type ConflictTimeline } from 'conflict-timeline';
import { importTimelineJsCsv } from 'conflict-timeline/loaders';
import articleEvents from 'conflict-timeline/events/iraq-coalition';

const spreadsheet = `Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
2014,6,10,,,,,,,Mosul falls,,,,,,,Non-state actor takes territory,
2017,12,,,,,,,,Iraq declares victory,,,,,,,Declaration,`;

const ownEvents: ConflictEvent[] = [
  {
    id: 'consumer-own-event',
    start: '2024-02-07',
    title: { en: 'Strike in Baghdad', ar: 'غارة في بغداد' },
    category: 'air-strike',
  },
];

const imported = importTimelineJsCsv(spreadsheet);
const { events: importedEvents } = validateEvents(imported.events);

const timeline = document.createElement('conflict-timeline');
timeline.lang = 'en';
timeline.events = [...articleEvents, ...importedEvents, ...ownEvents];
timeline.addEventListener('ct-select', (event) => {
  const id: string | null = event.detail.id;
  document.title = `selected ${id ?? 'none'}`;
});
document.querySelector('#app')!.append(timeline);

/** Never called: the published types must reject a wrong assignment, or tsc fails on the directive. */
export function publishedTypesRejectANumber(element: ConflictTimeline): void {
  // @ts-expect-error `events` is an array of ConflictEvent, not a number
  element.events = 42;
}
