import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/article-body/article-body-define.js';
import { ImageFigure } from '../src/image-figure/image-figure-define.js';
import { documentStyles } from '../src/image-figure/image-figure.styles.js';
import { THEME_IMG_RULES, captureWarnings, focusByKeyboard, forcedColors, frames, layoutShiftDuring, systemColor } from './helpers.js';

const LANTERNS = '/public/samples/photo-lanterns.svg';
const BRIDGE = '/public/samples/photo-bridge.svg';
const ALT = 'Paper lanterns over a river at dusk';
const MISSING = '/public/samples/photo-missing.svg';

const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const height = (el: Element) => Math.round(el.getBoundingClientRect().height);
let unique = 0;
/** A URL the browser has not cached, so it really loads (or fails) during the test. */
const fresh = (url: string) => `${url}?v=${++unique}-${Date.now()}`;

async function figure(markup = html`<image-figure credit="Image via Wikimedia Commons" credit-href="https://commons.wikimedia.org/">
  <img src=${LANTERNS} alt=${ALT} width="1200" height="800" />
  <figcaption>Lanterns on the first night of the festival.</figcaption>
</image-figure>`) {
  const wrap = await fixture(html`<div style="width: 600px">${markup}</div>`);
  const el = wrap.firstElementChild as ImageFigure;
  await el.updateComplete;
  return el;
}

/** Puts the figure on a dark page, as a reader who chose dark sees it. */
function dark(el: ImageFigure) {
  const page = el.parentElement!;
  page.setAttribute('theme', 'dark');
  page.style.background = '#1f1e1d';
  return el;
}

async function broken(extra = '') {
  const warnings = captureWarnings();
  const wrap = await fixture(html`<div style="width: 600px"></div>`);
  wrap.innerHTML = `<image-figure credit="Harbour archive" ${extra}><img src="${fresh(MISSING)}" alt="${ALT}" width="1200" height="800"><figcaption>Lanterns on the first night.</figcaption></image-figure>`;
  const el = wrap.firstElementChild as ImageFigure;
  const event = await oneEvent(el, 'image-error');
  warnings.restore();
  return { el, event, warnings: warnings.messages };
}

describe('<image-figure>', () => {
  describe('accessibility', () => {
    it('is accessible with a caption and a credit link, light and dark', async () => {
      const el = await figure();
      await expect(el).to.be.accessible();
      await expect(dark(el)).to.be.accessible();
    });

    it('is accessible when zoomable, and with its lightbox open, light and dark', async () => {
      const el = await figure(html`<image-figure zoomable credit="Ada Lovel" credit-href="https://example.org/"><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /><figcaption>Lanterns.</figcaption></image-figure>`);
      await expect(el).to.be.accessible();
      part(el, 'zoom-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(dark(el)).to.be.accessible();
      part(el, 'lightbox-close')!.click();
    });

    it('is accessible with a broken image, light and dark', async () => {
      const { el } = await broken('zoomable');
      await expect(el).to.be.accessible();
      await expect(dark(el)).to.be.accessible();
    });

    it('names the zoom button "Open image: <alt>", in French too', async () => {
      const el = await figure(html`<image-figure zoomable><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
      expect(part(el, 'zoom-button')!.getAttribute('aria-label')).to.equal(`Open image: ${ALT}`);
      el.setAttribute('lang', 'fr');
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'zoom-button')!.getAttribute('aria-label')).to.equal(`Ouvrir l’image : ${ALT}`);
    });
  });

  describe('figure, caption and credit', () => {
    it("slots the author's light-DOM image and caption into a figure", async () => {
      const el = await figure();
      const img = el.querySelector('img')!;
      const slots = [...el.shadowRoot!.querySelectorAll('slot')];
      expect(slots.map((slot) => slot.assignedElements()[0]?.localName)).to.deep.equal(['img', 'figcaption']);
      expect(slots[0].assignedElements()[0] === img).to.equal(true);
      expect(part(el, 'figure')!.localName).to.equal('figure');
      expect(img.getBoundingClientRect().width).to.equal(600);
      expect(text(part(el, 'caption'))).to.equal('Image via Wikimedia Commons');
      expect(el.querySelector('figcaption')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('links the credit when credit-href is http(s)', async () => {
      const el = await figure();
      const link = part<HTMLAnchorElement>(el, 'credit')!;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://commons.wikimedia.org/');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.equal('Image via Wikimedia Commons');
    });

    it('shows the credit as plain text without credit-href', async () => {
      const el = await figure(html`<image-figure credit="Festival archive"><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
      expect(part(el, 'credit')!.localName).to.equal('span');
      expect(text(part(el, 'caption'))).to.equal('Festival archive');
    });

    it('renders no caption line without caption or credit', async () => {
      const el = await figure(html`<image-figure><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
      expect(part(el, 'caption') === null).to.equal(true);
    });

    it('follows changes to its light DOM', async () => {
      const el = await figure();
      el.querySelector('img')!.setAttribute('height', '600');
      el.querySelector('figcaption')!.remove();
      await waitUntil(() => height(part(el, 'frame')!) === 300, 'the box follows the new ratio');
      expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="caption"]')!.assignedElements().length).to.equal(0);
    });

    it('follows light DOM changed while it was out of the page, or just before it moved', async () => {
      const el = await figure();
      const page = el.parentElement!;
      el.remove();
      el.querySelector('img')!.setAttribute('height', '600');
      page.append(el);
      await waitUntil(() => height(part(el, 'frame')!) === 300, 'the ratio changed while away');
      // Changed, then moved (out and back in, as a framework moves it) in the same task.
      el.querySelector('img')!.setAttribute('height', '400');
      page.prepend(el);
      await waitUntil(() => height(part(el, 'frame')!) === 200, 'the ratio changed before a move');
    });

    it('exposes the image as a lightbox slide', async () => {
      const el = await figure(html`<image-figure credit="Ada" credit-href="https://example.org/ada">
        <img src=${LANTERNS} data-full-src=${BRIDGE} alt=${ALT} width="1200" height="800" />
        <figcaption>Lanterns <em>on</em>   the river.</figcaption>
      </image-figure>`);
      expect(el.slide).to.deep.equal({
        src: BRIDGE,
        srcset: undefined,
        alt: ALT,
        width: 1200,
        height: 800,
        caption: 'Lanterns on the river.',
        credit: 'Ada',
        creditHref: 'https://example.org/ada',
      });
    });
  });

  describe('box and loading', () => {
    it('reserves the aspect ratio from width and height before the image loads', async () => {
      const wrap = await fixture(html`<div style="width: 600px">
        <div style="height: 6000px"></div>
        <image-figure><img alt=${ALT} width="1200" height="800" /></image-figure>
        <image-figure><img alt="A bridge" width="800" height="1000" /></image-figure>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll<ImageFigure>('image-figure')];
      await b.updateComplete;
      // Given a source now, far below the fold: lazy, so it does not load (and, unscrolled, never will).
      const imgs = [...wrap.querySelectorAll('img')];
      imgs[0].src = fresh(LANTERNS);
      imgs[1].src = fresh(BRIDGE);
      await frames(3);
      expect(imgs.map((img) => img.complete)).to.deep.equal([false, false]);
      expect([height(a), height(b)]).to.deep.equal([400, 750]);
    });

    /** The layout shift while the figure's image arrives, with or without its width and height. */
    async function shiftWhileLoading(sized: boolean): Promise<number> {
      const wrap = await fixture(html`<div style="width: 600px">
        <image-figure><img alt=${ALT} width=${sized ? '1200' : nothing} height=${sized ? '800' : nothing} /><figcaption>Lanterns.</figcaption></image-figure>
        <p>The text after the photo.</p>
      </div>`);
      const img = wrap.querySelector('img')!;
      await frames(2);
      return layoutShiftDuring(async () => {
        img.src = fresh(LANTERNS);
        await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image loads');
      });
    }

    it('shifts nothing when the image arrives', async () => {
      expect(await shiftWhileLoading(true)).to.equal(0);
    });

    it('(the same page without width and height does shift, so the check above can fail)', async () => {
      expect(await shiftWhileLoading(false)).to.be.greaterThan(0);
    });

    it('upgrades without moving anything, given image-figure.preload.css', async () => {
      // The preload rules, for a fresh tag name that is not defined yet.
      const preload = await (await fetch('/src/image-figure/image-figure.preload.css')).text();
      const sheet = Object.assign(document.createElement('style'), { textContent: preload.replaceAll('image-figure', 'pre-image-figure') });
      document.head.append(sheet);
      const wrap = await fixture(html`<div style="width: 600px"></div>`);
      wrap.innerHTML = `
        <pre-image-figure credit="Photo: Ada Lovel" credit-href="https://example.org/"><img src="${LANTERNS}" alt="a" width="1200" height="800"><figcaption>Lanterns on the first night of the river festival, seen from the bridge at dusk.</figcaption></pre-image-figure>
        <pre-image-figure credit="Festival archive"><img src="${BRIDGE}" alt="b" width="800" height="1000"></pre-image-figure>
        <p>The text after the photos.</p>`;
      const boxes = () => [...wrap.children].map((el) => `${Math.round(el.getBoundingClientRect().top)}+${Math.round(el.getBoundingClientRect().height)}`);
      await frames(2);
      const before = boxes();
      const shift = await layoutShiftDuring(async () => {
        ImageFigure.define.call(class extends ImageFigure {}, 'pre-image-figure');
        await (wrap.firstElementChild as ImageFigure).updateComplete;
      });
      expect(boxes()).to.deep.equal(before);
      expect(shift).to.equal(0);
      sheet.remove();
    });

    it('keeps its photo filling the frame and its caption in its type, and upgrades without moving, on a page with its own img and figcaption rules', async () => {
      // What blog themes ship for their own images; the figure's photo is not theirs to restyle.
      const page = Object.assign(document.createElement('style'), {
        textContent: `${THEME_IMG_RULES} figcaption { font: italic 22px serif; color: rgb(255, 0, 0); text-align: center; margin: 1em }`,
      });
      // What article-elements.css holds for the element: its preload rules and its document styles.
      const preload = (await (await fetch('/src/image-figure/image-figure.preload.css')).text()) + documentStyles.cssText;
      const sheet = Object.assign(document.createElement('style'), { textContent: preload.replaceAll('image-figure', 'themed-image-figure') });
      document.head.append(sheet, page);
      try {
        const wrap = await fixture(html`<div style="width: 600px"></div>`);
        wrap.innerHTML = `
          <themed-image-figure credit="Festival archive"><img src="${LANTERNS}" alt="a" width="1200" height="800"><figcaption>Lanterns.</figcaption></themed-image-figure>
          <p>The text after the photo.</p>`;
        const boxes = () => [...wrap.children].map((el) => `${Math.round(el.getBoundingClientRect().top)}+${Math.round(el.getBoundingClientRect().height)}`);
        await frames(2);
        const before = boxes();
        const el = wrap.firstElementChild as ImageFigure;
        const shift = await layoutShiftDuring(async () => {
          ImageFigure.define.call(class extends ImageFigure {}, 'themed-image-figure');
          await el.updateComplete;
        });
        expect(boxes(), 'nothing moved').to.deep.equal(before);
        expect(shift).to.equal(0);
        const frame = part(el, 'frame')!.getBoundingClientRect();
        const img = el.querySelector('img')!.getBoundingClientRect();
        expect([img.left, img.top, img.width, img.height], 'the photo fills its frame').to.deep.equal([frame.left, frame.top, frame.width, frame.height]);
        expect(frame.width).to.equal(600);
        expect(frame.height).to.equal(400);
        // The caption in the type of the credit's block, not the page's figcaption rule.
        const caption = getComputedStyle(el.querySelector('figcaption')!);
        const block = getComputedStyle(part(el, 'caption')!);
        expect([caption.fontSize, caption.fontStyle, caption.textAlign]).to.deep.equal([block.fontSize, 'normal', 'start']);
        expect(caption.color).to.not.equal('rgb(255, 0, 0)');
      } finally {
        sheet.remove();
        page.remove();
      }
    });

    it('loads lazily and decodes asynchronously unless the author chose otherwise', async () => {
      const wrap = await fixture(html`<div>
        <image-figure><img src=${LANTERNS} alt="a" width="1200" height="800" /></image-figure>
        <image-figure><img src=${LANTERNS} alt="b" width="1200" height="800" loading="eager" decoding="sync" /></image-figure>
      </div>`);
      const figures = [...wrap.querySelectorAll<ImageFigure>('image-figure')];
      await Promise.all(figures.map((el) => el.updateComplete));
      const [lazy, eager] = [...wrap.querySelectorAll('img')];
      expect([lazy.getAttribute('loading'), lazy.getAttribute('decoding')]).to.deep.equal(['lazy', 'async']);
      expect([eager.getAttribute('loading'), eager.getAttribute('decoding')]).to.deep.equal(['eager', 'sync']);
    });

    it('passes srcset and sizes through untouched', async () => {
      const srcset = `${LANTERNS} 1200w, ${BRIDGE} 800w`;
      const el = await figure(html`<image-figure><img src=${LANTERNS} srcset=${srcset} sizes="(min-width: 40rem) 600px, 100vw" alt=${ALT} width="1200" height="800" /></image-figure>`);
      const img = el.querySelector('img')!;
      expect(img.getAttribute('srcset')).to.equal(srcset);
      expect(img.getAttribute('sizes')).to.equal('(min-width: 40rem) 600px, 100vw');
      expect(el.slide.srcset).to.equal(srcset);
    });

    it('reflects layout, which <article-body> positions it by', async () => {
      const wrap = await fixture(html`<article-body style="width: 900px">
        <p>Text before.</p>
        <image-figure id="full"><img src=${LANTERNS} alt="a" width="1200" height="800" /></image-figure>
        <image-figure id="right" layout="right"><img src=${LANTERNS} alt="b" width="1200" height="800" /></image-figure>
      </article-body>`);
      const full = wrap.querySelector<ImageFigure>('#full')!;
      full.layout = 'full';
      await full.updateComplete;
      expect(full.getAttribute('layout')).to.equal('full');
      expect(Math.round(full.getBoundingClientRect().width)).to.equal(900);
      const right = wrap.querySelector<ImageFigure>('#right')!;
      expect(right.layout).to.equal('right');
      expect(getComputedStyle(right).float).to.equal('inline-end');
    });
  });

  describe('zoomable', () => {
    it('parts the zoom button’s focus ring from the photo with a band of the page’s colour in high-contrast mode, where the ring takes a system colour', async () => {
      const el = await figure(html`<image-figure zoomable><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
      const button = part(el, 'zoom-button')!;
      await focusByKeyboard(button);
      expect(button.matches(':focus-visible')).to.equal(true);
      const band = () => getComputedStyle(button, '::after');
      expect(band().content, 'no band in normal colours').to.equal('none');
      await forcedColors(true);
      try {
        const ring = getComputedStyle(button);
        expect(ring.outlineStyle).to.equal('solid');
        expect(band().borderTopColor).to.equal(systemColor('Canvas'));
        expect(parseFloat(band().borderTopWidth)).to.be.at.least(3);
        // The ring lies inside the photo's edge; the band starts where the ring ends, on the photo.
        expect(parseFloat(band().top), 'the band starts at the ring’s inner edge').to.equal(-parseFloat(ring.outlineOffset));
        const frame = part(el, 'frame')!.getBoundingClientRect();
        expect(parseFloat(band().width) + 2 * parseFloat(band().left), 'across the whole photo').to.be.closeTo(frame.width, 1);
      } finally {
        await forcedColors(false);
      }
    });

    async function zoomable() {
      return figure(html`<image-figure zoomable credit="Ada Lovel" credit-href="https://example.org/ada">
        <img src=${LANTERNS} data-full-src=${BRIDGE} alt=${ALT} width="1200" height="800" />
        <figcaption>Lanterns on the first night.</figcaption>
      </image-figure>`);
    }

    it('has no button and no lightbox unless zoomable', async () => {
      const el = await figure();
      expect(el.shadowRoot!.querySelector('button, dialog') === null).to.equal(true);
    });

    it('opens the full image in a modal lightbox on click, and returns focus on close', async () => {
      const el = await zoomable();
      const button = part(el, 'zoom-button')!;
      button.focus();
      const opened = oneEvent(el, 'lightbox-open');
      el.querySelector('img')!.click(); // a click on the image itself, through the slot
      expect((await opened).detail).to.deep.equal({ index: 0 });
      await el.updateComplete;
      expect(part(el, 'lightbox')!.matches(':modal')).to.equal(true);
      expect(part<HTMLImageElement>(el, 'lightbox-image')!.getAttribute('src')).to.equal(BRIDGE);
      expect(text(part(el, 'lightbox-caption'))).to.equal('Lanterns on the first night. Ada Lovel');
      expect(part<HTMLAnchorElement>(el, 'lightbox-credit')!.href).to.equal('https://example.org/ada');
      for (const name of ['lightbox-previous', 'lightbox-next', 'lightbox-counter']) {
        expect(part(el, name)?.getBoundingClientRect().width ?? 0, name).to.equal(0);
      }
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      const closed = oneEvent(el, 'lightbox-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(el.shadowRoot!.activeElement === button).to.equal(true);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    for (const key of ['Enter', 'Space']) {
      it(`opens with ${key}`, async () => {
        const el = await zoomable();
        part(el, 'zoom-button')!.focus();
        const opened = oneEvent(el, 'lightbox-open');
        await sendKeys({ press: key });
        await opened;
        expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('lightbox-close');
        part(el, 'lightbox-close')!.click();
      });
    }

    it('makes the page behind inert while open', async () => {
      const wrap = await fixture(html`<div>
        <button id="outside">Outside</button>
        <image-figure zoomable><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>
      </div>`);
      const el = wrap.querySelector('image-figure')!;
      await el.updateComplete;
      part(el, 'zoom-button')!.click();
      await el.updateComplete;
      const outside = wrap.querySelector<HTMLButtonElement>('#outside')!;
      outside.focus();
      expect(document.activeElement === outside).to.equal(false);
      const box = outside.getBoundingClientRect();
      expect(document.elementFromPoint(box.left + 5, box.top + 5) === outside).to.equal(false);
      part(el, 'lightbox-close')!.click();
    });

    it('closes its open lightbox when zoomable is turned off, leaving the page scrollable and live', async () => {
      const el = await zoomable();
      part(el, 'zoom-button')!.click();
      await el.updateComplete;
      const closed = oneEvent(el, 'lightbox-close');
      el.zoomable = false; // as a CMS preview or a framework's binding turns it off
      await closed;
      await el.updateComplete;
      expect(document.documentElement.style.overflow).to.equal('');
      expect(document.querySelector(':modal')).to.equal(null);
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    });

    it('toggles zoom in the lightbox on double-click', async () => {
      const el = await zoomable();
      part(el, 'zoom-button')!.click();
      await el.updateComplete;
      const img = part<HTMLImageElement>(el, 'lightbox-image')!;
      await waitUntil(() => img.complete);
      const box = img.getBoundingClientRect();
      // The real mouse, through the browser's input pipeline.
      const doubleClick = async () => {
        for (let i = 0; i < 2; i++) await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      };
      await doubleClick();
      expect(img.style.transform).to.contain('scale(2.5)');
      await doubleClick();
      expect(img.style.transform).to.equal('');
      await resetMouse();
      part(el, 'lightbox-close')!.click();
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints a zoomable photo without the magnifier over it', async () => {
      const el = await figure(html`<image-figure zoomable><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
      const icon = part(el, 'zoom-button')!.querySelector('svg')!;
      expect(icon.getClientRects().length).to.equal(1);
      await emulateMedia({ media: 'print' });
      expect(icon.getClientRects().length).to.equal(0);
      expect(el.querySelector('img')!.getBoundingClientRect().height, 'the photo still prints').to.be.greaterThan(0);
    });

    it('prints where a linked credit points, as the article’s own links do', async () => {
      const el = await figure(html`<image-figure credit="Harbour archive" credit-href="https://archive.example/lanterns"
        ><img src=${LANTERNS} alt=${ALT} width="1200" height="800"
      /></image-figure>`);
      const after = () => getComputedStyle(part(el, 'credit')!, '::after').content;
      expect(after(), 'on screen').to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(after()).to.equal('" (https://archive.example/lanterns)"');
    });
  });

  describe('broken image', () => {
    it('keeps its box and shows the alt text, caption and credit', async () => {
      const { el } = await broken();
      await el.updateComplete;
      expect(height(part(el, 'frame')!)).to.equal(400);
      expect(text(part(el, 'fallback'))).to.equal(ALT);
      expect(el.querySelector('figcaption')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(text(part(el, 'credit'))).to.equal('Harbour archive');
    });

    it('fires image-error once and warns once', async () => {
      const { event, warnings } = await broken();
      expect(event.detail.src).to.contain(MISSING);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(warnings.length).to.equal(1);
    });

    it('keeps the missing photo’s box in high-contrast mode, where its grey is dropped', async () => {
      const { el } = await broken();
      const box = part(el, 'fallback')!.parentElement!;
      expect(getComputedStyle(box).outlineStyle).to.equal('none');
      await forcedColors(true);
      try {
        expect(getComputedStyle(box).outlineStyle).to.equal('solid');
        expect(getComputedStyle(box).outlineOffset, 'drawn inside: the box keeps its size').to.equal('-1px');
      } finally {
        await forcedColors(false);
      }
    });

    it('offers no zoom button for a broken image', async () => {
      const { el } = await broken('zoomable');
      await el.updateComplete;
      expect(part(el, 'zoom-button') === null).to.equal(true);
    });

    it('notices an image that failed before the element upgraded', async () => {
      const wrap = await fixture(html`<div style="width: 600px"></div>`);
      wrap.innerHTML = `<late-image-figure><img src="${fresh(MISSING)}" alt="${ALT}" width="1200" height="800"></late-image-figure>`;
      const img = wrap.querySelector('img')!;
      await waitUntil(() => img.complete, 'the image fails');
      const warnings = captureWarnings();
      const el = wrap.firstElementChild as ImageFigure;
      const failed = oneEvent(el, 'image-error');
      ImageFigure.define.call(class extends ImageFigure {}, 'late-image-figure');
      await failed;
      warnings.restore();
      expect(text(part(el, 'fallback'))).to.equal(ALT);
      expect(warnings.messages.length).to.equal(1);
    });

    /** A figure with a missing image, built with `document.createElement` and not put in the page. */
    function detachedBroken() {
      const el = document.createElement('image-figure');
      const img = Object.assign(document.createElement('img'), { src: fresh(MISSING), alt: ALT, width: 1200, height: 800 });
      el.append(img);
      const events: Event[] = [];
      el.addEventListener('image-error', (event) => events.push(event));
      return { el, img, events };
    }

    it('says nothing for a copy that never enters the page, and once for the one that does (Storybook renders each story a second time, detached, for its code snippet)', async () => {
      const warnings = captureWarnings();
      const snippet = detachedBroken();
      await waitUntil(() => snippet.img.complete, 'the detached copy’s image fails');
      const shown = detachedBroken();
      const wrap = await fixture(html`<div style="width: 600px"></div>`);
      wrap.append(shown.el);
      await waitUntil(() => shown.events.length, 'the figure in the page fires image-error');
      await new Promise((resolve) => setTimeout(resolve, 100));
      warnings.restore();
      expect(warnings.messages.length).to.equal(1);
      expect(snippet.events.length + shown.events.length).to.equal(1);
      expect(snippet.el.isConnected).to.equal(false);
    });

    it('reports an image that failed while the figure was detached once it is put in the page, and only once', async () => {
      const warnings = captureWarnings();
      const { el, img, events } = detachedBroken();
      await waitUntil(() => img.complete, 'the image fails while detached');
      const wrap = await fixture(html`<div style="width: 600px"></div>`);
      wrap.append(el);
      // Firefox fires the image's error event again once it is in the page.
      img.dispatchEvent(new Event('error'));
      await waitUntil(() => events.length, 'image-error');
      await el.updateComplete;
      warnings.restore();
      expect(warnings.messages.length).to.equal(1);
      expect(events.length).to.equal(1);
      expect(text(part(el, 'fallback'))).to.equal(ALT);
    });

    it('recovers when the author fixes the src', async () => {
      const { el } = await broken();
      const img = el.querySelector('img')!;
      img.src = fresh(LANTERNS);
      await waitUntil(() => part(el, 'fallback') === null, 'the fallback goes away');
      expect(height(part(el, 'frame')!)).to.equal(400);
    });

    it('leaves no empty box when the author removes the broken image', async () => {
      const { el } = await broken();
      el.querySelector('img')!.remove();
      await waitUntil(() => height(part(el, 'frame')!) === 0, 'the missing photo’s box goes');
      expect(part(el, 'fallback') === null).to.equal(true);
    });
  });

  describe('bad input', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://', 'mailto:ada@example.org']) {
      it(`shows the credit as plain text for credit-href="${href}"`, async () => {
        const el = await figure(html`<image-figure credit="Ada" credit-href=${href}><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
        expect(part(el, 'credit')!.localName).to.equal('span');
        expect(el.shadowRoot!.querySelector('a') === null).to.equal(true);
        expect(el.slide.creditHref).to.equal(undefined);
      });
    }

    it('renders the caption alone, without a button, when there is no image', async () => {
      const el = await figure(html`<image-figure zoomable credit="Ada"><figcaption>No photo today.</figcaption></image-figure>`);
      expect(part(el, 'zoom-button') === null).to.equal(true);
      expect(text(part(el, 'caption'))).to.equal('Ada');
      expect(el.slide.src).to.equal('');
    });

    it('names the button "Open image" when the alt text is empty', async () => {
      const el = await figure(html`<image-figure zoomable><img src=${LANTERNS} alt="" width="1200" height="800" /></image-figure>`);
      expect(part(el, 'zoom-button')!.getAttribute('aria-label')).to.equal('Open image');
    });

    it('sizes to the image when width and height are missing or nonsense', async () => {
      const el = await figure(html`<image-figure><img src=${LANTERNS} alt=${ALT} width="wide" height="-3" /></image-figure>`);
      await waitUntil(() => el.querySelector('img')!.complete);
      expect((part(el, 'frame') as HTMLElement).style.aspectRatio, 'no ratio of its own').to.equal('');
      expect(height(el)).to.equal(400);
    });

    it('ignores an unknown layout and other children', async () => {
      const el = await figure(html`<image-figure layout="sideways"><p>Stray text</p><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></image-figure>`);
      expect(el.getAttribute('layout')).to.equal('sideways');
      expect(height(el)).to.equal(400);
    });

    it('shows a <picture> child', async () => {
      const el = await figure(html`<image-figure zoomable><picture><source srcset=${LANTERNS} type="image/svg+xml" /><img src=${BRIDGE} alt=${ALT} width="1200" height="800" /></picture></image-figure>`);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].localName).to.equal('picture');
      expect(part(el, 'zoom-button')!.getAttribute('aria-label')).to.equal(`Open image: ${ALT}`);
    });

    it('fits the image of a <picture> child to the figure, as it does a plain <img>', async () => {
      const el = await figure(html`<image-figure><picture><source srcset=${LANTERNS} type="image/svg+xml" /><img src=${LANTERNS} alt=${ALT} width="1200" height="800" /></picture></image-figure>`);
      const img = el.querySelector('img')!;
      await img.decode();
      expect([Math.round(img.getBoundingClientRect().width), Math.round(img.getBoundingClientRect().height)]).to.deep.equal([600, 400]);
      expect(height(el)).to.equal(400);
    });
  });
});
