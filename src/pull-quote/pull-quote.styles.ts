import { css, unsafeCSS } from 'lit';
import { quoteMarksCss } from './quote-marks.js';

export const styles = css`
  :host {
    display: block;
    --_accent: var(--pull-quote-accent, var(--_color-accent));
    --_font: var(--pull-quote-font, var(--_font-body));
    --_size: var(--pull-quote-font-size, clamp(1.375em, 1.1em + 1.1vw, 1.75em));
    margin-block: var(--pull-quote-margin-block, 2em);
  }
  :host([layout='wide']) {
    --_size: var(--pull-quote-font-size, clamp(1.5em, 1.1em + 2vw, 2.25em));
  }
  :host([layout='left']),
  :host([layout='right']) {
    --_size: var(--pull-quote-font-size, 1.25em);
    float: inline-start;
    inline-size: min(45%, 18em);
    margin-block: 0.25em 1em;
    margin-inline: 0 1.5em;
  }
  :host([layout='right']) {
    float: inline-end;
    margin-inline: 1.5em 0;
  }
  @media (max-width: 36rem) {
    :host([layout='left']),
    :host([layout='right']) {
      float: none;
      inline-size: auto;
      margin: var(--pull-quote-margin-block, 2em) 0;
    }
  }
  [part='figure'] {
    margin: 0;
    padding-inline-start: 1.25em;
    border-inline-start: 4px solid var(--_accent);
  }
  :host([layout='wide']) [part='figure'] {
    padding: 1.25em 0;
    border: 0;
    border-block: 3px solid var(--_accent);
    text-align: center;
  }
  :host([layout='left']) [part='figure'],
  :host([layout='right']) [part='figure'] {
    padding: 0.75em 0 0;
    border: 0;
    border-block-start: 3px solid var(--_accent);
  }
  /* The quotation in our type, whatever a page's blockquote and p rules say (a blog theme's
     panel, size, indent): a shadow tree's !important outranks the page's. Restyle it with the
     custom properties. Its line height, spacing and bottom margin are in the document styles
     (quote-marks.ts), where a reader's text spacing can override them. */
  ::slotted(*) {
    margin-block-start: 0 !important;
    margin-inline: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
    color: var(--_color-text) !important;
    font-family: var(--_font) !important;
    font-size: var(--_size) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 600 !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-wrap: balance;
  }
  [part='attribution'] {
    margin-block-start: calc(0.875em / 0.9375);
    color: var(--_color-muted);
    font: 400 0.9375em var(--_font-heading);
    line-height: max(1.4, var(--_line));
  }
  [part='by'] {
    display: block;
    color: var(--_color-text);
    font-style: normal;
    font-weight: 700;
  }
  [part='by']::before {
    content: '— ' / '';
  }
  [part='source'] {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  [part='source']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* Paper can't follow a link: print where the source is, as the article's own links do. */
  @media print {
    [part='source']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;

/**
 * In the document (the marks are generated content of the author's light-DOM paragraphs): the
 * quotation marks by language, and the paragraphs' type kept from a host page's `p { … }` rules.
 * The build writes it into article-elements.css too.
 */
export const documentStyles = unsafeCSS(quoteMarksCss('pull-quote'));
