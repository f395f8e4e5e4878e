import { expect } from '@open-wc/testing';
import { readInlineJson } from '../../src/loaders/inline-json.js';

function hostWithScript(json: string, type = 'application/json'): HTMLElement {
  const host = document.createElement('div');
  const script = document.createElement('script');
  script.type = type;
  script.textContent = json;
  host.append(script);
  return host;
}

describe('readInlineJson', () => {
  it('says nothing was found when there is no JSON script child', () => {
    const host = document.createElement('div');
    host.append(document.createElement('ol'));
    expect(readInlineJson(host)).to.deep.equal({ found: false });
    expect(readInlineJson(hostWithScript('[]', 'text/javascript'))).to.deep.equal({ found: false });
  });

  it('reads conflict events as an array or as { events }', () => {
    const event = { id: 'a', start: '2014', title: { en: 'A' } };
    expect(readInlineJson(hostWithScript(JSON.stringify([event])))).to.deep.equal({
      found: true,
      result: { events: [event], issues: [] },
    });
    expect(readInlineJson(hostWithScript(JSON.stringify({ events: [event] }))).result?.events).to.deep.equal([event]);
  });

  it('reads TimelineJS JSON too', () => {
    const timeline = { events: [{ start_date: { year: 2014 }, text: { headline: '<b>A</b>' } }] };
    const { result } = readInlineJson(hostWithScript(JSON.stringify(timeline), 'application/json; charset=utf-8'));
    expect(result?.events).to.deep.equal([{ id: 'a-1', start: '2014', title: { en: 'A' } }]);
  });

  it("reports malformed JSON with the parser's message", () => {
    let parserMessage = '';
    try {
      JSON.parse('{"events": [');
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    const { found, result } = readInlineJson(hostWithScript('{"events": ['));
    expect(found).to.equal(true);
    expect(result?.events).to.deep.equal([]);
    expect(result?.issues).to.have.length(1);
    expect(result?.issues[0]).to.include({ index: -1, severity: 'error' });
    expect(result?.issues[0]?.message).to.contain(parserMessage);
  });
});
