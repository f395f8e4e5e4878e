/**
 * Ticks for a compact time axis (the overview band): whole years, or whole months for short
 * spans, spaced so their labels do not touch. Local calendar time, like the events' dates.
 */
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfYear } from 'date-fns/startOfYear';
import type { TimeSpan } from './focus-window.js';

export type TickUnit = 'year' | 'month';

export interface TimeTick {
  /** Local midnight starting the year or month (ms). */
  readonly time: number;
  readonly unit: TickUnit;
  /** The tick's distance from the axis's start edge (px). */
  readonly at: number;
}

/** Steps tried, smallest first: every 1, 2, 3, 6 months; every 1, 2, 5, 10, … years. */
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const AVERAGE_MONTH_MS = 30.44 * 24 * 60 * 60 * 1000;

/**
 * Ticks across `span`, drawn `width` px long, at least `spacing` px apart (a label's width):
 * years over two years or more (a reader of an overview thinks in years there), else months;
 * the finest step that leaves that much room.
 */
export function timeTicks(span: TimeSpan, width: number, spacing: number): TimeTick[] {
  const duration = span.end - span.start;
  if (!(duration > 0) || !(width > 0)) return [];
  const pxPerMonth = (width / duration) * AVERAGE_MONTH_MS;
  if (duration < 24 * AVERAGE_MONTH_MS) {
    const months = MONTH_STEPS.find((step) => step * pxPerMonth >= spacing) ?? MONTH_STEPS[MONTH_STEPS.length - 1]!;
    return monthTicks(span, width, months);
  }
  const years = YEAR_STEPS.find((step) => step * 12 * pxPerMonth >= spacing) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
  return yearTicks(span, width, years);
}

function monthTicks(span: TimeSpan, width: number, step: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  let date = startOfMonth(span.start);
  if (date.getTime() < span.start) date = addMonths(date, 1);
  // Steps of 3 or 6 months fall on quarters and halves: January, April, July, October.
  while (date.getMonth() % step !== 0) date = addMonths(date, 1);
  for (; date.getTime() <= span.end; date = addMonths(date, step)) ticks.push(tick(date, 'month', span, width));
  return ticks;
}

function yearTicks(span: TimeSpan, width: number, step: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  let date = startOfYear(span.start);
  if (date.getTime() < span.start) date = addYears(date, 1);
  // Round years for round steps: 2015, 2020 for every 5.
  while (date.getFullYear() % step !== 0) date = addYears(date, 1);
  for (; date.getTime() <= span.end; date = addYears(date, step)) ticks.push(tick(date, 'year', span, width));
  return ticks;
}

function tick(date: Date, unit: TickUnit, span: TimeSpan, width: number): TimeTick {
  const time = date.getTime();
  return { time, unit, at: ((time - span.start) / (span.end - span.start)) * width };
}
