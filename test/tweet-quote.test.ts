import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { linkify, parsePostDate, parsePostUrl } from '../src/tweet-quote/parse-post.js';
import { TweetQuote } from '../src/tweet-quote/tweet-quote-define.js';
import { blueskyIsoPost, blueskyPost } from './fixtures/tweet-quote-bluesky.js';
import { hostileAttributes, hostileForm, hostileInline } from './fixtures/tweet-quote-hostile.js';
import { mastodonCopy, mastodonPost, mastodonWithText } from './fixtures/tweet-quote-mastodon.js';
import { xComPost, xPost, xRtlPost } from './fixtures/tweet-quote-x.js';
import { captureWarnings, charLeft, forcedColors, frames, recordRequests, takeRequests, thirdParty } from './helpers.js';

declare global {
  interface Window {
    tqPwned?: number;
    tqHits?: number;
  }
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const card = (el: Element) => part(el, 'card')!;
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')];
const linkTo = (el: Element, text: string) => links(el).find((a) => a.textContent!.trim() === text)?.getAttribute('href') ?? null;
const utcDate = (lang: string, y: number, m: number, d: number) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m, d));

/** A `<tweet-quote>` around `markup` (a fixture string), with `attrs` on it, optionally inside a wrapper. */
async function post(markup: string, attrs = '', wrapper = '') {
  const source = `<tweet-quote ${attrs}>${markup}</tweet-quote>`;
  const root = await fixture<HTMLElement>(html`${unsafeHTML(wrapper ? `<div ${wrapper}>${source}</div>` : source)}`);
  const el = (root instanceof TweetQuote ? root : root.querySelector('*')) as TweetQuote;
  await el.updateComplete;
  return el;
}

function expectCalm(el: Element) {
  const text = shown(el);
  expect(text).not.to.contain('undefined');
  expect(text).not.to.contain('Invalid Date');
  expect(text).not.to.contain('null');
  expect(text).not.to.contain('NaN');
}

describe('<tweet-quote>', () => {
  describe('accessibility', () => {
    const states: [string, string, string][] = [
      ['an X post', xPost, ''],
      ['an x.com post with line breaks', xComPost, ''],
      ['a Bluesky post', blueskyPost, ''],
      ['a Mastodon post', mastodonWithText, ''],
      ['a right-to-left post', xRtlPost, ''],
      ['a post with avatar, badge and media', `${xPost}<img src="/public/samples/post-lanterns.svg" alt="Lantern boats" width="1200" height="900">`, 'avatar="/public/samples/avatar-ada.svg" verified'],
      ['a post with missing fields', '<p>Only the text is known.</p>', ''],
      ['an unavailable post', xPost, 'unavailable'],
      ['an unavailable post without text', '', 'unavailable handle="ada_l"'],
      ['a post in new tabs', xPost, 'target="_blank"'],
    ];
    for (const [name, markup, attrs] of states) {
      it(`is accessible as ${name}, light and dark`, async () => {
        const light = await post(markup, attrs);
        await expect(light).to.be.accessible();
        const dark = await post(markup, attrs, 'theme="dark"');
        await expect(dark).to.be.accessible();
      });
    }

    it('is an article named "Post by <name> (@handle)"', async () => {
      const el = await post(xPost);
      expect(card(el).localName).to.equal('article');
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada Lovelace (@ada_l)');
    });

    it('names the verified badge and hides the decorative avatar', async () => {
      const el = await post(xPost, 'verified avatar="/public/samples/avatar-ada.svg"');
      expect(part(el, 'verified')!.getAttribute('role')).to.equal('img');
      expect(part(el, 'verified')!.getAttribute('aria-label')).to.equal('Verified account');
      expect(part(el, 'avatar')!.getAttribute('alt')).to.equal('');
    });
  });

  describe('reading X/Twitter embed code', () => {
    it('reads the name, handle, post URL, date, text and its language', async () => {
      const el = await post(xPost);
      expect(part(el, 'author')!.textContent).to.equal('Ada Lovelace');
      expect(part(el, 'handle')!.textContent).to.equal('@ada_l');
      expect(part(el, 'handle')!.getAttribute('href')).to.equal('https://x.com/ada_l');
      expect(part(el, 'link')!.textContent).to.equal('View on X');
      expect(part(el, 'link')!.getAttribute('href')).to.equal('https://twitter.com/ada_l/status/1593019283746512345');
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2016-11-09');
      expect(time.textContent).to.equal(utcDate('en', 2016, 10, 9));
      const text = part(el, 'text')!;
      expect(text.getAttribute('lang')).to.equal('en');
      expect(text.getAttribute('dir')).to.equal('ltr');
      expect(text.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Opening night at the river festival, lanterns everywhere. Thanks @harbour_arts for the boats! #LanternNight pic.twitter.com/abc123',
      );
    });

    it('links mentions, hashtags and URLs to X, keeping the embed code’s own links', async () => {
      const el = await post(xPost);
      expect(linkTo(el, '@harbour_arts')).to.equal('https://x.com/harbour_arts');
      expect(linkTo(el, '#LanternNight')).to.equal('https://twitter.com/hashtag/LanternNight?src=hash');
      expect(linkTo(el, 'pic.twitter.com/abc123')).to.equal('https://t.co/abc123');
    });

    it('reads x.com URLs, line breaks, bare URLs and hashtags in plain text', async () => {
      const el = await post(xComPost);
      expect(part(el, 'link')!.textContent).to.equal('View on X');
      expect(part(el, 'text')!.querySelectorAll('br').length).to.equal(4);
      expect(linkTo(el, 'https://harbour.example/tides')).to.equal('https://harbour.example/tides');
      expect(linkTo(el, '#tides')).to.equal('https://x.com/hashtag/tides');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-06-14');
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Harbour Office (@harbour_office)');
    });

    it('keeps right-to-left text’s lang and dir', async () => {
      const el = await post(xRtlPost);
      expect(part(el, 'text')!.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'text')!.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(part(el, 'text')!).direction).to.equal('rtl');
      expect(linkTo(el, '#فوانيس')).to.contain('https://twitter.com/hashtag/');
    });

    it('draws @handles and URLs whole inside right-to-left text and pages', async () => {
      const rtlMention = `<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">شكرا @harbour_arts على القوارب https://harbour.example/ #فوانيس</p>&mdash; Layla Haddad (@layla_h) <a href="https://twitter.com/layla_h/status/1593019283746599999">November 10, 2016</a></blockquote>`;
      const el = await post(rtlMention, '', 'dir="rtl" lang="ar"');
      // Where a character of a link's text is drawn, from the left.
      const x = (text: string, i: number) => charLeft(links(el).find((a) => a.textContent === text)!, i);
      // "@" and the name read left to right in any text: not "harbour_arts@", nor "/https://harbour.example".
      expect(x('@harbour_arts', 0)).to.be.below(x('@harbour_arts', 1));
      expect(x('@layla_h', 0)).to.be.below(x('@layla_h', 1)); // the header's handle, on a right-to-left page
      expect(x('https://harbour.example/', 0)).to.be.below(x('https://harbour.example/', 23));
      // An Arabic hashtag reads right to left, "#" first.
      expect(x('#فوانيس', 0)).to.be.above(x('#فوانيس', 1));
      await expect(el).to.be.accessible();
    });
  });

  describe('reading Bluesky embed code', () => {
    it('reads the name, handle, date with time, line breaks and post URL', async () => {
      const el = await post(blueskyPost);
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada Lovelace (@ada.bsky.social)');
      expect(part(el, 'handle')!.getAttribute('href')).to.equal('https://bsky.app/profile/ada.bsky.social');
      expect(part(el, 'link')!.textContent).to.equal('View on Bluesky');
      expect(part(el, 'link')!.getAttribute('href')).to.equal('https://bsky.app/profile/did:plc:q6gjnaw2blty4crticxkmujt/post/3kq2lantern');
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-11-09T22:15');
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 10, 9, 22, 15));
      expect(time.textContent).to.equal(expected);
      expect(part(el, 'text')!.querySelectorAll('br').length).to.be.greaterThan(1);
    });

    it('links mentions and hashtags to Bluesky', async () => {
      const el = await post(blueskyPost);
      expect(linkTo(el, '@grace.bsky.social')).to.equal('https://bsky.app/profile/grace.bsky.social');
      expect(linkTo(el, '#rivers')).to.equal('https://bsky.app/hashtag/rivers');
    });

    it('reads a byline inside one profile link, and an ISO date', async () => {
      const el = await post(blueskyIsoPost);
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada Lovelace (@ada.bsky.social)');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-10T08:05:00.000Z');
    });
  });

  describe('reading Mastodon embed code', () => {
    it('takes the handle and instance from the post URL, and the text from paragraphs beside it', async () => {
      const el = await post(mastodonWithText);
      expect(card(el).getAttribute('aria-label')).to.equal('Post by @ada@social.example');
      expect(part(el, 'handle')!.getAttribute('href')).to.equal('https://social.example/@ada');
      expect(part(el, 'link')!.textContent).to.equal('View on Mastodon');
      expect(part(el, 'link')!.getAttribute('href')).to.equal('https://social.example/@ada/113000000000000001');
      expect(shown(el)).not.to.contain('Post by @ada'); // the embed link's own wording is not repeated
    });

    it('links mentions to their instance and hashtags to the post’s instance', async () => {
      const el = await post(mastodonWithText);
      expect(linkTo(el, '@grace@other.example')).to.equal('https://other.example/@grace');
      expect(linkTo(el, '@bob')).to.equal('https://social.example/@bob');
      expect(linkTo(el, '#lanterns')).to.equal('https://social.example/tags/lanterns');
    });

    it('reads a copied post with Mastodon’s link markup', async () => {
      const el = await post(mastodonCopy);
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada (@ada@social.example)');
      expect(linkTo(el, 'https://notes.example/festival/2024')).to.equal('https://notes.example/festival/2024');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-12');
    });

    it('wraps a long handle in a narrow card before its server, not inside a word', async () => {
      const el = await post(mastodonPost, 'author="Harbour Festival" handle="@harbourofficial@festival.example"', 'style="width: 250px"');
      const handle = part(el, 'handle')!;
      /** The line tops of the handle's characters from `start` to `end`. */
      const tops = (start: number, end: number) => {
        const range = document.createRange();
        const walker = document.createTreeWalker(handle, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const length = node.data.length;
          if (offset <= start && start <= offset + length) range.setStart(node, start - offset);
          if (offset <= end && end <= offset + length) range.setEnd(node, end - offset);
          offset += length;
        }
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      };
      const text = handle.textContent!;
      const server = text.indexOf('@', 1);
      expect(text).to.equal('@harbourofficial@festival.example');
      const [user, rest] = [tops(0, server), tops(server, text.length)];
      expect(user.size, 'the user name on one line').to.equal(1);
      expect(rest.size, 'the server on one line').to.equal(1);
      expect([...rest][0]).to.be.greaterThan([...user][0]);
      expect(handle.getBoundingClientRect().right).to.be.at.most(card(el).getBoundingClientRect().right);
    });

    // 20px text in a phone's card: the handle no longer fits beside the avatar and breaks.
    it('starts a handle too long for its line right under the name, with no empty line above it', async () => {
      const el = await post(mastodonPost, 'author="Harbour" handle="@harbourofficial_festival"', 'style="width: 200px; font-size: 20px"');
      const handle = part(el, 'handle')!;
      const range = document.createRange();
      range.selectNodeContents(handle);
      const first = [...range.getClientRects()].find((r) => r.width > 0)!;
      expect(handle.getBoundingClientRect().height, 'it wraps').to.be.above(first.height * 1.5);
      expect(Math.round(first.top - handle.getBoundingClientRect().top), 'its first line’s text at its top').to.be.at.most(4);
    });

    it('renders a bare Mastodon embed with no text', async () => {
      const el = await post(mastodonPost);
      expect(part(el, 'text') === null).to.equal(true);
      expect(part(el, 'link')!.textContent).to.equal('View on Mastodon');
      expectCalm(el);
    });
  });

  describe('attributes', () => {
    it('builds the post from attributes and light-DOM paragraphs', async () => {
      const el = await post(
        '<p>First paragraph with #lanterns</p><p>Second, mentioning @grace</p>',
        'author="Ada Lovelace" handle="ada_l" href="https://x.com/ada_l/status/1800000000000000009" date="2024-06-01" verified',
      );
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada Lovelace (@ada_l)');
      expect(part(el, 'text')!.querySelectorAll('p').length).to.equal(2);
      expect(linkTo(el, '#lanterns')).to.equal('https://x.com/hashtag/lanterns');
      expect(linkTo(el, '@grace')).to.equal('https://x.com/grace');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-06-01');
      expect(part(el, 'verified')).to.exist;
    });

    it('wins over what is parsed', async () => {
      const el = await post(
        xPost,
        'author="A. Lovelace" handle="@countess" href="https://bsky.app/profile/ada.bsky.social/post/3kq9" date="2016-11-10"',
      );
      expect(card(el).getAttribute('aria-label')).to.equal('Post by A. Lovelace (@countess)');
      expect(part(el, 'handle')!.getAttribute('href')).to.equal('https://bsky.app/profile/countess');
      expect(part(el, 'link')!.textContent).to.equal('View on Bluesky');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2016-11-10');
    });

    it('updates when an attribute or the light DOM changes', async () => {
      const el = await post(xPost);
      el.setAttribute('author', 'Countess');
      await el.updateComplete;
      expect(part(el, 'author')!.textContent).to.equal('Countess');
      el.querySelector('p')!.textContent = 'Edited text';
      await waitUntil(() => part(el, 'text')!.textContent!.trim() === 'Edited text');
    });

    it('re-renders when its own lang or i18n- attribute changes', async () => {
      const el = await post(xPost);
      el.setAttribute('lang', 'fr');
      await waitUntil(() => part(el, 'link')!.textContent === 'Voir sur X');
      el.setAttribute('i18n-view-on', 'Open on {network}');
      await waitUntil(() => part(el, 'link')!.textContent === 'Open on X');
    });

    it('reads light DOM changed while it was out of the document, or just before it moved', async () => {
      const el = await post(xPost);
      const parent = el.parentElement!;
      el.remove();
      el.querySelector('p')!.textContent = 'Edited away';
      parent.append(el);
      await waitUntil(() => part(el, 'text')!.textContent!.trim() === 'Edited away', 'edited while away');
      // Edited, then moved (out and back in, as a framework moves it) in the same task.
      el.querySelector('p')!.textContent = 'Edited before a move';
      parent.prepend(el);
      await waitUntil(() => part(el, 'text')!.textContent!.trim() === 'Edited before a move', 'edited before a move');
    });

    it('renders once per change of a property or its attribute', async () => {
      const el = await post(xPost);
      let renders = 0;
      const spied = el as unknown as { render(): unknown };
      const render = spied.render;
      spied.render = function (this: TweetQuote) {
        renders++;
        return render.call(this);
      };
      el.setAttribute('author', 'Countess');
      el.unavailable = true;
      await el.updateComplete;
      await aTimeout(20);
      expect(renders).to.equal(1);
      expect(part(el, 'tombstone') !== null).to.equal(true);
    });
  });

  describe('card', () => {
    it('draws the verified badge in a system colour in high-contrast mode', async () => {
      const el = await post(xPost, 'verified', 'theme="dark"');
      const badge = part(el, 'verified')!;
      await forcedColors(true);
      try {
        expect(getComputedStyle(badge).fill).to.equal(getComputedStyle(badge).color);
      } finally {
        await forcedColors(false);
      }
    });

    it('rings the handle and, in a narrow card, the footer link round their words, not the whole row', async () => {
      const words = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect().width;
      };
      const wide = await post(xPost);
      expect(part(wide, 'handle')!.getBoundingClientRect().width).to.be.closeTo(words(part(wide, 'handle')!), 1);
      const narrow = await post(xPost, '', 'style="width: 300px"');
      expect(part(narrow, 'link')!.getBoundingClientRect().width).to.be.closeTo(words(part(narrow, 'link')!), 1);
    });

    it('shows a monogram of the initials, with no request, when there is no avatar', async () => {
      await recordRequests();
      const el = await post(xPost);
      await aTimeout(100);
      expect(part(el, 'avatar')!.localName).to.equal('span');
      expect(part(el, 'avatar')!.textContent).to.equal('AL');
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      // Nothing leaves the page (late image loads of earlier tests may still land on the test server).
      expect(thirdParty(await takeRequests())).to.deep.equal([]);
    });

    it('loads the avatar lazily, and falls back to the monogram when it fails', async () => {
      const el = await post(xPost, 'avatar="/public/samples/avatar-ada.svg"');
      const img = part(el, 'avatar') as HTMLImageElement;
      expect(img.localName).to.equal('img');
      expect(img.loading).to.equal('lazy');
      el.avatar = '/public/samples/avatar-missing.svg';
      await waitUntil(() => part(el, 'avatar')!.localName === 'span');
      expect(part(el, 'avatar')!.textContent).to.equal('AL');
    });

    it('shows light-DOM images as media, with their alt text and reserved sizes', async () => {
      const el = await post(
        `${xPost}<img src="/public/samples/post-lanterns.svg?slow" alt="Lantern boats" width="1200" height="900"><img src="/public/samples/post-bridge.svg?slow" alt="The old bridge">`,
        '',
        'style="width: 500px"',
      );
      const slot = part(el, 'media')!.querySelector('slot')!;
      const media = slot.assignedElements() as HTMLImageElement[];
      expect(media.map((img) => img.alt)).to.deep.equal(['Lantern boats', 'The old bridge']);
      for (const img of media) expect(img.getBoundingClientRect().height).to.be.greaterThan(50);
      // the embed code's own markup stays out of the card
      expect(el.querySelector('blockquote')!.assignedSlot === null).to.equal(true);
    });

    it('formats the date with Intl in the element’s language', async () => {
      const el = await post(xPost, '', 'lang="fr"');
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(utcDate('fr', 2016, 10, 9));
      expect(part(el, 'link')!.textContent).to.equal('Voir sur X');
      expect(card(el).getAttribute('aria-label')).to.equal('Publication de Ada Lovelace (@ada_l)');
    });

    it('follows an i18n- attribute for its strings', async () => {
      const el = await post(xPost, 'i18n-view-on="Open on {network}"');
      expect(part(el, 'link')!.textContent).to.equal('Open on X');
    });

    it('gives every link rel="noopener noreferrer" and no target unless set', async () => {
      const el = await post(xPost);
      expect(links(el).length).to.be.greaterThan(3);
      for (const a of links(el)) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.hasAttribute('target')).to.equal(false);
      }
      el.target = '_blank';
      await el.updateComplete;
      for (const a of links(el)) expect(a.target).to.equal('_blank');
    });

    it('exposes parts for the card, header, text, media and footer', async () => {
      const el = await post(`${xPost}<img src="/public/samples/post-bridge.svg" alt="Bridge" width="1200" height="900">`);
      for (const name of ['card', 'header', 'avatar', 'author', 'handle', 'text', 'media', 'footer', 'date', 'link']) {
        expect(part(el, name), name).to.exist;
      }
    });

    it('adapts its width from 250px to 550px', async () => {
      for (const [outer, width] of [
        [1000, 550],
        [400, 400],
        [250, 250],
      ]) {
        const el = await post(xPost, '', `style="width: ${outer}px"`);
        expect(Math.round(el.getBoundingClientRect().width)).to.equal(width);
      }
    });

    it('stacks the date and the link in a card narrower than 22rem, and sets them side by side in a wider one', async () => {
      for (const [outer, stacked] of [
        [300, true],
        [400, false],
      ] as const) {
        const el = await post(blueskyPost, '', `style="width: ${outer}px"`);
        const date = part(el, 'date')!.getBoundingClientRect();
        const link = part(el, 'link')!.getBoundingClientRect();
        expect(link.top > date.top, `${outer}px`).to.equal(stacked);
        if (!stacked) expect(link.left).to.be.above(date.right);
      }
    });

    it('switches to the dark theme with theme="dark" on an ancestor', async () => {
      const light = await post(xPost);
      const dark = await post(xPost, '', 'theme="dark"');
      expect(getComputedStyle(card(dark)).backgroundColor).not.to.equal(getComputedStyle(card(light)).backgroundColor);
      expect(getComputedStyle(card(dark)).backgroundColor).to.equal('rgb(31, 30, 29)');
    });

    it('leaves the embed code in light DOM, as readers without JavaScript see it', async () => {
      const el = await post(xPost);
      const quote = el.querySelector('blockquote.twitter-tweet')!;
      expect(quote.querySelector('p')!.textContent).to.contain('Opening night at the river festival');
      expect(quote.querySelectorAll('a').length).to.equal(3);
    });

    it('requests nothing beyond the avatar and media it names, and adds no script or iframe', async () => {
      await aTimeout(300); // let earlier tests' images settle
      await recordRequests();
      const el = await post(
        `${blueskyPost}<img src="/public/samples/post-lanterns.svg?named" alt="Lanterns" width="1200" height="900">`,
        'avatar="/public/samples/avatar-ada.svg?named"',
      );
      // Both images requested (a loaded machine may take a while), then a moment for anything else.
      const requests: string[] = [];
      const take = async () => requests.push(...(await takeRequests()));
      await waitUntil(async () => (await take()) >= 2, 'the avatar and the media image are requested', { timeout: 5000 });
      await aTimeout(300);
      await take();
      expect(thirdParty(requests)).to.deep.equal([]);
      expect(requests.map((url) => new URL(url).pathname + new URL(url).search).sort()).to.deep.equal([
        '/public/samples/avatar-ada.svg?named',
        '/public/samples/post-lanterns.svg?named',
      ]);
      expect(el.shadowRoot!.querySelector('script, iframe, link, style:not([data-lit])') === null).to.equal(true);
      expect(document.querySelector('script[src*="bsky"], script[src*="twitter"], iframe') === null).to.equal(true);
    });
  });

  describe('before upgrade', () => {
    /** The height of `markup` in a page where the element is not defined, with only the preload CSS. */
    async function heightBeforeUpgrade(markup: string, width: number, rootFontSize = ''): Promise<number> {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 800px; height: 800px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="en" style="font-size: ${rootFontSize}"><head><link rel="stylesheet" href="/src/tweet-quote/tweet-quote.preload.css"></head>
        <body style="margin: 0"><div style="width: ${width}px">${markup}</div></body></html>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        expect(frame.contentWindow!.customElements.get('tweet-quote')).to.equal(undefined);
        return frame.contentDocument!.querySelector('tweet-quote')!.getBoundingClientRect().height;
      } finally {
        frame.remove();
      }
    }

    // The byline becomes the header and the footer; it keeps to one line before upgrade, and a
    // narrow card stacks its footer, so the heights agree whatever wraps.
    const twoImages = `<img src="/public/samples/post-lanterns.svg" alt="Lanterns" width="1200" height="675"><img src="/public/samples/post-bridge.svg" alt="Bridge" width="1200" height="900">`;
    const cases: [string, string, number, number][] = [
      ['an X post', `<tweet-quote>${xPost}</tweet-quote>`, 550, 1],
      ['an X post with line breaks', `<tweet-quote>${xComPost}</tweet-quote>`, 550, 1],
      ['a Bluesky post', `<tweet-quote>${blueskyPost}</tweet-quote>`, 550, 1],
      ['an X post with two images', `<tweet-quote>${xPost}${twoImages}</tweet-quote>`, 550, 1],
      ['an X post with one image', `<tweet-quote>${xPost}<img src="/public/samples/post-lanterns.svg" alt="Lanterns" width="1200" height="675"></tweet-quote>`, 550, 1],
      ['a narrow X post whose byline would wrap', `<tweet-quote>${xPost}</tweet-quote>`, 320, 1],
      ['a narrow Bluesky post, its date and link stacked', `<tweet-quote>${blueskyPost}</tweet-quote>`, 300, 1],
      ['Mastodon embed code beside its text', `<tweet-quote>${mastodonWithText}</tweet-quote>`, 550, 1],
      ['an unavailable post', `<tweet-quote unavailable>${xPost}</tweet-quote>`, 550, 1],
      ['a narrow unavailable post in French, its notice on two lines', `<tweet-quote lang="fr" unavailable>${xPost}</tweet-quote>`, 320, 1],
      ['a narrow unavailable post in English, its notice on one', `<tweet-quote unavailable>${xPost}</tweet-quote>`, 320, 1],
      ['a post written as attributes', `<tweet-quote author="Ada Lovelace" handle="ada_l" href="https://twitter.com/ada_l/status/1593019283746512345" date="2016-11-09"><p>One.</p><p>Two.</p></tweet-quote>`, 550, 1],
      ['a narrow post written as attributes', `<tweet-quote author="Ada Lovelace" handle="ada_l" href="https://twitter.com/ada_l/status/1593019283746512345" date="2016-11-09"><p>One.</p></tweet-quote>`, 300, 1],
    ];
    for (const [name, markup, width, tolerance] of cases) {
      it(`reserves the card's height for ${name} (${width}px)`, async () => {
        const before = await heightBeforeUpgrade(markup, width);
        const root = await fixture<HTMLElement>(html`<div style="width: ${width}px">${unsafeHTML(markup)}</div>`);
        const el = root.firstElementChild as TweetQuote;
        await el.updateComplete;
        const after = el.getBoundingClientRect().height;
        expect(Math.abs(after - before)).to.be.lessThan(tolerance);
      });
    }

    it('grows its avatar with the reader’s text size: the initials stay in their circle, and the height is still reserved', async () => {
      const markup = `<tweet-quote>${xPost}</tweet-quote>`;
      const before = await heightBeforeUpgrade(markup, 550, '200%');
      document.documentElement.style.fontSize = '200%';
      try {
        const root = await fixture<HTMLElement>(html`<div style="width: 550px">${unsafeHTML(markup)}</div>`);
        const el = root.firstElementChild as TweetQuote;
        await el.updateComplete;
        const avatar = part(el, 'avatar')!;
        const initials = document.createRange();
        initials.selectNodeContents(avatar);
        expect(initials.getClientRects().length, 'one line').to.equal(1);
        const [circle, text] = [avatar.getBoundingClientRect(), initials.getBoundingClientRect()];
        expect(text.left >= circle.left && text.right <= circle.right && text.top >= circle.top && text.bottom <= circle.bottom, 'inside the circle').to.equal(true);
        expect(Math.abs(el.getBoundingClientRect().height - before)).to.be.lessThan(1);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the card on one page, with the address of the post after "View on X"', async () => {
      const el = await post(xPost);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
      const link = part(el, 'link')!;
      expect(link.textContent).to.equal('View on X');
      expect(getComputedStyle(link, '::after').content).to.equal(`" (${link.getAttribute('href')})"`);
      expect(link.getAttribute('href')).to.match(/^https:\/\/(twitter|x)\.com\/ada_l\/status\/\d+$/);
    });
  });

  describe('unavailable', () => {
    it('shows a tombstone that still quotes the text, without the media or the link to the post', async () => {
      const el = await post(`${xPost}<img src="/public/samples/post-bridge.svg" alt="Bridge" width="1200" height="900">`, 'unavailable');
      expect(part(el, 'tombstone')!.textContent).to.equal('This post is no longer available');
      expect(part(el, 'text')!.textContent).to.contain('Opening night');
      expect(part(el, 'media') === null).to.equal(true);
      expect(part(el, 'link') === null).to.equal(true);
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada Lovelace (@ada_l)');
    });

    it('shows the tombstone alone when there is no text', async () => {
      const el = await post('', 'unavailable');
      expect(shown(el)).to.equal('This post is no longer available');
      expect(card(el).getAttribute('aria-label')).to.equal('Post');
    });
  });

  describe('parsing helpers', () => {
    it('reads the networks’ post URLs', () => {
      expect(parsePostUrl('https://twitter.com/ada_l/status/1')).to.deep.equal({ network: 'x', handle: '@ada_l', host: 'twitter.com' });
      expect(parsePostUrl('https://mobile.x.com/ada_l/status/1')?.network).to.equal('x');
      expect(parsePostUrl('https://bsky.app/profile/ada.bsky.social/post/3kq')?.handle).to.equal('@ada.bsky.social');
      expect(parsePostUrl('https://social.example/@ada/1')?.handle).to.equal('@ada@social.example');
      expect(parsePostUrl('https://social.example/@ada@elsewhere.example/1')?.handle).to.equal('@ada@elsewhere.example');
      expect(parsePostUrl('https://news.example/story/1')).to.equal(undefined);
      expect(parsePostUrl(undefined)).to.equal(undefined);
    });

    it('reads the dates the networks write', () => {
      expect(parsePostDate('November 9, 2016')?.datetime).to.equal('2016-11-09');
      expect(parsePostDate('9 November 2016')?.datetime).to.equal('2016-11-09');
      expect(parsePostDate('Nov 9, 2016')?.datetime).to.equal('2016-11-09');
      expect(parsePostDate('November 9, 2024 at 10:15 AM')?.datetime).to.equal('2024-11-09T10:15');
      expect(parsePostDate('2016-11-09')?.datetime).to.equal('2016-11-09');
      for (const bad of ['', 'yesterday', 'February 30, 2016', '2016-13-01', 'Smarch 3, 2016', 'November 9, 2016 at 13:15 PM', '2016-11-09Tnope']) {
        expect(parsePostDate(bad), bad).to.equal(undefined);
      }
    });

    it('links nothing but mentions, hashtags and http(s) URLs', () => {
      const parts = linkify('mail ada@example.org, see &#35;1 and javascript:alert(1) then https://a.example/x.', 'x', '');
      expect(parts.filter((part) => typeof part !== 'string').map((part) => (part as { href: string }).href)).to.deep.equal(['https://a.example/x']);
    });
  });

  describe('bad input', () => {
    it('renders what is there when the name is missing', async () => {
      const el = await post('<p>Text</p>', 'handle="ada_l" href="https://x.com/ada_l/status/1"');
      expect(card(el).getAttribute('aria-label')).to.equal('Post by @ada_l');
      expect(part(el, 'author') === null).to.equal(true);
      expect(part(el, 'avatar')!.textContent).to.equal('A');
      expectCalm(el);
    });

    it('renders what is there when the handle is missing', async () => {
      const el = await post('<blockquote><p>Text</p>&mdash; Ada Lovelace</blockquote>');
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Ada Lovelace');
      expect(part(el, 'handle') === null).to.equal(true);
      expectCalm(el);
    });

    it('renders what is there when the date and URL are missing', async () => {
      const el = await post('<blockquote class="twitter-tweet"><p>Text</p>&mdash; Ada Lovelace (@ada_l)</blockquote>');
      expect(el.shadowRoot!.querySelector('time') === null).to.equal(true);
      expect(part(el, 'date') === null).to.equal(true);
      expect(part(el, 'link') === null).to.equal(true);
      expect(part(el, 'handle')!.getAttribute('href')).to.equal('https://x.com/ada_l');
      expectCalm(el);
    });

    it('renders only the text when everything else is missing', async () => {
      const el = await post('<p>Only the text is known.</p>');
      expect(card(el).getAttribute('aria-label')).to.equal('Post');
      expect(shown(el)).to.equal('Only the text is known.');
      expectCalm(el);
    });

    it('renders nothing, without throwing, when it is empty, and warns once until there is a post', async () => {
      const warnings = captureWarnings();
      try {
        const el = await post('');
        expect(shown(el)).to.equal('');
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(String(warnings.messages[0][0])).to.contain('without its <script>');
        el.innerHTML = '<p>Now there is a post.</p>';
        await waitUntil(() => shown(el) === 'Now there is a post.');
        expect(warnings.messages).to.have.length(1);
        el.replaceChildren();
        await waitUntil(() => shown(el) === '');
        await el.updateComplete;
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('shows an unparseable date as it was written', async () => {
      const el = await post('<blockquote class="twitter-tweet"><p>Text</p>&mdash; Ada (@ada) <a href="https://x.com/ada/status/1">sometime last spring</a></blockquote>');
      expect(el.shadowRoot!.querySelector('time') === null).to.equal(true);
      expect(part(el, 'date')!.textContent).to.equal('sometime last spring');
      expectCalm(el);
    });

    it('shows an invalid date attribute as it was written', async () => {
      for (const date of ['2016-13-45', '2016-02-30T10:00', 'not a date']) {
        const el = await post('<p>Text</p>', `date="${date}"`);
        expect(part(el, 'date')!.textContent).to.equal(date);
        expect(el.shadowRoot!.querySelector('time') === null).to.equal(true);
        expectCalm(el);
      }
    });

    it('renders links that are not http(s) as plain text', async () => {
      const el = await post(hostileInline);
      const text = part(el, 'text')!.textContent!;
      for (const word of ['script link', 'obfuscated link', 'data link', 'mail link']) {
        expect(text).to.contain(word);
        expect(linkTo(el, word)).to.equal(null);
      }
      for (const a of links(el)) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
    });

    it('never recreates scripts, handlers, frames, styles, forms or other markup from the blockquote', async () => {
      window.tqPwned = undefined;
      window.tqHits = 0;
      const el = await post(hostileInline);
      await post(hostileForm);
      await aTimeout(200);
      const hits = window.tqHits;
      const root = el.shadowRoot!;
      expect(root.querySelector('script, img, iframe, style, svg, object, noscript, form, input, button, textarea, select, b') === null).to.equal(true);
      for (const node of root.querySelectorAll('[part="text"] *')) {
        expect(['p', 'a', 'br']).to.include(node.localName);
        for (const attr of node.getAttributeNames()) expect(['href', 'dir', 'rel', 'part', 'target']).to.include(attr);
      }
      const text = part(el, 'text')!.textContent!;
      expect(text).to.contain('Safe words');
      expect(text).to.contain('bold text');
      expect(linkTo(el, 'fine link')).to.equal('https://example.org/ok');
      for (const hidden of ['svg text', 'textarea text', 'option text', 'noscript text', 'display: none', 'tqPwned']) expect(text).not.to.contain(hidden);
      expect(window.tqPwned).to.equal(undefined);
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(100);
      expect(window.tqHits, 'no handler ran again').to.equal(hits);
      expectCalm(el);
    });

    it('keeps a form in the blockquote out of the card', async () => {
      const el = await post(hostileForm);
      expect(el.shadowRoot!.querySelector('form, input, button') === null).to.equal(true);
      expect(shown(el)).not.to.contain('Send it');
      expect(shown(el)).not.to.contain('secret value');
      expect(card(el).getAttribute('aria-label')).to.equal('Post by Mallory (@mallory)');
    });

    it('shows markup in attributes as text and ignores unsafe URLs', async () => {
      window.tqPwned = undefined;
      const root = await fixture<HTMLElement>(html`<div>${unsafeHTML(hostileAttributes)}</div>`);
      const el = root.firstElementChild as TweetQuote;
      await el.updateComplete;
      await aTimeout(100);
      expect(part(el, 'author')!.textContent).to.equal('<img src=x onerror=window.tqPwned=1>');
      expect(part(el, 'date')!.textContent).to.equal('<b>soon</b>');
      expect(part(el, 'link') === null).to.equal(true);
      expect(part(el, 'avatar')!.localName).to.equal('span');
      expect(el.shadowRoot!.querySelector('img, script, b') === null).to.equal(true);
      expect(window.tqPwned).to.equal(undefined);
    });

    it('ignores a post link that is not http(s)', async () => {
      const el = await post('<blockquote class="twitter-tweet"><p>Text</p>&mdash; Ada (@ada) <a href="javascript:alert(1)">November 9, 2016</a></blockquote>');
      expect(part(el, 'link') === null).to.equal(true);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]') === null).to.equal(true);
      expectCalm(el);
    });

    it('falls back to English for an invalid lang', async () => {
      const el = await post(xPost, '', 'lang="not a language!"');
      expect(part(el, 'link')!.textContent).to.equal('View on X');
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(utcDate('en', 2016, 10, 9));
    });

    it('accepts a handle with or without its @, and ignores a blank one', async () => {
      const a = await post('<p>Text</p>', 'author="Ada" handle="ada"');
      const b = await post('<p>Text</p>', 'author="Ada" handle="@"');
      expect(card(a).getAttribute('aria-label')).to.equal('Post by Ada (@ada)');
      expect(card(b).getAttribute('aria-label')).to.equal('Post by Ada');
      expectCalm(b);
    });

    it('does not link mentions when the network is unknown', async () => {
      const el = await post('<p>Hello @ada and #lanterns</p>', 'author="Ada" href="https://news.example/post/1"');
      expect(linkTo(el, '@ada')).to.equal(null);
      expect(part(el, 'link')!.textContent).to.equal('View post');
    });

    it('never throws on odd markup, or while updating', async () => {
      for (const markup of [
        '<blockquote></blockquote>',
        '<blockquote class="twitter-tweet">&mdash;</blockquote>',
        '<blockquote class="bluesky-embed"><p></p><a href="">  </a></blockquote>',
        '<blockquote><blockquote><p>Nested</p>&mdash; Ada (@ada)</blockquote></blockquote>',
        '<p><a href="https://[bad">broken url</a></p>',
        'Just text, no paragraphs',
      ]) {
        const el = await post(markup);
        await frames(1);
        expectCalm(el);
      }
    });
  });

  describe('registration', () => {
    it('skips an already-defined tag with one warning and no exception', () => {
      const warnings = captureWarnings();
      try {
        class Other extends TweetQuote {}
        expect(() => {
          Other.define();
          TweetQuote.define();
        }).not.to.throw();
        expect(customElements.get('tweet-quote') === TweetQuote).to.equal(true);
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });
});
