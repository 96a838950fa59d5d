/**
 * <image-figure>: a photo with its caption and credit. The author's `<img>` and `<figcaption>`
 * stay in light DOM (so the page reads the same without JavaScript) and are slotted into a
 * shadow `<figure>` whose box keeps the image's aspect ratio before it loads and after it fails.
 */
import { LitElement, html, nothing } from 'lit';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { styleProps } from '../core/style-props.js';
import { LocalizeController } from '../core/localize.js';
import { adoptDocumentStyles, stylesForTag, tokens } from '../core/tokens.js';
import { LightboxController, creditLine, imageSlide, lightboxStrings, type LightboxSlide } from '../lightbox/lightbox-controller.js';
import { lightboxStyles } from '../lightbox/lightbox.styles.js';
import { documentStyles, styles } from './image-figure.styles.js';

export interface ImageErrorDetail {
  src: string;
}

const strings = {
  en: { ...lightboxStrings.en, 'open-image': 'Open image: {alt}', 'open-image-untitled': 'Open image' },
  fr: { ...lightboxStrings.fr, 'open-image': 'Ouvrir l’image : {alt}', 'open-image-untitled': 'Ouvrir l’image' },
};

/**
 * @summary A photo with caption and credit: no layout shift, lazy loading, optional lightbox.
 * @tag image-figure
 *
 * @slot - One `<img>` (or `<picture>`) and an optional `<figcaption>`, as plain children.
 *
 * @csspart figure - The `<figure>`.
 * @csspart frame - The box that keeps the image's aspect ratio, in every state.
 * @csspart zoom-button - The button over the image when `zoomable`.
 * @csspart fallback - The alt text shown in the image's box when it fails to load.
 * @csspart caption - The caption block: the slotted `<figcaption>`, then the credit on its own line.
 * @csspart credit - The credit (a link when `credit-href` is http(s)).
 * @csspart lightbox - The lightbox `<dialog>`; also `lightbox-image`, `lightbox-caption`, `lightbox-credit`, `lightbox-counter`, `lightbox-close`, `lightbox-zoom`, `lightbox-previous`, `lightbox-next`, `lightbox-stage`.
 *
 * @cssproperty [--image-figure-margin-block=0] - Space above and below.
 * @cssproperty [--image-figure-radius=0] - The image's corner radius.
 * @cssproperty [--image-figure-fallback-ratio=3 / 2] - The box's ratio for a broken image without `width`/`height`.
 * @cssproperty [--lightbox-backdrop=#111] - The lightbox background.
 *
 * @fires {CustomEvent<ImageErrorDetail>} image-error - When the image fails to load.
 * @fires {CustomEvent<{ index: number }>} lightbox-open - When the lightbox opens.
 * @fires {CustomEvent<{ index: number }>} lightbox-close - When the lightbox closes.
 */
export class ImageFigure extends LitElement {
  // Manual assignment: the author's plain <img> and <figcaption> go to two places in the figure.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [tokens, lightboxStyles, styles];

  static override properties = {
    credit: {},
    creditHref: { attribute: 'credit-href' },
    layout: { reflect: true },
    zoomable: { type: Boolean, reflect: true },
    broken: { state: true },
  };

  /** Registers the element under `tag` (default `image-figure`), once. */
  static define(tag = 'image-figure'): void {
    define(tag, this);
  }

  /** Who to credit, e.g. "Image via Wikimedia Commons". */
  declare credit: string | undefined;
  /** Where the credit links to; only http(s) URLs make a link. */
  declare creditHref: string | undefined;
  /** How the figure sits in `<article-body>`: `inset`, `wide`, `full`, `left` or `right`. */
  declare layout: string | undefined;
  /** Activating the image opens it large in a lightbox. */
  declare zoomable: boolean;
  declare private broken: boolean;

  readonly #t = new LocalizeController(this, strings);
  readonly #lightbox = new LightboxController(this, { slides: () => [this.slide], localize: this.#t });
  readonly #content = new MutationObserver(() => this.requestUpdate());
  #reported = '';

  constructor() {
    super();
    this.zoomable = false;
    this.broken = false;
    // `error` and `load` do not bubble; listening in the capture phase hears them from the slotted <img>.
    this.addEventListener('error', this.#onImageEvent, true);
    this.addEventListener('load', this.#onImageEvent, true);
  }

  /** The image as the lightbox (and `<image-gallery>`) shows it. */
  get slide(): LightboxSlide {
    const caption = this.#caption?.textContent?.replace(/\s+/g, ' ').trim();
    return imageSlide(this.#img, caption || undefined, this.credit || undefined, this.creditHref);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    adoptDocumentStyles(this, stylesForTag(documentStyles, 'image-figure', this.localName));
    this.#content.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['src', 'srcset', 'alt', 'width', 'height'],
    });
    // Failed while we were out of the page (not yet upgraded, or detached, where #fail stays quiet):
    // its error event is gone, but the state is readable.
    const img = this.#img;
    if (img?.complete && img.getAttribute('src') && !img.naturalWidth) this.#fail(img);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
  }

  /** The image: an `<img>` child, or the one in a `<picture>` child. */
  get #img(): HTMLImageElement | null {
    return this.querySelector(':scope > img, :scope > picture > img');
  }

  get #caption(): Element | null {
    return this.querySelector(':scope > figcaption');
  }

  protected override willUpdate(): void {
    // No longer zoomable: the lightbox goes, so an open one closes first (a removed modal dialog
    // fires no `close`, and would leave the page scroll-locked).
    if (!this.zoomable) this.#lightbox.close();
    // The broken image was taken out: no box is kept for it.
    if (!this.#img) this.broken = false;
  }

  protected override updated(): void {
    const img = this.#img;
    const [image, caption] = this.shadowRoot!.querySelectorAll('slot');
    // The `<img>` itself, or its `<picture>`.
    image.assign(...(img ? [img.parentElement === this ? img : img.parentElement!] : []));
    caption?.assign(...(this.#caption ? [this.#caption] : []));
    if (img && !img.hasAttribute('loading')) img.loading = 'lazy';
    if (img && !img.hasAttribute('decoding')) img.decoding = 'async';
  }

  protected override render() {
    const img = this.#img;
    const width = Number(img?.getAttribute('width'));
    const height = Number(img?.getAttribute('height'));
    const alt = img?.alt.trim();
    const ratio = width > 0 && height > 0 ? `${width} / ${height}` : undefined;
    const label = alt ? this.#t.msg('open-image', { alt }) : this.#t.msg('open-image-untitled');
    const image = html`<slot></slot>`;
    return html`<figure part="figure">
        <div part="frame" class=${this.broken ? 'broken' : ''} style=${styleProps({ 'aspect-ratio': ratio })}>
          ${this.zoomable && img && !this.broken
            ? html`<button part="zoom-button" class="zoom" type="button" aria-haspopup="dialog" aria-label=${label} @click=${this.#openLightbox}>
                ${image}
                <svg class="on-photo" viewBox="0 0 24 24" aria-hidden="true"><path d="M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.2 15.2 20 20M10.5 7.5v6M7.5 10.5h6" /></svg>
              </button>`
            : image}
          ${this.broken ? html`<p part="fallback">${alt}</p>` : nothing}
        </div>
        ${this.#caption || this.credit ? html`<div part="caption"><slot name="caption"></slot>${creditLine('credit', this.credit, this.creditHref)}</div>` : nothing}
      </figure>
      ${this.zoomable ? this.#lightbox.render() : nothing}`;
  }

  #openLightbox(event: Event): void {
    this.#lightbox.open(0, event.currentTarget as HTMLElement);
  }

  #onImageEvent = (event: Event): void => {
    const img = this.#img;
    if (!img || event.target !== img) return;
    if (event.type === 'error') return this.#fail(img);
    this.broken = false;
    this.#reported = '';
  };

  #fail(img: HTMLImageElement): void {
    this.broken = true;
    // Out of the page, no reader sees it: a tree a framework builds before inserting it, or one it
    // never inserts (Storybook renders each story a second time, detached, for its code snippet).
    // connectedCallback reports it once the element is in the page.
    if (!this.isConnected) return;
    const src = img.currentSrc || img.src;
    if (this.#reported === src) return;
    this.#reported = src;
    console.warn(`<${this.localName}>: the image "${src}" failed to load; showing its alt text.`, this);
    // After this update, so listeners see the broken state rendered.
    this.updateComplete.then(() => emit(this, 'image-error', { src }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'image-figure': ImageFigure;
  }
  interface GlobalEventHandlersEventMap {
    'image-error': CustomEvent<ImageErrorDetail>;
  }
}
