/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/index.js';
// The demo page's article (index.html), so the story and the demo can never drift apart.
import page from '../index.html?raw';

const demo = new DOMParser().parseFromString(page, 'text/html');
const article = demo.getElementById('story')!.outerHTML;
// The demo page's own styles come too: where it places the "Latest in …" list is the host's choice.
const hostStyles = demo.head.querySelector('style')!.outerHTML;

interface Args {
  theme: string;
}

/**
 * The complete sample article from the demo page: header, body with a gallery of three credited
 * photos, two pull quotes, an embedded post, a video and a "Latest in Culture" list. Every element
 * reads the markup a CMS already writes; switch the theme in the controls.
 */
const meta: Meta<Args> = {
  title: 'Full article',
  args: { theme: '' },
  argTypes: {
    theme: {
      control: 'select',
      options: ['', 'light', 'dark', 'newspaper', 'magazine', 'newspaper dark', 'magazine dark'],
      description: 'The `theme` attribute on the page around the article',
    },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<main theme=${args.theme || nothing} style="padding: 1.5rem 0 3rem">${unsafeHTML(hostStyles + article)}</main>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The article in the reader's system colour scheme. */
export const FullArticle: Story = { name: 'Full article' };

/** The same article with `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The classic serif "newspaper" preset. */
export const Newspaper: Story = { args: { theme: 'newspaper' } };

/** The clean sans "magazine" preset. */
export const Magazine: Story = { args: { theme: 'magazine' } };

/** The "magazine" preset in dark. */
export const MagazineDark: Story = { name: 'Magazine, dark', args: { theme: 'magazine dark' } };

/**
 * The article as a reader with the W3C text-spacing bookmarklet sees it (WCAG 1.4.12): line height
 * 1.5, letter spacing 0.12em, word spacing 0.16em, paragraphs 2em apart. Here its rules are scoped
 * to the story's `<main>`; the bookmarklet's own `*` rules cover the whole page.
 */
export const TextSpacing: Story = {
  name: 'Text spacing (WCAG 1.4.12)',
  render: (args) =>
    html`<style>
        .text-spacing, .text-spacing * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        .text-spacing p { margin-bottom: 2em !important; }
      </style>
      <main class="text-spacing" theme=${args.theme || nothing} style="padding: 1.5rem 0 3rem">${unsafeHTML(hostStyles + article)}</main>`,
};
