import { expect } from '@open-wc/testing';
import { importTimelineJsCsv } from '../../src/loaders/csv-events.js';
import { importTimelineJs } from '../../src/loaders/timelinejs-json.js';
import { validateEvents } from '../../src/model/validate.js';
import { records } from './helpers.js';

const slide = (media: object) => ({
  start_date: { year: '2024', month: '2', day: '7' },
  text: { headline: 'Strike in Baghdad' },
  media,
});

/** The event one slide becomes, after validation (what the element shows). */
function importedSlide(media: object, lang = 'en') {
  const { events, issues } = importTimelineJs({ events: [slide(media)] }, { lang });
  const validated = validateEvents(events);
  return { event: validated.events[0], issues: [...issues, ...validated.issues] };
}

describe('TimelineJS media', () => {
  it('makes an image the event’s media, with its alt text, caption and credit stripped of HTML', () => {
    const { event, issues } = importedSlide({
      url: 'https://example.org/photos/strike.JPG?w=800',
      alt: 'Smoke over <b>Mashtal</b>',
      caption: '<p>After the strike</p>',
      credit: '<a href="https://apnews.com">AP</a>',
    });
    expect(issues).to.deep.equal([]);
    expect(event?.media).to.deep.equal({
      url: 'https://example.org/photos/strike.JPG?w=800',
      alt: { en: 'Smoke over Mashtal' },
      caption: { en: 'After the strike' },
      credit: { en: 'AP' },
    });
    expect(event).to.not.have.property('source');
  });

  it('reads alt_text too, a relative image link, and stores the texts under the import language', () => {
    const { event } = importedSlide({ url: 'images/strike.png', alt_text: 'دخان', credit: 'رويترز' }, 'ar');
    expect(event?.media).to.deep.equal({ url: 'images/strike.png', alt: { ar: 'دخان' }, credit: { ar: 'رويترز' } });
  });

  it('makes a video, a YouTube page, a tweet and an embed code a plain link, never a frame', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc'],
      ['https://vimeo.com/12345', 'https://vimeo.com/12345'],
      ['https://twitter.com/user/status/1', 'https://twitter.com/user/status/1'],
      ['https://example.org/clip.mp4', 'https://example.org/clip.mp4'],
      [
        '<iframe src="https://www.youtube.com/embed/abc" onload="alert(1)"></iframe>',
        'https://www.youtube.com/embed/abc',
      ],
      [
        '<blockquote class="twitter-tweet"><p>text</p>&mdash; <a href="https://twitter.com/u/status/2?ref=x">date</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script>',
        'https://twitter.com/u/status/2?ref=x',
      ],
    ];
    for (const [url, link] of cases) {
      const { event, issues } = importedSlide({ url, credit: 'Channel' });
      expect(issues, url).to.deep.equal([]);
      expect(event, url).to.not.have.property('media');
      expect(event?.source, url).to.deep.equal({ outlet: { en: 'Channel' }, language: 'en', url: link });
    }
  });

  it('refuses an image link with a script scheme, with a warning naming the slide’s media, and keeps the slide', () => {
    for (const url of ['javascript:alert(1)//.png', 'data:image/png;base64,AAAA', ' JAVASCRIPT:alert(1).jpg']) {
      const { events, issues } = importTimelineJs({ events: [slide({ url, caption: 'x' })] });
      expect(records(events)[0], url).to.not.have.property('media');
      expect(records(events)[0], url).to.not.have.property('source');
      expect(
        issues.map((issue) => [issue.severity, issue.message]),
        url,
      ).to.deep.equal([
        ['warning', 'Slide 1 (events[0].media.url): the media is not an http(s) link, so it was left out.'],
      ]);
    }
  });

  it('CSV: Media, Media Credit, Media Caption and an alt text column make the picture', () => {
    const sheet = [
      'Year,Month,Day,Headline,Media,Media Credit,Media Caption,Media Alt',
      '2024,2,7,Strike in Baghdad,https://example.org/a.webp,AP,"After the strike, <i>7 February</i>",Smoke',
      '2024,2,8,Funeral,https://www.youtube.com/watch?v=abc,Channel,A video,',
    ].join('\n');
    const { events, issues } = importTimelineJsCsv(sheet);
    expect(issues).to.deep.equal([]);
    const [strike, funeral] = records(validateEvents(events).events);
    expect(strike?.media).to.deep.equal({
      url: 'https://example.org/a.webp',
      alt: { en: 'Smoke' },
      caption: { en: 'After the strike, 7 February' },
      credit: { en: 'AP' },
    });
    expect(funeral).to.not.have.property('media');
    expect(funeral?.source).to.deep.equal({
      outlet: { en: 'Channel' },
      language: 'en',
      url: 'https://www.youtube.com/watch?v=abc',
    });
  });
});
