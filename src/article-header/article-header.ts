/**
 * <article-header>: the top of an article. The headline, standfirst, bylines and dates are the
 * author's light-DOM markup; the element adds the section label, "By A and B" in the page's
 * language, dates as readers expect them (relative within a day), the reading time of the article's
 * <article-body>, and share actions (copy link; the native share sheet where there is one).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ArticleBody } from '../article-body/article-body.js';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { LocalizeController, numberFormat } from '../core/localize.js';
import { adoptDocumentStyles, stylesForTag, tokens, warnOnDarkPage } from '../core/tokens.js';
import { documentStyles, styles } from './article-header.styles.js';
import { formatDate, parseDate } from './format-date.js';
import { findArticleBody, mayBeArticleBody, safeHref, shareUrl } from './page-lookups.js';

export interface LinkCopyDetail {
  url: string;
}

export interface ArticleShareDetail {
  url: string;
  title: string;
}

export type HeaderErrorReason = 'invalid-date' | 'copy-failed' | 'share-failed';

export interface HeaderErrorDetail {
  reason: HeaderErrorReason;
  value: string;
}

const strings = {
  en: {
    by: 'By {names}',
    updated: 'Updated {date}',
    'updated-on': 'Updated {date}',
    'reading-time': '{minutes} min read',
    'share-actions': 'Share this article',
    'copy-link': 'Copy link',
    'link-copied': 'Link copied',
    'copy-failed': 'Couldn’t copy the link: it is selected below',
    'link-field': 'Link to this article',
    share: 'Share',
  },
  fr: {
    by: 'Par {names}',
    updated: 'Mis à jour {date}',
    'updated-on': 'Mis à jour le {date}',
    'reading-time': '{minutes} min de lecture',
    'share-actions': 'Partager cet article',
    'copy-link': 'Copier le lien',
    'link-copied': 'Lien copié',
    'copy-failed': 'Impossible de copier le lien : il est sélectionné ci-dessous',
    'link-field': 'Lien vers cet article',
    share: 'Partager',
  },
};

const copyIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" /><path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" /></svg>`;
const shareIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3v12M7 8l5-5 5 5" /><path d="M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" /></svg>`;

/**
 * @summary The article's section, headline, standfirst, bylines, dates, reading time and share actions.
 * @tag article-header
 *
 * @slot - The headline (`<h1>`).
 * @slot dek - The standfirst (`<p slot="dek">`).
 * @slot byline - One element per author (`<a slot="byline" href>` or `<span slot="byline">`), joined as "By A and B".
 * @slot published - `<time slot="published" datetime>`; its text is shown as is when `datetime` is not a date.
 * @slot updated - `<time slot="updated" datetime>`, shown as "Updated …".
 *
 * @csspart header - The column holding every row.
 * @csspart section - The section label.
 * @csspart section-link - The section label's link, with `section-href`.
 * @csspart byline - The "By A and B" line.
 * @csspart dateline - The line with the dates and the reading time.
 * @csspart published - The publication date.
 * @csspart updated - The update date.
 * @csspart reading-time - "4 min read".
 * @csspart actions - The share buttons' row (hidden in print).
 * @csspart copy-button - The "Copy link" button.
 * @csspart share-button - The "Share" button (only where `navigator.share` exists).
 * @csspart status - The confirmation, announced to screen readers.
 * @csspart link-field - The link, selected for copying by hand, when the clipboard refused.
 *
 * @cssproperty [--article-header-gap=0.6em] - The space between rows.
 * @cssproperty [--article-header-button-border=var(--article-color-muted)] - The share buttons' border colour.
 *
 * @fires {CustomEvent<LinkCopyDetail>} link-copy - After the link was copied to the clipboard.
 * @fires {CustomEvent<ArticleShareDetail>} article-share - Before the native share sheet opens; cancel it to share your own way.
 * @fires {CustomEvent<HeaderErrorDetail>} header-error - When a date is not a date, or copying or sharing failed.
 */
export class ArticleHeader extends LitElement {
  static override styles = [tokens, styles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  static override properties = {
    section: {},
    sectionHref: { attribute: 'section-href' },
    htmlFor: { attribute: 'for' },
    url: {},
    status: { state: true },
    manualCopy: { state: true },
  };

  /** Registers the element under `tag` (default `article-header`), once. */
  static define(tag = 'article-header'): void {
    define(tag, this);
  }

  /** The section label ("Culture"). */
  declare section: string | undefined;
  /** Makes the section label a link (http(s) or relative URLs only). */
  declare sectionHref: string | undefined;
  /** The id of the article body to take the reading time from; by default the one in the same `<article>`. */
  declare htmlFor: string | undefined;
  /** The URL to copy and share; by default the page's canonical URL, else its address. */
  declare url: string | undefined;
  declare private status: string;
  /** Set when the clipboard refused: the link is shown in a selected field to copy by hand. */
  declare private manualCopy: boolean;

  readonly #t = new LocalizeController(this, strings);
  readonly #content = new MutationObserver(() => this.requestUpdate());
  // Elements coming and going in the page can change which body is ours, and a body can't say so:
  // once out of the page its events no longer reach the document, and one put back with the
  // count it had says nothing. So the header looks again when the page's tree changes.
  readonly #page = new MutationObserver(() => {
    if (findArticleBody(this, this.htmlFor) !== this.#body) this.requestUpdate();
  });
  #body?: ArticleBody; // the one whose reading time is shown
  readonly #warned = new Set<string>();
  #refresh?: ReturnType<typeof setTimeout>;
  #statusTimer?: ReturnType<typeof setTimeout>;
  #hasRelative = false;

  constructor() {
    super();
    this.status = '';
    this.manualCopy = false;
  }

  /** The reading time in minutes of the article body this header belongs to; 0 when there is none. */
  get readingTime(): number {
    return findArticleBody(this, this.htmlFor)?.readingTime ?? 0;
  }

  /** The URL the share actions use. */
  get shareUrl(): string {
    return shareUrl(this.ownerDocument, this.url);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    adoptDocumentStyles(this, stylesForTag(documentStyles, 'article-header', this.localName));
    this.#content.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['datetime', 'slot'] });
    this.#page.observe(this.getRootNode(), { childList: true, subtree: true });
    // A body upgraded or edited after this header rendered announces its new word count.
    this.ownerDocument.addEventListener('article-change', this.#onArticleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
    this.#page.disconnect();
    this.ownerDocument.removeEventListener('article-change', this.#onArticleChange);
    clearTimeout(this.#refresh);
    clearTimeout(this.#statusTimer);
  }

  /** Copies the share URL to the clipboard and announces the result. */
  async copyLink(): Promise<boolean> {
    const url = this.shareUrl;
    try {
      await navigator.clipboard.writeText(url);
    } catch (error) {
      // Denied, or no clipboard (an insecure page): the reader copies it from a selected field.
      this.manualCopy = true;
      this.#announce(this.#t.msg('copy-failed'));
      this.#reportError('copy-failed', url, error);
      return false;
    }
    this.manualCopy = false;
    this.#announce(this.#t.msg('link-copied'));
    emit(this, 'link-copy', { url });
    return true;
  }

  /** Opens the native share sheet, where the browser has one, unless an `article-share` listener cancels. */
  async share(): Promise<void> {
    if (typeof navigator.share !== 'function') return;
    const detail: ArticleShareDetail = { url: this.shareUrl, title: this.#headline() };
    if (!emit(this, 'article-share', detail, true)) return;
    try {
      await navigator.share({ url: detail.url, title: detail.title });
    } catch (error) {
      if ((error as DOMException | undefined)?.name !== 'AbortError') this.#reportError('share-failed', detail.url, error);
    }
  }

  protected override render() {
    const lang = this.#t.lang;
    const now = Date.now();
    const bylines = this.#slotted('byline');
    const published = this.#slotted('published')[0];
    const updated = this.#slotted('updated')[0];
    this.#body = findArticleBody(this, this.htmlFor);
    const minutes = this.#body?.readingTime ?? 0;
    return html`<div part="header" class="header">
      ${this.#renderSection()}
      <slot data-for="headline"></slot>
      <slot data-for="dek"></slot>
      ${bylines.length ? this.#renderBylines(bylines.length, lang) : nothing}
      ${published || updated || minutes
        ? html`<p part="dateline">
            ${published ? html`<span part="published">${this.#renderDate(published, 'published', now, lang)}</span>` : nothing}
            ${updated ? html`<span part="updated">${this.#renderDate(updated, 'updated', now, lang)}</span>` : nothing}
            ${minutes ? html`<span part="reading-time"><bdi>${this.#t.msg('reading-time', { minutes: numberFormat(lang).format(minutes) })}</bdi></span>` : nothing}
          </p>`
        : nothing}
      <div part="actions" role="group" aria-label=${this.#t.msg('share-actions')}>
        <button part="copy-button" type="button" @click=${this.copyLink}>${copyIcon}${this.#t.msg('copy-link')}</button>
        ${typeof navigator.share === 'function'
          ? html`<button part="share-button" type="button" @click=${this.share}>${shareIcon}${this.#t.msg('share')}</button>`
          : nothing}
        <span part="status" role="status">${this.status}</span>
        ${this.manualCopy
          ? html`<input part="link-field" readonly .value=${this.shareUrl} aria-label=${this.#t.msg('link-field')} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`
          : nothing}
      </div>
    </div>`;
  }

  protected override firstUpdated(): void {
    warnOnDarkPage(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Manual slot assignment: each byline gets its own slot, so "and" can go between them.
    const slot = (name: string) => this.renderRoot.querySelector<HTMLSlotElement>(`slot[data-for="${name}"]`);
    slot('headline')?.assign(...[...this.children].filter((child) => !child.hasAttribute('slot')));
    slot('dek')?.assign(...this.#slotted('dek'));
    this.#slotted('byline').forEach((byline, i) => slot(`byline-${i}`)?.assign(byline));
    for (const name of ['published', 'updated']) {
      const time = this.#slotted(name)[0];
      if (time) slot(name)?.assign(time);
    }
    this.#scheduleRefresh();
    if (changed.has('manualCopy') && this.manualCopy) this.renderRoot.querySelector<HTMLInputElement>('[part="link-field"]')?.focus();
  }

  #renderSection() {
    const label = this.section?.trim();
    if (!label) return nothing;
    const href = safeHref(this.sectionHref, this.ownerDocument.baseURI);
    return html`<p part="section">${href ? html`<a part="section-link" href=${href}>${label}</a>` : label}</p>`;
  }

  #renderBylines(count: number, lang: string) {
    const [before = '', after = ''] = this.#t.msg('by', { names: '\u0000' }).split('\u0000');
    const list = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(Array.from({ length: count }, (_, i) => String(i)));
    return html`<p part="byline">
      ${before}${list.map((part) => (part.type === 'element' ? html`<slot data-for="byline-${part.value}"></slot>` : part.value))}${after}
    </p>`;
  }

  /** Our formatted `<time>`, or the author's element itself (slotted) when its `datetime` is not a date. */
  #renderDate(time: Element, name: 'published' | 'updated', now: number, lang: string) {
    const value = time.getAttribute('datetime') ?? time.textContent ?? '';
    const date = parseDate(value);
    if (!date) {
      this.#reportError('invalid-date', value);
      return html`<slot data-for=${name}></slot>`;
    }
    const { text, full, relative } = formatDate(date, now, lang);
    if (relative) this.#hasRelative = true;
    const shown = name === 'updated' ? this.#t.msg(relative ? 'updated' : 'updated-on', { date: text }) : text;
    // dir=auto: an English fallback string in a right-to-left page keeps its word order.
    return html`<time datetime=${date.toISOString()} title=${full} dir="auto" ?data-relative=${relative}>${shown}</time>`;
  }

  #scheduleRefresh(): void {
    clearTimeout(this.#refresh);
    // Out of the page (an update after removal), the refresh would re-arm itself for ever; connecting renders again.
    if (this.#hasRelative && this.isConnected) this.#refresh = setTimeout(() => this.requestUpdate(), 60_000);
    this.#hasRelative = false;
  }

  #slotted(name: string): Element[] {
    return [...this.children].filter((child) => child.getAttribute('slot') === name);
  }

  #headline(): string {
    return [...this.children].find((child) => !child.hasAttribute('slot'))?.textContent?.trim() ?? '';
  }

  #announce(message: string): void {
    clearTimeout(this.#statusTimer);
    // Emptied first, so the same message twice in a row is announced twice.
    this.status = '';
    this.updateComplete.then(() => (this.status = message));
    this.#statusTimer = setTimeout(() => (this.status = ''), 6000);
  }

  // Only a change in this header's own body re-renders it: an endless page holds many articles.
  #onArticleChange = (event: Event): void => {
    if (mayBeArticleBody(this, this.htmlFor, event.composedPath()[0])) this.requestUpdate();
  };

  #reportError(reason: HeaderErrorReason, value: string, cause?: unknown): void {
    const key = `${reason}:${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}>: ${reason} "${value}".`, cause ?? this);
    const detail: HeaderErrorDetail = { reason, value };
    queueMicrotask(() => emit(this, 'header-error', detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-header': ArticleHeader;
  }
  interface GlobalEventHandlersEventMap {
    'link-copy': CustomEvent<LinkCopyDetail>;
    'article-share': CustomEvent<ArticleShareDetail>;
    'header-error': CustomEvent<HeaderErrorDetail>;
  }
}
