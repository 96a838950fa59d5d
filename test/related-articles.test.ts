import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/related-articles/related-articles-define.js';
import type { RelatedArticles, RelatedErrorDetail } from '../src/related-articles/related-articles-define.js';
import { captureWarnings, frames, recordRequests, takeRequests } from './helpers.js';

const FEED = '/test/fixtures/feed.json';
const FEED_TITLES = [
  'A potter fires the town’s oldest kiln one last time',
  'The night-shift choir that sings at dawn',
  'Painting the old bridge, one plank at a time',
  'Inside the winter market’s busiest stall',
].map((title) => title.replace(/’/g, "'"));

const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const titles = (el: Element) => parts(el, 'title').map((node) => node.textContent!.trim());

const items = html`
  <ul>
    <li data-section="Crafts">
      <a href="/culture/kiln"><img src="/public/samples/teaser-kiln.svg" alt="" />A potter fires the kiln</a>
      <time datetime="2026-11-08T12:00:00Z">8 November</time>
    </li>
    <li data-section="Music">
      <a href="/culture/choir"><img src="/public/samples/teaser-choir.svg" alt="" />The night-shift choir</a>
      <time datetime="2026-11-07T12:00:00Z">7 November</time>
    </li>
    <li>
      <a href="https://news.example/bridge"><img src="/public/samples/teaser-bridge.svg" alt="" />Painting the old bridge</a>
      <time datetime="2026-11-06">6 November</time>
    </li>
  </ul>
`;
const LIGHT_TITLES = ['A potter fires the kiln', 'The night-shift choir', 'Painting the old bridge'];

async function related(attrs: { src?: string; layout?: string; limit?: number } = {}, lang = 'en') {
  const wrapper = await fixture(html`<div lang=${lang} style="inline-size: 640px">
    <related-articles heading="Latest in Culture" layout=${attrs.layout ?? 'list'} src=${attrs.src ?? ''} limit=${attrs.limit ?? ''}>${items}</related-articles>
  </div>`);
  const el = wrapper.querySelector('related-articles') as RelatedArticles;
  await el.updateComplete;
  return el;
}

/** Waits for a feed's `related-error` and the single warning that goes with it. */
async function failure(src: string) {
  const warnings = captureWarnings();
  try {
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('related-articles');
    el.heading = 'Latest';
    el.src = src;
    el.append(document.createRange().createContextualFragment('<ul><li><a href="/a">Kept story</a></li></ul>'));
    const event = oneEvent(el, 'related-error') as Promise<CustomEvent<RelatedErrorDetail>>;
    wrapper.append(el);
    const { detail } = await event;
    await aTimeout(50);
    return { el, detail, warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('<related-articles>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('accessibility', () => {
    for (const layout of ['list', 'grid', 'rail']) {
      it(`is accessible as a ${layout}, light and dark`, async () => {
        const el = await related({ layout });
        await expect(el).to.be.accessible();
        el.parentElement!.setAttribute('theme', 'dark');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible when filled from a feed, and after a failed one', async () => {
      const el = await related({ src: FEED });
      await waitUntil(() => titles(el).length === 4);
      await expect(el).to.be.accessible();
      const warnings = captureWarnings();
      el.src = '/test/fixtures/missing.json';
      await oneEvent(el, 'related-error');
      warnings.restore();
      await expect(el).to.be.accessible();
    });
  });

  describe('teasers from the page', () => {
    it('shows each item’s image, section, title, link and date', async () => {
      const el = await related();
      expect(titles(el)).to.deep.equal(LIGHT_TITLES);
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal([
        new URL('/culture/kiln', location.href).href,
        new URL('/culture/choir', location.href).href,
        'https://news.example/bridge',
      ]);
      expect(parts(el, 'image').map((img) => img.getAttribute('alt'))).to.deep.equal(['', '', '']);
      expect(parts(el, 'section').map((s) => s.textContent)).to.deep.equal(['Crafts', 'Music']);
      expect(parts(el, 'date').map((t) => t.textContent)).to.deep.equal(['Nov 8, 2026', 'Nov 7, 2026', 'Nov 6, 2026']);
      expect(parts(el, 'date')[0].getAttribute('datetime')).to.equal('2026-11-08T12:00:00Z');
    });

    it('formats dates in the nearest language (French)', async () => {
      const el = await related({}, 'fr');
      expect(parts(el, 'date').map((t) => t.textContent)).to.deep.equal(['8 nov. 2026', '7 nov. 2026', '6 nov. 2026']);
    });

    it('names the list with a real heading, level 2 by default and configurable', async () => {
      const el = await related();
      const heading = part(el, 'heading')!;
      expect(heading.textContent).to.equal('Latest in Culture');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(heading.getAttribute('aria-level')).to.equal('3');
    });

    it('takes its heading, and its level, from a heading in the page when there is no heading attribute', async () => {
      const el = await fixture<RelatedArticles>(html`<related-articles><h3>More from the river</h3>${items}</related-articles>`);
      expect(part(el, 'heading')!.textContent).to.equal('More from the river');
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    });

    it('follows changes to the page’s list', async () => {
      const el = await related();
      el.querySelector('li')!.remove();
      await waitUntil(() => titles(el).length === 2);
      expect(titles(el)).to.deep.equal(LIGHT_TITLES.slice(1));
    });
  });

  describe('layouts', () => {
    const tops = (el: Element) => parts(el, 'item').map((li) => Math.round(li.getBoundingClientRect().top));

    it('reflects layout, stacks a list and sets a grid in columns', async () => {
      const el = await related();
      expect(el.getAttribute('layout')).to.equal('list');
      expect(new Set(tops(el)).size).to.equal(3);
      el.parentElement!.style.inlineSize = '1000px';
      el.layout = 'grid';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(new Set(tops(el)).size).to.equal(1);
    });

    it('keeps the rail in one scrolling row, snapping to cards', async () => {
      const el = await related({ layout: 'rail' });
      const scroller = part(el, 'scroller')!;
      expect(new Set(tops(el)).size).to.equal(1);
      expect(getComputedStyle(scroller).overflowX).to.equal('auto');
      expect(getComputedStyle(scroller).scrollSnapType).to.contain('mandatory');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    });
  });

  describe('rail keyboard', () => {
    it('is a focusable region named by the heading that arrow keys, Home and End scroll', async () => {
      await setViewport({ width: 500, height: 600 });
      const el = await related({ layout: 'rail' });
      el.parentElement!.style.inlineSize = '400px';
      const scroller = part(el, 'scroller')!;
      scroller.style.scrollBehavior = 'auto';
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.getAttribute('aria-label')).to.equal('Latest in Culture');
      expect(scroller.tabIndex).to.equal(0);
      scroller.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => scroller.scrollLeft > 0, 'ArrowRight scrolls');
      await sendKeys({ press: 'End' });
      await waitUntil(() => scroller.scrollLeft >= scroller.scrollWidth - scroller.clientWidth - 1, 'End scrolls to the end');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => scroller.scrollLeft === 0, 'Home scrolls back');
    });

    it('lets Tab reach every teaser link', async () => {
      const el = await related({ layout: 'rail' });
      part(el, 'scroller')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement?.textContent?.trim() ?? '');
      }
      expect(reached).to.deep.equal(LIGHT_TITLES);
    });

    it('scrolls each teaser that Tab reaches wholly into view, its focus ring too, in either direction', async () => {
      const many = (n: number) => html`<ul>${Array.from({ length: n }, (_, i) => html`<li><a href="/story-${i}">Story number ${i + 1} of the week</a></li>`)}</ul>`;
      for (const dir of ['ltr', 'rtl']) {
        const wrapper = await fixture(html`<div dir=${dir} style="inline-size: 700px"><related-articles heading="Latest" layout="rail">${many(8)}</related-articles></div>`);
        const el = wrapper.firstElementChild as RelatedArticles;
        await el.updateComplete;
        const scroller = part(el, 'scroller')!;
        scroller.focus();
        const hidden: string[] = [];
        for (let i = 0; i < 8; i++) {
          await sendKeys({ press: 'Tab' });
          const link = el.shadowRoot!.activeElement as HTMLElement;
          await aTimeout(400); // a smooth scroll, and its snap
          const card = link.closest('li')!.getBoundingClientRect();
          const view = scroller.getBoundingClientRect();
          const ring = 4 + 2; // the card's outline: 4px off, 2px wide
          if (card.left - ring < view.left - 0.5 || card.right + ring > view.right + 0.5) hidden.push(`${dir} ${link.textContent!.trim()}`);
        }
        expect(hidden).to.deep.equal([]);
      }
    });

    it('mirrors in right-to-left pages: ArrowLeft moves towards the end', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar" style="inline-size: 400px">
        <related-articles heading="الأحدث" layout="rail">${items}</related-articles>
      </div>`);
      const el = wrapper.firstElementChild as RelatedArticles;
      await el.updateComplete;
      const scroller = part(el, 'scroller')!;
      scroller.style.scrollBehavior = 'auto';
      const [first, second] = parts(el, 'item').map((li) => li.getBoundingClientRect());
      expect(second.right).to.be.lessThan(first.left + 1);
      scroller.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => scroller.scrollLeft < 0, 'ArrowLeft scrolls towards the end');
      await expect(el).to.be.accessible();
    });
  });

  describe('JSON Feed', () => {
    it('renders the feed’s items, resolving relative URLs against the feed', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('related-articles');
      el.src = FEED;
      el.innerHTML = '<ul><li><a href="/a">Page item</a></li></ul>';
      const loaded = oneEvent(el, 'related-load');
      wrapper.append(el);
      const { detail } = await loaded;
      expect(detail).to.deep.equal({ src: new URL(FEED, location.href).href, count: 4 });
      expect(titles(el)).to.deep.equal(FEED_TITLES);
      const links = parts(el, 'link').map((a) => a.getAttribute('href'));
      expect(links[1]).to.equal(new URL('/culture/choir', location.href).href);
      const images = parts(el, 'image').map((img) => img.getAttribute('src'));
      expect(images[0]).to.equal(new URL('/public/samples/teaser-kiln.svg', location.href).href);
      expect(parts(el, 'section').map((s) => s.textContent)).to.deep.equal(['Crafts', 'Music', 'Art', 'Food']);
      expect(parts(el, 'date')[0].textContent).to.equal('Nov 8, 2026');
      expect(el.querySelector('a')!.textContent).to.equal('Page item');
    });

    it('shows at most `limit` items', async () => {
      const el = await related({ src: FEED, limit: 2 });
      await waitUntil(() => titles(el)[0] === FEED_TITLES[0]);
      expect(titles(el)).to.deep.equal(FEED_TITLES.slice(0, 2));
    });

    it('keeps the page’s items, marked busy, while a slow feed loads', async () => {
      const original = window.fetch;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (...args) => (await gate, original(...args));
      try {
        const el = await related({ src: FEED });
        await aTimeout(50);
        expect(titles(el)).to.deep.equal(LIGHT_TITLES);
        expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
        release();
        await waitUntil(() => titles(el).length === 4);
        expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
      } finally {
        window.fetch = original;
      }
    });

    it('aborts the request in flight when src changes or the element leaves the page', async () => {
      const original = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = (_input, init) => {
        signals.push(init!.signal!);
        return new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))));
      };
      try {
        const el = await related({ src: '/test/fixtures/feed-sparse.json' });
        el.src = FEED;
        await el.updateComplete;
        expect(signals.map((s) => s.aborted)).to.deep.equal([true, false]);
        el.remove();
        expect(signals[1].aborted).to.equal(true);
        expect(titles(el)).to.deep.equal(LIGHT_TITLES);
      } finally {
        window.fetch = original;
      }
    });

    it('goes back to the page’s items when src is removed', async () => {
      const el = await related({ src: FEED });
      await waitUntil(() => titles(el).length === 4);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(LIGHT_TITLES);
    });

    it('accepts JSON Feed 1.0 and leaves out items without a title or an http(s) link', async () => {
      const el = await related({ src: '/test/fixtures/feed-sparse.json' });
      await waitUntil(() => titles(el)[0] !== LIGHT_TITLES[0]);
      expect(titles(el)).to.deep.equal(['A story with no image, section or date', 'A post with only a summary', 'Linked elsewhere']);
      expect(parts(el, 'link')[2].getAttribute('href')).to.equal('https://elsewhere.example/linked');
      expect(parts(el, 'date')).to.have.length(0);
    });
  });

  describe('before and after upgrade', () => {
    // A blog theme's rules for its own images, which the list's thumbnails are until it upgrades.
    const IMG_RULES = 'img { width: auto; height: 300px; max-width: none; margin: 1em; padding: 4px; border: 3px solid }';
    // The demo's rules for the list (index.html): a max-width with padding, which the upgraded host
    // measures border-box (tokens.ts); before upgrade too, or the list narrows when it upgrades.
    const HOST_RULES = 'related-articles { max-width: 30rem; padding-inline: 1rem }';
    const cases = ['list', 'grid', 'rail'].flatMap((layout) => [[layout, ''], [layout, IMG_RULES], [layout, HOST_RULES]]);
    for (const [layout, pageCss] of cases) {
      const on = pageCss === IMG_RULES ? ', on a page with its own img rules' : pageCss ? ', with a max-width and padding from the page' : '';
      it(`shifts nothing when it upgrades over preload.css (${layout}${on})`, async () => {
        const frame = document.createElement('iframe');
        frame.style.cssText = 'inline-size: 700px; block-size: 700px; border: 0';
        frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/src/related-articles/related-articles.preload.css"><style>${pageCss}</style></head>
          <body style="margin: 8px"><related-articles heading="Latest in Culture" layout="${layout}">
          <ul>
            <li data-section="Crafts"><a href="/a"><img src="/public/samples/teaser-kiln.svg" alt="">A potter fires the town’s oldest kiln one last time</a> <time datetime="2026-11-08">8 Nov</time></li>
            <li><a href="/b"><img src="/public/samples/teaser-choir.svg" alt="">The night-shift choir</a> <time datetime="2026-11-07">7 Nov</time></li>
            <li data-section="Art"><a href="/c">No image here</a></li>
          </ul></related-articles><p id="after">Below</p></body></html>`;
        const loaded = oneEvent(frame, 'load');
        document.body.append(frame);
        await loaded;
        try {
          const doc = frame.contentDocument!;
          const win = frame.contentWindow! as Window & typeof globalThis;
          await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
          const host = doc.querySelector('related-articles')!;
          const before = [...host.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
          const datesBefore = [...host.querySelectorAll('time')].map((time) => Math.round(time.getBoundingClientRect().top));
          const afterTop = doc.getElementById('after')!.getBoundingClientRect().top;
          const hostWidth = host.getBoundingClientRect().width;
          let shift = 0;
          const observer = new win.PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
          });
          observer.observe({ type: 'layout-shift' });
          const script = doc.createElement('script');
          script.type = 'module';
          script.src = '/src/related-articles/related-articles-define.ts';
          doc.head.append(script);
          await waitUntil(() => host.shadowRoot?.querySelector('[part~="item"]'), 'upgraded', { timeout: 5000 });
          const shadow = host.shadowRoot!;
          await Promise.all([...shadow.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
          await frames(4);
          const now = [...shadow.querySelectorAll('[part~="item"]')].map((li) => li.getBoundingClientRect());
          observer.disconnect();
          for (const [i, box] of now.entries()) {
            expect(Math.round(box.top), `item ${i} top`).to.equal(Math.round(before[i].top));
            expect(Math.round(box.left), `item ${i} left`).to.equal(Math.round(before[i].left));
            expect(Math.round(box.height), `item ${i} height`).to.equal(Math.round(before[i].height));
            expect(Math.round(box.width), `item ${i} width`).to.equal(Math.round(before[i].width));
          }
          expect(host.getBoundingClientRect().width, 'the list\'s width').to.equal(hostWidth);
          const dates = [...shadow.querySelectorAll('[part~="date"]')].map((time) => Math.round(time.getBoundingClientRect().top));
          expect(dates, 'dates').to.deep.equal(datesBefore);
          expect(Math.round(doc.getElementById('after')!.getBoundingClientRect().top)).to.equal(Math.round(afterTop));
          expect(shift).to.equal(0);
        } finally {
          frame.remove();
        }
      });
    }
  });

  describe('bad input', () => {
    const cases: [string, string, RelatedErrorDetail['reason']][] = [
      ['a missing feed (404)', '/test/fixtures/missing.json', 'http-error'],
      ['a feed that is not JSON', '/test/fixtures/feed-not-json.json', 'invalid-json'],
      ['truncated JSON', '/test/fixtures/feed-truncated.json', 'invalid-json'],
      ['JSON that is not a JSON Feed', '/test/fixtures/feed-not-a-feed.json', 'invalid-feed'],
      ['a feed of the wrong version', '/test/fixtures/feed-wrong-version.json', 'invalid-feed'],
      ['a feed without items', '/test/fixtures/feed-no-items.json', 'invalid-feed'],
      ['a javascript: feed URL', 'javascript:alert(1)', 'unsafe-url'],
      ['an unreachable host', 'http://127.0.0.1:9/feed.json', 'network-error'],
    ];
    for (const [name, src, reason] of cases) {
      it(`keeps the page’s items, fires related-error and warns once for ${name}`, async () => {
        const { el, detail, warnings } = await failure(src);
        expect(detail.reason).to.equal(reason);
        expect(detail.src).to.equal(new URL(src, location.href).href);
        expect(warnings).to.have.length(1);
        expect(titles(el)).to.deep.equal(['Kept story']);
        expect(part(el, 'heading')!.textContent).to.equal('Latest');
        expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
      });
    }

    it('fires related-error with an empty box (no heading over nothing) when there are no page items', async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('related-articles') as RelatedArticles;
        el.setAttribute('heading', 'Latest');
        el.setAttribute('src', '/test/fixtures/missing.json');
        const failed = oneEvent(el, 'related-error'); // listening before it can fetch
        await fixture(el);
        await failed;
        expect(el.shadowRoot!.children).to.have.length(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
      } finally {
        warnings.restore();
      }
    });

    it('renders only the feed’s http(s) links and images', async () => {
      await recordRequests();
      const el = await related({ src: '/test/fixtures/feed-unsafe.json' });
      await waitUntil(() => titles(el)[0] === 'The only safe story');
      expect(titles(el)).to.deep.equal(['The only safe story']);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
      expect((await takeRequests()).filter((url) => url.startsWith('javascript:'))).to.deep.equal([]);
    });

    it('leaves out page items with unsafe or missing links, ignores comments and falls back to the page’s date text', async () => {
      const el = await fixture<RelatedArticles>(html`<related-articles>
        <ul>
          <li><a href="javascript:alert(1)">Script</a></li>
          <li><a>No link</a></li>
          <li><a href="/ok"><img src="javascript:alert(2)" alt="x" /><!-- a comment -->Fine story</a> <time datetime="yesterday">Yesterday</time></li>
        </ul>
      </related-articles>`);
      expect(titles(el)).to.deep.equal(['Fine story']);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(part(el, 'date')!.textContent).to.equal('Yesterday');
    });

    it('clamps a heading level out of range', async () => {
      const el = await related();
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('6');
      el.setAttribute('heading-level', 'two');
      await el.updateComplete;
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
    });
  });
});
