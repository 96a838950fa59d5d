import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/related-articles/related-articles-define.js';

interface Args {
  heading: string;
  'heading-level': number;
  layout: 'list' | 'grid' | 'rail';
  src: string;
  limit: number;
  theme: string;
  lang: string;
  dir: string;
}

interface Item {
  slug: string;
  section: string;
  title: string;
  date: string;
  image: string;
}

const ITEMS: Item[] = [
  { slug: 'kiln', section: 'Crafts', title: 'A potter fires the town’s oldest kiln one last time', date: '2026-11-08T09:15:00Z', image: 'kiln' },
  { slug: 'choir', section: 'Music', title: 'The night-shift choir that sings at dawn', date: '2026-11-07T06:00:00Z', image: 'choir' },
  { slug: 'bridge', section: 'Art', title: 'Painting the old bridge, one plank at a time', date: '2026-11-06T14:30:00Z', image: 'bridge' },
  { slug: 'market', section: 'Food', title: 'Inside the winter market’s busiest stall', date: '2026-11-05T11:00:00Z', image: 'market' },
];

const MORE: Item[] = [
  ...ITEMS,
  { slug: 'river', section: 'Festivals', title: 'How the river lanterns are made, start to finish', date: '2026-11-04T18:45:00Z', image: 'river' },
  { slug: 'ferry', section: 'Travel', title: 'The last wooden ferry still crossing at night', date: '2026-11-03T08:00:00Z', image: 'bridge' },
  { slug: 'bakery', section: 'Food', title: 'A bakery that opens at four for the fishing boats', date: '2026-11-02T04:00:00Z', image: 'market' },
  { slug: 'archive', section: 'Heritage', title: 'Reading a century of festival posters in the town archive', date: '2026-11-01T10:00:00Z', image: 'kiln' },
];

const list = (items: Item[]) => html`<ul>
  ${items.map(
    (item) => html`<li data-section=${item.section}>
      <a href="https://news.example/culture/${item.slug}"><img src="/samples/teaser-${item.image}.svg" alt="" />${item.title}</a>
      <time datetime=${item.date}>${item.date.slice(0, 10)}</time>
    </li>`,
  )}
</ul>`;

const story = (text: string) => ({ docs: { description: { story: text } } });

/**
 * A titled list of story teasers (image, section, title, date). The page's own `<ul>` of links is
 * the content, readable without JavaScript; `src` fills it from a JSON Feed instead.
 */
const meta: Meta<Args> = {
  title: 'Elements/related-articles',
  component: 'related-articles',
  args: { heading: 'Latest in Culture', 'heading-level': 2, layout: 'list', src: '', limit: 0, theme: '', lang: '', dir: '' },
  argTypes: {
    heading: { control: 'text', description: 'The heading (else a heading inside)' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: 'The heading’s level, 1–6' },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'rail'], description: 'List rows, a grid of cards, or one scrolling row' },
    src: { control: 'text', description: 'A JSON Feed 1.1 URL to fill the list from' },
    limit: { control: { type: 'number', min: 0 }, description: 'The most teasers shown from the feed (0: all)' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'newspaper', 'magazine'] },
    lang: { control: 'text' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  render: (args, context) => html`<div
    style="max-width: 1040px; padding: ${args.theme ? '1rem' : '0'}"
    theme=${args.theme || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
  >
    <related-articles
      heading=${args.heading || nothing}
      heading-level=${args['heading-level'] === 2 ? nothing : args['heading-level']}
      layout=${args.layout}
      src=${args.src || nothing}
      limit=${args.limit || nothing}
    >
      ${list(context.name === 'Many items' ? MORE : ITEMS.slice(0, 3))}
    </related-articles>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  parameters: story('Change any attribute in the controls. The list inside is plain HTML that readers without JavaScript see as links.'),
};

export const List: Story = {
  args: { layout: 'list' },
  parameters: story('The default layout: one teaser per row, a thumbnail beside the section, title and date, with a hairline between rows. Suits a sidebar or the end of an article.'),
};

export const Grid: Story = {
  args: { layout: 'grid' },
  parameters: story('`layout="grid"`: cards with the image on top, as many columns as fit (each at least `--related-articles-card-width`, 14rem by default); one column on a phone.'),
};

export const Rail: Story = {
  args: { layout: 'rail' },
  parameters: story('`layout="rail"`: one horizontal row that scrolls and snaps card by card. The row is a focusable region named by the heading: arrow keys scroll it, Home and End jump to either end, and Tab still reaches every link.'),
};

export const FromFeed: Story = {
  name: 'From a feed',
  args: { src: '/samples/feed.json', layout: 'grid', limit: 4 },
  parameters: story('`src` points to a JSON Feed 1.1 document; its first `limit` items (title, url, image or banner_image, date_published, the first tag as the section) replace the page’s list once the feed has loaded. Relative URLs resolve against the feed’s own URL, and only http(s) links and images are shown.'),
};

export const FailedFeed: Story = {
  name: 'Failed feed keeps items',
  args: { src: '/samples/no-such-feed.json' },
  parameters: story('The feed is missing (404). The page’s own items stay exactly as they were, the element fires `related-error` with the reason and the URL, and warns once in the console: readers never see a broken state.'),
};

export const French: Story = {
  args: { lang: 'fr', heading: 'À lire aussi' },
  parameters: story('Dates are formatted with `Intl` in the nearest `lang`: French here (“8 nov. 2026”).'),
};

export const RTL: Story = {
  args: { dir: 'rtl', lang: 'ar', layout: 'rail', heading: 'الأحدث في الثقافة' },
  parameters: story('In a right-to-left page the layouts mirror: thumbnails on the right, the rail starting on the right and scrolling left; the arrow keys follow what the reader sees.'),
};

export const Dark: Story = {
  args: { theme: 'dark', layout: 'grid' },
  parameters: story('`theme="dark"` on any ancestor (here the story’s wrapper) switches the shared tokens to their dark values.'),
};

export const ManyItems: Story = {
  name: 'Many items',
  args: { layout: 'rail', heading: 'More from the festival' },
  parameters: story('Eight teasers in a rail: the row scrolls, and each card snaps to the start. Switch the layout to see the same eight as a grid or a list.'),
};
