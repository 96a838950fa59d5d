/** <tweet-quote> as a React component with typed props. Importing it registers the element. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TweetQuote as TweetQuoteElement } from '../tweet-quote/tweet-quote-define.js';

export const TweetQuote = createComponent({
  react: React,
  tagName: 'tweet-quote',
  elementClass: TweetQuoteElement,
});
