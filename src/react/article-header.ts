/** <article-header> as a React component with typed props, its events as props (onLinkCopy, onArticleShare, onHeaderError). Importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ArticleHeader as ArticleHeaderElement } from '../article-header/article-header-define.js';

export const ArticleHeader = createComponent({
  react: React,
  tagName: 'article-header',
  elementClass: ArticleHeaderElement,
  events: {
    onLinkCopy: 'link-copy' as EventName<GlobalEventHandlersEventMap['link-copy']>,
    onArticleShare: 'article-share' as EventName<GlobalEventHandlersEventMap['article-share']>,
    onHeaderError: 'header-error' as EventName<GlobalEventHandlersEventMap['header-error']>,
  },
});
