/**
 * <related-articles>: a titled list of story teasers ("Latest in Culture") as a list, a grid or a
 * scrolling rail. Reads the teasers from the list in the page, which stays a plain list of links
 * without JavaScript, or from a JSON Feed; a feed that fails leaves the page's list in place.
 */
import { LitElement, html, nothing } from 'lit';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { LocalizeController, dateFormat } from '../core/localize.js';
import { adoptDocumentStyles, tokens } from '../core/tokens.js';
import { httpUrl } from '../core/http-url.js';
import { isFeedError, parseFeed, type FeedErrorReason, type Teaser } from './parse-feed.js';
import { styles } from './related-articles.styles.js';

export type RelatedLayout = 'list' | 'grid' | 'rail';

export interface RelatedLoadDetail {
  /** The feed's URL. */
  src: string;
  /** How many teasers the feed gave (before `limit`). */
  count: number;
}

export interface RelatedErrorDetail {
  reason: FeedErrorReason;
  src: string;
}

const strings = {
  en: { 'related-articles': 'Related articles' },
  fr: { 'related-articles': 'Articles liés' },
};

const FETCHABLE = /^(?:https?|blob|data):/i;

/** The teasers in the page's own list: `<li><a href><img>Title</a> <time datetime>…</time></li>`. */
function readList(host: Element, base: string): Teaser[] {
  const teasers: Teaser[] = [];
  for (const li of host.querySelectorAll<HTMLLIElement>(':scope > :is(ul, ol) > li')) {
    const link = li.querySelector('a[href]');
    const url = httpUrl(link?.getAttribute('href'), base);
    const title = [...(link?.childNodes ?? [])]
      .filter((node) => (node instanceof Element ? !node.matches('.section, time') : node instanceof Text))
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!url || !title) continue;
    const teaser: Teaser = { url, title };
    const img = li.querySelector('img');
    const image = httpUrl(img?.getAttribute('src'), base);
    if (image) Object.assign(teaser, { image, imageAlt: img!.getAttribute('alt') ?? '' });
    const section = li.dataset.section?.trim() || li.querySelector('.section')?.textContent?.trim();
    if (section) teaser.section = section;
    const time = li.querySelector('time');
    if (time?.getAttribute('datetime')) teaser.date = time.getAttribute('datetime')!;
    if (time?.textContent?.trim()) teaser.dateText = time.textContent.trim();
    teasers.push(teaser);
  }
  return teasers;
}

/**
 * @summary A titled list of story teasers (image, section, title, date) from the page or a JSON Feed.
 * @tag related-articles
 *
 * @slot - Not rendered: a `<ul>` (or `<ol>`) of `<li><a href><img alt="">Title</a> <time datetime>…</time></li>`,
 * read as the teasers. An item's section comes from `data-section` on the `<li>` or a `<span class="section">` inside it.
 * An `<h2>`–`<h6>` before the list is the heading when there is no `heading` attribute.
 *
 * @csspart base - The wrapper around the heading and the teasers.
 * @csspart heading - The heading.
 * @csspart scroller - The box around the list; in the rail layout, the focusable scrolling row.
 * @csspart list - The list of teasers.
 * @csspart item - One teaser (the whole card is clickable).
 * @csspart image - A teaser's image (or an empty placeholder of the same size).
 * @csspart section - A teaser's section label.
 * @csspart link - The link around a teaser's title.
 * @csspart title - A teaser's title.
 * @csspart date - A teaser's date.
 *
 * @cssproperty [--related-articles-gap=1em] - Space between teasers.
 * @cssproperty [--related-articles-image-ratio=3 / 2] - The images' aspect ratio.
 * @cssproperty [--related-articles-thumbnail-size=7.5em] - The image width in the list layout.
 * @cssproperty [--related-articles-card-width=14em] - The widest card in the grid and rail layouts.
 * @cssproperty [--related-articles-accent=var(--article-color-accent)] - The section labels and focus rings.
 *
 * @fires {CustomEvent<RelatedLoadDetail>} related-load - When the feed at `src` has been read and shown.
 * @fires {CustomEvent<RelatedErrorDetail>} related-error - When the feed can't be fetched or read; the page's list stays.
 */
export class RelatedArticles extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    layout: { reflect: true },
    src: {},
    limit: { type: Number },
    feed: { state: true },
    loading: { state: true },
  };

  /** Registers the element under `tag` (default `related-articles`), once. */
  static define(tag = 'related-articles'): void {
    define(tag, this);
  }

  /** The heading; else the text of an `<h2>`–`<h6>` inside. */
  declare heading: string | undefined;
  /** The heading's level, 1–6, to fit the page's outline (default: the page's own heading's level, else 2). */
  declare headingLevel: number | undefined;
  /** `list` (default: rows with a thumbnail), `grid` (cards) or `rail` (one horizontally scrolling row). */
  declare layout: RelatedLayout;
  /** A JSON Feed 1.1 URL to fill the list from, replacing the page's items once it loads. */
  declare src: string | null | undefined;
  /** The most teasers shown from the feed. */
  declare limit: number | undefined;
  declare private feed: Teaser[] | undefined;
  declare private loading: boolean;

  readonly #t = new LocalizeController(this, strings);
  readonly #content = new MutationObserver(() => this.requestUpdate());
  #loadedSrc?: string | null;
  #request?: AbortController;

  constructor() {
    super();
    this.layout = 'list';
    this.loading = false;
  }

  /** The teasers on show: the feed's once it has loaded, else the page's list. */
  get teasers(): Teaser[] {
    const limit = this.limit !== undefined && this.limit > 0 ? Math.floor(this.limit) : Infinity;
    return this.feed ? this.feed.slice(0, limit) : readList(this, this.ownerDocument.baseURI);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The themes, for `theme` on any ancestor.
    adoptDocumentStyles(this);
    this.#content.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'src', 'alt', 'datetime', 'data-section', 'class'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
    if (this.loading) {
      this.#request?.abort();
      this.#loadedSrc = undefined;
      this.loading = false;
    }
  }

  protected override willUpdate(): void {
    if (this.isConnected && this.src !== this.#loadedSrc) void this.#load(this.src);
  }

  protected override render() {
    const teasers = this.teasers;
    // Nothing to show (no items, and no feed yet or a failed one): no heading over an empty box.
    if (!teasers.length) return nothing;
    const own = this.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
    const heading = this.heading?.trim() || own?.textContent?.trim() || '';
    // The page's own heading keeps its level, so the outline is the same with or without JavaScript.
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel ?? Number(own?.localName[1] ?? 2)))) || 2;
    const rail = this.layout === 'rail';
    const date = dateFormat(this.#t.lang, { dateStyle: 'medium' });
    const utcDate = dateFormat(this.#t.lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const formatDate = (teaser: Teaser) => {
      const time = teaser.date ? Date.parse(teaser.date) : NaN;
      if (Number.isNaN(time)) return teaser.dateText ?? '';
      // A bare date (2026-11-09) means that day everywhere, not midnight UTC in the reader's zone.
      return (/^\d{4}-\d\d-\d\d$/.test(teaser.date!.trim()) ? utcDate : date).format(time);
    };
    return html`<div part="base">
      ${heading ? html`<div part="heading" id="heading" role="heading" aria-level=${level}>${heading}</div>` : nothing}
      <div
        part="scroller"
        class="scroller"
        tabindex=${rail ? 0 : nothing}
        role=${rail ? 'region' : nothing}
        aria-label=${rail ? heading || this.#t.msg('related-articles') : nothing}
        @keydown=${rail ? this.#onKeydown : nothing}
        @focusin=${rail ? this.#reveal : nothing}
      >
        <ul part="list" role="list" aria-labelledby=${heading ? 'heading' : nothing} aria-label=${heading ? nothing : this.#t.msg('related-articles')} aria-busy=${this.loading ? 'true' : 'false'}>
          ${teasers.map((teaser) => {
            const when = formatDate(teaser);
            return html`<li part="item">
              ${teaser.image
                ? html`<img part="image" src=${teaser.image} alt=${teaser.imageAlt ?? ''} loading="lazy" decoding="async" />`
                : html`<span part="image" class="placeholder"></span>`}
              <span class="text">
                ${teaser.section ? html`<span part="section">${teaser.section}</span>` : nothing}
                <a part="link" href=${teaser.url}><span part="title">${teaser.title}</span></a>
                ${when ? html`<time part="date" datetime=${teaser.date ?? nothing}>${when}</time>` : nothing}
              </span>
            </li>`;
          })}
        </ul>
      </div>
    </div>`;
  }

  /**
   * A teaser that Tab reaches comes wholly into view, its card at the start: the browser's own
   * scroll to a focused link moves just enough, and the rail's snapping pulls that back.
   */
  #reveal = (event: FocusEvent): void => {
    const card = (event.target as Element).closest('li');
    if (!card) return;
    const [shown, rail] = [card.getBoundingClientRect(), (event.currentTarget as Element).getBoundingClientRect()];
    if (shown.left < rail.left || shown.right > rail.right) card.scrollIntoView({ block: 'nearest', inline: 'start' });
  };

  /** Arrow keys scroll the rail by one card; Home and End to either end. Physical keys, so RTL just works. */
  #onKeydown = (event: KeyboardEvent): void => {
    const scroller = event.currentTarget as HTMLElement;
    if (event.target !== scroller || event.altKey || event.ctrlKey || event.metaKey) return;
    const item = scroller.querySelector('li');
    const gap = parseFloat(getComputedStyle(scroller.querySelector('ul')!).columnGap) || 0;
    const step = item ? item.getBoundingClientRect().width + gap : scroller.clientWidth * 0.8;
    const end = scroller.scrollWidth - scroller.clientWidth;
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    const targets: Record<string, number> = {
      ArrowRight: scroller.scrollLeft + step,
      ArrowLeft: scroller.scrollLeft - step,
      Home: 0,
      End: rtl ? -end : end,
    };
    const left = targets[event.key];
    if (left === undefined) return;
    event.preventDefault();
    scroller.scrollTo({ left }); // smooth unless the reader prefers reduced motion (the styles decide)
  };

  async #load(src: string | null | undefined): Promise<void> {
    this.#request?.abort();
    this.#loadedSrc = src;
    this.feed = undefined;
    this.loading = false;
    if (!src?.trim()) return;
    let url: string;
    try {
      url = new URL(src.trim(), this.ownerDocument.baseURI).href;
    } catch {
      url = src;
    }
    if (!FETCHABLE.test(url)) return this.#fail('unsafe-url', url);
    const request = (this.#request = new AbortController());
    this.loading = true;
    let result: Teaser[] | { reason: FeedErrorReason };
    try {
      const response = await fetch(url, { signal: request.signal, headers: { accept: 'application/feed+json, application/json' } });
      if (!response.ok) {
        result = { reason: 'http-error' };
      } else {
        let json: unknown;
        try {
          json = JSON.parse(await response.text());
          result = parseFeed(json, response.url || url);
        } catch {
          result = { reason: 'invalid-json' };
        }
      }
    } catch {
      result = { reason: 'network-error' };
    }
    if (request.signal.aborted) return;
    this.loading = false;
    if (isFeedError(result)) return this.#fail(result.reason, url);
    this.feed = result;
    await this.updateComplete;
    emit(this, 'related-load', { src: url, count: result.length });
  }

  #fail(reason: FeedErrorReason, src: string): void {
    this.loading = false;
    console.warn(`<${this.localName}>: couldn't use the feed "${src}" (${reason}); keeping the list in the page.`, this);
    const detail: RelatedErrorDetail = { reason, src };
    // After this update, so listeners see what readers see (the page's list).
    this.updateComplete.then(() => emit(this, 'related-error', detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
  interface GlobalEventHandlersEventMap {
    'related-load': CustomEvent<RelatedLoadDetail>;
    'related-error': CustomEvent<RelatedErrorDetail>;
  }
}
