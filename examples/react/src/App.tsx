import { useState } from 'react';
import { ConflictTimeline } from 'conflict-timeline/react';
import type { ConflictEvent } from 'conflict-timeline';
import articleEvents from 'conflict-timeline/events/iraq-coalition';

const events2024 = articleEvents.filter((event) => event.start.startsWith('2024'));

export function App() {
  const [selected, setSelected] = useState<ConflictEvent | null>(null);
  return (
    <main>
      <h1>Iraq and the coalition, 2024</h1>
      <ConflictTimeline lang="en" events={events2024} onCtSelect={(event) => setSelected(event.detail.event)} />
      <p>
        Selected: <output>{selected ? selected.title.en : 'nothing yet'}</output>
      </p>
    </main>
  );
}
