import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_ratio: var(--video-embed-aspect-ratio, 16 / 9);
    --_button-color: var(--video-embed-button-color, var(--_color-accent));
    margin-block: var(--video-embed-margin-block, 0);
  }
  .frame {
    position: relative;
    overflow: hidden;
    aspect-ratio: var(--_ratio);
    border-radius: var(--_radius);
    background: var(--video-embed-backdrop, #0f0f0f);
    color: #fff;
  }
  [part='poster'],
  [part='player'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    object-fit: cover;
  }
  [part='player'] {
    background: #000;
    object-fit: contain;
  }
  .caption {
    position: absolute;
    inset: 0 0 auto;
    display: flex;
    gap: 0.75em;
    align-items: baseline;
    justify-content: space-between;
    padding: 0.8em 1em 2.5em;
    background: linear-gradient(rgb(0 0 0 / 0.7), transparent);
    pointer-events: none;
    font: 600 clamp(0.875em, 2.4vw, 1.05em) var(--_font-heading);
    line-height: max(1.3, var(--_line));
    text-shadow: 0 1px 2px #0009;
  }
  [part='title'] {
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  [part='provider'] {
    flex: none;
    font-size: 0.8em;
    opacity: 0.85;
  }
  [part='play-button'] {
    all: initial;
    color-scheme: inherit; /* light-dark() inside follows the theme */
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    cursor: pointer;
  }
  [part='play-button']:focus-visible {
    outline: 3px solid #fff;
    outline-offset: -6px;
    box-shadow: inset 0 0 0 6px var(--_button-color);
  }
  .icon {
    width: clamp(52px, 14%, 76px);
    fill: var(--_button-color);
  }
  /* The surface colour: the accent is chosen to read on it, so the triangle reads on the accent (in dark, white didn't). */
  .icon path {
    fill: var(--_color-surface);
  }
  :hover > .icon {
    scale: 1.08;
  }
  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: scale 0.15s;
    }
  }
  .error {
    display: grid;
    place-content: center;
    gap: 0.5em;
    padding: 1em;
    text-align: center;
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-muted);
  }
  [part='error'] {
    margin: 0;
    font-weight: 600;
  }
  [part='link'] {
    color: var(--_color-accent);
  }
  /* High contrast drops the backdrop: a frame keeps the box's shape (with or before a poster). The
     focus ring takes a system colour there, which may match the poster under it: a band of the
     page's colour parts the ring from the poster. */
  @media (forced-colors: active) {
    .frame {
      border: 1px solid;
    }
    [part='play-button']:focus-visible {
      outline-offset: -3px;
      border: 6px solid Canvas;
    }
  }
  /* Print: the poster and its title band as on screen (white text needs its band's background
     printed), where to find the video, no button, and not cut across two pages. */
  @media print {
    :host {
      break-inside: avoid;
    }
    .frame {
      print-color-adjust: exact;
    }
    .caption {
      flex-wrap: wrap;
    }
    .caption::after {
      content: attr(data-href);
      flex-basis: 100%;
      font-size: 0.75em;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    [part='play-button'] {
      display: none;
    }
  }
`;
