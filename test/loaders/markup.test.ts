import { expect, fixture, html } from '@open-wc/testing';
import { readMarkupEvents } from '../../src/loaders/markup.js';
import { records } from './helpers.js';

/** `<li>` with a `<time>` and a title, built with `textContent` only. */
function item(datetime: string, title: string, attributes: Record<string, string> = {}): HTMLLIElement {
  const li = document.createElement('li');
  for (const [name, value] of Object.entries(attributes)) li.setAttribute(name, value);
  const time = document.createElement('time');
  time.dateTime = datetime;
  time.textContent = `(${datetime})`;
  li.append(time, ` ${title}`);
  return li;
}

function list(...items: HTMLLIElement[]): HTMLElement {
  const root = document.createElement('div');
  const ol = document.createElement('ol');
  ol.append(...items);
  root.append(ol);
  return root;
}

describe('readMarkupEvents', () => {
  it('reads the author-written list: date, title, summary, id, category and a range', async () => {
    const root = await fixture<HTMLElement>(html`
      <div>
        <ol>
          <li data-id="coalition" data-category="coalition-formed">
            <time datetime="2014-09-10">10 September 2014</time> Obama announces <em>the coalition</em>
            <p>Against ISIS.</p>
          </li>
          <li>
            <time datetime="2014-09">September 2014</time> – <time datetime="2017-12">December 2017</time>: Air campaign
          </li>
        </ol>
      </div>
    `);
    const { events, issues } = readMarkupEvents(root);
    expect(issues).to.deep.equal([]);
    expect(events).to.deep.equal([
      {
        id: 'coalition',
        start: '2014-09-10',
        title: { en: 'Obama announces the coalition' },
        summary: { en: 'Against ISIS.' },
        category: 'coalition-formed',
      },
      { id: 'air-campaign-2', start: '2014-09', end: '2017-12', title: { en: 'Air campaign' } },
    ]);
  });

  it('takes the language from the nearest lang attribute, else the one given', () => {
    const arabic = item('2024-01', 'بدء المحادثات', { lang: 'ar' });
    const english = item('2024-02', 'Talks', {});
    const root = list(arabic, english);
    const titles = records(readMarkupEvents(root, { lang: 'fr' }).events).map((event) => event.title);
    expect(titles).to.deep.equal([{ ar: 'بدء المحادثات' }, { fr: 'Talks' }]);
    root.setAttribute('lang', 'en');
    expect(records(readMarkupEvents(root, { lang: 'fr' }).events)[1]?.title).to.deep.equal({ en: 'Talks' });
  });

  it('reads data-end, ul lists, and a time of day down to the date', () => {
    const root = document.createElement('section');
    const ul = document.createElement('ul');
    ul.append(item('2014-06-10T09:30', 'Mosul falls', { 'data-end': '2017-07' }));
    root.append(ul);
    expect(readMarkupEvents(root).events).to.deep.equal([
      { id: 'mosul-falls-1', start: '2014-06-10', end: '2017-07', title: { en: 'Mosul falls' } },
    ]);
  });

  it('leaves out an item without a date, with an error naming it', () => {
    const undated = document.createElement('li');
    undated.textContent = 'No date here';
    const { events, issues } = readMarkupEvents(list(item('2014', 'Dated'), undated));
    expect(events).to.have.length(1);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ index: 1, field: 'start', severity: 'error' });
    expect(issues[0]?.message).to.match(/^List item 2 /);
  });

  it('does not read nested lists, nor times inside a paragraph, as events or ends', () => {
    const outer = item('2014', 'Outer');
    const paragraph = document.createElement('p');
    const mentioned = document.createElement('time');
    mentioned.dateTime = '2003';
    mentioned.textContent = '2003';
    paragraph.append('Since ', mentioned);
    const nested = document.createElement('ul');
    nested.append(item('2015', 'Inner'));
    outer.append(paragraph, nested);
    expect(readMarkupEvents(list(outer)).events).to.deep.equal([
      { id: 'outer-1', start: '2014', title: { en: 'Outer' }, summary: { en: 'Since 2003' } },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const root = list(item('2014', '<img src=x onerror=alert(1)>'));
    const [event] = records(readMarkupEvents(root).events);
    expect(event?.title).to.deep.equal({ en: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).to.equal(null);
  });
});
