// `npm run smoke:firefox`: the demo article (index.html, loading the script-tag bundle) in headless
// Firefox over WebDriver BiDi, at 375px and 1280px. Not part of `npm test` (which is Chromium only):
// a check to run by hand. Needs Firefox: $FIREFOX_PATH, else firefox-esr or firefox on the PATH
// (Debian: apt-get install -y firefox-esr). Prints one pass/fail line per check; exits 1 on a failure.
// `--shots DIR` also saves a full-page screenshot per width.
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findOnPath } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.json': 'application/json', '.webm': 'video/webm' };
const TAGS = ['article-header', 'article-body', 'image-figure', 'image-gallery', 'pull-quote', 'tweet-quote', 'video-embed', 'related-articles'];
const shotsAt = process.argv.includes('--shots') ? resolve(process.argv[process.argv.indexOf('--shots') + 1]) : null;

function findFirefox() {
  const found = process.env.FIREFOX_PATH || findOnPath(['firefox-esr', 'firefox']);
  if (!found) throw new Error('No Firefox found: install one (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  return found;
}

/** The project root as Vite serves it (public/ at /); `/?nojs` is index.html without its module script. */
function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname) === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    try {
      let body = await readFile(join(root, path)).catch(() => readFile(join(root, 'public', path)));
      if (path === '/index.html' && url.searchParams.has('nojs')) body = String(body).replace(/<script type="module"[^>]*><\/script>/, '');
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

const results = [];
function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'pass' : 'FAIL'}  ${name}${detail ? `: ${detail}` : ''}`);
}

/** A page that logs its console and errors, and fails every request to another host at once. */
async function openPage(browser, origin, width) {
  const page = await browser.newPage();
  const messages = [];
  const external = [];
  page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message ?? e}`));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith(origin) || r.url().startsWith('data:') || r.url().startsWith('blob:')) return void r.continue();
    external.push(r.url());
    r.abort();
  });
  await page.setViewport({ width, height: 900 });
  return { page, messages, external };
}

/** Every element's box and the box of the block after it, once fonts and images have loaded. */
const boxes = (page) =>
  page.evaluate(async (tags) => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y + scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10);
    };
    const out = {};
    // A carousel's slides are laid out off screen, in its scroller: the gallery's own box is what moves the page.
    [...document.querySelectorAll(tags.join(','))].filter((el) => !el.parentElement.closest('image-gallery')).forEach((el, i) => {
      const name = `${el.localName}#${i}`;
      out[name] = box(el);
      if (el.nextElementSibling) out[`${name} + ${el.nextElementSibling.localName}`] = box(el.nextElementSibling);
    });
    return out;
  }, TAGS);

async function upgraded(page) {
  return page.evaluate(async (tags) => {
    await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), new Promise((r) => setTimeout(r, 10000))]);
    const els = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(els.map((el) => el.updateComplete));
    return { undefined: tags.filter((t) => !customElements.get(t)), empty: els.filter((el) => el.localName !== 'article-body' && !el.shadowRoot?.childNodes.length).map((el) => el.localName) };
  }, TAGS);
}

async function atWidth(browser, origin, width) {
  const at = `${width}px`;
  // Before the script: the page with its module script removed.
  const before = await openPage(browser, origin, width);
  await before.page.goto(`${origin}/?nojs`, { waitUntil: 'load' });
  const noJs = await boxes(before.page);
  await before.page.close();

  const { page, messages, external } = await openPage(browser, origin, width);
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const state = await upgraded(page);
  check(`${at} every element defined and rendered`, !state.undefined.length && !state.empty.length, [...state.undefined, ...state.empty.map((t) => `${t} empty`)].join(', '));
  const js = await boxes(page);
  const moved = Object.keys(noJs).filter((k) => JSON.stringify(noJs[k]) !== JSON.stringify(js[k]));
  check(`${at} upgrading shifts nothing`, !moved.length, moved.map((k) => `${k} [${noJs[k]}] -> [${js[k]}]`).join('; '));
  if (shotsAt) {
    await mkdir(shotsAt, { recursive: true });
    await page.screenshot({ path: join(shotsAt, `firefox-${width}.png`), fullPage: true });
  }
  await behaviour(page, at);
  check(`${at} no console errors or warnings`, !messages.length, messages.join(' | '));
  check(`${at} no request to another host but the player's (aborted)`, external.every((u) => /youtube-nocookie\.com/.test(u)), external.join(', '));
  await page.close();
}

/** A pause in the page, for smooth scrolling to settle. */
const settle = (page, ms = 700) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);
/** The element deepest in shadow roots that has focus, as `tag[part]`. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}` : 'none';
  });
/** Clicks the centre of `part` in the first `tag`'s shadow root, as a reader's mouse does. */
async function clickPart(page, tag, part) {
  const handle = await page.evaluateHandle((tag, part) => document.querySelector(tag).shadowRoot.querySelector(`[part=${part}]`), tag, part);
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await handle.click();
  await handle.dispose();
}

async function behaviour(page, at) {
  // Gallery: next, previous, arrow keys, counter.
  const counter = () => page.evaluate(() => `${document.querySelector('image-gallery').shadowRoot.querySelector('[part=counter]').textContent.trim()}`);
  const steps = [await counter()];
  for (const part of ['next', 'next', 'previous']) {
    await clickPart(page, 'image-gallery', part);
    await settle(page);
    steps.push(await counter());
  }
  check(`${at} gallery next/previous buttons and counter`, steps.join(' ') === '1 / 3 2 / 3 3 / 3 2 / 3', steps.join(' → '));
  await page.evaluate(() => document.querySelector('image-gallery').shadowRoot.querySelectorAll('[part=open]')[1].focus());
  const keys = [];
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await settle(page);
    keys.push(await counter());
  }
  check(`${at} gallery arrow keys`, keys.join(' ') === '3 / 3 2 / 3 1 / 3', keys.join(' → '));

  // Lightbox: open from the current slide, Escape closes it, focus goes back to the opener.
  await clickPart(page, 'image-gallery', 'open');
  await settle(page, 300);
  const open = await page.evaluate(() => document.querySelector('image-gallery').shadowRoot.querySelector('dialog[part=lightbox]')?.open ?? false);
  const inside = await focused(page);
  await page.keyboard.press('Escape');
  await settle(page, 300);
  const closed = await page.evaluate(() => !document.querySelector('image-gallery').shadowRoot.querySelector('dialog[part=lightbox]')?.open);
  const back = await focused(page);
  check(`${at} lightbox opens, Escape closes it, focus returns`, open && closed && back === 'button[open]', `open ${open}, focus inside ${inside}, closed ${closed}, focus after ${back}`);

  // Video facade: play inserts the youtube-nocookie iframe (its request is aborted).
  await clickPart(page, 'video-embed', 'play-button');
  await settle(page, 300);
  const player = await page.evaluate(() => document.querySelector('video-embed').shadowRoot.querySelector('iframe[part=player]')?.src ?? 'none');
  check(`${at} video play inserts the youtube-nocookie iframe`, /^https:\/\/www\.youtube-nocookie\.com\/embed\/M7lc1UVf-VE/.test(player), player);

  // The drop cap (no initial-letter in Firefox: the float fallback) is three lines deep, as in Chromium.
  const dropcap = await page.evaluate(() => {
    const p = document.querySelector('article-body[dropcap] > p');
    const text = p.firstChild;
    const range = document.createRange();
    const starts = [];
    for (let i = 1; i < text.length && starts.length < 4; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const { top, left } = range.getBoundingClientRect();
      if (!starts.length || top - starts.at(-1).top > 5) starts.push({ top, left: Math.round(left - p.getBoundingClientRect().left) });
    }
    return starts.map((line) => line.left);
  });
  check(`${at} drop cap three lines deep`, dropcap.slice(0, 3).every((left) => left > 40) && dropcap[3] === 0, `lines start at ${dropcap.join(', ')}px`);

  // Text the elements draw: the post card, the header's dates and reading time, the quotes, the list.
  const text = await page.evaluate(() => {
    const root = (tag) => document.querySelector(tag).shadowRoot;
    const words = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const post = root('tweet-quote');
    return {
      post: words(post.querySelector('[part=text]')),
      postLinks: [...post.querySelectorAll('a')].map((a) => a.href).join(' '),
      postDate: words(post.querySelector('[part=date]')),
      dateline: words(root('article-header').querySelector('[part=dateline]')),
      quote: [...document.querySelectorAll('pull-quote')].map((q) => `${words(q)} ${words(q.shadowRoot)}`).join(' | '),
      related: [...root('related-articles').querySelectorAll('[part=title]')].map(words).join(' | '),
    };
  });
  check(`${at} post card text and links`, text.post.includes('Bring a coat') && text.postLinks.includes('https://twitter.com/riverside_courier/status/1856034219348762624') && /hashtag\/LanternNight/i.test(text.postLinks) && text.postDate === 'Nov 9, 2026', `${text.post} / ${text.postDate} / ${text.postLinks}`);
  check(`${at} header dates and reading time`, /November 9, 2026.*Updated November 10, 2026.*\d+ min read/.test(text.dateline), text.dateline);
  check(`${at} pull-quotes`, text.quote.includes('We have never seen the river so bright') && text.quote.includes('Tomás Reyes'), text.quote);
  check(`${at} related articles`, text.related.split(' | ').length === 4, text.related);

  // A reader's text spacing (WCAG 1.4.12, the W3C bookmarklet's CSS) reaches the text the page wrote.
  const spacing = await page.evaluate(() => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';
    const texts = [...document.querySelectorAll('article-body > :is(p, h2), article-header > *, pull-quote p, image-figure > figcaption')].filter((el) => el.getClientRects().length);
    const wrong = texts.flatMap((el) => {
      const { fontSize, lineHeight, letterSpacing, wordSpacing } = getComputedStyle(el);
      const off = (value, factor) => !(Math.abs(parseFloat(value) - factor * parseFloat(fontSize)) <= 0.5);
      return off(lineHeight, 1.5) || off(letterSpacing, 0.12) || off(wordSpacing, 0.16) ? [`${el.localName} ${lineHeight} ${letterSpacing} ${wordSpacing}`] : [];
    });
    style.remove();
    return { count: texts.length, wrong };
  });
  check(`${at} a reader's text spacing reaches the article's text`, spacing.count > 10 && !spacing.wrong.length, `${spacing.count} checked; ${spacing.wrong.join(', ')}`);
}

// Never hang a terminal or a CI job: a stuck browser is a failure.
setTimeout(() => {
  console.log('FAIL  firefox smoke: no result within 90 s');
  process.exit(1);
}, 90_000).unref();
const server = await serve();
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
try {
  console.log(`Firefox ${await browser.version()}`);
  for (const width of [375, 1280]) await atWidth(browser, server.origin, width);
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`firefox smoke: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
