/** Registers <related-articles>. This is the module behind `article-elements/related-articles.js`. */
import { RelatedArticles } from './related-articles.js';

export * from './related-articles.js';
export type { FeedErrorReason, Teaser } from './parse-feed.js';

RelatedArticles.define();
