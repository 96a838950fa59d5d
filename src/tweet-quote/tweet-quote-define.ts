/** Registers <tweet-quote>. This is the module behind `article-elements/tweet-quote.js`. */
import { TweetQuote } from './tweet-quote.js';

export * from './tweet-quote.js';
export type { Inline, Link, Network, ParsedPost, PostDate, PostUrl } from './parse-post.js';

TweetQuote.define();
