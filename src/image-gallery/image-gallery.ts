/**
 * <image-gallery>: several photos as a carousel (native scroll snapping, so touch swipe and
 * trackpads just work), a grid or a justified mosaic, with a shared lightbox. The photos stay in
 * light DOM (`<image-figure>`s or plain `<img>`s): without JavaScript they simply show one after
 * another. Each one is slotted into its own slide through manual slot assignment, so the slide
 * wrappers (roles, labels, captions) live in shadow DOM and the author's markup is left alone,
 * apart from the `loading` attribute of each image.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { styleProps } from '../core/style-props.js';
import { LocalizeController, numberFormat } from '../core/localize.js';
import { adoptDocumentStyles, tokens } from '../core/tokens.js';
import { ImageFigure } from '../image-figure/image-figure.js';
import { LightboxController, chevron, clampIndex, imageSlide, isRtl, keyTarget, lightboxStrings, type LightboxSlide } from '../lightbox/lightbox-controller.js';
import { lightboxStyles } from '../lightbox/lightbox.styles.js';
import { styles } from './image-gallery.styles.js';

export type GalleryLayout = 'carousel' | 'grid' | 'mosaic';

export interface GalleryChangeDetail {
  index: number;
}

export interface GalleryErrorDetail {
  reason: 'no-images';
}

// The lightbox's strings too ("Previous image" and "Next image" name the gallery's buttons as well).
const strings = {
  en: {
    ...lightboxStrings.en,
    gallery: 'Image gallery',
    carousel: 'carousel',
    'slide-role': 'slide',
    slide: '{n} of {count}',
    open: 'Enlarge image {n}',
    show: 'Show image {n}',
  },
  fr: {
    ...lightboxStrings.fr,
    gallery: 'Galerie d’images',
    carousel: 'carrousel',
    'slide-role': 'diapositive',
    slide: '{n} sur {count}',
    open: 'Agrandir l’image {n}',
    show: 'Afficher l’image {n}',
  },
};

type Item = ImageFigure | HTMLImageElement;

const itemsOf = (gallery: Element) => [...gallery.children].filter((child): child is Item => child instanceof ImageFigure || child instanceof HTMLImageElement);

/** What the lightbox shows for a child: an `<image-figure>` describes itself; a plain image by its attributes. */
function slideOf(item: Item): LightboxSlide {
  if (item instanceof ImageFigure) return item.slide;
  const data = item.dataset;
  return imageSlide(item, data.caption ?? item.alt, data.credit, data.creditHref);
}

/**
 * @summary Photos as a swipeable carousel, a grid or a justified mosaic, with a lightbox.
 * @tag image-gallery
 *
 * @slot - `<image-figure>` elements and/or plain `<img>`s (a plain image's caption is its `data-caption`, else its `alt`; `data-full-src` and `data-credit` feed the lightbox).
 *
 * @csspart gallery - The labelled region around everything.
 * @csspart track - The row (carousel), grid or mosaic holding the slides.
 * @csspart slide - One slide, holding one photo.
 * @csspart caption - A plain image's caption over it (carousel only).
 * @csspart open - The button on each slide that opens the lightbox.
 * @csspart controls - The carousel's bar: previous, dots, counter, next (for two photos or more).
 * @csspart previous - The "Previous image" button.
 * @csspart next - The "Next image" button.
 * @csspart counter - The "2 / 5" counter.
 * @csspart dots - The dots (up to ten images).
 * @csspart lightbox - The lightbox `<dialog>`; also `lightbox-image`, `lightbox-caption`, `lightbox-credit`, `lightbox-counter`, `lightbox-close`, `lightbox-zoom`, `lightbox-previous`, `lightbox-next`, `lightbox-stage`.
 *
 * @cssproperty [--image-gallery-aspect-ratio=3 / 2] - The box of a plain image in the carousel (the photo is fitted inside, never cropped).
 * @cssproperty [--image-gallery-gap=0.5em] - Space between photos in the grid and the mosaic.
 * @cssproperty [--image-gallery-min-width=12em] - The narrowest grid column.
 * @cssproperty [--image-gallery-row-height=12em] - The mosaic's target row height.
 * @cssproperty [--image-gallery-backdrop] - The colour around a fitted photo.
 * @cssproperty [--image-gallery-margin-block=0] - Space above and below.
 *
 * @fires {CustomEvent<GalleryChangeDetail>} gallery-change - When the current image changes, by any means.
 * @fires {CustomEvent<GalleryErrorDetail>} gallery-error - When the gallery has no images.
 * @fires {CustomEvent<{ index: number }>} lightbox-open - When the lightbox opens.
 * @fires {CustomEvent<{ index: number }>} lightbox-close - When the lightbox closes (also when the gallery is removed while it is open).
 */
export class ImageGallery extends LitElement {
  static override styles = [tokens, lightboxStyles, styles];

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  static override properties = {
    label: {},
    layout: { reflect: true },
    index: { type: Number, reflect: true },
  };

  /** Registers the element under `tag` (default `image-gallery`), once. */
  static define(tag = 'image-gallery'): void {
    define(tag, this);
  }

  /** The gallery's accessible name (default "Image gallery"). */
  declare label: string;
  /** `carousel` (default), `grid` or `mosaic`. */
  declare layout: GalleryLayout;
  /** The current image, from 0; out-of-range values clamp. */
  declare index: number;

  readonly #t = new LocalizeController(this, strings);
  readonly #lightbox = new LightboxController(this, {
    slides: () => this.#items.map(slideOf),
    onChange: (index) => (this.index = index),
    onToggle: (open) => this.#onToggle(open),
    localize: this.#t,
  });
  #items: Item[] = [];
  #numbers!: Intl.NumberFormat; // set in willUpdate, in the gallery's language
  #said = '';
  #warned = false;
  #hashBefore = '';
  #settle?: ReturnType<typeof setTimeout>;
  #aim?: number;
  readonly #content = new MutationObserver(() => this.requestUpdate());
  // A row with no box (hidden, display:none above it, out of the page) can't be scrolled, and
  // keeps the place it had: on getting a size again it goes, at once, to the current image.
  readonly #size = new ResizeObserver(([entry]) => {
    const shown = entry.contentRect.width > 0;
    if (shown && !this.#shown) {
      this.#aim = undefined; // any scroll of ours was cut short
      this.#scrollToCurrent(true);
    }
    this.#shown = shown;
  });
  #shown = false;

  constructor() {
    super();
    this.label = '';
    this.layout = 'carousel';
    this.index = 0;
    this.addEventListener('keydown', this.#onKey);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    // Also what a plain image (or a figure's) says about itself: captions, labels and boxes follow.
    this.#content.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['src', 'srcset', 'alt', 'width', 'height', 'data-caption', 'data-credit', 'data-credit-href', 'data-full-src', 'credit', 'credit-href'],
    });
    // Also after a move: taken out of the page, the row lost its scroll position.
    this.#size.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
    this.#size.disconnect();
    this.#shown = false;
  }

  /** Shows the next image (stays on the last). */
  next(): void {
    this.goTo(this.index + 1);
  }

  /** Shows the previous image (stays on the first). */
  previous(): void {
    this.goTo(this.index - 1);
  }

  /** Shows image `index` (from 0, clamped). */
  goTo(index: number): void {
    this.index = index;
  }

  /** Opens the lightbox at `index` (default: the current image); focus returns to `opener` on close. */
  open(index = this.index, opener?: HTMLElement | null): void {
    this.#items = itemsOf(this); // images added just before: the next update reads them too late
    if (!this.#items.length) return;
    this.index = clampIndex(index, this.#items.length - 1);
    this.#lightbox.open(this.index, opener);
  }

  /** Closes the lightbox. */
  close(): void {
    this.#lightbox.close();
  }

  get #carousel(): boolean {
    return this.layout !== 'grid' && this.layout !== 'mosaic';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#items = itemsOf(this);
    this.index = clampIndex(this.index, this.#items.length - 1);
    // An open lightbox follows, in this same update (closed, it has no slides to read: open() passes the index).
    if (this.#lightbox.isOpen) this.#lightbox.goTo(this.index);
    // The counter and every slide label use it (formatters are shared per language: creating one costs).
    this.#numbers = numberFormat(this.#t.lang);
    if (this.#items.length) {
      this.#warned = false;
      const old = changed.get('index');
      if (old !== undefined && old !== this.index) this.#said = `${this.#slideLabel(this.index)}. ${slideOf(this.#items[this.index]).caption ?? ''}`;
      return;
    }
    // Empty from the start or emptied later: nothing renders, so an open lightbox closes first.
    this.#lightbox.close();
    if (this.#warned) return; // once per time the gallery becomes empty
    this.#warned = true;
    console.warn(`<${this.localName}>: no <img> or image figure inside; nothing to show.`, this);
    this.updateComplete.then(() => emit(this, 'gallery-error', { reason: 'no-images' }));
  }

  protected override firstUpdated(): void {
    // A page opened at #ID/N opens the lightbox there.
    const prefix = this.id && this.#hashPrefix();
    const n = prefix && location.hash.startsWith(prefix) ? Number(location.hash.slice(prefix.length)) : 0;
    if (n >= 1) void this.updateComplete.then(() => this.open(n - 1));
  }

  protected override updated(changed: PropertyValues<this>): void {
    const slots = this.renderRoot.querySelectorAll('slot');
    this.#items.forEach((item, i) => {
      slots[i].assign(item);
      // Only the current image and its neighbours load now; the rest when they come close.
      const img = item instanceof ImageFigure ? item.querySelector('img') : item;
      const loading = Math.abs(i - this.index) < 2 ? 'eager' : 'lazy';
      if (img && img.loading !== loading) img.loading = loading;
    });
    const old = changed.get('index');
    // A new gallery at its first image is in place already: measuring the track now would lay out
    // the whole page in the middle of its upgrade.
    const fresh = changed.has('index') && old === undefined && this.index === 0;
    if ((changed.has('index') || changed.has('layout')) && !fresh) this.#scrollToCurrent(old === undefined);
    if (old === undefined || old === this.index || !this.#items.length) return;
    if (this.#lightbox.isOpen) this.#writeHash(true);
    emit(this, 'gallery-change', { index: this.index });
  }

  protected override render() {
    const count = this.#items.length;
    if (!count) return nothing;
    const carousel = this.#carousel;
    const index = this.index;
    return html`<div part="gallery" class=${carousel ? 'carousel' : this.layout} role="region" aria-roledescription=${carousel ? this.#t.msg('carousel') : nothing} aria-label=${this.label || this.#t.msg('gallery')}>
        <div part="track" @scroll=${this.#onScroll} @scrollend=${this.#sync} @pointerdown=${this.#release} @wheel=${this.#release}>
          ${this.#items.map((item, i) => {
            const slide = slideOf(item);
            const ratio = slide.width && slide.height ? slide.width / slide.height : 1.5;
            const onClick = { handleEvent: (e: Event) => this.#onSlideClick(e, i), capture: true };
            return html`<div
              part="slide"
              role="group"
              aria-roledescription=${carousel ? this.#t.msg('slide-role') : nothing}
              aria-label=${this.#slideLabel(i)}
              style=${styleProps({ '--r': String(ratio) })}
              ?inert=${carousel && i !== index}
              @click=${onClick}
            >
              <button part="open" class="on-photo" type="button" aria-label=${this.#t.msg('open', { n: this.#num(i + 1) })}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 10V4h6M20 14v6h-6M4 4l6 6M20 20l-6-6" /></svg>
              </button>
              <slot></slot>
              ${item instanceof HTMLImageElement && slide.caption ? html`<p part="caption" aria-hidden=${slide.caption === slide.alt || nothing}>${slide.caption}</p>` : nothing}
            </div>`;
          })}
        </div>
        ${carousel && count > 1
          ? html`<div part="controls">
              <button part="previous" type="button" aria-label=${this.#t.msg('previous-image')} aria-disabled=${index === 0} @click=${this.previous}>${chevron}</button>
              ${count <= 10
                ? html`<div part="dots">
                    ${this.#items.map((_, i) => html`<button type="button" tabindex="-1" aria-label=${this.#t.msg('show', { n: this.#num(i + 1) })} aria-current=${i === index} @click=${() => this.goTo(i)}></button>`)}
                  </div>`
                : nothing}
              <span part="counter" dir="ltr" aria-hidden="true">${this.#num(index + 1)} / ${this.#num(count)}</span>
              <button part="next" type="button" aria-label=${this.#t.msg('next-image')} aria-disabled=${index === count - 1} @click=${this.next}>${chevron}</button>
            </div>`
          : nothing}
        <div class="sr" aria-live="polite">${this.#said}</div>
      </div>
      ${this.#lightbox.render()}`;
  }

  #num(n: number): string {
    return this.#numbers.format(n);
  }

  #slideLabel(i: number): string {
    return this.#t.msg('slide', { n: this.#num(i + 1), count: this.#num(this.#items.length) });
  }

  get #track(): HTMLElement | null {
    return this.renderRoot.querySelector('[part=track]');
  }

  #scrollToCurrent(instant: boolean): void {
    const track = this.#track;
    // The grid and the mosaic don't scroll: nothing to measure.
    if (!track || !this.#carousel) return;
    const left = this.index * track.clientWidth * (isRtl(this) ? -1 : 1);
    // Already there, with no scroll of ours under way (the reader scrolled here): nothing to wait
    // for, so the next scroll is theirs, pointer or not (find in page, a screen reader).
    if (this.#aim === undefined && Math.abs(track.scrollLeft - left) < 1) return;
    this.#aim = this.index;
    // Smooth unless the reader prefers reduced motion (the track's CSS `scroll-behavior` decides),
    // or can't see it: in a closed <details> a smooth scroll would wait, and play when it opens
    // (checkVisibility() from Safari 17.4: before, always smooth).
    const unseen = track.checkVisibility?.() === false;
    track.scrollTo({ left, behavior: instant || unseen ? 'instant' : undefined });
  }

  /** After a swipe or a trackpad scroll settles, the slide in view becomes the current one. */
  #sync = (): void => {
    const track = this.#track;
    if (!track?.clientWidth) return;
    const index = Math.round(Math.abs(track.scrollLeft) / track.clientWidth);
    // While our own scroll is under way (it may be interrupted by the next one), positions are not the reader's choice.
    if (this.#aim === undefined) this.index = index;
    else if (index === this.#aim) this.#aim = undefined;
  };

  /** The reader takes over: the next place the scroll settles is their choice. */
  #release = (): void => {
    this.#aim = undefined;
  };

  #onScroll = (): void => {
    if ('onscrollend' in window) return;
    clearTimeout(this.#settle);
    this.#settle = setTimeout(this.#sync, 150);
  };

  #onKey = (e: KeyboardEvent): void => {
    // Keys the open lightbox handles don't come this far.
    const target = keyTarget(e, this, this.index, this.#items.length - 1);
    if (target === undefined) return;
    e.preventDefault();
    const refocus = this.shadowRoot!.activeElement?.getAttribute('part') === 'open';
    this.goTo(target);
    // Focus on a slide's button follows the move (the old slide becomes inert in the carousel).
    if (refocus) void this.updateComplete.then(() => this.#focusCurrent());
  };

  /** A click on a photo opens the gallery's lightbox, also for a zoomable figure (instead of its own). */
  #onSlideClick(e: Event, i: number): void {
    const path = e.composedPath();
    // A link inside (a credit) keeps its own behaviour.
    if (path.some((node) => node instanceof HTMLAnchorElement)) return;
    e.stopPropagation();
    // Focus returns to the button pressed (a figure's own, or the slide's), else to the slide's.
    const button = path.find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement);
    this.open(i, button ?? (e.currentTarget as HTMLElement).querySelector('button'));
  }

  /** The deep link follows the lightbox; focus it lost on close goes to the current slide. */
  #onToggle(open: boolean): void {
    this.#writeHash(open);
    // The opener can't take focus back (none, or an inert slide after moving): the current slide's button does.
    if (!open && (document.activeElement === document.body || this.shadowRoot!.activeElement?.closest('dialog'))) this.#focusCurrent();
  }

  #focusCurrent(): void {
    this.renderRoot.querySelectorAll<HTMLElement>('[part=open]')[this.index]?.focus();
  }

  /** Deep link `#ID/N` while the lightbox is open; the previous hash comes back on close. */
  #writeHash(open: boolean): void {
    if (!this.id) return;
    const url = new URL(location.href);
    if (open && !url.hash.startsWith(this.#hashPrefix())) this.#hashBefore = url.hash;
    url.hash = open ? `${this.id}/${this.index + 1}` : this.#hashBefore;
    history.replaceState(history.state, '', url);
  }

  /** `#ID/` as the URL writes it (percent-encoded where an id needs it). */
  #hashPrefix(): string {
    return new URL(`#${this.id}/`, location.href).hash;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'image-gallery': ImageGallery;
  }
  interface GlobalEventHandlersEventMap {
    'gallery-change': CustomEvent<GalleryChangeDetail>;
    'gallery-error': CustomEvent<GalleryErrorDetail>;
  }
}
