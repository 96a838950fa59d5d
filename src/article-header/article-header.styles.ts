import { css } from 'lit';

/** The chrome, in the shadow root. */
export const styles = css`
  /* The host's text is the article's (var(--article-font-size)): every other size is in em of the
     page's body text (--_article-em, see themes.styles.ts), as the body's are. */
  :host {
    display: block;
    --_gap: var(--article-header-gap, calc(0.6 * var(--_article-em)));
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    container-type: inline-size;
  }
  p {
    margin: 0;
  }
  [part='section'] {
    color: var(--_color-accent);
    font: 700 calc(0.8125 * var(--_article-em)) var(--_font-heading);
    line-height: max(1.3, var(--_line));
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  [part='section-link'] {
    color: inherit;
    text-decoration: none;
  }
  [part='section-link']:hover {
    text-decoration: underline;
  }
  [part='byline'],
  [part='dateline'] {
    font: 400 calc(0.875 * var(--_article-em)) var(--_font-heading);
    line-height: max(1.45, var(--_line));
  }
  [part='byline'] {
    color: var(--_color-text);
  }
  /* Each name one box, wrapping within itself only where it can't fit a line: as the pre-upgrade
     stylesheet lays them out, so the line breaks where it will and upgrading moves nothing. */
  [part='byline'] ::slotted(*) {
    display: inline-block;
  }
  [part='dateline'] {
    display: flex;
    flex-wrap: wrap;
    color: var(--_color-muted);
  }
  /* After an item, not before the next: a line that wraps ends with "·" rather than starting with it. */
  [part='dateline'] > :not(:last-child)::after {
    content: '·';
    margin-inline: 0.45em;
  }
  /* In a narrow column the update takes a line of its own, below the date and the reading time,
     rather than wherever the text happens to wrap: the pre-upgrade stylesheet lays out the same
     lines, so the header keeps its height when it upgrades. */
  /* 38 of the page's body text's em: the header's own, as the pre-upgrade stylesheet's query is. */
  @container (width < calc(38em / 1.1875)) {
    [part='updated'] {
      order: 1;
      flex-basis: 100%;
    }
    [part='dateline'] > [part='updated']::after,
    [part='dateline'] > [part='published']:not(:has(~ [part='reading-time']))::after {
      content: none;
    }
  }
  /* Narrower still (a phone under large text), "date · reading time" may not fit a line, and
     where it wraps depends on words the page doesn't have until the script writes them: each
     item takes a line of its own, the lines the pre-upgrade stylesheet keeps. */
  @container (width < calc(17em / 1.1875)) {
    [part='dateline'] {
      flex-direction: column;
    }
    [part='dateline'] > :not(:last-child)::after {
      content: none;
    }
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.5 * var(--_article-em));
    min-block-size: calc(2.25 * var(--_article-em));
  }
  button {
    all: initial;
    box-sizing: border-box;
    color-scheme: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    block-size: calc(2.25 * var(--_article-em));
    padding-inline: calc(0.85 * var(--_article-em));
    border: 1px solid var(--article-header-button-border, var(--_color-muted));
    border-radius: 999px;
    background: transparent;
    color: var(--_color-text);
    font: 600 calc(0.8125 * var(--_article-em)) var(--_font-heading);
    line-height: max(1, var(--_line));
    letter-spacing: inherit; /* a reader's, as the header's other text (all: initial drops it) */
    word-spacing: inherit;
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  button:hover {
    background: color-mix(in srgb, var(--_color-text) 8%, transparent);
  }
  button:focus-visible {
    outline: 2px solid var(--_color-accent);
    outline-offset: 2px;
  }
  button svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host(:dir(rtl)) button svg {
    transform: scaleX(-1);
  }
  [part='status'] {
    color: var(--_color-muted);
    font: 400 calc(0.8125 * var(--_article-em)) var(--_font-heading);
    line-height: max(1.3, var(--_line));
  }
  [part='link-field'] {
    flex: 1 1 calc(16 * var(--_article-em));
    min-inline-size: 0;
    padding: calc(0.4 * var(--_article-em)) calc(0.6 * var(--_article-em));
    border: 1px solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: 400 calc(0.8125 * var(--_article-em)) var(--_font-heading);
    line-height: max(1.3, var(--_line));
  }
  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }
  @media print {
    [part='actions'] {
      display: none;
    }
    /* "3 hours ago" is wrong by the time paper is read: add the date and time. */
    time[data-relative]::after {
      content: ' (' attr(title) ')';
    }
  }
`;

/**
 * The light-DOM content's typography (headline, standfirst, bylines, dates), in the document for
 * the reasons given in article-body.styles.ts (and, like it, in the CDN's article-elements.css).
 */
export const documentStyles = css`
@layer article-elements {
  article-header {
    --_text: var(--article-color-text, light-dark(#1c1b1a, #ecebe8));
    --_muted: var(--article-color-muted, light-dark(#5d5955, #aaa59f));
    --_heading: var(--article-font-heading, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* Not important, unlike what follows: a page may hide the header (a class, Vue's v-show). */
    display: block;
    box-sizing: border-box !important;
    padding-block: 0 var(--article-space, calc(1.5 * var(--_article-em))) !important;
    padding-inline: max(var(--article-gutter, var(--_article-em)), (100% - var(--article-measure, 66ch)) / 2) !important;
    color: var(--_text) !important;
    font-family: var(--article-font-body, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif) !important;
    font-size: var(--article-font-size, 1.1875em) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    text-align: start;
  }
  article-header > * {
    margin-block-start: 0 !important;
    margin-inline: 0 !important;
    padding: 0 !important;
    text-indent: 0 !important;
    text-transform: none !important;
  }
  article-header > :not([slot]) {
    color: var(--_text) !important;
    font-family: var(--_heading) !important;
    font-size: clamp(1.875 * var(--_article-em), 1.3 * var(--_article-em) + 1.9vw, 2.75 * var(--_article-em)) !important;
    font-style: normal !important;
    font-weight: 800 !important;
    text-wrap: balance;
  }
  article-header > [slot='dek'] {
    color: var(--_muted) !important;
    font-family: inherit !important;
    font-size: 1.2em !important;
    font-style: inherit !important;
    font-variant: inherit !important;
    font-weight: inherit !important;
    text-wrap: pretty;
  }
  article-header > [slot='byline'] {
    color: inherit !important;
    font-family: var(--_heading) !important;
    font-size: calc(0.875 * var(--_article-em)) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 600 !important;
  }
  article-header > a[slot='byline'] {
    text-decoration-line: underline !important;
    text-decoration-color: color-mix(in srgb, currentColor 40%, transparent) !important;
    text-underline-offset: 0.2em !important;
  }
  article-header > time {
    color: var(--_muted) !important;
    font-family: var(--_heading) !important;
    font-size: calc(0.875 * var(--_article-em)) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 400 !important;
  }
  @media print {
    article-header {
      font-size: 12pt !important;
    }
  }
}

/* Text spacing: a reader's own must win, so these are outside the layer and not important (see
   article-body.styles.ts). */
article-header:not(#_):not(#_) {
  line-height: 1.45;
}
article-header:not(#_):not(#_) > * {
  margin-block-end: 0;
  letter-spacing: normal;
  line-height: 1.45;
  word-spacing: normal;
}
article-header:not(#_):not(#_) > :not([slot]) {
  letter-spacing: -0.01em;
  line-height: 1.1;
}
article-header:not(#_):not(#_) > [slot='dek'] {
  line-height: 1.4;
}
`;
