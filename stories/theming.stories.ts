import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/** A newsroom's house style, through the `--ct-*` custom properties and `::part()`. */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Theming',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'en' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** Custom properties set on the element from the page's stylesheet: fonts, colours, spacing, height. */
export const CustomProperties: Story = {
  render: (args) => html`
    <style>
      .house-style conflict-timeline {
        --ct-font-family: Georgia, 'Noto Naskh Arabic', serif;
        --ct-font-size: 1rem;
        --ct-background: #fffaf0;
        --ct-surface: #f3eadb;
        --ct-text: #2b2118;
        --ct-border: #b59f7b;
        --ct-grid: #eadfca;
        --ct-selected: #8c1c13;
        --ct-focus-ring: #8c1c13;
        --ct-radius: 0;
        --ct-spacing: 0.75rem;
        --ct-timeline-height: 300px;
        --ct-color-battles: #8c1c13;
        --ct-color-strategic-developments: #2f4858;
        --ct-color-explosions-remote-violence: #c06014;
      }
    </style>
    <div class="house-style">${renderTimeline(args)}</div>
  `,
};

/** The parts (`base`, `toolbar`, `controls`, `legend`, `timeline`, `notice`, …) styled with `::part()`. */
export const Parts: Story = {
  render: (args) => html`
    <style>
      .parts conflict-timeline::part(base) {
        border: 3px solid #1155cc;
      }
      .parts conflict-timeline::part(toolbar) {
        background: #e8f0fe;
      }
      .parts conflict-timeline::part(legend) {
        font-style: italic;
      }
      .parts conflict-timeline::part(controls) {
        gap: 1rem;
      }
      .parts conflict-timeline::part(timeline) {
        background: repeating-linear-gradient(90deg, #fff, #fff 40px, #fafbff 40px, #fafbff 80px);
      }
    </style>
    <div class="parts">${renderTimeline(args)}</div>
  `,
};
