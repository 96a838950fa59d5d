/**
 * Guarded custom element registration. News pages often load an embed script twice, or another
 * library already owns a tag name: registering must then skip with one warning, never throw.
 * A class already registered under another name (ours, when a host adds its own) is registered
 * as a subclass, since the registry takes each constructor once. Without `customElements` it
 * does nothing; on a server, Lit's Node build gives one (and there is no `document`).
 *
 * While the page is still parsing (a classic script in <head>, an async module), registering waits
 * for DOMContentLoaded, as a module script does: an element defined before the parser reaches its
 * content would upgrade empty, warn that it has nothing to show, and lose its deep link and index.
 */
const warned = new Set<string>();

export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (typeof document !== 'undefined' && document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => define(tag, element), { once: true });
    return;
  }
  const existing = customElements.get(tag);
  if (!existing) {
    try {
      register(tag, element, Boolean(customElements.getName?.(element)));
    } catch (error) {
      // Without customElements.getName (Chrome 116, Firefox 115, Safari 16 and older), a class registered
      // under another name is only found out by the registry refusing it.
      if (customElements.get(tag) || !(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
      register(tag, element, true);
    }
  } else if (existing !== element && !(existing.prototype instanceof element) && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`article-elements: <${tag}> is already defined; this copy was not registered.`);
  }
}

/** The class itself, or a subclass when the class is registered under another name already. */
function register(tag: string, element: CustomElementConstructor, subclass: boolean): void {
  customElements.define(tag, subclass ? class extends element {} : element);
}
