/**
 * Sets an element's inline style properties through the CSSOM (`style.setProperty`), never
 * through a `style` attribute: a strict Content-Security-Policy (no 'unsafe-inline' styles)
 * blocks the attribute, which Lit's `styleMap` writes on first render, but not the CSSOM.
 * Use in an element position: `<span ${cssProperties({ 'inset-inline-start': '12px' })}>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProperties = Readonly<Record<string, string | null | undefined>>;

class CssPropertiesDirective extends Directive {
  private set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs in an element position');
  }

  render(_properties: CssProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.set) if (!next.has(name)) style.removeProperty(name);
    this.set = next;
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
