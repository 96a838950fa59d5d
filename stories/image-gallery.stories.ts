import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/image-gallery/image-gallery-define.js';

interface Args {
  label: string;
  layout: string;
  index: number;
  id: string;
  theme: string;
  lang: string;
  dir: string;
}

const PHOTOS: [string, number, number, string][] = [
  ['/samples/photo-lanterns.svg', 1200, 800, 'Paper lanterns over the river at dusk'],
  ['/samples/gallery-tower.svg', 600, 900, 'The bell tower lit from inside'],
  ['/samples/photo-choir.svg', 1600, 900, 'The choir on the steps of the hall'],
  ['/samples/gallery-market.svg', 900, 900, 'Fruit stalls at the morning market'],
  ['/samples/gallery-field.svg', 1600, 600, 'Hills above the town at sunset'],
  ['/samples/photo-bridge.svg', 800, 1000, 'The old bridge, seen from the bank'],
  ['/samples/photo-kiln.svg', 1000, 1000, 'The potters’ kiln, still warm'],
  ['/samples/gallery-harbour.svg', 1200, 800, 'Sailing boats leaving the harbour'],
];

/** The same five photos described in Arabic, for the right-to-left story. */
const ARABIC = ['فوانيس ورقية فوق النهر عند الغسق', 'برج الجرس مضاءً من الداخل', 'الجوقة على درج القاعة', 'أكشاك الفاكهة في سوق الصباح', 'التلال فوق البلدة عند الغروب'];

const figures = (arabic = false) =>
  PHOTOS.slice(0, 5).map(
    ([src, w, h, english], i) => {
      const alt = arabic ? ARABIC[i] : english;
      return html`<image-figure credit=${arabic ? 'تصوير: لين آشبي' : i % 2 ? 'Photo: Lin Ashby' : 'Image via the Millbrook Town Archive'} credit-href=${i % 2 ? nothing : 'https://archive.example/photos'}>
        <img src=${src} alt=${alt} width=${w} height=${h} loading="lazy" />
        <figcaption>${alt}.</figcaption>
      </image-figure>`;
    },
  );

const plain = (count = PHOTOS.length) =>
  Array.from({ length: count }, (_, i) => {
    const [src, w, h, alt] = PHOTOS[i % PHOTOS.length];
    return html`<img src=${src} alt=${alt} width=${w} height=${h} loading="lazy" />`;
  });

/**
 * Several photos as a swipeable carousel (native scroll snapping), a grid or a justified mosaic,
 * with a lightbox. The photos stay in light DOM, so without JavaScript they show one after another.
 */
const meta: Meta<Args> = {
  title: 'Elements/image-gallery',
  component: 'image-gallery',
  args: { label: 'Festival night', layout: 'carousel', index: 0, id: '', theme: '', lang: '', dir: '' },
  argTypes: {
    label: { control: 'text', description: 'Accessible name of the gallery (default "Image gallery")' },
    layout: { control: 'inline-radio', options: ['carousel', 'grid', 'mosaic'] },
    index: { control: 'number', description: 'The current image, from 0 (clamps)' },
    id: { control: 'text', description: 'With an id, the open lightbox is deep-linked as `#ID/N`' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'text' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  render: (args, content?: unknown) => html`<div style="max-width: 760px; margin: auto" dir=${args.dir || nothing} lang=${args.lang || nothing}>
    <image-gallery label=${args.label || nothing} layout=${args.layout || nothing} index=${args.index} id=${args.id || nothing} theme=${args.theme || nothing}>
      ${Array.isArray(content) ? content : figures()}
    </image-gallery>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const withContent = (content: () => TemplateResult[]): Story['render'] => (args) => meta.render!(args, content() as never);

/** Change any attribute in the controls. */
export const Playground: Story = {};

/** The default: one photo at a time on native scroll snapping, previous/next, a "2 / 5" counter and dots. Swipe, use the arrows, or the keyboard. */
export const Carousel: Story = {
  parameters: { docs: { description: { story: 'The default layout: one photo at a time on native CSS scroll snapping, so touch swipe and trackpads just work. Previous/next buttons, Left/Right/Home/End keys, dots and a "2 / 5" counter move it; a polite live region announces each change. Every photo keeps its aspect ratio inside one box, so moving never changes the height.' } } },
};

/** A grid of equal columns; each photo keeps its own aspect ratio. */
export const Grid: Story = {
  args: { layout: 'grid' },
  render: withContent(() => plain()),
  parameters: { docs: { description: { story: 'Equal columns (at least `--image-gallery-min-width` wide); every photo keeps its aspect ratio, nothing is cropped. Activating a photo opens the lightbox with all of them.' } } },
};

/** Justified rows: photos grow by their aspect ratio, so a row shares one height; nothing is cropped. */
export const Mosaic: Story = {
  args: { layout: 'mosaic' },
  render: withContent(() => plain()),
  parameters: { docs: { description: { story: 'Justified rows around `--image-gallery-row-height`: each photo grows in proportion to its aspect ratio, so every row shares one height and fills the width, and nothing is cropped. The last row keeps the target height.' } } },
};

/** `<image-figure>` children bring their captions and credits, into the lightbox too. */
export const CaptionsAndCredits: Story = {
  name: 'Captions and credits',
  args: { id: 'festival' },
  parameters: { docs: { description: { story: 'Children are `<image-figure>`s with a `<figcaption>` and a `credit` (a link when `credit-href` is http(s)); the lightbox shows both. A plain `<img>` gets its `data-caption`, else its `alt`, as a caption over the photo. With an `id` ("festival" here), the open lightbox is written to the URL as `#festival/2`.' } } },
};

/** Right-to-left: the arrows and the buttons follow reading direction. */
export const RightToLeft: Story = {
  name: 'RTL',
  args: { dir: 'rtl', lang: 'ar', label: 'ليلة المهرجان' },
  render: withContent(() => figures(true)),
  parameters: { docs: { description: { story: 'In right-to-left text the track scrolls leftwards, "previous" sits on the right, and the Left arrow key moves to the next photo, following reading direction.' } } },
};

/** The dark theme, with the `theme` attribute. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #121212; padding: 1rem">${meta.render!(args, {} as never)}</div>`,
  parameters: { docs: { description: { story: 'The dark theme through `theme="dark"` (on the element or any ancestor): a gallery with a theme of its own paints the theme’s background, so its controls keep their contrast on any page.' } } },
};

/** One photo: no movement, the counter reads "1 / 1". */
export const OneImage: Story = {
  name: 'One image',
  render: withContent(() => plain(1)),
  parameters: { docs: { description: { story: 'A single photo gets its box and the lightbox, without previous, next, dots or counter: there is nowhere to go.' } } },
};

/** Twenty photos: only the current one and its neighbours load; dots give way to the counter. */
export const TwentyImages: Story = {
  name: 'Twenty images',
  args: { index: 9 },
  render: withContent(() => plain(20)),
  parameters: { docs: { description: { story: 'Twenty photos: only the current image and its neighbours load eagerly, the rest lazily as the reader moves. Above ten photos the dots give way to the counter alone.' } } },
};

/** A photo that fails to load keeps its slot and shows its alt text. */
export const BrokenImage: Story = {
  name: 'Broken image',
  args: { layout: 'grid' },
  render: withContent(() => [
    ...plain(2),
    html`<img src="/samples/missing-photo.jpg" alt="The fireworks over the bay (this file is missing)" width="1200" height="800" />`,
    ...plain(1),
  ]),
  parameters: { docs: { description: { story: 'A missing file keeps its slot (its box comes from `width`/`height`) and the browser shows its alt text; nothing around it moves.' } } },
};

/** The strings follow the nearest `lang`: French here. */
export const French: Story = {
  args: { lang: 'fr', label: 'Nuit du festival' },
  parameters: { docs: { description: { story: 'Button names ("Image précédente", "Image suivante"), slide labels ("2 sur 5") and the lightbox follow the nearest `lang`; each string can be overridden with an `i18n-<key>` attribute.' } } },
};
