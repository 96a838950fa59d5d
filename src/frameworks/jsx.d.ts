// `article-elements/jsx`: our tags in React 19's JSX (`<video-embed aspect-ratio="4:3">`), with their
// attributes and `on<event-name>` handlers, as React 19 passes them to custom elements. Attributes,
// not camel-case properties: a server renders props as attributes. Opt in with
// `/// <reference types="article-elements/jsx" />` in a .d.ts of the app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Attributes, ElementOf, EventHandlers, Tag } from './props.js';

type Tags = { [T in Tag]: DetailedHTMLProps<HTMLAttributes<ElementOf<T>>, ElementOf<T>> & Attributes<T> & EventHandlers<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends Tags {}
  }
}
