import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/article-body/article-body-define.js';
import '../src/pull-quote/pull-quote-define.js';

interface Args {
  dropcap: boolean;
  'words-per-minute': number;
  theme: string;
  lang: string;
  dir: string;
}

type Layout = 'inset' | 'wide' | 'full' | 'left' | 'right';

const figure = (
  layout: Layout | '',
  src = '/samples/body-river.svg',
  text = { alt: 'Paper lanterns floating on a dark river at dusk', caption: `${layout ? `layout="${layout}": ` : ''}Lanterns drift past the old mill. Illustration: Article Elements.` },
) =>
  html`<figure layout=${layout || nothing}>
    <img src=${src} alt=${text.alt} width="1600" height="900" style="display: block; width: 100%; height: auto" />
    <figcaption>${text.caption}</figcaption>
  </figure>`;

const paragraphs = html`
  <p>
    The first lanterns went into the water a little after six, while the sky over the mill was still the colour of
    apricots. By seven the river was a slow procession of light, and the footbridge was so full that the stewards
    began sending people round by the <a href="#market">market square</a> instead.
  </p>
  <p>
    Organisers had printed eight thousand programmes. They ran out before the first boat passed the weir. “We
    counted more visitors on the first night than in all of last year,” said one volunteer, who had been folding
    paper shades since August.
  </p>`;

const more = html`
  <h2>A festival rebuilt by volunteers</h2>
  <p>
    The festival nearly ended five years ago, when the town’s arts budget was cut in half. A group of neighbours
    took it over, moved it from the harbour to the river, and asked every school in the valley to make one lantern
    per class. This year there were 214 of them.
  </p>
  <ul>
    <li>Lanterns are made of paper, bamboo and beeswax, and collected downstream at the weir.</li>
    <li>The route runs 1.2 km from the mill to the old stone bridge.</li>
    <li>Entry is free; the <a href="#boats">boat rides</a> cost €3.</li>
  </ul>
  <h3>What the river keeps</h3>
  <p>
    A small team in waders works the weir all night with long-handled nets. Nothing is left in the water by morning,
    they say, except the wax smell that hangs over the town until the first rain.
  </p>
  <blockquote>
    <p>Every year someone asks whether the lanterns reach the sea. We always say yes, a little of them does.</p>
  </blockquote>
  <h4>Times and places</h4>
  <table>
    <thead>
      <tr><th>Night</th><th>Launch</th><th>Visitors</th></tr>
    </thead>
    <tbody>
      <tr><td>Friday</td><td>18:10</td><td>12,400</td></tr>
      <tr><td>Saturday</td><td>18:05</td><td>15,900</td></tr>
    </tbody>
  </table>
  <hr />
  <p>
    The river authority’s water reading for the weekend was <code>2.31 m</code>, well inside the safe range for the
    boats.
  </p>`;

/**
 * The article's text, set in light DOM: it stays readable without JavaScript, indexable, selectable and
 * printable. Typography comes from the `--article-*` tokens; embedded children take their width from
 * their `layout` attribute, whatever element they are.
 */
const meta: Meta<Args> = {
  title: 'Elements/article-body',
  component: 'article-body',
  args: { dropcap: false, 'words-per-minute': 230, theme: '', lang: '', dir: '' },
  argTypes: {
    dropcap: { control: 'boolean', description: 'Drop cap on the first paragraph' },
    'words-per-minute': { control: 'number', description: 'Reading speed behind `readingTime`' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'newspaper', 'magazine'], description: 'On the wrapper (any ancestor)' },
    lang: { control: 'text' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => render(args, html`${paragraphs}${figure('wide')}${more}`),
};
export default meta;
type Story = StoryObj<Args>;

function render(args: Args, content: TemplateResult): TemplateResult {
  return html`<div theme=${args.theme || nothing} lang=${args.lang || nothing} dir=${args.dir || nothing} style="padding-block: 1.5rem">
    <article-body ?dropcap=${args.dropcap} words-per-minute=${args['words-per-minute']}>${content}</article-body>
  </div>`;
}

/** Change any attribute in the controls. */
export const Playground: Story = {};

/** `dropcap`: the first paragraph’s first letter set over three lines, in the accent colour. */
export const Dropcap: Story = { args: { dropcap: true } };

/** `layout="inset"`: a child set slightly narrower than the text column. */
export const LayoutInset: Story = { name: 'Layout: inset', render: (args) => render(args, html`${paragraphs}${figure('inset')}${paragraphs}`) };

/** `layout="wide"`: wider than the text, up to `--article-wide` (64rem), never wider than the page. */
export const LayoutWide: Story = { name: 'Layout: wide', render: (args) => render(args, html`${paragraphs}${figure('wide')}${paragraphs}`) };

/** `layout="full"`: edge to edge across the whole body. */
export const LayoutFull: Story = { name: 'Layout: full', render: (args) => render(args, html`${paragraphs}${figure('full')}${paragraphs}`) };

/** `layout="left"`: floated to the start of the line, the text wrapping beside it; in a narrow column it stops floating. */
export const LayoutLeft: Story = {
  name: 'Layout: left',
  render: (args) => render(args, html`${paragraphs}${figure('left', '/samples/body-lantern.svg')}${paragraphs}${paragraphs}`),
};

/** `layout="right"`: floated to the end of the line. A `<pull-quote>` takes the same layouts. */
export const LayoutRight: Story = {
  name: 'Layout: right',
  render: (args) =>
    render(
      args,
      html`${paragraphs}<pull-quote layout="right" by="A volunteer"><blockquote><p>We counted more visitors on the first night than in all of last year.</p></blockquote></pull-quote>${paragraphs}${paragraphs}`,
    ),
};

/** A long article: headings, lists, a quotation, a table, a rule and code, in one rhythm. */
export const LongText: Story = { name: 'Long text', render: (args) => render(args, html`${paragraphs}${more}${figure('wide')}${paragraphs}${more}`) };

/** Dark theme from `theme="dark"` on an ancestor. */
export const Dark: Story = { args: { theme: 'dark', dropcap: true } };

/** French text: the reading time counts words in the text’s language. The text sets its « guillemets » and colon with no-break spaces, as French typography does, so no line starts with one. */
export const French: Story = {
  args: { lang: 'fr' },
  render: (args) =>
    render(
      args,
      html`<p>Les premières lanternes ont été mises à l’eau peu après six heures, quand le ciel au-dessus du moulin avait encore la couleur des abricots. À sept heures, la rivière n’était plus qu’une lente procession de lumière.</p>
        <h2>Une fête reconstruite par des bénévoles</h2>
        <p>Les organisateurs avaient imprimé huit mille programmes : il n’en restait plus un seul avant le passage du premier bateau. « Nous n’avions jamais vu autant de monde », raconte une bénévole.</p>`,
    ),
};

/** Right-to-left: the column, list indents, quote rules and `left`/`right` layouts mirror. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { dir: 'rtl', lang: 'ar' },
  render: (args) =>
    render(
      args,
      html`<p>أُطلقت أولى الفوانيس في الماء بعد السادسة بقليل، وكانت السماء فوق الطاحونة لا تزال بلون المشمش. وعند السابعة صار النهر موكبًا بطيئًا من الضوء.</p>
        ${figure('left', '/samples/body-lantern.svg', { alt: 'فوانيس ورقية تطفو على نهر داكن عند الغسق', caption: 'فوانيس تنساب أمام الطاحونة القديمة. رسم توضيحي: Article Elements.' })}
        <p>طبع المنظمون ثمانية آلاف برنامج، ونفدت كلها قبل أن يمر القارب الأول عند السد. وقال أحد المتطوعين إن عدد الزوار في الليلة الأولى فاق عددهم في العام الماضي كله.</p>
        <ul><li>الفوانيس مصنوعة من الورق والخيزران وشمع العسل.</li><li>يمتد المسار من الطاحونة إلى الجسر الحجري القديم.</li></ul>
        <blockquote><p>كل عام يسأل أحدهم إن كانت الفوانيس تبلغ البحر.</p></blockquote>`,
    ),
};

/**
 * A host page with aggressive global CSS (`* { margin: 0; padding: 0 }`, `p { color: red; font: 30px serif }`,
 * `a { text-decoration: none; color: inherit }`, `img { width: 100% !important }`): the article keeps its
 * typography, because ours is important inside the `article-elements` cascade layer.
 */
export const HostileHostCss: Story = {
  name: 'Hostile host CSS',
  // In its own frame on the docs page, so the hostile rules stay out of the other stories.
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
  render: (args) => html`<style>
      * { margin: 0; padding: 0; }
      p { color: red; font: 30px serif; }
      a { text-decoration: none; color: inherit; }
      img { width: 100% !important; }
      button { all: unset; }
    </style>
    ${render(args, html`${paragraphs}${figure('wide')}${more}`)}`,
};
