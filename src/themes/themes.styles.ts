/**
 * Theme presets and print rules, as document-level CSS (custom properties set on an ancestor reach
 * every element, light DOM and shadow DOM alike). `theme` on any ancestor takes space-separated
 * words: a scheme (`light`, `dark`) and/or a preset (`newspaper`: classic serif; `magazine`: clean
 * sans). Presets only set `--article-*` tokens, so a host's own token values on a closer element
 * still win. Every element adopts it into its document, and into any shadow root it sits in (core/tokens.ts); the CDN build writes it
 * into article-elements.css too, as it does every `documentStyles` (see vite.config.ts).
 */
import { css } from 'lit';

export const documentStyles = css`
@layer article-elements {
  /* The size every element's sizes are in em of: the page's body text, in pixels (a registered
     <length>, see core/tokens.ts, so it inherits as pixels), never the root's (Bootstrap 3 sets
     html to 10px and body to 14px). Embeds in an <article-body> keep it, not the body's larger type. */
  :where(body) {
    --_article-em: 1em;
  }
  [theme~='light'] {
    color-scheme: light;
  }
  [theme~='dark'] {
    color-scheme: dark;
  }
  [theme~='newspaper'] {
    --article-font-body: Georgia, 'Iowan Old Style', 'Times New Roman', Times, serif;
    --article-font-heading: 'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, serif;
    --article-color-text: light-dark(#141414, #e9e6e0);
    --article-color-muted: light-dark(#514c45, #aaa398);
    --article-color-accent: light-dark(#8c1b1b, #f29b91);
    --article-color-link: light-dark(#1c4587, #9fc1f5);
    --article-color-surface: light-dark(#fffdf8, #1d1c1a);
    --article-color-background: light-dark(#f8f5ee, #141311);
    --article-color-rule: light-dark(#cbc3b5, #4a453e);
    --article-color-code: light-dark(#efe9dc, #2a2824);
    --article-radius: 2px;
    --article-font-size: 1.125em;
    --article-line-height: 1.55;
    --article-measure: 62ch;
  }
  [theme~='magazine'] {
    --article-font-body: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --article-font-heading: 'Avenir Next', 'Segoe UI', 'Helvetica Neue', system-ui, -apple-system, Arial, sans-serif;
    --article-color-text: light-dark(#16181d, #eceef2);
    --article-color-muted: light-dark(#585e6d, #a7adba);
    --article-color-accent: light-dark(#5837c2, #b7a6ff);
    --article-color-link: light-dark(#5837c2, #b7a6ff);
    --article-color-surface: light-dark(#ffffff, #17181c);
    --article-color-background: light-dark(#ffffff, #0f1013);
    --article-color-rule: light-dark(#e0e2e8, #343741);
    --article-color-code: light-dark(#f1f2f6, #24262d);
    --article-radius: 14px;
    --article-font-size: 1.125em;
    --article-line-height: 1.7;
    --article-measure: 64ch;
  }
  :where(html, body, main, article, section, aside, div):where([theme~='light'], [theme~='dark'], [theme~='newspaper'], [theme~='magazine']) {
    background-color: var(--article-color-background, light-dark(#ffffff, #121212));
    color: var(--article-color-text, light-dark(#1c1b1a, #ecebe8));
  }
  @media print {
    :root,
    [theme] {
      color-scheme: light !important;
    }
    :where(html, body, main, article, section, aside, div)[theme] {
      background-color: transparent !important;
    }
  }
}
`;
