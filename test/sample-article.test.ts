// The sample article (index.html) as readers get it: through the script-tag bundle in a frame,
// without JavaScript (/no-js.html), under a hostile host stylesheet, and in every theme.
// `npm test` builds dist/ first; the web test runner serves /samples/ and /no-js.html as `npm start` does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/index.js';
import { frames } from './helpers.js';

type Upgradable = Element & { updateComplete?: Promise<unknown> };

const HOSTILE_CSS = `
  * { margin: 0; padding: 0; }
  p { color: red; font: 30px serif; }
  a { text-decoration: none; color: inherit; }
  img { width: 100% !important; }
  button { all: unset; }
  h1, h2 { font: 12px monospace; letter-spacing: 3px; }
  h1, h2, p { text-transform: uppercase; text-indent: 2em; word-spacing: 1em; }
  blockquote { border: 5px solid lime; }
  ul { list-style: square; }
  figure, figcaption { display: inline; }
  #story p, #story h1 { line-height: 1; letter-spacing: 2px; }`;

/** The W3C's text-spacing bookmarklet (WCAG 1.4.12), as a reader's extension applies it. */
const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** Every text element the page wrote in #story, shown, whose spacing is not the reader's; and the paragraphs counted. */
function spacingNotTaken(doc: Document): { wrong: string[]; paragraphs: number } {
  const win = doc.defaultView!;
  const shown = [...doc.querySelectorAll('#story *')].filter(
    (el) => el.getClientRects().length > 0 && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
  const wrong = shown.flatMap((el) => {
    const style = win.getComputedStyle(el);
    const em = parseFloat(style.fontSize);
    const off = (value: string, factor: number) => Math.abs(parseFloat(value) - factor * em) > 0.5 || !/px$/.test(value);
    const bad = [
      off(style.lineHeight, 1.5) && `line-height ${style.lineHeight}`,
      off(style.letterSpacing, 0.12) && `letter-spacing ${style.letterSpacing}`,
      off(style.wordSpacing, 0.16) && `word-spacing ${style.wordSpacing}`,
      el.localName === 'p' && off(style.marginBottom, 2) && `margin-bottom ${style.marginBottom}`,
    ].filter(Boolean);
    return bad.length ? [`${el.parentElement!.localName} > ${el.localName} (${em}px): ${bad.join(', ')}`] : [];
  });
  return { wrong, paragraphs: shown.filter((el) => el.localName === 'p').length };
}

/**
 * Loads `src` (or `srcdoc`) in a frame of the given width; resolves when every element has rendered
 * and every image has settled. `script`: a module script added once the page has painted, as a
 * reader on a slow phone sees it (a page's own module script may also run before the first paint).
 */
async function openFrame({ src, srcdoc, width = 1280, script }: { src?: string; srcdoc?: string; width?: number; script?: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = src!;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  if (script) {
    await new Promise((painted) => win.requestAnimationFrame(() => win.requestAnimationFrame(painted)));
    expect(win.customElements.get('article-body'), 'not upgraded before the first paint').to.equal(undefined);
    doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src: script }));
  }
  if (doc.querySelector('script[type=module]')) {
    if (!script) await new Promise<void>((resolve) => (win.customElements.get('article-body') ? resolve() : win.addEventListener('load', () => resolve())));
    for (const tag of ['article-header', 'article-body', 'image-gallery', 'image-figure', 'pull-quote', 'tweet-quote', 'video-embed', 'related-articles']) {
      await win.customElements.whenDefined(tag);
    }
  }
  // Scroll through the page so lazy images load, then wait for every image to settle.
  for (let y = 0; y < doc.documentElement.scrollHeight; y += 600) {
    win.scrollTo(0, y);
    await frames(2);
  }
  win.scrollTo(0, 0);
  const images = [...doc.querySelectorAll('img')];
  const settled = (img: HTMLImageElement) =>
    new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    });
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000)); // a lazy image never scrolled into view
  await Promise.all(images.filter((img) => !img.complete).map((img) => Promise.race([settled(img), timeout])));
  await Promise.all([...doc.querySelectorAll('*')].map((el) => (el as Upgradable).updateComplete));
  await frames(3);
  return frame;
}

/**
 * Every layout shift recorded in a frame since it loaded (buffered entries, input-driven ones
 * excluded): their sum, and what moved (for the failure message).
 */
function shiftsIn(frame: HTMLIFrameElement): Promise<{ value: number; moved: string[] }> {
  const win = frame.contentWindow as Window & typeof globalThis;
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
  const describe = ({ node, previousRect: a, currentRect: b }: Shift['sources'][number]) =>
    `${node instanceof win.Element ? node.localName + (node.className ? `.${node.className}` : '') : node?.nodeName} ${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height}`;
  return new Promise((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      const entries = (list.getEntries() as Shift[]).filter((entry) => !entry.hadRecentInput);
      observer.disconnect();
      resolve({ value: entries.reduce((sum, entry) => sum + entry.value, 0), moved: entries.flatMap((entry) => entry.sources.map(describe)) });
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // No entries at all: the observer never calls back.
    setTimeout(() => resolve({ value: 0, moved: [] }), 300);
  });
}

/** The boxes of every element of ours and of every paragraph in the article, keyed by position. */
function boxes(doc: Document): Record<string, string> {
  const result: Record<string, string> = {};
  const nodes = doc.querySelectorAll('#story article-header, #story article-body, #story article-body > p, #story image-gallery, #story image-figure, #story pull-quote, #story tweet-quote, #story video-embed, #story related-articles');
  nodes.forEach((node, i) => {
    const box = node.getBoundingClientRect();
    result[`${i} ${node.localName}`] = `${Math.round(box.width)}×${Math.round(box.height)}`;
  });
  return result;
}

/** Every box, in light and shadow DOM, that reaches past `right` and that no scroller or clip of ours holds in. */
function pastRightEdge(root: Document | ShadowRoot, right: number, path = ''): string[] {
  const win = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!).defaultView!;
  // Up the flat tree: a slotted element's parent is its slot.
  const parent = (el: Element) => el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
  const clipped = (el: Element) => {
    for (let up = parent(el); up; up = parent(up)) {
      if (win.getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  return [...root.querySelectorAll('*')].flatMap((el) => {
    const name = `${path}${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`;
    const box = el.getBoundingClientRect();
    const own = box.width > 0 && box.right > right + 0.5 && !clipped(el) ? [`${name} to ${box.right.toFixed(1)}px`] : [];
    return [...own, ...(el.shadowRoot ? pastRightEdge(el.shadowRoot, right, `${name} >> `) : [])];
  });
}

/** Every box, in light and shadow DOM, that holds text and clips it (overflow hidden or clip, not a scroller) with more content than it shows. */
function clippedText(root: Document | ShadowRoot, path = ''): string[] {
  const win = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!).defaultView!;
  const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
  return [...root.querySelectorAll('*')].flatMap((el) => {
    const name = `${path}${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`;
    const style = win.getComputedStyle(el);
    const own =
      el.textContent!.trim() &&
      ((clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1))
        ? [`${name}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`]
        : [];
    return [...own, ...(el.shadowRoot ? clippedText(el.shadowRoot, `${name} >> `) : [])];
  });
}

async function pageSource(): Promise<string> {
  return (await fetch('/index.html')).text();
}

/** The demo's article, put into this test page (elements from src/) inside a `<main theme>`, rendered. */
async function mountArticle(theme?: string): Promise<HTMLElement> {
  const source = new DOMParser().parseFromString(await pageSource(), 'text/html');
  const page = await fixture(html`<main theme=${theme ?? nothing} lang="en"></main>`);
  page.append(document.importNode(source.getElementById('story')!, true));
  await Promise.all([...page.querySelectorAll('*')].map((el) => (el as Upgradable).updateComplete));
  return page as HTMLElement;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the sample article', () => {
  describe('accessibility', () => {
    for (const theme of ['light', 'dark', 'newspaper', 'magazine', 'newspaper dark']) {
      it(`has no axe violations with theme="${theme}"`, async () => {
        const page = await mountArticle(theme);
        await frames(2);
        await expect(page).to.be.accessible();
      });
    }
  });

  describe('in print', () => {
    after(() => emulateMedia({ media: 'screen' }));

    it('prints no buttons, every photo with its caption and credit, and the links’ addresses', async () => {
      const page = await mountArticle();
      await emulateMedia({ media: 'print' });
      await frames(2);
      const everywhere = (root: ParentNode, selector: string): Element[] => [
        ...root.querySelectorAll(selector),
        ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? everywhere(el.shadowRoot, selector) : [])),
      ];
      const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      expect(everywhere(page, 'button').filter(shown).map((b) => b.getAttribute('part') ?? b.textContent)).to.deep.equal([]);
      const gallery = page.querySelector('image-gallery')!.getBoundingClientRect();
      for (const img of page.querySelectorAll('image-gallery img')) {
        const box = img.getBoundingClientRect();
        expect(box.left >= gallery.left - 1 && box.right <= gallery.right + 1 && box.height > 0, `${img.getAttribute('src')} is on the page`).to.equal(true);
      }
      for (const text of ['Lanterns over the water', 'The footbridge at the old mill', 'Image via Mira Okafor', 'Image via the Millbrook Town Archive']) {
        const holder = everywhere(page, 'figcaption, [part~="credit"], [part~="caption"]').find((el) => el.textContent!.includes(text));
        expect(holder !== undefined && shown(holder), text).to.equal(true);
      }
      const link = page.querySelector('article-body > p a[href^="https:"]')!;
      expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href')!);
    });

    it('keeps photos and quotes whole but lets a gallery break between its slides, and sets header and body in one size and column', async () => {
      const page = await mountArticle();
      await emulateMedia({ media: 'print' });
      await frames(2);
      // A three-photo carousel kept whole moves to the next page, leaving half of this one empty.
      expect(getComputedStyle(page.querySelector('article-body > image-gallery')!).breakInside).to.equal('auto');
      for (const placed of page.querySelectorAll('article-body > :is(image-figure, pull-quote)[layout]')) {
        expect(getComputedStyle(placed).breakInside, placed.localName).to.equal('avoid');
      }
      const header = page.querySelector('article-header')!;
      const body = page.querySelector('article-body')!;
      expect(getComputedStyle(header).fontSize).to.equal(getComputedStyle(body).fontSize);
      const headline = header.querySelector('h1')!.getBoundingClientRect();
      const paragraph = body.querySelector(':scope > p')!.getBoundingClientRect();
      expect(paragraph.left).to.be.closeTo(headline.left, 1);
    });
  });

  describe('through the script-tag bundle', () => {
    it('upgrades every element from the page’s own markup', async () => {
      const frame = await openFrame({ src: '/index.html' });
      const doc = frame.contentDocument!;
      const tags = ['article-header', 'article-body', 'image-gallery', 'image-figure', 'pull-quote', 'tweet-quote', 'video-embed', 'related-articles'];
      for (const tag of tags) {
        const el = doc.querySelector(tag);
        expect(el, tag).to.exist;
        expect(el!.matches(':defined'), `${tag} is defined`).to.equal(true);
      }
      expect(doc.querySelectorAll('image-figure').length).to.equal(3);
      expect(doc.querySelectorAll('pull-quote').length).to.equal(2);
      // The content is still the page's light DOM: text is selectable and indexable.
      expect(doc.querySelector('article-body')!.textContent).to.contain('The first lanterns went up just after four');
    });

    it('shifts nothing when it upgrades after the first paint while its images arrive late (1.5 s each), at desktop and two phone widths', async function () {
      this.timeout(30000);
      const source = await pageSource();
      for (const width of [1280, 375, 320]) {
        // A query of its own per image and width: nothing comes from a cache.
        const page = source.replace(/(\/samples\/[\w-]+\.svg)/g, `$1?delay=1500&w=${width}`).replace(/<script type="module"[^>]*><\/script>/, '');
        const frame = await openFrame({ srcdoc: page, width, script: '/dist/cdn/article-elements.js' });
        const slow = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes('/samples/photo-'));
        expect(slow.length, 'photos were requested').to.be.greaterThan(0);
        expect(Math.min(...slow.map((entry) => entry.duration)), 'photos arrived late').to.be.greaterThan(1400);
        const { value, moved } = await shiftsIn(frame);
        expect(value, `layout shift at ${width}px: ${moved.join('; ')}`).to.equal(0);
        frame.remove();
      }
    });

    // WCAG 1.4.10 (reflow) at 1.4.4's 200%: Chrome's "Very large" is 24px, and 32px is 200% of 16px.
    it('scrolls nothing sideways at 320px and 375px under a 24px or 32px default text size', async function () {
      this.timeout(30000);
      const source = await pageSource();
      for (const root of [24, 32]) {
        for (const width of [320, 375]) {
          const frame = await openFrame({ srcdoc: source.replace('</head>', `<style>html { font-size: ${root}px }</style></head>`), width });
          const doc = frame.contentDocument!;
          expect(doc.querySelector('image-gallery')!.shadowRoot, 'upgraded').to.exist;
          const { scrollWidth, clientWidth } = doc.documentElement;
          expect(scrollWidth, `at ${width}px under ${root}px, past the right edge: ${pastRightEdge(doc, clientWidth).join('; ')}`).to.equal(clientWidth);
          frame.remove();
        }
      }
    });

    it('makes no request to any other host before the reader asks for one', async () => {
      const frame = await openFrame({ src: '/index.html' });
      const hosts = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).host);
      expect(hosts.filter((host) => host !== location.host)).to.deep.equal([]);
      expect(frame.contentDocument!.querySelectorAll('iframe').length).to.equal(0);
    });
  });

  describe('a reader with a mouse and a keyboard (real input, through the script-tag bundle)', () => {
    before(() => setViewport({ width: 1300, height: 950 }));
    after(async () => {
      await resetMouse();
      await setViewport({ width: 800, height: 600 });
    });

    /** The middle of `el` (inside the frame), in the test page's viewport, where the mouse goes. */
    function at(frame: HTMLIFrameElement, el: Element, dx = 0, dy = 0): [number, number] {
      const outer = frame.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return [Math.round(outer.left + box.left + box.width / 2 + dx), Math.round(outer.top + box.top + box.height / 2 + dy)];
    }

    it('pages the gallery, opens, zooms, pans, zooms out and closes the lightbox, and plays the video', async function () {
      this.timeout(20000);
      const frame = await openFrame({ src: '/index.html' });
      frame.style.position = 'fixed';
      frame.style.inset = '0 auto auto 0';
      const doc = frame.contentDocument!;
      const gallery = doc.querySelector('image-gallery') as Element & { index: number; updateComplete: Promise<unknown> };
      const root = gallery.shadowRoot!;
      const settle = async () => {
        await gallery.updateComplete;
        await frames(3);
      };
      gallery.scrollIntoView({ block: 'center' });
      await frames(2);

      await sendMouse({ type: 'click', position: at(frame, root.querySelector('[part=next]')!) });
      await settle();
      expect(gallery.index, 'next image').to.equal(1);
      const track = root.querySelector<HTMLElement>('[part=track]')!;
      await waitUntil(() => Math.abs(track.scrollLeft - track.clientWidth) < 2, 'the carousel has scrolled to it', { timeout: 4000 });

      const photo = gallery.children[1].querySelector('img')!;
      photo.scrollIntoView({ block: 'center' });
      await frames(2);
      await sendMouse({ type: 'click', position: at(frame, photo) });
      await settle();
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open, 'a click on the photo opens the lightbox').to.equal(true);
      expect(frame.contentWindow!.location.hash).to.equal(`#${gallery.id}/2`);

      const image = () => root.querySelector<HTMLImageElement>('[part=lightbox-image]')!;
      await sendMouse({ type: 'click', position: at(frame, image()) });
      await settle();
      expect(dialog.open, 'a click on the large photo leaves it open').to.equal(true);

      for (let i = 0; i < 2; i++) await sendMouse({ type: 'click', position: at(frame, image()) });
      expect(image().style.transform, 'a double click zooms').to.contain('scale(2.5)');
      const zoomed = image().style.transform;
      const [x, y] = at(frame, image());
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 40, y + 30] });
      await sendMouse({ type: 'up' });
      expect(image().style.transform, 'a drag pans').to.not.equal(zoomed);
      expect(dialog.open, 'and leaves it open').to.equal(true);

      const panned = image().style.transform;
      await sendKeys({ press: 'ArrowRight' });
      expect(image().style.transform, 'zoomed in, the arrow keys pan').to.not.equal(panned);
      expect(gallery.index).to.equal(1);
      await sendMouse({ type: 'click', position: at(frame, root.querySelector('[part=lightbox-zoom]')!) });
      expect(image().style.transform, 'the Zoom button zooms out').to.equal('');
      await sendKeys({ press: 'ArrowRight' });
      await settle();
      expect(gallery.index, 'the arrow key moves on').to.equal(2);
      await sendKeys({ press: 'Escape' });
      await settle();
      expect(dialog.open, 'Escape closes').to.equal(false);
      expect(frame.contentWindow!.location.hash).to.equal('');
      expect(root.activeElement?.getAttribute('aria-label'), 'focus is back on the gallery').to.equal('Enlarge image 3');

      const video = doc.querySelector('video-embed')!;
      video.scrollIntoView({ block: 'center' });
      await frames(2);
      const play = video.shadowRoot!.querySelector('[part=play-button]')!;
      await sendMouse({ type: 'move', position: at(frame, play) });
      expect(doc.head.querySelector('link[rel=preconnect]'), 'hovering warms up the connection').to.exist;
      await sendMouse({ type: 'click', position: at(frame, play) });
      await (video as Element & { updateComplete: Promise<unknown> }).updateComplete;
      const player = video.shadowRoot!.querySelector('iframe');
      expect(player?.src, 'a click on play loads the player').to.contain('https://www.youtube-nocookie.com/embed/');
      player?.remove(); // the player needs the internet, which tests never do
      frame.remove();
    });
  });

  describe('without JavaScript (/no-js.html)', () => {
    it('has no script and still reads: text, links, the video link, the post and the related list', async () => {
      const frame = await openFrame({ src: '/no-js.html' });
      const doc = frame.contentDocument!;
      expect(doc.querySelectorAll('script').length).to.equal(0);
      expect(doc.querySelector(':not(:defined)'), 'elements stay unupgraded').to.exist;
      expect(doc.querySelector('h1')!.textContent).to.equal('Lantern festival draws record crowds to the river');
      const video = doc.querySelector('video-embed a') as HTMLAnchorElement;
      expect(video.href).to.equal('https://www.youtube.com/watch?v=M7lc1UVf-VE');
      // The link fills the box reserved for the player: a panel, not a stray line above a gap.
      expect(video.getBoundingClientRect().height, 'the video link fills its box').to.equal(video.parentElement!.getBoundingClientRect().height);
      expect(doc.querySelector('tweet-quote blockquote')!.textContent).to.contain('Opening night at the river festival');
      expect(doc.querySelectorAll('related-articles a[href^="https://news.example/"]').length).to.equal(4);
      for (const img of doc.querySelectorAll('img')) expect(img.getBoundingClientRect().height, img.src).to.be.greaterThan(0);
    });

    it('shows the demo’s theme menu only where its script runs, and never on paper', async () => {
      const menu = (doc: Document) => doc.getElementById('theme')!;
      expect(menu((await openFrame({ src: '/no-js.html' })).contentDocument!).checkVisibility(), 'without JavaScript').to.equal(false);
      const upgraded = (await openFrame({ src: '/index.html' })).contentDocument!;
      expect(menu(upgraded).checkVisibility(), 'with JavaScript').to.equal(true);
      await emulateMedia({ media: 'print' });
      try {
        expect(menu(upgraded).checkVisibility(), 'in print').to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('sets the article text as the upgraded page does (article-elements.css carries the typography)', async () => {
      const noJs = (await openFrame({ src: '/no-js.html' })).contentDocument!;
      const upgraded = (await openFrame({ src: '/index.html' })).contentDocument!;
      const read = (doc: Document, selector: string) => {
        const style = getComputedStyle(doc.querySelector(selector)!);
        return [style.color, style.fontFamily, style.fontSize, style.fontWeight, style.lineHeight, Math.round(doc.querySelector(selector)!.getBoundingClientRect().width)];
      };
      for (const selector of ['article-body > p', 'article-body > h2', 'article-header > h1', 'article-body > p a']) {
        expect(read(noJs, selector), selector).to.deep.equal(read(upgraded, selector));
      }
      const rhythm = (doc: Document) => getComputedStyle(doc.querySelector('article-body > p')!).marginBlockEnd;
      expect(rhythm(noJs)).to.equal(rhythm(upgraded));
    });
  });

  describe('a reader’s text spacing (WCAG 1.4.12, as the bookmarklet sets it)', () => {
    it('reaches every paragraph, heading, caption and quotation the page wrote, upgraded and without JavaScript', async () => {
      for (const src of ['/index.html', '/no-js.html']) {
        const doc = (await openFrame({ src })).contentDocument!;
        doc.head.append(Object.assign(doc.createElement('style'), { textContent: TEXT_SPACING_CSS }));
        const { wrong, paragraphs } = spacingNotTaken(doc);
        expect(paragraphs, `${src}: paragraphs checked`).to.be.greaterThan(8);
        expect(wrong, src).to.deep.equal([]);
        document.querySelector('iframe')!.remove();
      }
    });

    it('reaches the text the elements draw in their shadow roots: line heights at least its, letter and word spacing the reader’s', async () => {
      const doc = (await openFrame({ src: '/index.html' })).contentDocument!;
      doc.head.append(Object.assign(doc.createElement('style'), { textContent: TEXT_SPACING_CSS }));
      const win = doc.defaultView!;
      const roots = [...doc.querySelectorAll('#story *')].flatMap((el) => (el.shadowRoot ? [[el.localName, el.shadowRoot] as const] : []));
      const texts = roots.flatMap(([host, root]) =>
        [...root.querySelectorAll('*')]
          .filter((el) => el.getClientRects().length > 0 && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
          .map((el) => [`${host} >> ${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`, win.getComputedStyle(el)] as const),
      );
      expect(texts.length, 'texts checked').to.be.greaterThan(30);
      const wrong = texts.flatMap(([name, style]) => {
        const em = parseFloat(style.fontSize);
        const bad = [
          !(parseFloat(style.lineHeight) >= 1.5 * em - 0.5) && `line-height ${style.lineHeight}`,
          !(parseFloat(style.letterSpacing) > 0) && `letter-spacing ${style.letterSpacing}`,
          !(parseFloat(style.wordSpacing) > 0) && `word-spacing ${style.wordSpacing}`,
        ].filter(Boolean);
        return bad.length ? [`${name} (${em}px): ${bad.join(', ')}`] : [];
      });
      expect(wrong).to.deep.equal([]);
    });

    it('scrolls nothing sideways at 320px with it', async () => {
      const frame = await openFrame({ srcdoc: (await pageSource()).replace('</head>', `<style>${TEXT_SPACING_CSS}</style></head>`), width: 320 });
      expect(pastRightEdge(frame.contentDocument!, 320)).to.deep.equal([]);
    });

    it('cuts no text off with it (no box that clips holds more than it shows), at 375px and 1280px', async () => {
      for (const width of [375, 1280]) {
        const frame = await openFrame({ srcdoc: (await pageSource()).replace('</head>', `<style>${TEXT_SPACING_CSS}</style></head>`), width });
        expect(clippedText(frame.contentDocument!), `${width}px`).to.deep.equal([]);
        frame.remove();
      }
    });
  });

  describe('on a host page with aggressive global CSS', () => {
    it('keeps every element’s box and the article’s typography', async function () {
      this.timeout(20000);
      const source = await pageSource();
      const clean = await openFrame({ srcdoc: source });
      const hostile = await openFrame({
        srcdoc: source.replace('</head>', `<style>${HOSTILE_CSS}</style></head>`).replace('</body>', '<p id="host-text">The host’s own text.</p></body>'),
      });
      const hostileDoc = hostile.contentDocument!;
      const hostText = getComputedStyle(hostileDoc.getElementById('host-text')!);
      expect([hostText.color, hostText.fontSize], 'the hostile CSS applies to the host’s own text').to.deep.equal(['rgb(255, 0, 0)', '30px']);
      expect(boxes(hostileDoc)).to.deep.equal(boxes(clean.contentDocument!));
      const paragraph = (doc: Document) => getComputedStyle(doc.querySelector('article-body > p')!);
      for (const property of ['color', 'fontFamily', 'fontSize', 'lineHeight', 'marginBlockEnd'] as const) {
        expect(paragraph(hostileDoc)[property], property).to.equal(paragraph(clean.contentDocument!)[property]);
      }
      for (const selector of ['article-header > h1', 'article-header > [slot=dek]', 'article-body > h2', 'article-body > p']) {
        const style = (doc: Document) => getComputedStyle(doc.querySelector(selector)!);
        for (const property of ['letterSpacing', 'textIndent', 'textTransform', 'wordSpacing'] as const) {
          expect(style(hostileDoc)[property], `${selector} ${property}`).to.equal(style(clean.contentDocument!)[property]);
        }
      }
      const link = (doc: Document) => getComputedStyle(doc.querySelector('article-body > p a')!);
      expect(link(hostileDoc).textDecorationLine).to.equal(link(clean.contentDocument!).textDecorationLine);
      expect(link(hostileDoc).color).to.equal(link(clean.contentDocument!).color);
    });

    it('lets the host restyle the article through the theme tokens', async () => {
      const source = await pageSource();
      const frame = await openFrame({ srcdoc: source.replace('</head>', '<style>#story { --article-color-text: rgb(1, 2, 3); --article-font-body: monospace; }</style></head>') });
      const paragraph = getComputedStyle(frame.contentDocument!.querySelector('article-body > p')!);
      expect(paragraph.color).to.equal('rgb(1, 2, 3)');
      expect(paragraph.fontFamily).to.equal('monospace');
    });
  });
});
