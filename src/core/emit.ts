/**
 * Fires one of our events: a `CustomEvent` that bubbles and is composed, so the page hears it
 * from inside any shadow root. Typed by `GlobalEventHandlersEventMap`, where every element lists
 * its events, so a detail of the wrong shape does not compile. Returns false when a listener
 * cancelled a `cancelable` event.
 */
type DetailOf<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends keyof GlobalEventHandlersEventMap>(host: EventTarget, type: K, detail: DetailOf<K>, cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
