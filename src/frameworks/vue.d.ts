// `article-elements/vue`: our tags in Vue 3's `GlobalComponents` (vue-tsc), with their attributes,
// properties and events (`@video-activate`), as Vue's guide types custom elements
// (`DefineCustomElement`, "Non-Vue Web Components and TypeScript"). Opt in with
// `/// <reference types="article-elements/vue" />` in a .d.ts of the app.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { AttributeValue, Attributes, ElementOf, Events, Properties, Tag } from './props.js';

/** vue-tsc reads `heading-level="3"` as the property `headingLevel`: a number may be written as digits there too. */
type PropertiesOrAttributes<T extends Tag> = { [K in keyof Properties<T>]: AttributeValue<Properties<T>[K]> };

type DefineCustomElement<T extends Tag> = new () => ElementOf<T> & {
  /** @deprecated For template types only: an element ref has no `$props`. */
  $props: HTMLAttributes & Attributes<T> & PropertiesOrAttributes<T> & PublicProps;
  /** @deprecated For template types only: an element ref has no `$emit`. */
  $emit: EmitFn<{ [E in keyof Events<T>]: (event: Events<T>[E]) => void }>;
};

type Tags = { [T in Tag]: DefineCustomElement<T> };

declare module 'vue' {
  interface GlobalComponents extends Tags {}
}
