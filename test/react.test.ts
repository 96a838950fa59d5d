// The package's React components (src/react/, @lit/react) as a React app uses them: bundled by
// esbuild with React from node_modules, rendered with react-dom (also on a server, in Node, then
// hydrated), and type-checked as TSX.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { VideoEmbed as VideoEmbedElement } from '../src/video-embed/video-embed.js';

interface AppBundle {
  inputs: string[];
  code: string;
}
type Props = Record<string, unknown>;
interface NodeRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}
interface ReactApp {
  h: (type: unknown, props?: Props) => unknown;
  createRoot: (container: Element) => { render(node: unknown): void; unmount(): void };
  flushSync: (fn: () => void) => void;
  VideoEmbed: unknown;
}

const bundle = (source: string) => executeServerCommand<AppBundle, { source: string }>('app-bundle', { source });
const YT = 'https://www.youtube.com/watch?v=M7lc1UVf-VE';

let app: AppBundle;
let react: ReactApp;

before(async () => {
  app = await bundle(`import { createElement as h } from 'react';
    import { flushSync } from 'react-dom';
    import { createRoot } from 'react-dom/client';
    import { VideoEmbed } from 'article-elements/react/video-embed.js';
    window.reactApp = { h, createRoot, flushSync, VideoEmbed };`);
  const url = URL.createObjectURL(new Blob([app.code], { type: 'text/javascript' }));
  await import(/* @vite-ignore */ url);
  URL.revokeObjectURL(url);
  react = (window as unknown as { reactApp: ReactApp }).reactApp;
});

describe('React components', () => {
  it('bring their element alone, on the app’s one copy of Lit', () => {
    const ours = app.inputs.filter((path) => path.startsWith('dist/'));
    const elements = new Set(ours.map((path) => path.split('/')[1]).filter((dir) => !['core', 'themes', 'react'].includes(dir!)));
    expect([...elements]).to.deep.equal(['video-embed']);
    expect(app.inputs.filter((path) => path.endsWith('/lit-html.js'))).to.have.length(1);
    expect(app.inputs.some((path) => path.startsWith('node_modules/@lit/react/'))).to.equal(true);
  });

  it('set properties, and take events as props: onVideoError, then a cancelled onVideoActivate', async () => {
    const { h, createRoot, flushSync, VideoEmbed } = react;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const heard: string[] = [];
    const render = (props: Props) => flushSync(() => root.render(h(VideoEmbed, props)));
    try {
      render({ src: 'https://example.org/not-a-video', poster: 'none', onVideoError: (event: CustomEvent) => heard.push(`error ${event.detail.reason}`) });
      const el = container.querySelector<VideoEmbedElement>('video-embed')!;
      await waitUntil(() => heard.length > 0, 'video-error reaches the prop');
      expect(heard).to.deep.equal(['error unsupported-url']);

      // A re-render with a good video, a title property and a listener that vetoes (a consent manager).
      const veto = (event: CustomEvent) => {
        heard.push(`activate ${event.detail.id}`);
        event.preventDefault();
      };
      render({ src: YT, poster: 'none', videoTitle: 'Lanterns on the river', onVideoActivate: veto });
      await el.updateComplete;
      expect(el.videoTitle).to.equal('Lanterns on the river');
      expect(el.shadowRoot!.querySelector('[part=play-button]')!.getAttribute('aria-label')).to.equal('Play video: Lanterns on the river');
      el.play();
      await el.updateComplete;
      expect(heard).to.deep.equal(['error unsupported-url', 'activate M7lc1UVf-VE']);
      expect(el.playing, 'vetoed: still the facade').to.equal(false);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    } finally {
      root.unmount();
      container.remove();
    }
  });

  // The same tree on the server (Node) and in the page, as an app renders and then hydrates it.
  const tree = `(h) => h('main', null,
    h(VideoEmbed, { src: '${YT}', videoTitle: 'Lanterns on the river', aspectRatio: '4:3', poster: 'none', autoload: false, className: 'lead', onVideoActivate: () => {} },
      h('a', { href: '${YT}' }, 'View this video on YouTube')),
    h(ImageGallery, { label: 'The first night', layout: 'grid', index: 1 },
      ${['harbour', 'tower', 'field'].map((name, i) => `h('img', { src: '/public/samples/gallery-${name}.svg', alt: 'Photo ${i + 1}', width: ${[1200, 600, 1600][i]}, height: ${[800, 900, 600][i]} })`).join(', ')}),
    h(PullQuote, { by: 'Ada Okonjo', byTitle: 'Festival chair', cite: 'https://news.example/lanterns' },
      h('blockquote', null, h('p', null, 'We have never seen the river so bright.'))))`;

  /** `tree` rendered to HTML by react-dom/server in Node, with the built package. */
  const renderOnServer = () =>
    executeServerCommand<NodeRun, { source: string }>('node-run', {
      source: `import { createElement } from 'react';
        import { renderToString } from 'react-dom/server';
        import { ImageGallery, PullQuote, VideoEmbed } from 'article-elements/react.js';
        console.log(renderToString((${tree})(createElement)));`,
    });

  it('render on a server with their properties as attributes, leaving out events and false booleans', async () => {
    const { ok, stdout, stderr } = await renderOnServer();
    expect(ok, stderr).to.equal(true);
    expect(stderr, 'no warnings from React (a forwardRef render function takes props and ref)').to.equal('');
    const page = new DOMParser().parseFromString(stdout, 'text/html');
    const attributesOf = (tag: string) => Object.fromEntries([...page.querySelector(tag)!.attributes].map(({ name, value }) => [name, value]));
    expect(attributesOf('video-embed')).to.deep.equal({ src: YT, title: 'Lanterns on the river', 'aspect-ratio': '4:3', poster: 'none', class: 'lead' });
    expect(attributesOf('image-gallery')).to.deep.equal({ label: 'The first night', layout: 'grid', index: '1' });
    expect(attributesOf('pull-quote')).to.deep.equal({ by: 'Ada Okonjo', 'by-title': 'Festival chair', cite: 'https://news.example/lanterns' });
  });

  it('hydrate a server-rendered page without moving it, with the preload CSS', async () => {
    const { stdout: serverHtml } = await renderOnServer();
    const client = await bundle(`import { createElement } from 'react';
      import { hydrateRoot } from 'react-dom/client';
      import { ImageGallery, PullQuote, VideoEmbed } from 'article-elements/react.js';
      const errors = (window.hydrationErrors = []);
      hydrateRoot(document.getElementById('root'), (${tree})(createElement), { onRecoverableError: (error) => errors.push(String(error)) });`);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe
      style="width: 800px; height: 1400px; border: 0"
      srcdoc=${`<!doctype html><html lang="en"><link rel="stylesheet" href="/dist/cdn/article-elements.css"><body style="margin: 0"><div id="root">${serverHtml.trim()}</div><p id="end">End.</p>`}
    ></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('link')?.sheet && frame.contentDocument.getElementById('end'), 'the server’s page');
    const doc = frame.contentDocument!;
    await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
    const boxes = () =>
      [...doc.querySelectorAll('video-embed, image-gallery, pull-quote, #end')].map((el) => {
        const { y, height } = el.getBoundingClientRect();
        return `${el.localName} ${Math.round(y)} ${Math.round(height)}`;
      });
    const before = boxes();

    const script = Object.assign(doc.createElement('script'), { type: 'module', src: URL.createObjectURL(new Blob([client.code], { type: 'text/javascript' })) });
    doc.head.append(script);
    const video = () => doc.querySelector('video-embed') as VideoEmbedElement | null;
    await waitUntil(() => video()?.videoTitle && video()!.shadowRoot?.querySelector('[part=play-button]'), 'hydrated', { timeout: 5000 });
    await Promise.all([...doc.querySelectorAll('video-embed, image-gallery, pull-quote')].map((el) => (el as VideoEmbedElement).updateComplete));
    await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));

    expect((frame.contentWindow as unknown as { hydrationErrors: string[] }).hydrationErrors).to.deep.equal([]);
    expect(video()!.shadowRoot!.querySelector('[part=play-button]')!.getAttribute('aria-label')).to.equal('Play video: Lanterns on the river');
    expect(boxes(), 'each element’s place and height, before and after hydration').to.deep.equal(before);
  });

  it('type-check in a TSX app: props and event details typed (test/fixtures/app/react-app.tsx checks with no error)', async () => {
    const errors = await executeServerCommand<string[], { file: string }>('app-typecheck', { file: 'test/fixtures/app/react-app.tsx' });
    expect(errors).to.deep.equal([]);
  });
});
