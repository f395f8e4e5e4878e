// Type test of conflict-timeline/react, run by `npm run typecheck` (tsc -p test/types): every
// `@ts-expect-error` must meet an error, so a prop or callback type that got looser fails here.
import { useRef } from 'react';
import type { ConflictTimeline as ConflictTimelineElement, ConflictEvent, ValidationIssue } from '../../src/index.js';
import { ConflictTimeline } from '../../src/react/index.js';

const events: ConflictEvent[] = [{ id: 'a', start: '2024-02-07', title: { en: 'Strike in Baghdad' } }];

export function RightProps() {
  const ref = useRef<ConflictTimelineElement>(null);
  return (
    <ConflictTimeline
      ref={ref}
      lang="ar"
      events={events}
      numerals="arab"
      groupBy="category"
      theme="dark"
      view="list"
      start="2014-01-01"
      end="2024-12-31"
      format="acled-csv"
      className="timeline"
      onCtSelect={(event) => {
        const id: string | null = event.detail.id;
        const selected: ConflictEvent | null = event.detail.event;
        ref.current?.focusEvent(id ?? selected?.id ?? 'a');
      }}
      onCtRangeChange={(event) => {
        const { start, end, byUser }: { start: Date; end: Date; byUser: boolean } = event.detail;
        return [start.getTime(), end.getTime(), byUser];
      }}
      onCtLoad={(event) => {
        const count: number = event.detail.count;
        const source: 'property' | 'src' | 'inline-json' | 'markup' | 'default' = event.detail.source;
        return [count, source];
      }}
      onCtError={(event) => {
        const message: string = event.detail.message;
        const issues: readonly ValidationIssue[] = event.detail.issues;
        return [message, issues];
      }}
      onCtRender={(event) => {
        const itemCount: number = event.detail.itemCount;
        return itemCount;
      }}
      onCtProgress={(event) => {
        const { rows, bytes, totalBytes }: { rows: number; bytes: number; totalBytes?: number } = event.detail;
        return [rows, bytes, totalBytes];
      }}
    />
  );
}

export function WrongProps() {
  return (
    <>
      {/* @ts-expect-error `events` is an array of ConflictEvent, not text */}
      <ConflictTimeline events="text" />
      {/* @ts-expect-error numerals are 'latn' or 'arab' */}
      <ConflictTimeline numerals="roman" />
      {/* @ts-expect-error lanes are 'none', 'category' or 'actor' */}
      <ConflictTimeline groupBy="year" />
      {/* @ts-expect-error the theme is 'auto', 'light' or 'dark' */}
      <ConflictTimeline theme="sepia" />
      {/* @ts-expect-error the view is 'timeline' or 'list' */}
      <ConflictTimeline view="grid" />
      {/* @ts-expect-error the format is one the loaders name ('acled-csv'…) or 'auto' */}
      <ConflictTimeline format="acled" />
      {/* @ts-expect-error the events are ct-select…; there is no ct-selected */}
      <ConflictTimeline onCtSelected={() => {}} />
      <ConflictTimeline
        onCtSelect={(event) => {
          // @ts-expect-error the id is null when the selection was cleared
          const id: string = event.detail.id;
          return id;
        }}
        onCtRangeChange={(event) => {
          // @ts-expect-error the window's start is a Date
          const start: string = event.detail.start;
          return start;
        }}
        onCtRender={(event) => {
          // @ts-expect-error ct-render's detail has itemCount, not count
          return event.detail.count;
        }}
      />
    </>
  );
}
