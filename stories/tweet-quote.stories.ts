import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/tweet-quote/tweet-quote-define.js';

interface Args {
  author: string;
  handle: string;
  href: string;
  date: string;
  avatar: string;
  verified: boolean;
  unavailable: boolean;
  target: string;
  theme: string;
  lang: string;
}

/** X/Twitter's embed code, as twitter.com/publish gives it, without its script. */
const xEmbed = html`<blockquote class="twitter-tweet">
  <p lang="en" dir="ltr">
    Opening night at the river festival, lanterns everywhere. Thanks @harbour_arts for the boats!
    <a href="https://twitter.com/hashtag/LanternNight?src=hash">#LanternNight</a>
    <a href="https://t.co/abc123">pic.twitter.com/abc123</a>
  </p>
  &mdash; Ada Lovelace (@ada_l) <a href="https://twitter.com/ada_l/status/1593019283746512345">November 9, 2016</a>
</blockquote>`;

/**
 * A social post (X/Twitter, Bluesky, Mastodon) rendered from the embed code already in the page:
 * no network script, no iframe, no request beyond the avatar and media it names. Without
 * JavaScript, the blockquote reads as before.
 */
const meta: Meta<Args> = {
  title: 'Elements/tweet-quote',
  component: 'tweet-quote',
  args: { author: '', handle: '', href: '', date: '', avatar: '/samples/avatar-ada.svg', verified: false, unavailable: false, target: '', theme: '', lang: '' },
  argTypes: {
    author: { control: 'text', description: 'Display name (else the byline’s)' },
    handle: { control: 'text', description: '@handle (else the byline’s, or the post URL’s)' },
    href: { control: 'text', description: 'Post URL (else the blockquote’s last link); names the network' },
    date: { control: 'text', description: 'ISO date, e.g. `2016-11-09` (else the post link’s text)' },
    avatar: { control: 'text', description: 'Avatar image URL; a monogram without it' },
    verified: { control: 'boolean', description: 'Show a verified badge' },
    unavailable: { control: 'boolean', description: 'The post was deleted: show a tombstone' },
    target: { control: 'text', description: 'Target of every link, e.g. `_blank`' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'text' },
  },
  render: (args) => post(args, xEmbed),
};
export default meta;
type Story = StoryObj<Args>;

function post(args: Args, content: TemplateResult): TemplateResult {
  return html`<div style="max-width: 600px; padding: 1rem">
    <tweet-quote
      author=${args.author || nothing}
      handle=${args.handle || nothing}
      href=${args.href || nothing}
      date=${args.date || nothing}
      avatar=${args.avatar || nothing}
      ?verified=${args.verified}
      ?unavailable=${args.unavailable}
      target=${args.target || nothing}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
      >${content}</tweet-quote
    >
  </div>`;
}

/** Change any attribute in the controls. */
export const Playground: Story = {};

/**
 * X/Twitter's embed code as the site pasted it. Name, handle, post URL, date and text come from the
 * blockquote; @mentions and #hashtags link to X, and "View on X" links to the post.
 */
export const X: Story = { name: 'X / Twitter', args: { verified: true } };

/**
 * Bluesky's embed code (`blockquote.bluesky-embed`): its line breaks are kept, its date includes a
 * time, and mentions and hashtags link to bsky.app.
 */
export const Bluesky: Story = {
  args: { avatar: '' },
  render: (args) =>
    post(
      args,
      html`<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3kq2lantern">
        <p lang="en">Lantern boats at dusk, seen from the old bridge.

Met @grace.bsky.social by the water, talking about #rivers all evening.</p>
        &mdash; Ada Lovelace (<a href="https://bsky.app/profile/did:plc:q6gjnaw2blty4crticxkmujt">@ada.bsky.social</a>)
        <a href="https://bsky.app/profile/did:plc:q6gjnaw2blty4crticxkmujt/post/3kq2lantern">November 9, 2024 at 10:15 PM</a>
      </blockquote>`,
    ),
};

/**
 * Mastodon's embed code carries no text: the handle and instance come from the post URL, and the
 * site adds the text as paragraphs. Mentions link to their own instance, hashtags to the post's.
 */
export const Mastodon: Story = {
  args: { avatar: '/samples/avatar-harbour.svg', author: 'Harbour Office', date: '2024-11-12' },
  render: (args) =>
    post(
      args,
      html`<blockquote class="mastodon-embed" data-embed-url="https://social.example/@harbour/113000000000000001/embed">
          <a href="https://social.example/@harbour/113000000000000001"><div>Post by @harbour@social.example</div><div>View on Mastodon</div></a>
        </blockquote>
        <p>High tide at 7:25 on Sunday: the lantern boats leave from the east quay. Thanks @grace@other.example for the map! #lanterns</p>`,
    ),
};

/** Media images are light-DOM `<img>`s after the blockquote: their alt text stays, and their box is reserved from `width` and `height`. */
export const Media: Story = {
  render: (args) =>
    post(
      args,
      html`${xEmbed}<img src="/samples/post-lanterns.svg" alt="Lantern boats on the dark river" width="1200" height="675" /><img
          src="/samples/post-bridge.svg"
          alt="The old bridge at dusk"
          width="1200"
          height="900"
        />`,
    ),
};

/** A long post over several paragraphs, with a URL: the card wraps long words and keeps paragraphs apart. */
export const LongText: Story = {
  name: 'Long text',
  args: { author: 'Harbour Office', handle: 'harbour_office', href: 'https://x.com/harbour_office/status/1800000000000000001', date: '2024-06-14', avatar: '/samples/avatar-harbour.svg' },
  render: (args) =>
    post(
      args,
      html`<p>
          Tide tables for the festival weekend, since many of you asked. Saturday: high water at 6:40 and 19:02. Sunday: 7:25 and
          19:48. The lantern boats leave the east quay one hour after high water each evening, weather permitting.
        </p>
        <p>Parking on the harbour wall closes at 17:00 both days. Please use the park-and-ride from the old station instead.</p>
        <p>Full timetable and accessibility information at https://harbour.example/festival/tides-and-timetables-2024 #tides #LanternNight</p>`,
    ),
};

/** Right-to-left text keeps its `lang` and `dir` from the embed code; the card's chrome follows the page. */
export const RightToLeft: Story = {
  name: 'RTL text',
  args: { avatar: '' },
  render: (args) =>
    post(
      args,
      html`<blockquote class="twitter-tweet">
        <p lang="ar" dir="rtl">افتتاح مهرجان النهر الليلة، والفوانيس في كل مكان. شكرا @harbour_arts <a href="https://twitter.com/hashtag/فوانيس?src=hash">#فوانيس</a></p>
        &mdash; Layla Haddad (@layla_h) <a href="https://twitter.com/layla_h/status/1593019283746599999">November 10, 2016</a>
      </blockquote>`,
    ),
};

/** Missing name, date and URL: the card renders what is there (a handle and text), never "undefined". */
export const MissingFields: Story = {
  name: 'Missing fields',
  args: { avatar: '' },
  render: (args) =>
    post(
      args,
      html`<blockquote class="twitter-tweet">
        <p>Someone pasted only half of the embed code.</p>
        &mdash; (@half_paste)
      </blockquote>`,
    ),
};

/** `unavailable`: the site knows the post was deleted. A tombstone, still quoting the text; no media and no link to the post. */
export const Unavailable: Story = { args: { unavailable: true } };

/** The dark theme, from `theme="dark"` (on the element or any ancestor). */
export const Dark: Story = {
  args: { theme: 'dark', verified: true },
  render: (args) => html`<div style="background: #121212" theme="dark">${Media.render!(args, {} as never)}</div>`,
};

/** Strings and the date follow the nearest `lang`: French here. */
export const French: Story = { args: { lang: 'fr' } };

/** Hostile embed code: scripts, an image with a handler, an iframe, a form and a javascript: link. The card keeps only the text and the safe link. */
export const HostileMarkup: Story = {
  name: 'Hostile markup',
  args: { avatar: '' },
  render: (args) =>
    post(
      args,
      html`<blockquote class="twitter-tweet">
        <p>
          Safe words <a href="javascript:alert(1)">a javascript: link</a> and
          <a href="https://example.org/ok" onclick="alert(1)">a fine link</a><iframe src="about:blank"></iframe><img src="/samples/missing.svg" alt="" onerror="console.log('handler ran in light DOM')" />
        </p>
        <form><input value="a form" /></form>
        &mdash; Mallory (@mallory) <a href="https://twitter.com/mallory/status/1600000000000000000">November 9, 2016</a>
      </blockquote>`,
    ),
};
