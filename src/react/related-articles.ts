/** <related-articles> as a React component with typed props, its events as props (onRelatedLoad, onRelatedError). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { RelatedArticles as RelatedArticlesElement } from '../related-articles/related-articles-define.js';

export const RelatedArticles = createComponent({
  tagName: 'related-articles',
  elementClass: RelatedArticlesElement,
  events: {
    onRelatedLoad: 'related-load' as EventName<GlobalEventHandlersEventMap['related-load']>,
    onRelatedError: 'related-error' as EventName<GlobalEventHandlersEventMap['related-error']>,
  },
});
