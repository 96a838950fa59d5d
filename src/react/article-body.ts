/** <article-body> as a React component with typed props, its events as props (onArticleChange). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { ArticleBody as ArticleBodyElement } from '../article-body/article-body-define.js';

export const ArticleBody = createComponent({
  tagName: 'article-body',
  elementClass: ArticleBodyElement,
  events: {
    onArticleChange: 'article-change' as EventName<GlobalEventHandlersEventMap['article-change']>,
  },
});
