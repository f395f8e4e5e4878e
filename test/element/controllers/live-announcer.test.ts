import { expect } from '@open-wc/testing';
import { LiveAnnouncer } from '../../../src/element/controllers/live-announcer.js';
import { nextFrames } from '../helpers.js';
import { container, createHost } from './test-host.js';

describe('LiveAnnouncer', () => {
  it('clears, then says the text on the next frame (so that the same sentence is read again)', async () => {
    const host = createHost();
    const announcer = new LiveAnnouncer(host);
    const parent = container();
    parent.append(host);
    announcer.announce('Details closed.');
    expect(announcer.text).to.equal('');
    await nextFrames(1);
    expect(announcer.text).to.equal('Details closed.');
    announcer.announce('Details closed.');
    expect(announcer.text, 'cleared again').to.equal('');
    announcer.announce('Showing 2014 to 2017.');
    await nextFrames(2);
    expect(announcer.text, 'only the latest').to.equal('Showing 2014 to 2017.');
    announcer.announce('Never said.');
    host.remove();
    await nextFrames(2);
    expect(announcer.text, 'nothing said once disconnected').to.equal('');
    parent.remove();
  });
});
