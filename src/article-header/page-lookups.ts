/**
 * What <article-header> looks up in its page: the article body to take the reading time from, the
 * URL to share, and whether a link is safe to render. No rendering here.
 */
import { ArticleBody } from '../article-body/article-body.js';
import { httpUrl } from '../core/http-url.js';

/** The body named by `for="ID"`, else the first one in the header's `<article>` (found by class, never by tag name). */
export function findArticleBody(header: Element, htmlFor: string | undefined): ArticleBody | undefined {
  if (htmlFor) {
    const target = (header.getRootNode() as Document | ShadowRoot).getElementById?.(htmlFor);
    return target instanceof ArticleBody ? target : undefined;
  }
  // A loop that stops at the first: the header runs this on every change to its page's tree.
  for (const el of header.closest('article')?.querySelectorAll('*') ?? []) if (el instanceof ArticleBody) return el;
  return undefined;
}

/** Whether `node` may be that body: an article body named by `for`, else one in the header's `<article>`. */
export function mayBeArticleBody(header: Element, htmlFor: string | undefined, node: EventTarget | undefined): boolean {
  if (!(node instanceof ArticleBody)) return false;
  return htmlFor ? node.id === htmlFor : !!header.closest('article')?.contains(node);
}

/** The `url` given, else the page's canonical URL, else its address. */
export function shareUrl(doc: Document, url: string | undefined): string {
  return url || doc.querySelector<HTMLLinkElement>('link[rel="canonical"][href]')?.href || doc.location?.href || '';
}

/** `href` as written when it is an http(s) or relative URL (never `javascript:` or `data:`), else undefined. */
export function safeHref(href: string | undefined, base: string): string | undefined {
  return httpUrl(href, base) ? href : undefined;
}
