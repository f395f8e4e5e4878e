import { expect } from '@open-wc/testing';
import { keyboardCommand, moveIndex, rovingMove } from '../../../src/element/controllers/keyboard.js';

const key = (name: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('rovingMove', () => {
  it('moves forward with the arrow of the reading direction: right in English, left in Arabic', () => {
    expect(rovingMove(key('ArrowRight'), { rtl: false, vertical: false })).to.deep.equal({ to: 'relative', step: 1 });
    expect(rovingMove(key('ArrowLeft'), { rtl: false, vertical: false })).to.deep.equal({ to: 'relative', step: -1 });
    expect(rovingMove(key('ArrowLeft'), { rtl: true, vertical: false })).to.deep.equal({ to: 'relative', step: 1 });
    expect(rovingMove(key('ArrowRight'), { rtl: true, vertical: false })).to.deep.equal({ to: 'relative', step: -1 });
  });

  it('moves with Up and Down (not mirrored) only along a list', () => {
    expect(rovingMove(key('ArrowDown'), { rtl: true, vertical: true })).to.deep.equal({ to: 'relative', step: 1 });
    expect(rovingMove(key('ArrowUp'), { rtl: true, vertical: true })).to.deep.equal({ to: 'relative', step: -1 });
    expect(rovingMove(key('ArrowDown'), { rtl: false, vertical: false })).to.equal(null);
  });

  it('goes to the first and last with Home and End, and ignores keys with modifiers', () => {
    expect(rovingMove(key('Home'), { rtl: false, vertical: false })).to.deep.equal({ to: 'first', step: 0 });
    expect(rovingMove(key('End'), { rtl: true, vertical: true })).to.deep.equal({ to: 'last', step: 0 });
    expect(rovingMove(key('ArrowRight', { ctrlKey: true }), { rtl: false, vertical: false })).to.equal(null);
    expect(rovingMove(key('Home', { metaKey: true }), { rtl: false, vertical: false })).to.equal(null);
    expect(rovingMove(key('a'), { rtl: false, vertical: true })).to.equal(null);
  });
});

describe('moveIndex', () => {
  it('stays within the items, and starts at the first when there is no current one', () => {
    expect(moveIndex({ to: 'relative', step: 1 }, 2, 3)).to.equal(2);
    expect(moveIndex({ to: 'relative', step: -1 }, 0, 3)).to.equal(0);
    expect(moveIndex({ to: 'relative', step: 1 }, 0, 3)).to.equal(1);
    expect(moveIndex({ to: 'relative', step: 1 }, -1, 3)).to.equal(0);
    expect(moveIndex({ to: 'first', step: 0 }, 2, 3)).to.equal(0);
    expect(moveIndex({ to: 'last', step: 0 }, 0, 3)).to.equal(2);
  });
});

describe('keyboardCommand (the event list)', () => {
  it('moves in time order as rovingMove does along a list, mirrored right to left', () => {
    expect(keyboardCommand(key('ArrowLeft'), true)).to.deep.equal({ kind: 'move', to: 'relative', step: 1 });
    expect(keyboardCommand(key('ArrowUp'), true)).to.deep.equal({ kind: 'move', to: 'relative', step: -1 });
    expect(keyboardCommand(key('End'), false)).to.deep.equal({ kind: 'move', to: 'last', step: 0 });
  });

  it('zooms with plus and minus (and the keys they share), opens and closes', () => {
    for (const plus of ['+', '='])
      expect(keyboardCommand(key(plus), false)).to.deep.equal({ kind: 'zoom', factor: 0.5 });
    for (const minus of ['-', '_'])
      expect(keyboardCommand(key(minus), true)).to.deep.equal({ kind: 'zoom', factor: 2 });
    expect(keyboardCommand(key('Enter'), false)).to.deep.equal({ kind: 'open' });
    expect(keyboardCommand(key(' '), false)).to.deep.equal({ kind: 'open' });
    expect(keyboardCommand(key('Escape'), false)).to.deep.equal({ kind: 'close' });
    expect(keyboardCommand(key('+', { altKey: true }), false)).to.equal(null);
    expect(keyboardCommand(key('x'), false)).to.equal(null);
  });
});
