// Reference for the <tweet-quote> bench: the least a Lit element can do for the same card. A bare
// LitElement (shadow root, one stylesheet) rendering a card of <tweet-quote>'s shape, its bindings
// given fixed values: no reading of the post, no linking, no dates, no Intl.
import { LitElement, css, html, nothing } from 'lit';

class LitTweetCard extends LitElement {
  static styles = css`:host { display: block; max-width: 550px } article { padding: 0.75rem 1rem; border: 1px solid #ccc }`;
  static properties = { author: {}, handle: {}, href: {}, date: {}, target: {} };

  render() {
    const target = this.target || nothing;
    return html`<article part="card" aria-label=${'Post by Ada Lovelace (@ada_l)'}><header part="header"><span part="avatar" aria-hidden="true">${'AL'}</span><span><span part="author">${'Ada Lovelace'}</span><a part="handle" href=${'https://x.com/ada_l'} rel="noopener noreferrer" target=${target}>${'@ada_l'}</a></span></header><div part="text" lang=${'en'}><p>${'Opening night at the river festival'}</p></div><footer part="footer"><time part="date" datetime=${'2016-11-09'}>${'Nov 9, 2016'}</time><a part="link" href=${'https://x.com/ada_l/status/1'} rel="noopener noreferrer" target=${target}>${'View on X'}</a></footer></article>`;
  }
}
customElements.define('tweet-quote', LitTweetCard);
