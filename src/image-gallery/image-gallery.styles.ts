import { css } from 'lit';
import { photoBox } from '../lightbox/lightbox.styles.js';

/*
 * The carousel's boxes match image-gallery.preload.css, so upgrading shifts nothing. lightboxStyles
 * (included first) also draws the buttons and icons, mirrors the chevrons and styles .on-photo,
 * .sr, focus rings and aria-disabled. The region's class is the layout drawn: carousel, grid or mosaic.
 */
export const styles = css`
  :host {
    display: block;
    --_ratio: var(--image-gallery-aspect-ratio, 3 / 2);
    --_backdrop: var(--image-gallery-backdrop, color-mix(in srgb, var(--_color-text) 7%, transparent));
    margin-block: var(--image-gallery-margin-block, 0);
  }
  /* A gallery with a theme of its own is on the theme's ground, as a themed container is (its
     controls and captions sit on it, not on a card). */
  :host([theme]) {
    background-color: var(--article-color-background, light-dark(#ffffff, #121212));
  }
  [part='track'] {
    display: flex;
    gap: var(--image-gallery-gap, 0.5em);
    align-items: start;
  }
  /* The track clips what it scrolls: room below for a caption link's focus ring (3px + 2px
     offset), taken back from the controls' side (or, with none, kept in the region) so nothing moves. */
  .carousel {
    display: flow-root;
  }
  .carousel [part='track'] {
    gap: 0;
    padding-block-end: 6px;
    margin-block-end: -6px;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    overscroll-behavior-x: contain;
    scrollbar-width: none;
  }
  [part='slide'] {
    position: relative;
    min-width: 0;
  }
  .carousel [part='slide'] {
    flex: 0 0 100%;
    scroll-snap-align: start;
    scroll-snap-stop: always;
    container-type: inline-size;
  }
  ::slotted(*) {
    display: block;
    width: 100%;
    margin: 0;
  }
  /* A figure in the carousel is as wide as fits its photo in the carousel's box (--r: its ratio);
     its caption keeps off the slide's clipped sides by the width of a focus ring. */
  .carousel ::slotted(:not(img)) {
    width: min(100%, 100cqi / (var(--_ratio)) * var(--r));
    margin-inline: auto !important; /* centred, whatever margin a page's reset gives every element */
    --_caption-inset: 6px;
  }
  /* Its own ratio (kept by a broken image too), from width/height; the carousel's box in the
     carousel; whatever the page's own img rules say. */
  ::slotted(img) {
    ${photoBox}
    height: auto !important;
    aspect-ratio: var(--r);
    object-fit: contain;
    background: var(--_backdrop);
  }
  .carousel ::slotted(img) {
    aspect-ratio: var(--_ratio);
  }
  [part='caption'] {
    position: absolute;
    inset: auto 0 0;
    margin: 0;
    padding: 2em 1em 0.6em;
    background: linear-gradient(transparent, rgb(0 0 0 / 0.75));
    color: #fff;
    font-size: 0.875em;
    pointer-events: none;
  }
  [part='open'],
  [part='controls'] > button {
    width: calc(2.25 * var(--_article-em));
    height: calc(2.25 * var(--_article-em));
  }
  /* First in the slide (focus reaches it before a figure's credit link), drawn over the photo. */
  [part='open'] {
    z-index: 1;
    top: calc(0.5 * var(--_article-em));
    inset-inline-end: calc(0.5 * var(--_article-em));
  }
  /* In the carousel a narrower photo is centred in its slide: the button goes on its corner. */
  .carousel [part='open'] {
    inset-inline-end: calc((100cqi - min(100cqi, 100cqi / (var(--_ratio)) * var(--r))) / 2 + 0.5 * var(--_article-em));
  }
  [part='controls'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    height: 2.75em;
  }
  /* The buttons stay round and the counter on its line (below); the dots share what room is left. */
  [part='controls'] > button {
    flex-shrink: 0;
    background: var(--_backdrop);
    color: var(--_color-text);
  }
  [part='dots'] {
    flex: 1;
    display: flex;
    justify-content: center;
    min-width: 0;
  }
  /* Each dot is a container as wide as its share (all alike), in the page's em: where a share
     can't hold its dot apart from the next, no dot is drawn (too many, or text too large for the
     bar); the counter still tells the place, and the dots are only shortcuts for a pointer. */
  [part='dots'] button {
    flex: 0 1 calc(1.5 * var(--_article-em));
    height: calc(1.5 * var(--_article-em));
    container-type: inline-size;
    font-size: var(--_article-em);
    background: none;
  }
  @container (width < 0.75em) {
    [part='dots'] button::before {
      display: none;
    }
  }
  [part='dots'] button::before {
    content: '';
    width: calc(0.5 * var(--_article-em));
    height: calc(0.5 * var(--_article-em));
    border-radius: 50%;
    background: var(--_color-muted);
    opacity: 0.5;
  }
  [part='dots'] [aria-current='true']::before {
    background: var(--_color-accent);
    opacity: 1;
  }
  [part='counter'] {
    color: var(--_color-muted);
    font-size: 0.875em;
    white-space: nowrap;
  }
  /* Forced colours drop backgrounds, and the dots with them: draw them in system colours. */
  @media (forced-colors: active) {
    [part='controls'] > button {
      border: 1px solid;
    }
    [part='dots'] button::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part='dots'] [aria-current='true']::before {
      background: Highlight;
    }
  }
  .grid [part='track'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--image-gallery-min-width, 12em)), 1fr));
  }
  /* Justified rows: each photo grows in proportion to its aspect ratio, so a row shares one height. */
  .mosaic [part='track'] {
    flex-wrap: wrap;
  }
  /* Grow in proportion to the ratio, scaled so a row's factors add up to more than 1 (under 1, a
     row shares out only that fraction of its free space: a lone portrait photo fell short). */
  .mosaic [part='slide'] {
    flex: calc(var(--r) * 1e3) 1 calc(var(--r) * var(--image-gallery-row-height, 12em));
  }
  .mosaic [part='track']::after {
    content: '';
    flex: 1e9 1 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='track'] {
      scroll-behavior: smooth;
    }
  }
  /* Print: every photo with its caption and credit (the carousel's one after another), no buttons. */
  @media print {
    .carousel [part='track'] {
      display: block;
    }
    [part='slide'] {
      break-inside: avoid;
    }
    [part='open'],
    [part='controls'] {
      display: none;
    }
  }
  @media screen {
    :is(.grid, .mosaic) [part='caption'] {
      display: none;
    }
  }
`;
