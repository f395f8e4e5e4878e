import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { renderTimeline, sampleEvents, shadow, nextFrames } from '../element/helpers.js';

describe('user media preferences', () => {
  afterEach(async () => {
    await executeServerCommand('forced-colors', { active: false });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('forced colors: items, the selected and the focused item stay distinguishable', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const element = await renderTimeline(sampleEvents, 'en');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    element.focusEvent('month');
    await element.updateComplete;
    await nextFrames(3);
    const item = shadow(element).querySelector<HTMLElement>('.vis-item.ct-focused')!;
    const plain = [...shadow(element).querySelectorAll<HTMLElement>('.vis-item.vis-range')].find(
      (node) => !node.classList.contains('ct-focused'),
    )!;
    const focused = getComputedStyle(item);
    // A system-colour outline marks the focused (and selected) event; other items have none.
    expect(focused.outlineStyle).to.equal('solid');
    expect(parseFloat(focused.outlineWidth)).to.be.at.least(3);
    expect(getComputedStyle(plain).outlineStyle).to.equal('none');
    // Item borders are drawn (system text colour), not lost with the background.
    expect(getComputedStyle(plain).borderTopStyle).to.not.equal('none');
    const pressed = shadow(element).querySelector<HTMLElement>('.legend button[aria-pressed="true"]')!;
    expect(parseFloat(getComputedStyle(pressed).borderTopWidth)).to.equal(2);
  });

  it('reduced motion: a zoom from the controls lands at once, without animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await renderTimeline(sampleEvents, 'en');
    const span = () => {
      const window = element.getWindow()!;
      return window.end.getTime() - window.start.getTime();
    };
    const before = span();
    shadow(element).querySelector<HTMLButtonElement>('.controls button')!.click();
    // Read in the same task: an animated zoom would still be at (nearly) the old width.
    expect(span()).to.be.closeTo(before / 2, before * 0.01);
  });
});
