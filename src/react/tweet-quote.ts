/** <tweet-quote> as a React component with typed props. Importing it registers the element. */
import { createComponent } from './create-component.js';
import { TweetQuote as TweetQuoteElement } from '../tweet-quote/tweet-quote-define.js';

export const TweetQuote = createComponent({
  tagName: 'tweet-quote',
  elementClass: TweetQuoteElement,
});
