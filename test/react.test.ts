// The package's React components (src/react/, @lit/react) as a React app uses them: bundled by
// esbuild with React from node_modules, rendered with react-dom, and type-checked as TSX.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { VideoEmbed as VideoEmbedElement } from '../src/video-embed/video-embed.js';

interface AppBundle {
  inputs: string[];
  code: string;
}
type Props = Record<string, unknown>;
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

  it('type-check in a TSX app: props and event details typed (test/fixtures/app/react-app.tsx checks with no error)', async () => {
    const errors = await executeServerCommand<string[], { file: string }>('app-typecheck', { file: 'test/fixtures/app/react-app.tsx' });
    expect(errors).to.deep.equal([]);
  });
});
