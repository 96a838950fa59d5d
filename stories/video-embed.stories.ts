import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/video-embed/video-embed-define.js';

interface Args {
  src: string;
  title: string;
  poster: string;
  'aspect-ratio': string;
  autoload: boolean;
  theme: string;
  lang: string;
}

/**
 * A click-to-load video facade. Nothing from the provider loads until the reader presses play;
 * the box keeps its aspect ratio in every state, so nothing shifts.
 */
const meta: Meta<Args> = {
  title: 'Elements/video-embed',
  component: 'video-embed',
  args: { src: '', title: '', poster: '/samples/poster-river.svg', 'aspect-ratio': '', autoload: false, theme: '', lang: '' },
  argTypes: {
    src: { control: 'text', description: 'Video page or file URL (else the first link inside)' },
    title: { control: 'text', description: 'Title on the poster and in the button name (else the link text)' },
    poster: { control: 'text', description: 'Poster image URL, or `none`' },
    'aspect-ratio': { control: 'text', description: 'e.g. `16/9`, `4:3`, `9/16`' },
    autoload: { control: 'boolean', description: 'Load the player when scrolled into view' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'text' },
  },
  render: (args) => html`<div style="max-width: 720px">
    <video-embed
      src=${args.src || nothing}
      title=${args.title || nothing}
      poster=${args.poster || nothing}
      aspect-ratio=${args['aspect-ratio'] || nothing}
      ?autoload=${args.autoload}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
    >
      <a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">View this video on YouTube: Lantern boats on the river</a>
    </video-embed>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Change any attribute in the controls. */
export const Playground: Story = {};

/** The markup sites already have: a link to a YouTube video. Its text becomes the title. */
export const YouTubeLink: Story = { name: 'YouTube (from a link)', args: { title: 'Lantern boats on the river' } };

/** YouTube Shorts are portrait: the box reserves 9:16. */
export const Shorts: Story = {
  args: { src: 'https://www.youtube.com/shorts/M7lc1UVf-VE', title: 'Ten seconds of lanterns', poster: '/samples/poster-portrait.svg' },
  render: (args) => html`<div style="max-width: 320px">${meta.render!(args, {} as never)}</div>`,
};

/** Vimeo has no predictable thumbnail URL: with no `poster`, the box shows the title only. */
export const Vimeo: Story = { args: { src: 'https://vimeo.com/76979871', title: 'Festival time-lapse', poster: '' } };

/** A direct video file (`.mp4`, `.webm`, `.ogg`) plays in the native `<video>` once activated. */
export const VideoFile: Story = { name: 'Video file', args: { src: '/samples/lanterns.webm', title: 'Clip from the festival' } };

/** `poster="none"`: no image, no request at all before play. */
export const NoPoster: Story = { name: 'No poster', args: { poster: 'none', title: 'Lantern boats on the river' } };

/** A `javascript:` URL (or any unsupported one) shows a calm error state and fires `video-error`. */
export const Error: Story = { args: { src: 'javascript:alert(1)', title: 'Broken embed' } };

/** An unknown host: the error state links out, since the URL is http(s). */
export const UnknownHost: Story = { name: 'Unknown host', args: { src: 'https://videos.example.org/watch/42' } };

/** Dark theme via the `theme` attribute (here on the element itself). */
export const Dark: Story = { args: { theme: 'dark', src: 'https://videos.example.org/watch/42' } };

/** UI strings follow the nearest `lang`: French here. */
export const French: Story = { args: { lang: 'fr', title: 'Bateaux-lanternes sur la rivière' } };

/** Theming through custom properties and parts. */
export const Themed: Story = {
  args: { title: 'Lantern boats on the river' },
  render: (args) => html`<style>
      .themed { --video-embed-button-color: #1565c0; --article-radius: 0; }
      .themed::part(title) { font-family: Georgia, serif; font-size: 1.3rem; }
    </style>
    <div class="themed" style="max-width: 720px">${meta.render!(args, {} as never)}</div>`,
};
