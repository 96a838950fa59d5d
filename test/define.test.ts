// Registration (src/core/define.ts), through <video-embed>: the library loaded twice, another
// library owning a name, and a host registering our class under its own name.
import { expect, fixture, html } from '@open-wc/testing';
import { VideoEmbed } from '../src/video-embed/video-embed-define.js';
import { define } from '../src/core/define.js';
import { captureWarnings } from './helpers.js';

describe('define()', () => {
  it('registers an already registered class under a host’s own name, once and quietly', async () => {
    const warnings = captureWarnings();
    try {
      VideoEmbed.define('host-video');
      VideoEmbed.define('host-video');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    const el = await fixture(html`<host-video poster="none"><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Lanterns</a></host-video>`);
    expect(el instanceof VideoEmbed).to.equal(true);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Play video: Lanterns');
  });

  it('registers it under a host’s name in browsers without customElements.getName too', async () => {
    const { getName } = customElements;
    Object.defineProperty(customElements, 'getName', { value: undefined, configurable: true });
    try {
      expect(() => VideoEmbed.define('older-browser-video')).not.to.throw();
    } finally {
      delete (customElements as { getName?: unknown }).getName;
    }
    expect(customElements.getName).to.equal(getName);
    const el = await fixture(html`<older-browser-video poster="none"><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Lanterns</a></older-browser-video>`);
    expect(el instanceof VideoEmbed).to.equal(true);
  });

  it('keeps the properties a host set before the element was defined (a lazily loaded definition)', async () => {
    const el = document.createElement('late-video') as VideoEmbed;
    Object.assign(el, { src: 'https://vimeo.com/76979871', videoTitle: 'Lanterns', aspectRatio: '4:3' });
    document.body.append(el);
    try {
      VideoEmbed.define('late-video');
      await el.updateComplete;
      expect(el.source).to.include({ provider: 'vimeo', id: '76979871' });
      expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Play video: Lanterns');
      const frame = el.shadowRoot!.querySelector('[part=frame]')!.getBoundingClientRect();
      expect(frame.width / frame.height).to.be.closeTo(4 / 3, 0.01);
    } finally {
      el.remove();
    }
  });

  it('skips a name another class owns, with one warning however often it is asked', () => {
    customElements.define('owned-name', class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      define('owned-name', class extends VideoEmbed {});
      define('owned-name', class extends VideoEmbed {});
      expect(warnings.messages.length).to.equal(1);
      expect(String(warnings.messages[0]![0])).to.contain('<owned-name> is already defined');
    } finally {
      warnings.restore();
    }
  });
});
