// Not part of the app: `npm run check` must find an error on each line below, or it fails (the
// published types reject wrong props and know each event's detail).
import { ConflictTimeline } from 'conflict-timeline/react';

export const wrongProps = (
  <>
    {/* @ts-expect-error `events` is an array of events, not text */}
    <ConflictTimeline events="text" />
    {/* @ts-expect-error numerals are 'latn' or 'arab' */}
    <ConflictTimeline numerals="roman" />
    <ConflictTimeline
      onCtRender={(event) => {
        // @ts-expect-error ct-render's detail is { itemCount }
        return event.detail.count;
      }}
    />
  </>
);
