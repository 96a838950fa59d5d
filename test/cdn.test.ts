// The script-tag build, as a third-party site uses it: dist/cdn/article-elements.{js,iife.js,css}.
// `npm test` builds dist/ first. This file imports no element from src/ (only stylesheets to
// compare): the bundle defines the elements.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { documentStyles as body } from '../src/article-body/article-body.styles.js';
import { documentStyles as header } from '../src/article-header/article-header.styles.js';
import { documentStyles as figure } from '../src/image-figure/image-figure.styles.js';
import { documentStyles as quote } from '../src/pull-quote/pull-quote.styles.js';
import { documentStyles as themes } from '../src/themes/themes.styles.js';
import { blueskyIsoPost, blueskyPost } from './fixtures/tweet-quote-bluesky.js';
import { mastodonCopy, mastodonWithText } from './fixtures/tweet-quote-mastodon.js';
import { xComPost, xPost, xRtlPost } from './fixtures/tweet-quote-x.js';
import { captureWarnings, layoutShiftDuring } from './helpers.js';

const BUNDLE = '/dist/cdn/article-elements.js';
const YT = 'https://www.youtube.com/watch?v=M7lc1UVf-VE';

function linkStylesheet(href: string): Promise<unknown> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  document.head.append(link);
  return new Promise((resolve) => link.addEventListener('load', resolve));
}

/**
 * `markup` in a frame `width` wide that links article-elements.css; the boxes of every `selector`
 * element before and after the bundle upgrades them (added once the page has painted, as a phone
 * reader sees it).
 */
async function upgradeInFrame(markup: string, width: number, selector: string, pageCss = '') {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe
    style="width: ${width}px; height: 900px; border: 0"
    srcdoc=${`<!doctype html><html lang="en"><link rel="stylesheet" href="/dist/cdn/article-elements.css"><style>${pageCss}</style><body style="margin: 0">${markup}<p id="end">End.</p>`}
  ></iframe>`);
  await waitUntil(() => frame.contentDocument?.querySelector('link')?.sheet && frame.contentDocument.getElementById('end'), 'the page and its stylesheet');
  const doc = frame.contentDocument!;
  await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
  const boxes = () =>
    [...doc.querySelectorAll(selector), doc.getElementById('end')!].map((el, i) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return `${i} ${el.localName} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
    });
  const before = boxes();
  doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src: BUNDLE }));
  await frame.contentWindow!.customElements.whenDefined(doc.querySelector(selector)!.localName);
  await Promise.all([...doc.querySelectorAll('*')].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise(requestAnimationFrame);
  return { before, after: boxes(), doc };
}

/** Headers with each combination of dates, with and without a body (so a reading time), in English and French. */
const DATED_ARTICLES = (() => {
  const words = 'Lanterns went up along the river as the light went, and the crowd kept coming. '.repeat(30);
  // Each page writes its dates in its own language, as the script will.
  const day = (lang: string, n: number) => `${n} ${lang === 'fr' ? 'novembre' : 'November'} 2026`;
  const dates = (lang: string) => ({
    both: `<time slot="published" datetime="2026-11-09T18:30:00Z">${day(lang, 9)}</time><time slot="updated" datetime="2026-11-10T08:05:00Z">${day(lang, 10)}</time>`,
    updated: `<time slot="updated" datetime="2026-11-10T08:05:00Z">${day(lang, 10)}</time>`,
    published: `<time slot="published" datetime="2026-11-09T18:30:00Z">${day(lang, 9)}</time>`,
    none: '',
  });
  const article = (lang: string, kind: keyof ReturnType<typeof dates>, withBody: boolean) => `<article lang="${lang}">
    <article-header section="Culture"><h1>Lantern festival draws record crowds</h1>
      <p slot="dek">The town is already asking how to make room for the next one.</p>
      <a slot="byline" href="/a">Ada Lovelace</a>${dates(lang)[kind]}</article-header>
    ${withBody ? `<article-body><p>${words}</p></article-body>` : '<p>No body here.</p>'}</article>`;
  return (['en', 'fr'] as const)
    .flatMap((lang) => (['both', 'updated', 'published', 'none'] as const).flatMap((kind) => [article(lang, kind, true), article(lang, kind, false)]))
    .join('');
})();

/** A blog theme's quotations and paragraphs, which posts and pull-quotes are until they upgrade. */
const THEME_QUOTE_RULES =
  'blockquote { font-size: 1.5em; padding: 1em 2em; border-left: 6px solid; background: #ffd; text-indent: 1em; quotes: none } p { text-indent: 2em; font-size: 20px; line-height: 2 }';

describe('CDN bundle', () => {
  it('links the same document styles the elements adopt (themes, light-DOM typography)', async () => {
    const squash = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
    const file = squash(await (await fetch('/dist/cdn/article-elements.css')).text());
    for (const styles of [themes, body, header, figure, quote]) expect(file).to.contain(squash(styles.cssText));
  });

  it('upgrades with zero layout shift when the page links article-elements.css (every element: sample-article.test.ts)', async () => {
    await linkStylesheet('/dist/cdn/article-elements.css');
    const page = await fixture(html`<main style="width: 640px">
      <p>Before the video.</p>
      <video-embed poster="none"><a href=${YT}>Lanterns on the river</a></video-embed>
      <video-embed poster="none"><a href="https://www.youtube.com/shorts/M7lc1UVf-VE">A short</a></video-embed>
      <video-embed poster="none" aspect-ratio="4:3"><a href="https://vimeo.com/76979871">Time-lapse</a></video-embed>
      <video-embed poster="none" src="https://www.youtube.com/shorts/M7lc1UVf-VE" title="A short by its src"></video-embed>
      <video-embed poster="none" aspect-ratio="4:3"><a href="https://www.youtube.com/shorts/M7lc1UVf-VE">A short at 4:3</a></video-embed>
      <p>After the video.</p>
    </main>`);
    const boxes = () => [...page.querySelectorAll('video-embed')].map((el) => Math.round(el.getBoundingClientRect().height));
    const before = boxes();
    expect(before).to.deep.equal([360, 1138, 480, 1138, 480]);
    const shift = await layoutShiftDuring(async () => {
      await import(BUNDLE);
      await Promise.all([...page.querySelectorAll('video-embed')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    });
    expect(page.querySelector('video-embed')!.shadowRoot, 'upgraded').to.exist;
    expect(boxes()).to.deep.equal(before);
    expect(shift).to.equal(0);
  });

  it('upgrades a mosaic of photos and a carousel of portrait figures without moving a photo or a caption', async () => {
    // Photos that arrive late: every box comes from width and height, before and after.
    const photo = (name: string, width: number, height: number) =>
      `<img src="/samples/gallery-${name}.svg?delay=3000" alt="${name}" width="${width}" height="${height}">`;
    const figure = (name: string, width: number, height: number, caption: string) =>
      `<image-figure credit="Image via the Harbour Office">${photo(name, width, height)}<figcaption>${caption}</figcaption></image-figure>`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe
      style="width: 760px; height: 1400px; border: 0"
      srcdoc=${`<!doctype html><link rel="stylesheet" href="/dist/cdn/article-elements.css"><main style="width: 700px">
        <image-gallery layout="mosaic">${photo('harbour', 1200, 800)}${photo('tower', 600, 900)}${photo('field', 1600, 600)}${photo('market', 900, 900)}</image-gallery>
        <image-gallery>${figure('tower', 600, 900, 'The old tower by the water, seen from the bridge at dusk')}${figure('field', 1600, 600, 'The long field')}</image-gallery>
        <p>After the galleries.</p></main>`}
    ></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('link')?.sheet && frame.contentDocument.querySelector('p'), 'the page and its stylesheet');
    const doc = frame.contentDocument!;
    const boxes = () =>
      [...doc.querySelectorAll('image-gallery, img, figcaption, p')].map((el) => {
        const { x, y, width, height } = el.getBoundingClientRect();
        return `${el.localName} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
      });
    const before = boxes();
    doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src: BUNDLE }));
    await frame.contentWindow!.customElements.whenDefined('image-gallery');
    await Promise.all([...doc.querySelectorAll('image-gallery, image-figure')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(doc.querySelector('image-gallery')!.shadowRoot, 'upgraded').to.exist;
    expect(boxes()).to.deep.equal(before);
  });

  // A module script runs after the first paint, so on a phone the reader sees the pre-upgrade box.
  for (const width of [320, 375, 800]) {
    // The upgraded dateline adds "Updated" and the reading time: it must not take more lines then.
    it(`upgrades article headers without moving the text below, at ${width}px, whichever dates and reading time they show`, async () => {
      const { before, after, doc } = await upgradeInFrame(DATED_ARTICLES, width, 'article-header');
      expect(doc.querySelector('article-header')!.shadowRoot?.querySelector('[part=reading-time]'), 'upgraded, with a reading time').to.exist;
      expect(after).to.deep.equal(before);
    });

    // The embed code is laid out in the card's box: the byline where the footer goes, media in its grid.
    it(`upgrades social posts of every network and form without changing their boxes, at ${width}px`, async () => {
      const posts = [
        xPost,
        xComPost,
        xRtlPost,
        blueskyPost,
        blueskyIsoPost,
        mastodonWithText,
        mastodonCopy,
        `${xPost}<img src="/samples/post-lanterns.svg" alt="Lanterns" width="1200" height="800">`,
        `${xPost}<img src="/samples/post-lanterns.svg" alt="One" width="1200" height="800"><img src="/samples/post-bridge.svg" alt="Two" width="800" height="800"><img src="/samples/post-lanterns.svg" alt="Three" width="1200" height="800">`,
      ].map((post) => `<tweet-quote>${post}</tweet-quote>`);
      posts.push(
        `<tweet-quote unavailable>${xPost}</tweet-quote>`,
        '<tweet-quote author="Ada Lovelace" handle="ada_l" href="https://twitter.com/ada_l/status/1593019283746512345" date="2016-11-09" verified><p>Opening night at the river.</p><p>A second paragraph.</p></tweet-quote>',
        '<tweet-quote author="Ada Lovelace" date="2016-11-09"><p>Dated, with no link.</p></tweet-quote>',
        // Mastodon's embed code copied without its inline style (margin: 0), with the name and date as attributes.
        '<tweet-quote author="Harbour Office" date="2024-11-12"><blockquote class="mastodon-embed"><a href="https://social.example/@ada/113000000000000001"><div>Post by @ada@social.example</div><div>View on Mastodon</div></a></blockquote><p>High tide at 7:25 on Sunday: the lantern boats leave from the east quay.</p></tweet-quote>',
        // What the card never draws: a frame and an image in the text, a form in the byline.
        '<tweet-quote><blockquote class="twitter-tweet"><p>Safe words <a href="javascript:void 0">a javascript: link</a><iframe src="about:blank"></iframe><img src="/samples/post-bridge.svg" alt="" width="800" height="800"></p><form><input value="a form"></form>&mdash; Mallory (@mallory) <a href="https://twitter.com/mallory/status/1600000000000000000">November 9, 2016</a></blockquote></tweet-quote>',
        // Half the embed code: a byline without the post's link, so a card without a footer.
        '<tweet-quote><blockquote class="twitter-tweet"><p>Someone pasted only half of the embed code.</p>&mdash; (@half_paste)</blockquote></tweet-quote>',
      );
      const markup = posts.map((post) => `<section>${post}</section>`).join('');
      const { before, after, doc } = await upgradeInFrame(markup, width, 'tweet-quote');
      expect(doc.querySelector('tweet-quote')!.shadowRoot?.querySelector('[part=card]'), 'upgraded').to.exist;
      expect(after).to.deep.equal(before);
      // A blog theme's quotations, which the embed code is until it upgrades.
      const themed = await upgradeInFrame(markup, width, 'tweet-quote', THEME_QUOTE_RULES);
      expect(themed.after, 'on a page that styles blockquotes').to.deep.equal(themed.before);
    });
  }

  for (const width of [320, 375, 800]) {
    it(`upgrades quotes, lists, figures, galleries and headers of every shape without changing their boxes, at ${width}px`, async () => {
      const quote = (attrs: string, text = '<blockquote><p>We have never seen the river so bright.</p></blockquote>') => `<pull-quote ${attrs}>${text}</pull-quote>`;
      const markup = [
        quote('by="Ada Okonjo-Lindqvist, chair of the festival committee since 2019" by-title="Festival chair and occasional lantern maker"'),
        quote('by="Ada Okonjo" by-title="Festival chair" cite="https://news.example/interview"'),
        quote('by="Ada Okonjo" cite="https://news.example/interview"'),
        quote('by="Ada Okonjo" by-title="Festival chair and occasional lantern maker" cite="javascript:alert(1)"'),
        quote('by="Ada Okonjo" by-title="Festival chair and occasional lantern maker" cite="mailto:ada@news.example"'),
        quote('by="Ada Okonjo" cite="tel:+441234567890"'),
        quote('layout="wide" by="Ada Okonjo" by-title="Festival chair"'),
        quote('by="Ada"', '<p>A quotation written as a bare paragraph.</p>'),
        '<related-articles heading="Latest"><ul><li><a href="javascript:void 0">Left out</a></li><li><a href="https://news.example/a">The one that stays</a></li><li><a href="https://news.example/b">And another</a></li></ul></related-articles>',
        '<image-gallery label="Nothing to show"></image-gallery>',
        '<image-gallery label="One photo"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"></image-gallery>',
        '<image-gallery label="One figure"><image-figure credit="Image via the Harbour Office"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"><figcaption>The kiln.</figcaption></image-figure></image-gallery>',
        // A file whose own ratio (square) is not its width and height's (3:2): the box keeps the attributes'.
        '<image-figure credit="Image via the Harbour Office"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"><figcaption>The kiln.</figcaption></image-figure>',
        '<image-figure><picture><source srcset="/samples/photo-kiln.svg" type="image/svg+xml"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"></picture><figcaption>In a picture.</figcaption></image-figure>',
        '<article-header><h1>Headline</h1><a slot="byline" href="/a">Ada Lovelace</a><a slot="byline" href="/b">Tomás Reyes</a><span slot="byline">Mira Okafor-Lindqvist</span><time slot="published" datetime="2026-11-09T18:30:00Z">9 November 2026</time></article-header>',
      ];
      const { before, after, doc } = await upgradeInFrame(markup.map((item) => `<section>${item}</section>`).join(''), width, 'section > *');
      expect(doc.querySelector('pull-quote')!.shadowRoot, 'upgraded').to.exist;
      expect(after).to.deep.equal(before);
      const themed = await upgradeInFrame(markup.map((item) => `<section>${item}</section>`).join(''), width, 'section > *', THEME_QUOTE_RULES);
      expect(themed.after, 'on a page that styles blockquotes').to.deep.equal(themed.before);
      const quoted = themed.doc.querySelector('pull-quote > blockquote')!;
      expect(getComputedStyle(quoted.firstElementChild!, '::before').content, 'its marks').to.equal('open-quote');
      expect(getComputedStyle(quoted).quotes, 'its marks').to.not.equal('none');
      expect(getComputedStyle(quoted).backgroundColor, 'no panel of the page’s').to.equal('rgba(0, 0, 0, 0)');
    });
  }

  it('keeps each element’s width where the page gives it a max-width, padding and a border (the demo’s related list)', async () => {
    // The upgraded hosts are border-box (core/tokens.ts), so the boxes before upgrade are too.
    const markup = [
      '<related-articles heading="Latest"><ul><li><a href="https://news.example/a">A story</a></li></ul></related-articles>',
      '<image-figure credit="Image via the Harbour Office"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"><figcaption>The kiln.</figcaption></image-figure>',
      '<pull-quote by="Ada Okonjo"><blockquote><p>We have never seen the river so bright.</p></blockquote></pull-quote>',
      `<video-embed><a href="${YT}">View this video on YouTube</a></video-embed>`,
      '<image-gallery label="Two photos"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"><img src="/samples/photo-kiln.svg" alt="The kiln again" width="1200" height="800"></image-gallery>',
    ];
    const pageCss = 'section > * { max-width: 300px; padding-inline: 20px; border: 2px solid }';
    const { before, after } = await upgradeInFrame(markup.map((item) => `<section>${item}</section>`).join(''), 375, 'section > *', pageCss);
    const widths = (boxes: string[]) => boxes.slice(0, markup.length).map((box) => box.replace(/^(\d+ [\w-]+) \S+ (\d+)×.*/, '$1 $2'));
    expect(widths(after)).to.deep.equal(widths(before));
    // And their heights: a video's ratio and a carousel's bar are inside the page's padding, before upgrade as after.
    expect(after).to.deep.equal(before);
  });

  // After upgrade a page's rules on a host beat its :host defaults, whatever their specificity:
  // before upgrade they must too, so a class on the element gives the same box either way.
  describe('where the page styles the element itself (a class with a max-width, padding, a border, a margin)', () => {
    const ELEMENTS = {
      'article-header': '<article-header section="Culture"><h1>Lantern festival draws record crowds</h1><a slot="byline" href="/a">Ada Lovelace</a><time slot="published" datetime="2026-11-09T18:30:00Z">November 9, 2026</time></article-header>',
      'article-body': '<article-body><p>Lanterns went up along the river as the light went, and the crowd kept coming.</p></article-body>',
      'image-figure': '<image-figure credit="Image via the Harbour Office"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"><figcaption>The kiln.</figcaption></image-figure>',
      'image-gallery': '<image-gallery label="Two photos"><img src="/samples/photo-kiln.svg" alt="The kiln" width="1200" height="800"><img src="/samples/photo-kiln.svg" alt="The kiln again" width="1200" height="800"></image-gallery>',
      // (Photos of their attributes' ratio: the grid's keep the file's own once it loads.)
      'image-gallery (grid)': '<image-gallery layout="grid" label="Two photos"><img src="/samples/photo-lanterns.svg" alt="Lanterns" width="1200" height="800"><img src="/samples/photo-lanterns.svg" alt="Lanterns again" width="1200" height="800"></image-gallery>',
      'pull-quote': '<pull-quote by="Ada Okonjo" by-title="Festival chair"><blockquote><p>We have never seen the river so bright, or so many people come down to it on a cold night.</p></blockquote></pull-quote>',
      'tweet-quote': `<tweet-quote>${xPost}</tweet-quote>`,
      'video-embed': `<video-embed poster="none"><a href="${YT}">View this video on YouTube</a></video-embed>`,
      'related-articles': '<related-articles heading="Latest"><ul><li><a href="https://news.example/a">A story</a></li><li><a href="https://news.example/b">Another</a></li></ul></related-articles>',
    };
    const RULES = {
      'a max-width': 'max-width: 300px',
      padding: 'padding: 10px 14px',
      'a border': 'border: 3px solid',
      'a margin': 'margin: 12px 20px',
      'all four': 'max-width: 300px; padding: 10px 14px; border: 3px solid; margin: 12px 20px',
      'a width': 'width: 280px',
      'display: none': 'display: none',
      // Bootstrap's d-none (and d-md-none, …): important, and unlayered.
      'display: none !important': 'display: none !important',
      'display: block': 'display: block',
    };
    // The light DOM a reader still sees once upgraded, slotted: inside the page's padding either way.
    const INSIDE: Record<string, string> = {
      'image-figure': ', div > image-figure > *',
      'image-gallery': ', div > image-gallery > :first-child',
      'image-gallery (grid)': ', div > image-gallery > *',
      'pull-quote': ', div > pull-quote > blockquote > p', // its text: the rule beside it is the quotation's own border before upgrade
    };
    // Still different, and why. Before upgrade the post card is the host itself (its padding and
    // border), so a page's padding or border replaces the card's instead of adding to it. Until
    // upgrade a post, a pull-quote, a header and a gallery lay out their light DOM in a grid or
    // flex box of the host's (the post's media grid and its Mastodon footer's order; the
    // attribution's lines, the host's ::before put after the quotation; the header's rows, its
    // dates after the bylines; the carousel's row), of two types' specificity: a page's type rule
    // (`tweet-quote { display: block }`) can't undo it, nor hide the element until upgrade; a
    // page's class can, so its display: none (Tailwind's `hidden`) hides at once, and its
    // display: block (`md:block`) undoes the layout until upgrade. A video's box needs no grid:
    // its display is the page's.
    const KNOWN = new Set([
      'tweet-quote padding', 'tweet-quote a border', 'tweet-quote all four',
      'tweet-quote display: block', 'pull-quote display: block', 'article-header display: block',
      'tweet-quote display: none by type', 'pull-quote display: none by type', 'article-header display: none by type',
      'image-gallery display: none by type', 'image-gallery (grid) display: none by type',
      'image-gallery display: block', 'image-gallery (grid) display: block',
    ]);
    for (const [element, markup] of Object.entries(ELEMENTS)) {
      const tag = element.split(' ')[0]!;
      // As Vue's v-show hides, and React's style={{ display: 'none' }}.
      it(`hides <${tag}>${element.slice(tag.length)} with display: none in its style attribute, before and after upgrade`, async () => {
        const { before, after } = await upgradeInFrame(`<div>${markup.replace(`<${tag}`, `<${tag} style="display: none"`)}</div>`, 375, `div > ${tag}`);
        expect(before[0], 'before upgrade').to.match(/ 0×0$/);
        expect(after).to.deep.equal(before);
      });
      it(`hides <${tag} hidden>${element.slice(tag.length)} before and after upgrade, and keeps hidden="until-found" in the page`, async () => {
        const { before, after } = await upgradeInFrame(`<div>${markup.replace(`<${tag}`, `<${tag} hidden`)}</div>`, 375, `div > ${tag}`);
        expect(before[0], 'no box before upgrade').to.match(/ 0×0$/);
        expect(after).to.deep.equal(before);
        // Hidden until the browser's find-in-page reaches it: a box (its content skipped), not display: none.
        const found = await upgradeInFrame(`<div>${markup.replace(`<${tag}`, `<${tag} hidden="until-found"`)}</div>`, 375, `div > ${tag}`);
        expect(found.before[0], 'until found, a box before upgrade').not.to.match(/ 0×0$/);
        expect(found.after[0], 'and after').not.to.match(/ 0×0$/);
      });
    }
    // A page's display on the element by type (`video-embed { display: block }`, common advice
    // for custom elements) as well as by class (Tailwind's `hidden`, or `hidden md:block`).
    const BY_TYPE = ['display: none', 'display: block'];
    for (const [element, markup] of Object.entries(ELEMENTS)) {
      const tag = element.split(' ')[0]!;
      for (const [name, rule] of Object.entries(RULES)) {
        if (!KNOWN.has(`${element} ${name}`)) it(`keeps <${tag}>’s box${element.slice(tag.length)}, and the next paragraph’s place, with ${name}`, async () => {
          const withClass = markup.replace(`<${tag}`, `<${tag} class="post"`);
          const { before, after, doc } = await upgradeInFrame(`<div>${withClass}</div>`, 375, `div > ${tag}${INSIDE[element] ?? ''}`, `.post { ${rule} }`);
          expect(doc.querySelector(tag)!.matches(':defined'), 'upgraded').to.be.true;
          expect(after).to.deep.equal(before);
          if (rule.startsWith('display: none')) expect(after[0], 'hidden').to.match(/ 0×0$/);
        });
        if (!BY_TYPE.includes(name) || KNOWN.has(`${element} ${name} by type`)) continue;
        it(`keeps <${tag}>’s box${element.slice(tag.length)}, and the next paragraph’s place, with ${name} in a type rule`, async () => {
          const { before, after, doc } = await upgradeInFrame(`<div>${markup}</div>`, 375, `div > ${tag}${INSIDE[element] ?? ''}`, `${tag} { ${rule} }`);
          expect(doc.querySelector(tag)!.matches(':defined'), 'upgraded').to.be.true;
          expect(after).to.deep.equal(before);
          if (rule.startsWith('display: none')) expect(after[0], 'hidden').to.match(/ 0×0$/);
        });
      }
    }
  });

  // The resets most sites start from (Tailwind's preflight, modern-normalize): every margin and
  // padding zeroed, images blocks that keep their own ratio. Unlayered, they outrank our layered
  // pre-upgrade rules unless those are important.
  const RESET = `*, ::before, ::after { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0 }
    img, video { display: block; max-width: 100%; height: auto } blockquote, figure, p, h1, h2 { margin: 0 }`;

  for (const width of [375, 1000]) {
    it(`upgrades the sample article without moving anything on a page with a CSS reset, at ${width}px`, async () => {
      const page = await (await fetch('/index.html')).text();
      const main = page.slice(page.indexOf('<main'), page.indexOf('</main>') + 7);
      // Each element's box; in a gallery, what a reader sees of its figures: photos and captions.
      const tags = 'article-header, article-body, :not(image-gallery) > image-figure, image-gallery, image-gallery img, image-gallery figcaption, pull-quote, tweet-quote, video-embed, related-articles';
      const { before, after, doc } = await upgradeInFrame(main, width, tags, RESET);
      expect(doc.querySelector('image-gallery')!.shadowRoot, 'upgraded').to.exist;
      expect(after).to.deep.equal(before);
    });
  }

  // Chromium scores a move where none is seen when a right-to-left gallery stops being a scroll
  // container on upgrade (`overflow: hidden` before, its track scrolls after): the gallery, off the
  // page's left edge in a centred column, "moved" from 0 to 260px, a score of 0.11.
  it('upgrades a right-to-left carousel in a centred column with a layout-shift score of 0', async () => {
    const figure = (name: string) => `<image-figure credit="Image via the Harbour Office"><img src="/samples/gallery-${name}.svg" alt="${name}" width="1200" height="800"><figcaption>The ${name}.</figcaption></image-figure>`;
    const markup = `<div dir="rtl" lang="ar" style="max-width: 760px; margin: auto"><image-gallery layout="carousel">${figure('harbour')}${figure('field')}</image-gallery></div>`;
    const { before, after, doc } = await upgradeInFrame(markup, 1280, 'image-gallery, image-gallery img, image-gallery figcaption');
    expect(after).to.deep.equal(before);
    // Every shift the frame recorded (none, or the observer never calls back), the few frames after upgrade included.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shifts = await new Promise<number[]>((resolve) => {
      new (doc.defaultView as typeof window).PerformanceObserver((list) => resolve(list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 200);
    });
    expect(shifts).to.deep.equal([]);
  });

  // The upgraded carousel scrolls its track to the photo `index` names (from 0, rounded, clamped
  // to the photos there are): before upgrade that photo must be the one in the gallery's box, or
  // the reader sees photo 1, then a jump to it.
  describe('a carousel whose index attribute names a photo other than the first', () => {
    const INDEXES = ['2', '9', '4', '0', '-3', '1.6', 'two', ''];
    const SHOWN = [2, 4, 4, 0, 0, 2, 0, 0];
    const photo = (n: number) => `<img src="/samples/gallery-harbour.svg?n=${n}" alt="Photo ${n}" width="1200" height="800">`;
    const figure = (name: string, width: number, height: number) =>
      `<image-figure credit="Image via the Harbour Office"><img src="/samples/gallery-${name}.svg" alt="${name}" width="${width}" height="${height}"><figcaption>The ${name}, with a caption long enough to wrap.</figcaption></image-figure>`;
    const galleries = (dir: string) =>
      `<div dir="${dir}">${INDEXES.map((index) => `<image-gallery index="${index}">${[1, 2, 3, 4, 5].map(photo).join('')}</image-gallery>`).join('')}
        <image-gallery index="1">${figure('tower', 600, 900)}${figure('field', 1600, 600)}${figure('harbour', 1200, 800)}</image-gallery>
        <image-gallery index="7" style="padding: 10px 14px; border: 3px solid">${figure('field', 1600, 600)}${figure('tower', 600, 900)}</image-gallery></div>`;
    const SHOWN_ALL = [...SHOWN, 1, 1];
    /** For each gallery in `boxes` (upgradeInFrame's: a gallery, then its photos), the photo (from 0) inside the gallery's box; -1 for none or several. */
    const inView = (boxes: string[]) => {
      const shown: number[][] = [];
      let gallery = [0, 0];
      for (const box of boxes) {
        const [, name, x, , width] = box.split(/[ ,×]/);
        if (name === 'image-gallery') shown.push([]), (gallery = [Number(x), Number(x) + Number(width)]);
        else if (name === 'img') shown.at(-1)!.push(Number(x) >= gallery[0]! && Number(x) + Number(width) <= gallery[1]! ? 1 : 0);
      }
      return shown.map((photos) => (photos.filter(Boolean).length === 1 ? photos.indexOf(1) : -1));
    };

    for (const dir of ['ltr', 'rtl']) {
      for (const width of [375, 800]) {
        it(`shows that photo before upgrade, and upgrades without moving a photo or a caption, ${dir} at ${width}px`, async () => {
          // The figures too: invisible boxes, but a page may draw them (a border, a background).
          const { before, after, doc } = await upgradeInFrame(galleries(dir), width, 'image-gallery, image-gallery > image-figure, image-gallery img, image-gallery figcaption');
          expect(inView(before), 'before upgrade').to.deep.equal(SHOWN_ALL);
          expect([...doc.querySelectorAll('image-gallery')].map((el) => (el as HTMLElement & { index: number }).index), 'the element’s own index').to.deep.equal(SHOWN_ALL);
          expect(inView(after), 'after upgrade').to.deep.equal(SHOWN_ALL);
          expect(after).to.deep.equal(before);
        });
      }
    }

    it('shows no neighbouring photo in the page’s padding on the gallery, before upgrade as after', async () => {
      const gallery = `<image-gallery index="1" style="padding: 0 24px">${[1, 2, 3].map(photo).join('')}</image-gallery>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 375px; height: 600px; border: 0"
        srcdoc=${`<!doctype html><html lang="en"><link rel="stylesheet" href="/dist/cdn/article-elements.css"><body style="margin: 0">${gallery}<p id="end">End.</p>`}></iframe>`);
      await waitUntil(() => frame.contentDocument?.querySelector('link')?.sheet && frame.contentDocument.getElementById('end'), 'the page and its stylesheet');
      const doc = frame.contentDocument!;
      // What a reader sees in the padding either side, level with the photos (once upgraded, in
      // its shadow root, where a slotted photo is still the <img>).
      const seen = () => {
        const el = doc.querySelector('image-gallery')!;
        const box = el.getBoundingClientRect();
        return [box.left + 12, box.right - 12].map((x) => (el.shadowRoot ?? doc).elementFromPoint(x, box.top + 60)?.localName);
      };
      expect(seen(), 'before upgrade').to.deep.equal(['image-gallery', 'image-gallery']);
      doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src: BUNDLE }));
      await frame.contentWindow!.customElements.whenDefined('image-gallery');
      await (doc.querySelector('image-gallery') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise(requestAnimationFrame);
      expect(seen(), 'after upgrade').to.deep.equal(['image-gallery', 'image-gallery']);
    });

    // Browsers without typed attr() or sibling-count() (neither yet in Firefox or Safari): photo
    // 1, as before there was a rule for the index, in the same box. Here, the stylesheet with
    // either function renamed to one no browser knows.
    for (const missing of ['attr(index', 'sibling-count(']) {
      it(`shows photo 1 in the same box where CSS has no ${missing})`, async () => {
        const css = await (await fetch('/dist/cdn/article-elements.css')).text();
        expect(css.includes(missing), 'the rule to knock out').to.be.true;
        const boxesWith = async (sheet: string) => {
          const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 375px; height: 900px; border: 0"
            srcdoc=${`<!doctype html><html lang="en"><style>${sheet}</style><body style="margin: 0">${galleries('ltr')}<p id="end">End.</p>`}></iframe>`);
          await waitUntil(() => frame.contentDocument?.getElementById('end'), 'the page');
          const doc = frame.contentDocument!;
          await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
          return [...doc.querySelectorAll('image-gallery, image-gallery img, #end')].map((el) => {
            const { x, y, width, height } = el.getBoundingClientRect();
            return `${el.localName} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
          });
        };
        const without = await boxesWith(css.replaceAll(missing, `x-${missing}`));
        expect(inView(without.map((box) => `0 ${box}`))).to.deep.equal(SHOWN_ALL.map(() => 0));
        const galleryBoxes = (boxes: string[]) => boxes.filter((box) => !box.startsWith('img'));
        expect(galleryBoxes(without), 'the galleries’ boxes and the text below').to.deep.equal(galleryBoxes(await boxesWith(css)));
      });
    }

    it('stacks the photos without scripts, each below the one before, all in the box', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe sandbox="allow-same-origin" style="width: 375px; height: 900px; border: 0"
        srcdoc=${`<!doctype html><html lang="en"><link rel="stylesheet" href="/dist/cdn/article-elements.css"><body style="margin: 0">${galleries('ltr')}<p id="end">End.</p>`}></iframe>`);
      await waitUntil(() => frame.contentDocument?.querySelector('link')?.sheet && frame.contentDocument.getElementById('end'), 'the page and its stylesheet');
      const doc = frame.contentDocument!;
      expect(doc.defaultView!.matchMedia('(scripting: none)').matches, 'scripting is off').to.be.true;
      for (const gallery of doc.querySelectorAll('image-gallery')) {
        const box = gallery.getBoundingClientRect();
        const slides = [...gallery.children].map((slide) => slide.getBoundingClientRect());
        const inside = slides.map((slide) => slide.left >= box.left && slide.right <= box.right && slide.top >= box.top && slide.bottom <= box.bottom);
        expect(inside, `index="${gallery.getAttribute('index')}": every photo in the box`).to.deep.equal(slides.map(() => true));
        expect(slides.slice(1).every((slide, i) => slide.top >= slides[i]!.bottom), 'each below the one before').to.be.true;
      }
    });
  });

  // Upgraded, every element's box is border-box (its :host rule): a page that sizes an element and
  // pads or borders it (the demo's related-articles { max-width: 64rem; padding-inline: 1rem })
  // gets the same box before upgrade. The list grew 32px wider than its max-width there.
  it('upgrades elements the page sizes, pads and borders without changing their boxes', async () => {
    const photo = (name: string) => `<img src="/samples/gallery-${name}.svg" alt="${name}" width="1200" height="800">`;
    const markup = [
      `<related-articles heading="Latest" layout="grid"><ul><li><a href="https://news.example/a">${photo('harbour')}A potter fires the kiln</a></li></ul></related-articles>`,
      `<image-gallery label="Two">${photo('harbour')}${photo('field')}</image-gallery>`,
      `<image-figure credit="Image via the Harbour Office">${photo('field')}<figcaption>The field.</figcaption></image-figure>`,
    ].join('');
    // A gallery's padding-block-end is its controls bar's room before upgrade: only its border here.
    const pageCss = ':is(related-articles, image-gallery, image-figure) { max-width: 20rem; border: 3px solid } :is(related-articles, image-figure) { padding: 1rem }';
    for (const width of [375, 1280]) {
      const { before, after } = await upgradeInFrame(markup, width, 'body > *', pageCss);
      expect(after, `at ${width}px`).to.deep.equal(before);
    }
  });

  it('upgrades figures and quotes floated in an article body without moving them or the text around them', async () => {
    const words = (n: number) => 'Lanterns went up along the river as the light went. '.repeat(n);
    const body = `<article-body><p>${words(6)}</p>
      <image-figure layout="left" credit="Image via the Harbour Office"><img src="/samples/photo-bridge.svg" alt="The footbridge" width="800" height="1000"><figcaption>The footbridge.</figcaption></image-figure>
      <p>${words(12)}</p>
      <pull-quote layout="right" by="Tomás Reyes" by-title="Resident"><blockquote><p>It was beautiful. It was also in my driveway.</p></blockquote></pull-quote>
      <p>${words(12)}</p></article-body>`;
    // 560px: a phone's viewport (under the quote's own 36rem media query) in which the body is
    // still wide enough to float; 530px on a Bootstrap 3 page, whose body floats down to 476px.
    for (const [width, pageCss] of [[900, ''], [560, ''], [530, 'html { font-size: 10px } body { font-size: 14px }']] as const) {
      const { before, after } = await upgradeInFrame(body, width, 'article-body, article-body > *', pageCss);
      expect(after, `at ${width}px${pageCss && ' under a 10px root'}`).to.deep.equal(before);
    }
  });

  describe('for readers without scripts', () => {
    /** `markup` in a frame that links article-elements.css; a sandbox without allow-scripts is a page where scripting is off, as with JavaScript disabled. */
    async function page(markup: string, scripts: boolean, lang = 'en') {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe sandbox=${scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin'} style="width: 600px; height: 600px; border: 0"
        srcdoc=${`<!doctype html><html lang="${lang}"><link rel="stylesheet" href="/dist/cdn/article-elements.css"><body>${markup}<p id="end">End.</p>`}></iframe>`);
      await waitUntil(() => frame.contentDocument?.querySelector('link')?.sheet && frame.contentDocument.getElementById('end'), 'the page and its stylesheet');
      const doc = frame.contentDocument!;
      expect(doc.defaultView!.matchMedia('(scripting: none)').matches, 'scripting is off').to.equal(!scripts);
      return doc;
    }

    it('shows a pull-quote’s title, but no source “link” that can’t be followed', async () => {
      const quote = '<pull-quote by="Ada Okonjo" by-title="Festival chair" cite="https://news.example/interview"><blockquote><p>So bright.</p></blockquote></pull-quote>';
      const line = (doc: Document) => getComputedStyle(doc.querySelector('pull-quote')!, '::before').content;
      expect(line(await page(quote, false))).to.equal('"Festival chair"');
      // With scripts on, before the upgrade, the line keeps the room of the link to come.
      expect(line(await page(quote, true))).to.contain('Read the source');
    });

    it('shows all of a video’s link in a narrow box, where with scripts on the box keeps its ratio', async () => {
      const video = `<video-embed style="width: 160px"><a href="${YT}">View this video on YouTube: The lantern crossing, from the mill roof, on the first night</a></video-embed>`;
      const box = (doc: Document) => {
        const link = doc.querySelector('video-embed > a')!;
        return { height: Math.round(doc.querySelector('video-embed')!.getBoundingClientRect().height), clipped: link.scrollHeight > link.clientHeight };
      };
      const without = box(await page(video, false));
      expect(without.clipped, 'all of the link shows').to.be.false;
      expect(without.height, 'taller than 16:9').to.be.above(90);
      expect(box(await page(video, true)).height, 'before upgrade, 16:9').to.equal(90);
    });

    it('sets bylines apart with commas (the script joins them as “By A and B”)', async () => {
      const header = '<article-header><h1>Headline</h1><a slot="byline" href="/a">Ada Lovelace</a><a slot="byline" href="/b">Tomás Reyes</a></article-header>';
      const comma = (doc: Document) => [...doc.querySelectorAll('[slot=byline]')].map((a) => getComputedStyle(a, '::after').content);
      expect(comma(await page(header, false))).to.deep.equal(['","', 'none']);
      expect(comma(await page(header, true)), 'before an upgrade, the boxes of the upgraded line').to.deep.equal(['none', 'none']);
    });

    it('says "By" before the bylines and "Updated" before the update, on a line of its own, in English and French', async () => {
      const header = `<article-header><h1>Headline</h1><a slot="byline" href="/a">Ada Lovelace</a><a slot="byline" href="/b">Tomás Reyes</a>
        <time slot="published" datetime="2026-11-09">9 November 2026</time><time slot="updated" datetime="2026-11-10">10 November 2026</time></article-header>`;
      const labels = (doc: Document) => {
        const [first, second] = [...doc.querySelectorAll('[slot=byline]')].map((a) => getComputedStyle(a, '::before').content);
        const [published, updated] = [...doc.querySelectorAll('time')];
        const ownLine = updated!.getBoundingClientRect().top >= published!.getBoundingClientRect().bottom;
        return [first, second, getComputedStyle(updated!, '::before').content, ownLine];
      };
      expect(labels(await page(header, false))).to.deep.equal(['"By"', 'none', '"Updated "', true]);
      expect(labels(await page(header, false, 'fr'))).to.deep.equal(['"Par"', 'none', '"Mis à jour le "', true]);
      // In a language the script has no strings for, no English words: the dates alone, each on its line.
      expect(labels(await page(header, false, 'de'))).to.deep.equal(['none', 'none', 'none', true]);
      // Before an upgrade the room of the script's words is kept (see the larger text sizes'
      // tests below), but none of them is shown.
      const doc = await page(header, true);
      const seen = [...doc.querySelectorAll('[slot=byline]')].map((a) => getComputedStyle(a, '::before').visibility);
      expect(seen).to.deep.equal(['hidden', 'hidden']);
    });

    it('hides every element the page hides by its hidden attribute, its style attribute or an important class', async () => {
      const tags = ['article-header', 'article-body', 'image-figure', 'image-gallery', 'pull-quote', 'tweet-quote', 'video-embed', 'related-articles'];
      for (const attrs of ['hidden', 'style="display: none"', 'class="d-none"']) {
        const doc = await page(`<style>.d-none { display: none !important }</style>${tags.map((tag) => `<${tag} ${attrs}><p>Text</p></${tag}>`).join('')}`, false);
        expect(tags.filter((tag) => getComputedStyle(doc.querySelector(tag)!).display !== 'none'), `shown with ${attrs}`).to.deep.equal([]);
      }
    });

    it('keeps no empty room for what only the script adds: the header’s share row, the post card’s header', async () => {
      const markup = `<article-header><h1>Headline</h1><time slot="published" datetime="2026-11-09">9 November 2026</time></article-header><tweet-quote>${xPost}</tweet-quote>`;
      const gaps = (doc: Document) => {
        const header = doc.querySelector('article-header')!;
        const card = doc.querySelector('tweet-quote')!;
        return {
          belowDate: Math.round(header.getBoundingClientRect().bottom - header.querySelector('time')!.getBoundingClientRect().bottom),
          aboveText: Math.round(card.querySelector('blockquote')!.getBoundingClientRect().top - card.getBoundingClientRect().top),
        };
      };
      const off = gaps(await page(markup, false));
      const on = gaps(await page(markup, true));
      // The article's space below the header (1.5rem and the date's own gap), the card's border and padding (1px + 0.75rem).
      expect(off.belowDate).to.be.at.most(24 + 10);
      expect(off.aboveText).to.equal(13);
      // Before an upgrade, the room is kept (so upgrading shifts nothing).
      expect(on.belowDate).to.be.above(off.belowDate + 30);
      expect(on.aboveText).to.be.above(off.aboveText + 40);
    });
  });

  it('measures a shift where no pre-upgrade rule reserves the box (the control case)', async () => {
    const page = await fixture(html`<main style="width: 640px">
      <late-video poster="none"><a href=${YT}>Lanterns</a></late-video>
      <p>After the video.</p>
    </main>`);
    await import(BUNDLE);
    const VideoEmbed = customElements.get('video-embed')!;
    const shift = await layoutShiftDuring(async () => {
      customElements.define('late-video', class extends VideoEmbed {});
      await (page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(shift).to.be.greaterThan(0);
  });

  it('is harmless when loaded twice: no exception, one warning per element', async () => {
    await import(BUNDLE);
    const warnings = captureWarnings();
    try {
      await import(`${BUNDLE}?copy=2`);
      expect(warnings.messages.length).to.be.greaterThan(0);
      const tags = warnings.messages.map((args) => String(args[0]).match(/<([a-z-]+)>/)?.[1]);
      expect(new Set(tags).size).to.equal(tags.length);
      expect(tags).to.include('video-embed');
    } finally {
      warnings.restore();
    }
  });

  it('works as a classic script (the IIFE build) in a page of its own', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe
      style="width: 600px; height: 400px"
      srcdoc=${`<!doctype html><video-embed poster="none"><a href="${YT}">Lanterns</a></video-embed>
        <script src="/dist/cdn/article-elements.iife.js"></script>`}
    ></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('video-embed')?.shadowRoot?.querySelector('button'), 'IIFE did not upgrade', { timeout: 5000 });
    const button = frame.contentDocument!.querySelector('video-embed')!.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Play video: Lanterns');
  });
});

describe('the classic script in <head>, before the content it upgrades', () => {
  /** test/fixtures/head-script.html at `hash`, once its elements have upgraded. */
  async function load(hash = '') {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 900px" src=${`/test/fixtures/head-script.html${hash}`}></iframe>`);
    await waitUntil(() => frame.contentDocument?.getElementById('end') && frame.contentDocument.readyState === 'complete', 'the page', { timeout: 5000 });
    const doc = frame.contentDocument!;
    await Promise.all([...doc.querySelectorAll('*')].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise(requestAnimationFrame);
    return { doc, reports: (frame.contentWindow as Window & { reports: string[] }).reports };
  }

  it('reports nothing missing and keeps what the markup says', async () => {
    const { doc, reports } = await load();
    expect(reports, 'warnings and error events').to.deep.equal([]);
    const gallery = doc.querySelector('image-gallery')! as HTMLElement & { index: number };
    expect(gallery.index, 'the gallery’s index attribute').to.equal(1);
    expect(gallery.shadowRoot!.querySelector('[part=counter]')!.textContent!.trim()).to.equal('2 / 3');
    expect(doc.querySelector('video-embed')!.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Play video: The lantern crossing');
    expect(doc.querySelector('tweet-quote')!.shadowRoot!.querySelector('article')!.getAttribute('aria-label')).to.equal('Post by Riverside Courier (@riverside_courier)');
  });

  it('opens the lightbox a deep link names', async () => {
    const { doc } = await load('#photos/3');
    await waitUntil(() => doc.querySelector('image-gallery')!.shadowRoot!.querySelector('dialog[open]'), 'the lightbox did not open', { timeout: 3000 });
    expect(doc.querySelector('image-gallery')!.shadowRoot!.querySelector<HTMLImageElement>('[part=lightbox-image]')!.alt).to.equal('The field');
  });
});

describe('on a page with a strict Content Security Policy (no inline styles or scripts)', () => {
  it('breaks no rule, and keeps every box’s aspect ratio', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 900px" src="/test/fixtures/csp.html"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('image-gallery')?.shadowRoot?.querySelector('[part=slide]'), 'the elements upgrade', { timeout: 5000 });
    const doc = frame.contentDocument!;
    await Promise.all([...doc.querySelectorAll('video-embed, image-figure, image-gallery')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const ratio = (el: Element) => Math.round((el.getBoundingClientRect().width / el.getBoundingClientRect().height) * 100) / 100;
    expect(ratio(doc.querySelector('video-embed')!.shadowRoot!.querySelector('[part=frame]')!), 'the video’s 4:3').to.equal(1.33);
    expect(ratio(doc.querySelector('image-figure')!.shadowRoot!.querySelector('[part=frame]')!), 'the photo’s 600 × 900').to.equal(0.67);
    const slides = [...doc.querySelector('image-gallery')!.shadowRoot!.querySelectorAll('[part=slide]')];
    expect(slides.map((slide) => getComputedStyle(slide).getPropertyValue('--r')), 'each photo’s ratio, for the mosaic').to.deep.equal(['1.5', String(1600 / 600)]);
    expect((frame.contentWindow as Window & { reports: string[] }).reports, 'violations').to.deep.equal([]);
  });
});

// Bootstrap 3 sets `html { font-size: 10px }` and `body { font-size: 14px }`; other sites write
// `html { font-size: 62.5% }` and `body { font-size: 1.6rem }`. The elements size from the
// body's text, not from the root, so on such pages they match the page's text.
describe('on a page that sets its root font size (Bootstrap 3: html 10px, body 14px)', () => {
  const BOOTSTRAP_3 = 'html { font-size: 10px } body { font-size: 14px }';
  const PERCENT_ROOT = 'html { font-size: 62.5% } body { font-size: 1.6rem }';
  const TAGS = 'article-header, article-body, article-body > p, :not(image-gallery) > image-figure, image-gallery, image-gallery img, image-gallery figcaption, pull-quote, tweet-quote, video-embed, related-articles';

  async function sampleArticle(width: number, pageCss: string) {
    const page = await (await fetch('/index.html')).text();
    return upgradeInFrame(page.slice(page.indexOf('<main'), page.indexOf('</main>') + 7), width, TAGS, pageCss);
  }

  /** Every node's box and type, in light and shadow DOM, below `root`. */
  function deepBoxes(root: Document | ShadowRoot, path = ''): string[] {
    return [...root.querySelectorAll(root.nodeType === Node.DOCUMENT_NODE ? 'body *' : '*')].flatMap((el) => {
      if (el.matches('style, script, link')) return [];
      const { x, y, width, height } = el.getBoundingClientRect();
      const { fontSize, lineHeight } = getComputedStyle(el);
      const name = `${path}${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`;
      const row = `${name} ${x.toFixed(1)},${y.toFixed(1)} ${width.toFixed(1)}×${height.toFixed(1)} ${fontSize}/${lineHeight}`;
      return [row, ...(el.shadowRoot ? deepBoxes(el.shadowRoot, `${name} >> `) : [])];
    });
  }
  const px = (el: Element, property: 'fontSize' | 'width' | 'height') => parseFloat(getComputedStyle(el)[property]);

  // 530px: the body (16.6px type) floats its quote there, under the quote's own 36rem media query.
  for (const width of [375, 530, 1000]) {
    it(`upgrades the sample article without moving anything, at ${width}px`, async () => {
      const { before, after } = await sampleArticle(width, BOOTSTRAP_3);
      expect(after).to.deep.equal(before);
    });
  }

  it('sizes text, captions and buttons from the body’s 14px, not the root’s 10px', async () => {
    const { doc } = await sampleArticle(1000, BOOTSTRAP_3);
    const shadow = (selector: string, inner: string) => doc.querySelector(selector)!.shadowRoot!.querySelector(inner)!;
    expect(px(doc.querySelector('article-body > p')!, 'fontSize'), 'the article’s text').to.equal(14 * 1.1875);
    expect(px(shadow('tweet-quote', '[part=text]'), 'fontSize'), 'a post’s text').to.equal(14 * 1.0625);
    expect(px(shadow('tweet-quote', '[part=avatar]'), 'width'), 'a post’s avatar').to.equal(14 * 3);
    expect(px(shadow('image-gallery image-figure', '[part=caption]'), 'fontSize'), 'a caption').to.equal(14 * 0.875);
    expect(px(shadow('article-header', '[part=dateline]'), 'fontSize'), 'the dateline').to.equal(14 * 0.875);
    for (const button of doc.querySelector('image-gallery')!.shadowRoot!.querySelectorAll('[part=controls] > button, [part=open]')) {
      // WCAG 2.5.8: a target at least 24 by 24 CSS pixels.
      expect(px(button, 'width'), button.getAttribute('part')!).to.equal(14 * 2.25);
      expect(px(button, 'width'), 'WCAG 2.5.8 minimum').to.be.at.least(24);
      expect(px(button, 'height'), button.getAttribute('part')!).to.equal(14 * 2.25);
    }
    expect(px(shadow('pull-quote', '[part=attribution]'), 'fontSize'), 'a quote’s attribution').to.equal(14 * 0.9375);
    expect(px(shadow('related-articles', '[part=heading]'), 'fontSize'), 'a list’s heading').to.equal(14 * 1.125);
  });

  it('lays every element out as on a page that sets no root size, where html 62.5% and body 1.6rem come to 16px', async () => {
    for (const width of [375, 1000]) {
      const plain = await sampleArticle(width, '');
      const percent = await sampleArticle(width, PERCENT_ROOT);
      expect(deepBoxes(percent.doc), `at ${width}px`).to.deep.equal(deepBoxes(plain.doc));
    }
  });
});

// Chrome's Settings → Font size: "Large" is a 20px default, "Very large" 24px (emulated here as
// the root's size, which the body inherits). Everything grows with it, the pre-upgrade boxes too.
describe('for readers who set a larger default text size (Chrome’s Large, 20px; Very large, 24px; and 32px)', () => {
  let sample = '';
  before(async () => {
    const page = await (await fetch('/index.html')).text();
    sample = page.slice(page.indexOf('<tweet-quote>'), page.indexOf('</tweet-quote>'));
  });
  for (const root of [20, 24]) {
    for (const width of [320, 375, 1000]) {
      it(`upgrades headers with two or three bylines without moving the text below, at ${width}px under a ${root}px default`, async () => {
        const header = (bylines: string) => `<article-header section="Culture"><h1>Lantern festival draws record crowds</h1>${bylines}</article-header><p>Below.</p>`;
        const markup = [
          header('<a slot="byline" href="/a">Ada Lovelace</a><a slot="byline" href="/b">Tomás Reyes</a>'),
          header('<a slot="byline" href="/a">Ada Lovelace</a><a slot="byline" href="/b">Tomás Reyes</a><span slot="byline">Mira Okafor</span>'),
          `<div lang="fr">${header('<a slot="byline" href="/a">Ada Lovelace</a><a slot="byline" href="/b">Tomás Reyes</a>')}</div>`,
        ];
        const { before, after, doc } = await upgradeInFrame(markup.join(''), width, 'article-header', `html { font-size: ${root}px }`);
        expect(doc.querySelector('article-header')!.shadowRoot?.querySelector('[part=byline]'), 'upgraded').to.exist;
        expect(after).to.deep.equal(before);
      });

      // The dateline's words are the script's ("November 9, 2026 · 2 min read", "Updated …"), not the page's.
      it(`upgrades article headers without moving the text below, at ${width}px under a ${root}px default, whichever dates and reading time they show`, async () => {
        const { before, after, doc } = await upgradeInFrame(DATED_ARTICLES, width, 'article-header', `html { font-size: ${root}px }`);
        expect(doc.querySelector('article-header')!.shadowRoot?.querySelector('[part=reading-time]'), 'upgraded, with a reading time').to.exist;
        expect(after).to.deep.equal(before);
      });

      // The sample's link, five lines at 24px in a phone's 16:9 box: the box keeps its ratio.
      it(`upgrades a video whose link says more than its box holds without changing its box, at ${width}px under a ${root}px default`, async () => {
        const video = (attrs: string, href: string) => `<video-embed ${attrs}><a href="${href}">View this video on YouTube: The lantern crossing, from the mill roof, on the first night</a></video-embed>`;
        const markup = [video('poster="none"', YT), video('poster="none" aspect-ratio="21:9"', 'https://vimeo.com/76979871'), video('poster="none"', 'https://www.youtube.com/shorts/M7lc1UVf-VE')];
        const { before, after, doc } = await upgradeInFrame(markup.join(''), width, 'video-embed', `html { font-size: ${root}px }`);
        expect(doc.querySelector('video-embed')!.shadowRoot?.querySelector('button'), 'upgraded').to.exist;
        expect(after).to.deep.equal(before);
      });

      // Each name and handle fits a line of the card, not beside the avatar. At 320px under 24px
      // that line is 9 of the card's em: the sample's "Riverside Courier" and "@riverside_courier"
      // (and "@ada.bsky.social", "@ada@social.example") wrap there, a line the pre-upgrade box
      // can't know of.
      it(`upgrades posts whose name and handle fit the card’s width without changing their boxes, at ${width}px under a ${root}px default`, async () => {
        const posts = [xPost, xComPost];
        if (width * 16 > 320 * root) posts.push(mastodonWithText, blueskyPost, sample.slice(sample.indexOf('<blockquote'), sample.indexOf('</blockquote>') + 13));
        const markup = `<article-body>${posts.map((post) => `<tweet-quote>${post}</tweet-quote>`).join('')}</article-body>`;
        const { before, after, doc } = await upgradeInFrame(markup, width, 'tweet-quote', `html { font-size: ${root}px }`);
        expect(doc.querySelector('tweet-quote')!.shadowRoot?.querySelector('[part=card]'), 'upgraded').to.exist;
        expect(after).to.deep.equal(before);
      });
    }
  }

  // The attribution's second line ("Festival chair · Read the source") wraps at these sizes: it
  // must wrap where the upgraded one does. At 32px and 320px the sample's wide quote took a line
  // more before upgrade (the separator's spaces were no-break, the upgraded one's a margin) and
  // shrank 42px on upgrade.
  for (const root of [20, 24, 32]) {
    it(`upgrades pull-quotes of every layout without changing their boxes, at 320px and 375px under a ${root}px default`, async () => {
      const quote = (attrs: string) => `<pull-quote ${attrs}><blockquote><p>We have never seen the river so bright.</p></blockquote></pull-quote>`;
      const cited = 'by="Ada Okonjo" by-title="Festival chair" cite="https://news.example/interview"';
      const markup = `<article-body><p>Before.</p>${[
        quote(`layout="wide" ${cited}`),
        quote(`layout="inset" ${cited}`),
        quote(`layout="right" ${cited}`),
        quote('by="Ada Okonjo" cite="https://news.example/interview"'),
        `<div lang="fr">${quote(`layout="wide" ${cited}`)}</div>`,
        // No layout: inset, as the upgraded quote says (it writes layout="inset").
        quote('by="Ada Okonjo" by-title="Festival chair"'),
      ].join('<p>Between.</p>')}<p>After.</p></article-body>`;
      for (const width of [320, 375]) {
        const { before, after, doc } = await upgradeInFrame(markup, width, 'pull-quote', `html { font-size: ${root}px }`);
        expect(doc.querySelector('pull-quote')!.shadowRoot?.querySelector('[part=source]'), 'upgraded').to.exist;
        expect(after, `at ${width}px`).to.deep.equal(before);
      }
    });
  }
});
