import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ArticleBody } from '../src/article-body/article-body.js';
import '../src/article-body/article-body-define.js';
import '../src/article-header/article-header-define.js';
import type { ArticleHeader } from '../src/article-header/article-header.js';
import { formatDate, parseDate } from '../src/article-header/format-date.js';
import { PAGE_HIDES, captureWarnings, recordRequests, takeRequests, thirdParty, withPageCss } from './helpers.js';

const HOUR = 3_600_000;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** The text a reader sees in a shadow node: slots replaced by what is assigned to them. */
function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(flatText).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  return [...node.childNodes].map(flatText).join('');
}
const shown = (el: Element, name: string) => flatText(part(el, name)!).replace(/\s+/g, ' ').trim();

function header(attrs = '', inner = '') {
  const markup = `<article-header section="Culture" ${attrs}>
    <h1>Lantern festival draws record crowds to the river</h1>
    <p slot="dek">Organisers counted more visitors on the first night than in all of last year.</p>
    <a slot="byline" href="/authors/ada">Ada Lovelace</a>
    ${inner || '<time slot="published" datetime="2020-11-09T18:30:00Z">9 November 2020</time>'}
  </article-header>`;
  return fixture<ArticleHeader>(markup);
}

/** Replaces a navigator member for one test. */
function stubNavigator<K extends 'clipboard' | 'share'>(key: K, value: unknown): () => void {
  Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
  return () => void delete (navigator as unknown as Record<string, unknown>)[key];
}

/** The global CSS of an aggressive host page (issue 5). */
const HOSTILE = `* { margin: 0; padding: 0 } p { color: red; font: 30px serif } a { text-decoration: none; color: inherit }
  img { width: 100% !important } button { all: unset }`;
const PROPS = ['color', 'font-family', 'font-size', 'font-weight', 'line-height', 'text-decoration-line', 'margin', 'padding', 'border', 'border-radius', 'background-color', 'width', 'height', 'cursor', 'display'];
const snapshot = (nodes: Element[]) =>
  nodes.map((node) => `${node.localName}.${node.getAttribute('part') ?? ''}: ${PROPS.map((name) => getComputedStyle(node).getPropertyValue(name)).join(' | ')}`);

describe('<article-header>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => emulateMedia({ media: 'screen' }));

  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await header('section-href="/culture"');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme and in French', async () => {
      const wrapper = await fixture(html`<div theme="dark" lang="fr">
        <article-header section="Culture">
          <h1>Titre</h1>
          <a slot="byline" href="/a">Ada</a><a slot="byline" href="/b">Grace</a>
          <time slot="published" datetime="2020-11-09T18:30:00Z">9 novembre 2020</time>
        </article-header>
      </div>`);
      await expect(wrapper).to.be.accessible();
    });

    it('is accessible with the copy confirmation shown', async () => {
      const restore = stubNavigator('clipboard', { writeText: async () => {} });
      try {
        const el = await header();
        await el.copyLink();
        await waitUntil(() => part(el, 'status')!.textContent === 'Link copied');
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });
  });

  describe('section, headline and standfirst', () => {
    it('shows the section label, as a link with section-href', async () => {
      const el = await header('section-href="/culture"');
      const link = part(el, 'section-link')!;
      expect(link.textContent).to.equal('Culture');
      expect(link.getAttribute('href')).to.equal('/culture');
    });

    it('shows the section as plain text without section-href, and nothing without section', async () => {
      const el = await header();
      expect(part(el, 'section')!.textContent).to.equal('Culture');
      expect(part(el, 'section-link') === null).to.equal(true);
      el.removeAttribute('section');
      await el.updateComplete;
      expect(part(el, 'section') === null).to.equal(true);
    });

    it('shows the headline and standfirst in that order, after the section', async () => {
      const el = await header();
      const h1 = el.querySelector('h1')!;
      const dek = el.querySelector('[slot="dek"]')!;
      expect(h1.assignedSlot !== null).to.equal(true);
      expect(dek.assignedSlot !== null).to.equal(true);
      const section = part(el, 'section')!.getBoundingClientRect();
      expect(h1.getBoundingClientRect().top).to.be.greaterThan(section.bottom - 1);
      expect(dek.getBoundingClientRect().top).to.be.greaterThan(h1.getBoundingClientRect().bottom - 1);
      expect(getComputedStyle(h1).fontWeight).to.equal('800');
    });
  });

  describe('bylines', () => {
    it('reads "By A" for one author, keeping the author link', async () => {
      const el = await header();
      expect(shown(el, 'byline')).to.equal('By Ada Lovelace');
      const link = el.querySelector<HTMLAnchorElement>('a[slot="byline"]')!;
      expect(link.assignedSlot!.closest('[part="byline"]') === part(el, 'byline')).to.equal(true);
    });

    it('joins several authors in the page language', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header lang="en-GB">
        <h1>Title</h1>
        <a slot="byline" href="/a">Ada Lovelace</a>
        <span slot="byline">Grace Hopper</span>
      </article-header>`);
      expect(shown(el, 'byline')).to.equal('By Ada Lovelace and Grace Hopper');
      el.insertAdjacentHTML('beforeend', '<a slot="byline" href="/c">Mary Somerville</a>');
      await waitUntil(() => shown(el, 'byline') === 'By Ada Lovelace, Grace Hopper and Mary Somerville');
      el.lang = 'fr';
      await waitUntil(() => shown(el, 'byline') === 'Par Ada Lovelace, Grace Hopper et Mary Somerville');
    });

    it('has no byline line without bylines', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header><h1>Title</h1></article-header>`);
      expect(part(el, 'byline') === null).to.equal(true);
    });
  });

  describe('dates', () => {
    it('shows a date older than a day in full, in the page language', async () => {
      const el = await header('lang="en-GB"');
      const time = part(el, 'published')!.querySelector('time')!;
      expect(time.textContent).to.equal('9 November 2020');
      expect(time.getAttribute('datetime')).to.equal('2020-11-09T18:30:00.000Z');
      expect(time.title).to.contain('2020');
      el.lang = 'fr';
      await waitUntil(() => part(el, 'published')!.textContent!.trim() === '9 novembre 2020');
    });

    it('shows a date within a day as relative', async () => {
      const iso = new Date(Date.now() - 3 * HOUR).toISOString();
      const el = await header('', `<time slot="published" datetime="${iso}">today</time>`);
      expect(shown(el, 'published')).to.equal('3 hours ago');
      el.lang = 'fr';
      await waitUntil(() => shown(el, 'published') === 'il y a 3 heures');
    });

    it('brings a relative date up to date when it is moved back into the page', async () => {
      const iso = new Date(Date.now() - 3 * HOUR).toISOString();
      const el = await header('', `<time slot="published" datetime="${iso}">today</time>`);
      const parent = el.parentNode!;
      el.remove();
      el.querySelector('time')!.dataset.moved = ''; // not an attribute it watches: only the move can refresh it
      const render = (el as unknown as { render: () => unknown }).render.bind(el);
      let renders = 0;
      (el as unknown as { render: () => unknown }).render = () => (renders++, render());
      parent.append(el);
      await el.updateComplete;
      expect(renders).to.equal(1);
      expect(shown(el, 'published')).to.equal('3 hours ago');
    });

    it('shows the update date after the publication date', async () => {
      const updated = new Date(Date.now() - 2 * HOUR).toISOString();
      const el = await header(
        'lang="en-GB"',
        `<time slot="published" datetime="2020-11-09T18:30:00Z">9 Nov</time><time slot="updated" datetime="${updated}">later</time>`,
      );
      expect(shown(el, 'updated')).to.equal('Updated 2 hours ago');
      expect(part(el, 'updated')!.getBoundingClientRect().left).to.be.at.least(part(el, 'published')!.getBoundingClientRect().right - 0.5);
      el.querySelector('[slot="updated"]')!.setAttribute('datetime', '2020-11-10T09:00:00Z');
      el.lang = 'fr';
      await waitUntil(() => shown(el, 'updated') === 'Mis à jour le 10 novembre 2020');
    });

    it('never starts a wrapped dateline with a separator', async () => {
      const el = await header(
        'lang="en-GB" style="inline-size: 13rem; display: block"',
        '<time slot="published" datetime="2020-11-09T18:30:00Z">9 Nov</time><time slot="updated" datetime="2020-11-10T09:00:00Z">10 Nov</time>',
      );
      const line = part(el, 'dateline')!;
      const start = line.getBoundingClientRect().left;
      const items = [...line.children] as HTMLElement[];
      const wrapped = items.filter((item) => item.offsetTop > items[0].offsetTop);
      expect(wrapped.length, 'the dateline wraps in this width').to.be.above(0);
      // An item that begins a line begins with its own text, flush with the line's start, not with "·".
      for (const item of wrapped) {
        const range = document.createRange();
        range.selectNodeContents(item);
        expect(range.getClientRects()[0].left).to.be.closeTo(start, 0.5);
      }
    });

    for (const [width, narrow] of [['20rem', true], ['50rem', false]] as const) {
      it(`in a ${narrow ? 'narrow' : 'wide'} column (${width}) puts the update ${narrow ? 'on a line of its own, below the date and the reading time' : 'on the same line'}, with no "·" at a line's end`, async () => {
        const article = await fixture(html`<article lang="en-GB" style="inline-size: ${width}">
          <article-header><h1>Title</h1>
            <time slot="published" datetime="2020-11-09T18:30:00Z">9 Nov</time><time slot="updated" datetime="2020-11-10T09:00:00Z">10 Nov</time>
          </article-header>
          <article-body><p>${words(690)}</p></article-body>
        </article>`);
        const el = article.querySelector('article-header')!;
        await waitUntil(() => part(el, 'reading-time'), 'the reading time');
        const top = (name: string) => part(el, name)!.getBoundingClientRect().top;
        const separator = (name: string) => getComputedStyle(part(el, name)!, '::after').content;
        expect(top('reading-time'), 'the reading time beside the date').to.equal(top('published'));
        if (narrow) {
          expect(top('updated'), 'the update below').to.be.above(top('published'));
          expect([separator('published'), separator('updated'), separator('reading-time')]).to.deep.equal(['"·"', 'none', 'none']);
        } else {
          expect(top('updated')).to.equal(top('published'));
          expect([separator('published'), separator('updated'), separator('reading-time')]).to.deep.equal(['"·"', '"·"', 'none']);
        }
      });
    }

    it('formats relative and absolute dates around the one-day boundary', () => {
      const now = Date.parse('2026-11-10T12:00:00Z');
      expect(formatDate(new Date(now - 20_000), now, 'en').text).to.equal('now');
      expect(formatDate(new Date(now - 5 * 60_000), now, 'en').text).to.equal('5 minutes ago');
      expect(formatDate(new Date(now - 23 * HOUR), now, 'en').text).to.equal('23 hours ago');
      expect(formatDate(new Date(now - 25 * HOUR), now, 'en-GB')).to.include({ text: '9 November 2026', relative: false });
      expect(formatDate(new Date(now + 2 * HOUR), now, 'en').text).to.equal('in 2 hours');
    });
  });

  describe('reading time', () => {
    it('shows the reading time of the article body in the same <article>', async () => {
      const article = await fixture(html`<article>
        <article-header><h1>Title</h1></article-header>
        <article-body><p>${words(690)}</p></article-body>
      </article>`);
      const el = article.querySelector('article-header')!;
      await waitUntil(() => part(el, 'reading-time')?.textContent === '3 min read');
      expect(el.readingTime).to.equal(3);
    });

    it('follows for="ID" to a body elsewhere, and updates when its text changes', async () => {
      const page = await fixture(html`<div>
        <article-header for="story-body" lang="fr"><h1>Titre</h1></article-header>
        <article-body id="story-body"><p>${words(230)}</p></article-body>
      </div>`);
      const el = page.querySelector('article-header')!;
      await waitUntil(() => part(el, 'reading-time')?.textContent === '1 min de lecture');
      page.querySelector('p')!.append(` ${words(920)}`);
      await waitUntil(() => part(el, 'reading-time')?.textContent === '5 min de lecture');
    });

    it('finds a body by its readingTime property, whatever its tag, even when it upgrades later', async () => {
      const article = await fixture(html`<article>
        <article-header><h1>Title</h1></article-header>
        <late-body><p>${words(460)}</p></late-body>
      </article>`);
      const el = article.querySelector('article-header')!;
      expect(part(el, 'reading-time') === null).to.equal(true);
      class LateBody extends ArticleBody {}
      LateBody.define('late-body');
      await waitUntil(() => part(el, 'reading-time')?.textContent === '2 min read');
    });

    it('re-renders for its own body only, not for another article on the page', async () => {
      const page = await fixture(html`<div>
        <article><article-header><h1>One</h1></article-header><article-body><p>${words(230)}</p></article-body></article>
        <article><article-header><h1>Two</h1></article-header><article-body><p>${words(230)}</p></article-body></article>
      </div>`);
      const [first, second] = page.querySelectorAll('article-header');
      await waitUntil(() => part(first!, 'reading-time') && part(second!, 'reading-time'));
      let renders = 0;
      first!.addController({ hostUpdated: () => renders++ });
      page.querySelectorAll('p')[1]!.append(` ${words(920)}`);
      await waitUntil(() => part(second!, 'reading-time')?.textContent === '5 min read');
      expect(part(first!, 'reading-time')!.textContent).to.equal('1 min read');
      expect(renders).to.equal(0);
    });

    it('drops the reading time when its body is removed or emptied, and shows it again when a body comes back (as an app or a CMS preview changes the page)', async () => {
      const article = await fixture(html`<article>
        <article-header><h1>Title</h1></article-header>
        <article-body><p>${words(690)}</p></article-body>
      </article>`);
      const el = article.querySelector('article-header')!;
      const body = article.querySelector('article-body')!;
      const reading = () => part(el, 'reading-time')?.textContent ?? null;
      await waitUntil(() => reading() === '3 min read', 'the reading time');
      body.remove();
      await waitUntil(() => reading() === null, 'no reading time once the body is removed');
      expect(el.readingTime).to.equal(0);
      article.append(body);
      await waitUntil(() => reading() === '3 min read', 'the reading time again with the body back');
      body.replaceChildren();
      await waitUntil(() => reading() === null, 'no reading time for an emptied body');
      body.append(words(460));
      await waitUntil(() => reading() === '2 min read', 'the reading time of its new text');
      // Removed with the element around it, and another body in its place:
      const wrap = document.createElement('div');
      body.replaceWith(wrap);
      wrap.append(body);
      await waitUntil(() => reading() === '2 min read', 'still the body, now inside a wrapper');
      wrap.remove();
      await waitUntil(() => reading() === null, 'no reading time once the wrapper is removed');
      const other = Object.assign(document.createElement('article-body'), { innerHTML: `<p>${words(920)}</p>` });
      article.append(other);
      await waitUntil(() => reading() === '4 min read', 'the reading time of the new body');
    });

    it('drops the reading time when the body named by for="ID" is removed, and takes the next body given that id', async () => {
      const page = await fixture(html`<div>
        <article-header for="story-body"><h1>Title</h1></article-header>
        <article-body id="story-body"><p>${words(230)}</p></article-body>
      </div>`);
      const el = page.querySelector('article-header')!;
      const reading = () => part(el, 'reading-time')?.textContent ?? null;
      await waitUntil(() => reading() === '1 min read', 'the reading time');
      page.querySelector('article-body')!.remove();
      await waitUntil(() => reading() === null, 'no reading time once the body is removed');
      page.insertAdjacentHTML('beforeend', `<article-body id="story-body"><p>${words(1150)}</p></article-body>`);
      await waitUntil(() => reading() === '5 min read', 'the reading time of the new body');
    });

    it('shows no reading time without a body', async () => {
      const el = await header();
      expect(part(el, 'reading-time') === null).to.equal(true);
      expect(el.readingTime).to.equal(0);
    });
  });

  describe('copy link', () => {
    let written: string[];
    let restore: () => void;
    beforeEach(() => {
      written = [];
      restore = stubNavigator('clipboard', { writeText: async (text: string) => void written.push(text) });
    });
    afterEach(() => restore());

    it('copies the page address and announces it to screen readers', async () => {
      const el = await header();
      const button = part(el, 'copy-button')!;
      expect(button.textContent!.trim()).to.equal('Copy link');
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'link-copy');
      expect(event.detail.url).to.equal(location.href);
      expect(written).to.deep.equal([location.href]);
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      await waitUntil(() => status.textContent === 'Link copied');
    });

    it('keeps no timer going once removed, when the clipboard answers after (an app navigated away)', async () => {
      const iso = new Date(Date.now() - 3 * HOUR).toISOString(); // a relative date: refreshed every minute while shown
      const el = await header('', `<time slot="published" datetime="${iso}">today</time>`);
      let answer!: () => void;
      restore();
      restore = stubNavigator('clipboard', { writeText: () => new Promise<void>((resolve) => (answer = resolve)) });
      const copied = el.copyLink();
      el.parentElement!.innerHTML = '';
      const original = window.setTimeout;
      const delays: (number | undefined)[] = [];
      window.setTimeout = ((handler: TimerHandler, ms?: number) => (delays.push(ms), original(handler, ms))) as typeof setTimeout;
      try {
        answer();
        await copied;
        await el.updateComplete;
        await aTimeout(0);
        await el.updateComplete;
      } finally {
        window.setTimeout = original;
      }
      // A minute's refresh on a header out of the page would re-arm itself for ever, and keep it from being freed.
      expect(delays).to.not.include(60_000);
    });

    it('copies the url attribute, else the canonical link', async () => {
      const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://news.example/lanterns' });
      document.head.append(canonical);
      try {
        const el = await header();
        await el.copyLink();
        el.url = 'https://news.example/short';
        await el.copyLink();
        expect(written).to.deep.equal(['https://news.example/lanterns', 'https://news.example/short']);
      } finally {
        canonical.remove();
      }
    });

    it('works from the keyboard, in French', async () => {
      const el = await header('lang="fr"');
      expect(part(el, 'actions')!.getAttribute('aria-label')).to.equal('Partager cet article');
      part(el, 'copy-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'status')!.textContent === 'Lien copié');
      expect(written.length).to.equal(1);
    });

    it('announces a failure calmly', async () => {
      restore();
      restore = stubNavigator('clipboard', { writeText: async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
      const warnings = captureWarnings();
      try {
        const el = await header();
        setTimeout(() => part(el, 'copy-button')!.click());
        const event = await oneEvent(el, 'header-error');
        expect(event.detail.reason).to.equal('copy-failed');
        await waitUntil(() => part(el, 'status')!.textContent === 'Couldn’t copy the link: it is selected below');
        expect(warnings.messages.length).to.equal(1);
        // The fallback: the link in a labelled, focused, selected field, to copy by hand.
        const field = part(el, 'link-field') as HTMLInputElement;
        expect(field.value).to.equal(location.href);
        expect(field.getAttribute('aria-label')).to.equal('Link to this article');
        expect(el.shadowRoot!.activeElement === field).to.equal(true);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, location.href.length]);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('privacy', () => {
    it('makes no third-party request, rendering or sharing', async () => {
      const restoreClipboard = stubNavigator('clipboard', { writeText: async () => {} });
      const restoreShare = stubNavigator('share', async () => {});
      try {
        await recordRequests();
        const el = await header('section-href="https://news.example/culture" url="https://news.example/lanterns"');
        await el.copyLink();
        await el.share();
        expect(thirdParty(await takeRequests())).to.deep.equal([]);
      } finally {
        restoreShare();
        restoreClipboard();
      }
    });
  });

  describe('native share', () => {
    it('offers no share button where the browser has no share sheet', async () => {
      const restore = stubNavigator('share', undefined);
      try {
        const el = await header();
        expect(part(el, 'share-button') === null).to.equal(true);
      } finally {
        restore();
      }
    });

    it('opens the share sheet with the headline and URL, unless a listener cancels', async () => {
      const shared: ShareData[] = [];
      const restore = stubNavigator('share', async (data: ShareData) => void shared.push(data));
      try {
        const el = await header('url="https://news.example/lanterns"');
        const button = part(el, 'share-button')!;
        expect(button.textContent!.trim()).to.equal('Share');
        button.click();
        await waitUntil(() => shared.length === 1);
        expect(shared[0]).to.deep.equal({ url: 'https://news.example/lanterns', title: 'Lantern festival draws record crowds to the river' });
        el.addEventListener('article-share', (event) => event.preventDefault(), { once: true });
        button.click();
        await aTimeout(50);
        expect(shared.length).to.equal(1);
      } finally {
        restore();
      }
    });

    it('treats a dismissed share sheet as no error', async () => {
      let calls = 0;
      const restore = stubNavigator('share', async () => (calls++, Promise.reject(new DOMException('Cancelled', 'AbortError'))));
      let errors = 0;
      try {
        const el = await header();
        el.addEventListener('header-error', () => errors++);
        await el.share();
        await aTimeout(20);
        expect(calls, 'the share sheet opened').to.equal(1);
        expect(errors).to.equal(0);
      } finally {
        restore();
      }
    });
  });

  describe('language, direction and print', () => {
    it('takes strings from i18n-* attributes', async () => {
      const el = await header('i18n-copy-link="Copy URL" i18n-by="Words: {names}"');
      expect(part(el, 'copy-button')!.textContent!.trim()).to.equal('Copy URL');
      expect(shown(el, 'byline')).to.equal('Words: Ada Lovelace');
    });

    it('mirrors in right-to-left text', async () => {
      const article = await fixture(html`<article dir="rtl">
        <article-header><h1>عنوان</h1><time slot="published" datetime="2020-11-09T18:30:00Z">x</time></article-header>
        <article-body><p>${words(300)}</p></article-body>
      </article>`);
      const el = article.querySelector('article-header')!;
      await waitUntil(() => part(el, 'reading-time'));
      const published = part(el, 'published')!.getBoundingClientRect();
      const reading = part(el, 'reading-time')!.getBoundingClientRect();
      expect(reading.right).to.be.at.most(published.left + 0.5);
      const h1 = el.querySelector('h1')!.getBoundingClientRect();
      expect(part(el, 'copy-button')!.getBoundingClientRect().right).to.be.closeTo(h1.right, 1);
    });

    it('hides the share buttons in print', async () => {
      const el = await header();
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(part(el, 'actions')!).display).to.equal('none');
    });

    it('prints a relative date with its date and time: "3 hours ago" is wrong by the time paper is read', async () => {
      const iso = new Date(Date.now() - 3 * HOUR).toISOString();
      const el = await header('', `<time slot="published" datetime="${iso}">today</time><time slot="updated" datetime="2020-11-10T09:00:00Z">10 November 2020</time>`);
      await emulateMedia({ media: 'print' });
      const [relative, absolute] = el.shadowRoot!.querySelectorAll('time');
      expect(relative!.textContent).to.equal('3 hours ago');
      expect(getComputedStyle(relative!, '::after').content).to.equal(`" (${relative!.title})"`);
      expect(relative!.title).to.contain(String(new Date(iso).getFullYear()));
      expect(getComputedStyle(absolute!, '::after').content, 'an absolute date is printed as shown').to.equal('none');
    });
  });

  describe('host pages', () => {
    for (const [how, attrs, css] of PAGE_HIDES) {
      it(`lets the page hide it by ${how}`, async () => {
        await withPageCss(css, async () => {
          const wrapper = await fixture(`<div><article-header ${attrs}><h1>Title</h1></article-header></div>`);
          await (wrapper.firstElementChild as ArticleHeader).updateComplete;
          expect(getComputedStyle(wrapper.firstElementChild!).display).to.equal('none');
          expect(wrapper.getBoundingClientRect().height).to.equal(0);
        });
      });
    }

    it('lines the headline up with the article text column', async () => {
      const article = await fixture(html`<article>
        <article-header><h1>Title</h1></article-header>
        <article-body><p>${words(200)}</p></article-body>
      </article>`);
      const h1 = article.querySelector('h1')!.getBoundingClientRect();
      const p = article.querySelector('p')!.getBoundingClientRect();
      expect(h1.left).to.be.closeTo(p.left, 1);
      expect(h1.width).to.be.closeTo(p.width, 1);
    });

    it('looks the same on a page with aggressive global CSS, buttons included', async () => {
      const restore = stubNavigator('share', async () => {});
      try {
        const wrapper = await fixture(html`<div style="width: 900px">${await header('section-href="/culture"')}</div>`);
        const el = wrapper.firstElementChild!;
        const nodes = [el, ...el.children, ...el.shadowRoot!.querySelectorAll('[part]')];
        expect(nodes.some((node) => node.localName === 'button')).to.equal(true);
        const clean = snapshot(nodes);
        await withPageCss(HOSTILE, () => {
          expect(snapshot(nodes)).to.deep.equal(clean);
          // A host's tokens still theme it.
          (el as HTMLElement).style.setProperty('--article-color-text', 'rgb(1, 2, 3)');
          expect(getComputedStyle(el.querySelector('h1')!).color).to.equal('rgb(1, 2, 3)');
          expect(getComputedStyle(part(el, 'copy-button')!).color).to.equal('rgb(1, 2, 3)');
        });
      } finally {
        restore();
      }
    });

    it('keeps its height when it upgrades (pre-upgrade CSS)', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 1000px; height: 700px; border: 0"></iframe>`);
      const doc = frame.contentDocument!;
      const css = '/dist/cdn/article-elements.css'; // what pages link: typography and pre-upgrade boxes
      doc.open();
      doc.write(`<!doctype html><html lang="en-GB"><head><link rel="stylesheet" href="${css}"></head><body style="margin:0">
        <article-header section="Culture"><h1>Lantern festival draws record crowds to the river</h1>
        <p slot="dek">Organisers counted more visitors on the first night than in all of last year.</p>
        <a slot="byline" href="/a">Ada Lovelace</a>
        <time slot="published" datetime="2020-11-09T18:30:00Z">9 November 2020</time></article-header></body></html>`);
      doc.close();
      await waitUntil(() => doc.styleSheets.length === 1 && doc.querySelector('h1')!.getBoundingClientRect().height > 0);
      const el = doc.querySelector('article-header')!;
      const before = el.getBoundingClientRect().height;
      const h1Before = doc.querySelector('h1')!.getBoundingClientRect().top;
      const script = doc.createElement('script');
      script.type = 'module';
      script.textContent = `import '${new URL('../src/article-header/article-header-define.ts', import.meta.url).href}';`;
      doc.body.append(script);
      await waitUntil(() => el.shadowRoot, 'the header upgrades', { timeout: 5000 });
      await (el as ArticleHeader).updateComplete;
      expect(el.getBoundingClientRect().height).to.be.closeTo(before, 2);
      expect(doc.querySelector('h1')!.getBoundingClientRect().top).to.be.closeTo(h1Before, 1);
    });
  });

  describe('bad input', () => {
    it('shows the author’s text for a date that is not a date, with one warning and an event', async () => {
      const warnings = captureWarnings();
      try {
        const el = await header('', '<time slot="published" datetime="last Tuesday">Last Tuesday</time>');
        expect(shown(el, 'published')).to.equal('Last Tuesday');
        expect(el.shadowRoot!.textContent).to.not.contain('Invalid');
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages.length).to.equal(1);
      } finally {
        warnings.restore();
      }
      expect(parseDate('not a date')).to.equal(undefined);
      expect(parseDate('')).to.equal(undefined);
    });

    it('fires header-error for an invalid date', async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('article-header');
        el.innerHTML = '<h1>T</h1><time slot="published" datetime="soon">soon</time>';
        setTimeout(() => document.body.append(el));
        const event = await oneEvent(el, 'header-error');
        expect(event.detail).to.deep.equal({ reason: 'invalid-date', value: 'soon' });
        el.remove();
      } finally {
        warnings.restore();
      }
    });

    it('renders no link for an unsafe section-href', async () => {
      const el = await header('section-href="javascript:alert(1)"');
      expect(part(el, 'section-link') === null).to.equal(true);
      expect(part(el, 'section')!.textContent).to.equal('Culture');
    });

    it('falls back to the selected link field where there is no clipboard at all', async () => {
      const restore = stubNavigator('clipboard', undefined);
      const warnings = captureWarnings();
      try {
        const el = await header();
        expect(await el.copyLink()).to.equal(false);
        await el.updateComplete;
        expect((part(el, 'link-field') as HTMLInputElement).value).to.equal(location.href);
      } finally {
        warnings.restore();
        restore();
      }
    });

    it('renders no link for relative-looking javascript: or data: section URLs', async () => {
      for (const href of [' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'java\tscript:x']) {
        const el = await header(`section-href="${href}"`);
        expect(part(el, 'section-link') === null, href).to.equal(true);
      }
      const el = await header('section-href="https://news.example/culture"');
      expect(part(el, 'section-link')!.getAttribute('href')).to.equal('https://news.example/culture');
    });

    it('renders calmly with no content at all', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header></article-header>`);
      expect(part(el, 'copy-button') !== null).to.equal(true);
      expect(el.shadowRoot!.textContent).to.not.contain('undefined');
    });
  });
});
