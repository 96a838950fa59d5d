/**
 * <pull-quote>: a quotation lifted out of the article and set large, with its attribution. The
 * author's <blockquote> stays in light DOM (it reads as a plain quotation without JavaScript);
 * the element adds the attribution as a figure caption and language-appropriate quotation marks.
 */
import { LitElement, html, nothing } from 'lit';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { httpUrl } from '../core/http-url.js';
import { LocalizeController } from '../core/localize.js';
import { adoptDocumentStyles, stylesForTag, tokens } from '../core/tokens.js';
import { documentStyles, styles } from './pull-quote.styles.js';

export type PullQuoteLayout = 'inset' | 'wide' | 'left' | 'right';

export interface QuoteErrorDetail {
  reason: 'unsafe-url';
  cite: string;
}

const strings = {
  en: { source: 'Read the source' },
  fr: { source: 'Lire la source' },
};

/**
 * @summary A quotation set large, with its attribution and the quotation marks of its language.
 * @tag pull-quote
 *
 * @slot - The quotation: a `<blockquote>` (with `cite` if you like), usually holding `<p>`s.
 *
 * @csspart figure - The frame around the quotation and its attribution.
 * @csspart attribution - The caption under the quotation.
 * @csspart by - The name of the person quoted (a `<cite>`).
 * @csspart by-title - Their role or title.
 * @csspart source - The link to the source, when `cite` is an http(s) URL.
 *
 * @cssproperty [--pull-quote-accent=var(--article-color-accent)] - The rule beside the quote and the marks.
 * @cssproperty [--pull-quote-font=var(--article-font-body)] - The quotation's font family.
 * @cssproperty [--pull-quote-font-size=clamp(1.375em, 1.1em + 1.1vw, 1.75em)] - The quotation's size (per layout by default).
 * @cssproperty [--pull-quote-margin-block=2em] - Space above and below.
 *
 * @fires {CustomEvent<QuoteErrorDetail>} quote-error - When `cite` is not an http(s) URL (the source is then not linked).
 */
export class PullQuote extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    by: {},
    byTitle: { attribute: 'by-title' },
    cite: {},
    layout: { reflect: true },
  };

  /** Registers the element under `tag` (default `pull-quote`), once. */
  static define(tag = 'pull-quote'): void {
    define(tag, this);
  }

  /** Who said it. */
  declare by: string | undefined;
  /** Their role or title, shown under the name. */
  declare byTitle: string | undefined;
  /** The source's URL (else the blockquote's `cite`, which it also sets); linked only when it is http(s). */
  declare cite: string | undefined;
  /** Where the article body places it: `inset` (in the column, default), `wide`, `left` or `right`. */
  declare layout: PullQuoteLayout;

  readonly #t = new LocalizeController(this, strings);
  #warnedFor?: string;
  /** The `cite` this element wrote on the author's blockquote (kept in step with its own `cite`). */
  #wroteCite?: string;
  // A blockquote added later, and the blockquote's own `cite` (the source when the element has none).
  readonly #content = new MutationObserver(() => this.requestUpdate());

  constructor() {
    super();
    this.layout = 'inset';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    adoptDocumentStyles(this, stylesForTag(documentStyles, 'pull-quote', this.localName));
    this.#content.observe(this, { childList: true, subtree: true, attributeFilter: ['cite'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect(); // coming back renders again (LocalizeController)
  }

  /** The source URL, resolved against the page, when it is safe to link (http or https). */
  get sourceUrl(): string | undefined {
    const own = this.querySelector(':scope > blockquote')?.getAttribute('cite');
    const raw = (this.cite ?? (own !== this.#wroteCite ? own : '') ?? '').trim();
    if (!raw) return undefined;
    const url = httpUrl(raw, this.ownerDocument.baseURI);
    if (url) return url;
    if (this.#warnedFor !== raw) {
      this.#warnedFor = raw;
      console.warn(`<${this.localName}>: not linking the source "${raw}" (only http and https URLs are linked).`, this);
      const detail: QuoteErrorDetail = { reason: 'unsafe-url', cite: raw };
      // After this update, so listeners see the attribution without its link.
      this.updateComplete.then(() => emit(this, 'quote-error', detail));
    }
    return undefined;
  }

  protected override updated(): void {
    // The source belongs on the quotation itself, where assistive tools and scrapers look for it.
    const blockquote = this.querySelector(':scope > blockquote');
    const current = blockquote?.getAttribute('cite');
    if (!blockquote || (current != null && current !== this.#wroteCite)) return; // the author's own cite stays
    const source = this.sourceUrl;
    if (source) blockquote.setAttribute('cite', source);
    else blockquote.removeAttribute('cite');
    this.#wroteCite = source;
    this.#content.takeRecords(); // our own write: nothing new to render
  }

  protected override render() {
    const by = this.by?.trim();
    const title = this.byTitle?.trim();
    const source = this.sourceUrl;
    return html`<figure part="figure">
      <slot></slot>
      ${by || title || source
        ? html`<figcaption part="attribution">${by ? html`<cite part="by">${by}</cite>` : nothing}${title
              ? // The separator is text, not a margin, so the line breaks at its spaces, as
                // article-elements.css's pre-upgrade copy of the line does.
                html`<span part="by-title">${title}</span>${source ? html`<span aria-hidden="true"> · </span>` : nothing}`
              : nothing}${source ? html`<a part="source" href=${source}>${this.#t.msg('source')}</a>` : nothing}</figcaption>`
        : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pull-quote': PullQuote;
  }
  interface GlobalEventHandlersEventMap {
    'quote-error': CustomEvent<QuoteErrorDetail>;
  }
}
