import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/article-body/article-body-define.js';
import '../src/image-figure/image-figure-define.js';

interface Args {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
  'credit-href': string;
  layout: string;
  zoomable: boolean;
  theme: string;
  lang: string;
  dir: string;
}

/**
 * A photo with its caption and credit. The `<img>` and `<figcaption>` are the author's own light
 * DOM, so the page reads the same without JavaScript; the box keeps the image's ratio from its
 * `width`/`height` before it loads, so nothing shifts.
 */
const meta: Meta<Args> = {
  title: 'Elements/image-figure',
  component: 'image-figure',
  args: {
    src: '/samples/photo-lanterns.svg',
    alt: 'Paper lanterns glowing over a river at dusk',
    width: 1200,
    height: 800,
    caption: 'Lanterns on the first night of the river festival.',
    credit: 'Photo: Ada Lovelace',
    'credit-href': 'https://example.org/ada-lovel',
    layout: '',
    zoomable: false,
    theme: '',
    lang: '',
    dir: '',
  },
  argTypes: {
    src: { control: 'text', description: 'The `<img>` src (light DOM)' },
    alt: { control: 'text', description: 'The `<img>` alt text' },
    width: { control: 'number', description: 'The `<img>` width attribute (reserves the ratio)' },
    height: { control: 'number', description: 'The `<img>` height attribute (reserves the ratio)' },
    caption: { control: 'text', description: 'The `<figcaption>` text (light DOM)' },
    credit: { control: 'text', description: 'Who to credit' },
    'credit-href': { control: 'text', description: 'Credit link; only http(s) makes a link' },
    layout: { control: 'inline-radio', options: ['', 'inset', 'wide', 'full', 'left', 'right'], description: 'How it sits in `<article-body>`' },
    zoomable: { control: 'boolean', description: 'Activating the image opens the lightbox' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'text' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  render: (args) => html`<div style="max-width: 720px">
    <image-figure
      credit=${args.credit || nothing}
      credit-href=${args['credit-href'] || nothing}
      layout=${args.layout || nothing}
      ?zoomable=${args.zoomable}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
      dir=${args.dir || nothing}
    >
      <img src=${args.src} alt=${args.alt} width=${args.width || nothing} height=${args.height || nothing} />
      ${args.caption ? html`<figcaption>${args.caption}</figcaption>` : nothing}
    </image-figure>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const words = `The boats set out at the turn of the tide, each carrying a single lantern, and the river
  carried them past the old warehouses towards the bridge, where the crowd had gathered to count them.`;

/** Change any attribute in the controls. */
export const Playground: Story = {};

/** The common case: a caption from the `<figcaption>` and a credit that links to its source. */
export const CaptionAndCredit: Story = {
  name: 'Caption and credit',
  parameters: {
    docs: {
      description: {
        story:
          'The caption is the author’s own `<figcaption>`; the credit comes from the `credit` attribute and becomes a link only when `credit-href` is an http(s) URL. A `javascript:` or other URL leaves the credit as plain text.',
      },
    },
  },
};

/** A portrait photo with a credit and no caption, and a square one with a plain-text credit. */
export const Shapes: Story = {
  name: 'Portrait and square',
  render: () => html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; max-width: 720px; align-items: start">
    <image-figure credit="Photo: Samir Haddad">
      <img src="/samples/photo-bridge.svg" alt="A stone bridge of three arches over a calm river" width="800" height="1000" />
    </image-figure>
    <image-figure credit="Kiln cooperative archive" credit-href="javascript:alert(1)">
      <img src="/samples/photo-kiln.svg" alt="A brick kiln glowing with fire at night" width="1000" height="1000" />
      <figcaption>The kiln at full heat; its credit link was unsafe, so it is plain text.</figcaption>
    </image-figure>
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Every box keeps the ratio of its image’s `width` and `height` attributes, whatever the shape, before and after the image arrives.',
      },
    },
  },
};

/** Each layout inside `<article-body>`, which positions figures by their `layout` attribute. */
export const Layouts: Story = {
  render: () => html`<article-body>
    <p>${words}</p>
    <image-figure layout="inset" credit="Photo: Ada Lovelace">
      <img src="/samples/photo-lanterns.svg" alt="Paper lanterns glowing over a river at dusk" width="1200" height="800" />
      <figcaption><code>layout="inset"</code>: narrower than the text.</figcaption>
    </image-figure>
    <p>${words}</p>
    <image-figure layout="wide" credit="Photo: Ada Lovelace">
      <img src="/samples/photo-choir.svg" alt="A choir in red robes singing under a spotlight" width="1600" height="900" />
      <figcaption><code>layout="wide"</code>: wider than the text.</figcaption>
    </image-figure>
    <p>${words}</p>
    <image-figure layout="full" credit="Photo: Ada Lovelace">
      <img src="/samples/photo-market.svg" alt="Market stalls with striped awnings and piles of fruit" width="1200" height="600" />
      <figcaption><code>layout="full"</code>: the full width of the article.</figcaption>
    </image-figure>
    <image-figure layout="left" credit="Photo: Samir Haddad">
      <img src="/samples/photo-bridge.svg" alt="A stone bridge of three arches over a calm river" width="800" height="1000" />
      <figcaption><code>layout="left"</code>: floated.</figcaption>
    </image-figure>
    <p>${words} ${words}</p>
    <image-figure layout="right" credit="Photo: Samir Haddad">
      <img src="/samples/photo-kiln.svg" alt="A brick kiln glowing with fire at night" width="1000" height="1000" />
      <figcaption><code>layout="right"</code>: floated the other way.</figcaption>
    </image-figure>
    <p>${words} ${words}</p>
  </article-body>`,
  parameters: {
    docs: {
      description: {
        story:
          '`layout="inset|wide|full|left|right"` is reflected on the element; `<article-body>` sets its width and float from it. Left and right figures stop floating in a narrow column.',
      },
    },
  },
};

/** `zoomable`: activating the image opens it large. */
export const Zoomable: Story = {
  args: { zoomable: true },
  render: (args) => html`<div style="max-width: 720px">
    <image-figure zoomable credit=${args.credit} credit-href=${args['credit-href']} dir=${args.dir || nothing} lang=${args.lang || nothing} theme=${args.theme || nothing}>
      <img src="/samples/photo-lanterns.svg" data-full-src="/samples/photo-lanterns.svg" alt=${args.alt} width="1200" height="800" />
      <figcaption>${args.caption}</figcaption>
    </image-figure>
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'With `zoomable`, the image is a button named “Open image: <alt>”. Click, Enter or Space opens the lightbox: a modal dialog with the large image (`data-full-src` when given), its caption and credit. Escape or Close returns focus to the image; double-click or double-tap zooms, dragging pans, pinching zooms on touch screens, and from the keyboard the Zoom button, + and - zoom while the arrow keys pan.',
      },
    },
  },
};

/** Presses the button `part` in the story's figure, once it has rendered, as a reader would. */
async function pressFigureButton(canvas: HTMLElement, part: string): Promise<void> {
  const figure = canvas.querySelector('image-figure')!;
  await figure.updateComplete;
  figure.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();
}

/** The lightbox opened, for review (and screenshots). */
export const ZoomableOpen: Story = {
  name: 'Zoomable (lightbox open)',
  args: { zoomable: true },
  render: (args) => Zoomable.render!(args, {} as never),
  play: ({ canvasElement }) => pressFigureButton(canvasElement, 'zoom-button'),
  parameters: {
    docs: {
      story: { inline: false, iframeHeight: 600 },
      description: { story: 'The lightbox as a reader sees it after activating the image.' },
    },
  },
};

/** The lightbox opened and zoomed in with its Zoom button, for review. */
export const ZoomedIn: Story = {
  ...ZoomableOpen,
  name: 'Zoomable (zoomed in)',
  play: async (context) => {
    await ZoomableOpen.play!(context);
    await pressFigureButton(context.canvasElement, 'lightbox-zoom');
  },
  parameters: {
    docs: {
      story: { inline: false, iframeHeight: 600 },
      description: { story: 'Zoomed in (2.5×) with the Zoom button, which reads as pressed. Drag, or the arrow keys, pan; the buttons stay on dark chips over the photo.' },
    },
  },
};

/** A missing image keeps its box and shows its alt text, caption and credit. */
export const BrokenImage: Story = {
  name: 'Broken image',
  args: { src: '/samples/photo-does-not-exist.svg', zoomable: true },
  parameters: {
    docs: {
      description: {
        story:
          'When the image fails to load, the box keeps its ratio and shows the alt text in its place, with the caption and credit below; the element fires `image-error` and warns once. No zoom button is offered for a broken image.',
      },
    },
  },
};

/** Dark theme, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', zoomable: true },
  render: (args) => html`<div theme="dark" style="background: #1f1e1d; padding: 1.5rem">${meta.render!(args, {} as never)}</div>`,
  parameters: {
    docs: { description: { story: 'The caption and credit follow the shared dark tokens; the lightbox is always dark.' } },
  },
};

/** Right-to-left text, in Arabic. */
export const RightToLeft: Story = {
  name: 'RTL',
  args: {
    dir: 'rtl',
    lang: 'ar',
    zoomable: true,
    alt: 'فوانيس ورقية فوق نهر عند الغسق',
    caption: 'فوانيس في الليلة الأولى من مهرجان النهر.',
    credit: 'تصوير: آدا لوفل',
  },
  parameters: {
    docs: {
      description: {
        story:
          'In right-to-left text the credit follows the caption from the right, the zoom icon sits at the inline end, and in the lightbox the arrows and buttons follow reading direction.',
      },
    },
  },
};

/** UI strings follow the nearest `lang`: French here. */
export const French: Story = {
  args: { lang: 'fr', zoomable: true, alt: 'Lanternes en papier au-dessus d’une rivière au crépuscule', caption: 'Les lanternes, le premier soir du festival.' },
  parameters: { docs: { description: { story: 'The zoom button is named “Ouvrir l’image : …” and the lightbox controls are in French.' } } },
};
