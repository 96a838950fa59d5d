import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { PullQuote, type QuoteErrorDetail } from '../src/pull-quote/pull-quote-define.js';
import { QUOTE_MARKS } from '../src/pull-quote/quote-marks.js';
import { captureWarnings } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const quotes = (el: Element) => getComputedStyle(el.querySelector('blockquote')!).quotes;
const before = (node: Element) => getComputedStyle(node, '::before').content;
const after = (node: Element) => getComputedStyle(node, '::after').content;
/** `quotes` as Chromium serializes it: each mark a quoted string. */
const serialized = (marks: readonly string[]) => marks.map((mark) => `"${mark}"`).join(' ');

async function quote(markup = html`<pull-quote by="Ada Lovelace" by-title="Festival organiser" cite="https://example.org/interview">
  <blockquote><p>We have never seen the river so bright.</p></blockquote>
</pull-quote>`) {
  return fixture<PullQuote>(markup);
}

/** The height of the markup in a page where the element is not defined, with only article-elements.css. */
async function heightBeforeUpgrade(markup: string, width: number): Promise<number> {
  const frame = document.createElement('iframe');
  // As wide as this window: the quotation's size follows the viewport width.
  frame.style.cssText = `width: ${innerWidth}px; height: 600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/cdn/article-elements.css"></head>
    <body style="margin: 0"><div style="width: ${width}px">${markup}</div></body></html>`;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const el = frame.contentDocument!.querySelector('pull-quote')!;
    expect(frame.contentWindow!.customElements.get('pull-quote')).to.equal(undefined);
    await frame.contentDocument!.fonts.ready;
    return el.getBoundingClientRect().height;
  } finally {
    frame.remove();
  }
}

describe('<pull-quote>', () => {
  describe('accessibility', () => {
    it('is accessible with an attribution and a source link', async () => {
      const el = await quote();
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const wrap = await fixture(html`<div theme="dark" style="background: #111">
        <pull-quote by="Ada Lovelace" by-title="Festival organiser" cite="https://example.org/interview"><blockquote><p>So bright.</p></blockquote></pull-quote>
      </div>`);
      await expect(wrap.firstElementChild).to.be.accessible();
    });

    for (const layout of ['wide', 'left', 'right']) {
      it(`is accessible in the ${layout} layout`, async () => {
        const el = await fixture<PullQuote>(html`<pull-quote layout=${layout} by="Ada Lovelace"><blockquote><p>So bright.</p></blockquote></pull-quote>`);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible with no attribution at all', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote><blockquote><p>So bright.</p></blockquote></pull-quote>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('semantics', () => {
    it('keeps the author’s blockquote, with its cite, in light DOM, shown in a figure', async () => {
      const el = await quote(html`<pull-quote by="Ada Lovelace"><blockquote cite="https://example.org/talk"><p>So bright.</p></blockquote></pull-quote>`);
      const blockquote = el.querySelector('blockquote')!;
      expect(blockquote.parentElement === el).to.equal(true);
      expect(blockquote.getAttribute('cite')).to.equal('https://example.org/talk');
      expect(blockquote.textContent).to.equal('So bright.');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0] === blockquote).to.equal(true);
      expect(part(el, 'figure')!.localName).to.equal('figure');
      expect(blockquote.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('puts the attribution in a figcaption, the name in a <cite>', async () => {
      const el = await quote();
      const caption = part(el, 'attribution')!;
      expect(caption.localName).to.equal('figcaption');
      expect(caption.parentElement === part(el, 'figure')).to.equal(true);
      expect(part(el, 'by')!.localName).to.equal('cite');
      expect(part(el, 'by')!.textContent).to.equal('Ada Lovelace');
      expect(part(el, 'by-title')!.textContent).to.equal('Festival organiser');
      expect(part(el, 'source')!.textContent).to.equal('Read the source');
      // Decorative separators, drawn but not read out (CSS alt text '', aria-hidden).
      expect(getComputedStyle(part(el, 'by')!, '::before').content).to.equal('"— " / ""');
      expect(part(el, 'by-title')!.nextElementSibling!.outerHTML).to.equal('<span aria-hidden="true"> · </span>');
    });

    it('draws the attribution below the quotation, name above title', async () => {
      const el = await quote();
      const text = el.querySelector('p')!.getBoundingClientRect();
      const name = part(el, 'by')!.getBoundingClientRect();
      const title = part(el, 'by-title')!.getBoundingClientRect();
      expect(name.top).to.be.at.least(text.bottom);
      expect(title.top).to.be.at.least(name.bottom);
    });

    it('links the source from cite, resolved against the page', async () => {
      const el = await quote();
      expect((part(el, 'source') as HTMLAnchorElement).href).to.equal('https://example.org/interview');
      el.cite = '/interviews/ada';
      await el.updateComplete;
      expect((part(el, 'source') as HTMLAnchorElement).href).to.equal(new URL('/interviews/ada', location.href).href);
    });

    it('gives the blockquote the source as its cite attribute when it has none', async () => {
      const el = await quote();
      expect(el.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://example.org/interview');
      const own = await quote(html`<pull-quote cite="https://example.org/a"><blockquote cite="https://example.org/b"><p>One.</p></blockquote></pull-quote>`);
      expect(own.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://example.org/b');
    });

    it('keeps the cite it gave the blockquote in step when cite changes or goes', async () => {
      const el = await quote();
      const blockquote = el.querySelector('blockquote')!;
      el.cite = 'https://example.org/transcript';
      await el.updateComplete;
      expect(blockquote.getAttribute('cite')).to.equal('https://example.org/transcript');
      el.removeAttribute('cite');
      await el.updateComplete;
      expect(blockquote.hasAttribute('cite')).to.equal(false);
      expect(part(el, 'source') === null, 'no source link left').to.equal(true);
    });

    it('falls back to the blockquote’s own cite', async () => {
      const el = await quote(html`<pull-quote><blockquote cite="https://example.org/talk"><p>So bright.</p></blockquote></pull-quote>`);
      expect((part(el, 'source') as HTMLAnchorElement).href).to.equal('https://example.org/talk');
      expect(part(el, 'by') === null).to.equal(true);
    });

    it('follows the blockquote’s own cite when it changes or goes (as a framework’s binding changes it)', async () => {
      const el = await quote(html`<pull-quote><blockquote cite="https://example.org/talk"><p>So bright.</p></blockquote></pull-quote>`);
      const blockquote = el.querySelector('blockquote')!;
      blockquote.setAttribute('cite', 'https://example.org/transcript');
      await waitUntil(() => (part(el, 'source') as HTMLAnchorElement | null)?.href === 'https://example.org/transcript', 'the new cite');
      blockquote.removeAttribute('cite');
      await waitUntil(() => part(el, 'source') === null, 'no source link left');
      expect(blockquote.hasAttribute('cite')).to.equal(false);
    });

    it('shows no caption without by, by-title or cite', async () => {
      const el = await quote(html`<pull-quote><blockquote><p>So bright.</p></blockquote></pull-quote>`);
      expect(part(el, 'attribution') === null).to.equal(true);
    });

    it('updates the caption when attributes change', async () => {
      const el = await quote();
      el.setAttribute('by', 'Grace Hopper');
      el.removeAttribute('by-title');
      await el.updateComplete;
      expect(part(el, 'by')!.textContent).to.equal('Grace Hopper');
      expect(part(el, 'by-title') === null).to.equal(true);
    });
  });

  describe('quotation marks', () => {
    const cases: [string, readonly string[]][] = [
      ['en', ['“', '”', '‘', '’']],
      ['en-GB', ['“', '”', '‘', '’']],
      ['fr', ['«\u202f', '\u202f»', '“', '”']],
      ['fr-CA', ['«\u202f', '\u202f»', '“', '”']],
      ['de', ['„', '“', '‚', '‘']],
      ['de-CH', ['«', '»', '‹', '›']],
      ['es', ['«', '»', '“', '”']],
      ['it', ['«', '»', '“', '”']],
      ['ja', ['「', '」', '『', '』']],
      ['zh-Hant-TW', ['「', '」', '『', '』']],
      ['xx', ['“', '”', '‘', '’']],
    ];
    for (const [lang, marks] of cases) {
      it(`uses ${marks.slice(0, 2).join(' … ')} for lang="${lang}"`, async () => {
        const wrap = await fixture(html`<div lang=${lang}><pull-quote by="A"><blockquote><p>One.</p></blockquote></pull-quote></div>`);
        expect(quotes(wrap.firstElementChild!)).to.equal(serialized(marks));
      });
    }

    it('sets French guillemets off with narrow no-break spaces', async () => {
      const wrap = await fixture(html`<div lang="fr"><pull-quote><blockquote><p>Un.</p></blockquote></pull-quote></div>`);
      expect(quotes(wrap.firstElementChild!)).to.contain('«\u202f').and.contain('\u202f»');
    });

    it('follows the quotation’s own lang over the page’s', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote lang="en"><blockquote lang="de"><p>Eins.</p></blockquote></pull-quote>`);
      expect(quotes(el)).to.equal(serialized(QUOTE_MARKS.de!));
    });

    it('falls back to English for an invalid lang', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote lang="not a language!"><blockquote><p>One.</p></blockquote></pull-quote>`);
      expect(quotes(el)).to.equal(serialized(QUOTE_MARKS.en!));
    });

    it('opens before the first paragraph and closes after the last', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote><blockquote><p>One.</p><p>Two.</p><p>Three.</p></blockquote></pull-quote>`);
      const [first, middle, last] = [...el.querySelectorAll('p')];
      expect([before(first), after(first)]).to.deep.equal(['open-quote', 'none']);
      expect([before(middle), after(middle)]).to.deep.equal(['none', 'none']);
      expect([before(last), after(last)]).to.deep.equal(['none', 'close-quote']);
    });

    it('wraps a blockquote without paragraphs', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote><blockquote>Just text.</blockquote></pull-quote>`);
      const blockquote = el.querySelector('blockquote')!;
      expect([before(blockquote), after(blockquote)]).to.deep.equal(['open-quote', 'close-quote']);
    });

    it('adds visible marks: the quotation is wider than its bare text', async () => {
      const wrap = await fixture(html`<div style="display: flow-root">
        <pull-quote style="display: inline-block"><blockquote><p>Bright.</p></blockquote></pull-quote>
        <blockquote style="display: inline-block; margin: 0; font: 600 1.5rem / 1.25 serif"><p style="margin: 0">Bright.</p></blockquote>
      </div>`);
      const el = wrap.querySelector('pull-quote')!;
      const text = el.querySelector('p')!;
      const plain = wrap.querySelector(':scope > blockquote p') as HTMLElement;
      plain.style.font = getComputedStyle(text).font;
      expect(text.getBoundingClientRect().width).to.be.greaterThan(plain.getBoundingClientRect().width + 10);
    });
  });

  describe('layout', () => {
    it('reflects layout, inset by default, so the article body can place it', async () => {
      const el = await quote();
      expect(el.getAttribute('layout')).to.equal('inset');
      el.layout = 'wide';
      await el.updateComplete;
      expect(el.matches('[layout="wide"]')).to.equal(true);
    });

    it('sets wide quotations larger and centred', async () => {
      const wrap = await fixture(html`<div style="width: 800px">
        <pull-quote><blockquote><p>One.</p></blockquote></pull-quote>
        <pull-quote layout="wide"><blockquote><p>One.</p></blockquote></pull-quote>
      </div>`);
      const [inset, wide] = [...wrap.querySelectorAll('p')].map((p) => getComputedStyle(p));
      expect(parseFloat(wide!.fontSize)).to.be.greaterThan(parseFloat(inset!.fontSize));
      expect(wide!.textAlign).to.equal('center');
      expect(inset!.textAlign).to.equal('start');
    });

    it('floats left and right at most 18rem wide beside the text', async () => {
      const wrap = await fixture(html`<div style="width: 800px">
        <pull-quote layout="left"><blockquote><p>One.</p></blockquote></pull-quote>
        <pull-quote layout="right"><blockquote><p>Two.</p></blockquote></pull-quote>
        <p>Body text flows beside the quotations.</p>
      </div>`);
      const box = wrap.getBoundingClientRect();
      const [left, right] = [...wrap.querySelectorAll('pull-quote')].map((el) => el.getBoundingClientRect());
      expect(left!.width).to.equal(288);
      expect(left!.left).to.equal(box.left);
      expect(right!.right).to.equal(box.right);
      expect(wrap.querySelector(':scope > p')!.getBoundingClientRect().top).to.be.below(left!.bottom);
    });

    it('mirrors left and right in RTL (they are inline-start and inline-end)', async () => {
      const wrap = await fixture(html`<div dir="rtl" style="width: 800px"><pull-quote layout="left" by="عدا"><blockquote><p>واحد.</p></blockquote></pull-quote></div>`);
      const el = wrap.firstElementChild!;
      expect(el.getBoundingClientRect().right).to.equal(wrap.getBoundingClientRect().right);
      const inset = await fixture(html`<div dir="rtl"><pull-quote><blockquote><p>واحد.</p></blockquote></pull-quote></div>`);
      const figure = getComputedStyle(part(inset.firstElementChild!, 'figure')!);
      expect([figure.borderRightWidth, figure.borderLeftWidth]).to.deep.equal(['4px', '0px']);
    });

    it('stops floating on narrow screens', async () => {
      await setViewport({ width: 375, height: 700 });
      try {
        const wrap = await fixture(html`<div><pull-quote layout="left"><blockquote><p>One.</p></blockquote></pull-quote></div>`);
        expect(getComputedStyle(wrap.firstElementChild!).float).to.equal('none');
        expect(wrap.firstElementChild!.getBoundingClientRect().width).to.equal(wrap.getBoundingClientRect().width);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('before upgrade', () => {
    const width = 600;
    const samples: [string, string][] = [
      ['inset, name and title', `<pull-quote by="Ada Lovelace" by-title="Festival organiser"><blockquote><p>We have never seen the river so bright, nor the bridges so full of people.</p></blockquote></pull-quote>`],
      ['inset, name and source', `<pull-quote by="Ada Lovelace" cite="https://example.org/"><blockquote><p>We have never seen the river so bright.</p></blockquote></pull-quote>`],
      ['wide', `<pull-quote layout="wide" by="Ada Lovelace" by-title="Organiser"><blockquote><p>We have never seen the river so bright.</p></blockquote></pull-quote>`],
      ['left', `<pull-quote layout="left" by="Ada Lovelace"><blockquote><p>So bright.</p></blockquote></pull-quote>`],
      ['French', `<pull-quote lang="fr" by="Ada Lovelace"><blockquote><p>Nous n’avons jamais vu la rivière aussi lumineuse, ni les ponts aussi pleins.</p></blockquote></pull-quote>`],
    ];
    for (const [name, markup] of samples) {
      it(`keeps the same box once upgraded (${name})`, async () => {
        const expected = await heightBeforeUpgrade(markup, width);
        const wrap = await fixture(`<div style="width: ${width}px">${markup}</div>`);
        await (wrap.firstElementChild as PullQuote).updateComplete;
        expect(wrap.firstElementChild!.getBoundingClientRect().height).to.equal(expected);
      });
    }

    it('reads as a plain blockquote with the marks before upgrade', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<link rel="stylesheet" href="/dist/cdn/article-elements.css"><pull-quote lang="de"><blockquote><p>Eins.</p></blockquote></pull-quote>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const p = frame.contentDocument!.querySelector('p')!;
        expect(frame.contentWindow!.getComputedStyle(p, '::before').content).to.equal('open-quote');
        expect(frame.contentWindow!.getComputedStyle(p.parentElement!).quotes).to.equal(serialized(QUOTE_MARKS.de!));
      } finally {
        frame.remove();
      }
    });
  });

  describe('host pages', () => {
    it('keeps its type and chrome on a page with aggressive global CSS', async () => {
      const hostile = `* { margin: 0; padding: 0 } p { color: red; font: 30px serif } a { text-decoration: none; color: inherit }
        img { width: 100% !important } button { all: unset }`;
      const props = ['color', 'font-family', 'font-size', 'font-weight', 'line-height', 'text-decoration-line', 'margin', 'padding', 'width', 'height'];
      const wrap = await fixture(html`<div style="width: 700px">
        <pull-quote by="Ada Lovelace" by-title="Festival organiser" cite="https://example.org/interview">
          <blockquote><p>We have never seen the river so bright.</p><p>Nor the bridges so full.</p></blockquote>
        </pull-quote>
      </div>`);
      const el = wrap.firstElementChild!;
      const nodes = [...el.querySelectorAll('*'), ...el.shadowRoot!.querySelectorAll('[part]')];
      const snapshot = () => nodes.map((node) => `${node.localName}: ${props.map((name) => getComputedStyle(node).getPropertyValue(name)).join(' | ')}`);
      const clean = snapshot();
      const sheet = Object.assign(document.createElement('style'), { textContent: hostile });
      document.head.append(sheet);
      try {
        expect(snapshot()).to.deep.equal(clean);
      } finally {
        sheet.remove();
      }
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the address of its source after "Read the source"', async () => {
      const el = await quote();
      await emulateMedia({ media: 'print' });
      expect(after(part(el, 'source')!)).to.equal('" (https://example.org/interview)"');
      await emulateMedia({ media: 'screen' });
      expect(after(part(el, 'source')!)).to.equal('none');
    });
  });

  describe('theming and localization', () => {
    it('takes the accent from --pull-quote-accent, else the shared token', async () => {
      const wrap = await fixture(html`<div>
        <pull-quote style="--article-color-accent: rgb(1, 2, 3)"><blockquote><p>One.</p></blockquote></pull-quote>
        <pull-quote style="--article-color-accent: rgb(1, 2, 3); --pull-quote-accent: rgb(4, 5, 6)"><blockquote><p>One.</p></blockquote></pull-quote>
      </div>`);
      const [shared, own] = [...wrap.querySelectorAll('pull-quote')].map((el) => getComputedStyle(part(el, 'figure')!).borderInlineStartColor);
      expect([shared, own]).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
    });

    it('switches the quotation to the dark theme with theme="dark" on an ancestor', async () => {
      const wrap = await fixture(html`<div theme="dark"><pull-quote><blockquote><p>One.</p></blockquote></pull-quote></div>`);
      expect(getComputedStyle(wrap.querySelector('p')!).color).to.equal('rgb(236, 235, 232)');
    });

    it('names the source link in the page language, overridable per element', async () => {
      const wrap = await fixture(html`<div lang="fr"><pull-quote cite="https://example.org/"><blockquote><p>Un.</p></blockquote></pull-quote></div>`);
      const el = wrap.firstElementChild as PullQuote;
      expect(part(el, 'source')!.textContent).to.equal('Lire la source');
      el.setAttribute('i18n-source', 'Interview');
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'source')!.textContent).to.equal('Interview');
    });
  });

  describe('bad input', () => {
    for (const cite of ['javascript:alert(1)', 'data:text/html,hi', 'http://']) {
      it(`does not link a cite of ${cite}, warns once and fires quote-error`, async () => {
        const warnings = captureWarnings();
        const errors: QuoteErrorDetail[] = [];
        const listen = (e: CustomEvent<QuoteErrorDetail>) => errors.push(e.detail);
        try {
          const wrap = await fixture(html`<div @quote-error=${listen}><pull-quote by="Ada" cite=${cite}><blockquote><p>One.</p></blockquote></pull-quote></div>`);
          const el = wrap.firstElementChild as PullQuote;
          el.requestUpdate();
          await el.updateComplete;
          await waitUntil(() => errors.length > 0, 'no quote-error');
          expect(errors).to.deep.equal([{ reason: 'unsafe-url', cite }]);
          expect(part(el, 'source') === null).to.equal(true);
          expect(part(el, 'by')!.textContent).to.equal('Ada');
          expect(warnings.messages).to.have.length(1);
          expect(el.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
        } finally {
          warnings.restore();
        }
      });
    }

    it('treats an unknown layout as inset', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote layout="sideways"><blockquote><p>One.</p></blockquote></pull-quote>`);
      const figure = getComputedStyle(part(el, 'figure')!);
      expect(figure.borderInlineStartWidth).to.equal('4px');
      expect(getComputedStyle(el).float).to.equal('none');
    });

    it('ignores a blank by and by-title', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote by="  " by-title=""><blockquote><p>One.</p></blockquote></pull-quote>`);
      expect(part(el, 'attribution') === null).to.equal(true);
    });

    it('shows content that is not a blockquote, unmarked', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote by="Ada"><p>Plain paragraph.</p></pull-quote>`);
      const p = el.querySelector('p')!;
      expect(p.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(before(p)).to.equal('none');
    });

    it('picks up a blockquote added later', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote></pull-quote>`);
      el.innerHTML = '<blockquote cite="https://example.org/late"><p>Late.</p></blockquote>';
      await waitUntil(() => part(el, 'source'), 'the late blockquote’s cite was not linked');
    });
  });

  describe('registration', () => {
    it('works under a host-chosen name, marks included', async () => {
      customElements.define('my-quote', class extends PullQuote {});
      const el = await fixture<PullQuote>(html`<my-quote lang="fr" by="Ada"><blockquote><p>Un.</p></blockquote></my-quote>`);
      expect(part(el, 'by')!.textContent).to.equal('Ada');
      expect(quotes(el)).to.equal(serialized(QUOTE_MARKS.fr!));
      expect(before(el.querySelector('p')!)).to.equal('open-quote');
    });
  });
});
