import { expect } from '@open-wc/testing';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import { arabicLocale, englishLocale, registerLocale } from '../../src/i18n/locales.js';
import { provenanceLines, provenanceLineText } from '../../src/i18n/provenance.js';
import { EXTERNAL_FIELD_PATHS, GEO_PRECISIONS, VALUE_BOUNDS, type ConflictEvent } from '../../src/model/types.js';

function record(id: string): ConflictEvent {
  const found = iraqCoalitionEvents.find((event) => event.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

function texts(event: ConflictEvent, lang: string, numerals?: 'arab' | 'latn'): string[] {
  return provenanceLines(event, { lang, numerals }).map(provenanceLineText);
}

const MINIMAL: ConflictEvent = { id: 'x', start: '2024', title: { en: 'x' } };

describe('provenanceLines: where an event’s values come from, ready to show', () => {
  it('gives no lines for an event with nothing to say', () => {
    expect(provenanceLines(MINIMAL, { lang: 'en' })).to.deep.equal([]);
  });

  it('words a figure as its bound does, in the reader’s language', () => {
    expect(texts(record('attacks-on-us-forces-count'), 'en')[0]).to.equal('Figure: more than 165 attacks');
    expect(texts(record('attacks-on-us-forces-count'), 'ar')[0]).to.equal('الرقم: أكثر من 165 هجوما');
    expect(texts(record('us-troops-in-iraq'), 'en')[0]).to.equal('Figure: about 2500 troops');
    expect(texts(record('us-troops-in-iraq'), 'ar')[0]).to.equal('الرقم: نحو 2500 عسكري');
    const unit = { en: 'attacks', ar: 'هجوما' };
    const atLeast = { ...MINIMAL, value: { amount: 165, unit, bound: 'at-least' as const } };
    expect(texts(atLeast, 'en')).to.deep.equal(['Figure: at least 165 attacks']);
    expect(texts(atLeast, 'ar')).to.deep.equal(['الرقم: 165 هجوما على الأقل']);
    expect(texts({ ...MINIMAL, value: { amount: 7, unit } }, 'en')).to.deep.equal(['Figure: 7 attacks']);
  });

  it('gives the toll with the source’s low and high estimates, in the chosen digits', () => {
    const ranged = { ...MINIMAL, fatalities: 3, fatalitiesRange: { low: 2, high: 5 } };
    expect(texts(ranged, 'en')).to.deep.equal(['Fatalities: 3 (low 2, high 5)']);
    expect(texts(ranged, 'ar')).to.deep.equal(['القتلى: 3 (أدنى تقدير 2، وأعلى تقدير 5)']);
    expect(texts(ranged, 'ar', 'arab')).to.deep.equal(['القتلى: ٣ (أدنى تقدير ٢، وأعلى تقدير ٥)']);
    const rangeOnly = { ...MINIMAL, fatalitiesRange: { low: 2, high: 5 } };
    expect(texts(rangeOnly, 'en')).to.deep.equal(['Fatalities: 2–5']);
    expect(texts(rangeOnly, 'ar')).to.deep.equal(['القتلى: بين 2 و5']);
    expect(texts({ ...MINIMAL, fatalities: 0 }, 'en')).to.deep.equal(['Fatalities: 0']);
  });

  it('says what is not from the source, with how precise the coordinates are and where they come from', () => {
    const lines = provenanceLines(record('abu-baqir-al-saadi-killed'), { lang: 'en' });
    const outside = lines.filter((line) => line.kind === 'outside').map(provenanceLineText);
    expect(outside).to.deep.equal([
      'Not from the source: coordinates (approximate: near the place or in part of the area) — source: AP, 7 February 2024: the strike hit a car on a main road in the Mashtal neighbourhood of eastern Baghdad. A point for east Baghdad to one decimal (about 10 km), not the exact spot of the strike.',
      'Not from the source: governorate or province — source: ISO 3166-2:IQ: the city of Baghdad is in Baghdad Governorate (IQ-BG).',
    ]);
    expect(lines.find((line) => line.kind === 'outside')?.url).to.match(/^https:\/\/www\.outlookindia\.com\//);
    const arabic = texts(record('abu-baqir-al-saadi-killed'), 'ar').filter((text) => text.startsWith('من خارج المصدر'));
    expect(arabic[0]).to.equal(
      'من خارج المصدر: الإحداثيات (تقريبية: قرب المكان أو في جزء من المنطقة) — المصدر: أسوشيتد برس، 7 فبراير/ شباط 2024: أصابت الضربة سيارة على طريق رئيسي في حي المشتل شرقي بغداد. نقطة لشرق بغداد برقم عشري واحد (نحو 10 كيلومترات)، لا موضع الضربة بالضبط.',
    );
  });

  it('shows the editor’s note, and names the note among what comes from outside', () => {
    const english = texts(record('soleimani-killed-in-baghdad'), 'en');
    expect(english.at(-1)).to.match(/^Editor’s note: Soleimani commanded the Quds Force/);
    expect(english[0]).to.match(/^Not from the source: event type, editor’s note — source: The Iran Primer/);
    const arabic = texts(record('soleimani-killed-in-baghdad'), 'ar');
    expect(arabic.at(-1)).to.match(/^ملاحظة المحرر: كان سليماني قائد فيلق القدس/);
    expect(arabic[0]).to.match(/^من خارج المصدر: نوع الحدث، ملاحظة المحرر — المصدر: موجز إيران/);
  });

  it('explains a date read from the text, with the source’s own phrase', () => {
    const [line] = provenanceLines(record('tower-22-drone-attack'), { lang: 'en' }).filter(
      (candidate) => candidate.kind === 'date-reading',
    );
    expect(line?.label).to.equal('How the date was read');
    expect(line?.text).to.match(/^The article gives the attack no date of its own\./);
    expect(line?.quote).to.deep.equal({ text: 'عقب هجوم بطائرة مسيرة', lang: 'ar' });
  });

  it('orders the lines: figure, toll, date, outside sources, editor’s note', () => {
    const event: ConflictEvent = {
      ...record('tower-22-drone-attack'),
      value: { amount: 1, unit: { en: 'base' } },
      editorNote: { en: 'Note.' },
    };
    expect(provenanceLines(event, { lang: 'en' }).map((line) => line.kind)).to.deep.equal([
      'figure',
      'fatalities',
      'date-reading',
      'outside',
      'outside',
      'editor-note',
    ]);
  });

  it('marks text in another language when the data has none in the reader’s', () => {
    const event = { ...MINIMAL, editorNote: { en: 'Only in English.' } };
    expect(provenanceLines(event, { lang: 'ar' })).to.deep.equal([
      { kind: 'editor-note', label: 'ملاحظة المحرر', text: 'Only in English.', lang: 'en' },
    ]);
  });

  it('has words for every field an outside source can name, every precision and every bound, in both languages', () => {
    for (const locale of [englishLocale, arabicLocale]) {
      for (const path of EXTERNAL_FIELD_PATHS) {
        const event = { ...MINIMAL, external: [{ fields: [path], source: { en: 's', ar: 's' } }] };
        const [line] = provenanceLines(event, { lang: locale.code });
        expect(line?.text, `${locale.code} ${path}`).to.match(/^\S.* — /);
        expect(line?.text, `${locale.code} ${path}`).to.not.include('undefined');
      }
      for (const precision of GEO_PRECISIONS) expect(locale.provenance.geoPrecision[precision]).to.not.equal('');
      for (const bound of VALUE_BOUNDS) expect(locale.provenance.bounds[bound]('1', 'x')).to.include('1');
    }
  });

  it('speaks a registered language built from English, as the locale guide shows', () => {
    registerLocale({ ...englishLocale, code: 'en-x-provenance' });
    expect(texts({ ...MINIMAL, fatalities: 2 }, 'en-x-provenance')).to.deep.equal(['Fatalities: 2']);
  });
});
