import { css } from 'lit';
import { photoBox } from '../lightbox/lightbox.styles.js';

export const styles = css`
  :host {
    display: block;
    margin-block: var(--image-figure-margin-block, 0);
  }
  figure {
    margin: 0;
  }
  [part='frame'] {
    position: relative;
    overflow: hidden;
    border-radius: var(--image-figure-radius, 0);
  }
  /* The photo fills its frame, whatever the page's own img rules say. */
  slot:not([name])::slotted(*) {
    ${photoBox}
    height: auto !important;
  }
  /* The ratio is known from width/height: the box holds it before the image arrives. */
  [part='frame'][style] ::slotted(img),
  [part='frame'][style] ::slotted(picture) {
    height: 100% !important;
    object-fit: cover;
  }
  [part='frame'][style] .zoom {
    height: 100%;
  }
  .broken {
    aspect-ratio: var(--image-figure-fallback-ratio, 3 / 2);
    background: color-mix(in srgb, var(--_color-muted) 14%, var(--_color-surface));
  }
  .broken ::slotted(*) {
    position: absolute;
    visibility: hidden;
  }
  [part='fallback'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: var(--_article-em);
    text-align: center;
    font-size: 0.9375em;
  }
  /* The button is the photo: the lightboxStyles base, square and unpainted, with its icon in a corner. */
  .zoom {
    display: block;
    width: 100%;
    border-radius: 0;
    background: none;
    cursor: zoom-in;
  }
  .zoom:focus-visible {
    outline-offset: -3px;
  }
  .zoom svg {
    inset-block-end: calc(0.5 * var(--_article-em));
    inset-inline-end: calc(0.5 * var(--_article-em));
    width: calc(2 * var(--_article-em));
    padding: calc(0.3 * var(--_article-em));
    border-radius: 50%;
    opacity: 0.85;
  }
  .zoom:is(:hover, :focus-visible) svg {
    opacity: 1;
  }
  /* High contrast drops the placeholder's grey: an outline keeps the missing photo's box. The
     focus ring over the photo takes a system colour there, which may match the photo: a band of
     the page's colour, inside it, parts the two. */
  @media (forced-colors: active) {
    .broken {
      outline: 1px solid;
      outline-offset: -1px;
    }
    .zoom:focus-visible::after {
      content: '';
      position: absolute;
      inset: 3px; /* inside the ring */
      border: 3px solid Canvas;
    }
  }
  /* On paper the photo can't be enlarged (no magnifier over it), nor a credit followed: print where it points. */
  @media print {
    .zoom svg {
      display: none;
    }
    a[part='credit']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
  /* Keep in step with image-figure.preload.css, so upgrading moves nothing. */
  /* --_caption-inset: set by a container that clips (the carousel), so a link's focus ring fits. */
  [part='caption'] {
    margin-block-start: calc(0.5 * var(--_article-em));
    padding-inline: var(--_caption-inset, 0);
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  /* In the caption's type, as the credit below it, whatever a page's own figcaption rules say
     (its line height and spacing: in the document styles, where a reader's can override them). */
  ::slotted(figcaption) {
    display: block !important;
    margin: 0 !important;
    padding: 0 !important;
    color: var(--_color-text) !important;
    font-family: inherit !important;
    font-size: inherit !important;
    font-style: inherit !important;
    font-variant: inherit !important;
    font-weight: inherit !important;
    text-align: start !important;
  }
  a[part='credit'] {
    width: fit-content;
    color: inherit;
  }
  :host([layout='full']) [part='caption'] {
    padding-inline: var(--article-gutter, var(--_article-em));
  }
`;

/**
 * In the document: the `<img>` of a `<picture>` child, which `::slotted()` can't reach, fills the
 * picture as a plain `<img>` fills the frame (important in a layer outranks the page's rules).
 */
export const documentStyles = css`
@layer article-elements {
  image-figure > picture > img {
    ${photoBox}
    height: 100% !important;
    object-fit: cover;
  }
}
/* Text spacing: the caption's as the credit's, unless a reader sets their own (see article-body.styles.ts). */
image-figure:not(#_):not(#_) > figcaption {
  letter-spacing: inherit;
  line-height: inherit;
  word-spacing: inherit;
}
`;
