import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import type { ConflictEvent } from '../src/model/types.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/**
 * Dates keep the precision of their source: a month is drawn over the whole month, a year over
 * the whole year, and the text never says more than the source did. Select an event to read how
 * its date is explained.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Date precision',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'en' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

const title = (en: string, ar: string) => ({ en, ar });

/** A story whose events all show one kind of date. */
function precisionStory(events: ConflictEvent[]): Story {
  return { render: (args) => renderTimeline(args, { events }) };
}

/** Whole days: `2024-02-07`. */
export const Day = precisionStory([
  { id: 'strike', start: '2024-02-07', title: title('Strike in Baghdad', 'غارة في بغداد'), category: 'air-strike' },
  { id: 'funeral', start: '2024-02-08', title: title('Funeral in Baghdad', 'تشييع في بغداد'), category: 'funeral' },
  { id: 'talks', start: '2024-01-27', title: title('Talks begin', 'بدء المحادثات'), category: 'talks' },
]);

/** Months: `2017-12` is December 2017, never 1 December. */
export const Month = precisionStory([
  {
    id: 'victory',
    start: '2017-12',
    title: title('Iraq declares victory', 'العراق يعلن النصر'),
    category: 'declaration',
  },
  {
    id: 'withdrawal',
    start: '2021-08',
    title: title('US withdrawal from Afghanistan', 'الانسحاب من أفغانستان'),
    category: 'withdrawal',
  },
]);

/** Years: `2014`. */
export const Year = precisionStory([
  {
    id: 'coalition-year',
    start: '2014',
    title: title('The coalition forms', 'تشكيل التحالف'),
    category: 'coalition-formed',
  },
  {
    id: 'troops',
    start: '2019',
    kind: 'fact',
    title: title('About 5,000 US troops in Iraq', 'نحو 5000 جندي أمريكي'),
    value: { amount: 5000, unit: { en: 'troops', ar: 'جندي' }, bound: 'about' },
  },
]);

/** Ranges with `end`, at day, month and year precision. */
export const Ranges = precisionStory([
  {
    id: 'battle-for-mosul',
    start: '2016-10-17',
    end: '2017-07-10',
    title: title('The battle for Mosul', 'معركة الموصل'),
    category: 'armed-clash',
  },
  {
    id: 'air-campaign',
    start: '2014-08',
    end: '2017-12',
    title: title('Air campaign', 'الحملة الجوية'),
    category: 'air-strike',
  },
  {
    id: 'presence',
    start: '2014',
    end: '2024',
    title: title('Coalition presence', 'وجود التحالف'),
    category: 'troop-presence',
  },
]);

/** Approximate dates (EDTF `~`): "around". */
export const Approximate = precisionStory([
  {
    id: 'approx-day',
    start: '2015-05-17~',
    title: title('Ramadi falls, around this day', 'سقوط الرمادي نحو هذا اليوم'),
    category: 'non-state-actor-takes-territory',
  },
  {
    id: 'approx-month',
    start: '2016-06~',
    title: title('Falluja retaken, around this month', 'استعادة الفلوجة'),
    category: 'government-regains-territory',
  },
]);

/** Uncertain dates (EDTF `?`): the source is not sure. */
export const Uncertain = precisionStory([
  {
    id: 'uncertain-day',
    start: '2019-10-27?',
    title: title('Reported death of the group leader', 'أنباء عن مقتل زعيم التنظيم'),
    category: 'air-strike',
  },
  {
    id: 'uncertain-year',
    start: '2018?',
    title: title('Talks, year uncertain', 'محادثات، السنة غير مؤكدة'),
    category: 'talks',
  },
]);

/** "Early / mid / late" a month or a year (`qualifier`), as the article writes "مطلع يناير". */
export const EarlyMidLate = precisionStory([
  {
    id: 'early',
    start: '2024-01',
    qualifier: 'early',
    title: title('Early January: talks announced', 'مطلع يناير: الإعلان عن المحادثات'),
    category: 'talks',
  },
  {
    id: 'mid',
    start: '2023-08',
    qualifier: 'mid',
    title: title('Mid-August: first round', 'منتصف أغسطس: الجولة الأولى'),
    category: 'talks',
  },
  {
    id: 'late',
    start: '2022',
    qualifier: 'late',
    title: title('Late 2022: a new government', 'أواخر 2022: حكومة جديدة'),
    category: 'other-development',
  },
]);

/**
 * Every kind of precision at once: the key below the drawing (`part="key"`) explains the marks
 * (a dot for a day, a soft dashed span for a month or a year, a dotted outline for an approximate
 * or uncertain date). It lists only the kinds shown and is absent when there is only one.
 */
export const KeyToPrecision = precisionStory([
  { id: 'key-day', start: '2024-02-07', title: title('Strike in Baghdad', 'غارة في بغداد'), category: 'air-strike' },
  {
    id: 'key-month',
    start: '2017-12',
    title: title('Iraq declares victory', 'العراق يعلن النصر'),
    category: 'declaration',
  },
  { id: 'key-year', start: '2021', title: title('US withdrawal', 'الانسحاب الأمريكي'), category: 'withdrawal' },
  {
    id: 'key-approx',
    start: '2015-05-17~',
    title: title('Ramadi falls, around this day', 'سقوط الرمادي نحو هذا اليوم'),
    category: 'non-state-actor-takes-territory',
  },
  {
    id: 'key-uncertain',
    start: '2019-10-27?',
    title: title('Reported death of the group leader', 'أنباء عن مقتل زعيم التنظيم'),
    category: 'air-strike',
  },
]);
