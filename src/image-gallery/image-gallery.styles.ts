import { css } from 'lit';

/*
 * The carousel's boxes match image-gallery.preload.css, so upgrading shifts nothing. lightboxStyles
 * (included first) also draws the icons' strokes, mirrors the chevrons and styles .sr and aria-disabled.
 */
export const styles = css`
  :host {
    display: block;
    --_ratio: var(--image-gallery-aspect-ratio, 3 / 2);
    --_gap: var(--image-gallery-gap, 0.5rem);
    --_backdrop: var(--image-gallery-backdrop, color-mix(in srgb, var(--_color-text) 7%, transparent));
    margin-block: var(--image-gallery-margin-block, 0);
  }
  /* Its own surface, so text keeps its contrast when a theme is forced on a page of the other scheme. */
  [part='gallery'] {
    background: var(--_color-surface);
  }
  .track {
    display: flex;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    overscroll-behavior-x: contain;
    scrollbar-width: none;
    align-items: start;
  }
  .slide {
    position: relative;
    flex: 0 0 100%;
    min-width: 0;
    scroll-snap-align: start;
    scroll-snap-stop: always;
    container-type: inline-size;
  }
  ::slotted(*) {
    display: block;
    width: 100%;
    margin: 0;
  }
  /* A figure in the carousel is as wide as fits its photo in the carousel's box (--r: its ratio). */
  ::slotted(:not(img)) {
    width: min(100%, 100cqi / (var(--_ratio)) * var(--r));
    margin-inline: auto;
  }
  :host(:is([layout='grid'], [layout='mosaic'])) ::slotted(:not(img)) {
    width: 100%;
  }
  ::slotted(img) {
    height: auto;
    aspect-ratio: var(--_ratio);
    object-fit: contain;
    background: var(--_backdrop);
  }
  [part='caption'] {
    position: absolute;
    inset: auto 0 0;
    margin: 0;
    padding: 2em 1em 0.6em;
    background: linear-gradient(transparent, rgb(0 0 0 / 0.75));
    color: #fff;
    font-size: 0.875rem;
    pointer-events: none;
  }
  svg {
    width: 1.25rem;
  }
  [part='open'],
  .step {
    width: 2.25rem;
    height: 2.25rem;
  }
  [part='open'] {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    height: 2.75rem;
  }
  .step {
    background: var(--_backdrop);
    color: var(--_color-text);
  }
  [part='dots'] {
    flex: 1;
    display: flex;
    justify-content: center;
  }
  [part='dots'] button {
    width: 1.5rem;
    height: 1.5rem;
    background: none;
  }
  [part='dots'] button::before {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
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
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  :focus-visible {
    outline: 3px solid var(--_color-accent);
    outline-offset: 2px;
  }
  :host([layout='grid']) .track {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--image-gallery-min-width, 12rem)), 1fr));
    gap: var(--_gap);
    overflow: visible;
  }
  :host([layout='mosaic']) .track {
    flex-wrap: wrap;
    gap: var(--_gap);
    overflow: visible;
  }
  /* Justified rows: each photo grows in proportion to its aspect ratio, so a row shares one height. */
  :host([layout='mosaic']) .slide {
    flex: var(--r) 1 calc(var(--r) * var(--image-gallery-row-height, 12rem));
  }
  :host([layout='mosaic']) .track::after {
    content: '';
    flex: 1e6 1 0;
  }
  /* Its own ratio (kept by a broken image too), from width/height. */
  :host(:is([layout='grid'], [layout='mosaic'])) ::slotted(img) {
    aspect-ratio: var(--r);
  }
  :host(:is([layout='grid'], [layout='mosaic'])) [part='caption'] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      scroll-behavior: auto;
    }
  }
  /* Print: every photo with its caption and credit (the carousel's one after another), no buttons. */
  @media print {
    :host(:not([layout='grid'], [layout='mosaic'])) .track {
      display: block;
    }
    .slide {
      break-inside: avoid;
    }
    :host(:is([layout='grid'], [layout='mosaic'])) [part='caption'] {
      display: block;
    }
    [part='open'],
    .controls {
      display: none;
    }
  }
`;
