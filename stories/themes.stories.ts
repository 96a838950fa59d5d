import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/related-articles/related-articles-define.js';
import '../src/video-embed/video-embed-define.js';
import { documentStyles as themes } from '../src/themes/themes.styles.js';

// The stories below set `theme` on a plain <div>; the elements adopt the presets on connect, but
// adopting here too keeps the wrapper's background right even before any element upgrades.
document.adoptedStyleSheets = [...document.adoptedStyleSheets, themes.styleSheet!];

interface Args {
  theme: string;
}

const story = (text: string) => ({ docs: { description: { story: text } } });

/**
 * The same sample under each theme: a plain paragraph, a <video-embed> and a <related-articles>.
 * `theme` on any ancestor takes a scheme (`light`, `dark`) and/or a preset (`newspaper`,
 * `magazine`); every token is listed on the Themes docs page and in the README.
 */
const meta: Meta<Args> = {
  title: 'Themes/Presets',
  args: { theme: 'light' },
  argTypes: {
    theme: {
      control: 'select',
      options: ['light', 'dark', 'newspaper', 'magazine', 'newspaper dark', 'magazine dark'],
      description: 'Space-separated: a scheme and/or a preset, on any ancestor',
    },
  },
  render: ({ theme }) => html`<div theme=${theme} style="padding: 1.5rem; max-width: 860px">
    <h2 style="font: 700 1.75rem/1.2 var(--article-font-heading, system-ui, sans-serif); margin: 0 0 0.5rem">
      Lantern festival draws record crowds
    </h2>
    <p style="font: 1.125rem/1.6 var(--article-font-body, Georgia, serif); margin: 0 0 1.25rem; max-width: 62ch">
      Organisers counted more visitors on the first night than in all of last year. Boats carried
      paper lanterns down the river until long after midnight, and the bridges stayed full.
    </p>
    <video-embed poster="/samples/poster-river.svg" style="max-width: 560px; margin-block-end: 1.5rem">
      <a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Lantern boats on the river</a>
    </video-embed>
    <related-articles heading="Latest in Culture" layout="grid">
      <ul>
        <li data-section="Crafts">
          <a href="https://news.example/culture/kiln"><img src="/samples/teaser-kiln.svg" alt="" />A potter fires the town’s oldest kiln one last time</a>
          <time datetime="2026-11-08T09:15:00Z">8 November 2026</time>
        </li>
        <li data-section="Music">
          <a href="https://news.example/culture/choir"><img src="/samples/teaser-choir.svg" alt="" />The night-shift choir that sings at dawn</a>
          <time datetime="2026-11-07T06:00:00Z">7 November 2026</time>
        </li>
        <li data-section="Art">
          <a href="https://news.example/culture/bridge"><img src="/samples/teaser-bridge.svg" alt="" />Painting the old bridge, one plank at a time</a>
          <time datetime="2026-11-06T14:30:00Z">6 November 2026</time>
        </li>
      </ul>
    </related-articles>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Light: Story = {
  args: { theme: 'light' },
  parameters: story('The default tokens, forced light with `theme="light"` (without it, a page that declares `color-scheme: light dark` follows the reader’s preference).'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: story('`theme="dark"`: the same tokens’ dark values. The themed container paints `--article-color-background` behind the text.'),
};

export const Newspaper: Story = {
  args: { theme: 'newspaper' },
  parameters: story('`theme="newspaper"`: a classic serif for text and headings, warm paper colours, a deep red accent and nearly square corners.'),
};

export const Magazine: Story = {
  args: { theme: 'magazine' },
  parameters: story('`theme="magazine"`: a clean sans for text and headings, cool neutrals, a violet accent, round corners and airier lines.'),
};

export const NewspaperDark: Story = {
  name: 'Newspaper dark',
  args: { theme: 'newspaper dark' },
  parameters: story('`theme="newspaper dark"`: a preset and a scheme combine; every preset defines both its light and its dark colours.'),
};

/** Every token with its default light and dark value (see also the README's "Theming" section). */
const TOKENS: [token: string, light: string, dark: string, affects: string][] = [
  ['--article-font-body', "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif", '', 'The article text, quotations'],
  ['--article-font-heading', "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif", '', 'Headlines, labels, bylines, captions, teasers, every element’s chrome'],
  ['--article-color-text', '#1c1b1a', '#ecebe8', 'Text everywhere'],
  ['--article-color-muted', '#5d5955', '#aaa59f', 'Dates, bylines, captions, credits, standfirsts'],
  ['--article-color-accent', '#b3261e', '#ff8f85', 'Section labels, buttons, focus rings; links by default'],
  ['--article-color-surface', '#ffffff', '#1f1e1d', 'Cards and boxes: embedded posts, related articles, error states'],
  ['--article-radius', '8px', '', 'Corners of cards, images and buttons'],
  ['--article-color-background', '#ffffff', '#121212', 'What a themed container paints behind its content'],
  ['--article-color-link', 'var(--article-color-accent)', '', 'Links in the article text'],
  ['--article-color-rule', '#d9d4cc', '#3d3a37', 'Rules and table borders in the text'],
  ['--article-color-code', '#f3f0eb', '#2a2826', 'The background of code in the text'],
  ['--article-font-mono', "ui-monospace, 'SF Mono', Menlo, Consolas, monospace", '', 'Code in the text'],
  ['--article-font-size', '1.1875rem', '', 'The article text and standfirst size'],
  ['--article-line-height', '1.6', '', 'The article text’s line height'],
  ['--article-measure', '66ch', '', 'The text column’s width'],
  ['--article-gutter', '1rem', '', 'The least space either side of the column'],
  ['--article-wide', '64rem', '', 'The width of layout="wide" embeds'],
  ['--article-space', '1.5rem', '', 'The space between blocks of text'],
];

const value = (text: string) =>
  text.startsWith('#')
    ? html`<span style="display: inline-block; inline-size: 1em; block-size: 1em; vertical-align: -0.15em; border: 1px solid #8886; border-radius: 3px; background: ${text}"></span> <code>${text}</code>`
    : html`<code>${text}</code>`;

export const Tokens: Story = {
  args: { theme: 'light' },
  parameters: story('Every public token, its default light and dark values and what it affects. Set any of them on an ancestor to theme every element below it; presets are just sets of these values.'),
  // A narrow window scrolls the table (a focusable region, for the keyboard) rather than breaking its values letter by letter.
  render: ({ theme }) => html`<div theme=${theme} role="region" aria-label="Tokens" tabindex="0" style="padding: 1rem; overflow-x: auto; font: 0.875rem/1.45 system-ui, sans-serif">
    <table style="border-collapse: collapse; inline-size: 100%">
      <thead style="text-align: start"><tr><th style="text-align: inherit">Token</th><th style="text-align: inherit">Light</th><th style="text-align: inherit">Dark</th><th style="text-align: inherit">What it affects</th></tr></thead>
      <tbody>
        ${TOKENS.map(
          ([token, light, dark, affects]) => html`<tr style="border-block-start: 1px solid #8884; vertical-align: top">
            <td style="padding: 0.4rem 0.75rem 0.4rem 0"><code>${token}</code></td>
            <td style="padding: 0.4rem 0.75rem 0.4rem 0; min-inline-size: 12em">${value(light)}</td>
            <td style="padding: 0.4rem 0.75rem 0.4rem 0; white-space: nowrap">${dark ? value(dark) : 'same'}</td>
            <td style="padding: 0.4rem 0">${affects}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`,
};
