import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { defaultArgs, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/**
 * Reading the article event by event, as TimelineJS readers do: `story` opens the card of the first
 * event (or of the one `story="event-id"` names) and Previous/Next step through the shown events
 * in time order, the drawing following; the overview and the drawing stay. With `deep-link` the
 * URL's fragment names the open event, so a link opens it, and the card has "Copy link".
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Story and deep links',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'ar' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** Sets the preview frame's own fragment (Storybook's page is untouched), as a link to the story would. */
function withFragment(fragment: string): Decorator<TimelineArgs> {
  return (story) => {
    history.replaceState(history.state, '', `${location.href.split('#')[0]}${fragment}`);
    return story();
  };
}

/** Story mode in Arabic: the card of the first event is open; Previous and Next point the way time runs (leftward). */
export const StoryMode: Story = {
  render: (args) =>
    html`<conflict-timeline story lang=${args.lang} theme=${args.theme} numerals=${args.numerals}></conflict-timeline>`,
};

/** Story mode in English, opening on a named event (`story="abu-baqir-al-saadi-killed"`). */
export const StoryModeOnAnEvent: Story = {
  args: { lang: 'en' },
  render: (args) =>
    html`<conflict-timeline
      story="abu-baqir-al-saadi-killed"
      lang=${args.lang}
      theme=${args.theme}
    ></conflict-timeline>`,
};

/**
 * `deep-link`: the frame's URL ends in `#tower-22-drone-attack`, so that event's card opens; each
 * selection rewrites the fragment (Back is not filled with events); "Copy link" copies it.
 */
export const DeepLink: Story = {
  args: { lang: 'en' },
  decorators: [withFragment('#tower-22-drone-attack')],
  render: (args) => html`<conflict-timeline deep-link lang=${args.lang} theme=${args.theme}></conflict-timeline>`,
};

/** Two timelines on one page, each with its own name in the fragment: `#iraq-ar=…&iraq-en=…`. */
export const NamedDeepLinks: Story = {
  decorators: [withFragment('#iraq-ar=soleimani-killed-in-baghdad&iraq-en=iraq-us-talks-launched')],
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">
      <conflict-timeline deep-link="iraq-ar" lang="ar" theme=${args.theme}></conflict-timeline>
      <conflict-timeline deep-link="iraq-en" lang="en" theme=${args.theme}></conflict-timeline>
    </div>`,
};
