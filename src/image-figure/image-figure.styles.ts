import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block: var(--image-figure-margin-block, 0);
  }
  figure {
    margin: 0;
  }
  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--image-figure-radius, 0);
  }
  ::slotted(img),
  ::slotted(picture) {
    display: block;
    width: 100%;
    height: auto;
  }
  /* The ratio is known from width/height: the box holds it before the image arrives. */
  .frame[style] ::slotted(img) {
    height: 100%;
    object-fit: cover;
  }
  .frame[style] .zoom {
    height: 100%;
  }
  .broken {
    aspect-ratio: var(--image-figure-fallback-ratio, 3 / 2);
    background: color-mix(in srgb, var(--_color-muted) 14%, var(--_color-surface));
  }
  .broken ::slotted(img),
  .broken ::slotted(picture) {
    position: absolute;
    visibility: hidden;
  }
  .fallback {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 1rem;
    text-align: center;
    color: var(--_color-text);
    font-size: 0.9375rem;
  }
  .zoom {
    position: relative;
    display: block;
    width: 100%;
    border-radius: 0;
    background: none;
    color: inherit;
    cursor: zoom-in;
  }
  .zoom:focus-visible {
    outline: 3px solid var(--_color-accent);
    outline-offset: -3px;
  }
  .zoom-icon {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-end: 0.5rem;
    width: 2rem;
    height: 2rem;
    padding: 0.3rem;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    opacity: 0.85;
  }
  .zoom:hover .zoom-icon,
  .zoom:focus-visible .zoom-icon {
    opacity: 1;
  }
  /* Keep in step with image-figure.preload.css, so upgrading moves nothing. */
  .caption {
    margin-block-start: 0.5rem;
    color: var(--_color-muted);
    font: 0.875rem / 1.45 var(--_font-heading);
  }
  ::slotted(figcaption) {
    display: block;
    color: var(--_color-text);
  }
  [part='credit'] {
    display: block;
    font-size: 0.8125rem;
  }
  a[part='credit'] {
    width: fit-content;
    color: inherit;
  }
  :host([layout='full']) .caption {
    padding-inline: var(--article-gutter, 1rem);
  }
`;
