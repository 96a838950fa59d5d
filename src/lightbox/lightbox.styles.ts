import { css } from 'lit';

/**
 * The declarations of a photo that fills its box, for <image-figure> and <image-gallery> (each
 * rule adds its height), whatever the page's own img rules say (a blog theme's margins, borders,
 * widths): !important in a shadow tree, or in our document layer, outranks the page's, even its
 * !important.
 */
export const photoBox = css`
  display: block !important;
  box-sizing: border-box !important;
  width: 100% !important;
  max-width: none !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
`;

/**
 * Styles for `LightboxController.render()`; add to the host's `static styles`, before its own.
 * Always dark, like a photo viewer; `--lightbox-backdrop` changes the colour behind the image.
 * They also give the host a base it shares: round icon buttons, dark controls over a photo
 * (`.on-photo`), stroked icons, focus rings, credits, `.sr` (read by screen readers only) and
 * dimmed `aria-disabled` controls.
 */
export const lightboxStyles = css`
  dialog {
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    background: var(--lightbox-backdrop, #111);
    color: #f2f2f2;
    color-scheme: dark;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: none;
  }
  [part='lightbox-stage'] {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    place-items: center;
    padding: 4em clamp(0.5em, 6vw, 4.5em) 0.5em;
    overflow: hidden;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  /* Both sizes auto under both maxima: the image keeps its ratio, and its box is the picture. */
  [part='lightbox-image'] {
    width: auto;
    height: auto;
    max-width: 100%;
    max-height: 100%;
    cursor: zoom-in;
  }
  [data-zoomed] > img {
    cursor: grab;
  }
  [data-zoomed][data-gesture] > img {
    cursor: grabbing;
  }
  [part='lightbox-caption'] {
    max-width: calc(60 * var(--_article-em));
    margin: 0 auto;
    padding: calc(0.75 * var(--_article-em)) var(--_article-em) var(--_article-em);
    font-size: 0.9375em;
    text-align: center;
  }
  [part$='credit'] {
    display: block;
    font-size: calc(0.8125 * var(--_article-em));
  }
  [part='lightbox-credit'] {
    margin-top: calc(0.2 * var(--_article-em));
    color: #c9c9c9;
  }
  a[part='lightbox-credit'] {
    color: #fff;
  }
  /* On a dark chip and above the stage, so it stays legible over a zoomed-in photo. */
  [part='lightbox-counter'] {
    position: absolute;
    z-index: 1;
    top: calc(0.85 * var(--_article-em));
    inset-inline-start: calc(0.6 * var(--_article-em));
    padding: calc(0.25 * var(--_article-em)) calc(0.65 * var(--_article-em));
    border-radius: var(--_article-em);
    background: rgb(0 0 0 / 0.6);
    font-size: 0.9375em;
  }
  [part$='counter'] {
    font-variant-numeric: tabular-nums;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Round icon buttons: the lightbox's, and the host's unless its styles say otherwise. */
  button {
    display: grid;
    place-items: center;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  dialog > button,
  .on-photo {
    position: absolute;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
  }
  /* Close in the corner at the end, Zoom beside it; previous and next halfway down the sides. */
  dialog > button {
    z-index: 1;
    top: calc(0.6 * var(--_article-em));
    inset-inline-end: calc(0.6 * var(--_article-em));
    width: calc(2.75 * var(--_article-em));
    height: calc(2.75 * var(--_article-em));
  }
  dialog > button:hover {
    background: rgb(70 70 70 / 0.85);
  }
  /* High-contrast mode drops the round buttons' backgrounds: a ring keeps each one's shape. The
     focus ring takes a system colour there, which may match the photo under it: it moves against
     the button, and a band of the page's colour runs outside it. */
  @media (forced-colors: active) {
    dialog > button,
    .on-photo {
      border: 1px solid;
    }
    dialog > button:focus-visible,
    .on-photo:focus-visible {
      outline-offset: 0;
    }
    dialog > button:focus-visible::after,
    .on-photo:focus-visible::after {
      content: '';
      position: absolute;
      inset: -8px; /* from the border's 1px, the ring's 3px, out */
      border: 4px solid Canvas;
      border-radius: 50%;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_color-accent);
    outline-offset: 2px;
  }
  dialog :focus-visible {
    outline-color: #fff;
  }
  /* The icon is dimmed, not the button: its focus ring keeps full contrast (WCAG 1.4.11). */
  [aria-disabled='true'] {
    cursor: default;
  }
  [aria-disabled='true'] > svg {
    opacity: 0.4;
  }
  svg {
    width: calc(1.25 * var(--_article-em));
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  dialog svg {
    width: calc(1.5 * var(--_article-em));
    stroke-width: 2.25;
  }
  /* The chevron points back: mirrored on "next" buttons, and for right-to-left reading. */
  [part$='next'] svg:dir(ltr),
  [part$='previous'] svg:dir(rtl) {
    scale: -1 1;
  }
  [part='lightbox-zoom'] {
    inset-inline-end: calc(3.9 * var(--_article-em));
  }
  [part='lightbox-previous'],
  [part='lightbox-next'] {
    top: 50%;
    translate: 0 -50%;
  }
  [part='lightbox-previous'] {
    inset-inline: calc(0.6 * var(--_article-em)) auto;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: lightbox-in 0.18s ease-out;
    }
    :not([data-gesture]) > [part='lightbox-image'] {
      transition: transform 0.2s;
    }
  }
  @keyframes lightbox-in {
    from {
      opacity: 0;
    }
  }
`;
