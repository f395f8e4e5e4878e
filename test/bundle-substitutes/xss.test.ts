import { expect } from '@open-wc/testing';
import xss, { escapeHtml, FilterXSS } from '../../src/bundle-substitutes/xss.js';

// The bundle's stand-in for the `xss` package: every string vis-timeline would put in innerHTML
// is shown as text.
describe('vis-xss (the bundle’s replacement for the xss package)', () => {
  it('escapes markup so that innerHTML shows it as text', () => {
    const hostile = `<img src=x onerror="alert('x')">&amp; "q"`;
    const host = document.createElement('div');
    host.innerHTML = new FilterXSS().process(hostile);
    expect(host.children).to.have.length(0);
    expect(host.textContent).to.equal(hostile);
  });

  it('leaves text without markup characters as it is, Arabic included', () => {
    expect(escapeHtml('2024 يناير/ كانون الثاني')).to.equal('2024 يناير/ كانون الثاني');
  });

  it('has the shape vis-timeline imports: a default export with FilterXSS', () => {
    expect(new xss.FilterXSS().process('<b>')).to.equal('&lt;b&gt;');
  });
});
