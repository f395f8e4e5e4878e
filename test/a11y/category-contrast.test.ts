import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { CATEGORY_TYPES, EVENT_TYPES, type ConflictEvent, type EventCategory } from '../../src/model/types.js';
import { mountTimeline, shadow } from '../element/helpers.js';

// WCAG 1.4.11 (non-text contrast): the marks that carry an event's category (the legend's
// swatches, the items' borders, a day's dot) need 3:1 against the element's background, in every
// theme and in forced colours. Measured from the computed styles of what is drawn.

type Rgba = readonly [number, number, number, number];

/** `rgb(…)`, `rgba(…)` or `color(srgb …)` as computed styles write them, channels 0–1. */
function parseColor(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(text);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(text);
  if (rgb)
    return [
      Number(rgb[1]) / 255,
      Number(rgb[2]) / 255,
      Number(rgb[3]) / 255,
      rgb[4] === undefined ? 1 : Number(rgb[4]),
    ];
  throw new Error(`unreadable colour ${text}`);
}

function luminance(color: Rgba): number {
  const [r, g, b] = linearRgb(color);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of a colour (composited over the background when translucent) and the background. */
function contrast(color: Rgba, background: Rgba): number {
  const alpha = color[3];
  const over: Rgba = [0, 1, 2].map((i) => color[i]! * alpha + background[i]! * (1 - alpha)) as unknown as Rgba;
  const [high, low] = [luminance(over), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Linear-light RGB of a colour. */
function linearRgb([r, g, b]: Rgba): [number, number, number] {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return [linear(r), linear(g), linear(b)];
}

/** CIELAB (D65) of a linear-light RGB colour. */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** Machado, Oliveira and Fernandes (2009), severity 1: how a colour looks with each dichromacy. */
const DICHROMACIES: Record<string, readonly (readonly number[])[]> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: readonly number[], matrix: readonly (readonly number[])[]): number[] {
  return matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
}

/** A day and a month of every event type, so that every category's marks are drawn. */
const everyType: ConflictEvent[] = EVENT_TYPES.flatMap((type, index) => {
  const category = Object.keys(CATEGORY_TYPES).find(
    (key) => CATEGORY_TYPES[key as EventCategory] === type,
  ) as EventCategory;
  return [
    { id: `${type}-day`, start: `2024-0${index + 1}-10`, title: { en: `${type} day` }, category },
    { id: `${type}-month`, start: `2023-0${index + 1}`, title: { en: `${type} month` }, category },
  ];
});

/** Every mark that carries a category, with the colour that draws it. */
function categoryMarks(element: ConflictTimeline): { name: string; color: string }[] {
  const root = shadow(element);
  const typeOf = (node: Element) =>
    [...(node.closest('[class*="ct-type-"]')?.classList ?? [])].find((name) => name.startsWith('ct-type-')) ??
    'ct-type-strategic-developments';
  const marks: { name: string; color: string }[] = [];
  for (const swatch of root.querySelectorAll('.legend .swatch'))
    marks.push({ name: `legend swatch ${typeOf(swatch)}`, color: getComputedStyle(swatch).backgroundColor });
  for (const item of root.querySelectorAll('.timeline .vis-item.vis-box, .timeline .vis-item.vis-range'))
    marks.push({ name: `item border ${typeOf(item)}`, color: getComputedStyle(item).borderTopColor });
  // A day's dot: vis-timeline draws it apart from the box, so it carries no type class of its own
  // but the same one as its box (vis-timeline copies the item's className to all three nodes).
  for (const dot of root.querySelectorAll('.timeline .vis-item.vis-dot'))
    marks.push({ name: `day dot ${typeOf(dot)}`, color: getComputedStyle(dot).backgroundColor });
  return marks;
}

describe('category colours: at least 3:1 against the background (WCAG 1.4.11)', () => {
  afterEach(async () => {
    await executeServerCommand('forced-colors', { active: false });
    await emulateMedia({ colorScheme: 'light' });
  });

  // Forced colours with a light and with a dark system scheme: Chromium's forced palette follows it
  // (white or black Canvas), and the element's theme may be set either way.
  const cases = [
    { theme: 'light', system: 'light', forced: false },
    { theme: 'dark', system: 'light', forced: false },
    { theme: 'light', system: 'light', forced: true },
    { theme: 'dark', system: 'light', forced: true },
    { theme: 'light', system: 'dark', forced: true },
    { theme: 'auto', system: 'dark', forced: true },
  ] as const;
  for (const { theme, system, forced } of cases) {
    it(`${theme} theme, ${system} system${forced ? ', forced colours' : ''}`, async () => {
      await emulateMedia({ colorScheme: system });
      if (forced) await executeServerCommand('forced-colors', { active: true });
      const element = await mountTimeline((node) => {
        node.lang = 'en';
        node.theme = theme;
        node.events = everyType;
      });
      const backgroundText = getComputedStyle(element).backgroundColor;
      const background = parseColor(backgroundText);
      const marks = categoryMarks(element);
      // Six swatches, twelve items, six dots: nothing to measure would pass by itself.
      expect(marks.length, 'marks measured').to.be.at.least(24);
      const failures = marks
        .map(({ name, color }) => ({ name, color, ratio: contrast(parseColor(color), background) }))
        .filter(({ ratio }) => ratio < 3)
        .map(({ name, color, ratio }) => `${name}: ${color} on ${backgroundText}, ${ratio.toFixed(2)}:1`);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('a system that prefers dark gets the dark colours with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await mountTimeline((node) => {
      node.lang = 'en';
      node.events = everyType;
    });
    const background = parseColor(getComputedStyle(element).backgroundColor);
    expect(luminance(background), 'dark background').to.be.below(0.05);
    for (const { name, color } of categoryMarks(element))
      expect(contrast(parseColor(color), background), name).to.be.at.least(3);
  });

  // Six categories side by side in small marks: they must differ to readers with the common
  // colour-vision deficiencies too. CIELAB ΔE (1976) between every pair, as each dichromacy sees
  // them; 12 is a clear difference for marks this small (the palette before this test had pairs at
  // 2, e.g. explosions and riots under protanopia, all at nearly one lightness).
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme} theme: every pair of category colours stays apart with protanopia, deuteranopia and tritanopia`, async () => {
      const element = await mountTimeline((node) => {
        node.lang = 'en';
        node.theme = theme;
        node.events = everyType;
      });
      const colours = EVENT_TYPES.map((type) => {
        const swatch = shadow(element).querySelector(`.legend .swatch.ct-type-${type}`)!;
        return { type, rgb: linearRgb(parseColor(getComputedStyle(swatch).backgroundColor)) };
      });
      const tooClose: string[] = [];
      for (const [vision, matrix] of Object.entries(DICHROMACIES)) {
        colours.forEach((a, i) =>
          colours.slice(i + 1).forEach((b) => {
            const [la, lb] = [lab(simulate(a.rgb, matrix)), lab(simulate(b.rgb, matrix))];
            const distance = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
            if (distance < 12) tooClose.push(`${vision}: ${a.type} / ${b.type}, ΔE ${distance.toFixed(1)}`);
          }),
        );
      }
      expect(tooClose, tooClose.join('\n')).to.deep.equal([]);
    });
  }
});
