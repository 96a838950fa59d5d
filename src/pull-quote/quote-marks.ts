/**
 * Quotation marks by language, for <pull-quote>: the table and the document rules
 * that draw the marks around the author's own <blockquote> text. Pure: no DOM.
 */

/** Outer open, outer close, inner open, inner close. */
export type QuoteMarks = readonly [string, string, string, string];

/**
 * Base languages first, regional variants after (later rules win in the generated CSS, and
 * `:lang(de)` also matches `de-CH`). French sets its guillemets off with narrow no-break spaces.
 */
export const QUOTE_MARKS: Record<string, QuoteMarks> = {
  en: ['“', '”', '‘', '’'],
  fr: ['«\u202f', '\u202f»', '“', '”'],
  de: ['„', '“', '‚', '‘'],
  'de-CH': ['«', '»', '‹', '›'],
  es: ['«', '»', '“', '”'],
  it: ['«', '»', '“', '”'],
  pt: ['«', '»', '“', '”'],
  'pt-BR': ['“', '”', '‘', '’'],
  nl: ['“', '”', '‘', '’'],
  pl: ['„', '”', '«', '»'],
  ru: ['«', '»', '„', '“'],
  sv: ['”', '”', '’', '’'],
  ar: ['«', '»', '“', '”'],
  ja: ['「', '」', '『', '』'],
  zh: ['“', '”', '‘', '’'],
  'zh-Hant': ['「', '」', '『', '』'],
  'zh-TW': ['「', '」', '『', '』'],
  'zh-HK': ['「', '」', '『', '』'],
};

const cssString = (text: string) => `"${[...text].map((c) => `\\${c.codePointAt(0)!.toString(16)} `).join('')}"`;

/**
 * Rules for the document (the marks are generated content of the author's light-DOM paragraphs,
 * which a shadow root cannot style): `quotes` by the quote's own language, marks before the first
 * paragraph and after the last (or around the text of a blockquote without paragraphs), and the
 * paragraphs' type and the marks kept from a host page's `p { … }` and `blockquote { quotes: none }`
 * rules (important in our layer: see article-body.styles.ts), but for text spacing, which a
 * reader's own must be able to set (normal rules outside the layer, weighing two ids).
 */
export function quoteMarksCss(tag: string): string {
  const q = `${tag} > blockquote`;
  const languages = Object.entries(QUOTE_MARKS)
    .map(([lang, marks]) => `${q}${lang === 'en' ? '' : `:lang(${lang})`} { quotes: ${marks.map(cssString).join(' ')} !important; }`)
    .join('\n');
  return `@layer article-elements {
${languages}
${q} > p:first-of-type::before, ${q}:not(:has(> p))::before { content: open-quote; }
${q} > p:last-of-type::after, ${q}:not(:has(> p))::after { content: close-quote; }
${q} { margin: 0 !important; padding: 0 !important; border: 0 !important; }
${q} > * { margin-block-start: 0 !important; margin-inline: 0 !important; padding: 0 !important; color: inherit !important; font-family: inherit !important; font-size: inherit !important; font-style: inherit !important; font-variant: inherit !important; font-weight: inherit !important; text-indent: 0 !important; text-transform: inherit !important; }
${q} > * + * { margin-block-start: 0.5em !important; }
}
${tag}:not(#_):not(#_) > * { margin-block-end: 0; letter-spacing: normal; line-height: 1.25; word-spacing: normal; }
${tag}:not(#_):not(#_) > blockquote > * { margin-block-end: 0; letter-spacing: inherit; line-height: inherit; word-spacing: inherit; }`;
}
