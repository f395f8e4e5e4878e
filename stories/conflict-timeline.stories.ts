import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/conflict-timeline.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';

interface Args {
  lang: string;
  numerals: ConflictTimeline['numerals'];
  theme: ConflictTimeline['theme'];
  'group-by': ConflictTimeline['groupBy'];
  view: ConflictTimeline['view'];
}

const meta: Meta<Args> = {
  title: 'Timeline/Article: the coalition in Iraq',
  component: 'conflict-timeline',
  args: { lang: 'ar', numerals: 'latn', theme: 'light', 'group-by': 'none', view: 'timeline' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ar', 'en'] },
    numerals: { control: 'inline-radio', options: ['latn', 'arab'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    'group-by': { control: 'inline-radio', options: ['none', 'category', 'actor'] },
    view: { control: 'inline-radio', options: ['timeline', 'list'] },
  },
  render: (args) => html`
    <conflict-timeline
      lang=${args.lang}
      numerals=${args.numerals}
      theme=${args.theme}
      group-by=${args['group-by']}
      view=${args.view}
    ></conflict-timeline>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The article's events in Arabic, right to left, with the month names as the article writes them. */
export const Arabic: Story = {};

/** The same events in English. */
export const English: Story = { args: { lang: 'en' } };

/** Arabic with Arabic-Indic digits. */
export const ArabicIndicDigits: Story = { args: { lang: 'ar', numerals: 'arab' } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** One lane per ACLED event type. */
export const LanesByCategory: Story = { args: { lang: 'en', 'group-by': 'category' } };

/** The equivalent list view. */
export const ListView: Story = { args: { lang: 'en', view: 'list' } };
