import { expect } from '@open-wc/testing';
import { LocaleController } from '../../../src/element/controllers/locale-controller.js';
import { container, createHost, type TestHost } from './test-host.js';

/** A connected host with a LocaleController, inside `parent`. */
async function hostIn(parent: HTMLElement): Promise<{ host: TestHost; locale: LocaleController }> {
  const host = createHost();
  const locale = new LocaleController(host);
  parent.append(host);
  await host.updateComplete;
  return { host, locale };
}

/** Waits for the MutationObserver's callback and the update it asks for. */
async function settled(host: TestHost): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await host.updateComplete;
}

describe('LocaleController', () => {
  const pageLang = document.documentElement.lang;
  const parents: HTMLElement[] = [];
  const parent = (lang?: string) => {
    const div = container(lang);
    parents.push(div);
    return div;
  };
  afterEach(() => {
    document.documentElement.lang = pageLang;
    parents.splice(0).forEach((div) => div.remove());
  });

  it('speaks its own lang, else the nearest ancestor’s, else the document’s', async () => {
    document.documentElement.lang = 'en-GB';
    const outer = parent('ar');
    const { host, locale } = await hostIn(outer);
    expect(locale.lang).to.equal('ar');
    expect(locale.dir).to.equal('rtl');
    host.lang = 'en';
    expect(locale.lang).to.equal('en');
    const { locale: plain } = await hostIn(parent());
    expect(plain.lang).to.equal('en-GB');
  });

  it('follows a change of the nearest lang ancestor after it connected', async () => {
    const section = parent('en');
    const { host, locale } = await hostIn(section);
    const updates = host.updates;
    section.lang = 'ar';
    await settled(host);
    expect(locale.lang).to.equal('ar');
    expect(locale.format.dir).to.equal('rtl');
    expect(host.updates, 'the element updated').to.be.greaterThan(updates);
  });

  it('follows a change of the document’s lang', async () => {
    document.documentElement.lang = 'en';
    const { host, locale } = await hostIn(parent());
    document.documentElement.lang = 'ar-IQ';
    await settled(host);
    expect(locale.lang).to.equal('ar-IQ');
  });

  it('follows a lang ancestor across a shadow root', async () => {
    const outer = parent('en');
    const inner = document.createElement('div');
    outer.append(inner);
    const root = inner.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('span');
    root.append(wrapper);
    const { host, locale } = await hostIn(wrapper);
    expect(locale.lang).to.equal('en');
    outer.lang = 'ar';
    await settled(host);
    expect(locale.lang).to.equal('ar');
    wrapper.lang = 'en-US';
    await settled(host);
    expect(locale.lang).to.equal('en-US');
  });

  it('keeps its own lang when an ancestor’s changes, and stops watching once disconnected', async () => {
    const section = parent('en');
    const { host, locale } = await hostIn(section);
    host.lang = 'ar';
    await host.updateComplete;
    const updates = host.updates;
    section.lang = 'fr';
    await settled(host);
    expect(locale.lang).to.equal('ar');
    expect(host.updates, 'no update for a language it does not speak').to.equal(updates);
    host.lang = '';
    host.remove();
    section.lang = 'ar';
    await settled(host);
    expect(locale.lang, 'not followed while disconnected').to.equal('fr');
    section.append(host);
    expect(locale.lang, 'read again on reconnection').to.equal('ar');
  });

  it('formats with the same object until the language or the digits change', async () => {
    const { host, locale } = await hostIn(parent('en'));
    const first = locale.format;
    expect(locale.format).to.equal(first);
    host.numerals = 'arab';
    const arabic = locale.format;
    expect(arabic).to.not.equal(first);
    expect(arabic.count(1234)).to.equal('١,٢٣٤');
    host.lang = 'ar';
    expect(locale.format).to.not.equal(arabic);
    expect(locale.format.lang).to.equal('ar');
  });
});
