// Reference for the <video-embed> bench: the least a Lit element can do for the same facade. A bare
// LitElement (shadow root, one stylesheet) rendering a facade of <video-embed>'s shape, its bindings
// given fixed values: no URL parsing, no strings, no observers.
import { LitElement, css, html, nothing } from 'lit';

class LitVideoFacade extends LitElement {
  static styles = css`:host { display: block } .frame { position: relative; aspect-ratio: 16 / 9; background: #0f0f0f }`;
  static properties = { src: {}, poster: {} };

  render() {
    return html`<div part="frame" class="frame" style=${nothing}>${nothing}<div class="caption"><span part="title">${'Video'}</span><span part="provider">${'YouTube'}</span></div><button part="play-button" type="button" aria-label=${'Play video: Video'} @click=${this.play}><svg class="icon" viewBox="0 0 68 68" aria-hidden="true"><circle cx="34" cy="34" r="34" /><path d="M27 21.5v25L47 34z" fill="#fff" /></svg></button></div>`;
  }

  play() {}
}
customElements.define('video-embed', LitVideoFacade);
