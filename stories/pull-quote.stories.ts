import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/article-body/article-body-define.js';
import '../src/pull-quote/pull-quote-define.js';

interface Args {
  by: string;
  'by-title': string;
  cite: string;
  layout: string;
  quote: string;
  theme: string;
  lang: string;
  dir: string;
}

const text = html`<p>
    The first lanterns went into the water a little after six, while the sky over the mill was still the colour of
    apricots. By seven the river was a slow procession of light, and the footbridge was so full that the stewards
    began sending people round by the market square instead.
  </p>
  <p>
    Organisers had printed eight thousand programmes. They ran out before the first boat passed the weir, and a
    volunteer was sent to the library to print more on the reading-room photocopier, one sheet at a time.
  </p>`;

/**
 * A quotation lifted out of the article and set large, with its attribution. The author’s `<blockquote>`
 * stays in light DOM; the quotation marks follow its language (“ ” English, « » French, „ “ German…).
 * Shown here inside an `<article-body>`, which places it by its `layout`.
 */
const meta: Meta<Args> = {
  title: 'Elements/pull-quote',
  component: 'pull-quote',
  args: {
    by: 'Ada Lovelace',
    'by-title': 'Festival organiser',
    cite: 'https://example.org/interview',
    layout: 'inset',
    quote: 'We have never seen the river so bright.',
    theme: '',
    lang: '',
    dir: '',
  },
  argTypes: {
    by: { control: 'text', description: 'Who said it' },
    'by-title': { control: 'text', description: 'Their role or title' },
    cite: { control: 'text', description: 'The source URL (linked only when http(s)); also set as the blockquote’s `cite`' },
    layout: { control: 'inline-radio', options: ['inset', 'wide', 'left', 'right'] },
    quote: { control: 'text', description: 'The quotation (light DOM `<blockquote><p>`)' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'newspaper', 'magazine'], description: 'On the wrapper' },
    lang: { control: 'text', description: 'On the wrapper: quotation marks and the source link’s name follow it' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => render(args),
};
export default meta;
type Story = StoryObj<Args>;

function render(args: Args, before: TemplateResult = text, after: TemplateResult = text): TemplateResult {
  return html`<div theme=${args.theme || nothing} lang=${args.lang || nothing} dir=${args.dir || nothing} style="padding-block: 1.5rem">
    <article-body>
      ${before}
      <pull-quote by=${args.by || nothing} by-title=${args['by-title'] || nothing} cite=${args.cite || nothing} layout=${args.layout || nothing}>
        <blockquote><p>${args.quote}</p></blockquote>
      </pull-quote>
      ${after}
    </article-body>
  </div>`;
}

/** Change any attribute in the controls. */
export const Playground: Story = {};

/** `layout="inset"` (the default): in the text column, with a rule on the starting side. */
export const Inset: Story = { name: 'Layout: inset' };

/** `layout="wide"`: larger, centred between two rules, wider than the text. */
export const Wide: Story = { name: 'Layout: wide', args: { layout: 'wide' } };

/** `layout="left"`: floated beside the text, which wraps around it; on phones it stops floating. */
export const Left: Story = { name: 'Layout: left', args: { layout: 'left' }, render: (args) => render(args, text, html`${text}${text}`) };

/** `layout="right"`: floated to the end of the line. */
export const Right: Story = { name: 'Layout: right', args: { layout: 'right' }, render: (args) => render(args, text, html`${text}${text}`) };

/** French: « guillemets » set off with narrow no-break spaces, and the source link in French. */
export const French: Story = {
  args: { lang: 'fr', quote: 'Nous n’avons jamais vu la rivière aussi lumineuse.', 'by-title': 'Organisatrice du festival' },
};

/** German: „low-high“ quotation marks. Other languages use a small built-in table, English marks otherwise. */
export const German: Story = {
  args: { lang: 'de', quote: 'Wir haben den Fluss noch nie so hell gesehen.', 'by-title': 'Organisatorin des Festivals' },
};

/** Right to left, in Arabic: the rule moves to the right, and `left`/`right` layouts mirror. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { dir: 'rtl', lang: 'ar', by: 'آدا لوفليس', 'by-title': 'منظمة المهرجان', quote: 'لم نرَ النهر مضيئًا هكذا من قبل.' },
  render: (args) => render(args, html`<p>أُطلقت أولى الفوانيس في الماء بعد السادسة بقليل، وكانت السماء فوق الطاحونة لا تزال بلون المشمش. وعند السابعة صار النهر موكبًا بطيئًا من الضوء.</p>`, html``),
};

/** Dark theme from `theme="dark"` on an ancestor. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A long quotation of several paragraphs: one opening mark before the first, one closing mark after the last. */
export const LongQuote: Story = {
  name: 'Long quotation',
  render: (args) =>
    html`<div theme=${args.theme || nothing} style="padding-block: 1.5rem"><article-body>
      ${text}
      <pull-quote by=${args.by} by-title=${args['by-title']}>
        <blockquote>
          <p>Every year someone asks whether the lanterns reach the sea, and every year we say yes, a little of them does.</p>
          <p>The wax, the light, the idea of it. The paper we fish out at the weir.</p>
        </blockquote>
      </pull-quote>
      ${text}
    </article-body></div>`,
};

/** No attribution at all: just the quotation and its rule, no caption. */
export const NoAttribution: Story = { name: 'No attribution', args: { by: '', 'by-title': '', cite: '' } };

/** A `javascript:` source is never linked (one console warning); the attribution still shows. */
export const BadInput: Story = { name: 'Bad input', args: { cite: 'javascript:alert(1)' } };
