// Test-runner command `forced-colors`: emulates Windows High Contrast (forced-colors: active) in
// Chromium through the DevTools protocol. @web/test-runner-commands' emulateMedia passes it only to
// Playwright, and Puppeteer's emulateMediaFeatures refuses the feature name.
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('forced-colors needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
      const value = payload?.active ? 'active' : '';
      await sessions
        .get(session.id)
        .send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
