/**
 * The one check every element makes before linking or loading a URL from the page: resolved
 * against `base`, is it http(s)? Anything else (`javascript:`, `data:`, malformed) is refused, and
 * so is an empty value, which would resolve to the page itself.
 */
export function httpUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
