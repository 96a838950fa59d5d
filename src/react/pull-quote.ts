/** <pull-quote> as a React component with typed props, its events as props (onQuoteError). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { PullQuote as PullQuoteElement } from '../pull-quote/pull-quote-define.js';

export const PullQuote = createComponent({
  tagName: 'pull-quote',
  elementClass: PullQuoteElement,
  events: {
    onQuoteError: 'quote-error' as EventName<GlobalEventHandlersEventMap['quote-error']>,
  },
});
