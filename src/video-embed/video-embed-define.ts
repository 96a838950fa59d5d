/** Registers <video-embed>. This is the module behind `article-elements/video-embed.js`. */
import { VideoEmbed } from './video-embed.js';

export * from './video-embed.js';
export type { VideoErrorReason, VideoProvider, VideoSource, VideoUrlError } from './parse-video-url.js';

VideoEmbed.define();
