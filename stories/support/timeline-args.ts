import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';
import type { DataFormat } from '../../src/loaders/types.js';

/** The element's attributes as story controls (their documentation comes from custom-elements.json). */
export interface TimelineArgs {
  /** Empty: follow the page (the "Language" toolbar). */
  lang: '' | 'ar' | 'en';
  numerals: ConflictTimeline['numerals'];
  theme: ConflictTimeline['theme'];
  'group-by': ConflictTimeline['groupBy'];
  view: ConflictTimeline['view'];
}

export const defaultArgs: TimelineArgs = {
  lang: '',
  numerals: 'latn',
  theme: 'light',
  'group-by': 'none',
  view: 'timeline',
};

export const timelineArgTypes: Partial<ArgTypes<TimelineArgs>> = {
  lang: { control: 'inline-radio', options: ['', 'ar', 'en'] },
  numerals: { control: 'inline-radio', options: ['latn', 'arab'] },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  'group-by': { control: 'inline-radio', options: ['none', 'category', 'actor'] },
  view: { control: 'inline-radio', options: ['timeline', 'list'] },
};

interface DataSource {
  events?: readonly ConflictEvent[];
  src?: string;
  /** The format of `src` (`auto` when absent). */
  format?: DataFormat;
  /** Light-DOM children: markup or an inline JSON script. */
  content?: TemplateResult;
}

/** `<conflict-timeline>` with the story's controls and one data source. */
export function renderTimeline(args: TimelineArgs, { events, src, format, content }: DataSource = {}): TemplateResult {
  return html`<conflict-timeline
    lang=${args.lang || nothing}
    numerals=${args.numerals}
    theme=${args.theme}
    group-by=${args['group-by']}
    view=${args.view}
    src=${ifDefined(src)}
    format=${ifDefined(format)}
    .events=${events}
    >${content ?? nothing}</conflict-timeline
  >`;
}
