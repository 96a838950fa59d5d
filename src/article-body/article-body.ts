/**
 * <article-body>: the article's text, set in light DOM (readable without JavaScript, indexable,
 * selectable, printable) with a comfortable measure, rhythm and link styles from the theme tokens.
 * Embedded elements take their width from their `layout` attribute. It renders nothing itself: it
 * adopts its typography into the document and counts the words, for a reading time.
 */
import { ReactiveElement, type PropertyValues } from 'lit';
import { define } from '../core/define.js';
import { emit } from '../core/emit.js';
import { langOf } from '../core/localize.js';
import { adoptDocumentStyles, stylesForTag, warnOnDarkPage } from '../core/tokens.js';
import { documentStyles, registerMeasure } from './article-body.styles.js';
import { countWords } from './count-words.js';

export interface ArticleChangeDetail {
  wordCount: number;
  readingTime: number;
}

/**
 * @summary The article's text, with typography, measure and embed layouts from the theme tokens.
 * @customElement article-body
 *
 * @slot - The article's content: paragraphs, lists, headings, quotes, tables and embedded elements. Light DOM, never moved.
 *
 * @cssproperty [--article-measure=66ch] - The text column's width.
 * @cssproperty [--article-gutter=1em] - The least space either side of the column.
 * @cssproperty [--article-wide=64em] - The width of `layout="wide"` children.
 * @cssproperty [--article-space=1.5em] - The space between blocks.
 * @cssproperty [--article-font-size=1.1875em] - The text size.
 * @cssproperty [--article-line-height=1.6] - The text's line height.
 * @cssproperty --article-font-body - The text's font family.
 * @cssproperty --article-font-heading - The headings' font family.
 * @cssproperty --article-font-mono - The code font family.
 * @cssproperty --article-color-text - The text colour.
 * @cssproperty --article-color-muted - Secondary text and list markers.
 * @cssproperty --article-color-accent - Quote rules and the drop cap.
 * @cssproperty [--article-color-link=var(--article-color-accent)] - Links.
 * @cssproperty --article-color-rule - Rules and table borders.
 * @cssproperty --article-color-code - The background of code.
 *
 * @fires {CustomEvent<ArticleChangeDetail>} article-change - When the word count changes (first count included).
 */
export class ArticleBody extends ReactiveElement {
  static override properties = {
    dropcap: { type: Boolean, reflect: true },
    wordsPerMinute: { type: Number, attribute: 'words-per-minute' },
  };

  /** Registers the element under `tag` (default `article-body`), once. */
  static define(tag = 'article-body'): void {
    define(tag, this);
  }

  /** Sets the first paragraph's first letter as a drop cap. */
  declare dropcap: boolean;
  /** The reading speed behind `readingTime`; 230 by default. */
  declare wordsPerMinute: number;

  #words = -1;
  #reported = -1;
  readonly #content = new MutationObserver(() => {
    this.#words = -1;
    this.requestUpdate();
  });

  constructor() {
    super();
    this.dropcap = false;
    this.wordsPerMinute = 230;
  }

  /** The number of words in the text (embedded scripts and styles excluded), in the text's language. */
  get wordCount(): number {
    if (this.#words < 0) this.#words = countWords(this, langOf(this));
    return this.#words;
  }

  /** Estimated minutes to read the text, at least 1 when there is any text; 0 when empty. */
  get readingTime(): number {
    const speed = this.wordsPerMinute > 0 ? this.wordsPerMinute : 230;
    return this.wordCount ? Math.max(1, Math.round(this.wordCount / speed)) : 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this);
    registerMeasure();
    adoptDocumentStyles(this, stylesForTag(documentStyles, 'article-body', this.localName));
    this.#content.observe(this, { childList: true, subtree: true, characterData: true });
    // Unobserved while away (and a move drops the changes just before it): count again.
    this.#words = -1;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#content.disconnect();
  }

  /** The content is the light DOM itself: no shadow root. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override firstUpdated(): void {
    warnOnDarkPage(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const words = this.wordCount;
    if (words === this.#reported && !changed.has('wordsPerMinute')) return;
    this.#reported = words;
    const detail: ArticleChangeDetail = { wordCount: words, readingTime: this.readingTime };
    emit(this, 'article-change', detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-body': ArticleBody;
  }
  interface GlobalEventHandlersEventMap {
    'article-change': CustomEvent<ArticleChangeDetail>;
  }
}
