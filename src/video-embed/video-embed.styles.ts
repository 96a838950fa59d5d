import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_ratio: var(--video-embed-aspect-ratio, 16 / 9);
    --_backdrop: var(--video-embed-backdrop, #0f0f0f);
    --_button-color: var(--video-embed-button-color, var(--_color-accent));
    margin-block: var(--video-embed-margin-block, 0);
  }
  .frame {
    position: relative;
    overflow: hidden;
    width: 100%;
    aspect-ratio: var(--_ratio);
    border-radius: var(--_radius);
    background: var(--_backdrop);
    color: #fff;
  }
  [part='poster'],
  [part='player'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    display: block;
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
    background: linear-gradient(rgb(0 0 0 / 0.72), transparent);
    pointer-events: none;
    font: 600 clamp(0.875rem, 2.4vw, 1.05rem) / 1.3 var(--_font-heading);
    text-shadow: 0 1px 2px rgb(0 0 0 / 0.6);
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
    font-weight: 500;
    opacity: 0.85;
  }
  [part='play-button'] {
    all: initial;
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .icon {
    width: clamp(52px, 14%, 76px);
    height: auto;
    filter: drop-shadow(0 2px 6px rgb(0 0 0 / 0.45));
    transition: transform 0.15s ease;
  }
  .icon circle {
    fill: var(--_button-color);
  }
  [part='play-button']:hover .icon {
    transform: scale(1.08);
  }
  [part='play-button']:focus-visible {
    outline: 3px solid #fff;
    outline-offset: -6px;
    box-shadow: inset 0 0 0 6px var(--_button-color);
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
  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }
`;
