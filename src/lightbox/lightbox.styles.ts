import { css } from 'lit';

/**
 * Styles for `LightboxController.render()`; add to the host's `static styles`. Always dark, like
 * a photo viewer; `--lightbox-backdrop` changes the colour behind the image.
 */
export const lightboxStyles = css`
  .lightbox {
    position: fixed;
    inset: 0;
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
  .lightbox[open] {
    display: flex;
    flex-direction: column;
  }
  .lightbox::backdrop {
    background: transparent;
  }
  .lightbox [hidden] {
    display: none !important;
  }
  .lightbox-stage {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    place-items: center;
    padding: 4rem clamp(0.5rem, 6vw, 4.5rem) 0.5rem;
    overflow: hidden;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .lightbox-image {
    display: block;
    width: auto;
    height: auto;
    max-width: 100%;
    max-height: 100%;
    object-fit: contain;
    cursor: zoom-in;
  }
  [data-zoomed] > .lightbox-image {
    cursor: grab;
  }
  [data-zoomed][data-gesture] > .lightbox-image {
    cursor: grabbing;
  }
  .lightbox-caption {
    max-width: 60rem;
    margin: 0 auto;
    padding: 0.75rem 1rem 1rem;
    font-size: 0.9375rem;
    line-height: 1.45;
    text-align: center;
  }
  .lightbox-credit {
    display: block;
    margin-top: 0.2rem;
    color: #c9c9c9;
    font-size: 0.8125rem;
  }
  a.lightbox-credit {
    color: #fff;
  }
  .lightbox-counter {
    position: absolute;
    top: 1.15rem;
    inset-inline-start: 1rem;
    margin: 0;
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }
  .lightbox-sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .lightbox-button {
    position: absolute;
    z-index: 1;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    cursor: pointer;
  }
  .lightbox-button:hover {
    background: rgb(70 70 70 / 0.85);
  }
  .lightbox-button:focus-visible {
    outline: 3px solid #fff;
    outline-offset: 2px;
  }
  .lightbox-button[aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  .lightbox-button svg {
    width: 1.5rem;
    height: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host(:dir(rtl)) .lightbox-chevron {
    scale: -1 1;
  }
  .lightbox-close {
    top: 0.6rem;
    inset-inline-end: 0.6rem;
  }
  .lightbox-previous,
  .lightbox-next {
    top: 50%;
    translate: 0 -50%;
  }
  .lightbox-previous {
    inset-inline-start: 0.6rem;
  }
  .lightbox-next {
    inset-inline-end: 0.6rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .lightbox[open] {
      animation: lightbox-in 0.18s ease-out;
    }
    .lightbox-stage:not([data-gesture]) > .lightbox-image {
      transition: transform 0.2s ease;
    }
  }
  @keyframes lightbox-in {
    from {
      opacity: 0;
    }
  }
`;
