/**
 * Every Storybook story, rendered as Storybook renders it (its args, render function and play
 * function, through Storybook's own web-components renderer): each shows something, throws and
 * logs no error, and is axe-core clean; and every element attribute has a control. What designers
 * open in Storybook is what this checks.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { html, render } from 'lit';
// @ts-expect-error: served by web-test-runner.config.mjs (Storybook's composer and renderer, bundled)
import * as storybook from '/__storybook.js';
import * as articleBody from '../stories/article-body.stories.js';
import * as articleHeader from '../stories/article-header.stories.js';
import * as article from '../stories/article.stories.js';
import * as imageFigure from '../stories/image-figure.stories.js';
import * as imageGallery from '../stories/image-gallery.stories.js';
import * as pullQuote from '../stories/pull-quote.stories.js';
import * as relatedArticles from '../stories/related-articles.stories.js';
import * as themes from '../stories/themes.stories.js';
import * as tweetQuote from '../stories/tweet-quote.stories.js';
import * as videoEmbed from '../stories/video-embed.stories.js';

import { controlsThatWork, cssPropertyArgs } from '../.storybook/controls.js';
import { storybookManifest } from '../.storybook/manifest.js';

type ArgType = { name: string; table: { category: string }; control?: unknown };
// As much of their types as this file uses (Storybook's own are written for one renderer's stories at a time).
const { composeStories, setProjectAnnotations, setCustomElementsManifest, argTypesParameters } = storybook as {
  composeStories(file: object, project: unknown): Record<string, { run(context: { canvasElement: HTMLElement }): Promise<void> }>;
  setProjectAnnotations(annotations: unknown[]): unknown;
  setCustomElementsManifest(manifest: unknown): void;
  argTypesParameters: { docs: { extractArgTypes(tag: string): Record<string, ArgType> } };
};
// The web-components renderer (render, renderToCanvas) and Storybook's defaults, as .storybook/preview.ts gets them.
const project = setProjectAnnotations([]);

const files = { articleBody, articleHeader, article, imageFigure, imageGallery, pullQuote, relatedArticles, themes, tweetQuote, videoEmbed };

for (const file of Object.values(files)) {
  describe(`stories: ${file.default.title}`, () => {
    for (const [name, story] of Object.entries(composeStories(file, project))) {
      it(`${name} renders, logs no error and is accessible`, async () => {
        const canvas = document.createElement('div');
        document.body.append(canvas);
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
        const { error, warn, log } = console;
        console.error = (...args: unknown[]) => errors.push(args.join(' '));
        // The bad-input stories warn, and the hostile one logs, by design: kept out of the test output.
        console.warn = console.log = () => {};
        window.addEventListener('error', onError);
        try {
          await story.run({ canvasElement: canvas });
          const elements = [...canvas.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
          await Promise.all(elements.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
          expect(canvas.textContent!.trim() || canvas.querySelector('img, svg'), 'something is shown').to.be.ok;
          expect(errors).to.deep.equal([]);
          await expect(canvas).to.be.accessible();
        } finally {
          Object.assign(console, { error, warn, log });
          window.removeEventListener('error', onError);
          canvas.remove();
        }
      });
    }
  });
}

describe('stories: on a 320px-wide phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const file of Object.values(files)) {
    it(`${file.default.title}: every story fits the window, without scrolling sideways`, async () => {
      const wide: string[] = [];
      const { warn, log } = console;
      console.warn = console.log = () => {}; // the bad-input stories warn by design
      try {
        for (const [name, story] of Object.entries(composeStories(file, project))) {
          const canvas = document.createElement('div');
          document.body.append(canvas);
          await story.run({ canvasElement: canvas });
          await Promise.all([...canvas.querySelectorAll('*')].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
          if (document.documentElement.scrollWidth > 320) wide.push(`${name}: ${document.documentElement.scrollWidth}px`);
          canvas.remove();
        }
      } finally {
        Object.assign(console, { warn, log });
      }
      expect(wide).to.deep.equal([]);
    });
  }
});

describe('stories: controls', () => {
  for (const file of Object.values(files)) {
    const { title, component, argTypes = {} } = file.default as { title: string; component?: string; argTypes?: Record<string, unknown> };
    if (!component) continue;
    it(`${title} has a control for every attribute of <${component}>`, () => {
      const element = customElements.get(component) as unknown as { observedAttributes: string[] };
      const missing = element.observedAttributes.filter((name) => !(name in argTypes));
      expect(element.observedAttributes).to.not.be.empty;
      expect(missing, 'attributes without a control').to.deep.equal([]);
    });
  }
});

describe('stories: docs tables', () => {
  // The rows Storybook's docs draw from the manifest (.storybook/preview.ts gives it storybookManifest()).
  let manifest: Parameters<typeof storybookManifest>[0];
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    setCustomElementsManifest(storybookManifest(manifest));
  });

  for (const file of Object.values(files)) {
    const { title, component } = file.default as { title: string; component?: string };
    if (!component) continue;
    it(`${title}: every attribute and part has its own row, and no private or static member has one`, () => {
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => 'tagName' in d && d.tagName === component) as {
        attributes?: { name: string }[];
        cssParts?: { name: string }[];
        members?: { name: string; static?: boolean }[];
      };
      const rows = Object.values(argTypesParameters.docs.extractArgTypes(component));
      const category = (name: string) => rows.find((row) => row.name === name)?.table.category;
      for (const { name } of declaration.attributes ?? []) expect(category(name), `attribute ${name}`).to.equal('attributes');
      for (const { name } of declaration.cssParts ?? []) expect(category(`::part(${name})`), `part ${name}`).to.equal('css shadow parts');
      const properties = rows.filter((row) => row.table.category === 'properties').map((row) => row.name);
      const element = customElements.get(component) as unknown as { elementProperties: Map<string, { state?: boolean }> };
      const states = [...element.elementProperties].filter(([, options]) => options.state).map(([name]) => name);
      const statics = (declaration.members ?? []).filter((member) => member.static).map((member) => member.name);
      expect(properties.filter((name) => name.startsWith('#') || states.includes(name)), 'private members').to.deep.equal([]);
      expect(properties.filter((name) => statics.includes(name)), 'static members').to.deep.equal([]);
    });
  }
});

describe('stories: controls for CSS properties, parts and events', () => {
  before(async () => setCustomElementsManifest(storybookManifest(await (await fetch('/custom-elements.json')).json())));

  for (const file of Object.values(files)) {
    const { title, component } = file.default as { title: string; component?: string };
    if (!component) continue;
    it(`${title}: a CSS custom property gets a text field; parts, events and read-only properties get no control`, () => {
      // What .storybook/preview.ts's argTypesEnhancers turn the docs rows into.
      const rows = Object.values(controlsThatWork({ argTypes: argTypesParameters.docs.extractArgTypes(component) }) as Record<string, ArgType>);
      const inCategory = (category: string) => rows.filter((row) => row.table.category === category);
      expect(inCategory('css custom properties'), 'custom properties').to.not.be.empty;
      for (const row of inCategory('css custom properties')) expect(row.control, row.name).to.deep.equal({ type: 'text' });
      for (const category of ['css shadow parts', 'events', 'properties']) {
        for (const row of inCategory(category)) expect(row.control, `${category}: ${row.name}`).to.equal(false);
      }
      for (const row of inCategory('attributes')) expect(row.control, `attribute ${row.name}`).to.not.equal(false);
    });
  }

  it('a value typed in a CSS custom property control restyles the story', async () => {
    const canvas = document.createElement('div');
    document.body.append(canvas);
    try {
      const story = () => html`<video-embed title="Lanterns"><a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch</a></video-embed>`;
      render(cssPropertyArgs(story, { args: { '--video-embed-button-color': 'rgb(0, 128, 128)', title: 'x' } }), canvas);
      const video = canvas.querySelector('video-embed')!;
      await (video as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const icon = video.shadowRoot!.querySelector('button svg')!;
      expect(getComputedStyle(icon).fill).to.equal('rgb(0, 128, 128)');
      expect(video.parentElement!.localName).to.equal('div');
      // With no CSS property set, the story is rendered as it is, with no wrapper.
      render(cssPropertyArgs(story, { args: { '--video-embed-button-color': '', title: 'x' } }), canvas);
      expect(canvas.querySelector('video-embed')!.parentElement).to.equal(canvas);
    } finally {
      canvas.remove();
    }
  });
});

/**
 * Run in Node: starts `storybook dev` on a free port, fetches the full-article story's module as
 * the preview does, then the module it imports for the demo page, and prints that one's URL,
 * content type and whether it holds the article.
 */
const storybookDevProbe = `
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
const port = await new Promise((done) => { const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => done(port)); }); });
const child = spawn(process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'dev', '--port', String(port), '--exact-port', '--ci', '--no-open', '--quiet', '--no-version-updates'], { stdio: 'ignore', detached: true });
const base = 'http://127.0.0.1:' + port;
try {
  let story;
  for (let i = 0; i < 100 && !story; i++) {
    story = await fetch(base + '/stories/article.stories.ts').then((r) => (r.ok ? r.text() : undefined), () => undefined);
    if (!story) await new Promise((r) => setTimeout(r, 200));
  }
  const url = [...(story ?? '').matchAll(/import \\w+ from "([^"]*)"/g)].map((m) => m[1]).find((u) => !u.includes('node_modules'));
  const response = url && (await fetch(base + url));
  const text = response ? await response.text() : '';
  console.log(JSON.stringify({ url, type: response?.headers.get('content-type'), article: text.includes('id=\\\\"story\\\\"') }));
} finally {
  process.kill(-child.pid);
}
`;

describe('stories: Full article', () => {
  it('loads in `storybook dev`, whose own page answers /index.html: the demo page comes as a module', async function () {
    this.timeout(40000);
    const { ok, stdout, stderr } = await executeServerCommand<{ ok: boolean; stdout: string; stderr: string }, { source: string }>('node-run', { source: storybookDevProbe });
    expect(ok, stderr).to.be.true;
    const { type, article: found } = JSON.parse(stdout) as { type: string; article: boolean };
    expect([type, found]).to.deep.equal(['text/javascript', true]);
  });

  it('lays the "Latest in …" list out as the demo page does: its host styles come with the article', async () => {
    const canvas = document.createElement('div');
    document.body.append(canvas);
    try {
      await composeStories(article, project).FullArticle.run({ canvasElement: canvas });
      const list = canvas.querySelector('related-articles')!;
      await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const style = getComputedStyle(list);
      // index.html's <style>: `related-articles { max-width: 64rem; margin: 3rem auto 0; padding-inline: 1rem }`.
      expect([style.marginTop, style.paddingLeft, style.maxWidth]).to.deep.equal(['48px', '16px', '1024px']);
    } finally {
      canvas.remove();
    }
  });
});
