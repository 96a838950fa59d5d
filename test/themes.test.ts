import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { adoptDocumentStyles, tokens } from '../src/core/tokens.js';
import { captureWarnings, frames } from './helpers.js';
import '../src/article-body/article-body-define.js';
import '../src/related-articles/related-articles-define.js';
import '../src/article-header/article-header-define.js';
import '../src/image-figure/image-figure-define.js';
import '../src/pull-quote/pull-quote-define.js';

/** A test-only element that shows the internal tokens its shadow root computes. */
class TokenProbe extends LitElement {
  static override styles = [tokens, css`:host { display: block; background: var(--_color-surface); }`];
  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this); // the themes, by default
  }
  read(name: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim();
  }
  get color(): string {
    return getComputedStyle(this).color;
  }
}
customElements.define('token-probe', TokenProbe);

const LIGHT_TEXT = 'rgb(28, 27, 26)'; // #1c1b1a
const DARK_TEXT = 'rgb(236, 235, 232)'; // #ecebe8

async function probe(theme?: string): Promise<TokenProbe> {
  const wrapper = await fixture(html`<section theme=${theme ?? ''}><token-probe></token-probe></section>`);
  return wrapper.firstElementChild as TokenProbe;
}

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

  describe('accessibility', () => {
    for (const theme of ['light', 'dark', 'newspaper', 'magazine', 'newspaper dark', 'magazine dark']) {
      it(`keeps text readable in theme="${theme}"`, async () => {
        const wrapper = await fixture(html`<article theme=${theme}>
          <related-articles heading="Latest in Culture">
            <ul><li data-section="Crafts"><a href="/a">A potter fires the kiln</a> <time datetime="2026-11-08">8 Nov</time></li></ul>
          </related-articles>
          <article-body><p>Plain text with <a href="https://news.example/a">a link</a>.</p></article-body>
        </article>`);
        await (wrapper.querySelector('related-articles') as LitElement).updateComplete;
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('presets', () => {
    it('set the tokens inside shadow roots from any ancestor', async () => {
      const plain = await probe();
      const body = plain.read('--_font-body');
      expect(body).to.contain('Charter');
      const newspaper = await probe('newspaper');
      expect(newspaper.read('--_font-body')).to.match(/^Georgia/);
      expect(newspaper.read('--_font-heading')).to.contain('Iowan Old Style');
      expect(newspaper.read('--_radius')).to.equal('2px');
      const magazine = await probe('magazine');
      expect(magazine.read('--_font-body')).to.match(/^system-ui/);
      expect(magazine.read('--_radius')).to.equal('14px');
      expect(magazine.read('--_color-accent')).to.not.equal(newspaper.read('--_color-accent'));
    });

    it('leave a host’s own token values on a closer element in charge', async () => {
      const wrapper = await fixture(html`<div theme="magazine"><div style="--article-radius: 3px"><token-probe></token-probe></div></div>`);
      expect((wrapper.querySelector('token-probe') as TokenProbe).read('--_radius')).to.equal('3px');
    });

    it('paint a themed container with the theme’s background and text colour', async () => {
      const wrapper = await fixture(html`<section theme="newspaper"><p>Text</p></section>`);
      expect(getComputedStyle(wrapper).backgroundColor).to.equal('rgb(248, 245, 238)'); // #f8f5ee
      expect(getComputedStyle(wrapper).color).to.equal('rgb(20, 20, 20)');
    });
  });

  describe('light and dark', () => {
    it('stay light on a page that declares no colour scheme, even when the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect((await probe()).color).to.equal(LIGHT_TEXT);
    });

    it('go dark with theme="dark", and with a preset: theme="newspaper dark"', async () => {
      expect((await probe('dark')).color).to.equal(DARK_TEXT);
      expect((await probe('newspaper dark')).color).to.equal('rgb(233, 230, 224)'); // #e9e6e0
      expect((await probe('newspaper')).color).to.equal('rgb(20, 20, 20)'); // #141414
    });

    it('follow prefers-color-scheme where the page allows both schemes', async () => {
      const wrapper = await fixture(html`<div style="color-scheme: light dark"><token-probe></token-probe></div>`);
      const el = wrapper.firstElementChild as TokenProbe;
      await emulateMedia({ colorScheme: 'dark' });
      expect(el.color).to.equal(DARK_TEXT);
      await emulateMedia({ colorScheme: 'light' });
      expect(el.color).to.equal(LIGHT_TEXT);
    });

    describe('on a dark page that declares no colour scheme (its text light, ours dark)', () => {
      const cases = [
        ['<article-body>', '<article-body><p>Lanterns on the water.</p></article-body>'],
        ['<article-header>', '<article-header><h1>Lanterns on the water</h1></article-header>'],
      ];
      for (const [name, markup] of cases) {
        it(`${name} warns once, naming the fix; not once the page declares it, nor on a light page`, async () => {
          const warnings = captureWarnings();
          try {
            const pages = ['background: #111; color: #eee', 'background: #111; color: #eee; color-scheme: dark', 'background: #fff; color: #333'];
            const counts = [];
            for (const style of pages) {
              const page = await fixture(html`<div style=${style}></div>`);
              page.innerHTML = markup;
              await (page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
              await frames(2);
              counts.push(warnings.messages.splice(0).filter(([message]) => String(message).includes('color-scheme: dark')).length);
            }
            expect(counts).to.deep.equal([1, 0, 0]);
          } finally {
            warnings.restore();
          }
        });
      }

      it('does not warn with theme="dark" on an ancestor, nor with the page’s own --article-color-text', async () => {
        const warnings = captureWarnings();
        try {
          const dark = await fixture(html`<div style="background: #111; color: #eee">
            <div theme="dark"><article-body><p>One.</p></article-body></div>
            <article-body style="--article-color-text: #f0f0f0"><p>Two.</p></article-body>
          </div>`);
          await Promise.all([...dark.querySelectorAll('article-body')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
          await frames(2);
          expect(warnings.messages.filter(([message]) => String(message).includes('color-scheme'))).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    });

    it('let theme="light" win over a reader who prefers dark', async () => {
      const wrapper = await fixture(html`<div style="color-scheme: light dark"><div theme="light"><token-probe></token-probe></div></div>`);
      await emulateMedia({ colorScheme: 'dark' });
      expect((wrapper.querySelector('token-probe') as TokenProbe).color).to.equal(LIGHT_TEXT);
    });
  });

  describe('print', () => {
    it('prints light, without the theme’s background, and shows the URLs of links in the article text', async () => {
      const wrapper = await fixture(html`<article theme="newspaper dark">
        <article-body><p>Read <a href="https://news.example/river">the river report</a>.</p></article-body>
        <token-probe></token-probe>
      </article>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(wrapper).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect((wrapper.querySelector('token-probe') as TokenProbe).color).to.equal('rgb(20, 20, 20)');
      const after = getComputedStyle(wrapper.querySelector('a')!, '::after').content;
      expect(after).to.contain('https://news.example/river');
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(wrapper.querySelector('a')!, '::after').content).to.equal('none');
    });
  });

  describe('in an app’s shadow root', () => {
    // A Lit, Stencil or Angular (ShadowDom) app renders the article inside its own component.
    const article = `<section theme="newspaper dark">
      <article-header section="Culture"><h1>Lanterns on the river</h1><p slot="dek">A record night.</p></article-header>
      <article-body>
        <p>Read <a href="https://news.example/river">the river report</a>.</p>
        <pull-quote><blockquote><p>So bright.</p></blockquote></pull-quote>
        <image-figure><img src="/samples/body-lantern.svg" alt="Lanterns" width="1200" height="800" /><figcaption>Lanterns at dusk.</figcaption></image-figure>
      </article-body>
    </section>`;
    const nodes = ['section', 'h1', '[slot=dek]', 'article-body', 'article-body > p', 'article-body a', 'pull-quote p', 'figcaption'];
    const looks = (root: ParentNode) =>
      nodes.map((selector) => {
        const style = getComputedStyle(root.querySelector(selector)!);
        return `${selector}: ${style.fontFamily} ${style.fontSize} ${style.color} ${style.colorScheme} ${style.marginBlockEnd} ${style.textDecorationLine}`;
      });
    const settled = (root: ParentNode) => Promise.all([...root.querySelectorAll('*')].map((el) => (el as LitElement).updateComplete));

    it('styles the light-DOM content and honours theme as it does in the document', async () => {
      const inDocument = await fixture(html`<div></div>`);
      inDocument.innerHTML = article;
      await settled(inDocument);
      const app = await fixture(html`<div></div>`);
      const root = app.attachShadow({ mode: 'open' });
      root.innerHTML = article;
      await settled(root);
      expect(looks(root)).to.deep.equal(looks(inDocument));
      expect(getComputedStyle(root.querySelector('article-body')!).fontFamily).to.match(/^Georgia/);
      expect(getComputedStyle(root.querySelector('section')!).colorScheme).to.equal('dark');
    });
  });

  describe('CDN stylesheet', () => {
    it('themes a page without JavaScript that links article-elements.css', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<link rel="stylesheet" href="/dist/cdn/article-elements.css"><div theme="newspaper dark"><p>Text</p></div>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const div = frame.contentDocument!.querySelector('div')!;
        const style = frame.contentWindow!.getComputedStyle(div);
        expect(style.getPropertyValue('--article-font-body')).to.contain('Georgia');
        expect(style.colorScheme).to.equal('dark');
      } finally {
        frame.remove();
      }
    });
  });
});
