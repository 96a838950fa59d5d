/** <article-header> as a React component with typed props, its events as props (onLinkCopy, onArticleShare, onHeaderError). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { ArticleHeader as ArticleHeaderElement } from '../article-header/article-header-define.js';

export const ArticleHeader = createComponent({
  tagName: 'article-header',
  elementClass: ArticleHeaderElement,
  events: {
    onLinkCopy: 'link-copy' as EventName<GlobalEventHandlersEventMap['link-copy']>,
    onArticleShare: 'article-share' as EventName<GlobalEventHandlersEventMap['article-share']>,
    onHeaderError: 'header-error' as EventName<GlobalEventHandlersEventMap['header-error']>,
  },
});
