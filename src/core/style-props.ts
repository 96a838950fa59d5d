/**
 * `style=${styleProps({ '--r': '1.5', 'aspect-ratio': undefined })}`: Lit's `styleMap`, but
 * setting the properties through CSSOM (`style.setProperty`) from the first render on. `styleMap`
 * writes a `style` attribute on first render (lit/lit#4719), which a page's strict Content
 * Security Policy (`style-src` without 'unsafe-inline') blocks; CSSOM it allows. CSS names
 * (`aspect-ratio`, `--r`); `undefined` removes a property.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type StyleProps = Record<string, string | undefined>;

class StylePropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProps() goes in a style attribute, alone');
  }

  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
