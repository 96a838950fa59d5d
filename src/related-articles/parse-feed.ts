/**
 * Reads a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) into the teasers
 * <related-articles> shows. Pure: no DOM, no network. Only http(s) links survive; relative URLs
 * resolve against the feed's own URL.
 */
import { httpUrl } from '../core/http-url.js';

/** One story teaser, from the page's list or from a feed. */
export interface Teaser {
  /** Absolute http(s) URL of the story. */
  url: string;
  title: string;
  /** Absolute http(s) URL of the image. */
  image?: string;
  /** The image's alt text ('' when the title beside it says it all). */
  imageAlt?: string;
  section?: string;
  /** A date `Date` can read (ISO 8601). */
  date?: string;
  /** The page's own text for the date, shown when `date` can't be read. */
  dateText?: string;
}

export type FeedErrorReason = 'unsafe-url' | 'network-error' | 'http-error' | 'invalid-json' | 'invalid-feed' | 'empty-feed';

export interface FeedError {
  reason: FeedErrorReason;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** The feed's items as teasers, or why there are none. Items without a title or an http(s) link are left out. */
export function parseFeed(json: unknown, feedUrl: string): Teaser[] | FeedError {
  const feed = json as { version?: unknown; items?: unknown } | null;
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) return { reason: 'invalid-feed' };
  if (typeof feed.version !== 'string' || !feed.version.startsWith('https://jsonfeed.org/version/')) return { reason: 'invalid-feed' };
  if (!Array.isArray(feed.items)) return { reason: 'invalid-feed' };
  const teasers: Teaser[] = [];
  for (const item of feed.items as Record<string, unknown>[]) {
    if (typeof item !== 'object' || item === null) continue;
    const url = httpUrl(item.url, feedUrl) ?? httpUrl(item.external_url, feedUrl);
    const title = text(item.title) || text(item.summary);
    if (!url || !title) continue;
    const teaser: Teaser = { url, title };
    const image = httpUrl(item.image, feedUrl) ?? httpUrl(item.banner_image, feedUrl);
    if (image) Object.assign(teaser, { image, imageAlt: '' });
    const tags = Array.isArray(item.tags) ? item.tags.map(text).filter(Boolean) : [];
    if (tags[0]) teaser.section = tags[0];
    const date = text(item.date_published) || text(item.date_modified);
    if (date && !Number.isNaN(Date.parse(date))) teaser.date = date;
    teasers.push(teaser);
  }
  return teasers.length ? teasers : { reason: 'empty-feed' };
}

export function isFeedError(value: Teaser[] | FeedError): value is FeedError {
  return !Array.isArray(value);
}
