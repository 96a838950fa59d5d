/** Registers <pull-quote>. This is the module behind `article-elements/pull-quote.js`. */
import { PullQuote } from './pull-quote.js';

export * from './pull-quote.js';

PullQuote.define();
