import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--tweet-quote-max-width, 550px);
    min-width: min(250px, 100%);
    margin-block: var(--tweet-quote-margin-block, 0);
    --_link: var(--tweet-quote-link-color, var(--_color-accent));
    --_border: var(--tweet-quote-border-color, color-mix(in srgb, var(--_color-muted) 35%, transparent));
  }
  /* One gap between the card's parts, whichever of them are there. */
  [part=card] {
    container-type: inline-size;
    display: grid;
    gap: 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_color-surface);
    overflow-wrap: anywhere;
  }
  [part=header] {
    display: flex;
    gap: 0.75em;
    align-items: center;
    line-height: max(1.3, var(--_line));
  }
  [part=avatar] {
    flex: none;
    display: grid;
    place-items: center;
    width: calc(3 * var(--_article-em));
    height: calc(3 * var(--_article-em));
    border-radius: 50%;
    object-fit: cover;
    background: color-mix(in srgb, var(--_color-accent) 14%, var(--_color-surface));
    font-weight: 600;
    font-size: 1.1em;
  }
  [part=author] {
    font-weight: 700;
  }
  [part=verified] {
    width: 1.1em;
    height: 1.1em;
    margin-inline-start: 0.3em;
    vertical-align: -0.15em;
    fill: var(--_link);
  }
  @media (forced-colors: active) {
    [part=verified] {
      fill: currentColor; /* a system colour: the theme's pale link colour may sit on a white Canvas */
    }
  }
  [part=handle] {
    display: block;
    inline-size: fit-content; /* its focus ring round the handle, not the row */
  }
  a {
    color: var(--_link);
    text-decoration: none;
  }
  a:hover,
  [part=text] a {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  [part=handle],
  [part=tombstone],
  [part=footer] {
    color: var(--_color-muted);
  }
  [part=text] {
    font-size: 1.0625em;
    line-height: max(1.4, var(--_line));
  }
  p {
    margin: 0;
  }
  p + p {
    margin-top: 0.6em;
  }
  [part=tombstone] {
    padding: calc(0.5 * var(--_article-em)) calc(0.75 * var(--_article-em));
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_color-muted) 10%, var(--_color-surface));
    font-size: 0.875em;
    font-style: italic;
  }
  :host([unavailable]) [part=text] {
    padding-inline-start: calc(0.75 * var(--_article-em));
    border-inline-start: 3px solid var(--_border);
  }
  [part=media] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(40%, 1fr));
    gap: 2px;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  /* Tiles of one row share its height (the tallest image's, reserved from width and height); as
     grid items they are blocks already. */
  ::slotted(img) {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  /* Without width and height attributes the browser can't reserve the image's box: give it one. */
  ::slotted(img:not([height])) {
    aspect-ratio: 16 / 9;
  }
  [part=footer] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(0.25 * var(--_article-em)) var(--_article-em);
    font-size: 0.875em;
  }
  /* A narrow card stacks the date and the link rather than wrapping wherever they stop fitting:
     the pre-upgrade stylesheet reserves the same lines, so the card keeps its height. */
  /* The same for the tombstone, whose notice may take two lines there (in French it does). */
  /* Too narrow for a name beside the avatar (large text on a phone): the name and handle take
     the card's width below it, rather than breaking into words a line each; reserved as well. */
  @container (width < 13em) {
    [part=header] {
      flex-direction: column;
      align-items: flex-start;
    }
  }
  @container (width < 22em) {
    [part=footer] {
      flex-direction: column;
      align-items: flex-start; /* each link's focus ring round its words, not the card's width */
    }
    [part=tombstone] {
      display: grid;
      align-content: center;
      min-block-size: calc(1.45em * 2 + var(--_article-em));
    }
  }
  /* Paper: the card on one page, and where the post is (it can't follow a link). */
  @media print {
    :host {
      break-inside: avoid;
    }
    [part=link]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
