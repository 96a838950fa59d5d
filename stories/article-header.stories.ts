import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/article-body/article-body-define.js';
import '../src/article-header/article-header-define.js';

interface Args {
  section: string;
  'section-href': string;
  url: string;
  for: string;
  headline: string;
  dek: string;
  bylines: string;
  published: string;
  updated: string;
  theme: string;
  lang: string;
  dir: string;
}

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

const bodyText = html`<p>
    The first lanterns went into the water a little after six, while the sky over the mill was still the colour of
    apricots. By seven the river was a slow procession of light, and the footbridge was so full that the stewards
    began sending people round by the market square instead.
  </p>
  <p>
    Organisers had printed eight thousand programmes. They ran out before the first boat passed the weir, and a
    volunteer was sent to the library to print more on the reading-room photocopier, one sheet at a time.
  </p>`;

/** The `<time>` element's own text: what readers see without JavaScript, or when `datetime` is not a date. */
const fallback = (value: string) => (Number.isNaN(Date.parse(value)) ? value : value.slice(0, 10));

/**
 * The top of an article: section label, headline, standfirst, "By A and B", dates (relative within a
 * day, absolute after) and the reading time of the `<article-body>` in the same `<article>`, then the
 * share actions (copy link; the native share sheet where the browser has one). No third-party requests.
 */
const meta: Meta<Args> = {
  title: 'Elements/article-header',
  component: 'article-header',
  args: {
    section: 'Culture',
    'section-href': '/culture',
    url: '',
    for: '',
    headline: 'Lantern festival draws record crowds to the river',
    dek: 'Organisers counted more visitors on the first night than in all of last year.',
    bylines: 'Ada Lovelace',
    published: '2026-11-09T18:30:00Z',
    updated: '',
    theme: '',
    lang: '',
    dir: '',
  },
  argTypes: {
    section: { control: 'text', description: 'The section label' },
    'section-href': { control: 'text', description: 'Makes the label a link (http(s) or relative only)' },
    url: { control: 'text', description: 'The URL to copy and share (else the canonical URL, else the page address)' },
    for: { control: 'text', description: 'The `id` of the `<article-body>` to time (else the one in the same `<article>`); the story gives the body this id' },
    headline: { control: 'text', description: 'The `<h1>` (light DOM)' },
    dek: { control: 'text', description: 'The standfirst, `<p slot="dek">` (light DOM)' },
    bylines: { control: 'text', description: 'Comma-separated authors, one `slot="byline"` link each' },
    published: { control: 'text', description: '`datetime` of `<time slot="published">`' },
    updated: { control: 'text', description: '`datetime` of `<time slot="updated">`' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'newspaper', 'magazine'], description: 'On the `<article>`' },
    lang: { control: 'text', description: 'On the `<article>`: dates, "By … and …" and the buttons follow it' },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => render(args),
};
export default meta;
type Story = StoryObj<Args>;

function render(args: Args, body: TemplateResult = bodyText): TemplateResult {
  const authors = args.bylines.split(',').map((name) => name.trim()).filter(Boolean);
  return html`<article theme=${args.theme || nothing} lang=${args.lang || nothing} dir=${args.dir || nothing} style="padding-block: 1.5rem">
    <article-header section=${args.section || nothing} section-href=${args['section-href'] || nothing} url=${args.url || nothing} for=${args.for || nothing}>
      <h1>${args.headline}</h1>
      ${args.dek ? html`<p slot="dek">${args.dek}</p>` : nothing}
      ${authors.map((name) => html`<a slot="byline" href="/authors/${name.toLowerCase().replace(/\W+/g, '-')}">${name}</a>`)}
      ${args.published ? html`<time slot="published" datetime=${args.published}>${fallback(args.published)}</time>` : nothing}
      ${args.updated ? html`<time slot="updated" datetime=${args.updated}>${fallback(args.updated)}</time>` : nothing}
    </article-header>
    <article-body id=${args.for || nothing}>${body}</article-body>
  </article>`;
}

/** Change any attribute or content in the controls. */
export const Playground: Story = {};

/** Published three hours ago: shown as relative time, refreshed every minute; the full date is in the tooltip. */
export const RelativeDate: Story = { name: 'Date: relative', render: (args) => render({ ...args, published: ago(3) }) };

/** Published more than a day ago: shown as an absolute date in the page language. */
export const AbsoluteDate: Story = { name: 'Date: absolute', args: { published: '2026-11-09T18:30:00Z' } };

/** An update 40 minutes ago after publication yesterday: "Updated 40 minutes ago" after the date. */
export const Updated: Story = { name: 'Date: updated', render: (args) => render({ ...args, published: ago(30), updated: ago(40 / 60) }) };

/** Several authors, joined with `Intl.ListFormat` in the page language: "By A, B and C". */
export const SeveralBylines: Story = { name: 'Several bylines', args: { bylines: 'Ada Lovelace, Grace Hopper, Mary Somerville' } };

/** No `section` attribute: no label row at all. */
export const NoSection: Story = { name: 'No section', args: { section: '', 'section-href': '' } };

/** `lang="fr"` on the article: "Par A et B", French dates and buttons. */
export const French: Story = {
  args: {
    lang: 'fr',
    section: 'Culture',
    headline: 'La fête des lanternes attire une foule record au bord de la rivière',
    dek: 'Les organisateurs ont compté plus de visiteurs le premier soir que pendant toute l’année dernière.',
    bylines: 'Ada Lovelace, Grace Hopper',
  },
};

/** Right to left, in Arabic: the rows, the separators and the share row mirror. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: {
    dir: 'rtl',
    lang: 'ar',
    section: 'ثقافة',
    headline: 'مهرجان الفوانيس يجذب حشودًا قياسية إلى النهر',
    dek: 'أحصى المنظمون في الليلة الأولى زوارًا أكثر مما أحصوه في العام الماضي كله.',
    bylines: 'آدا لوفليس, غريس هوبر',
  },
  render: (args) => render(args, html`<p>أُطلقت أولى الفوانيس في الماء بعد السادسة بقليل، وكانت السماء فوق الطاحونة لا تزال بلون المشمش.</p>`),
};

/** Dark theme from `theme="dark"` on the article. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A long headline and standfirst wrap with balanced lines; check it at phone width. */
export const LongText: Story = {
  name: 'Long text',
  args: {
    headline: 'After five years, two floods and one very long council meeting, the lantern festival returns to the river it was named for',
    dek: 'Organisers counted more visitors on the first night than in all of last year, printed eight thousand programmes, ran out before the first boat passed the weir, and still found time to fold another hundred paper shades.',
    bylines: 'Ada Lovelace, Grace Hopper, Mary Somerville, Katherine Johnson',
  },
};

/**
 * Bad input, calmly: a `datetime` that is not a date shows the author’s own text (and fires `header-error`),
 * and a `javascript:` section link is not rendered as a link.
 */
export const BadInput: Story = {
  name: 'Bad input',
  args: { 'section-href': 'javascript:alert(1)', published: 'last Tuesday', bylines: '' },
};
