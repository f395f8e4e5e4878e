import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  RovingTabindexController,
  type RovingTabindexOptions,
} from '../../../src/element/controllers/roving-tabindex-controller.js';

/** A host that only counts the updates asked for. */
class CountingHost implements ReactiveControllerHost {
  requested = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {
    this.requested++;
  }
}

const keys = ['a', 'b', 'c', 'd'];

function roving(options: Partial<Omit<RovingTabindexOptions, 'rtl'>> & { rtl?: boolean } = {}) {
  const host = new CountingHost();
  const focused: string[] = [];
  const moved: [string, number, number][] = [];
  const controller = new RovingTabindexController(host, {
    items: () => ({ count: keys.length, keyAt: (i) => keys[i], indexOf: (key) => keys.indexOf(key) }),
    vertical: false,
    focus: (key) => focused.push(key),
    moved: (key, index, count) => moved.push([key, index, count]),
    ...options,
    rtl: () => options.rtl ?? false,
  });
  return { host, controller, focused, moved };
}

const press = (name: string) => new KeyboardEvent('keydown', { key: name, cancelable: true });

describe('RovingTabindexController', () => {
  it('gives the tab stop to the first rendered item until one is chosen, then to that one while rendered', () => {
    const { controller } = roving();
    expect(controller.tabStopAmong(keys)).to.equal('a');
    controller.setStop('c');
    expect(controller.tabStopAmong(keys)).to.equal('c');
    expect(controller.tabStopAmong(['a', 'b']), 'the stop is not rendered').to.equal('a');
    expect(controller.tabStopAmong([])).to.equal(undefined);
  });

  it('moves the stop and the focus with the arrows, Home and End, and asks for an update', () => {
    const { host, controller, focused, moved } = roving();
    const right = press('ArrowRight');
    expect(controller.handleKeydown(right)).to.equal(true);
    expect(right.defaultPrevented).to.equal(true);
    expect(controller.stop, 'from no stop: the first').to.equal('a');
    controller.handleKeydown(press('ArrowRight'));
    controller.handleKeydown(press('End'));
    controller.handleKeydown(press('ArrowRight'));
    controller.handleKeydown(press('ArrowLeft'));
    expect(focused).to.deep.equal(['a', 'b', 'd', 'd', 'c']);
    expect(moved.at(-1)).to.deep.equal(['c', 2, 4]);
    controller.handleKeydown(press('Home'));
    expect(controller.stop).to.equal('a');
    expect(host.requested).to.be.greaterThan(0);
  });

  it('mirrors the arrows right to left, and leaves other keys (and Up/Down along a row) alone', () => {
    const { controller, focused } = roving({ rtl: true });
    controller.setStop('b');
    controller.handleKeydown(press('ArrowLeft'));
    expect(controller.stop).to.equal('c');
    const down = press('ArrowDown');
    expect(controller.handleKeydown(down)).to.equal(false);
    expect(down.defaultPrevented).to.equal(false);
    expect(controller.handleKeydown(press('Enter'))).to.equal(false);
    expect(focused).to.deep.equal(['c']);
  });

  it('moves with Up and Down along a list', () => {
    const { controller } = roving({ vertical: true });
    controller.setStop('b');
    controller.handleKeydown(press('ArrowDown'));
    expect(controller.stop).to.equal('c');
  });

  it('follows focus by click or Tab; before there is a stop, hands it to firstStop', () => {
    const { controller, focused } = roving();
    controller.handleFocusIn('b');
    expect(controller.stop).to.equal('b');
    const list = roving({ firstStop: () => 'c' });
    list.controller.handleFocusIn('a');
    expect(list.controller.stop).to.equal('c');
    expect(list.focused).to.deep.equal(['c']);
    list.controller.handleFocusIn('d');
    expect(list.controller.stop, 'once there is a stop, focus moves it').to.equal('d');
    expect(focused).to.deep.equal([]);
  });
});
