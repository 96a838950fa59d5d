import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setStrings } from '../src/core/localize.js';
import { parseVideoUrl, type VideoSource } from '../src/video-embed/parse-video-url.js';
import { VideoEmbed } from '../src/video-embed/video-embed-define.js';
import { captureWarnings, charLeft, focusByKeyboard, forcedColors, recordRequests, systemColor, takeRequests, thirdParty } from './helpers.js';

const YT = 'https://www.youtube.com/watch?v=M7lc1UVf-VE';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const playerSrc = (el: Element) => part(el, 'player')?.getAttribute('src') ?? null;
const player = (input: string, autoplay = true) => (parseVideoUrl(input) as VideoSource).playerUrl({ autoplay });

async function facade(markup = html`<video-embed poster="none"><a href=${YT}>Lanterns on the river</a></video-embed>`) {
  return fixture<VideoEmbed>(markup);
}

describe('<video-embed>', () => {
  describe('accessibility', () => {
    it('is accessible as a facade', async () => {
      const el = await facade();
      await expect(el).to.be.accessible();
    });

    it('is accessible as a facade in the dark theme', async () => {
      const wrapper = await fixture(html`<div theme="dark"><video-embed poster="none"><a href=${YT}>Lanterns</a></video-embed></div>`);
      await expect(wrapper.firstElementChild).to.be.accessible();
    });

    it('is accessible while playing', async () => {
      const el = await facade();
      el.play();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state, light and dark', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed src="https://videos.example.org/42"></video-embed>`);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('URL forms', () => {
    const youtube: [string, string][] = [
      ['https://www.youtube.com/watch?v=M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://youtube.com/watch?v=M7lc1UVf-VE&feature=share', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://m.youtube.com/watch?v=M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://music.youtube.com/watch?v=M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://youtu.be/M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://youtu.be/M7lc1UVf-VE?t=90', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&start=90'],
      ['https://www.youtube.com/watch?v=M7lc1UVf-VE&t=1m30s', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&start=90'],
      ['https://www.youtube.com/watch?v=M7lc1UVf-VE&t=1h2m3s', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&start=3723'],
      ['https://www.youtube.com/embed/M7lc1UVf-VE?start=42', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&start=42'],
      ['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://www.youtube.com/shorts/M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      ['https://www.youtube.com/live/M7lc1UVf-VE?si=abc', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
      [
        'https://www.youtube.com/watch?v=M7lc1UVf-VE&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
        'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      ],
      [
        'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
        'https://www.youtube-nocookie.com/embed/videoseries?autoplay=1&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      ],
    ];
    for (const [input, expected] of youtube) {
      it(`plays ${input} through ${expected}`, () => {
        expect(player(input)).to.equal(expected);
      });
    }

    const vimeo: [string, string][] = [
      ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
      ['https://vimeo.com/76979871/8f3c2a91be', 'https://player.vimeo.com/video/76979871?h=8f3c2a91be&autoplay=1&dnt=1'],
      ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
      ['https://player.vimeo.com/video/76979871?h=8f3c2a91be', 'https://player.vimeo.com/video/76979871?h=8f3c2a91be&autoplay=1&dnt=1'],
      ['https://vimeo.com/76979871#t=1m5s', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=65s'],
      ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
    ];
    for (const [input, expected] of vimeo) {
      it(`plays ${input} through ${expected}`, () => {
        expect(player(input)).to.equal(expected);
      });
    }

    it('recognises direct video files, resolving relative URLs against the page', () => {
      for (const ext of ['mp4', 'webm', 'ogg']) {
        const source = parseVideoUrl(`/media/clip.${ext}`, 'https://news.example/story') as VideoSource;
        expect(source.provider).to.equal('file');
        expect(source.playerUrl({ autoplay: true })).to.equal(`https://news.example/media/clip.${ext}`);
      }
    });

    it('gives Shorts a portrait ratio and YouTube a thumbnail poster', () => {
      const shorts = parseVideoUrl('https://www.youtube.com/shorts/M7lc1UVf-VE') as VideoSource;
      expect(shorts.aspectRatio).to.equal('9 / 16');
      expect(shorts.poster).to.equal('https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg');
      expect((parseVideoUrl('https://vimeo.com/76979871') as VideoSource).poster).to.equal(undefined);
    });

    it('omits autoplay when the player loads without a click', () => {
      expect(player(YT, false)).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE');
      expect(player('https://vimeo.com/76979871', false)).to.equal('https://player.vimeo.com/video/76979871?dnt=1');
    });
  });

  describe('input', () => {
    it('takes the video from the first link and the title from its text', async () => {
      const el = await facade();
      expect(part(el, 'title')!.textContent).to.equal('Lanterns on the river');
      expect(part(el, 'provider')!.textContent).to.equal('YouTube');
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Play video: Lanterns on the river');
      expect(el.source).to.include({ provider: 'youtube', id: 'M7lc1UVf-VE' });
    });

    it('prefers the src and title attributes', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed poster="none" src="https://vimeo.com/76979871" title="Time-lapse"><a href=${YT}>Link text</a></video-embed>`,
      );
      expect(el.source).to.include({ provider: 'vimeo', id: '76979871' });
      expect(part(el, 'title')!.textContent).to.equal('Time-lapse');
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Play video: Time-lapse');
    });

    it('leaves a "View this video on YouTube" call to action out of the title', async () => {
      const titled = await fixture<VideoEmbed>(
        html`<video-embed poster="none"><a href=${YT}>View this video on YouTube: The lantern crossing</a></video-embed>`,
      );
      expect(part(titled, 'title')!.textContent).to.equal('The lantern crossing');
      expect(part(titled, 'play-button')).to.have.attribute('aria-label', 'Play video: The lantern crossing');
      const bare = await fixture<VideoEmbed>(html`<video-embed poster="none"><a href="https://vimeo.com/76979871">Watch on Vimeo</a></video-embed>`);
      expect(part(bare, 'title')!.textContent).to.equal('');
      expect(part(bare, 'play-button')).to.have.attribute('aria-label', 'Play video');
      expect(bare.querySelector('a')!.textContent).to.equal('Watch on Vimeo'); // the page's link is untouched
      await expect(bare).to.be.accessible();
    });

    it('gives screen readers the title once, in the button’s name', async () => {
      const el = await facade(html`<video-embed id="heard" poster="none"><a href=${YT}>Lanterns on the river</a></video-embed>`);
      type Node = { name?: string; children?: Node[] };
      const names = (node: Node): string[] => [node.name ?? '', ...(node.children ?? []).flatMap(names)];
      const heard = names((await a11ySnapshot({ selector: '#heard' })) as unknown as Node).filter((name) => name.includes('Lanterns'));
      expect(heard).to.deep.equal(['Play video: Lanterns on the river']);
      expect(part(el, 'title')!.checkVisibility()).to.equal(true); // still seen
    });

    it('names the button "Play video" when there is no title', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed poster="none" src=${YT}></video-embed>`);
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Play video');
    });

    it('keeps the link in light DOM, where it works without JavaScript', async () => {
      const el = await facade();
      const link = el.querySelector('a')!;
      expect(link.href).to.equal(YT);
      expect(link.textContent).to.equal('Lanterns on the river');
    });
  });

  describe('before activation', () => {
    it('inserts no iframe, script or video and requests nothing with poster="none"', async () => {
      await recordRequests();
      const el = await facade();
      await aTimeout(200);
      expect(thirdParty(await takeRequests())).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('iframe, script, video')).to.equal(null);
      expect(document.querySelector('iframe, link[rel="preconnect"]')).to.equal(null);
    });

    it("requests only YouTube's thumbnail by default, lazily", async () => {
      await recordRequests();
      const el = await fixture<VideoEmbed>(html`<video-embed><a href=${YT}>Lanterns</a></video-embed>`);
      const poster = part(el, 'poster') as HTMLImageElement;
      expect(poster.getAttribute('src')).to.equal('https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg');
      expect(poster.loading).to.equal('lazy');
      expect(poster.alt).to.equal('');
      const seen: string[] = [];
      await waitUntil(async () => (seen.push(...thirdParty(await takeRequests())), seen.length > 0), 'the thumbnail was not requested');
      await aTimeout(100); // and nothing else after it
      seen.push(...thirdParty(await takeRequests()));
      expect(seen).to.deep.equal(['https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg']);
    });

    it('shows the poster attribute instead', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed poster="/public/samples/poster-river.svg"><a href=${YT}>Lanterns</a></video-embed>`);
      expect(part(el, 'poster')).to.have.attribute('src', '/public/samples/poster-river.svg');
    });

    it('reserves a 16:9 box, 9:16 for Shorts, and the aspect-ratio attribute', async () => {
      const wrap = await fixture(html`<div style="width: 640px">
        <video-embed poster="none" src=${YT}></video-embed>
        <video-embed poster="none" src="https://www.youtube.com/shorts/M7lc1UVf-VE"></video-embed>
        <video-embed poster="none" src=${YT} aspect-ratio="4:3"></video-embed>
        <video-embed poster="none" src=${YT} aspect-ratio="wide"></video-embed>
      </div>`);
      const heights = [...wrap.children].map((el) => Math.round(el.getBoundingClientRect().height));
      expect(heights).to.deep.equal([360, 1138, 480, 360]);
    });

    it('adds preconnect hints on first hover or focus only', async () => {
      const el = await facade();
      expect(document.head.querySelector('link[rel="preconnect"]')).to.equal(null);
      part(el, 'play-button')!.focus();
      const hints = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((l) => l.href);
      expect(hints).to.include('https://www.youtube-nocookie.com/');
      for (const link of document.head.querySelectorAll('link[rel="preconnect"]')) link.remove();
    });
  });

  describe('activation', () => {
    it('loads the player on click, in the same box, and moves focus to it', async () => {
      const el = await facade();
      const before = el.getBoundingClientRect().height;
      const activated = oneEvent(el, 'video-activate');
      part(el, 'play-button')!.click();
      const event = await activated;
      expect(event.detail).to.deep.equal({ provider: 'youtube', id: 'M7lc1UVf-VE', src: YT });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await el.updateComplete;
      const iframe = part(el, 'player') as HTMLIFrameElement;
      expect(iframe.localName).to.equal('iframe');
      expect(iframe.src).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
      expect(iframe.title).to.equal('Lanterns on the river');
      expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture; fullscreen');
      expect(iframe.hasAttribute('allowfullscreen')).to.equal(true);
      expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(el.shadowRoot!.activeElement).to.equal(iframe);
      expect(el.getBoundingClientRect().height).to.equal(before);
      expect(el.playing).to.equal(true);
    });

    for (const key of ['Enter', 'Space']) {
      it(`loads the player with ${key} on the focused button`, async () => {
        const el = await facade();
        part(el, 'play-button')!.focus();
        await sendKeys({ press: key });
        await waitUntil(() => part(el, 'player'), 'player did not load');
        expect(playerSrc(el)).to.contain('youtube-nocookie.com/embed/M7lc1UVf-VE');
      });
    }

    it('loads the player from play()', async () => {
      const el = await facade();
      el.play();
      await el.updateComplete;
      expect(playerSrc(el)).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
    });

    it('plays the video just given, from play() called before the element updates', async () => {
      // A playlist: the next video's src, then play(), in one go.
      const el = await facade();
      el.src = 'https://vimeo.com/76979871';
      el.play();
      await el.updateComplete;
      expect(playerSrc(el)).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      // An element just made and added, as a framework's ref or effect calls play() on it.
      const made = document.createElement('video-embed');
      made.src = YT;
      el.after(made);
      made.play();
      await made.updateComplete;
      expect(made.playing).to.equal(true);
      expect(playerSrc(made)).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
      made.remove();
    });

    it('requests the provider only after activation', async () => {
      // A video id no other test uses, so a late request from an earlier test can't be confused.
      const mentions = (urls: string[]) => thirdParty(urls).filter((url) => url.includes('9bZkp7q19f0'));
      await recordRequests();
      const el = await fixture<VideoEmbed>(html`<video-embed poster="none" src="https://youtu.be/9bZkp7q19f0"></video-embed>`);
      await aTimeout(100);
      expect(mentions(await takeRequests())).to.deep.equal([]);
      el.play();
      await waitUntil(async () => mentions(await takeRequests()).includes('https://www.youtube-nocookie.com/embed/9bZkp7q19f0?autoplay=1'));
    });

    it('loads nothing when a listener cancels video-activate', async () => {
      await recordRequests();
      const el = await facade();
      el.addEventListener('video-activate', (event) => event.preventDefault());
      part(el, 'play-button')!.click();
      await el.updateComplete;
      await aTimeout(100);
      expect(part(el, 'player')).to.equal(null);
      expect(part(el, 'play-button')).to.exist;
      expect(el.playing).to.equal(false);
      expect(thirdParty(await takeRequests())).to.deep.equal([]);
    });

    it('plays Vimeo with autoplay and do-not-track', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed src="https://vimeo.com/76979871"></video-embed>`);
      expect(part(el, 'poster')).to.equal(null);
      expect(part(el, 'provider')!.textContent).to.equal('Vimeo');
      el.play();
      await el.updateComplete;
      expect(playerSrc(el)).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    });

    it('plays a video file in a native <video controls preload="none">', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed src="/public/samples/missing-clip.mp4" title="Clip"></video-embed>`);
      part(el, 'play-button')!.click();
      await el.updateComplete;
      const video = part(el, 'player') as HTMLVideoElement;
      expect(video.localName).to.equal('video');
      expect(video.controls).to.equal(true);
      expect(video.getAttribute('preload')).to.equal('none');
      expect(video.src).to.equal(new URL('/public/samples/missing-clip.mp4', location.href).href);
    });

    it('does not reload the player when it re-renders', async () => {
      const el = await facade();
      el.play();
      await el.updateComplete;
      const iframe = part(el, 'player');
      el.setAttribute('lang', 'fr');
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'player')).to.equal(iframe);
      expect(playerSrc(el)).to.contain('autoplay=1');
    });

    it('keeps its player when moved to another parent (as a framework moves it)', async () => {
      const el = await facade();
      el.play();
      await el.updateComplete;
      const iframe = part(el, 'player');
      el.parentElement!.before(el);
      await el.updateComplete;
      expect(el.playing).to.equal(true);
      expect(part(el, 'player')).to.equal(iframe);
      el.remove();
    });

    it('keeps its player playing, not reloaded, when the page moves it with moveBefore()', async function () {
      // Chrome 133+: a move that keeps an iframe's document, where removing and inserting reloads it.
      if (!('moveBefore' in Element.prototype)) this.skip();
      const el = await facade();
      const target = document.createElement('section');
      el.after(target);
      el.play();
      await el.updateComplete;
      const iframe = part(el, 'player') as HTMLIFrameElement;
      const playerPage = iframe.contentWindow;
      (target as unknown as { moveBefore(node: Node, child: Node | null): void }).moveBefore(el, null); // not in TypeScript 5.9’s DOM types
      await el.updateComplete;
      await aTimeout(50);
      expect(el.parentElement).to.equal(target);
      expect(el.playing).to.equal(true);
      expect(part(el, 'player')).to.equal(iframe);
      expect(iframe.contentWindow, 'the same document in the player').to.equal(playerPage);
      target.remove();
    });
  });

  describe('autoload', () => {
    it('loads the player, without autoplay or focus, once in view', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed autoload poster="none" src=${YT}></video-embed>`);
      await waitUntil(() => part(el, 'player'), 'player did not autoload');
      expect(playerSrc(el)).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE');
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('waits until the element scrolls into view', async () => {
      const wrap = await fixture(html`<div><div style="height: 3000px"></div><video-embed autoload poster="none" src=${YT}></video-embed></div>`);
      const el = wrap.querySelector('video-embed')!;
      await aTimeout(150);
      expect(part(el, 'player')).to.equal(null);
      el.scrollIntoView();
      await waitUntil(() => part(el, 'player'), 'player did not autoload after scrolling');
      window.scrollTo(0, 0);
    });

    it('still autoloads after being moved in the document', async () => {
      const wrap = await fixture(html`<div><div style="height: 3000px"></div><video-embed autoload poster="none" src=${YT}></video-embed></div>`);
      const el = wrap.querySelector('video-embed')!;
      await aTimeout(100);
      wrap.prepend(el);
      await waitUntil(() => part(el, 'player'), 'player did not autoload after moving into view');
    });

    it('can be vetoed like a click', async () => {
      let vetoed = 0;
      const veto = (e: Event) => (e.preventDefault(), vetoed++);
      const wrap = await fixture(html`<div @video-activate=${veto}><video-embed autoload poster="none" src=${YT}></video-embed></div>`);
      await waitUntil(() => vetoed === 1, 'autoload did not ask');
      await aTimeout(50);
      expect(part(wrap.firstElementChild!, 'player') === null).to.equal(true);
    });
  });

  describe('changing the video', () => {
    it('resets to the facade of the new video when src changes', async () => {
      const el = await facade();
      el.play();
      await el.updateComplete;
      el.src = 'https://vimeo.com/76979871';
      await el.updateComplete;
      expect(part(el, 'player')).to.equal(null);
      expect(part(el, 'provider')!.textContent).to.equal('Vimeo');
    });

    it('resets when the link inside changes', async () => {
      const el = await facade();
      el.play();
      await el.updateComplete;
      el.querySelector('a')!.href = 'https://youtu.be/aqz-KE-bpKQ';
      await waitUntil(() => !part(el, 'player'), 'did not reset');
      expect(el.source).to.include({ id: 'aqz-KE-bpKQ' });
    });

    it('shows the link changed while it was out of the page, or just before it moved', async () => {
      const el = await facade();
      const page = el.parentElement!;
      el.remove();
      el.querySelector('a')!.href = 'https://vimeo.com/76979871';
      page.append(el);
      await waitUntil(() => part(el, 'provider')!.textContent === 'Vimeo', 'the link changed while away');
      // Changed, then moved (out and back in, as a framework moves it) in the same task.
      el.querySelector('a')!.href = YT;
      page.prepend(el);
      await waitUntil(() => part(el, 'provider')!.textContent === 'YouTube', 'the link changed before a move');
    });
  });

  describe('localization', () => {
    it('follows the nearest lang, across elements', async () => {
      const wrap = await fixture(html`<div lang="fr-CA"><video-embed poster="none" src=${YT} title="Lanternes"></video-embed></div>`);
      expect(part(wrap.firstElementChild!, 'play-button')).to.have.attribute('aria-label', 'Lire la vidéo : Lanternes');
    });

    it('is overridable per element with an i18n- attribute', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed poster="none" src=${YT} title="Lanterns" i18n-play-video="Watch {title} now"></video-embed>`);
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Watch Lanterns now');
    });

    it('is overridable globally with setStrings(), re-rendering connected elements', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed lang="nl" poster="none" src=${YT} title="Lantaarns"></video-embed>`);
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Play video: Lantaarns');
      setStrings('nl', { 'play-video': 'Video afspelen: {title}' });
      await el.updateComplete;
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Video afspelen: Lantaarns');
    });

    it('draws a title in its own direction on a right-to-left page', async () => {
      const wrap = await fixture(html`<div dir="rtl" lang="ar"><video-embed poster="none" src=${YT} title="Lanterns, at last?"></video-embed></div>`);
      const title = part(wrap.firstElementChild!, 'title')!;
      const x = (i: number) => charLeft(title, i);
      // "Lanterns, at last?", not "?Lanterns, at last": the question mark ends the English title.
      expect(x(17)).to.be.above(x(16));
      expect(x(0)).to.be.below(x(1));
      // Still placed as the page reads: at the right, where right-to-left lines start.
      expect(title.getBoundingClientRect().right).to.be.closeTo(part(wrap.firstElementChild!, 'frame')!.getBoundingClientRect().right, 40);
    });

    it('follows the page when it switches language (<html lang>)', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      try {
        const el = await fixture<VideoEmbed>(html`<video-embed poster="none" src=${YT} title="Lanternes"></video-embed>`);
        root.lang = 'en';
        await waitUntil(() => part(el, 'play-button')!.getAttribute('aria-label') === 'Play video: Lanternes');
        root.lang = 'fr';
        await waitUntil(() => part(el, 'play-button')!.getAttribute('aria-label') === 'Lire la vidéo : Lanternes', 'French after the switch');
        // Switched while the element was out of the page (a framework's detached view).
        const page = el.parentElement!;
        el.remove();
        root.lang = 'en';
        await aTimeout(0);
        page.append(el);
        await waitUntil(() => part(el, 'play-button')!.getAttribute('aria-label') === 'Play video: Lanternes', 'English after a switch while away');
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.lang = before;
      }
    });

    it('follows an ancestor’s lang when it changes (an app showing an article in another language in the same view)', async () => {
      const article = await fixture(html`<article lang="en"><div><video-embed poster="none" src=${YT} title="Lanternes"></video-embed></div></article>`);
      const el = article.querySelector('video-embed')!;
      article.setAttribute('lang', 'fr');
      await waitUntil(() => part(el, 'play-button')!.getAttribute('aria-label') === 'Lire la vidéo : Lanternes', 'French after the article’s switch');
      article.removeAttribute('lang'); // the page's language again
      await waitUntil(() => part(el, 'play-button')!.getAttribute('aria-label') === 'Play video: Lanternes', 'English without it');
    });

    it('follows its own lang and i18n- attributes when they change (as framework bindings change them)', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed poster="none" src=${YT} title="Lanternes"></video-embed>`);
      const label = () => part(el, 'play-button')!.getAttribute('aria-label');
      el.lang = 'fr';
      await waitUntil(() => label() === 'Lire la vidéo : Lanternes', 'French after lang="fr"');
      el.setAttribute('i18n-play-video', 'Regarder : {title}');
      await waitUntil(() => label() === 'Regarder : Lanternes', 'the i18n- attribute');
      el.removeAttribute('i18n-play-video');
      await waitUntil(() => label() === 'Lire la vidéo : Lanternes', 'the catalog again');
    });

    it('falls back to English for an invalid lang', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed lang="not a language!" poster="none" src=${YT} title="Lanterns"></video-embed>`);
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Play video: Lanterns');
    });
  });

  describe('high-contrast mode', () => {
    it('keeps the box’s edge where forced colours drop its dark backdrop', async () => {
      const el = await facade();
      const frame = part(el, 'frame')!;
      const height = frame.getBoundingClientRect().height;
      expect(getComputedStyle(frame).borderTopStyle, 'no border in normal colours').to.equal('none');
      await forcedColors(true);
      try {
        const style = getComputedStyle(frame);
        expect([style.borderTopStyle, style.borderBottomStyle, style.borderLeftStyle, style.borderRightStyle]).to.deep.equal(['solid', 'solid', 'solid', 'solid']);
        expect(style.borderTopWidth).to.equal('1px');
        expect(frame.getBoundingClientRect().height, 'the same box').to.equal(height);
      } finally {
        await forcedColors(false);
      }
    });

    it('parts the play button’s focus ring from the poster with a band of the page’s colour, where the ring takes a system colour', async () => {
      const el = await facade();
      const button = part(el, 'play-button')!;
      await focusByKeyboard(button);
      expect(button.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(button).borderTopStyle, 'no band in normal colours').to.equal('none');
      await forcedColors(true);
      try {
        const style = getComputedStyle(button);
        expect(style.outlineStyle).to.equal('solid');
        expect(style.borderTopColor).to.equal(systemColor('Canvas'));
        // The ring is drawn inside the edge, over the band: the band shows on its inner side.
        const ringInnerEdge = -parseFloat(style.outlineOffset);
        expect(parseFloat(style.borderTopWidth) - ringInnerEdge, 'band visible inside the ring (px)').to.be.at.least(3);
      } finally {
        await forcedColors(false);
      }
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the poster with its title band, the video’s address and no button, on one page', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed poster="/public/samples/poster-river.svg"><a href=${YT}>Lanterns</a></video-embed>`);
      await emulateMedia({ media: 'print' });
      const frame = part(el, 'frame')!;
      const caption = part(el, 'title')!.parentElement!;
      // The title is white: printers drop backgrounds unless told, and it would vanish with its band.
      expect(getComputedStyle(frame).printColorAdjust).to.equal('exact');
      expect(getComputedStyle(caption, '::after').content).to.equal(`"${YT}"`);
      expect(getComputedStyle(caption, '::after').display).not.to.equal('none');
      expect(part(el, 'play-button')!.getClientRects().length).to.equal(0);
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(caption, '::after').content).to.equal('none');
    });
  });

  describe('theming', () => {
    const background = (el: Element) => getComputedStyle(part(el, 'frame')!).backgroundColor;

    it('switches to dark with theme="dark" on any ancestor, and back with theme="light"', async () => {
      const wrap = await fixture(html`<div>
        <video-embed src="https://videos.example.org/1"></video-embed>
        <div theme="dark"><video-embed src="https://videos.example.org/1"></video-embed>
          <div theme="light"><video-embed src="https://videos.example.org/1"></video-embed></div></div>
      </div>`);
      const [light, dark, nested] = [...wrap.querySelectorAll('video-embed')];
      expect(background(light!)).to.equal('rgb(255, 255, 255)');
      expect(background(dark!)).to.equal('rgb(31, 30, 29)');
      expect(background(nested!)).to.equal('rgb(255, 255, 255)');
    });

    it('follows the reader preference on pages that declare color-scheme: light dark', async () => {
      const wrap = await fixture(html`<div style="color-scheme: dark"><video-embed src="https://videos.example.org/1"></video-embed></div>`);
      expect(background(wrap.firstElementChild!)).to.equal('rgb(31, 30, 29)');
    });

    it('draws the play triangle at 3:1 or more against its circle, light and dark', async () => {
      /** WCAG's relative luminance of a computed `rgb(…)` colour. */
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/\d+/g)!.slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      for (const theme of ['light', 'dark']) {
        const wrap = await fixture(html`<div theme=${theme}><video-embed poster="none" src=${YT}></video-embed></div>`);
        const icon = wrap.firstElementChild!.shadowRoot!.querySelector('.icon')!;
        const [circle, triangle] = ['circle', 'path'].map((shape) => luminance(getComputedStyle(icon.querySelector(shape)!).fill));
        const contrast = (Math.max(circle!, triangle!) + 0.05) / (Math.min(circle!, triangle!) + 0.05);
        expect(contrast, theme).to.be.at.least(3);
        // The circle is the theme's accent: the button's reset (all: initial) must not drop the theme.
        expect(getComputedStyle(icon.querySelector('circle')!).fill, theme).to.equal(theme === 'dark' ? 'rgb(255, 143, 133)' : 'rgb(179, 38, 30)');
      }
    });

    it('takes the --article-* tokens and its own custom properties', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed style="--article-radius: 3px; --video-embed-button-color: rgb(1, 2, 3)" poster="none" src=${YT}></video-embed>`,
      );
      expect(getComputedStyle(part(el, 'frame')!).borderRadius).to.equal('3px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('circle')!).fill).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('bad input', () => {
    const cases: [string, string | undefined, string][] = [
      ['no URL', undefined, 'missing-url'],
      ['an empty src', '', 'missing-url'],
      ['a malformed URL', 'https://', 'invalid-url'],
      ['an unknown host', 'https://videos.example.org/watch/42', 'unsupported-url'],
      ['a YouTube URL with no video id', 'https://www.youtube.com/watch?v=nope', 'unsupported-url'],
      ['a javascript: URL', 'javascript:alert(1)', 'unsafe-url'],
      ['a data: URL', 'data:text/html,<script>alert(1)</script>', 'unsafe-url'],
    ];
    for (const [name, src, reason] of cases) {
      it(`shows the error state, fires video-error and warns once for ${name}`, async () => {
        const warnings = captureWarnings();
        const errors: CustomEvent[] = [];
        const wrap = document.createElement('div');
        wrap.addEventListener('video-error', (e) => errors.push(e as CustomEvent));
        document.body.append(wrap);
        try {
          await recordRequests();
          const el = document.createElement('video-embed');
          if (src !== undefined) el.setAttribute('src', src);
          wrap.append(el);
          await el.updateComplete;
          await waitUntil(() => errors.length === 1);
          el.requestUpdate();
          await el.updateComplete;
          expect(errors[0]!.detail.reason).to.equal(reason);
          expect(part(el, 'error')!.textContent).to.equal('This video can’t be played here');
          expect(el.shadowRoot!.querySelector('iframe, video, img, button')).to.equal(null);
          expect(warnings.messages).to.have.length(1);
          const link = part(el, 'link') as HTMLAnchorElement | null;
          if (reason === 'unsupported-url') expect(link?.href).to.equal(new URL(src!).href);
          else expect(link === null, 'no link out').to.equal(true);
          el.play();
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
          expect(thirdParty(await takeRequests())).to.deep.equal([]);
        } finally {
          warnings.restore();
          wrap.remove();
        }
      });
    }

    it('ignores an aspect-ratio attribute that is not one CSS value', async () => {
      const wrap = await fixture(html`<div style="width: 640px">
        <video-embed poster="none" src=${YT} aspect-ratio="4/3; background: red"></video-embed>
      </div>`);
      const el = wrap.firstElementChild as VideoEmbed;
      expect(Math.round(el.getBoundingClientRect().height)).to.equal(360);
      expect(getComputedStyle(part(el, 'frame')!).backgroundColor).to.equal('rgb(15, 15, 15)');
    });

    it('keeps the box size in the error state', async () => {
      const wrap = await fixture(html`<div style="width: 400px"><video-embed src="javascript:void 0"></video-embed></div>`);
      const el = wrap.firstElementChild as VideoEmbed;
      await el.updateComplete;
      expect(Math.round(el.getBoundingClientRect().height)).to.equal(225);
    });

    it('recovers when a bad src is replaced by a good one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<VideoEmbed>(html`<video-embed poster="none" src="javascript:alert(1)"></video-embed>`);
        el.src = YT;
        await el.updateComplete;
        expect(part(el, 'error')).to.equal(null);
        expect(part(el, 'play-button')).to.exist;
      } finally {
        warnings.restore();
      }
    });
  });

  describe('registration', () => {
    it('skips an already-defined tag with one warning and no exception', () => {
      const warnings = captureWarnings();
      try {
        class Other extends VideoEmbed {}
        expect(() => {
          Other.define();
          Other.define();
          VideoEmbed.define();
        }).not.to.throw();
        expect(customElements.get('video-embed')).to.equal(VideoEmbed);
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('works under a host-chosen name', async () => {
      customElements.define('my-video', class extends VideoEmbed {});
      const el = await fixture<VideoEmbed>(html`<my-video poster="none"><a href=${YT}>Lanterns</a></my-video>`);
      expect(part(el, 'play-button')).to.have.attribute('aria-label', 'Play video: Lanterns');
      el.play();
      await el.updateComplete;
      expect(playerSrc(el)).to.contain('youtube-nocookie.com/embed/M7lc1UVf-VE');
    });

    it('can be defined under a name of the host’s choosing with define(tag)', async () => {
      class Renamed extends VideoEmbed {}
      Renamed.define('renamed-video');
      expect(customElements.get('renamed-video')).to.equal(Renamed);
    });
  });
});
