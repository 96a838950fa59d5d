// `article-elements/svelte`: our tags in Svelte 5's element types (svelte-check), with their
// attributes, properties and `on<event-name>` handlers. Opt in with
// `/// <reference types="article-elements/svelte" />` in a .d.ts of the app (src/app.d.ts).
import type { HTMLAttributes } from 'svelte/elements';
import type { Attributes, ElementOf, EventHandlers, Properties, Tag } from './props.js';

type Tags = { [T in Tag]: HTMLAttributes<ElementOf<T>> & Attributes<T> & Properties<T> & EventHandlers<T> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends Tags {}
}
