/** Every element as a React component: `import { VideoEmbed } from 'article-elements/react.js'`. */
export { ArticleBody } from './article-body.js';
export { ArticleHeader } from './article-header.js';
export { ImageFigure } from './image-figure.js';
export { ImageGallery } from './image-gallery.js';
export { PullQuote } from './pull-quote.js';
export { RelatedArticles } from './related-articles.js';
export { TweetQuote } from './tweet-quote.js';
export { VideoEmbed } from './video-embed.js';
