import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import type { ConflictEvent } from '../src/model/types.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/** Every way to give the element its data. The files are in `stories/data/`, served at `data/`. */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Data inputs',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'en' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

const events: ConflictEvent[] = [
  {
    id: 'mosul-falls',
    start: '2014-06-10',
    title: { en: 'Mosul falls', ar: 'سقوط الموصل' },
    category: 'non-state-actor-takes-territory',
  },
  {
    id: 'battle-for-mosul',
    start: '2016-10-17',
    end: '2017-07-10',
    title: { en: 'The battle for Mosul', ar: 'معركة الموصل' },
    category: 'armed-clash',
  },
  {
    id: 'victory',
    start: '2017-12',
    title: { en: 'Iraq declares victory', ar: 'العراق يعلن النصر' },
    category: 'declaration',
  },
];

/** `element.events = [...]`: typed data from your own code. It replaces any other source. */
export const EventsProperty: Story = { render: (args) => renderTimeline(args, { events }) };

/** `src` pointing at this library's JSON format. */
export const SrcJson: Story = { render: (args) => renderTimeline(args, { src: 'data/events.json' }) };

/** `src` pointing at a TimelineJS JSON file (slides, eras and HTML text are imported). */
export const SrcTimelineJsJson: Story = { render: (args) => renderTimeline(args, { src: 'data/timelinejs.json' }) };

/** `src` pointing at the TimelineJS Google Sheets template saved as CSV. */
export const SrcTimelineJsCsv: Story = { render: (args) => renderTimeline(args, { src: 'data/timelinejs.csv' }) };

/**
 * `src` pointing at an ACLED export (CSV, from the API or the website). Precision is kept: a
 * week-precision row is an approximate day, a month-precision row the month (never ACLED's 15th).
 * The one bad row (a day that does not exist) is reported by row number; the rest is drawn.
 */
export const SrcAcledCsv: Story = { render: (args) => renderTimeline(args, { src: 'data/acled.csv' }) };

/**
 * `src` pointing at a UCDP GED CSV: a range UCDP knows only as date_start–date_end is a span,
 * date_prec 4 a month, 5 a year; `best` deaths with `low`–`high` kept. One bad row is reported.
 */
export const SrcUcdpGedCsv: Story = { render: (args) => renderTimeline(args, { src: 'data/ucdp-ged.csv' }) };

/**
 * `format` names the format of `src` when its content would mislead detection: this TimelineJS
 * sheet kept ACLED's columns, so its header alone reads as an ACLED export. Without
 * `format="timelinejs-csv"` its rows would be refused as ACLED rows.
 */
export const SrcWithFormat: Story = {
  render: (args) => renderTimeline(args, { src: 'data/timelinejs-with-acled-columns.csv', format: 'timelinejs-csv' }),
};

/** An inline `<script type="application/json">` child: the data travels with the page. */
export const InlineJson: Story = {
  render: (args) =>
    renderTimeline(args, {
      content: html`<script type="application/json">
        [
          {
            "id": "coalition",
            "start": "2014-09-10",
            "title": { "en": "Obama announces the coalition", "ar": "أوباما يعلن التحالف" }
          },
          { "id": "victory", "start": "2017-12", "title": { "en": "Iraq declares victory", "ar": "العراق يعلن النصر" } }
        ]
      </script>`,
    }),
};

/** Plain light-DOM markup: an ordered list of `<time>` elements, readable before (or without) JavaScript. */
export const LightDomMarkup: Story = {
  render: (args) =>
    renderTimeline(args, {
      content: html`<ol>
        <li><time datetime="2014-09-10">10 September 2014</time> Obama announces the coalition</li>
        <li><time datetime="2017-12">December 2017</time> Iraq declares victory over ISIS</li>
        <li><time datetime="2020-01-05">5 January 2020</time> Parliament votes to end the US military presence</li>
      </ol>`,
    }),
};
