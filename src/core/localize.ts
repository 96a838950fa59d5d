/**
 * Reader-facing strings. Each element ships its own catalog (English and French at least); a
 * page can override or add a locale for every element with `setStrings(lang, strings)`, and one
 * element with an `i18n-<key>` attribute (`<video-embed i18n-play-video="Watch: {title}">`).
 * The language is the nearest `lang`, crossing shadow roots; `{name}` placeholders are filled in.
 * Elements re-render when the page switches language (`<html lang>`, as an app's language menu
 * does, or an ancestor's, as an app showing an article in another language in the same view does)
 * and when their own `lang` or `i18n-*` attributes change (as a framework's bindings do).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Strings = Record<string, string>;
export type Catalog = { en: Strings } & Record<string, Strings>;

type Host = ReactiveControllerHost & HTMLElement;

const overrides: Record<string, Strings> = {};
const connected = new Set<Host>();
const renderAll = () => connected.forEach((host) => host.requestUpdate());

/** Overrides or adds strings for a language, for every element, and re-renders them. */
export function setStrings(lang: string, strings: Strings): void {
  const code = lang.toLowerCase();
  overrides[code] = { ...overrides[code], ...strings };
  renderAll();
}

/** One observer for every `lang` in each document (`<html>` and any ancestor) and every element's own `lang` and `i18n-*` attributes. */
let languageChanges: MutationObserver | undefined;
const watchedDocuments = new WeakSet<Document>();

function watchLanguage(host: Host): void {
  languageChanges ??= new MutationObserver((records) => {
    for (const { target, attributeName } of records) {
      const node = target as Element;
      // `<html lang>` reaches elements in shadow roots too, which `contains` does not see.
      if (attributeName === 'lang') connected.forEach((el) => (node === node.ownerDocument.documentElement || node.contains(el)) && el.requestUpdate());
      else if (attributeName!.startsWith('i18n-')) (target as Host).requestUpdate();
    }
  });
  const doc = host.ownerDocument;
  if (!watchedDocuments.has(doc)) {
    watchedDocuments.add(doc);
    languageChanges.observe(doc.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
  // Observing the same element again only renews it; a removed element's changes do no harm.
  languageChanges.observe(host, { attributes: true });
}

/** The nearest `lang` of an element (crossing shadow roots), as a locale `Intl` accepts. */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const owner = node.closest('[lang]');
    const lang = owner?.getAttribute('lang');
    if (lang) return toLocale(lang);
    if (owner) break; // lang="" means "unknown"
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'en';
}

const locales = new Map<string, string>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A shared `Intl.DateTimeFormat`: creating one costs real time (the first in a page loads locale
 * data), and articles format many dates in few styles.
 */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A shared `Intl.NumberFormat` per language, for counters and counts. */
export function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format;
}

function toLocale(lang: string): string {
  let locale = locales.get(lang);
  if (!locale) {
    try {
      locale = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      locale = 'en'; // not a BCP 47 tag: Intl would throw on it
    }
    locales.set(lang, locale);
  }
  return locale;
}

export class LocalizeController implements ReactiveController {
  readonly #host: Host;
  readonly #catalog: Catalog;

  constructor(host: Host, catalog: Catalog) {
    this.#host = host;
    this.#catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    watchLanguage(this.#host);
    // Back in a page (or moved): render again, for a language switched while it was away and for
    // the light DOM its host's observer missed then (a move also drops the changes queued just
    // before it). On first connect this is the update already pending.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  /** The element's locale, for `Intl` formatters. */
  get lang(): string {
    return langOf(this.#host);
  }

  /** The string for `key` in the element's language, with `{name}` placeholders filled in. */
  msg(key: string, values: Record<string, string | number> = {}): string {
    const template = this.#host.getAttribute(`i18n-${key}`) ?? this.#lookup(key);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  }

  #lookup(key: string): string {
    const lang = this.lang.toLowerCase();
    for (const code of [lang, lang.split('-')[0], 'en']) {
      const text = overrides[code]?.[key] ?? this.#catalog[code]?.[key];
      if (text !== undefined) return text;
    }
    return key;
  }
}
