/**
 * Reads a social post out of the markup the networks' embed code gives (X/Twitter, Bluesky,
 * Mastodon): text as plain strings, line breaks and safe links only, plus the byline, the post
 * link and its date text. Nothing here creates, moves or executes anything, so hostile markup in a
 * blockquote can only ever come out as text. No side effects; the URL and date helpers are pure.
 */
import { httpUrl } from '../core/http-url.js';

export type Network = 'x' | 'bluesky' | 'mastodon';

export const NETWORK_NAMES: Record<Network, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

export interface Link {
  href: string;
  text: string;
}

/** A run of text, a link, or `null` for a line break. */
export type Inline = string | Link | null;

export interface ParsedPost {
  /** The text's paragraphs; strings are not linkified yet (that depends on the network). */
  paragraphs: Inline[][];
  /** The first paragraph's `lang` and `dir`, if any. */
  lang: string;
  dir: string;
  author: string;
  handle: string;
  /** The post link (the last link of the byline), http(s) only. */
  href: string | undefined;
  /** The post link's text when it is plain text: the date, as the network wrote it. */
  dateText: string;
  /** The network named by the blockquote's class (`twitter-tweet`, `bluesky-embed`, `mastodon-embed`). */
  network: Network | undefined;
}

export interface PostUrl {
  network: Network;
  /** `@user` (X), `@handle` (Bluesky, empty for a DID), `@user@server` (Mastodon). */
  handle: string;
  /** The server, for Mastodon mentions and hashtags. */
  host: string;
}

export interface PostDate {
  date: Date;
  /** A valid `<time datetime>` value. */
  datetime: string;
  /** Whether a time of day is known. */
  time: boolean;
  /** A wall-clock time in no known zone: format it in UTC so it reads as written. */
  utc: boolean;
}

/** Elements whose content is never prose: skipped whole, not even their text is kept (elements without content, like `img`, give no text anyway). */
const SKIP = /^(script|style|noscript|template|iframe|object|svg|math|video|audio|canvas|form|select|textarea)$/;
const CLASSES: Record<string, Network> = { 'twitter-tweet': 'x', 'bluesky-embed': 'bluesky', 'mastodon-embed': 'mastodon' };
const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** An http(s) URL, resolved against `base`, without the networks' `ref_src` tracking; else undefined. */
export function safeUrl(value: string | null | undefined, base?: string): string | undefined {
  const href = httpUrl(value, base);
  if (!href?.includes('ref_src=')) return href;
  const url = new URL(href);
  url.searchParams.delete('ref_src');
  return url.href;
}

/** The network and author of a post URL: `x.com|twitter.com/USER/status/ID`, `bsky.app/profile/HANDLE/post/ID`, `https://SERVER/@USER/ID`. */
export function parsePostUrl(href: string | undefined): PostUrl | undefined {
  const url = new URL(href ?? '', 'http://x');
  const host = url.hostname.replace(/^(www|mobile)\./, '');
  const [a = '', b = '', c = '', d] = url.pathname.split('/').filter(Boolean);
  if (/^(twitter|x)\.com$/.test(host) && b === 'status' && /^\d+$/.test(c)) return { network: 'x', handle: `@${a}`, host };
  if (host === 'bsky.app' && a === 'profile' && c === 'post' && d) return { network: 'bluesky', handle: b.startsWith('did:') ? '' : `@${b}`, host };
  // A Mastodon account is `@user` on the post's server, or `@user@server` on another.
  if (/^@[\w.-]+(@[\w.-]+)?$/.test(a) && /^\d+$/.test(b)) return { network: 'mastodon', handle: a.includes('@', 1) ? a : `${a}@${url.host}`, host: url.host };
  return undefined;
}

/** The profile of `@name` (a hashtag page for `#tag`) on `network`; undefined when unknown. */
export function tokenUrl(token: string, network: Network | undefined, host: string): string | undefined {
  const name = token.slice(1);
  const tag = token[0] === '#';
  if (network === 'x') return `https://x.com/${tag ? 'hashtag/' : ''}${encodeURIComponent(name)}`;
  if (network === 'bluesky') return `https://bsky.app/${tag ? 'hashtag' : 'profile'}/${encodeURIComponent(name)}`;
  const [user = '', server = host] = name.split('@');
  return network === 'mastodon' && server ? `https://${server}/${tag ? 'tags/' : '@'}${encodeURIComponent(user)}` : undefined;
}

/** URLs, @mentions (`@user`, `@handle.domain`, `@user@server`) and #hashtags; captured, so that `split()` keeps them. */
const TOKENS = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'\]]|(?<![\w@/])@\w(?:[\w.-]*\w)?(?:@\w[\w-]*(?:\.[\w-]+)+)?|(?<![\w&#/])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/u;

/** Splits text into strings and links to the URLs, mentions and hashtags in it. */
export function linkify(text: string, network: Network | undefined, host: string): (string | Link)[] {
  // `split()` puts the tokens at the odd indices, the text between them at the even ones.
  return text
    .split(TOKENS)
    .map((part, i) => {
      const href = i % 2 ? (part[0] === 'h' ? safeUrl(part) : tokenUrl(part, network, host)) : undefined;
      return href ? { href, text: part } : part;
    })
    .filter((part) => part !== '');
}

/**
 * A date as the networks write it: ISO 8601, `November 9, 2016`, `9 November 2016`, or Bluesky's
 * `November 9, 2024 at 10:15 AM` (English month names). Undefined for anything else.
 */
export function parsePostDate(text: string | null | undefined): PostDate | undefined {
  const value = (text ?? '').trim();
  const iso = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d.*)?$/.exec(value);
  const words = /^(?:([a-z]{3,})\.? (\d\d?),?|(\d\d?) ([a-z]{3,})\.?,?) (\d{4})(?:,? (?:at )?(1[0-2]|0?\d):([0-5]\d) ?([ap])\.?m\.?)?$/i.exec(value.replace(/\s+/g, ' '));
  const pad = (n: number | string) => String(n).padStart(2, '0');
  // The day as written (and the time of day, in words): `datetime` without a zone.
  let datetime = iso?.[1];
  if (words) {
    const month = MONTHS.findIndex((name) => name.startsWith((words[1] ?? words[4])!.toLowerCase())) + 1;
    const hour = words[6] && (+words[6] % 12) + (/p/i.test(words[8]!) ? 12 : 0);
    datetime = `${words[5]}-${pad(month)}-${pad((words[2] ?? words[3])!)}${words[6] ? `T${pad(hour!)}:${words[7]}` : ''}`;
  }
  // Read in UTC, it must come back as written: `Date` itself rolls February 30 over to March 1.
  const date = new Date(`${datetime}${words?.[6] ? '' : 'T00:00'}Z`);
  if (!datetime || isNaN(+date) || !date.toISOString().startsWith(datetime)) return undefined;
  if (iso?.[2]) {
    // A full timestamp (with its zone, or local): `Date` reads it; the day was checked above.
    const exact = new Date(value);
    return isNaN(+exact) ? undefined : { date: exact, datetime: value, time: true, utc: false };
  }
  return { date, datetime, time: !!words?.[6], utc: true };
}

/** Text of a node's prose (skipped elements left out; line breaks as spaces). */
function plain(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  const el = node as Element;
  if (node.nodeType !== 1 || SKIP.test(el.localName)) return '';
  if (el.localName === 'br') return ' ';
  let text = ''; // a loop, not [...childNodes].map().join(): this runs for every node read
  for (const child of node.childNodes) text += plain(child);
  return text;
}

/** A paragraph's text, line breaks and http(s) links; every other element contributes its text only. */
function inline(node: Node, base: string, newlines: boolean, out: Inline[] = []): Inline[] {
  for (const child of node.childNodes) {
    const el = child as Element;
    if (child.nodeType === 3) {
      // Bluesky's embed code keeps the post's line breaks as newlines in the text.
      const lines = newlines ? (child as Text).data.split('\n') : [(child as Text).data];
      lines.forEach((line, i) => (i ? out.push(null, line) : out.push(line)));
    } else if (child.nodeType !== 1 || SKIP.test(el.localName)) {
      continue;
    } else if (el.localName === 'br') {
      out.push(null);
    } else if (el.localName === 'a') {
      const text = plain(el);
      const href = safeUrl(el.getAttribute('href'), base);
      out.push(href && text.trim() ? { href, text } : text);
    } else {
      inline(el, base, newlines, out);
    }
  }
  return out;
}

/**
 * Reads the post in `root` (a `<tweet-quote>`): its blockquote's paragraphs, byline
 * (`— Name (@handle)`) and last link (the post, its text the date), and `<p>` children of `root`
 * itself when the post is given by attributes.
 */
export function readPost(root: Element, base: string): ParsedPost {
  const quote = root.querySelector('blockquote');
  let network: Network | undefined;
  for (const name of quote?.classList ?? []) network ||= CLASSES[name];
  const post: ParsedPost = { paragraphs: [], lang: '', dir: '', author: '', handle: '', href: undefined, dateText: '', network };
  // The byline's text, a piece per node; the post link's piece (the date) is left out of it.
  const byline: string[] = [];
  let link = -1;
  const collect = (container: Element) => {
    for (const node of container.childNodes) {
      const el = node as HTMLElement;
      if (node.nodeType !== 1) byline.push(plain(node));
      else if (SKIP.test(el.localName)) continue;
      else if (el.localName === 'p') {
        post.paragraphs.push(inline(el, base, network === 'bluesky'));
        post.lang ||= el.lang;
        post.dir ||= el.dir;
      } else if (el.localName === 'blockquote' || el.querySelector('p')) collect(el);
      else {
        // The last http(s) link is the post's.
        const href = el.localName === 'a' ? safeUrl(el.getAttribute('href'), base) : undefined;
        if (href) {
          [link, post.href] = [byline.length, href];
          // Mastodon's embed link holds a logo and "Post by …", not a date.
          post.dateText = el.children.length ? '' : plain(el).trim();
        }
        byline.push(plain(el));
      }
    }
  };
  collect(root);
  // `— Name (@handle)`, `Name @handle` or `— Name`: the dash, the handle and its parentheses optional.
  if (link >= 0) byline[link] = ''; // the post link's piece: its text is the date
  const text = byline.join('').replace(/\s+/g, ' ');
  [, post.author = '', post.handle = ''] = /^ ?(?:[—–-] ?)?(.*?)(?: ?\(?(@[^\s()]+)\)?)? ?$/.exec(text)!;
  return post;
}
