/**
 * The lightbox shared by <image-figure zoomable> and <image-gallery>: a Lit reactive controller
 * whose host renders `controller.render()` (a modal `<dialog>`) in its own shadow root and
 * includes `lightboxStyles`. `showModal()` makes the page behind inert and keeps focus inside;
 * the controller adds the scroll lock, focus return, keyboard paths, and zoom: double click or
 * tap, drag, pinch, the Zoom button, and + / - and the arrow keys.
 * It also exports what the gallery and the figure do the same way: keyboard targets, index
 * clamping, reading an `<img>` as a slide, the credit line, the chevron and their strings.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../core/emit.js';
import { httpUrl } from '../core/http-url.js';
import { LocalizeController, type Catalog } from '../core/localize.js';

/** One image as the lightbox shows it. */
export interface LightboxSlide {
  src: string;
  srcset?: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
  creditHref?: string;
}

export interface LightboxOptions {
  /** The slides, read on every render (so the host's light DOM stays the only copy). */
  slides: () => LightboxSlide[];
  /** Called when the reader (or `goTo`) moves to another slide. */
  onChange?: (index: number) => void;
  /** Called when the lightbox opens (true) or closes (false), just before its event. */
  onToggle?: (open: boolean) => void;
  /** The host's own LocalizeController, whose catalog includes `lightboxStrings` (saves a second one). */
  localize?: LocalizeController;
}

/** The lightbox's strings; a host with strings of its own spreads these into its catalog. */
export const lightboxStrings = {
  en: {
    lightbox: 'Image viewer',
    'previous-image': 'Previous image',
    'next-image': 'Next image',
    close: 'Close',
    zoom: 'Zoom',
    'image-position': 'Image {index} of {total}',
  },
  fr: {
    lightbox: 'Visionneuse d’images',
    'previous-image': 'Image précédente',
    'next-image': 'Image suivante',
    close: 'Fermer',
    zoom: 'Zoomer',
    'image-position': 'Image {index} sur {total}',
  },
} satisfies Catalog;

/** Whether `el` reads right to left. */
export const isRtl = (el: Element): boolean => getComputedStyle(el).direction === 'rtl';

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

/** `index` as a whole number within 0…`last` (0 for NaN). */
export const clampIndex = (index: number, last: number): number => clamp(Math.round(index) || 0, 0, last);

/**
 * Where a key moves from `index` among 0…`last` (clamped), shared by the lightbox and the gallery:
 * Left/Right by one in reading direction, Home, End; undefined for other keys and with a modifier.
 */
export function keyTarget(event: KeyboardEvent, host: Element, index: number, last: number): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return last;
  const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
  return step && clampIndex(index + (isRtl(host) ? -step : step), last);
}

/** A credit: a link when `href` is http(s), else plain text; nothing without a credit. */
export function creditLine(part: string, credit?: string, href?: string): TemplateResult | typeof nothing {
  if (!credit) return nothing;
  const url = httpUrl(href, document.baseURI);
  return url ? html`<a part=${part} href=${url} rel="noopener noreferrer">${credit}</a>` : html`<span part=${part}>${credit}</span>`;
}

/** The slide of an `<img>` (`data-full-src`, if given, replaces its sources); only an http(s) credit link is kept. */
export function imageSlide(img: HTMLImageElement | null, caption?: string, credit?: string, creditHref?: string): LightboxSlide {
  const full = img?.dataset.fullSrc;
  const size = (name: string) => Number(img?.getAttribute(name)) || undefined;
  return {
    src: full || img?.currentSrc || img?.src || '',
    srcset: (!full && img?.srcset) || undefined,
    alt: img?.alt ?? '',
    width: size('width'),
    height: size('height'),
    caption,
    credit,
    creditHref: httpUrl(creditHref, document.baseURI),
  };
}

/** A chevron pointing back; `lightboxStyles` mirrors it on "next" buttons and in RTL. */
export const chevron = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7" /></svg>`;

const TAP_ZOOM = 2.5;
const MAX_ZOOM = 5;
const ZOOM_STEP = 1.5;

/** Where a gesture started: the pointers' midpoint and spread, and the zoom and pan then. */
interface Gesture {
  x: number;
  y: number;
  spread: number;
  zoom: number;
  panX: number;
  panY: number;
  moved?: boolean;
  /** It began on the dark area around the image. */
  backdrop?: boolean;
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

export class LightboxController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LightboxOptions;
  readonly #t: LocalizeController;
  #shown = false;
  #current = 0;
  #opener: HTMLElement | null = null;
  /** The page's own `overflow` and `scrollbar-gutter`, put back on close. */
  #saved = ['', ''];
  #zoom = 1;
  #panX = 0;
  #panY = 0;
  /** The latest event of each pointer that is down on the stage. */
  readonly #pointers = new Map<number, PointerEvent>();
  #gesture?: Gesture;
  /** The last press was a click on the dark area around the image (not a drag, not on the image). */
  #backdropClick = false;
  #lastTap = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LightboxOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#t = options.localize ?? new LocalizeController(host, lightboxStrings);
  }

  /** Whether the lightbox is showing. */
  get isOpen(): boolean {
    return this.#shown;
  }

  /** The slide shown (or last shown). */
  get index(): number {
    return this.#current;
  }

  hostDisconnected(): void {
    // A removed modal dialog leaves the top layer without a `close` event (and stays `open`): close as usual.
    this.close();
  }

  /** Opens at `index`; focus returns to `opener` (default: the focused element) on close. */
  open(index = this.#current, opener?: HTMLElement | null): void {
    if (this.#shown) return this.goTo(index);
    this.#opener = opener === undefined ? deepActiveElement() : opener;
    this.#shown = true;
    const root = document.documentElement;
    this.#saved = [root.style.overflow, root.style.scrollbarGutter];
    // Keep the scrollbar's space when hiding it, so the page behind does not shift sideways.
    if (innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
    root.style.overflow = 'hidden';
    this.goTo(index);
    this.#host.requestUpdate();
    // Opened before the host's first render: the dialog exists once it has rendered.
    if (this.#dialog) this.#show();
    else void this.#host.updateComplete.then(() => this.#show());
  }

  /** Closes; focus returns to the opener. */
  close(): void {
    this.#dialog?.close();
    this.#closed(); // now, not at the dialog's queued `close` event
  }

  /** Shows slide `index`, clamped to the slides there are. */
  goTo(index: number): void {
    const next = clampIndex(index, this.#options.slides().length - 1);
    if (next === this.#current) return;
    this.#current = next;
    this.#setZoom(1, 0, 0);
    this.#host.requestUpdate();
    this.#options.onChange?.(next);
  }

  /** The `<dialog part="lightbox">`; empty until opened. */
  render(): TemplateResult {
    const slides = this.#options.slides();
    const total = slides.length;
    const index = this.#current;
    const slide = this.#shown ? slides[index] : undefined;
    const t = this.#t;
    return html`<dialog part="lightbox" aria-label=${t.msg('lightbox')} @close=${this.#closed} @keydown=${this.#onKey}>
      <button part="lightbox-close" type="button" autofocus aria-label=${t.msg('close')} @click=${() => this.close()}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
      </button>
      <button part="lightbox-zoom" type="button" aria-pressed=${this.#zoom > 1} aria-label=${t.msg('zoom')} @click=${() => this.#zoomBy(this.#zoom > 1 ? 0 : TAP_ZOOM)}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="10.5" cy="10.5" r="6.5" /><path d="M15.5 15.5L20 20M8 10.5h5${this.#zoom > 1 ? '' : 'M10.5 8v5'}" /></svg>
      </button>
      ${total > 1
        ? html`<button part="lightbox-previous" type="button" aria-disabled=${index === 0} aria-label=${t.msg('previous-image')} @click=${() => this.goTo(this.#current - 1)}>
              ${chevron}
            </button>
            <button part="lightbox-next" type="button" aria-disabled=${index === total - 1} aria-label=${t.msg('next-image')} @click=${() => this.goTo(this.#current + 1)}>
              ${chevron}
            </button>
            <div part="lightbox-counter">
              <span aria-hidden="true" dir="ltr">${index + 1} / ${total}</span>
              <span class="sr" aria-live="polite">${slide ? t.msg('image-position', { index: index + 1, total }) : ''}</span>
            </div>`
        : nothing}
      <div part="lightbox-stage" @click=${this.#onStageClick} @pointerdown=${this.#onPointerDown} @pointermove=${this.#onPointerMove} @pointerup=${this.#onPointerUp} @pointercancel=${this.#onPointerUp}>
        ${slide
          ? html`<img
              part="lightbox-image"
              src=${slide.src}
              srcset=${slide.srcset ?? nothing}
              sizes=${slide.srcset ? '100vw' : nothing}
              alt=${slide.alt}
              width=${slide.width ?? nothing}
              height=${slide.height ?? nothing}
              draggable="false"
            />`
          : nothing}
      </div>
      ${slide?.caption || slide?.credit ? html`<p part="lightbox-caption">${slide.caption} ${creditLine('lightbox-credit', slide.credit, slide.creditHref)}</p>` : nothing}
    </dialog>`;
  }

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.#host.shadowRoot?.querySelector('dialog');
  }

  get #image(): HTMLImageElement | null | undefined {
    return this.#host.shadowRoot?.querySelector('img[part=lightbox-image]');
  }

  #show(): void {
    const dialog = this.#dialog;
    if (!this.#shown || dialog?.open) return;
    if (!dialog) return this.#release(); // the host rendered none (an empty gallery)
    try {
      dialog.showModal();
      // Inside a display: none host the dialog gets no box: an invisible modal would trap the reader.
      if (dialog.checkVisibility?.() === false) throw new Error('the host is not rendered (display: none)');
    } catch (error) {
      console.warn(`<${this.#host.localName}>: the lightbox can't open:`, error);
      dialog.close();
      this.#release();
      return;
    }
    this.#toggled(true);
  }

  #closed = (): void => {
    // The dialog's `close` event is queued: one from before a quick reopen finds the dialog open again.
    if (!this.#shown || this.#dialog?.open) return;
    this.#release();
    this.#opener?.focus();
    this.#toggled(false);
  };

  #release(): void {
    this.#shown = false;
    this.#setZoom(1, 0, 0);
    const style = document.documentElement.style;
    [style.overflow, style.scrollbarGutter] = this.#saved;
    this.#host.requestUpdate();
  }

  #toggled(open: boolean): void {
    this.#options.onToggle?.(open);
    emit(this.#host, open ? 'lightbox-open' : 'lightbox-close', { index: this.#current });
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') return this.#wrapFocus(event);
    if (!this.#zoomKey(event)) {
      const target = keyTarget(event, this.#host, this.#current, this.#options.slides().length - 1);
      if (target === undefined) return;
      this.goTo(target);
    }
    // Handled here: the host (a gallery) must not act on the same key a second time.
    event.preventDefault();
    event.stopPropagation();
  };

  /** Tab from the last control goes to the first, rather than out to the browser's toolbar. */
  #wrapFocus(event: KeyboardEvent): void {
    const controls = [...this.#dialog!.querySelectorAll<HTMLElement>('button, a')];
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = this.#host.shadowRoot!.activeElement;
    if (event.shiftKey ? active === first || !active : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  /**
   * Zoom for the keyboard (the Zoom button too, for the pointer): + and - zoom in and out, and the
   * arrow keys pan while zoomed in (they move between images otherwise). True when handled.
   */
  #zoomKey({ key, altKey, ctrlKey, metaKey }: KeyboardEvent): boolean {
    if (altKey || ctrlKey || metaKey) return false;
    const pan = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[key];
    if (key === '+' || key === '=') this.#zoomBy(this.#zoom * ZOOM_STEP);
    else if (key === '-') this.#zoomBy(this.#zoom / ZOOM_STEP);
    else if (pan && this.#zoom > 1) {
      // A tenth of the zoomed image a press; the image moves the other way from the view.
      const step = (this.#image?.offsetWidth ?? 0) * this.#zoom * 0.1;
      this.#setZoom(this.#zoom, this.#panX + pan[0] * step, this.#panY + pan[1] * step);
    } else return false;
    return true;
  }

  /** Zooms to `zoom` (1 or less: out), keeping the middle of the view where it is. */
  #zoomBy(zoom: number): void {
    const grow = clamp(zoom, 1, MAX_ZOOM) / this.#zoom;
    this.#setZoom(zoom, this.#panX * grow, this.#panY * grow);
  }

  #onStageClick = (): void => {
    // A click on the dark area around the image closes, as readers expect. Told from the press,
    // not the click's target: with the pointer captured, the click's target is the stage even on the image.
    if (this.#backdropClick) this.close();
  };

  /** Zooms in on the point under the pointer, or back out. */
  #toggleZoom({ clientX, clientY }: PointerEvent): void {
    const box = this.#image?.getBoundingClientRect();
    if (this.#zoom > 1 || !box) return this.#setZoom(1, 0, 0);
    const grow = TAP_ZOOM - 1;
    this.#setZoom(TAP_ZOOM, (box.left + box.width / 2 - clientX) * grow, (box.top + box.height / 2 - clientY) * grow);
  }

  #setZoom(zoom: number, x: number, y: number): void {
    const img = this.#image;
    const was = this.#zoom > 1;
    this.#zoom = clamp(zoom, 1, MAX_ZOOM);
    if (was !== this.#zoom > 1) this.#host.requestUpdate(); // the Zoom button shows the state
    // Keep the zoomed image covering its box: pan at most half of what it grew by.
    const maxX = ((img?.offsetWidth ?? 0) * (this.#zoom - 1)) / 2;
    const maxY = ((img?.offsetHeight ?? 0) * (this.#zoom - 1)) / 2;
    this.#panX = clamp(x, -maxX, maxX);
    this.#panY = clamp(y, -maxY, maxY);
    if (!img) return;
    img.style.transform = this.#zoom > 1 ? `translate(${this.#panX}px, ${this.#panY}px) scale(${this.#zoom})` : '';
    img.parentElement!.toggleAttribute('data-zoomed', this.#zoom > 1);
  }

  /** The gesture as the pointers now down make it. */
  #snapshot(): Gesture {
    const [a, b = a] = this.#pointers.values();
    return {
      x: (a.clientX + b.clientX) / 2,
      y: (a.clientY + b.clientY) / 2,
      spread: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) || 1,
      zoom: this.#zoom,
      panX: this.#panX,
      panY: this.#panY,
    };
  }

  #onPointerDown = (event: PointerEvent): void => {
    const stage = event.currentTarget as Element;
    if (event.button > 0) return;
    this.#pointers.set(event.pointerId, event);
    try {
      stage.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (a synthesized event): moves still reach the stage while over it.
    }
    this.#gesture = { ...this.#snapshot(), backdrop: event.target === stage };
    stage.toggleAttribute('data-gesture', true);
  };

  #onPointerMove = (event: PointerEvent): void => {
    const gesture = this.#gesture;
    if (!gesture || !this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, event);
    const now = this.#snapshot();
    const dx = now.x - gesture.x;
    const dy = now.y - gesture.y;
    const pinch = this.#pointers.size > 1;
    if (pinch || Math.hypot(dx, dy) > 4) gesture.moved = true;
    // Two fingers zoom by how far they spread, and pan; one pans a zoomed image.
    if (pinch || this.#zoom > 1) this.#setZoom((gesture.zoom * now.spread) / gesture.spread, gesture.panX + dx, gesture.panY + dy);
  };

  #onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    const gesture = this.#gesture!;
    // One finger lifted from a pinch: the other one pans on from here.
    if (this.#pointers.size) return void (this.#gesture = { ...this.#snapshot(), moved: true });
    this.#gesture = undefined;
    (event.currentTarget as Element).removeAttribute('data-gesture');
    this.#backdropClick = !!gesture.backdrop && !gesture.moved;
    const dx = event.clientX - gesture.x;
    if (this.#zoom === 1 && Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(event.clientY - gesture.y)) {
      // A swipe on the unzoomed image moves to the neighbour in reading direction.
      this.goTo(this.#current + ((dx < 0) !== isRtl(this.#host) ? 1 : -1));
    } else if (!gesture.moved) {
      // A double click or double tap, told from pointer-ups alike for mouse, pen and touch
      // (touch browsers send no dblclick once touch-action is none).
      const double = event.timeStamp - this.#lastTap < 300;
      this.#lastTap = double ? 0 : event.timeStamp;
      if (double) this.#toggleZoom(event);
    }
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lightbox-open': CustomEvent<{ index: number }>;
    'lightbox-close': CustomEvent<{ index: number }>;
  }
}
