/**
 * `createComponent` for our React components: @lit/react's in the browser, which sets the
 * element's properties and adds its event listeners once React has rendered. A server never
 * runs that step, so there the tag is rendered with the properties as attributes (`layout`,
 * `aspect-ratio`, `title`…): the HTML readers get before hydration, and without JavaScript, keeps
 * the layout, credit and title that the preload CSS and the elements read from attributes.
 */
import * as React from 'react';
import { createComponent as createClientComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { isServer, type LitElement } from 'lit';

type Events = Record<string, EventName | string>;

/** @lit/react's options, without `react`. */
interface Options<I extends HTMLElement, E extends Events> {
  tagName: string;
  elementClass: new () => I;
  events?: E;
}

export function createComponent<I extends HTMLElement, E extends Events = {}>(options: Options<I, E>): ReactWebComponent<I, E> {
  const component = createClientComponent({ react: React, ...options });
  if (!isServer) return component;
  const { tagName, elementClass, events = {} } = options;
  // Two parameters, or React's development build warns once per component when it is created.
  const serverComponent = React.forwardRef<I, Record<string, unknown>>((props, _ref) =>
    React.createElement(tagName, attributes(elementClass as unknown as typeof LitElement, props, events)),
  );
  serverComponent.displayName = component.displayName;
  return serverComponent as unknown as ReactWebComponent<I, E>;
}

/**
 * React props for the server: each property with an attribute and a string, number or `true`
 * value under its attribute's name (`true` as an empty attribute, as Lit reads booleans); other
 * properties and the events left out; the rest (children, `id`, `slot`, `aria-*`…) as they are.
 */
function attributes(elementClass: typeof LitElement, props: Record<string, unknown>, events: Events) {
  void elementClass.observedAttributes; // finalizes the class: fills elementProperties
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    const property = elementClass.elementProperties.get(name);
    if (name in events) continue;
    if (!property) result[name === 'className' ? 'class' : name] = value;
    else if (property.attribute !== false && (value === true || typeof value === 'string' || typeof value === 'number')) {
      const attribute = typeof property.attribute === 'string' ? property.attribute : name.toLowerCase();
      result[attribute] = value === true ? '' : String(value);
    }
  }
  return result;
}
