import { expect } from '@open-wc/testing';
import { MAX_FRAGMENT_LENGTH, readFragment, writeFragment } from '../../src/element/deep-link-fragment.js';

describe('readFragment', () => {
  it('unnamed: the whole fragment is the id, decoded', () => {
    expect(readFragment('#abu-baqir-al-saadi-killed', null)).to.deep.equal({
      kind: 'id',
      id: 'abu-baqir-al-saadi-killed',
    });
    expect(readFragment('#%D8%AD%D8%AF%D8%AB', null)).to.deep.equal({ kind: 'id', id: 'حدث' });
    expect(readFragment('a%20b', null)).to.deep.equal({ kind: 'id', id: 'a b' });
  });

  it('named: its own pair only, the others ignored', () => {
    expect(readFragment('#syria=x&iraq=tower-22&top', 'iraq')).to.deep.equal({ kind: 'id', id: 'tower-22' });
    expect(readFragment('#syria=x', 'iraq')).to.deep.equal({ kind: 'none' });
    expect(readFragment('#iraq', 'iraq')).to.deep.equal({ kind: 'none' });
    expect(readFragment('#iraq=', 'iraq')).to.deep.equal({ kind: 'none' });
    // An id with "=" in it survives in the named form.
    expect(readFragment('#iraq=a%3Db', 'iraq')).to.deep.equal({ kind: 'id', id: 'a=b' });
  });

  it('empty, malformed or too long: nothing to select', () => {
    expect(readFragment('', null).kind).to.equal('none');
    expect(readFragment('#', null).kind).to.equal('none');
    expect(readFragment('#%E0%A4%A', null).kind).to.equal('unreadable');
    expect(readFragment('#%', null).kind).to.equal('unreadable');
    expect(readFragment('#%ED%A0%80', null).kind).to.equal('unreadable');
    expect(readFragment(`#${'a'.repeat(MAX_FRAGMENT_LENGTH + 1)}`, null).kind).to.equal('unreadable');
    expect(readFragment('#iraq=%zz', 'iraq').kind).to.equal('unreadable');
  });

  it('markup stays text: it is an id to look up, never parsed', () => {
    const reading = readFragment('#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', null);
    expect(reading).to.deep.equal({ kind: 'id', id: '<img src=x onerror=alert(1)>' });
  });
});

describe('writeFragment', () => {
  it('unnamed: the fragment becomes the id, or goes', () => {
    expect(writeFragment('#old', null, 'new-id')).to.equal('#new-id');
    expect(writeFragment('#old', null, null)).to.equal('');
    expect(writeFragment('', null, 'a b')).to.equal('#a%20b');
  });

  it('named: sets or removes its own pair, keeps every other part as it was', () => {
    expect(writeFragment('', 'iraq', 'x')).to.equal('#iraq=x');
    expect(writeFragment('#syria=y&top', 'iraq', 'x')).to.equal('#syria=y&top&iraq=x');
    expect(writeFragment('#iraq=old&syria=y', 'iraq', 'new')).to.equal('#syria=y&iraq=new');
    expect(writeFragment('#iraq=old&syria=%41', 'iraq', null)).to.equal('#syria=%41');
    expect(writeFragment('#iraq=old', 'iraq', null)).to.equal('');
  });

  it('what it writes reads back', () => {
    for (const id of ['plain', 'with space', 'a=b&c', 'حدث', '#hash']) {
      expect(readFragment(writeFragment('', null, id), null)).to.deep.equal({ kind: 'id', id });
      expect(readFragment(writeFragment('#other=1', 'n', id), 'n')).to.deep.equal({ kind: 'id', id });
    }
  });
});
