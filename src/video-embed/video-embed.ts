/**
 * <video-embed>: a privacy-first, click-to-load video facade. Readers see a poster, a title and a
 * play button; the provider's player (its scripts, cookies and megabytes) loads only when they
 * press play. Reads the video from `src` or the first link inside, so the markup sites already
 * have ("View this video on YouTube") stays a working link without JavaScript.
 */
import { LitElement, html, nothing } from 'lit';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { styleProps } from '../core/style-props.js';
import { LocalizeController } from '../core/localize.js';
import { adoptDocumentStyles, tokens } from '../core/tokens.js';
import {
  isVideoUrlError,
  parseVideoUrl,
  type VideoErrorReason,
  type VideoProvider,
  type VideoSource,
  type VideoUrlError,
} from './parse-video-url.js';
import { styles } from './video-embed.styles.js';

export interface VideoActivateDetail {
  provider: VideoProvider;
  id: string;
  src: string;
}

export interface VideoErrorDetail {
  reason: VideoErrorReason;
  src: string;
}

const strings = {
  en: {
    'play-video': 'Play video: {title}',
    'play-untitled': 'Play video',
    'video-error': 'This video can’t be played here',
    'open-video': 'Open the video',
    'file-provider': 'Video',
  },
  fr: {
    'play-video': 'Lire la vidéo : {title}',
    'play-untitled': 'Lire la vidéo',
    'video-error': 'Cette vidéo ne peut pas être lue ici',
    'open-video': 'Ouvrir la vidéo',
    'file-provider': 'Vidéo',
  },
};

const PROVIDER_NAMES: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo', file: '' };

/** "View this video on YouTube": what pages write for readers without JavaScript; a call to action, not a title. */
const LINK_CALL = /^(?:view|watch)(?: this)?(?: video)? on (?:youtube|vimeo)\b\s*[:|–—-]?\s*/i;

/**
 * @summary A click-to-load video facade for YouTube, Vimeo and video files.
 * @tag video-embed
 *
 * @slot - A link to the video (`<a href>`); its text is the default title, without a leading "View this video on YouTube". Shown only without JavaScript.
 *
 * @csspart frame - The box that keeps the aspect ratio, in every state.
 * @csspart poster - The poster image.
 * @csspart title - The video title over the poster.
 * @csspart provider - The provider's name over the poster.
 * @csspart play-button - The play button (covers the whole poster).
 * @csspart player - The provider's iframe, or the native `<video>`, once playing.
 * @csspart error - The message shown when the video can't be played.
 * @csspart link - The link out in the error state.
 *
 * @cssproperty [--video-embed-aspect-ratio=16 / 9] - The box's aspect ratio (the `aspect-ratio` attribute wins).
 * @cssproperty [--video-embed-backdrop=#0f0f0f] - The colour behind the poster and player.
 * @cssproperty [--video-embed-button-color=var(--article-color-accent)] - The play button's colour.
 * @cssproperty [--video-embed-margin-block=0] - Space above and below.
 *
 * @fires {CustomEvent<VideoActivateDetail>} video-activate - Before the player loads; cancel it to keep the facade (e.g. until consent).
 * @fires {CustomEvent<VideoErrorDetail>} video-error - When the URL is missing, malformed, unsafe or not a supported video.
 */
export class VideoEmbed extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    src: { reflect: true },
    videoTitle: { attribute: 'title' },
    poster: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    autoload: { type: Boolean, reflect: true },
    active: { state: true },
  };

  /** Registers the element under `tag` (default `video-embed`), once. */
  static define(tag = 'video-embed'): void {
    define(tag, this);
  }

  /** The video page or file URL; when absent, the `href` of the first link inside is used. */
  declare src: string | undefined;
  /** The title shown on the poster and used in the button's name; defaults to the link's text (less a leading "View this video on YouTube"). */
  declare videoTitle: string | undefined;
  /** The poster image URL; `none` for no image (and no request). YouTube's thumbnail by default. */
  declare poster: string | undefined;
  /** The box's aspect ratio, as `16/9`, `4:3` or a number; defaults to 16/9 (9/16 for Shorts). */
  declare aspectRatio: string | undefined;
  /** Load the player as soon as the element scrolls into view, without waiting for a click. */
  declare autoload: boolean;
  declare private active: boolean;

  readonly #t = new LocalizeController(this, strings);
  #video: VideoSource | VideoUrlError = { reason: 'missing-url', src: '' };
  #url?: string;
  #linkText = '';
  #autoplay = false;
  readonly #content = new MutationObserver(() => this.requestUpdate());
  #viewport?: IntersectionObserver;

  constructor() {
    super();
    this.autoload = false;
    this.active = false;
    // Warm-up on the first hover or focus: two listeners on the element, not two bindings per render.
    this.addEventListener('pointerenter', this.#warm);
    this.addEventListener('focusin', this.#warm);
  }

  /** Whether the player has replaced the facade. */
  get playing(): boolean {
    return this.active;
  }

  /** What the element is showing: the parsed video, or why it can't be played. Read after `updateComplete`: it is parsed when the element updates. */
  get source(): Readonly<VideoSource | VideoUrlError> {
    return this.#video;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    this.#content.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['href'] });
    this.#watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
    this.#watchViewport();
  }

  /** Loads the player, as a click on play does, unless a `video-activate` listener cancels. */
  play(): void {
    this.#activate(true);
  }

  protected override willUpdate(): void {
    this.#linkText = (this.querySelector('a[href]')?.textContent?.trim() ?? '').replace(LINK_CALL, '');
    this.#parse();
  }

  /** Reads the video when its URL changed: on update, and on activation (a `src` set just before play() is the one played). */
  #parse(): void {
    const url = this.src ?? this.querySelector('a[href]')?.getAttribute('href') ?? '';
    if (url === this.#url) return;
    this.#url = url;
    this.active = false;
    this.#video = parseVideoUrl(url, this.ownerDocument.baseURI);
    if (isVideoUrlError(this.#video)) this.#reportError(this.#video);
  }

  protected override updated(): void {
    this.#watchViewport();
  }

  protected override render() {
    const video = this.#video;
    const title = this.videoTitle?.trim() || this.#linkText;
    if (!isVideoUrlError(video) && !this.active) return this.#renderFacade(video, title);
    return html`<div part="frame" class="frame ${isVideoUrlError(video) ? 'error' : ''}" style=${styleProps({ '--_ratio': this.#ratio() })}
      >${isVideoUrlError(video) ? this.#renderError(video) : this.#renderPlayer(video, title)}</div
    >`;
  }

  // The state every element starts in, as one flat template with no whitespace between nodes:
  // each node here is cloned once per element on the page. The title keeps its own direction
  // (`dir="auto"`): on an Arabic page, an English title's "?" still ends it. Screen readers hear
  // the title once, in the button's name: the caption that shows it is hidden from them.
  #renderFacade(video: VideoSource, title: string) {
    const poster = this.poster === 'none' ? undefined : (this.poster ?? video.poster);
    const provider = PROVIDER_NAMES[video.provider] || this.#t.msg('file-provider');
    const label = title ? this.#t.msg('play-video', { title }) : this.#t.msg('play-untitled');
    return html`<div part="frame" class="frame" style=${styleProps({ '--_ratio': this.#ratio() })}
      >${poster ? html`<img part="poster" src=${poster} alt="" loading="lazy" decoding="async" />` : nothing}<div class="caption" aria-hidden="true" data-href=${video.src}
        ><span part="title" dir="auto">${title}</span><span part="provider">${provider}</span></div
      ><button part="play-button" type="button" aria-label=${label} @click=${this.play}
        ><svg class="icon" viewBox="0 0 68 68" aria-hidden="true"><circle cx="34" cy="34" r="34" /><path d="M27 21.5v25L47 34z" /></svg></button
    ></div>`;
  }

  #renderPlayer(video: VideoSource, title: string) {
    // Computed from state fixed at activation: a later re-render must not reload the player.
    const src = video.playerUrl({ autoplay: this.#autoplay });
    return video.provider === 'file'
      ? html`<video part="player" src=${src} controls preload="none" playsinline ?autoplay=${this.#autoplay} title=${title}></video>`
      : html`<iframe part="player" src=${src} title=${title || PROVIDER_NAMES[video.provider]}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen
          referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  }

  #renderError(error: VideoUrlError) {
    const href = error.reason === 'unsupported-url' ? error.src : ''; // http(s), parsed
    return html`<p part="error">${this.#t.msg('video-error')}</p>${href
      ? html`<a part="link" href=${href} rel="noopener noreferrer">${this.#t.msg('open-video')}</a>`
      : nothing}`;
  }

  /**
   * The frame's `--_ratio` when it differs from the stylesheet's 16/9 default (most elements need
   * none). Set through CSSOM (`styleProps`), which a page's strict CSP allows, as it does not a `style` attribute.
   */
  #ratio(): string | undefined {
    const custom = this.aspectRatio?.replace(':', '/');
    // CSS.supports() admits one valid value only: "4/3", "1.5"; never "wide" or injected declarations.
    if (custom && CSS.supports('aspect-ratio', custom)) return custom;
    const fallback = isVideoUrlError(this.#video) ? '' : this.#video.aspectRatio;
    return fallback && fallback !== '16 / 9' ? `var(--video-embed-aspect-ratio, ${fallback})` : undefined;
  }

  #activate(byReader: boolean): void {
    this.#parse();
    const video = this.#video;
    if (this.active || isVideoUrlError(video)) return;
    const detail: VideoActivateDetail = { provider: video.provider, id: video.id, src: video.src };
    if (!emit(this, 'video-activate', detail, true)) return;
    this.#autoplay = byReader;
    this.active = true;
    if (byReader) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=player]')?.focus());
  }

  #warm = (): void => {
    const video = this.#video;
    if (this.active || isVideoUrlError(video) || video.provider === 'file') return;
    // The player's own origin: the iframe's first request.
    const origin = new URL(video.playerUrl({ autoplay: false })).origin;
    const head = this.ownerDocument.head;
    if (head.querySelector(`link[rel=preconnect][href="${origin}"]`)) return;
    const link = this.ownerDocument.createElement('link');
    link.rel = 'preconnect';
    link.href = origin;
    head.append(link);
  };

  /** Observes the viewport only while an `autoload` element waits to play. */
  #watchViewport(): void {
    if (this.autoload && !this.active && this.isConnected) {
      if (this.#viewport) return;
      this.#viewport = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#activate(false);
      });
      this.#viewport.observe(this);
    } else {
      this.#viewport?.disconnect();
      this.#viewport = undefined;
    }
  }

  #reportError(error: VideoUrlError): void {
    const detail: VideoErrorDetail = { reason: error.reason, src: error.src };
    console.warn(`<${this.localName}>: can't play "${error.src}" (${error.reason}).`, this);
    // Dispatched after this update, so listeners see the rendered error state.
    this.updateComplete.then(() => emit(this, 'video-error', detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'video-embed': VideoEmbed;
  }
  interface GlobalEventHandlersEventMap {
    'video-activate': CustomEvent<VideoActivateDetail>;
    'video-error': CustomEvent<VideoErrorDetail>;
  }
}
