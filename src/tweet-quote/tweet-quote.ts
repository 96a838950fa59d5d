/**
 * <tweet-quote>: a social post (X/Twitter, Bluesky, Mastodon) as a clean, #card, built from
 * the blockquote the network's embed code already put in the page. No network script, no iframe,
 * no request beyond the avatar and media images the markup names. The card is made of text and
 * http(s) links only, rendered through Lit templates, so no sanitizer is needed; the blockquote
 * stays in light DOM, where readers without JavaScript (and after the post is deleted) still see it.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { define } from '../core/define.js';
import { LocalizeController, dateFormat } from '../core/localize.js';
import { adoptDocumentStyles, tokens } from '../core/tokens.js';
import {
  NETWORK_NAMES,
  linkify,
  parsePostDate,
  parsePostUrl,
  readPost,
  safeUrl,
  tokenUrl,
  type ParsedPost,
} from './parse-post.js';
import { styles } from './tweet-quote.styles.js';

const strings = {
  en: {
    'post-by': 'Post by {author}',
    post: 'Post',
    'view-on': 'View on {network}',
    'view-post': 'View post',
    unavailable: 'This post is no longer available',
    verified: 'Verified account',
  },
  fr: {
    'post-by': 'Publication de {author}',
    post: 'Publication',
    'view-on': 'Voir sur {network}',
    'view-post': 'Voir la publication',
    unavailable: 'Cette publication n’est plus disponible',
    verified: 'Compte vérifié',
  },
};

/**
 * @summary A social post card (X/Twitter, Bluesky, Mastodon) from the page's own embed markup: no script, no iframe, no tracking.
 * @tag tweet-quote
 *
 * @slot - The post: the network's `<blockquote>` embed code (without its `<script>`), or `<p>` paragraphs with attributes; `<img>` children are the post's media, shown in the card. Only the images are displayed as they are: the text is read and re-rendered as text and links.
 *
 * @csspart card - The card (an `article` named "Post by Name (@handle)").
 * @csspart header - The avatar, name and handle.
 * @csspart avatar - The avatar image, or the monogram when there is none.
 * @csspart author - The display name.
 * @csspart verified - The verified badge.
 * @csspart handle - The @handle, a link to the profile.
 * @csspart tombstone - The "no longer available" notice.
 * @csspart text - The post's text.
 * @csspart media - The box around the media images.
 * @csspart footer - The date and the link to the post.
 * @csspart date - The date (`<time>` when it could be read).
 * @csspart link - The "View on X" (Bluesky, Mastodon) link to the post.
 *
 * @cssproperty [--tweet-quote-max-width=550px] - The card's widest width (it narrows to 250px with its container).
 * @cssproperty [--tweet-quote-margin-block=0] - Space above and below.
 * @cssproperty [--tweet-quote-link-color=var(--article-color-accent)] - Links in the text and footer.
 * @cssproperty --tweet-quote-border-color - The card's border (a light tint of the muted colour by default).
 */
export class TweetQuote extends LitElement {
  static override styles = [tokens, styles];
  // Direct `<img>` children are the post's media: assigned to the media slot without a `slot` attribute.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  static override properties = {
    author: {},
    handle: {},
    href: {},
    date: {},
    avatar: {},
    verified: { type: Boolean },
    unavailable: { type: Boolean, reflect: true },
    target: {},
    avatarFailed: { state: true },
  };

  /** Registers the element under `tag` (default `tweet-quote`), once. */
  static define(tag = 'tweet-quote'): void {
    define(tag, this);
  }

  /** The display name; defaults to the name in the blockquote's byline. */
  declare author: string | undefined;
  /** The @handle (with or without `@`); defaults to the byline's, else the post URL's. */
  declare handle: string | undefined;
  /** The post's URL (http(s)); defaults to the blockquote's last link. Names the network. */
  declare href: string | undefined;
  /** The date, ISO 8601 (`2016-11-09`, `2016-11-09T18:30Z`); defaults to the post link's text. */
  declare date: string | undefined;
  /** The avatar image URL (http(s)), loaded lazily; a monogram of the initials (no request) without it. */
  declare avatar: string | undefined;
  /** Shows a verified badge beside the name. */
  declare verified: boolean;
  /** The post was deleted: shows a tombstone, with the quoted text when there is some. */
  declare unavailable: boolean;
  /** The `target` of every link (`_blank` for a new tab); links open in place without it. */
  declare target: string | undefined;
  declare private avatarFailed: boolean;

  readonly #t = new LocalizeController(this, strings);
  /** The post read from light DOM; read again only after the content changes. */
  #post: ParsedPost | undefined;
  /** Warned that there is no post to show, since the last time there was one. */
  #warned = false;
  // Light-DOM changes re-read the post. The element's own attributes re-render only, and not at
  // all for those Lit already observes (and `unavailable`, which it reflects): that would be a second update.
  readonly #content = new MutationObserver((records) => {
    const observed = (this.constructor as typeof TweetQuote).observedAttributes;
    for (const { type, target, attributeName } of records) {
      if (type !== 'attributes' || target !== this) this.#post = undefined;
      else if (observed.includes(attributeName!)) continue;
      this.requestUpdate();
    }
  });

  constructor() {
    super();
    this.verified = false;
    this.unavailable = false;
    this.avatarFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    this.#content.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
    this.#post = undefined; // unobserved while away: read it again on the next update
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('avatar')) this.avatarFailed = false;
    this.#post ??= readPost(this, this.baseURI);
  }

  protected override updated(): void {
    const card = this.renderRoot.querySelector('article');
    card?.querySelector('slot')?.assign(...this.#media());
    if (card) this.#warned = false;
    else if (!this.#warned) {
      // Nothing to show: an empty element, or embed code whose network <script> ran and replaced its blockquote.
      this.#warned = true;
      console.warn(`<${this.localName}>: no post to show; paste the embed code's blockquote, without its <script>.`, this);
    }
  }

  protected override render() {
    const t = this.#t;
    const post = this.#post!;
    const href = safeUrl(this.href, this.baseURI) ?? post.href;
    const url = parsePostUrl(href);
    const network = url?.network ?? post.network;
    const host = url?.host ?? '';
    const author = this.author?.trim() || post.author;
    const handle = this.handle?.trim().replace(/^@?/, '@').replace(/^@$/, '') || post.handle || url?.handle || '';
    const dateText = this.date?.trim() || post.dateText;
    if (!author && !handle && !href && !dateText && !post.paragraphs.length && !this.unavailable) return nothing;
    const who = author && handle ? `${author} (${handle})` : author || handle;
    const media = !this.unavailable && this.#media().length;
    const profile = handle && tokenUrl(handle, network, host);
    const avatar = safeUrl(this.avatar, this.baseURI);
    return html`<article part="card" aria-label=${who ? t.msg('post-by', { author: who }) : t.msg('post')}><header part="header">${
      avatar && !this.avatarFailed
        ? html`<img part="avatar" src=${avatar} alt="" width="48" height="48" loading="lazy" decoding="async" @error=${() => (this.avatarFailed = true)} />`
        : html`<span part="avatar" aria-hidden="true">${initials(author || handle.slice(1))}</span>`
    }<span>${author ? this.#text(author, undefined, 'author') : nothing}${
      this.verified
        ? html`<svg part="verified" role="img" aria-label=${t.msg('verified')} viewBox="0 0 24 24"><path d="M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22zm-1.5 15.5L6 12l1.4-1.4 3.1 3.1 6.1-6.1L18 9z" /></svg>`
        : nothing
    }${handle ? this.#text(wrappable(handle), profile, 'handle') : nothing}</span></header>${
      this.unavailable ? html`<p part="tombstone">${t.msg('unavailable')}</p>` : nothing
    }${
      post.paragraphs.length
        ? html`<div part="text" lang=${post.lang || nothing} dir=${post.dir || nothing}>${post.paragraphs.map(
            (paragraph) =>
              html`<p>${paragraph
                .flatMap((part) => (typeof part === 'string' ? linkify(part, network, host) : part))
                .map((part) => (part === null ? html`<br />` : typeof part === 'string' ? part : this.#text(part.text, part.href)))}</p>`,
          )}</div>`
        : nothing
    }${media ? html`<div part="media"><slot></slot></div>` : nothing}<footer part="footer">${this.#renderDate(dateText)}${
      href && !this.unavailable ? this.#text(network ? t.msg('view-on', { network: NETWORK_NAMES[network] }) : t.msg('view-post'), href, 'link') : nothing
    }</footer></article>`;
  }

  #renderDate(text: string) {
    const date = parsePostDate(text);
    if (!date) return text ? html`<span part="date">${text}</span>` : nothing;
    const format = dateFormat(this.#t.lang, { dateStyle: 'medium', timeStyle: date.time ? 'short' : undefined, timeZone: date.utc ? 'UTC' : undefined });
    return html`<time part="date" datetime=${date.datetime}>${format.format(date.date)}</time>`;
  }

  // A link when there is an `href`, else a span. `dir="auto"`: a name, @handle, #hashtag or URL
  // keeps its own direction in text of the other one (in right-to-left text, "@ada_l" would
  // otherwise read "ada_l@").
  #text(text: string | TemplateResult[], href?: string, name?: string) {
    return href
      ? html`<a part=${name ?? nothing} href=${href} dir="auto" rel="noopener noreferrer" target=${this.target || nothing}>${text}</a>`
      : html`<span part=${name ?? nothing} dir="auto">${text}</span>`;
  }

  #media(): Element[] {
    return [...this.children].filter((child) => child.localName === 'img');
  }
}

/** A Mastodon handle (`@user@server`) may wrap before its server, not inside a word of it. */
const wrappable = (handle: string) => handle.split(/(?=@)/).map((part, i) => html`${i ? html`<wbr />` : nothing}${part}`);

/** Up to two initials: of the first and last words. */
function initials(name: string): string {
  const letters = name.match(/(?<!\S)\S/gu) ?? []; // each word's first character
  return letters.filter((_, i) => i === 0 || i === letters.length - 1).join('').toUpperCase();
}

declare global {
  interface HTMLElementTagNameMap {
    'tweet-quote': TweetQuote;
  }
}
