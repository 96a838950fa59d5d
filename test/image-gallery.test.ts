import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ImageFigure } from '../src/image-figure/image-figure-define.js';
import { ImageGallery } from '../src/image-gallery/image-gallery.js';
import { THEME_IMG_RULES, captureWarnings, focusByKeyboard, forcedColors, frames, layoutShiftDuring, recordRequests, systemColor, takeRequests, touch } from './helpers.js';

const HARBOUR = '/public/samples/gallery-harbour.svg';
const SIZES: [string, number, number][] = [
  ['/public/samples/gallery-harbour.svg', 1200, 800],
  ['/public/samples/gallery-tower.svg', 600, 900],
  ['/public/samples/gallery-field.svg', 1600, 600],
  ['/public/samples/gallery-market.svg', 900, 900],
];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const dialog = (el: Element) => el.shadowRoot!.querySelector('dialog')!;
const activePart = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('part') ?? '';
const photos = (n: number, tag = 'p') =>
  Array.from({ length: n }, (_, i) => html`<img src="${HARBOUR}?${tag}=${i + 1}" alt="Harbour photo ${i + 1}" width="1200" height="800" loading="lazy" />`);
const mixed = () => SIZES.map(([src, w, h], i) => html`<img src=${src} alt="Photo ${i + 1}" width=${w} height=${h} />`);

async function gallery(content: TemplateResult | TemplateResult[] = photos(5), layout = 'carousel', id = '') {
  const el = await fixture<ImageGallery>(
    html`<image-gallery label="Harbour at dawn" layout=${layout} id=${id || 'g-' + Math.random().toString(36).slice(2)}>${content}</image-gallery>`,
  );
  await el.updateComplete;
  return el;
}

/** The box of each slide's photo, as a reader sees it. */
const boxes = (el: ImageGallery) => [...el.querySelectorAll('img')].map((img) => img.getBoundingClientRect());

let upgradeShift = -1;

// The first thing the page does: the preload CSS reserves the upgraded carousel, then it upgrades.
before(async () => {
  const style = document.createElement('style');
  style.textContent = await (await fetch('/src/image-gallery/image-gallery.preload.css')).text();
  document.head.append(style);
  const host = document.createElement('div');
  host.innerHTML = `<image-gallery label="Before upgrade">${SIZES.map(([src, w, h]) => `<img src="${src}" alt="" width="${w}" height="${h}">`).join('')}</image-gallery><p>Text below</p>`;
  document.body.append(host);
  await Promise.all([...host.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
  await frames(2);
  upgradeShift = await layoutShiftDuring(async () => {
    ImageGallery.define();
    await (host.firstElementChild as ImageGallery).updateComplete;
  });
  host.remove();
});

describe('<image-gallery> on a page with its own img rules', () => {

  for (const layout of ['carousel', 'grid', 'mosaic']) {
    it(`keeps each photo in its slide, and upgrades without moving, as a ${layout}`, async () => {
      const tag = `themed-${layout}-gallery`;
      const preload = await (await fetch('/src/image-gallery/image-gallery.preload.css')).text();
      const sheets = [preload.replaceAll('image-gallery', tag), THEME_IMG_RULES].map((textContent) => Object.assign(document.createElement('style'), { textContent }));
      document.head.append(...sheets);
      try {
        const wrap = await fixture(html`<div style="width: 600px"></div>`);
        wrap.innerHTML = `<${tag} label="Harbour" layout="${layout}">${SIZES.map(([src, w, h]) => `<img src="${src}" alt="" width="${w}" height="${h}">`).join('')}</${tag}><p>Text below</p>`;
        const el = wrap.firstElementChild as ImageGallery;
        await Promise.all([...el.querySelectorAll('img')].map((img) => img.decode().catch(() => {})));
        await frames(2);
        const rects = () => [el, wrap.lastElementChild!, ...el.querySelectorAll('img')].map((node) => { const r = node.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round).join(','); });
        const before = rects();
        const shift = await layoutShiftDuring(async () => {
          ImageGallery.define.call(class extends ImageGallery {}, tag);
          await el.updateComplete;
        });
        expect(rects(), 'nothing moved').to.deep.equal(before);
        expect(shift).to.equal(0);
        const slides = parts(el, 'slide');
        [...el.querySelectorAll('img')].forEach((img, i) => {
          const style = getComputedStyle(img);
          expect([style.marginTop, style.paddingTop, style.borderTopWidth], `photo ${i + 1}: none of the page's margin, padding or border`).to.deep.equal(['0px', '0px', '0px']);
          expect(Math.round(img.getBoundingClientRect().width), `photo ${i + 1} fills its slide's width`).to.equal(Math.round(slides[i].getBoundingClientRect().width));
        });
      } finally {
        sheets.forEach((sheet) => sheet.remove());
      }
    });
  }
});

describe('<image-gallery>', () => {
  afterEach(async () => {
    for (const el of document.querySelectorAll('image-gallery')) (el as ImageGallery).close();
    history.replaceState(null, '', location.pathname + location.search);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('accessibility', () => {
    for (const layout of ['carousel', 'grid', 'mosaic']) {
      it(`is accessible as a ${layout}, light and dark`, async () => {
        const wrapper = await fixture(html`<div><image-gallery label="Harbour" layout=${layout}>${mixed()}</image-gallery></div>`);
        const el = wrapper.firstElementChild as ImageGallery;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        wrapper.setAttribute('theme', 'dark');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible with the lightbox open, light and dark', async () => {
      const el = await gallery();
      el.open(1);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await expect(el).to.be.accessible();
    });

    it('is a labelled carousel of "n of N" slides', async () => {
      const el = await gallery();
      const region = part(el, 'gallery')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region.getAttribute('aria-label')).to.equal('Harbour at dawn');
      const slides = parts(el, 'slide');
      expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
      expect(slides.every((s) => s.getAttribute('role') === 'group' && s.getAttribute('aria-roledescription') === 'slide')).to.equal(true);
      expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal('Previous image');
      expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Next image');
    });

    it('keeps only the current slide reachable in the carousel', async () => {
      const el = await gallery();
      expect(parts(el, 'slide').map((s) => s.inert)).to.deep.equal([false, true, true, true, true]);
    });

    it('announces a change in a polite live region', async () => {
      const el = await gallery(html`<img src=${HARBOUR} alt="Boats" width="3" height="2" /><img src=${HARBOUR} alt="Nets" data-caption="Nets drying on the quay" width="3" height="2" />`);
      const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(live.textContent!.trim()).to.equal('');
      el.next();
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('2 of 2. Nets drying on the quay');
    });

    it('writes numbers in its language, with one shared formatter however often it updates', async () => {
      const Native = Intl.NumberFormat;
      let created = 0;
      Intl.NumberFormat = function (...args: ConstructorParameters<typeof Native>) {
        created++;
        return new Native(...args);
      } as unknown as typeof Native;
      try {
        // Arabic-Indic digits, in a language no other test has formatted numbers in.
        const wrapper = await fixture(html`<div lang="ar-EG"><image-gallery>${photos(3)}</image-gallery></div>`);
        const el = wrapper.firstElementChild as ImageGallery;
        for (const i of [1, 2, 0]) {
          el.goTo(i);
          await el.updateComplete;
        }
        expect(part(el, 'counter')!.textContent!.trim()).to.equal('١ / ٣');
        expect(created).to.equal(1);
      } finally {
        Intl.NumberFormat = Native;
      }
    });

    it('speaks French with lang="fr"', async () => {
      const wrapper = await fixture(html`<div lang="fr"><image-gallery>${photos(3)}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal('Image précédente');
      expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Image suivante');
      expect(part(el, 'slide')!.getAttribute('aria-label')).to.equal('1 sur 3');
      expect(part(el, 'gallery')!.getAttribute('aria-label')).to.equal('Galerie d’images');
      expect(part(el, 'gallery')!.getAttribute('aria-roledescription')).to.equal('carrousel');
      expect(part(el, 'slide')!.getAttribute('aria-roledescription')).to.equal('diapositive');
    });
  });

  describe('carousel', () => {
    it('moves with the previous and next buttons and counts "2 / 5"', async () => {
      const el = await gallery();
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('1 / 5');
      expect(part(el, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('2 / 5');
      part(el, 'previous')!.click();
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('gives screen readers the position once, in the slide’s name, not again as "1 slash 5"', async () => {
      const el = await gallery();
      type Node = { name?: string; children?: Node[] };
      const names = (node: Node): string[] => [node.name ?? '', ...(node.children ?? []).flatMap(names)];
      const read = names((await a11ySnapshot({ selector: `#${el.id}` })) as unknown as Node);
      expect(read.some((name) => name.startsWith('1 of 5')), read.join(' | ')).to.equal(true);
      expect(read.filter((name) => name.includes('/')), 'the visible counter').to.deep.equal([]);
    });

    it('puts the enlarge button on the photo’s corner when a portrait photo is narrower than its slide, either direction', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const wrapper = await fixture(html`<div dir=${dir} style="width: 600px"><image-gallery label="Tower">
          <image-figure><img src=${SIZES[1][0]} alt="Tower" width="600" height="900" /><figcaption>The tower.</figcaption></image-figure>
          <img src=${SIZES[1][0]} alt="Tower again" width="600" height="900" />
        </image-gallery></div>`);
        const el = wrapper.firstElementChild as ImageGallery;
        await el.updateComplete;
        // Measured against each slide's own box, wherever the track is scrolled.
        for (const i of [0, 1]) {
          const slideBox = parts(el, 'slide')[i].getBoundingClientRect();
          // The photo's own box: a figure is as wide as its photo; a plain image is contained, centred.
          const photoWidth = Math.min(slideBox.width, (slideBox.width / 1.5) * (600 / 900));
          const photo = { left: slideBox.left + (slideBox.width - photoWidth) / 2, right: slideBox.right - (slideBox.width - photoWidth) / 2 };
          const button = parts(el, 'open')[i].getBoundingClientRect();
          expect(button.left >= photo.left && button.right <= photo.right, `${dir} slide ${i + 1}: ${button.left}–${button.right} on ${photo.left}–${photo.right}`).to.equal(true);
          expect(dir === 'rtl' ? button.left - photo.left : photo.right - button.right, `${dir} slide ${i + 1}: in the corner`).to.be.closeTo(8, 1);
        }
      }
    });

    // 10 dots at 1.5em need more than a phone's 18em; at 200% text a 320px phone's gallery is 8em.
    for (const [count, width, rootSize] of [[10, 288, ''], [3, 256, '200%'], [3, 272, '150%'], [5, 272, '150%']] as const) {
      it(`keeps its bar of controls inside a ${width}px gallery of ${count} photos${rootSize ? ` under a ${rootSize} text size` : ''}: round buttons, a counter on one line, every dot or none`, async () => {
        document.documentElement.style.fontSize = rootSize;
        try {
          const el = await fixture<ImageGallery>(html`<image-gallery label="Harbour" style="width: ${width}px">${photos(count, `bar${count}${width}`)}</image-gallery>`);
          await el.updateComplete;
          const box = el.getBoundingClientRect();
          const bar = [...part(el, 'controls')!.children].map((child) => child.getBoundingClientRect());
          expect(Math.min(...bar.map((b) => b.left)), 'left edge').to.be.at.least(box.left - 0.5);
          expect(Math.max(...bar.map((b) => b.right)), 'right edge').to.be.at.most(box.right + 0.5);
          for (const name of ['previous', 'next']) {
            const button = part(el, name)!.getBoundingClientRect();
            expect(button.width, `${name} is round`).to.be.closeTo(button.height, 0.5);
          }
          const counter = document.createRange();
          counter.selectNodeContents(part(el, 'counter')!);
          expect(new Set([...counter.getClientRects()].map((line) => Math.round(line.top))).size, 'the counter’s lines').to.equal(1);
          const dots = [...part(el, 'dots')!.children].map((dot) => getComputedStyle(dot, '::before').display !== 'none' && dot.getBoundingClientRect().width > 0);
          expect(dots.length).to.equal(count);
          expect(new Set(dots).size, `every dot or none: ${dots}`).to.equal(1);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }

    it('dims a disabled button’s icon, not the button, so its focus ring keeps full contrast', async () => {
      const el = await gallery();
      const previous = part(el, 'previous')!;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(previous).opacity).to.equal('1');
      expect(getComputedStyle(previous.querySelector('svg')!).opacity).to.equal('0.4');
      expect(getComputedStyle(part(el, 'next')!.querySelector('svg')!).opacity).to.equal('1');
    });

    it('draws its dots in high-contrast mode, the current one apart, where forced colours drop backgrounds', async () => {
      const el = await gallery();
      const dots = [...part(el, 'dots')!.querySelectorAll('button')];
      const fill = (dot: Element) => getComputedStyle(dot, '::before').backgroundColor;
      await forcedColors(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'high-contrast mode').to.equal(true);
        const probe = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'background: Canvas' }));
        const canvas = getComputedStyle(probe).backgroundColor;
        probe.remove();
        expect(fill(dots[1]), 'a dot shows against the page').to.not.equal(canvas);
        expect(fill(dots[0]), 'the current dot differs').to.not.equal(fill(dots[1]));
        expect(fill(dots[0])).to.not.equal(canvas);
      } finally {
        await forcedColors(false);
      }
    });

    it('rings its buttons in high-contrast mode, where forced colours drop their round backgrounds', async () => {
      const el = await gallery();
      const ringed = () => [part(el, 'previous')!, part(el, 'next')!, part(el, 'open')!, ...part(el, 'dots')!.querySelectorAll('button')].map((b) => getComputedStyle(b).borderTopStyle);
      expect(ringed().every((style) => style === 'none'), 'no ring in normal colours').to.equal(true);
      await forcedColors(true);
      try {
        // The dots are drawn in system colours already: a ring round each would be noise.
        expect(ringed()).to.deep.equal(['solid', 'solid', 'solid', 'none', 'none', 'none', 'none', 'none']);
        el.open(0);
        await el.updateComplete;
        for (const button of dialog(el).querySelectorAll('button')) expect(getComputedStyle(button).borderTopStyle, button.getAttribute('part')!).to.equal('solid');
      } finally {
        await forcedColors(false);
      }
    });

    it('parts an on-photo button’s focus ring from the photo with a band of the page’s colour in high-contrast mode', async () => {
      const el = await gallery();
      const button = part(el, 'open')!;
      await focusByKeyboard(button);
      expect(button.matches(':focus-visible')).to.equal(true);
      const band = () => getComputedStyle(button, '::after');
      expect(band().content, 'no band in normal colours').to.equal('none');
      await forcedColors(true);
      try {
        const ring = getComputedStyle(button);
        expect(ring.outlineStyle).to.equal('solid');
        expect(band().borderTopColor).to.equal(systemColor('Canvas'));
        // Measured out from the button's border edge: the ring, then the band, no overlap.
        const ringOuterEdge = parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth);
        const bandInnerEdge = -parseFloat(band().top) - parseFloat(ring.borderTopWidth) - parseFloat(band().borderTopWidth);
        expect(bandInnerEdge, 'the band starts where the ring ends').to.equal(ringOuterEdge);
        expect(parseFloat(band().borderTopWidth)).to.be.at.least(3);
        // The lightbox's buttons, over its photo on a narrow screen, too.
        el.open(0);
        await el.updateComplete;
        const next = dialog(el).querySelector<HTMLElement>('[part=lightbox-next]')!;
        next.focus();
        expect(getComputedStyle(next, '::after').borderTopColor).to.equal(systemColor('Canvas'));
      } finally {
        await forcedColors(false);
      }
    });

    it('paints no panel of its own: the page’s background shows through, whatever the theme', async () => {
      const wrapper = await fixture(html`<div theme="dark" style="background: rgb(18, 18, 18)"><image-gallery label="Night">${photos(2)}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      for (const name of ['gallery', 'track', 'controls']) expect(getComputedStyle(part(el, name)!).backgroundColor, name).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(el).backgroundColor, 'no theme of its own').to.equal('rgba(0, 0, 0, 0)');
      // With a theme of its own it is on that theme's ground, so its text reads on a page of the other scheme.
      el.setAttribute('theme', 'dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(18, 18, 18)');
    });

    it('neither scrolls nor measures the page while a gallery at its first image upgrades', async () => {
      // Reading the track's width mid-upgrade would force a layout of the whole page before its
      // other elements have rendered; scrollTo() is where that reading happens.
      const scrollTo = Element.prototype.scrollTo;
      const scrolled: Element[] = [];
      Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
        scrolled.push(this);
        (scrollTo as (...a: unknown[]) => void).apply(this, args);
      } as typeof scrollTo;
      try {
        const el = await gallery();
        expect(scrolled.length).to.equal(0);
        el.goTo(2);
        await el.updateComplete;
        expect(scrolled).to.deep.equal([part(el, 'track')]);
      } finally {
        Element.prototype.scrollTo = scrollTo;
      }
    });

    it('scrolls the current image into view', async () => {
      const el = await gallery();
      el.goTo(3);
      const track = part(el, 'track')!;
      await waitUntil(() => Math.abs(track.scrollLeft - 3 * track.clientWidth) < 2, 'scrolled to the fourth image', { timeout: 4000 });
      const box = boxes(el)[3];
      const trackBox = track.getBoundingClientRect();
      expect(box.left).to.be.closeTo(trackBox.left, 1);
    });

    it('still shows the current image after being moved to another parent (taken out of the page, its row loses its scroll position)', async () => {
      const el = await gallery();
      el.goTo(3);
      const track = part(el, 'track')!;
      await waitUntil(() => Math.abs(track.scrollLeft - 3 * track.clientWidth) < 2, 'scrolled to the fourth image', { timeout: 4000 });
      await aTimeout(100);
      el.parentElement!.before(el); // as a framework moves it
      await waitUntil(() => Math.abs(track.scrollLeft - 3 * track.clientWidth) < 2, 'the fourth image in view after the move');
      await aTimeout(100);
      expect(el.index).to.equal(3);
      expect(Math.round(track.scrollLeft / track.clientWidth)).to.equal(3);
      el.remove();
    });

    // A hidden track has no width to scroll by, so a change of index there can't be scrolled to.
    const hiders: [string, (el: ImageGallery) => { hide(): void; show(): void }][] = [
      ['with the hidden attribute', (el) => ({ hide: () => (el.hidden = true), show: () => (el.hidden = false) })],
      ['under a display:none ancestor', (el) => ({ hide: () => (el.parentElement!.style.display = 'none'), show: () => (el.parentElement!.style.display = '') })],
      ['in a closed <details>', (el) => {
        const details = document.createElement('details');
        details.open = true;
        el.before(details);
        details.append(el);
        return { hide: () => (details.open = false), show: () => (details.open = true) };
      }],
    ];
    for (const [how, hider] of hiders) {
      it(`shows the current image when it appears again after its index changed while hidden ${how}, without a gallery-change of its own`, async () => {
        const wrapper = await fixture(html`<div><image-gallery label="Harbour">${photos(5)}</image-gallery></div>`);
        const el = wrapper.firstElementChild as ImageGallery;
        await el.updateComplete;
        const track = part(el, 'track')!;
        const { hide, show } = hider(el);
        el.goTo(1);
        await waitUntil(() => Math.abs(track.scrollLeft - track.clientWidth) < 2, 'at the second image', { timeout: 4000 });
        await aTimeout(100);
        const seen: number[] = [];
        el.addEventListener('gallery-change', (e) => seen.push(e.detail.index));
        hide();
        await frames(2);
        el.index = 3; // as a framework binding or a CMS preview sets it
        await el.updateComplete;
        await frames(2);
        show();
        await frames(2);
        // In place from the frame it appears in: no slide from the image it showed before.
        expect(track.scrollLeft / track.clientWidth, 'the fourth image as it appears').to.be.closeTo(3, 0.01);
        await aTimeout(300);
        expect(el.index).to.equal(3);
        expect(track.scrollLeft / track.clientWidth, 'still the fourth image').to.be.closeTo(3, 0.01);
        expect(seen, 'one gallery-change, for the change of index').to.deep.equal([3]);
      });
    }

    it('shows a plain image’s data-caption, else its alt (hidden from screen readers, who hear the alt)', async () => {
      const el = await gallery(html`<img src=${HARBOUR} alt="Boats" width="3" height="2" /><img src=${HARBOUR} alt="Nets" data-caption="Nets drying" width="3" height="2" />`);
      const [first, second] = parts(el, 'caption');
      expect(first.textContent).to.equal('Boats');
      expect(first.getAttribute('aria-hidden')).to.equal('true');
      expect(second.textContent).to.equal('Nets drying');
      expect(second.hasAttribute('aria-hidden')).to.equal(false);
    });

    it('follows changes to a plain image’s alt, data-caption, width and height', async () => {
      const el = await gallery(html`<img src=${HARBOUR} alt="Boats" width="3" height="2" />`);
      const img = el.querySelector('img')!;
      const caption = () => part(el, 'caption')?.textContent?.trim();
      const ratio = () => part(el, 'slide')!.style.getPropertyValue('--r').trim();
      expect([caption(), ratio()]).to.deep.equal(['Boats', '1.5']);
      img.alt = 'Nets';
      await waitUntil(() => caption() === 'Nets', 'the caption follows the alt');
      img.dataset.caption = 'Nets drying on the quay';
      await waitUntil(() => caption() === 'Nets drying on the quay', 'the caption follows data-caption');
      img.setAttribute('height', '3');
      await waitUntil(() => ratio() === '1', 'the box follows width and height');
    });

    it('gives mixed sizes one box, so moving never changes the height', async () => {
      const el = await gallery(mixed());
      const heights = new Set(boxes(el).map((b) => Math.round(b.height)));
      expect(heights.size).to.equal(1);
      const before = el.getBoundingClientRect().height;
      el.goTo(2);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('does not animate scrolling when the reader prefers reduced motion', async () => {
      const el = await gallery();
      expect(getComputedStyle(part(el, 'track')!).scrollBehavior).to.equal('smooth');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(part(el, 'track')!).scrollBehavior).to.equal('auto');
      el.goTo(4);
      await el.updateComplete;
      const track = part(el, 'track')!;
      expect(Math.round(track.scrollLeft)).to.equal(4 * track.clientWidth);
    });

    it('upgrades without shifting anything (the preload CSS reserves the carousel)', () => {
      expect(upgradeShift).to.be.at.least(0);
      expect(upgradeShift).to.be.below(0.001);
    });
  });

  describe('keyboard', () => {
    it('moves with Left, Right, Home and End when focus is in the gallery', async () => {
      const el = await gallery();
      part(el, 'next')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.index).to.equal(4);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(3);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('follows reading direction in right-to-left text', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><image-gallery label="ميناء">${photos(4)}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      part(el, 'next')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
      el.goTo(2);
      const track = part(el, 'track')!;
      await waitUntil(() => Math.abs(Math.abs(track.scrollLeft) - 2 * track.clientWidth) < 2, 'scrolled leftwards to the third image', { timeout: 4000 });
    });

    it('moves focus with the slide when it was on a slide’s button', async () => {
      const el = await gallery();
      parts(el, 'open')[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === parts(el, 'open')[1]).to.equal(true);
    });

    it('reaches a slide’s enlarge button, drawn over the photo’s corner, before the credit below it', async () => {
      const el = await gallery(html`<image-figure credit="Image via the harbour office" credit-href="https://example.org/harbour"
        ><img src=${HARBOUR} alt="Harbour" width="1200" height="800" /><figcaption>The harbour at dawn.</figcaption></image-figure
      >`);
      const figure = el.querySelector('image-figure')!;
      await figure.updateComplete;
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      const stops: string[] = [];
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Tab' });
        const inFigure = figure.shadowRoot!.activeElement;
        stops.push(inFigure ? `figure ${inFigure.getAttribute('part')}` : activePart(el));
      }
      before.remove();
      expect(stops).to.deep.equal(['open', 'figure credit']);
      // On top of the figure's own positioned frame, so a click lands on it.
      const box = part(el, 'open')!.getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('[part="open"]')).to.equal(part(el, 'open'));
    });

    it('draws a focused caption link’s ring whole inside the carousel, which clips what it scrolls', async () => {
      const figures = SIZES.slice(0, 2).map(
        ([src, w, h], i) =>
          html`<image-figure credit="Image via the harbour office" credit-href="https://example.org/harbour/${i}"
            ><img src=${src} alt="Photo ${i + 1}" width=${w} height=${h} /><figcaption>A caption long enough to run the whole width of the photo, and then some more words on a second line.</figcaption></image-figure
          >`,
      );
      const el = await gallery(figures);
      const track = part(el, 'track')!;
      for (const [i, figure] of [...el.querySelectorAll('image-figure')].entries()) {
        el.goTo(i);
        await el.updateComplete;
        await waitUntil(() => Math.abs(track.scrollLeft - i * track.clientWidth) < 1, 'scrolled to the slide');
        const link = figure.shadowRoot!.querySelector<HTMLElement>('[part="credit"]')!;
        link.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(link);
        expect(style.outlineStyle, `slide ${i + 1}: a ring`).to.equal('solid');
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = link.getBoundingClientRect();
        const clip = track.getBoundingClientRect();
        expect(box.left - ring, `slide ${i + 1}: start`).to.be.at.least(clip.left);
        expect(box.bottom + ring, `slide ${i + 1}: bottom`).to.be.at.most(clip.bottom);
        // The figure's caption wraps within the inset too: its text starts inside the ring's room.
        expect(part(figure, 'caption')!.getBoundingClientRect().width).to.be.at.most(clip.width);
      }
    });

    it('leaves keys alone that it does not use', async () => {
      const el = await gallery();
      part(el, 'next')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('leaves arrows pressed with a modifier alone', async () => {
      const el = await gallery();
      part(el, 'next')!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('keeps Home and End at the first and last image in right-to-left text', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><image-gallery label="Harbour">${photos(4)}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      part(el, 'next')!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.index).to.equal(3);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('moves once per key while the lightbox is open, in the lightbox', async () => {
      const el = await gallery();
      const seen: number[] = [];
      el.addEventListener('gallery-change', (e) => seen.push(e.detail.index));
      el.open(1);
      await el.updateComplete;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(2);
      expect(seen).to.deep.equal([1, 2]);
      expect(dialog(el).querySelector('img')!.getAttribute('alt')).to.equal('Harbour photo 3');
    });

    it('writes the counter left to right in right-to-left text', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><image-gallery label="ميناء" index="1">${photos(4)}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      const numbers = [...part(el, 'counter')!.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && /\d|[\u0660-\u0669]/.test(node.textContent!));
      const left = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().left;
      };
      expect(numbers.length).to.equal(2);
      expect(left(numbers[0])).to.be.below(left(numbers[1]));
    });
  });

  describe('index and events', () => {
    it('reflects index and fires gallery-change on every change, by any means', async () => {
      const el = await gallery();
      const seen: number[] = [];
      el.addEventListener('gallery-change', (e) => seen.push(e.detail.index));
      const step = async (action: () => unknown) => {
        await action();
        await el.updateComplete;
      };
      await step(() => part(el, 'next')!.click()); // 1
      await step(() => el.next()); // 2
      await step(() => el.previous()); // 1
      await step(() => el.goTo(3)); // 3
      await step(() => (el.index = 0)); // 0
      await step(() => el.setAttribute('index', '2')); // 2
      await step(() => parts(el, 'dots')[0].querySelectorAll('button')[4].click()); // 4
      part(el, 'previous')!.focus();
      await step(() => sendKeys({ press: 'Home' })); // 0
      expect(el.getAttribute('index')).to.equal('0');
      await waitUntil(() => part(el, 'track')!.scrollLeft < 1, 'back at the start', { timeout: 3000 });
      // A trackpad scroll (or a swipe):
      const track = part(el, 'track')!;
      const changed = oneEvent(el, 'gallery-change');
      track.dispatchEvent(new WheelEvent('wheel', { deltaX: 100, bubbles: true }));
      track.scrollLeft = 3 * track.clientWidth;
      expect((await changed).detail.index).to.equal(3);
      // The lightbox's own buttons:
      el.open();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('[part="lightbox-next"]')!.click();
      await el.updateComplete;
      expect(seen).to.deep.equal([1, 2, 1, 3, 0, 2, 4, 0, 3, 4]);
      expect(el.getAttribute('index')).to.equal('4');
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('5 / 5');
    });

    it('follows a real swipe on the carousel, both ways (native scroll snapping)', async () => {
      const el = await gallery(photos(3));
      const box = part(el, 'track')!.getBoundingClientRect();
      const y = box.top + box.height / 2;
      // Past half the width: the photo snaps on however fast the finger was (a slow one doesn't fling).
      const far = box.width * 0.6;
      const changed = () => oneEvent(el, 'gallery-change');
      let change = changed();
      await touch([[box.right - 20, y, box.right - 20 - far, y]]);
      expect((await change).detail.index, 'a swipe to the left shows the next photo').to.equal(1);
      change = changed();
      await touch([[box.left + 20, y, box.left + 20 + far, y]]);
      expect((await change).detail.index, 'a swipe to the right, the previous one').to.equal(0);
    });

    it('follows a real swipe in right-to-left reading: to the right is next', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><image-gallery label="ميناء">${photos(3)}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      const box = part(el, 'track')!.getBoundingClientRect();
      const y = box.top + box.height / 2;
      const change = oneEvent(el, 'gallery-change');
      await touch([[box.left + 20, y, box.left + 20 + box.width * 0.6, y]]);
      expect((await change).detail.index).to.equal(1);
    });

    it('follows every scroll the reader makes, also one that comes without a pointer or a wheel (find in page, a screen reader)', async () => {
      const el = await gallery(photos(3));
      const track = part(el, 'track')!;
      for (const index of [1, 2, 0]) {
        const change = oneEvent(el, 'gallery-change');
        track.scrollLeft = index * track.clientWidth;
        expect((await change).detail.index).to.equal(index);
      }
    });

    it('follows a scroll where the browser has no scrollend event (a timer settles it)', async () => {
      const scrollend = Object.getOwnPropertyDescriptor(window, 'onscrollend');
      delete (window as { onscrollend?: unknown }).onscrollend;
      try {
        const el = await gallery(photos(3));
        const track = part(el, 'track')!;
        // As in such a browser: no scrollend reaches the gallery.
        track.addEventListener('scrollend', (e) => e.stopImmediatePropagation(), { capture: true });
        const changed = oneEvent(el, 'gallery-change');
        track.dispatchEvent(new WheelEvent('wheel', { deltaX: 100, bubbles: true }));
        track.scrollLeft = 2 * track.clientWidth;
        expect((await changed).detail.index).to.equal(2);
      } finally {
        if (scrollend) Object.defineProperty(window, 'onscrollend', scrollend);
      }
    });

    it('does not fire when the index does not change', async () => {
      const el = await gallery();
      let count = 0;
      el.addEventListener('gallery-change', () => count++);
      el.previous();
      el.goTo(0);
      await el.updateComplete;
      await aTimeout(50);
      expect(count).to.equal(0);
    });

    it('clamps an index out of range', async () => {
      const el = await gallery();
      el.index = 99;
      await el.updateComplete;
      expect(el.index).to.equal(4);
      expect(el.getAttribute('index')).to.equal('4');
      el.goTo(-3);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      el.setAttribute('index', 'banana');
      await el.updateComplete;
      expect(el.index).to.equal(0);
      const late = await fixture<ImageGallery>(html`<image-gallery index="12">${photos(3)}</image-gallery>`);
      expect(late.index).to.equal(2);
      expect(part(late, 'counter')!.textContent!.trim()).to.equal('3 / 3');
    });
  });

  describe('lightbox', () => {
    it('opens from a slide’s button and closes with Escape, returning focus', async () => {
      const el = await gallery();
      el.goTo(1);
      await el.updateComplete;
      const opened = oneEvent(el, 'lightbox-open');
      parts(el, 'open')[1].click();
      expect((await opened).detail.index).to.equal(1);
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).querySelector('img')!.getAttribute('alt')).to.equal('Harbour photo 2');
      const closed = oneEvent(el, 'lightbox-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(dialog(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement === parts(el, 'open')[1]).to.equal(true);
    });

    it('leaves the gallery where it is while the arrow keys pan a zoomed-in photo', async () => {
      const el = await gallery();
      el.open(1);
      await el.updateComplete;
      await sendKeys({ press: '+' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(dialog(el).querySelector('img')!.style.transform).to.contain('scale(1.5)');
      el.close();
    });

    it('opens on a click on the photo, and the gallery follows the lightbox', async () => {
      const el = await gallery();
      el.querySelector('img')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(2);
      const closed = oneEvent(el, 'lightbox-close');
      el.close();
      await closed;
      expect(dialog(el).open).to.equal(false);
      // The slide the reader was on is now current, and focus is on it rather than lost.
      expect(activePart(el)).to.equal('open');
      expect(el.shadowRoot!.activeElement === parts(el, 'open')[2]).to.equal(true);
    });

    it('opens with open(i) at image i and shows its caption and credit', async () => {
      const el = await gallery(
        html`<img src=${HARBOUR} alt="Boats" width="3" height="2" /><img src=${HARBOUR} alt="Nets" data-caption="Nets drying" data-credit="Photo: A. Keel" data-full-src="${HARBOUR}?full" width="3" height="2" />`,
      );
      el.open(1);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      const img = dialog(el).querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(`${HARBOUR}?full`);
      expect(dialog(el).textContent).to.contain('Nets drying').and.to.contain('Photo: A. Keel');
    });

    it('opens with open(i) at an image added just before, and on a gallery just made and added', async () => {
      // A live blog adds a photo and opens it.
      const el = await gallery(photos(2));
      el.append(Object.assign(document.createElement('img'), { src: HARBOUR, alt: 'Just added' }));
      el.open(2);
      await el.updateComplete;
      expect(el.index).to.equal(2);
      expect(dialog(el).querySelector('img')!.alt).to.equal('Just added');
      el.close();
      const made = document.createElement('image-gallery');
      made.innerHTML = `<img src="${HARBOUR}" alt="One"><img src="${HARBOUR}" alt="Two">`;
      el.after(made);
      made.open(1);
      await oneEvent(made, 'lightbox-open');
      expect(dialog(made).querySelector('img')!.alt).to.equal('Two');
      made.close();
      made.remove();
    });

    it('works in the grid and the mosaic', async () => {
      for (const layout of ['grid', 'mosaic']) {
        const el = await gallery(mixed(), layout);
        parts(el, 'open')[2].click();
        await el.updateComplete;
        expect(dialog(el).open).to.equal(true);
        expect(el.index).to.equal(2);
        const closed = oneEvent(el, 'lightbox-close');
        el.close();
        await closed;
        expect(el.shadowRoot!.activeElement === parts(el, 'open')[2]).to.equal(true);
      }
    });
  });

  describe('deep links', () => {
    it('writes #ID/N while the lightbox is open, without history entries or hashchange, and restores the hash', async () => {
      history.replaceState(null, '', '#intro');
      const el = await gallery(photos(5), 'carousel', 'harbour');
      const length = history.length;
      let hashchanges = 0;
      const count = () => hashchanges++;
      addEventListener('hashchange', count);
      const before = location.pathname + location.search;
      el.open(1);
      await el.updateComplete;
      expect(location.hash).to.equal('#harbour/2');
      el.next();
      await el.updateComplete;
      expect(location.hash).to.equal('#harbour/3');
      el.close();
      await el.updateComplete;
      expect(location.hash).to.equal('#intro');
      await aTimeout(50);
      removeEventListener('hashchange', count);
      expect(hashchanges).to.equal(0);
      expect(history.length).to.equal(length);
      expect(location.pathname + location.search).to.equal(before);
    });

    it('closes when removed while the lightbox is open: lightbox-close, and the hash comes back', async () => {
      history.replaceState(null, '', '#intro');
      const el = await gallery(photos(3), 'carousel', 'harbour');
      parts(el, 'open')[0].click(); // the opener goes with the gallery
      el.next();
      await el.updateComplete;
      expect(location.hash).to.equal('#harbour/2');
      const closes: number[] = [];
      el.addEventListener('lightbox-close', (e) => closes.push(e.detail.index));
      el.remove();
      expect(closes).to.deep.equal([1]);
      expect(location.hash).to.equal('#intro');
      expect(dialog(el).open).to.equal(false);
    });

    it('leaves the URL alone without an id', async () => {
      const el = await fixture<ImageGallery>(html`<image-gallery>${photos(3)}</image-gallery>`);
      el.open(2);
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });

    it('opens the lightbox at the slide a page was opened at', async () => {
      history.replaceState(null, '', '#trip/3');
      const el = await gallery(photos(5), 'carousel', 'trip');
      await waitUntil(() => dialog(el)?.open, 'lightbox opened from the URL');
      expect(el.index).to.equal(2);
      expect(dialog(el).querySelector('img')!.getAttribute('alt')).to.equal('Harbour photo 3');
      el.close();
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });

    it('round-trips an id that needs encoding, and ignores a malformed hash', async () => {
      history.replaceState(null, '', '#%E0%A4%A');
      const quiet = await gallery(photos(3), 'carousel', 'fête d’été');
      await aTimeout(50);
      expect(dialog(quiet).open).to.equal(false);
      quiet.open(1);
      await quiet.updateComplete;
      quiet.close();
      await quiet.updateComplete;
      history.replaceState(null, '', '#f%C3%AAte%20d%E2%80%99%C3%A9t%C3%A9/2');
      const el = await gallery(photos(3), 'carousel', 'fête d’été');
      await waitUntil(() => dialog(el).open, 'opened from an encoded hash');
      expect(el.index).to.equal(1);
      el.next();
      await el.updateComplete;
      expect(location.hash).to.equal('#f%C3%AAte%20d%E2%80%99%C3%A9t%C3%A9/3');
    });

    it('ignores a hash for another gallery or out of range', async () => {
      history.replaceState(null, '', '#other/2');
      const el = await gallery(photos(3), 'carousel', 'mine');
      await aTimeout(50);
      expect(dialog(el).open).to.equal(false);
      history.replaceState(null, '', '#mine/9');
      const clamped = await gallery(photos(3), 'carousel', 'mine');
      await waitUntil(() => dialog(clamped).open);
      expect(clamped.index).to.equal(2);
    });
  });

  describe('lazy loading', () => {
    it('loads the current image and its neighbours, and the others as the reader moves', async () => {
      await recordRequests();
      const el = await gallery(photos(7, 'lazy'));
      await aTimeout(300);
      const requested = () => takeRequests().then((urls) => urls.filter((u) => u.includes('lazy=')).map((u) => Number(u.split('lazy=')[1])).sort());
      expect(await requested()).to.deep.equal([1, 2]);
      expect([...el.querySelectorAll('img')].map((img) => img.loading)).to.deep.equal(['eager', 'eager', 'lazy', 'lazy', 'lazy', 'lazy', 'lazy']);
      el.goTo(3);
      await el.updateComplete;
      await aTimeout(300);
      expect(await requested()).to.include.members([3, 4, 5]);
      expect([...el.querySelectorAll('img')].map((img) => img.loading)).to.deep.equal(['lazy', 'lazy', 'eager', 'eager', 'eager', 'lazy', 'lazy']);
    });
  });

  describe('layouts', () => {
    it('keeps every photo’s aspect ratio in the grid', async () => {
      const el = await gallery(mixed(), 'grid');
      boxes(el).forEach((box, i) => expect(box.width / box.height).to.be.closeTo(SIZES[i][1] / SIZES[i][2], 0.02));
      const widths = new Set(boxes(el).map((b) => Math.round(b.width)));
      expect(widths.size).to.equal(1);
      expect(part(el, 'controls') === null).to.equal(true);
    });

    it('justifies mosaic rows: one height per row, every aspect ratio kept, the row filled', async () => {
      const wrapper = await fixture(html`<div style="width: 760px"><image-gallery layout="mosaic" style="--image-gallery-row-height: 160px">${mixed()}${mixed()}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      const all = boxes(el);
      all.forEach((box, i) => expect(box.width / box.height).to.be.closeTo(SIZES[i % 4][1] / SIZES[i % 4][2], 0.02));
      const firstRow = all.filter((b) => Math.abs(b.top - all[0].top) < 1);
      expect(firstRow.length).to.be.greaterThan(1);
      firstRow.forEach((b) => expect(b.height).to.be.closeTo(firstRow[0].height, 1));
      const right = Math.max(...firstRow.map((b) => b.right));
      expect(right).to.be.closeTo(el.getBoundingClientRect().right, 1);
    });

    it('fills a row that holds one portrait photo, in a phone-wide mosaic', async () => {
      const wrapper = await fixture(html`<div style="width: 288px"><image-gallery layout="mosaic">${mixed()}</image-gallery></div>`);
      const el = wrapper.firstElementChild as ImageGallery;
      await el.updateComplete;
      const all = boxes(el);
      const rows = [...new Set(all.map((b) => Math.round(b.top)))];
      // Every row but the last is justified, whatever its photos' ratios (a ratio under 1 grew too little).
      for (const top of rows.slice(0, -1)) {
        const row = all.filter((b) => Math.round(b.top) === top);
        expect(Math.max(...row.map((b) => b.right)) - Math.min(...row.map((b) => b.left)), `row at ${top}`).to.be.closeTo(288, 1);
      }
      expect(rows.length).to.be.greaterThan(2);
    });

    it('shows an unknown layout as a carousel', async () => {
      const el = await gallery(photos(2), 'spiral');
      expect(part(el, 'gallery')!.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('1 / 2');
    });
  });

  describe('children', () => {
    it('takes <image-figure>s by class, whatever their tag name', async () => {
      class RenamedFigure extends ImageFigure {}
      customElements.define('renamed-figure', RenamedFigure);
      const el = await gallery(html`
        <image-figure credit="Photo: A. Keel"><img src=${HARBOUR} alt="Boats" width="1200" height="800" /><figcaption>Boats at dawn</figcaption></image-figure>
        <renamed-figure><img src=${HARBOUR} alt="Nets" width="1200" height="800" /><figcaption>Nets</figcaption></renamed-figure>
        <img src=${HARBOUR} alt="Quay" width="1200" height="800" />
      `);
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('1 / 3');
      el.open(0);
      await el.updateComplete;
      expect(dialog(el).textContent).to.contain('Boats at dawn').and.to.contain('Photo: A. Keel');
    });

    it('opens its own lightbox, with every image, from a zoomable figure', async () => {
      const el = await gallery(html`
        <img src=${HARBOUR} alt="Boats" width="1200" height="800" />
        <image-figure zoomable><img src=${HARBOUR} alt="Nets" width="1200" height="800" /></image-figure>
      `);
      el.goTo(1);
      await el.updateComplete;
      const figure = el.querySelector('image-figure')!;
      figure.shadowRoot!.querySelector<HTMLElement>('[part="zoom-button"]')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(figure.shadowRoot!.querySelector('dialog')?.open ?? false).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="lightbox-counter"]')!.textContent).to.contain('2 / 2');
    });

    it('follows images added and removed later', async () => {
      const el = await gallery(photos(2));
      const img = document.createElement('img');
      img.src = HARBOUR;
      img.alt = 'Late';
      el.append(img);
      await waitUntil(() => part(el, 'counter')!.textContent!.trim() === '1 / 3');
      el.goTo(2);
      await el.updateComplete;
      img.remove();
      await waitUntil(() => part(el, 'counter')!.textContent!.trim() === '2 / 2');
      expect(el.index).to.equal(1);
    });

    it('shows images added while it was out of the page, or just before it moved', async () => {
      const el = await gallery(photos(2));
      const page = el.parentElement!;
      el.remove();
      el.append(Object.assign(document.createElement('img'), { src: HARBOUR, alt: 'Added away' }));
      page.append(el);
      await waitUntil(() => part(el, 'counter')!.textContent!.trim() === '1 / 3', 'an image added while away');
      // Added, then moved (out and back in, as a framework moves it) in the same task.
      el.append(Object.assign(document.createElement('img'), { src: HARBOUR, alt: 'Added before a move' }));
      page.prepend(el);
      await waitUntil(() => part(el, 'counter')!.textContent!.trim() === '1 / 4', 'an image added before a move');
      expect(parts(el, 'slide').length).to.equal(4);
    });
  });

  describe('bad input', () => {
    it('renders nothing, warns once and fires gallery-error without images', async () => {
      const warnings = captureWarnings();
      const errors: string[] = [];
      const listener = (e: Event) => errors.push((e as CustomEvent).detail.reason);
      document.addEventListener('gallery-error', listener);
      try {
        const el = await fixture<ImageGallery>(html`<image-gallery label="Empty"><p>No photos today.</p></image-gallery>`);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(part(el, 'gallery') === null).to.equal(true);
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(warnings.messages.length).to.equal(1);
        expect(errors).to.deep.equal(['no-images']);
      } finally {
        warnings.restore();
        document.removeEventListener('gallery-error', listener);
      }
    });

    it('renders nothing, warns and fires gallery-error when emptied, even on a later image', async () => {
      const el = await gallery(photos(3));
      el.open(2);
      await el.updateComplete;
      const warnings = captureWarnings();
      const errors: string[] = [];
      el.addEventListener('gallery-error', (e) => errors.push(e.detail.reason));
      try {
        el.replaceChildren();
        await waitUntil(() => errors.length, 'gallery-error fires');
        expect(part(el, 'gallery') === null).to.equal(true);
        expect(warnings.messages.length).to.equal(1);
        expect(errors).to.deep.equal(['no-images']);
        expect(document.documentElement.style.overflow).to.equal(''); // the lightbox closed with it
      } finally {
        warnings.restore();
      }
    });

    it('does not open an empty lightbox, and opens once images arrive', async () => {
      const warnings = captureWarnings();
      const el = await fixture<ImageGallery>(html`<image-gallery label="Empty"></image-gallery>`);
      warnings.restore();
      el.open(0);
      await el.updateComplete;
      el.append(document.createElement('img'));
      await waitUntil(() => part(el, 'slide'), 'the image is shown');
      el.open(0);
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
    });

    it('shows only images: other children are not rendered', async () => {
      const el = await gallery(html`<p>Stray text</p>${photos(2)}`);
      expect(el.querySelector('p')!.getClientRects().length).to.equal(0);
      expect(part(el, 'counter')!.textContent!.trim()).to.equal('1 / 2');
    });

    it('keeps the slot of a broken image', async () => {
      const el = await gallery(html`${photos(1)}<img src="/nowhere/missing.png" alt="Missing photo" width="1200" height="800" />${photos(1, 'q')}`, 'grid');
      const broken = el.querySelectorAll('img')[1];
      await waitUntil(() => broken.complete);
      const [a, b] = boxes(el);
      expect(Math.round(b.width)).to.equal(Math.round(a.width));
      expect(Math.round(b.height)).to.equal(Math.round(a.height));
    });

    it('shows a single image without previous, next, dots or a counter', async () => {
      const el = await gallery(photos(1));
      for (const name of ['controls', 'previous', 'next', 'dots', 'counter']) expect(part(el, name), name).to.equal(null);
      expect(part(el, 'open'), 'it still opens in the lightbox').to.exist;
      el.next();
      await el.updateComplete;
      expect(el.index).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });
});
