// What every framework entry reads from elements.d.ts (generated from the manifest): each tag's
// settable properties, its attributes with the types of the properties they set, and its events.
import type { ArticleElements } from './elements.js';

export type { ArticleElements };
export type Tag = keyof ArticleElements;
export type ElementOf<T extends Tag> = ArticleElements[T]['element'];

/** As an attribute may also be written: a number as its digits (`heading-level="2"`). */
export type AttributeValue<V> = V extends number ? V | `${number}` : V;

export type Properties<T extends Tag> = Partial<Pick<ElementOf<T>, ArticleElements[T]['properties'] & keyof ElementOf<T>>>;
export type Attributes<T extends Tag> = {
  [A in keyof ArticleElements[T]['attributes']]?: AttributeValue<ElementOf<T>[ArticleElements[T]['attributes'][A] & keyof ElementOf<T>]>;
};
/** The tag's events by name, as `GlobalEventHandlersEventMap` types them (`CustomEvent<Detail>`). */
export type Events<T extends Tag> = Pick<GlobalEventHandlersEventMap, ArticleElements[T]['events'] & keyof GlobalEventHandlersEventMap>;

/** `on<event-name>` handlers (Svelte 5 and React 19 take a custom element's events so), `currentTarget` the element. */
export type EventHandlers<T extends Tag> = {
  [E in keyof Events<T> as `on${E}`]?: (event: Events<T>[E] & { currentTarget: ElementOf<T> }) => void;
};
