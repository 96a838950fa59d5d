/**
 * The article's typography. <article-body> has no shadow root: its content is ordinary light-DOM
 * HTML, so these rules live in the document: adopted once by the element, and written into the
 * CDN's article-elements.css by the build (every `documentStyles` is), so pages without
 * JavaScript get them too.
 *
 * Host CSS: a hostile page's unlayered `p { color: red }` or `* { margin: 0 }` beats any normal
 * declaration of ours in a cascade layer, so the properties such pages commonly break are
 * `!important` inside `@layer article-elements`: important declarations in a layer beat every
 * normal declaration and every unlayered important one. Every value comes from an `--article-*`
 * token, so hosts theme through tokens; to override a protected property, a host puts an
 * `!important` rule in a layer declared before ours (`@layer house, article-elements;`).
 * Text spacing is the exception (the rules after the layer): a reader's must win.
 *
 * Rules target the element's direct children that are plain text elements (`p`, lists, headings…),
 * never the light DOM of embedded elements, which style their own content. Embedded children are
 * placed by their `layout` attribute. Written without a space before `:` after a combinator, since
 * the CDN build's CSS minifier drops such spaces.
 */
import { css } from 'lit';

export const documentStyles = css`
@layer article-elements {
  /* Sizes in em of the page's body text (--_article-em, see themes.styles.ts), not the body's own. */
  article-body {
    --_article-measure: var(--article-measure, 66ch);
    --_edge: max(var(--_gutter), 50cqi - var(--_article-measure) / 2);
    --_gutter: var(--article-gutter, var(--_article-em));
    --_wide: var(--article-wide, calc(64 * var(--_article-em)));
    --_space: var(--article-space, calc(1.5 * var(--_article-em)));
    --_text: var(--article-color-text, light-dark(#1c1b1a, #ecebe8));
    --_muted: var(--article-color-muted, light-dark(#5d5955, #aaa59f));
    --_accent: var(--article-color-accent, light-dark(#b3261e, #ff8f85));
    --_link: var(--article-color-link, var(--_accent));
    --_rule: var(--article-color-rule, light-dark(#d9d4cc, #3d3a37));
    --_code-bg: var(--article-color-code, light-dark(#f3f0eb, #2a2826));
    --_heading: var(--article-font-heading, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_mono: var(--article-font-mono, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    /* Not important, unlike what follows: a page may hide the body (a paywall's class, Vue's v-show). */
    display: flow-root;
    container: article-body / inline-size;
    box-sizing: border-box !important;
    padding: 0 !important;
    color: var(--_text) !important;
    font-family: var(--article-font-body, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif) !important;
    font-size: var(--article-font-size, 1.1875em) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    text-align: start;
    overflow-wrap: break-word;
  }
  /* The page's hidden attribute, which the display above would undo (see core/preload.css). */
  article-body[hidden]:not([hidden='until-found' i]) {
    display: none;
  }
  article-body > * {
    margin-block-start: 0 !important;
    margin-inline: var(--_edge) !important;
  }
  article-body > :where(p, ul, ol, dl, blockquote, table, address, details, figure, h2, h3, h4, h5, h6),
  article-body > :where(ul, ol, dl, blockquote, table, figure, details) :where(p, li, dt, dd, th, td, caption, figcaption, summary) {
    padding: 0 !important;
    text-indent: 0 !important;
    text-transform: none !important;
  }
  article-body > :where(ul, ol, dl, blockquote, table, figure, details) :where(p, li, dt, dd, th, td, caption, figcaption, summary) {
    margin-block-start: 0 !important;
    margin-inline: 0 !important;
  }
  article-body > :where(p, ul, ol, dl, blockquote, table, address, details, figure),
  article-body > :where(ul, ol, dl, blockquote, table, figure, details) :where(p, li, dt, dd, th, td, caption, figcaption, summary) {
    color: inherit !important;
    font-family: inherit !important;
    font-size: inherit !important;
    font-style: inherit !important;
    font-variant: inherit !important;
    font-weight: inherit !important;
  }
  article-body > figure figcaption {
    margin-block-start: 0.5em !important;
    color: var(--_muted) !important;
    font-family: var(--_heading) !important;
    font-size: 0.8em !important;
    font-style: normal !important;
    font-weight: 400 !important;
  }
  article-body > * + * {
    margin-block-start: var(--_space) !important;
  }
  article-body > :where(h2, h3, h4, h5, h6) {
    color: var(--_text) !important;
    font-family: var(--_heading) !important;
    font-style: normal !important;
    font-weight: 700 !important;
    text-wrap: balance;
    clear: both;
  }
  article-body > h2 {
    font-size: 1.45em !important;
  }
  article-body > h3 {
    font-size: 1.2em !important;
  }
  article-body > :where(h4, h5, h6) {
    font-size: 1em !important;
  }
  article-body > * + :where(h2, h3, h4, h5, h6) {
    margin-block-start: calc(var(--_space) * 1.75) !important;
  }
  article-body > :where(h2, h3, h4, h5, h6) + * {
    margin-block-start: calc(var(--_space) * 0.5) !important;
  }
  article-body > :where(ul, ol) {
    padding-inline-start: 1.5em !important;
  }
  article-body > :where(ul, ol) li + li {
    margin-block-start: 0.35em !important;
  }
  article-body > :where(ul, ol) li::marker {
    color: var(--_muted);
  }
  article-body > dl dt {
    font-weight: 700 !important;
  }
  article-body > dl dd {
    margin-inline-start: 1.5em !important;
  }
  /* Beside a float, a quote's rule and a list's markers would sit under it: these boxes make room instead. */
  article-body > :where(blockquote, ul, ol) {
    display: flow-root !important;
  }
  article-body > blockquote {
    padding-inline-start: 1em !important;
    border-inline-start: 3px solid var(--_accent) !important;
    font-style: italic !important;
  }
  article-body > blockquote p + p {
    margin-block-start: 0.75em !important;
  }
  article-body > hr {
    clear: both;
    block-size: 0 !important;
    inline-size: calc(6 * var(--_article-em)) !important;
    margin-inline: auto !important;
    border: 0 !important;
    border-block-start: 1px solid var(--_rule) !important;
  }
  article-body > * code {
    font-family: var(--_mono) !important;
    font-size: 0.85em !important;
    padding: 0.1em 0.3em !important;
    border-radius: 4px;
    background: var(--_code-bg);
  }
  article-body > pre {
    overflow-x: auto;
    padding: 1em !important;
    border-radius: var(--article-radius, 8px);
    background: var(--_code-bg);
    font-size: 0.85em !important;
  }
  article-body > pre code {
    padding: 0 !important;
    font-size: inherit !important;
    background: none;
  }
  article-body > table {
    inline-size: calc(100cqi - 2 * var(--_edge));
    inline-size: stretch;
    border-collapse: collapse;
    font-size: 0.9em !important;
  }
  article-body > table :where(th, td) {
    padding: 0.45em 0.6em !important;
    border-block-end: 1px solid var(--_rule) !important;
    text-align: start;
    vertical-align: top;
  }
  article-body > table th {
    font-family: var(--_heading) !important;
    font-weight: 700 !important;
  }
  article-body > :where(p, figure) img,
  article-body > img {
    max-inline-size: 100% !important;
    block-size: auto !important;
  }
  article-body > :where(p, ul, ol, dl, blockquote, table, h2, h3, h4, h5, h6) a[href] {
    color: var(--_link) !important;
    text-decoration-line: underline !important;
    text-decoration-thickness: max(1px, 0.06em) !important;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent) !important;
    text-underline-offset: 0.18em !important;
  }
  article-body > :where(p, ul, ol, dl, blockquote, table, h2, h3, h4, h5, h6) a[href]:hover {
    text-decoration-color: currentColor !important;
  }
  article-body > :where(p, ul, ol, dl, blockquote, table, h2, h3, h4, h5, h6) a[href]:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
    border-radius: 2px;
  }
  article-body[dropcap] > p:first-of-type::first-letter {
    initial-letter: 3;
    margin-inline-end: 0.12em;
    color: var(--_accent);
    font-family: var(--_heading);
    font-weight: 700;
  }
  /* Firefox and Safari have no initial-letter (https://caniuse.com/css-initial-letter): a float
     three lines deep, its cap from the first line's cap height to the third line's baseline
     (2lh + a cap of about 0.7em, in a face whose caps are about 0.72 of its size). Its line box
     and padding stay within 3lh, so exactly three lines wrap beside it. Where lh is unknown
     (Firefox before 120), the first declarations: a two-line drop. */
  @supports not (initial-letter: 3) {
    article-body[dropcap] > p:first-of-type::first-letter {
      float: inline-start;
      font-size: 3.3em;
      line-height: 0.85;
      padding-block-start: 0.06em;
      font-size: calc((2lh + 0.7em) / 0.72);
      line-height: 2.9lh;
      padding-block-start: 0.08em;
      margin-block-end: -0.08em;
    }
  }
  /* A pull-quote without a layout is inset: it writes layout="inset" when it upgrades. */
  article-body > :is([layout='inset'], pull-quote:not([layout])) {
    margin-inline: calc(var(--_edge) + min(4cqi, 2.5 * var(--_article-em))) !important;
  }
  article-body > [layout='wide'] {
    margin-inline: min(var(--_edge), max(var(--_gutter), 50cqi - var(--_wide) / 2)) !important;
  }
  article-body > [layout='full'] {
    margin-inline: 0 !important;
  }
  /* A full-bleed photo's caption keeps off the screen's edge, as <image-figure>'s does. */
  article-body > figure[layout='full'] > figcaption {
    padding-inline: var(--_gutter) !important;
  }
  /* Floats: their gaps in the page's body text's em, not the child's, so they are the same before
     upgrade, when the child has the pre-upgrade stylesheet's font size, as after. */
  article-body > [layout='left'],
  article-body > [layout='right'] {
    inline-size: min(45%, 18 * var(--_article-em)) !important;
    margin-block: calc(0.3 * var(--_article-em)) var(--_space) !important;
  }
  /* Level with the text beside it, which starts a block's space below what came before. */
  article-body > * + :is([layout='left'], [layout='right']) {
    margin-block-start: calc(var(--_space) + 0.3 * var(--_article-em)) !important;
  }
  article-body > [layout='left'] {
    float: inline-start;
    margin-inline: max(var(--_gutter), var(--_edge) - 6 * var(--_article-em)) calc(1.5 * var(--_article-em)) !important;
  }
  article-body > [layout='right'] {
    float: inline-end;
    margin-inline: calc(1.5 * var(--_article-em)) max(var(--_gutter), var(--_edge) - 6 * var(--_article-em)) !important;
  }
  /* 34 of the page's body text's em (a query's em is the body's own, 1.1875 of them by default). */
  @container article-body (width < calc(34em / 1.1875)) {
    article-body > [layout='left'],
    article-body > [layout='right'] {
      float: none !important; /* over a pre-upgrade stylesheet's float (pull-quote's is unlayered) */
      inline-size: auto !important;
      margin-block-start: var(--_space) !important; /* a block among blocks again: not the float's 0.3em */
      margin-inline: var(--_edge) !important;
    }
  }
  @media print {
    /* The header prints at the same size (article-header.styles.ts), so both share one measure and edge. */
    article-body {
      --_gutter: 0px;
      font-size: 12pt !important;
    }
    article-body > :where(p, ul, ol, dl, blockquote, table) a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    /* A photo or quote stays whole; a gallery (its own layout values) breaks between its slides. */
    article-body > :is([layout='inset'], [layout='wide'], [layout='full'], [layout='left'], [layout='right']) {
      break-inside: avoid;
    }
    article-body > :where(h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
  }
}

/* Text spacing (WCAG 1.4.12): a reader's own line height, letter and word spacing and paragraph
   margins, set with !important by a bookmarklet or an extension that adds page CSS, must win.
   Important declarations in a layer would outrank theirs, so these are normal declarations
   outside the layer. Two :not(#_) (never true of a real id) give them the weight of two ids,
   above a page's theme rules (#content p) but below anything of the page's or reader's that is
   important. */
article-body:not(#_):not(#_) {
  letter-spacing: normal;
  line-height: var(--article-line-height, 1.6);
  word-spacing: normal;
}
article-body:not(#_):not(#_) > * {
  margin-block-end: 0;
}
article-body:not(#_):not(#_) > :where(p, ul, ol, dl, blockquote, table, address, details, figure, h2, h3, h4, h5, h6),
article-body:not(#_):not(#_) > :where(ul, ol, dl, blockquote, table, figure, details) :where(p, li, dt, dd, th, td, caption, figcaption, summary) {
  margin-block-end: 0;
  letter-spacing: inherit;
  line-height: inherit;
  word-spacing: inherit;
}
article-body:not(#_):not(#_) > :where(h2, h3, h4, h5, h6) {
  line-height: 1.25;
}
article-body:not(#_):not(#_) > figure figcaption {
  line-height: 1.4;
}
article-body:not(#_):not(#_) > pre {
  line-height: 1.5;
}
`;

/**
 * The measure is resolved once, on the body (a registered `<length>` inherits as pixels), so `66ch`
 * means the body text's characters even in children with their own font size. `@property` rules
 * are ignored in constructed stylesheets, hence this call (the preload CSS has the rule).
 */
export function registerMeasure(): void {
  try {
    CSS.registerProperty({ name: '--_article-measure', syntax: '<length>', inherits: true, initialValue: '672px' });
  } catch {
    // Registered already.
  }
}
