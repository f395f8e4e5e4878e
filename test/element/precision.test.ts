import { expect } from '@open-wc/testing';
import { axisX, detailsDate, gridLineX, mountTimeline, requireItem, shadow } from './helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';

// Dates are drawn as precisely as the source gives them, never more: a day is a point, a month
// or a year spans its whole length, and the details say which. The runner's time zone is
// America/New_York, so a date read as UTC midnight would land on the previous day.

const precisionEvents: ConflictEvent[] = [
  { id: 'day', start: '2024-02-07', title: { en: 'A day event', ar: 'حدث يوم' }, category: 'air-strike' },
  { id: 'month', start: '2017-12', title: { en: 'A month event', ar: 'حدث شهر' }, category: 'declaration' },
  { id: 'year', start: '2021', title: { en: 'A year event', ar: 'حدث سنة' }, category: 'withdrawal' },
  { id: 'range', start: '2014-09', end: '2016-03', title: { en: 'A range', ar: 'مدة' }, category: 'air-strike' },
  { id: 'approx', start: '2019~', title: { en: 'About 2019', ar: 'نحو 2019' }, category: 'talks' },
  { id: 'uncertain', start: '2019-05?', title: { en: 'Maybe May 2019', ar: 'ربما مايو 2019' }, category: 'talks' },
  {
    id: 'early',
    start: '2024-01',
    qualifier: 'early',
    title: { en: 'Early January', ar: 'مطلع يناير' },
    category: 'talks',
  },
];

function only(id: string): ConflictEvent[] {
  return precisionEvents.filter((event) => event.id === id);
}

/** A timeline of `events` showing exactly `start`–`end` (local dates), `lang` given. */
function timeline(events: ConflictEvent[], lang: string, window?: [Date, Date]): Promise<ConflictTimeline> {
  return mountTimeline((element) => {
    element.lang = lang;
    element.events = events;
    if (window) {
      element.start = window[0].toISOString();
      element.end = window[1].toISOString();
    }
  });
}

async function openDetails(element: ConflictTimeline, id: string): Promise<void> {
  element.focusEvent(id);
  await element.updateComplete;
}

function explanation(element: ConflictTimeline): string {
  return shadow(element).querySelector('[part="details"] .explanation')?.textContent ?? '';
}

const local = (year: number, month: number, day = 1) => new Date(year, month - 1, day);

describe('precision rendering', () => {
  it('draws a day event as a point (a box), not a span', async () => {
    const element = await timeline(only('day'), 'en', [local(2024, 2, 1), local(2024, 2, 14)]);
    const item = requireItem(element, 'day');
    expect(item.classList.contains('vis-box'), item.className).to.equal(true);
    expect(item.classList.contains('ct-precision-day')).to.equal(true);
    expect(shadow(element).querySelectorAll('.vis-item.vis-range')).to.have.length(0);
  });

  it('spans a range from the start of its first month to the end of its last', async () => {
    const element = await timeline(only('range'), 'en', [local(2014, 1), local(2017, 1)]);
    const box = requireItem(element, 'range').getBoundingClientRect();
    expect(box.left).to.be.closeTo(axisX(element, local(2014, 9)), 3);
    expect(box.right).to.be.closeTo(axisX(element, local(2016, 4)), 3);
  });

  it('draws a month event over the whole month, with dashed edges', async () => {
    const element = await timeline(only('month'), 'en', [local(2017, 11, 1), local(2018, 2, 1)]);
    const item = requireItem(element, 'month');
    expect(item.classList.contains('vis-range'), item.className).to.equal(true);
    expect(item.classList.contains('ct-precision-month')).to.equal(true);
    const box = item.getBoundingClientRect();
    const monthStart = axisX(element, local(2017, 12, 1));
    const monthEnd = axisX(element, local(2018, 1, 1));
    expect(box.left).to.be.closeTo(monthStart, 3);
    expect(box.width).to.be.closeTo(monthEnd - monthStart, 3);
    // One day of this window is ~8 px: a month drawn as its first day would be far narrower.
    expect(box.width).to.be.greaterThan(200);
    const style = getComputedStyle(item);
    expect(style.borderLeftStyle).to.equal('dashed');
    expect(style.borderTopStyle).to.equal('dashed');
  });

  it('agrees with the axis grid: the month item runs from the December line to the January line', async () => {
    // At this zoom the axis has month lines (vis-timeline names them by month; January's is major).
    const element = await timeline(only('month'), 'en', [local(2017, 11, 15), local(2018, 1, 15)]);
    const box = requireItem(element, 'month').getBoundingClientRect();
    expect(box.left).to.be.closeTo(gridLineX(element, '.vis-december'), 3);
    expect(box.right).to.be.closeTo(gridLineX(element, '.vis-january'), 3);
  });

  it('labels a month event with the month in the details, never a day (English and Arabic)', async () => {
    const english = await timeline(only('month'), 'en');
    await openDetails(english, 'month');
    expect(detailsDate(english)).to.equal('December 2017');
    expect(explanation(english)).to.equal('The source gives only the month.');
    const arabic = await timeline(only('month'), 'ar');
    await openDetails(arabic, 'month');
    expect(detailsDate(arabic)).to.equal('ديسمبر/ كانون الأول 2017');
    expect(detailsDate(arabic)).to.not.match(/^\d+ /);
  });

  it('spans a year event over the whole year', async () => {
    const element = await timeline(only('year'), 'en', [local(2020, 1), local(2023, 1)]);
    const item = requireItem(element, 'year');
    expect(item.classList.contains('ct-precision-year')).to.equal(true);
    const box = item.getBoundingClientRect();
    expect(box.left).to.be.closeTo(axisX(element, local(2021, 1)), 3);
    expect(box.right).to.be.closeTo(axisX(element, local(2022, 1)), 3);
    expect(getComputedStyle(item).borderLeftStyle).to.equal('dashed');
    await openDetails(element, 'year');
    expect(detailsDate(element)).to.equal('2021');
  });

  it('marks approximate (~) and uncertain (?) dates and explains them in the details', async () => {
    const element = await timeline(
      precisionEvents.filter((event) => event.id === 'approx' || event.id === 'uncertain'),
      'en',
    );
    const approx = requireItem(element, 'approx');
    const uncertain = requireItem(element, 'uncertain');
    expect(approx.classList.contains('ct-approximate'), approx.className).to.equal(true);
    expect(approx.classList.contains('ct-uncertain')).to.equal(false);
    expect(uncertain.classList.contains('ct-uncertain'), uncertain.className).to.equal(true);
    expect(uncertain.classList.contains('ct-approximate')).to.equal(false);
    await openDetails(element, 'approx');
    expect(detailsDate(element)).to.equal('about 2019');
    expect(explanation(element)).to.contain('The date is approximate.');
    await openDetails(element, 'uncertain');
    expect(detailsDate(element)).to.equal('May 2019 (?)');
    expect(explanation(element)).to.contain('The source is not sure of this date.');
  });

  it('draws approximate and uncertain month/year spans with dotted edges, unlike certain ones (dashed)', async () => {
    const element = await timeline(
      precisionEvents.filter((event) => ['approx', 'uncertain', 'year'].includes(event.id)),
      'en',
    );
    expect(getComputedStyle(requireItem(element, 'year')).borderLeftStyle).to.equal('dashed');
    expect(getComputedStyle(requireItem(element, 'approx')).borderLeftStyle).to.equal('dotted');
    expect(getComputedStyle(requireItem(element, 'uncertain')).borderLeftStyle).to.equal('dotted');
  });

  it('explains approximate and uncertain dates in Arabic too', async () => {
    const element = await timeline(
      precisionEvents.filter((event) => event.id === 'approx' || event.id === 'uncertain'),
      'ar',
    );
    await openDetails(element, 'approx');
    expect(explanation(element)).to.contain('التاريخ تقريبي.');
    await openDetails(element, 'uncertain');
    expect(explanation(element)).to.contain('المصدر غير متأكد من هذا التاريخ.');
  });

  it('writes the qualifier: "early January 2024" / "مطلع يناير/ كانون الثاني 2024"', async () => {
    const english = await timeline(only('early'), 'en');
    await openDetails(english, 'early');
    expect(detailsDate(english)).to.equal('early January 2024');
    const arabic = await timeline(only('early'), 'ar');
    await openDetails(arabic, 'early');
    expect(detailsDate(arabic)).to.equal('مطلع يناير/ كانون الثاني 2024');
  });
});

describe('calendar dates on the axis (TZ America/New_York)', () => {
  it('runs in a time zone west of UTC, where UTC midnight is the previous day', () => {
    expect(new Date(2024, 1, 7).getTimezoneOffset()).to.be.greaterThan(0);
  });

  it('puts 2024-02-07 on 7 February: between the axis lines of 7 Feb 00:00 and 8 Feb 00:00 local', async () => {
    const element = await timeline(only('day'), 'en', [local(2024, 2, 4), local(2024, 2, 11)]);
    // A box item's vertical line stands at its date.
    const item = requireItem(element, 'day');
    const line = [...shadow(element).querySelectorAll('.vis-item.vis-line')].find(
      (node) =>
        Math.abs(node.getBoundingClientRect().left - item.getBoundingClientRect().left - item.offsetWidth / 2) < 4,
    );
    const x = line ? line.getBoundingClientRect().left : item.getBoundingClientRect().left + item.offsetWidth / 2;
    const seventh = gridLineX(element, '.vis-day7.vis-february');
    const eighth = gridLineX(element, '.vis-day8.vis-february');
    expect(eighth).to.be.greaterThan(seventh + 50);
    expect(x, `item at ${x}, 7 Feb at ${seventh}, 8 Feb at ${eighth}`).to.be.at.least(seventh - 1);
    expect(x).to.be.below(eighth);
    // The linear scale agrees with the grid.
    expect(axisX(element, local(2024, 2, 7))).to.be.closeTo(seventh, 2);
  });
});
