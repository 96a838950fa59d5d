/** Registers every element. This is the module behind `article-elements`. */
export * from './article-header/article-header-define.js';
export * from './article-body/article-body-define.js';
export * from './image-figure/image-figure-define.js';
export * from './image-gallery/image-gallery-define.js';
export * from './pull-quote/pull-quote-define.js';
export * from './tweet-quote/tweet-quote-define.js';
export * from './video-embed/video-embed-define.js';
export * from './related-articles/related-articles-define.js';
export { define } from './core/define.js';
export { setStrings, type Strings } from './core/localize.js';
