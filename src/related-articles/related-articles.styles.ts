import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--related-articles-gap, 1em);
    --_ratio: var(--related-articles-image-ratio, 3 / 2);
    --_thumb: var(--related-articles-thumbnail-size, 7.5em);
    --_card: var(--related-articles-card-width, 14em);
    --_accent: var(--related-articles-accent, var(--_color-accent));
    --_rule: color-mix(in srgb, var(--_color-muted) 35%, transparent);
  }
  [part='heading'] {
    margin: 0 0 calc(0.75em / 1.125);
    color: var(--_color-text);
    font: 700 1.125em var(--_font-heading);
    line-height: max(1.3, var(--_line));
  }
  [part='list'] {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'] {
    position: relative;
    display: grid;
    grid-template-columns: var(--_thumb) minmax(0, 1fr);
    align-items: start;
    align-content: start;
    column-gap: var(--_gap);
    border-radius: calc(var(--_radius) / 2);
  }
  :host(:not([layout='grid'], [layout='rail'])) [part='item'] + [part='item'] {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_rule);
  }
  [part='image'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_color-muted) 18%, transparent);
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
  }
  [part='section'] {
    color: var(--_accent);
    font: 700 0.75em var(--_font-heading);
    line-height: max(1.3, var(--_line));
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  [part='link'] {
    color: var(--_color-text);
    font: 600 1em var(--_font-heading);
    line-height: max(1.3, var(--_line));
    text-decoration: none;
    outline: none;
  }
  /* The whole card is the link's hit area; the link alone is in the tab order and the tree. */
  [part='link']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  [part='item']:hover [part='title'] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part='item']:has([part='link']:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 4px;
  }
  [part='date'] {
    color: var(--_color-muted);
    font: 400 0.8125em var(--_font-heading);
    line-height: max(1.3, var(--_line));
  }
  :host([layout='grid']) [part='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card)), 1fr));
  }
  :host([layout='grid']) [part='item'],
  :host([layout='rail']) [part='item'] {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.625em;
  }
  /* Room on every side for a focused card's ring (4px off, 2px wide), which the scroller would clip. */
  :host([layout='rail']) .scroller {
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scroll-padding-inline: 6px;
    padding: 6px 6px 0.75em;
    container-type: inline-size;
  }
  :host([layout='rail']) .scroller:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* As wide as its cards, so the scroller's end padding follows the last one (a card's width is of the scroller's). */
  :host([layout='rail']) [part='list'] {
    inline-size: max-content;
    grid-auto-flow: column;
    grid-auto-columns: min(80cqi, var(--_card));
  }
  :host([layout='rail']) [part='item'] {
    scroll-snap-align: start;
  }
  @media (prefers-reduced-motion: no-preference) {
    .scroller {
      scroll-behavior: smooth;
    }
  }
  /* On paper a rail can't scroll: wrap its cards like the grid. */
  @media print {
    :host([layout='rail']) [part='list'] {
      grid-auto-flow: row;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card)), 1fr));
    }
  }
`;
