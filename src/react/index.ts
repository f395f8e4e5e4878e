/**
 * conflict-timeline/react: `<ConflictTimeline>` for React 18 and 19, made with `@lit/react`.
 *
 * Props are the element's properties, typed from its class (`events`, `numerals`, `groupBy`…); the
 * element's events are the callbacks `onCtSelect`, `onCtRangeChange`, `onCtLoad`, `onCtError`,
 * `onCtRender` and `onCtProgress`, each given the typed `CustomEvent`. Importing this module registers
 * `<conflict-timeline>`. It may be imported during a server render (Node, no DOM): the server
 * sends the bare tag and the element upgrades in the browser. The built file starts with
 * `'use client'` (added by rollup.config.js) so that React Server Components may import it.
 */

import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ConflictTimeline as ConflictTimelineElement, TAG_NAME } from '../conflict-timeline.js';
import type { ConflictTimelineEventMap } from '../dom-events/events.js';

/** The element's event of that name, as the type `@lit/react` gives to its callback prop. */
const eventNamed = <K extends keyof ConflictTimelineEventMap>(name: K) =>
  name as EventName<ConflictTimelineEventMap[K]>;

/** `<conflict-timeline>` as a React component: properties as props, `ct-*` events as `onCt*` callbacks. */
export const ConflictTimeline = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: ConflictTimelineElement,
  events: {
    onCtSelect: eventNamed('ct-select'),
    onCtRangeChange: eventNamed('ct-range-change'),
    onCtLoad: eventNamed('ct-load'),
    onCtError: eventNamed('ct-error'),
    onCtRender: eventNamed('ct-render'),
    onCtProgress: eventNamed('ct-progress'),
  },
  displayName: 'ConflictTimeline',
});

/** The props `<ConflictTimeline>` accepts (for wrappers that pass them on). */
export type ConflictTimelineProps = React.ComponentProps<typeof ConflictTimeline>;
