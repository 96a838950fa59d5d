/** Registers <article-body>. This is the module behind `article-elements/article-body.js`. */
import { ArticleBody } from './article-body.js';

export * from './article-body.js';

ArticleBody.define();
