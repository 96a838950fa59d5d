// <tweet-quote>: own code size (goal < 3 KB min+gzip) and time to upgrade 200 posts (goal < 50 ms).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const COUNT = 200;
const root = resolve(import.meta.dirname, '..');

const x = (i) => `<tweet-quote><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Post ${i}: opening night at the river festival, thanks @harbour_arts! <a href="https://twitter.com/hashtag/LanternNight?src=hash">#LanternNight</a> <a href="https://t.co/abc${i}">pic.twitter.com/abc${i}</a></p>&mdash; Ada Lovelace (@ada_l) <a href="https://twitter.com/ada_l/status/15930192837465${i}">November 9, 2016</a></blockquote></tweet-quote>`;
const bluesky = (i) => `<tweet-quote><blockquote class="bluesky-embed"><p lang="en">Post ${i}: lantern boats at dusk.

Met @grace.bsky.social by the water #rivers</p>&mdash; Ada Lovelace (<a href="https://bsky.app/profile/did:plc:q6gjnaw2blty4crticxkmujt">@ada.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:q6gjnaw2blty4crticxkmujt/post/3kq${i}">November 9, 2024 at 10:15 PM</a></blockquote></tweet-quote>`;
const mastodon = (i) => `<tweet-quote author="Harbour Office" date="2024-11-12"><blockquote class="mastodon-embed"><a href="https://social.example/@harbour/11300000000${i}"><div>Post by @harbour@social.example</div><div>View on Mastodon</div></a></blockquote><p>Post ${i}: high tide at 7:25, thanks @grace@other.example #lanterns</p></tweet-quote>`;
const shapes = [x, bluesky, mastodon];

export default async function ({ size, bundle, timeUpgrades, print }) {
  const entry = 'src/tweet-quote/tweet-quote-define.ts';
  const own = await size(entry);
  const element = await size(entry, { external: ['lit', 'lit/*', '@lit/*', '../core/*', '../themes/*'] });
  print('<tweet-quote> own code with the shared core (without Lit)', own, 'B', `goal < 3072 B: ${own < 3072 ? 'met' : 'not met'}`);
  print('<tweet-quote> own code without the shared core', element, 'B', `goal < 3072 B: ${element < 3072 ? 'met' : 'not met'}`);

  const script = await bundle(entry); // the element alone, Lit inlined
  const body = Array.from({ length: COUNT }, (_, i) => shapes[i % shapes.length](i)).join('');
  await writeFile(resolve(root, 'bench/.out/intl-only.js'), "document.body.append(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date()));\n");
  const [upgrade, floor, undated, intl] = await timeUpgrades([
    { body, script },
    // The floor on Lit: a bare LitElement rendering a card of the same shape from fixed values.
    { body, script: await bundle('bench/floor/lit-tweet-card.js') },
    // Context: the same posts without dates (no Intl at all), and a page that only formats one
    // date (the first Intl.DateTimeFormat of a page loads ICU data).
    { body: body.replace(/(<a href="[^"]+">)[^<]*(<\/a><\/blockquote>)/g, '$1$2').replace(/ date="[^"]*"/g, ''), script },
    { body: '<p>Intl only</p>', script: '/bench/.out/intl-only.js' },
  ]);
  print(`upgrade ${COUNT} posts (X, Bluesky, Mastodon): script`, upgrade.script, 'ms', `goal < 50 ms: ${upgrade.script < 50 ? 'met' : 'not met'}; rounds ${upgrade.spread} ms`);
  print(`upgrade ${COUNT} posts: total (script + style + layout)`, upgrade.total, 'ms');
  print(`upgrade ${COUNT} posts: style and layout forced by script (not script time)`, upgrade.forced, 'ms');
  print(`reference: a bare Lit element, the same card ${COUNT}×: script`, floor.script, 'ms', `no reading, linking or dates: the least a Lit card costs; rounds ${floor.spread} ms`);
  print(`upgrade ${COUNT} posts without dates (no Intl): script`, undated.script, 'ms', `reference; rounds ${undated.spread} ms`);
  print('reference: first Intl.DateTimeFormat in a page, alone: script', intl.script, 'ms', `reference; rounds ${intl.spread} ms`);
}
