import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { tokens } from '../src/core/tokens.js';
import { LightboxController, type LightboxSlide } from '../src/lightbox/lightbox-controller.js';
import { lightboxStyles } from '../src/lightbox/lightbox.styles.js';
import { captureWarnings, frames, tap, touch } from './helpers.js';

const SLIDES: LightboxSlide[] = [
  { src: '/public/samples/photo-lanterns.svg', alt: 'Paper lanterns over a river at dusk', width: 1200, height: 800, caption: 'Lanterns on the first night.', credit: 'Photo: Ada Lovel', creditHref: 'https://example.org/ada' },
  { src: '/public/samples/photo-bridge.svg', alt: 'A stone bridge over a calm river', width: 800, height: 1000, caption: 'The old bridge.' },
  { src: '/public/samples/photo-choir.svg', alt: 'A choir singing under a spotlight', width: 1600, height: 900, credit: 'Festival archive', creditHref: 'javascript:alert(1)' },
];

/** A minimal host, as <image-gallery> and <image-figure> are: it renders the dialog in its shadow root. */
class LightboxHost extends LitElement {
  static override styles = [tokens, lightboxStyles];
  slides: LightboxSlide[] = SLIDES;
  changes: number[] = [];
  /** Renders no dialog, as an empty gallery does. */
  noDialog = false;
  readonly lightbox = new LightboxController(this, { slides: () => this.slides, onChange: (i) => this.changes.push(i) });
  override render() {
    return html`<button id="opener" @click=${(e: Event) => this.lightbox.open(1, e.currentTarget as HTMLElement)}>Open</button>${this.noDialog ? '' : this.lightbox.render()}`;
  }
}
customElements.define('test-lightbox-host', LightboxHost);

const q = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;
const dialog = (host: Element) => q<HTMLDialogElement>(host, 'dialog');
const image = (host: Element) => q<HTMLImageElement>(host, '[part="lightbox-image"]');
const stage = (host: Element) => q(host, '[part="lightbox-stage"]');
const focused = (host: Element) => host.shadowRoot!.activeElement?.getAttribute('part') ?? host.shadowRoot!.activeElement?.id ?? '';

async function openHost(markup = html`<test-lightbox-host></test-lightbox-host>`) {
  const host = await fixture<LightboxHost>(markup);
  q(host, '#opener').focus();
  q(host, '#opener').click();
  await host.updateComplete;
  await frames(1);
  return host;
}

function pointer(target: Element, type: string, x: number, y: number, id = 1, pointerType = 'mouse') {
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType, clientX: x, clientY: y, bubbles: true, composed: true, isPrimary: id === 1 }));
}

/** A double click: two presses of the mouse button, as the lightbox reads them (from pointer events). */
function doubleClick(target: Element, x: number, y: number) {
  for (let i = 0; i < 2; i++) {
    pointer(target, 'pointerdown', x, y);
    pointer(target, 'pointerup', x, y);
  }
}

/** A click with the real mouse (through the browser's input pipeline) at `at`, else at the middle of `el`. */
async function realClick(el: Element, at = center(el)) {
  await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
}

/** The image's transform with lengths rounded: "translate(x, y) scale(z)" or "". */
const transform = (host: Element) => image(host).style.transform.replace(/-?[\d.]+px/g, (n) => `${Math.round(parseFloat(n)) || 0}px`);

function center(el: Element) {
  const box = el.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

describe('lightbox', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  describe('accessibility', () => {
    it('is accessible closed and open', async () => {
      const host = await fixture<LightboxHost>(html`<test-lightbox-host></test-lightbox-host>`);
      await expect(host).to.be.accessible();
      host.lightbox.open(0);
      await host.updateComplete;
      await expect(host).to.be.accessible();
    });

    it('is accessible open in the dark theme, with one slide', async () => {
      const wrap = await fixture(html`<div theme="dark"><test-lightbox-host></test-lightbox-host></div>`);
      const host = wrap.firstElementChild as LightboxHost;
      host.slides = [SLIDES[1]];
      host.lightbox.open(0);
      await host.updateComplete;
      await expect(host).to.be.accessible();
    });

    it('names its controls, the dialog and the position', async () => {
      const host = await openHost();
      expect(dialog(host).getAttribute('aria-label')).to.equal('Image viewer');
      expect(q(host, '[part="lightbox-close"]').getAttribute('aria-label')).to.equal('Close');
      expect(q(host, '[part="lightbox-zoom"]').getAttribute('aria-label')).to.equal('Zoom');
      expect(q(host, '[part="lightbox-previous"]').getAttribute('aria-label')).to.equal('Previous image');
      expect(q(host, '[part="lightbox-next"]').getAttribute('aria-label')).to.equal('Next image');
      expect(q(host, '[part="lightbox-counter"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 / 3 Image 2 of 3');
    });

    it('speaks French under lang="fr"', async () => {
      const host = await openHost(html`<test-lightbox-host lang="fr"></test-lightbox-host>`);
      expect(q(host, '[part="lightbox-close"]').getAttribute('aria-label')).to.equal('Fermer');
      expect(q(host, '[part="lightbox-zoom"]').getAttribute('aria-label')).to.equal('Zoomer');
      expect(q(host, '[part="lightbox-previous"]').getAttribute('aria-label')).to.equal('Image précédente');
      expect(q(host, '[part="lightbox-next"]').getAttribute('aria-label')).to.equal('Image suivante');
    });
  });

  describe('opening and closing', () => {
    it('opens a modal dialog at the index and fires lightbox-open', async () => {
      const host = await fixture<LightboxHost>(html`<test-lightbox-host></test-lightbox-host>`);
      const opened = oneEvent(host, 'lightbox-open');
      host.lightbox.open(2);
      const event = await opened;
      expect(event.detail).to.deep.equal({ index: 2 });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(host.lightbox.isOpen).to.equal(true);
      expect(dialog(host).matches(':modal')).to.equal(true);
      await host.updateComplete;
      expect(image(host).getAttribute('src')).to.equal(SLIDES[2].src);
      expect(image(host).alt).to.equal(SLIDES[2].alt);
    });

    it('shows the caption and the credit, a link only when http(s)', async () => {
      const host = await fixture<LightboxHost>(html`<test-lightbox-host></test-lightbox-host>`);
      host.lightbox.open(0);
      await host.updateComplete;
      const caption = q(host, '[part="lightbox-caption"]');
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lanterns on the first night. Photo: Ada Lovel');
      expect(q<HTMLAnchorElement>(host, 'a[part="lightbox-credit"]').href).to.equal('https://example.org/ada');
      host.lightbox.goTo(2);
      await host.updateComplete;
      expect(host.shadowRoot!.querySelector('a[part="lightbox-credit"]') === null).to.equal(true);
      expect(q(host, '[part="lightbox-credit"]').textContent).to.equal('Festival archive');
    });

    it('moves focus inside and returns it to the opener on close', async () => {
      const host = await openHost();
      expect(focused(host)).to.equal('lightbox-close');
      const closed = oneEvent(host, 'lightbox-close');
      host.lightbox.close();
      expect((await closed).detail).to.deep.equal({ index: 1 });
      expect(host.lightbox.isOpen).to.equal(false);
      expect(dialog(host).open).to.equal(false);
      expect(focused(host)).to.equal('opener');
    });

    it('closes on Escape', async () => {
      const host = await openHost();
      const closed = oneEvent(host, 'lightbox-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(host.lightbox.isOpen).to.equal(false);
      expect(focused(host)).to.equal('opener');
    });

    it('closes with the close button and on a click beside the image', async () => {
      const host = await openHost();
      q(host, '[part="lightbox-close"]').click();
      expect(host.lightbox.isOpen).to.equal(false);
      host.lightbox.open(0);
      await host.updateComplete;
      await realClick(image(host));
      expect(host.lightbox.isOpen, 'a click on the image leaves it open').to.equal(true);
      const box = stage(host).getBoundingClientRect();
      await realClick(stage(host), { x: box.left + 8, y: box.bottom - 8 });
      expect(host.lightbox.isOpen, 'a click beside it closes').to.equal(false);
    });

    it('stays open when reopened at once after closing (the first close event comes late)', async () => {
      const host = await openHost();
      host.lightbox.close();
      host.lightbox.open(0);
      await frames(2);
      expect(host.lightbox.isOpen).to.equal(true);
      expect(dialog(host).open).to.equal(true);
    });

    it('stays open after a drag that ends beside the image', async () => {
      const host = await openHost();
      const { x, y } = center(image(host));
      const box = stage(host).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 8), Math.round(box.bottom - 8)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom - 8)] });
      await sendMouse({ type: 'up' });
      expect(host.lightbox.isOpen).to.equal(true);
    });

    it('opens when asked before the first render', async () => {
      const host = document.createElement('test-lightbox-host') as LightboxHost;
      host.lightbox.open(1);
      document.body.append(host);
      await host.updateComplete;
      await waitUntil(() => dialog(host).open, 'the dialog opens after the first render');
      expect(image(host).getAttribute('src')).to.equal(SLIDES[1].src);
      host.lightbox.close();
      host.remove();
    });

    it('stays closed when the host renders no dialog, and opens later', async () => {
      const host = await fixture<LightboxHost>(html`<test-lightbox-host></test-lightbox-host>`);
      host.noDialog = true;
      host.requestUpdate();
      await host.updateComplete;
      host.lightbox.open(0);
      await waitUntil(() => !host.lightbox.isOpen, 'the lightbox is released');
      host.noDialog = false;
      host.requestUpdate();
      await host.updateComplete;
      host.lightbox.open(0);
      await host.updateComplete;
      expect(dialog(host).open).to.equal(true);
      host.lightbox.close();
    });

    it('opens in a browser without checkVisibility', async () => {
      const checkVisibility = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility')!;
      delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
      try {
        const host = await openHost();
        expect(dialog(host).open).to.equal(true);
        expect(host.lightbox.isOpen).to.equal(true);
        host.lightbox.close();
      } finally {
        Object.defineProperty(Element.prototype, 'checkVisibility', checkVisibility);
      }
    });

    it('stays closed, warns and leaves the page alone when the host is display: none', async () => {
      const host = await fixture<LightboxHost>(html`<test-lightbox-host style="display: none"></test-lightbox-host>`);
      const warnings = captureWarnings();
      let opened = 0;
      host.addEventListener('lightbox-open', () => opened++);
      host.lightbox.open(0);
      warnings.restore();
      await host.updateComplete;
      expect(warnings.messages.length).to.equal(1);
      expect(opened).to.equal(0);
      expect(host.lightbox.isOpen).to.equal(false);
      expect(dialog(host).open).to.equal(false);
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('inert page and focus trap', () => {
    it('keeps focus inside: Tab wraps, the page behind cannot take focus', async () => {
      const wrap = await fixture(html`<div><button id="outside">Outside</button><test-lightbox-host></test-lightbox-host></div>`);
      const host = wrap.querySelector('test-lightbox-host') as LightboxHost;
      const outside = wrap.querySelector<HTMLButtonElement>('#outside')!;
      host.lightbox.open(0, outside);
      await host.updateComplete;
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(host) || document.activeElement!.id);
      }
      expect(order).to.deep.equal(['lightbox-zoom', 'lightbox-previous', 'lightbox-next', 'lightbox-credit', 'lightbox-close', 'lightbox-zoom']);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(host)).to.equal('lightbox-credit');
      outside.focus();
      expect(document.activeElement === outside).to.equal(false);
      const { x, y } = center(outside);
      expect(document.elementFromPoint(x, y) === outside).to.equal(false);
      host.lightbox.close();
      expect(document.activeElement === outside).to.equal(true);
    });

    it('locks page scrolling while open and restores it after', async () => {
      document.documentElement.style.overflow = 'auto';
      const host = await openHost();
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      host.lightbox.close();
      expect(document.documentElement.style.overflow).to.equal('auto');
      document.documentElement.style.overflow = '';
    });

    it('closes and releases the page when the host is removed while open', async () => {
      const host = await openHost();
      let closes = 0;
      host.addEventListener('lightbox-close', () => closes++);
      host.remove(); // with the opener inside it
      expect(document.documentElement.style.overflow).to.equal('');
      expect(host.lightbox.isOpen).to.equal(false);
      expect(closes).to.equal(1);
      expect(dialog(host).open).to.equal(false);
    });
  });

  describe('navigation', () => {
    it('moves with the previous and next buttons, clamped at the ends', async () => {
      const host = await openHost();
      q(host, '[part="lightbox-next"]').click();
      await host.updateComplete;
      expect(host.lightbox.index).to.equal(2);
      expect(q(host, '[part="lightbox-next"]').getAttribute('aria-disabled')).to.equal('true');
      q(host, '[part="lightbox-next"]').click();
      expect(host.lightbox.index).to.equal(2);
      q(host, '[part="lightbox-previous"]').click();
      q(host, '[part="lightbox-previous"]').click();
      await host.updateComplete;
      expect(host.lightbox.index).to.equal(0);
      expect(host.changes).to.deep.equal([1, 2, 1, 0]); // open(1) moved from 0 first
      expect(image(host).getAttribute('src')).to.equal(SLIDES[0].src);
    });

    it('moves with Left, Right, Home and End, and keeps those keys from the host', async () => {
      const host = await openHost();
      let leaked = 0;
      host.addEventListener('keydown', () => leaked++);
      await sendKeys({ press: 'ArrowRight' });
      expect(host.lightbox.index).to.equal(2);
      await sendKeys({ press: 'Home' });
      expect(host.lightbox.index).to.equal(0);
      await sendKeys({ press: 'End' });
      expect(host.lightbox.index).to.equal(2);
      await sendKeys({ press: 'ArrowLeft' });
      expect(host.lightbox.index).to.equal(1);
      expect(leaked).to.equal(0);
    });

    it('mirrors the arrows in right-to-left text', async () => {
      const host = await openHost(html`<test-lightbox-host dir="rtl"></test-lightbox-host>`);
      await sendKeys({ press: 'ArrowLeft' });
      expect(host.lightbox.index).to.equal(2);
      await sendKeys({ press: 'ArrowRight' });
      expect(host.lightbox.index).to.equal(1);
    });

    it('shows no previous, next or counter for a single image', async () => {
      const host = await fixture<LightboxHost>(html`<test-lightbox-host></test-lightbox-host>`);
      host.slides = [SLIDES[0]];
      host.lightbox.open(0);
      await host.updateComplete;
      for (const name of ['lightbox-previous', 'lightbox-next', 'lightbox-counter']) {
        expect(q(host, `[part="${name}"]`)?.getBoundingClientRect().width ?? 0, name).to.equal(0);
      }
    });

    it('clamps goTo', async () => {
      const host = await openHost();
      host.lightbox.goTo(99);
      expect(host.lightbox.index).to.equal(2);
      host.lightbox.goTo(-4);
      expect(host.lightbox.index).to.equal(0);
      host.lightbox.goTo(Number.NaN);
      expect(host.lightbox.index).to.equal(0);
    });

    it('moves to the next image on a swipe', async () => {
      const host = await openHost();
      const { x, y } = center(stage(host));
      pointer(stage(host), 'pointerdown', x, y, 1, 'touch');
      pointer(stage(host), 'pointermove', x - 120, y, 1, 'touch');
      pointer(stage(host), 'pointerup', x - 120, y, 1, 'touch');
      expect(host.lightbox.index).to.equal(2);
    });
  });

  describe('zoom', () => {
    it('toggles zoom on double-click, at the point clicked', async () => {
      const host = await openHost();
      await waitUntil(() => image(host).complete);
      const { x, y } = center(image(host));
      doubleClick(image(host), x, y);
      expect(transform(host)).to.equal('translate(0px, 0px) scale(2.5)');
      expect(stage(host).hasAttribute('data-zoomed')).to.equal(true);
      doubleClick(image(host), x, y);
      expect(image(host).style.transform).to.equal('');
    });

    it('pans the zoomed image by dragging, within its edges', async () => {
      const host = await openHost();
      await waitUntil(() => image(host).complete);
      const { x, y } = center(image(host));
      doubleClick(image(host), x, y);
      pointer(image(host), 'pointerdown', x, y);
      pointer(image(host), 'pointermove', x + 40, y + 20);
      pointer(image(host), 'pointerup', x + 40, y + 20);
      expect(transform(host)).to.equal('translate(40px, 20px) scale(2.5)');
      pointer(image(host), 'pointerdown', x, y);
      pointer(image(host), 'pointermove', x + 5000, y);
      pointer(image(host), 'pointerup', x + 5000, y);
      const limit = Math.round((image(host).offsetWidth * 1.5) / 2);
      expect(transform(host)).to.equal(`translate(${limit}px, 20px) scale(2.5)`);
      expect(host.lightbox.index).to.equal(1);
    });

    it('zooms with a two-finger pinch and toggles on double tap', async () => {
      const host = await openHost();
      await waitUntil(() => image(host).complete);
      const { x, y } = center(image(host));
      pointer(image(host), 'pointerdown', x - 50, y, 1, 'touch');
      pointer(image(host), 'pointerdown', x + 50, y, 2, 'touch');
      pointer(image(host), 'pointermove', x + 150, y, 2, 'touch');
      pointer(image(host), 'pointermove', x - 150, y, 1, 'touch');
      pointer(image(host), 'pointerup', x - 150, y, 1, 'touch');
      pointer(image(host), 'pointerup', x + 150, y, 2, 'touch');
      expect(transform(host)).to.equal('translate(0px, 0px) scale(3)');
      for (let i = 0; i < 2; i++) {
        pointer(image(host), 'pointerdown', x, y, 3, 'touch');
        pointer(image(host), 'pointerup', x, y, 3, 'touch');
      }
      expect(image(host).style.transform).to.equal('');
    });

    it('answers a real finger: tap, double tap, drag, pinch, and a tap beside the image', async () => {
      const host = await openHost();
      await waitUntil(() => image(host).complete);
      const { x, y } = center(image(host));
      await tap(x, y);
      expect(host.lightbox.isOpen, 'a tap on the image leaves it open').to.equal(true);
      await tap(x, y);
      expect(transform(host), 'with the tap before, a double tap zooms').to.equal('translate(0px, 0px) scale(2.5)');
      await touch([[x, y, x + 30, y + 20]]);
      expect(transform(host), 'a finger pans the zoomed image').to.equal('translate(30px, 20px) scale(2.5)');
      await tap(x, y);
      await tap(x, y);
      expect(image(host).style.transform, 'a double tap zooms out').to.equal('');
      // Two fingers spreading from 60 px apart to 180 px.
      await touch([
        [x - 30, y, x - 90, y],
        [x + 30, y, x + 90, y],
      ]);
      expect(transform(host), 'a pinch zooms by how far the fingers spread').to.equal('translate(0px, 0px) scale(3)');
      await tap(x, y);
      await tap(x, y);
      // A moment later, as a reader would: Chromium takes a tap right after a double tap as part of it.
      await aTimeout(400);
      const box = stage(host).getBoundingClientRect();
      await tap(box.left + 8, box.bottom - 8);
      await waitUntil(() => !host.lightbox.isOpen, 'a tap beside the image closes');
    });

    it('moves on with a real swipe, in reading direction', async () => {
      const host = await openHost();
      const { x, y } = center(image(host));
      await touch([[x + 60, y, x - 60, y]]);
      expect(host.lightbox.index, 'to the left: the next image').to.equal(2);
      await touch([[x - 60, y, x + 60, y]]);
      expect(host.lightbox.index, 'to the right: the previous one').to.equal(1);
      host.setAttribute('dir', 'rtl');
      await touch([[x - 60, y, x + 60, y]]);
      expect(host.lightbox.index, 'right to left, to the right: the next image').to.equal(2);
    });

    it('zooms with the keyboard: the Zoom button, + and -, and the arrow keys pan while zoomed in', async () => {
      const host = await openHost();
      await waitUntil(() => image(host).complete);
      const zoom = q(host, '[part="lightbox-zoom"]');
      expect(zoom.getAttribute('aria-pressed')).to.equal('false');
      zoom.focus();
      await sendKeys({ press: 'Enter' });
      await host.updateComplete;
      expect(transform(host), 'the button zooms in').to.equal('translate(0px, 0px) scale(2.5)');
      expect(zoom.getAttribute('aria-pressed')).to.equal('true');
      // Checked as a reader sees it: after the fade-in and the zoom's transition.
      await Promise.all(dialog(host).getAnimations({ subtree: true }).map((animation) => animation.finished));
      await expect(host).to.be.accessible();
      const step = Math.round(image(host).offsetWidth * 2.5 * 0.1);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      expect(transform(host), 'the arrows pan').to.equal(`translate(-${step}px, -${step}px) scale(2.5)`);
      expect(host.lightbox.index, 'rather than move to another image').to.equal(1);
      await sendKeys({ press: '-' });
      const panned = Math.round(step / 1.5);
      expect(transform(host), '- zooms out a step (2.5 / 1.5), about the middle of the view').to.equal(`translate(-${panned}px, -${panned}px) scale(1.66667)`);
      await sendKeys({ press: '-' });
      await sendKeys({ press: '-' });
      await host.updateComplete;
      expect(image(host).style.transform, 'down to the fitted image').to.equal('');
      expect(zoom.getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({ press: '+' });
      expect(transform(host), '+ zooms in a step').to.equal('translate(0px, 0px) scale(1.5)');
      await sendKeys({ press: 'Enter' });
      expect(image(host).style.transform, 'the button zooms back out').to.equal('');
      await sendKeys({ press: 'ArrowRight' });
      expect(host.lightbox.index, 'not zoomed, the arrows move again').to.equal(2);
    });

    it('resets the zoom when moving to another image', async () => {
      const host = await openHost();
      const { x, y } = center(image(host));
      doubleClick(image(host), x, y);
      host.lightbox.goTo(0);
      await host.updateComplete;
      expect(image(host).style.transform).to.equal('');
    });

    it('animates zoom only without a reduced-motion preference', async () => {
      const host = await openHost();
      expect(getComputedStyle(image(host)).transitionDuration).to.equal('0.2s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(image(host)).transitionDuration).to.equal('0s');
      expect(getComputedStyle(dialog(host)).animationName).to.equal('none');
    });
  });
});
