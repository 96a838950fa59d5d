/**
 * The shared theme: public `--article-*` tokens mapped to internal `--_*` properties with light and
 * dark defaults, and adoptDocumentStyles(), which puts document-level rules (by default the themes
 * that `theme="…"` on any ancestor picks) into the element's document.
 *
 * Defaults use `light-dark()`, which follows the inherited `color-scheme`: a page that declares
 * `color-scheme: light dark` gets our dark theme when the reader prefers dark; a page that declares
 * nothing stays light (so a light-only host page never shows dark cards), and `theme` forces either.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { documentStyles as themes } from '../themes/themes.styles.js';

/** Include first in every element's `static styles`. */
export const tokens = css`
  :host {
    --_font-body: var(--article-font-body, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif);
    --_font-heading: var(--article-font-heading, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_color-text: var(--article-color-text, light-dark(#1c1b1a, #ecebe8));
    --_color-muted: var(--article-color-muted, light-dark(#5d5955, #aaa59f));
    --_color-accent: var(--article-color-accent, light-dark(#b3261e, #ff8f85));
    --_color-surface: var(--article-color-surface, light-dark(#ffffff, #1f1e1d));
    --_radius: var(--article-radius, 8px);
    /* Inherited properties cross the shadow boundary: reset the ones a host page commonly sets. */
    box-sizing: border-box;
    color: var(--_color-text);
    font-family: var(--_font-heading);
    /* The page's body text (in an <article-body> too, not its larger type), never the root's:
       see themes.styles.ts. Every size in the shadow root is in em of this one. */
    font-size: var(--_article-em, 1em);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    line-height: 1.45;
    /* A reader's line height (WCAG 1.4.12): text-spacing CSS (* { line-height: 1.5 !important })
       reaches only the host from outside. Text in here that sets its own line height takes
       max(its own, --_line): the host's, when that is at least 1.5, else 0 (the registered
       initial value, too, where 1lh / 1em can't be computed). */
    --_line: calc(1lh / 1em * sign(max(0, 1lh / 1em - 1.49)));
    text-align: start;
    text-transform: none;
    word-spacing: normal;
  }
  :host([hidden]:not([hidden='until-found' i])) {
    display: none !important;
  }
  :host([theme~='light']) {
    color-scheme: light;
  }
  :host([theme~='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/**
 * Adopts a stylesheet, once, into the element's tree and each tree around it up to the document:
 * light-DOM rules must be where the content is (an app may render the article in its own
 * component's shadow root), and a `theme` may be on an ancestor in any of them. Cheap to call on
 * connect. By default the themes (src/themes/): `theme="light|dark|newspaper|magazine"`.
 */
export function adoptDocumentStyles(element: Element, styles: CSSResult = themes): void {
  if (styles === themes) registerProperties();
  const sheet = styles.styleSheet;
  let root = element.getRootNode() as (Document | ShadowRoot) & { host?: Element };
  while (sheet && root.adoptedStyleSheets) {
    if (!root.adoptedStyleSheets.includes(sheet)) {
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch {
        // A sheet constructed in another document (an iframe) cannot be adopted here; the element
        // still works, only an ancestor's `theme` attribute and its light-DOM typography are not honoured.
        return;
      }
    }
    if (!root.host) return;
    root = root.host.getRootNode() as typeof root;
  }
}

/**
 * `--_article-em` (set by the themes' sheet) is a `<length>`, so it inherits as the pixels it came
 * to where it was set; `--_line` (see `tokens`) a `<number>`, computed on the host. `@property`
 * rules are ignored in constructed stylesheets, hence this call (the preload CSS has the first).
 */
let registered = false;
function registerProperties(): void {
  if (registered) return;
  registered = true;
  for (const [name, syntax, initialValue] of [
    ['--_article-em', '<length>', '16px'],
    ['--_line', '<number>', '0'],
  ]) {
    try {
      CSS.registerProperty({ name: name!, syntax: syntax!, inherits: true, initialValue });
    } catch {
      // Registered already (or no CSS.registerProperty: the property then resolves where it is used).
    }
  }
}

/** Relative luminance, 0 to 1, of a computed `rgb()` colour; undefined for other colour syntaxes. */
function luminance(color: string): number | undefined {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
  return rgb ? (0.2126 * +rgb[1]! + 0.7152 * +rgb[2]! + 0.0722 * +rgb[3]!) / 255 : undefined;
}

/**
 * For elements with no surface of their own (the body, the header), whose text sits on the page:
 * warns when the page's text is light (a dark page) and ours dark, as on a dark page that declares
 * no `color-scheme`, where the light defaults would be dark text on a dark background. Checked
 * before the next paint, when the page's styles are computed anyway.
 */
export function warnOnDarkPage(element: Element): void {
  requestAnimationFrame(() => {
    const page = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
    const pageText = page && luminance(getComputedStyle(page).color);
    const ours = luminance(getComputedStyle(element).color);
    if (pageText === undefined || ours === undefined || pageText < 0.5 || ours >= 0.5) return;
    console.warn(
      `<${element.localName}>: the page's text is light but ours is dark. On a dark page, declare color-scheme: dark (or light dark), or set theme="dark" on an ancestor.`,
      element,
    );
  });
}

const renamed = new Map<string, CSSResult>();

/**
 * Document styles written for the tag `from`, for an element registered as `to` (hosts may
 * register our classes under their own names). Cached, so each name adopts one sheet.
 */
export function stylesForTag(styles: CSSResult, from: string, to: string): CSSResult {
  if (from === to) return styles;
  const key = `${from} ${to}`; // one document stylesheet per element
  let result = renamed.get(key);
  if (!result) {
    result = unsafeCSS(styles.cssText.replace(new RegExp(`(^|[^-\\w])${from}(?![-\\w])`, 'g'), `$1${to}`));
    renamed.set(key, result);
  }
  return result;
}
