import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang, langRoots, resolveLang } from '../../src/i18n/resolve-lang.js';

describe('resolveLang and inheritedLang', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = pageLang));

  it('the element’s own lang first, then the nearest ancestor’s, then the document’s, then English', async () => {
    document.documentElement.lang = 'fr';
    const outer = await fixture<HTMLElement>(
      html`<section lang="ar">
        <div><span></span></div>
      </section>`,
    );
    const span = outer.querySelector('span')!;
    expect(resolveLang(span)).to.equal('ar');
    span.lang = 'en-GB';
    expect(resolveLang(span)).to.equal('en-GB');
    expect(inheritedLang(span), 'inherited ignores its own').to.equal('ar');
    outer.removeAttribute('lang');
    expect(resolveLang(outer.querySelector('div')!)).to.equal('fr');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(outer.querySelector('div')!)).to.equal('en');
  });

  it('crosses shadow roots to the host’s ancestors, and langRoots lists the roots to watch', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="ar"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('ar');
    expect(langRoots(inner)).to.deep.equal([root, document]);
    expect(langRoots(outer)).to.deep.equal([document]);
  });
});
