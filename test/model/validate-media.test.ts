import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import { conflictEventsJsonSchema } from '../../src/model/json-schema.js';
import { validateEvents } from '../../src/model/validate.js';
import { KEPT_IMAGE_LINKS, MINIMAL_EVENT, REFUSED_IMAGE_LINKS } from './event-samples.js';

const withImage = (url: unknown, more: object = {}) => ({ ...MINIMAL_EVENT, media: { url, ...more } });

function schemaValidator(): (data: unknown) => boolean {
  return new Ajv2020({ allErrors: true, strict: true }).compile(conflictEventsJsonSchema());
}

describe('media: an event picture', () => {
  it('keeps http(s) and page-relative image links, with alt text, caption and credit in each language', () => {
    for (const url of KEPT_IMAGE_LINKS) {
      const media = {
        url,
        alt: { ar: 'دخان', en: 'Smoke' },
        caption: { en: 'After the strike' },
        credit: { en: 'AP' },
      };
      const result = validateEvents([withImage(url, media)]);
      expect(result.issues, url).to.deep.equal([]);
      expect(result.events[0]?.media, url).to.deep.equal(media);
      expect(Object.isFrozen(result.events[0]?.media?.alt), url).to.equal(true);
    }
  });

  it('refuses every other scheme, however disguised, with a warning naming media.url; the event stays without media', () => {
    for (const url of REFUSED_IMAGE_LINKS) {
      const result = validateEvents([withImage(url, { caption: { en: 'x' } })]);
      expect(result.events, JSON.stringify(url)).to.deep.equal([MINIMAL_EVENT]);
      const fields = result.issues.map((issue) => [issue.severity, issue.field]);
      expect(fields, JSON.stringify(url)).to.deep.include(['warning', 'media.url']);
      expect(fields, JSON.stringify(url)).to.deep.include(['warning', 'media']);
      expect(result.issues.every((issue) => issue.severity === 'warning')).to.equal(true);
    }
  });

  it('names the scheme a disguised link hides', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['JaVaScRiPt:alert(1)', '"javascript:"'],
      ['java\tscript:alert(1)', '"javascript:"'],
      ['javascript%253Aalert(1)', '"javascript:"'],
      ['&#106;avascript:alert(1)', '"javascript:"'],
      ['  data:image/png;base64,AAAA', '"data:"'],
      ['blob:https://example.org/x', '"blob:"'],
    ];
    for (const [url, scheme] of cases) {
      const [issue] = validateEvents([withImage(url)]).issues;
      expect(issue?.message, url).to.contain(`(its scheme is ${scheme})`);
      expect(issue?.message, url).to.contain('.media.url: ');
    }
  });

  it('reads a protocol-relative link as https, and trims spaces, each with a warning', () => {
    const relative = validateEvents([withImage('//images.example.org/a.jpg')]);
    expect(relative.events[0]?.media?.url).to.equal('https://images.example.org/a.jpg');
    expect(relative.issues.map((issue) => [issue.severity, issue.field])).to.deep.equal([['warning', 'media.url']]);
    const padded = validateEvents([withImage('  images/a.jpg\n')]);
    expect(padded.events[0]?.media?.url).to.equal('images/a.jpg');
    expect(padded.issues[0]?.message).to.contain('spaces around the link were removed');
  });

  it('needs a url: media without one is an error, as for any required field', () => {
    const result = validateEvents([{ ...MINIMAL_EVENT, media: { caption: { en: 'x' } } }]);
    expect(result.events).to.deep.equal([]);
    expect(result.issues.map((issue) => issue.field)).to.deep.equal(['media.url']);
  });

  it('the JSON Schema accepts the kept links and refuses the refused and repaired ones', () => {
    const validate = schemaValidator();
    for (const url of KEPT_IMAGE_LINKS) expect(validate([withImage(url)]), url).to.equal(true);
    for (const url of [...REFUSED_IMAGE_LINKS, '//example.org/a.jpg', ' a.jpg']) {
      expect(validate([withImage(url)]), JSON.stringify(url)).to.equal(false);
    }
    const media = (conflictEventsJsonSchema() as { $defs: { conflictEvent: { properties: { media: object } } } }).$defs
      .conflictEvent.properties.media;
    expect(media).to.deep.include({ required: ['url'] });
  });
});
