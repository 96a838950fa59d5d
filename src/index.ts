/** Registers every element. This is the module behind `article-elements`. */
export * from './video-embed/video-embed-define.js';
export { define } from './core/define.js';
export { setStrings, type Strings } from './core/localize.js';
