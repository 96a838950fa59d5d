/** The absolute URL of `href` when it is http(s), else '' (a `javascript:` credit link stays plain text). */
export function safeHref(href: string | null | undefined, base = document.baseURI): string {
  if (!href) return '';
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}
