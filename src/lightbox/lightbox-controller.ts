/**
 * The lightbox shared by <image-figure zoomable> and <image-gallery>: a Lit reactive controller
 * whose host renders `controller.render()` (a modal `<dialog>`) in its own shadow root and
 * includes `lightboxStyles`. `showModal()` makes the page behind inert and keeps focus inside;
 * the controller adds the scroll lock, focus return, keyboard paths and pointer zoom/pan/pinch.
 * It also exports what the gallery and the figure do the same way: keyboard targets, index
 * clamping, reading an `<img>` as a slide, the credit line, the chevron and their strings.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
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
    'image-position': 'Image {index} of {total}',
  },
  fr: {
    lightbox: 'Visionneuse d’images',
    'previous-image': 'Image précédente',
    'next-image': 'Image suivante',
    close: 'Fermer',
    'image-position': 'Image {index} sur {total}',
  },
} satisfies Catalog;

/** Whether `el` reads right to left. */
export const isRtl = (el: Element): boolean => getComputedStyle(el).direction === 'rtl';

/** `index` as a whole number within 0…`last` (0 for NaN). */
export const clampIndex = (index: number, last: number): number => Math.max(0, Math.min(Math.round(index) || 0, last));

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

/** The slide of an `<img>` (`data-full-src`, if given, replaces its sources). */
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
    creditHref,
  };
}

const TAP_ZOOM = 2.5;
const MAX_ZOOM = 5;

interface Gesture {
  x: number;
  y: number;
  distance: number;
  zoom: number;
  panX: number;
  panY: number;
  moved: boolean;
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

/** A chevron pointing back; `lightboxStyles` mirrors it on "next" buttons and in RTL. */
export const chevron = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7" /></svg>`;

export class LightboxController implements ReactiveController {
  private readonly t: LocalizeController;
  private shown = false;
  private current = 0;
  private opener: HTMLElement | null = null;
  private saved?: { overflow: string; gutter: string };
  private zoom = 1;
  private panX = 0;
  private panY = 0;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture?: Gesture;
  private dragged = false;
  private lastTap = 0;
  private pointerType = 'mouse';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LightboxOptions,
  ) {
    host.addController(this);
    this.t = options.localize ?? new LocalizeController(host, lightboxStrings);
  }

  /** Whether the lightbox is showing. */
  get isOpen(): boolean {
    return this.shown;
  }

  /** The slide shown (or last shown). */
  get index(): number {
    return this.current;
  }

  hostDisconnected(): void {
    // A removed modal dialog leaves the top layer without a `close` event (and stays `open`): close as usual.
    if (this.shown) this.close();
  }

  /** Opens at `index`; focus returns to `opener` (default: the focused element) on close. */
  open(index = this.current, opener?: HTMLElement | null): void {
    if (this.shown) return this.goTo(index);
    this.opener = opener === undefined ? deepActiveElement() : opener;
    this.shown = true;
    this.goTo(index);
    this.host.requestUpdate();
    const dialog = this.dialog;
    if (dialog) this.show(dialog);
    // Opened before the host's first render: the dialog exists once it has rendered.
    else
      void this.host.updateComplete.then(() => {
        if (!this.shown) return;
        const later = this.dialog;
        if (!later) this.release(); // the host rendered none (an empty gallery)
        else if (!later.open) this.show(later);
      });
  }

  /** Closes; focus returns to the opener. */
  close(): void {
    this.dialog?.close();
    this.closed(); // now, not at the dialog's queued `close` event
  }

  /** Shows slide `index`, clamped to the slides there are. */
  goTo(index: number): void {
    const next = clampIndex(index, this.options.slides().length - 1);
    if (next === this.current) return;
    this.current = next;
    this.setZoom(1, 0, 0);
    this.host.requestUpdate();
    this.options.onChange?.(next);
  }

  /** The `<dialog part="lightbox">`; empty until opened. */
  render(): TemplateResult {
    const slides = this.options.slides();
    const total = slides.length;
    const index = this.current;
    const slide = this.shown ? slides[Math.min(index, total - 1)] : undefined;
    const few = total < 2;
    return html`<dialog part="lightbox" aria-label=${this.t.msg('lightbox')} @close=${this.closed} @keydown=${this.onKey}>
      <button part="lightbox-close" type="button" autofocus aria-label=${this.t.msg('close')} @click=${() => this.close()}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
      </button>
      <button part="lightbox-previous" type="button" ?hidden=${few} aria-disabled=${index === 0} aria-label=${this.t.msg('previous-image')} @click=${() => this.goTo(this.current - 1)}>
        ${chevron}
      </button>
      <button part="lightbox-next" type="button" ?hidden=${few} aria-disabled=${index >= total - 1} aria-label=${this.t.msg('next-image')} @click=${() => this.goTo(this.current + 1)}>
        ${chevron}
      </button>
      <p part="lightbox-counter" ?hidden=${few}>
        <span aria-hidden="true" dir="ltr">${index + 1} / ${total}</span>
        <span class="sr" aria-live="polite">${slide ? this.t.msg('image-position', { index: index + 1, total }) : ''}</span>
      </p>
      <div part="lightbox-stage" @dblclick=${this.onDoubleClick} @click=${this.onStageClick} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp}>
        ${slide
          ? html`<img
              part="lightbox-image"
              src=${slide.src}
              srcset=${slide.srcset || nothing}
              sizes=${slide.srcset ? '100vw' : nothing}
              alt=${slide.alt}
              width=${slide.width || nothing}
              height=${slide.height || nothing}
              draggable="false"
            />`
          : nothing}
      </div>
      ${slide?.caption || slide?.credit ? html`<p part="lightbox-caption">${slide.caption ?? ''} ${creditLine('lightbox-credit', slide.credit, slide.creditHref)}</p>` : nothing}
    </dialog>`;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog') ?? null;
  }

  private get image(): HTMLImageElement | null {
    return this.host.shadowRoot?.querySelector<HTMLImageElement>('[part=lightbox-image]') ?? null;
  }

  private show(dialog: HTMLDialogElement): void {
    const root = document.documentElement;
    this.saved = { overflow: root.style.overflow, gutter: root.style.scrollbarGutter };
    // Keep the scrollbar's space when hiding it, so the page behind does not shift sideways.
    if (innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
    root.style.overflow = 'hidden';
    try {
      dialog.showModal();
      // Inside a display: none host the dialog gets no box: an invisible modal would trap the reader.
      if (dialog.checkVisibility?.() === false) throw new Error('the host is not rendered (display: none)');
    } catch (error) {
      console.warn(`<${this.host.localName}>: the lightbox can't open:`, error);
      dialog.close();
      this.release();
      this.host.requestUpdate();
      return;
    }
    this.emit('lightbox-open');
  }

  private closed = (): void => {
    if (!this.shown) return;
    this.release();
    this.host.requestUpdate();
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
    this.emit('lightbox-close');
  };

  private release(): void {
    this.shown = false;
    this.setZoom(1, 0, 0);
    if (this.saved) {
      const root = document.documentElement;
      root.style.overflow = this.saved.overflow;
      root.style.scrollbarGutter = this.saved.gutter;
      this.saved = undefined;
    }
  }

  private emit(type: 'lightbox-open' | 'lightbox-close'): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail: { index: this.current }, bubbles: true, composed: true }));
  }

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') return this.wrapFocus(event);
    const target = keyTarget(event, this.host, this.current, this.options.slides().length - 1);
    if (target === undefined) return;
    // Handled here: the host (a gallery) must not move a second time on the same key.
    event.preventDefault();
    event.stopPropagation();
    this.goTo(target);
  };

  /** Tab from the last control goes to the first, rather than out to the browser's toolbar. */
  private wrapFocus(event: KeyboardEvent): void {
    const controls = [...(this.dialog?.querySelectorAll<HTMLElement>('button:not([hidden]), a[href]') ?? [])];
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = this.host.shadowRoot?.activeElement;
    if (!first || !last) return;
    if (event.shiftKey ? active === first || !active : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  private onStageClick = (event: MouseEvent): void => {
    // A click on the dark area around the image closes, as readers expect; not after a drag.
    if (event.target === event.currentTarget && !this.dragged) this.close();
  };

  private onDoubleClick = (event: MouseEvent): void => {
    if (this.pointerType === 'mouse') this.toggleZoom(event);
  };

  /** Zooms in on the point under the pointer, or back out. */
  private toggleZoom(point: { clientX: number; clientY: number }): void {
    const img = this.image;
    if (!img) return;
    if (this.zoom > 1) return this.setZoom(1, 0, 0);
    const box = img.getBoundingClientRect();
    const dx = point.clientX - (box.left + box.width / 2);
    const dy = point.clientY - (box.top + box.height / 2);
    this.setZoom(TAP_ZOOM, -dx * (TAP_ZOOM - 1), -dy * (TAP_ZOOM - 1));
  }

  private setZoom(zoom: number, x: number, y: number): void {
    const img = this.image;
    this.zoom = Math.min(Math.max(zoom, 1), MAX_ZOOM);
    // Keep the zoomed image covering its box: pan at most half of what it grew by.
    const maxX = img ? (img.offsetWidth * (this.zoom - 1)) / 2 : 0;
    const maxY = img ? (img.offsetHeight * (this.zoom - 1)) / 2 : 0;
    this.panX = Math.min(Math.max(x, -maxX), maxX);
    this.panY = Math.min(Math.max(y, -maxY), maxY);
    if (!img) return;
    img.style.transform = this.zoom > 1 ? `translate(${this.panX}px, ${this.panY}px) scale(${this.zoom})` : '';
    img.parentElement?.toggleAttribute('data-zoomed', this.zoom > 1);
  }

  private snapshot(): Gesture {
    const [a, b] = [...this.pointers.values()];
    return {
      x: b ? (a.x + b.x) / 2 : a.x,
      y: b ? (a.y + b.y) / 2 : a.y,
      distance: b ? Math.hypot(a.x - b.x, a.y - b.y) || 1 : 1,
      zoom: this.zoom,
      panX: this.panX,
      panY: this.panY,
      moved: false,
    };
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button > 0) return;
    this.pointerType = event.pointerType;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (a synthesized event): moves still reach the stage while over it.
    }
    this.gesture = this.snapshot();
    this.dragged = false;
    (event.currentTarget as Element).toggleAttribute('data-gesture', true);
  };

  private onPointerMove = (event: PointerEvent): void => {
    const gesture = this.gesture;
    if (!gesture || !this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const now = this.snapshot();
    const dx = now.x - gesture.x;
    const dy = now.y - gesture.y;
    if (Math.hypot(dx, dy) > 4) gesture.moved = true;
    if (this.pointers.size > 1) {
      gesture.moved = true;
      this.setZoom((gesture.zoom * now.distance) / gesture.distance, gesture.panX + dx, gesture.panY + dy);
    } else if (this.zoom > 1) {
      this.setZoom(this.zoom, gesture.panX + dx, gesture.panY + dy);
    }
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    const gesture = this.gesture;
    if (this.pointers.size) {
      // One finger lifted from a pinch: the other one pans on from here.
      this.gesture = this.snapshot();
      return;
    }
    this.gesture = undefined;
    (event.currentTarget as Element).removeAttribute('data-gesture');
    if (!gesture) return;
    this.dragged = gesture.moved;
    const dx = event.clientX - gesture.x;
    if (gesture.moved && this.zoom === 1 && Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(event.clientY - gesture.y)) {
      // A swipe on the unzoomed image moves to the neighbour in reading direction.
      this.goTo(this.current + ((dx < 0) !== isRtl(this.host) ? 1 : -1));
    } else if (!gesture.moved && event.pointerType !== 'mouse') {
      // Double tap (dblclick is unreliable on touch once touch-action is none).
      if (event.timeStamp - this.lastTap < 300) {
        this.toggleZoom(event);
        this.lastTap = 0;
      } else this.lastTap = event.timeStamp;
    }
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lightbox-open': CustomEvent<{ index: number }>;
    'lightbox-close': CustomEvent<{ index: number }>;
  }
}
