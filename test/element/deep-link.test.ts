import { expect } from '@open-wc/testing';
import { mountTimeline, nextFrames, sampleEvents, shadow, until } from './helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

const page = location.href.split('#')[0]!;

function setFragment(fragment: string): void {
  history.replaceState(null, '', `${page}${fragment}`);
}

function card(element: ConflictTimeline): HTMLElement | null {
  return shadow(element).querySelector('[part="details"]');
}

function cardTitle(element: ConflictTimeline): string | undefined {
  return card(element)?.querySelector('h2')?.textContent ?? undefined;
}

function mount(setup: (element: ConflictTimeline) => void = () => {}): Promise<ConflictTimeline> {
  return mountTimeline((element) => {
    element.lang = 'en';
    element.events = sampleEvents;
    setup(element);
  });
}

/** Console warnings while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('deep links (deep-link)', () => {
  afterEach(() => setFragment(''));

  it('in: a fragment that is an event id selects it on load, opens its card and fires ct-select once', async () => {
    setFragment('#month');
    const fired: (string | null)[] = [];
    const element = await mount((element) => {
      element.setAttribute('deep-link', '');
      element.addEventListener('ct-select', (event) => fired.push(event.detail.id));
    });
    await element.updateComplete;
    expect(cardTitle(element)).to.equal('A month event');
    expect(fired).to.deep.equal(['month']);
  });

  it('out: selecting writes the id to the fragment, replacing the history entry; closing removes it', async () => {
    const element = await mount((element) => element.setAttribute('deep-link', ''));
    const length = history.length;
    element.focusEvent('year');
    await element.updateComplete;
    expect(location.hash).to.equal('#year');
    element.focusEvent('day');
    await element.updateComplete;
    expect(location.hash).to.equal('#day');
    expect(history.length, 'no history entry added').to.equal(length);
    shadow(element).querySelector<HTMLButtonElement>('[part="details"] .close')!.click();
    await element.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('the link the page opens with jumps there: the event is in view at once, not after a glide', async () => {
    // A dense month in 2024 (the opening window) and one event years before it.
    const crowded = Array.from({ length: 14 }, (_, index) => ({
      id: `jan-${index}`,
      start: `2024-01-${String(index + 10).padStart(2, '0')}`,
      title: { en: `A crowded January day with a long title number ${index}` },
    }));
    const far = { id: 'far', start: '2009-05-04', title: { en: 'Years before' } };
    setFragment('#far');
    const element = await mountTimeline(
      (element) => {
        element.lang = 'en';
        element.setAttribute('deep-link', '');
        element.events = [...crowded, far];
      },
      { opening: true },
    );
    await element.updateComplete;
    await nextFrames(1);
    const window = element.getWindow()!;
    const day = Date.UTC(2009, 4, 4);
    expect(window.start.getTime(), 'the window starts before the linked day').to.be.at.most(day);
    expect(window.end.getTime(), 'the window ends after the linked day').to.be.at.least(day);
  });

  it('follows hashchange: a pasted link or Back selects its event', async () => {
    const element = await mount((element) => element.setAttribute('deep-link', ''));
    location.hash = '#range';
    await until(() => cardTitle(element) === 'A range', 'the card of the linked event');
  });

  it('the named form reads and writes only its own pair, so two timelines share the fragment', async () => {
    setFragment('#other=x&iraq=month&top');
    const iraq = await mount((element) => element.setAttribute('deep-link', 'iraq'));
    const syria = await mount((element) => element.setAttribute('deep-link', 'syria'));
    await iraq.updateComplete;
    expect(cardTitle(iraq)).to.equal('A month event');
    expect(card(syria)).to.equal(null);
    syria.focusEvent('day');
    await syria.updateComplete;
    expect(location.hash).to.equal('#other=x&iraq=month&top&syria=day');
    iraq.focusEvent('year');
    await iraq.updateComplete;
    expect(location.hash).to.equal('#other=x&top&syria=day&iraq=year');
    expect(cardTitle(syria)).to.equal('A day event');
  });

  it('without the attribute the element never reads or writes the URL', async () => {
    setFragment('#month');
    const calls: string[] = [];
    const { replaceState, pushState } = history;
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      calls.push('replaceState');
      return replaceState.apply(this, args);
    };
    history.pushState = function (...args: Parameters<History['pushState']>) {
      calls.push('pushState');
      return pushState.apply(this, args);
    };
    try {
      const element = await mount();
      await element.updateComplete;
      expect(card(element), 'the fragment selects nothing').to.equal(null);
      element.focusEvent('day');
      await element.updateComplete;
      location.hash = '#year';
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      expect(cardTitle(element)).to.equal('A day event');
      expect(location.hash).to.equal('#year');
      expect(calls).to.deep.equal([]);
    } finally {
      history.replaceState = replaceState;
      history.pushState = pushState;
    }
  });

  it('unknown, empty and hostile fragments select nothing, throw nothing, run nothing', async () => {
    const hostile = [
      '#',
      '#nope',
      `#${encodeURIComponent('<img src=x onerror="window.__ctPwned=1">')}`,
      '#<script>window.__ctPwned=1</script>',
      `#${'a'.repeat(10_000)}`,
      '#%E0%A4%A',
      '#%',
      '#javascript:window.__ctPwned=1',
      `#${'%F0%9F'.repeat(500)}`,
    ];
    for (const fragment of hostile) {
      setFragment(fragment);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      let element!: ConflictTimeline;
      const warnings = await warningsDuring(async () => {
        element = await mount((element) => element.setAttribute('deep-link', ''));
        await element.updateComplete;
        await nextFrames();
      });
      window.removeEventListener('error', onError);
      expect(card(element), `${fragment.slice(0, 40)} selects nothing`).to.equal(null);
      expect(errors, `${fragment.slice(0, 40)} throws nothing`).to.deep.equal([]);
      expect(shadow(element).querySelector('img, script'), 'no markup from the fragment').to.equal(null);
      expect((window as { __ctPwned?: number }).__ctPwned).to.equal(undefined);
      for (const warning of warnings) expect(warning.length, 'a short warning').to.be.lessThan(300);
      element.remove();
    }
  });

  it('an unknown id is named in a console warning, shortened', async () => {
    setFragment(`#no-such-event-${'x'.repeat(300)}`);
    const warnings = await warningsDuring(async () => {
      const element = await mount((element) => element.setAttribute('deep-link', ''));
      await element.updateComplete;
    });
    const warning = warnings.find((text) => text.includes('no-such-event'));
    expect(warning, 'a warning names the id').to.not.equal(undefined);
    expect(warning!.length).to.be.lessThan(200);
  });

  it('a deep link wins over story mode', async () => {
    setFragment('#year');
    const fired = [] as (string | null)[];
    const element = await mount((element) => {
      element.setAttribute('deep-link', '');
      element.setAttribute('story', '');
      element.addEventListener('ct-select', (event) => fired.push(event.detail.id));
    });
    await element.updateComplete;
    expect(cardTitle(element)).to.equal('A year event');
    expect(fired).to.deep.equal(['year']);
  });

  it('works inside an iframe, on the frame’s own URL', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const script = new URL('../../src/conflict-timeline.ts', import.meta.url).href;
    frame.srcdoc = `<!doctype html><html lang="en"><body><conflict-timeline deep-link lang="en"></conflict-timeline>
      <script type="module">
        import ${JSON.stringify(script)};
        const element = document.querySelector('conflict-timeline');
        element.events = ${JSON.stringify(sampleEvents)};
      </script></body></html>`;
    document.body.append(frame);
    try {
      await until(
        () => !!frame.contentDocument?.querySelector('conflict-timeline')?.shadowRoot,
        'the frame’s element',
        15000,
      );
      const inner = frame.contentDocument!.querySelector('conflict-timeline') as ConflictTimeline;
      await until(() => inner.validEvents.length > 0, 'the frame’s events', 15000);
      const before = location.href;
      frame.contentWindow!.location.hash = '#range';
      await until(() => cardTitle(inner) === 'A range', 'the frame’s card', 8000);
      inner.focusEvent('day');
      await inner.updateComplete;
      expect(frame.contentWindow!.location.hash).to.equal('#day');
      expect(location.href, 'the top page is untouched').to.equal(before);
    } finally {
      frame.remove();
    }
  });
});

describe('Copy link', () => {
  afterEach(() => setFragment(''));

  function copyButton(element: ConflictTimeline): HTMLButtonElement | null {
    return shadow(element).querySelector('[part="copy-link"] button');
  }

  it('is in the card only with deep links on', async () => {
    const plain = await mount();
    plain.focusEvent('day');
    await plain.updateComplete;
    expect(copyButton(plain)).to.equal(null);
    const linked = await mount((element) => element.setAttribute('deep-link', 'iraq'));
    linked.focusEvent('day');
    await linked.updateComplete;
    expect(copyButton(linked)?.textContent).to.equal('Copy link');
  });

  it('copies the event’s link with the Clipboard API, or shows it in a field when that fails', async () => {
    const element = await mount((element) => {
      element.setAttribute('deep-link', 'iraq');
      element.lang = 'ar';
    });
    element.focusEvent('day');
    await element.updateComplete;
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const written: string[] = [];
    try {
      clipboard.writeText = (text: string) => (written.push(text), Promise.resolve());
      copyButton(element)!.click();
      await until(() => !!shadow(element).querySelector('.copy-link .copied'), 'the copied note');
      expect(written).to.deep.equal([`${page}#iraq=day`]);
      expect(shadow(element).querySelector('.copy-link .copied')?.textContent).to.equal('نُسخ الرابط');
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      copyButton(element)!.click();
      await until(() => !!shadow(element).querySelector('.link-field input'), 'the link field');
      const field = shadow(element).querySelector<HTMLInputElement>('.link-field input')!;
      expect(field.value).to.equal(`${page}#iraq=day`);
      expect(field.readOnly).to.equal(true);
      await until(() => shadow(element).activeElement === field, 'the field focused');
    } finally {
      clipboard.writeText = original;
    }
  });
});
