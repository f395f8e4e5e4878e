import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEvents } from '../../src/model/validate.js';
import { ingestEvents } from '../../src/model/ingest.js';
import { eventListLike, FULL_EVENT, MINIMAL_EVENT } from './event-samples.js';

/** A copy the validator may keep: what `JSON.parse` or a structured clone would hand it. */
function fresh<T>(value: T): T {
  return structuredClone(value);
}

/** Whether `value` and everything in it is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('validateEvents with adoptInput', () => {
  it("keeps the input's own objects, frozen, when nothing in them changes", () => {
    const input = [fresh(MINIMAL_EVENT), fresh(FULL_EVENT)];
    const result = validateEvents(input, { adoptInput: true });
    expect(result.issues).to.deep.equal([]);
    expect(result.events[0]).to.equal(input[0]);
    expect(result.events[1]).to.equal(input[1]);
    expect(result.events[1]?.title).to.equal(input[1]?.title);
    expect(deeplyFrozen(result.events[1])).to.equal(true);
    expect(result.events).to.deep.equal([MINIMAL_EVENT, FULL_EVENT]);
  });

  it('copies an object it changes, and keeps the input object as it was', () => {
    const input = [{ ...fresh(MINIMAL_EVENT), colour: 'red', title: { en: 'Kept', xx_not_a_tag: 'dropped' } }];
    const result = validateEvents(input, { adoptInput: true });
    const [event] = result.events;
    expect(event).to.not.equal(input[0]);
    expect(event).to.deep.equal({ ...MINIMAL_EVENT, title: { en: 'Kept' } });
    expect(deeplyFrozen(event)).to.equal(true);
    expect(input[0]).to.have.property('colour', 'red');
    expect(input[0]?.title).to.have.property('xx_not_a_tag', 'dropped');
  });

  it('copies objects with a prototype of their own, and objects it could not write to', () => {
    class Event {
      id = 'classy';
      start = '2014';
      title = { en: 'From a class' };
    }
    const frozen = Object.freeze(fresh(MINIMAL_EVENT));
    const result = validateEvents([new Event(), frozen], { adoptInput: true });
    expect(result.events).to.have.length(2);
    expect(Object.getPrototypeOf(result.events[0])).to.equal(Object.prototype);
    expect(result.events[1]).to.not.equal(frozen);
  });

  it('never keeps the input objects without it', () => {
    const input = [fresh(MINIMAL_EVENT)];
    const result = validateEvents(input);
    expect(result.events[0]).to.not.equal(input[0]);
    expect(Object.isFrozen(input[0])).to.equal(false);
  });

  it('gives the same events and issues as without it, for any input', () => {
    fc.assert(
      fc.property(eventListLike, (input) => {
        let copies: [unknown[], unknown[]];
        try {
          copies = [fresh(input), fresh(input)];
        } catch {
          // Not something a structured clone or JSON.parse could give (a function, a symbol).
          return true;
        }
        const adopted = validateEvents(copies[0], { adoptInput: true });
        const copied = validateEvents(copies[1]);
        expect(adopted.issues).to.deep.equal(copied.issues);
        expect(adopted.events).to.deep.equal(copied.events);
        expect(adopted.events.every(deeplyFrozen)).to.equal(true);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('is what the sliced ingest passes on', async () => {
    const input = Array.from({ length: 2500 }, (_, i) => ({ ...fresh(MINIMAL_EVENT), id: `e${i}` }));
    const { events } = await ingestEvents(input, { adoptInput: true, index: false });
    expect(events.find((prepared) => prepared.event.id === 'e7')?.event).to.equal(input[7]);
  });
});
