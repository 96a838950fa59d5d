import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ArticleBody } from '../src/article-body/article-body-define.js';
import { documentStyles } from '../src/article-body/article-body.styles.js';
import { PAGE_HIDES, withPageCss } from './helpers.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const box = (el: Element) => el.getBoundingClientRect();
const style = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);

async function body(content = html`<p>One two three.</p>`) {
  return fixture<ArticleBody>(html`<article-body>${content}</article-body>`);
}

async function columns() {
  return fixture<ArticleBody>(html`<article-body>
    <p id="text">${words(80)}</p>
    <div id="inset" layout="inset">inset</div>
    <div id="wide" layout="wide">wide</div>
    <section id="full" layout="full">full</section>
    <p>${words(10)}</p>
  </article-body>`);
}

/** The global CSS of an aggressive host page (issue 5). */
const HOSTILE = `* { margin: 0; padding: 0 } p { color: red; font: 30px serif } a { text-decoration: none; color: inherit }
  img { width: 100% !important } button { all: unset }`;
const PROPS = ['color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'text-decoration-line', 'margin', 'padding', 'border-width', 'width', 'height', 'list-style-type'];
const snapshot = (nodes: Element[]) =>
  nodes.map((node) => `${node.localName}: ${PROPS.map((name) => getComputedStyle(node).getPropertyValue(name)).join(' | ')}`);

/** Runs `read` with the hostile stylesheet in the document. */
const withHostileCss = <T>(read: () => T) => withPageCss(HOSTILE, read);

describe('<article-body>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => emulateMedia({ media: 'screen' }));

  describe('accessibility', () => {
    const content = html`<h2>Lanterns</h2>
      <p>The river <a href="/festival">festival</a> returned.</p>
      <ul><li>One</li><li>Two</li></ul>
      <blockquote><p>Bright.</p></blockquote>
      <table><tr><th>Night</th><th>Visitors</th></tr><tr><td>1</td><td>12,000</td></tr></table>`;

    it('is accessible', async () => {
      const el = await body(content);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme, with a drop cap', async () => {
      const wrapper = await fixture(html`<div theme="dark"><article-body dropcap>${content}</article-body></div>`);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('light DOM', () => {
    it('keeps the content as the author wrote it, with no shadow root', async () => {
      const el = await body(html`<p>One <a href="/a">two</a>.</p>`);
      expect(el.shadowRoot === null).to.equal(true);
      expect(el.querySelector('p')!.innerHTML).to.equal('One <a href="/a">two</a>.');
    });
  });

  describe('typography', () => {
    it('sets the text in a column of about 66 characters, centred', async () => {
      const el = await columns();
      const text = el.querySelector('#text')!;
      const probe = document.createElement('span');
      probe.style.cssText = 'display: inline-block; width: 66ch';
      text.append(probe);
      expect(box(text).width).to.be.closeTo(box(probe).width, 1);
      probe.remove();
      const left = box(text).left - box(el).left;
      const right = box(el).right - box(text).right;
      expect(left).to.be.closeTo(right, 1);
    });

    it('keeps a gutter on narrow screens', async () => {
      await setViewport({ width: 375, height: 800 });
      try {
        const el = await columns();
        const text = el.querySelector('#text')!;
        expect(box(text).left - box(el).left).to.be.closeTo(16, 0.5);
        expect(box(text).width).to.be.closeTo(box(el).width - 32, 0.5);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });

    it('takes fonts, colours, size and measure from the tokens', async () => {
      const wrapper = await fixture(html`<div
        style="--article-font-body: monospace; --article-color-text: rgb(1, 2, 3); --article-font-size: 20px; --article-measure: 300px; --article-color-link: rgb(0, 0, 200)"
      >
        <article-body><p>Text with <a href="/x">a link</a>.</p></article-body>
      </div>`);
      const p = wrapper.querySelector('p')!;
      expect(style(p).fontFamily).to.equal('monospace');
      expect(style(p).color).to.equal('rgb(1, 2, 3)');
      expect(style(p).fontSize).to.equal('20px');
      expect(box(p).width).to.be.closeTo(300, 0.5);
      expect(style(p.querySelector('a')!).color).to.equal('rgb(0, 0, 200)');
    });

    it('underlines links in the accent colour', async () => {
      const el = await body(html`<p>A <a href="/x">link</a>.</p>`);
      const link = el.querySelector('a')!;
      expect(style(link).textDecorationLine).to.equal('underline');
      expect(style(link).color).to.equal('rgb(179, 38, 30)');
    });

    it('spaces blocks with one rhythm, and headings with more above than below', async () => {
      const el = await body(html`<p>One</p><p id="b">Two</p><h2 id="h">Heading</h2><p id="after">Three</p>`);
      const [b, h, after] = ['#b', '#h', '#after'].map((s) => el.querySelector(s)!);
      expect(style(b).marginBlockStart).to.equal('24px');
      expect(parseFloat(style(h).marginBlockStart)).to.be.greaterThan(24);
      expect(parseFloat(style(after).marginBlockStart)).to.be.lessThan(24);
      expect(style(h).fontWeight).to.equal('700');
    });

    it('keeps headings, tables and code blocks to the text column, whatever their font size', async () => {
      const el = await body(html`<p id="text">${words(80)}</p><h2>Heading</h2><h3>Sub</h3><pre>code</pre><table><tr><td>cell</td></tr></table>`);
      const width = box(el.querySelector('#text')!).width;
      for (const node of el.querySelectorAll('h2, h3, pre, table')) expect(box(node).width, node.localName).to.be.closeTo(width, 0.5);
    });

    it('fits tables to the text column', async () => {
      const el = await body(html`<p id="text">${words(80)}</p><table><tr><td>cell</td></tr></table>`);
      expect(box(el.querySelector('table')!).width).to.be.closeTo(box(el.querySelector('#text')!).width, 0.5);
    });

    it('sets lists, quotes, rules, code and tables', async () => {
      const el = await body(html`<ul><li>One</li></ul>
        <blockquote><p>Quoted</p></blockquote>
        <hr />
        <p><code>x = 1</code></p>
        <table><tr><td>cell</td></tr></table>`);
      expect(parseFloat(style(el.querySelector('ul')!).paddingInlineStart)).to.be.greaterThan(20);
      expect(style(el.querySelector('blockquote')!).borderInlineStartWidth).to.equal('3px');
      expect(style(el.querySelector('hr')!).borderBlockStartWidth).to.equal('1px');
      expect(style(el.querySelector('code')!).fontFamily).to.contain('monospace');
      expect(parseFloat(style(el.querySelector('td')!).paddingInlineStart)).to.be.greaterThan(5);
    });
  });

  describe('layouts', () => {
    it('widens wide children, bleeds full ones to the edges and narrows inset ones', async () => {
      const el = await columns();
      const [text, inset, wide, full] = ['#text', '#inset', '#wide', '#full'].map((s) => box(el.querySelector(s)!));
      expect(inset.width).to.be.lessThan(text.width);
      expect(inset.left).to.be.greaterThan(text.left);
      expect(wide.width).to.be.greaterThan(text.width);
      expect(wide.width).to.be.closeTo(Math.min(box(el).width, 64 * 16), 0.5);
      expect(full.left).to.be.closeTo(box(el).left, 0.5);
      expect(full.width).to.be.closeTo(box(el).width, 0.5);
    });

    it('keeps a full-bleed figure’s caption off the edges', async () => {
      const el = await body(html`<figure layout="full"><img src="/public/samples/photo-lanterns.svg" alt="Lanterns" width="1200" height="800" /><figcaption>Lanterns at dusk.</figcaption></figure>`);
      const [photo, caption] = ['img', 'figcaption'].map((s) => box(el.querySelector(s)!));
      expect(photo.left).to.be.closeTo(box(el).left, 0.5);
      const text = document.createRange();
      text.selectNodeContents(el.querySelector('figcaption')!);
      expect(text.getBoundingClientRect().left - caption.left).to.be.closeTo(16, 0.5);
    });

    it('chooses the width by the layout attribute, whatever the element', async () => {
      const el = await body(html`<p id="text">${words(40)}</p><my-embed id="embed" layout="full" style="display:block">embed</my-embed>`);
      expect(box(el.querySelector('#embed')!).width).to.be.closeTo(box(el).width, 0.5);
    });

    it('floats left and right children beside the text', async () => {
      const el = await body(html`<p id="text">${words(5)}</p>
        <div id="left" layout="left" style="height: 100px">left</div>
        <p id="wrapped">${words(120)}</p>
        <div id="right" layout="right" style="height: 100px">right</div>`);
      const text = box(el.querySelector('#text')!);
      const left = box(el.querySelector('#left')!);
      const right = box(el.querySelector('#right')!);
      expect(left.width).to.be.lessThan(text.width / 2);
      expect(left.left).to.be.at.most(text.left);
      expect(right.right).to.be.at.least(text.right);
      const range = document.createRange();
      range.selectNodeContents(el.querySelector('#wrapped')!);
      const firstLine = range.getClientRects()[0]!;
      expect(firstLine.left).to.be.greaterThan(left.right);
    });

    it('sets a float level with the paragraph beside it, not up against the block before', async () => {
      const el = await body(html`<p id="text">${words(40)}</p><div id="left" layout="left" style="height: 100px">left</div><p id="beside">${words(120)}</p>`);
      const [text, left, beside] = ['#text', '#left', '#beside'].map((s) => box(el.querySelector(s)!));
      expect(beside.top - text.bottom, 'the space between blocks').to.be.greaterThan(10);
      // 0.3rem lower than the paragraph's box: level with its first line's letters.
      expect(left.top - beside.top).to.be.closeTo(0.3 * 16, 0.5);
    });

    it('keeps a quote’s rule and a list’s markers beside a float, not under it, in either direction', async () => {
      for (const [dir, side] of [['ltr', 'left'], ['rtl', 'left'], ['ltr', 'right']] as const) {
        const el = await fixture<ArticleBody>(html`<article-body dir=${dir}>
          <p>${words(5)}</p>
          <div id="float" layout=${side} style="height: 300px">float</div>
          <blockquote id="quote"><p>${words(30)}</p></blockquote>
          <ul id="list"><li>${words(3)}</li></ul>
        </article-body>`);
        const float = box(el.querySelector('#float')!);
        // A list's markers sit in its padding, inside its box: a list clear of the float has them clear too.
        for (const id of ['#quote', '#list']) {
          const block = box(el.querySelector(id)!);
          const overlaps = block.left < float.right && block.right > float.left && block.top < float.bottom;
          expect(overlaps, `${id} beside a ${side} float, ${dir}`).to.equal(false);
        }
      }
    });

    it('mirrors left and right in right-to-left text', async () => {
      const el = await fixture<ArticleBody>(html`<article-body dir="rtl">
        <p id="text">${words(5)}</p>
        <div id="left" layout="left">left</div>
        <p>${words(60)}</p>
      </article-body>`);
      const text = box(el.querySelector('#text')!);
      const left = box(el.querySelector('#left')!);
      expect(left.right).to.be.at.least(text.right);
      expect(style(el.querySelector('#text')!).textAlign).to.equal('start');
    });

    it('stops floating in a narrow column', async () => {
      await setViewport({ width: 375, height: 800 });
      try {
        const el = await body(html`<p id="text">${words(5)}</p><div id="left" layout="left">left</div><p id="after">${words(5)}</p>`);
        const [text, left, after] = ['#text', '#left', '#after'].map((s) => box(el.querySelector(s)!));
        expect(left.width).to.be.closeTo(text.width, 0.5);
        // Spaced as any other block in the column: not pressed against what comes before it.
        expect(left.top - text.bottom).to.be.closeTo(after.top - left.bottom, 0.5);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
  });

  describe('dropcap', () => {
    it('raises the first letter of the first paragraph over three lines', async () => {
      const el = await fixture<ArticleBody>(html`<article-body dropcap><h2>Head</h2><p id="first">Once</p><p id="second">Then</p></article-body>`);
      expect(style(el.querySelector('#first')!, '::first-letter').getPropertyValue('initial-letter')).to.equal('3');
      expect(style(el.querySelector('#second')!, '::first-letter').getPropertyValue('initial-letter')).to.equal('normal');
    });

    it('raises it over three lines where initial-letter is unknown (Firefox, Safari): the fallback float', async () => {
      // Chromium has initial-letter, so the @supports fallback is applied here as written, in its place.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(documentStyles.cssText);
      const rules = (list: CSSRuleList): CSSRule[] => [...list].flatMap((rule) => [rule, ...('cssRules' in rule ? rules((rule as CSSGroupingRule).cssRules) : [])]);
      const fallback = rules(sheet.cssRules).find((rule): rule is CSSSupportsRule => rule instanceof CSSSupportsRule && rule.conditionText.includes('initial-letter'))!;
      const override = document.createElement('style');
      override.textContent = `${fallback.cssRules[0].cssText} article-body[dropcap] > p:first-of-type::first-letter { initial-letter: normal }`;
      document.head.append(override);
      try {
        const el = await fixture<ArticleBody>(html`<article-body dropcap style="inline-size: 375px"><p id="first">The first lanterns went up just after four, while the light was still grey over the water. By six the towpath was full from the old mill to the railway bridge.</p></article-body>`);
        await document.fonts.ready;
        const text = el.querySelector('#first')!.firstChild!;
        const range = document.createRange();
        // The left edge of each line's first character after the letter.
        const starts = new Map<number, number>();
        for (let i = 1; i < text.textContent!.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const { top, left } = range.getBoundingClientRect();
          if (![...starts.keys()].some((line) => Math.abs(line - top) < 5)) starts.set(top, left);
        }
        const lefts = [...starts.values()];
        const edge = el.querySelector('#first')!.getBoundingClientRect().left;
        expect(getComputedStyle(el.querySelector('#first')!, '::first-letter').float, 'the fallback applies').to.equal('inline-start');
        expect(lefts.slice(0, 3).every((left) => left > edge + 40), `three lines beside the letter: ${lefts}`).to.be.true;
        expect(Math.round(lefts[3]), 'the fourth under it').to.equal(Math.round(edge));
      } finally {
        override.remove();
      }
    });

    it('has no drop cap without the attribute, and reflects the property', async () => {
      const el = await body(html`<p id="first">Once</p>`);
      expect(style(el.querySelector('#first')!, '::first-letter').getPropertyValue('initial-letter')).to.equal('normal');
      el.dropcap = true;
      await el.updateComplete;
      expect(el).to.have.attribute('dropcap');
      expect(style(el.querySelector('#first')!, '::first-letter').getPropertyValue('initial-letter')).to.equal('3');
    });
  });

  describe('word count and reading time', () => {
    it('counts the words and rounds the reading time at 230 words a minute', async () => {
      const el = await body(html`<h2>Two words</h2><p>${words(458)}</p>`);
      expect(el.wordCount).to.equal(460);
      expect(el.readingTime).to.equal(2);
    });

    it('reads at least one minute for any text, and none for no text', async () => {
      expect((await body(html`<p>Short.</p>`)).readingTime).to.equal(1);
      const empty = await body(html`<image-like></image-like>`);
      expect(empty.wordCount).to.equal(0);
      expect(empty.readingTime).to.equal(0);
    });

    it('skips scripts, styles, templates and hidden decorations', async () => {
      const el = await body(html`<p>one two</p>
        <style>p { color: red }</style>
        <template><p>three four</p></template>
        <p aria-hidden="true">five six</p>`);
      expect(el.wordCount).to.equal(2);
    });

    it('counts words in languages written without spaces', async () => {
      const el = await fixture<ArticleBody>(html`<article-body lang="ja"><p>今日は川の祭りに行きました</p></article-body>`);
      expect(el.wordCount).to.be.greaterThan(3);
    });

    it('segments words only for scripts written without spaces (a word segmenter is slow to start)', async () => {
      const Segmenter = Intl.Segmenter;
      let made = 0;
      const intl = Intl as { Segmenter: typeof Segmenter };
      intl.Segmenter = class extends Segmenter {
        constructor(...args: ConstructorParameters<typeof Segmenter>) {
          super(...args);
          made++;
        }
      };
      try {
        const spaced = await body(html`<p>Lanterns — on the river, at 7:30 · tonight</p>`);
        expect(spaced.wordCount).to.equal(7); // not the dash or the bullet
        expect(made).to.equal(0);
        const thai = await fixture<ArticleBody>(html`<article-body lang="th"><p>โคมลอยบนแม่น้ำ</p></article-body>`);
        expect(thai.wordCount).to.be.greaterThan(1);
        expect(made).to.equal(1);
      } finally {
        intl.Segmenter = Segmenter;
      }
    });

    it('follows words-per-minute', async () => {
      const el = await fixture<ArticleBody>(html`<article-body words-per-minute="100"><p>${words(500)}</p></article-body>`);
      expect(el.readingTime).to.equal(5);
    });

    it('recounts when the text changes, and fires article-change', async () => {
      const el = await body(html`<p>${words(10)}</p>`);
      setTimeout(() => el.querySelector('p')!.append(` ${words(690)}`));
      const event = await oneEvent(el, 'article-change');
      expect(event.detail).to.deep.equal({ wordCount: 700, readingTime: 3 });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.readingTime).to.equal(3);
    });

    it('recounts text edited while it was out of the page, or just before it moved, and fires article-change', async () => {
      const el = await body(html`<p>${words(10)}</p>`);
      const page = el.parentElement!;
      el.remove();
      el.querySelector('p')!.append(` ${words(690)}`);
      setTimeout(() => page.append(el));
      expect((await oneEvent(el, 'article-change')).detail).to.deep.equal({ wordCount: 700, readingTime: 3 });
      // Edited, then moved (out and back in, as a framework moves it) in the same task.
      setTimeout(() => (el.querySelector('p')!.append(` ${words(300)}`), page.prepend(el)));
      expect((await oneEvent(el, 'article-change')).detail).to.deep.equal({ wordCount: 1000, readingTime: 4 });
    });
  });

  describe('host pages', () => {
    it('works under another tag name', async () => {
      class RenamedBody extends ArticleBody {}
      RenamedBody.define('renamed-body');
      const el = await fixture(html`<renamed-body><p>Text</p><div id="full" layout="full">x</div></renamed-body>`);
      await waitUntil(() => style(el.querySelector('p')!).fontSize === '19px');
      expect(box(el.querySelector('#full')!).width).to.be.closeTo(box(el).width, 0.5);
    });

    it('keeps its typography on a page with aggressive global CSS', async () => {
      const wrapper = await fixture(html`<div style="width: 900px"><article-body>
        <h2>Lanterns</h2>
        <p>The river <a href="/festival">festival</a> returned with <code>12,000</code> visitors.</p>
        <ul><li>One</li><li>Two</li></ul><ol><li>First</li></ol>
        <h3>Bridges</h3><h4>Boats</h4>
        <blockquote><p>Bright.</p></blockquote>
        <hr />
        <table><tr><th>Night</th><td>12,000</td></tr></table>
        <p>Last paragraph.</p>
      </article-body></div>`);
      const nodes = [...wrapper.querySelectorAll('*')];
      const clean = snapshot(nodes);
      expect(await withHostileCss(() => snapshot(nodes))).to.deep.equal(clean);
    });

    it('still follows the host’s --article-* tokens on such a page', async () => {
      const wrapper = await fixture(html`<div style="--article-color-text: rgb(1, 2, 3); --article-font-size: 22px; --article-color-link: rgb(0, 0, 200)">
        <article-body><p>Text with <a href="/x">a link</a>.</p></article-body>
      </div>`);
      const [p, a] = await withHostileCss(() => [wrapper.querySelector('p')!, wrapper.querySelector('a')!].map((node) => getComputedStyle(node)));
      expect([p!.color, p!.fontSize, a!.color]).to.deep.equal(['rgb(1, 2, 3)', '22px', 'rgb(0, 0, 200)']);
    });

    for (const [how, attrs, css] of PAGE_HIDES) {
      it(`lets the page hide it by ${how}`, async () => {
        await withPageCss(css, async () => {
          const wrapper = await fixture(`<div><article-body ${attrs}><p>Subscribers only.</p></article-body></div>`);
          expect(style(wrapper.firstElementChild!).display).to.equal('none');
          expect(box(wrapper.querySelector('p')!).height).to.equal(0);
        });
      });
    }

    it('lets a host override a protected property from a layer declared before ours', async () => {
      const el = await body(html`<p>Text.</p>`);
      const sheet = Object.assign(document.createElement('style'), {
        textContent: '@layer house, article-elements; @layer house { article-body p { color: rgb(9, 9, 9) !important } }',
      });
      document.head.append(sheet);
      try {
        expect(style(el.querySelector('p')!).color).to.equal('rgb(9, 9, 9)');
      } finally {
        sheet.remove();
      }
    });
  });

  describe('print', () => {
    it('prints the address of external links after them', async () => {
      const el = await body(html`<p>See <a href="https://example.org/report">the report</a> and <a href="#notes">notes</a>.</p>`);
      await emulateMedia({ media: 'print' });
      const [external, internal] = el.querySelectorAll('a');
      expect(style(external!, '::after').content).to.equal('" (https://example.org/report)"');
      expect(style(internal!, '::after').content).to.equal('none');
    });
  });

  describe('bad input', () => {
    it('falls back to 230 words a minute for a zero, negative or unreadable speed', async () => {
      for (const speed of ['0', '-5', 'fast']) {
        const el = await fixture<ArticleBody>(html`<article-body words-per-minute=${speed}><p>${words(460)}</p></article-body>`);
        expect(el.readingTime, speed).to.equal(2);
      }
    });

    it('ignores an unknown layout value', async () => {
      const el = await body(html`<p id="text">${words(40)}</p><div id="odd" layout="sideways">x</div>`);
      expect(box(el.querySelector('#odd')!).width).to.be.closeTo(box(el.querySelector('#text')!).width, 0.5);
    });
  });
});
