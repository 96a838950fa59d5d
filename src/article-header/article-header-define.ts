/** Registers <article-header>. This is the module behind `article-elements/article-header.js`. */
import { ArticleHeader } from './article-header.js';

export * from './article-header.js';

ArticleHeader.define();
